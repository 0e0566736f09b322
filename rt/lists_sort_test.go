package rt

import (
	"math"
	"math/big"
	"strings"
	"testing"
)

// erl (OTP 25): lists' sorts and merges return short lists unchecked and
// fail as OTP's Erlang code does: case_clause for a fun's non-boolean,
// badarg from element/2 for a tuple too short.
func TestListsSortEdges(t *testing.T) {
	p := NewProcess()
	a, one := Intern("a"), BoxInt(1)
	short := List(NewTuple(a))
	notBool := NewFun(Intern("t"), 0, 0, 2, nil, func(p *Process, x, y Term) Term { return Intern("x") })
	values := []struct {
		name string
		f    func() Term
		want string
	}{
		{"keysort of one short tuple", func() Term { return ListsKeysort2(p, BoxInt(2), short) }, "[{a}]"},
		{"ukeysort of one short tuple", func() Term { return ListsUkeysort2(p, BoxInt(2), short) }, "[{a}]"},
		{"keymerge with []", func() Term { return ListsKeymerge3(p, BoxInt(2), Intern("any"), Nil{}) }, "any"},
		{"ukeymerge of []", func() Term { return ListsUkeymerge3(p, BoxInt(2), Nil{}, Intern("any")) }, "any"},
	}
	for _, c := range values {
		if got := Format(c.f()); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
	errors := []struct {
		name string
		f    func()
		want string
	}{
		{"sort/2", func() { ListsSort2(p, notBool, List(one, one)) },
			`{case_clause,x} {lists,sort,2,[{file,"lists.erl"},{line,1022}]}`},
		{"usort/2", func() { ListsUsort2(p, notBool, List(one, one)) },
			`{case_clause,x} {lists,usort_1,3,[{file,"lists.erl"},{line,1065}]}`},
		{"merge/3", func() { ListsMerge3(p, notBool, List(one), List(one)) },
			`{case_clause,x} {lists,fmerge2_1,5,[{file,"lists.erl"},{line,2772}]} {lists,merge,3,[{file,"lists.erl"},{line,1038}]}`},
		{"umerge/3", func() { ListsUmerge3(p, notBool, List(one), List(one)) },
			`{case_clause,x} {lists,ufmerge2_2,5,[{file,"lists.erl"},{line,2936}]} {lists,umerge,3,[{file,"lists.erl"},{line,1093}]}`},
		{"keysort/2 second tuple", func() { ListsKeysort2(p, BoxInt(2), List(NewTuple(a, one), NewTuple(a))) },
			`badarg {erlang,element,[2,{a}],[{error_info,#{module => erl_erts_errors}}]} {lists,keysort,2,[{file,"lists.erl"},{line,789}]}`},
		{"keysort/2 third of three", func() { ListsKeysort2(p, BoxInt(2), List(NewTuple(a, one), NewTuple(a, one), NewTuple(a))) },
			`badarg {erlang,element,[2,{a}],[{error_info,#{module => erl_erts_errors}}]} {lists,keysort,2,[{file,"lists.erl"},{line,795}]}`},
		{"keymerge/3 head of the second list", func() { ListsKeymerge3(p, BoxInt(2), Nil{}, short) },
			`badarg {erlang,element,[2,{a}],[{error_info,#{module => erl_erts_errors}}]} {lists,keymerge,3,[{file,"lists.erl"},{line,853}]}`},
	}
	for _, c := range errors {
		e, ok := catchError(c.f)
		if !ok {
			t.Errorf("%s: no error", c.name)
			continue
		}
		got := []string{Format(e.Reason)}
		for _, x := range append([]Term{locate(e.head, e.Reason)}, e.under...) {
			got = append(got, strings.ReplaceAll(Format(x), Format(Str("lists.erl")), `"lists.erl"`))
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s:\n  %s\nwant\n  %s", c.name, g, c.want)
		}
	}
}

// erl (OTP 25): lists:sort/1 puts elements that compare equal but differ
// in the order OTP's merge sort leaves them.
func TestListsSortEqualButDifferent(t *testing.T) {
	p := NewProcess()
	i := func(n Int) Term { return BoxInt(n) }
	f := func(x float64) Term { return Float(x) }
	b70 := IntFromBig(new(big.Int).Lsh(big.NewInt(1), 70))
	cases := []struct {
		in   Term
		want string
	}{
		{List(f(1), i(2), i(1), f(2), i(1), i(0), f(1), i(3), i(2), f(2), i(1)),
			"[0,1.0,1,1,1.0,1,2,2.0,2,2.0,3]"},
		{List(f(5), i(4), i(5), f(3), f(4), i(3), i(2), f(1), i(1)), "[1,1.0,2,3,3.0,4.0,4,5,5.0]"},
		{List(NewTuple(i(1)), NewTuple(f(1)), Intern("a"), NewTuple(i(1)), f(0), i(1), f(1), i(0),
			f(math.Copysign(0, -1)), List(f(1)), List(i(1))),
			"[-0.0,0,0.0,1.0,1,a,{1},{1.0},{1},[1.0],[1]]"},
		{List(i(3), f(2), b70, f(-1.5), i(0), f(0), f(math.Copysign(0, -1)), i(1), f(1), f(0x1p70), i(2)),
			"[-1.5,-0.0,0.0,0,1,1.0,2,2.0,3,1.1805916207174113e21,1180591620717411303424]"},
	}
	for _, c := range cases {
		if got := Format(ListsSort1(p, c.in)); got != c.want {
			t.Errorf("lists:sort(%s) = %s, want %s", Format(c.in), got, c.want)
		}
	}
}
