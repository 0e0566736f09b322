// Package gogenerate shows Erlang inside an ordinary Go package: counter.erl
// is translated by go generate into counter.erl.go, and the hand-written
// functions below call it through the rt API (ToTerm, FromTerm, Call).
package gogenerate

//go:generate go run github.com/erl2go/erl2go/cmd/erl2go gen -pkg gogenerate counter.erl

import "github.com/erl2go/erl2go/rt"

// Total adds numbers with counter:total/1.
func Total(numbers []int) (int64, error) {
	p := rt.NewProcess()
	v, err := rt.Call(func() rt.Term { return counter_total_1(p, rt.ToTerm(numbers)) })
	if err != nil {
		return 0, err
	}
	return rt.FromTerm(v).(int64), nil
}

// WordCounts counts the words of text with counter:word_counts/1.
func WordCounts(text string) (map[string]int64, error) {
	p := rt.NewProcess()
	v, err := rt.Call(func() rt.Term { return counter_word_counts_1(p, rt.Str(text)) })
	if err != nil {
		return nil, err
	}
	out := map[string]int64{}
	v.(*rt.Map).Range(func(k, c rt.Term) bool {
		s, _ := rt.ListToString(k)
		out[s] = rt.FromTerm(c).(int64)
		return true
	})
	return out, nil
}
