// Command nrev is naive reverse in plain Go, the baseline for
// bench/nrev.erl: 300 times, reverse the list 1..1000 by appending each
// head to the reversed tail, with lists as linked cells of native ints.
package main

import "fmt"

type list struct {
	head int
	tail *list
}

// app returns a followed by b, copying a's cells.
func app(a, b *list) *list {
	if a == nil {
		return b
	}
	return &list{a.head, app(a.tail, b)}
}

func nrev(a *list) *list {
	if a == nil {
		return nil
	}
	return app(nrev(a.tail), &list{a.head, nil})
}

// seq returns the list lo..hi.
func seq(lo, hi int) *list {
	var l *list
	for i := hi; i >= lo; i-- {
		l = &list{i, l}
	}
	return l
}

func main() {
	var r *list
	for i := 0; i < 300; i++ {
		r = nrev(seq(1, 1000))
	}
	fmt.Println(r.head)
}
