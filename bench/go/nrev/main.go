// Command nrev is naive reverse in plain Go, the baseline for
// bench/nrev.erl: 300 times, reverse the list 1..1000 by appending each
// head to the reversed tail, with lists as linked cells of native ints.
//
// It is the practical limit rather than the first version a Go programmer
// writes: cells are 16 bytes (a native int and a pointer, where erl2go's
// hold two 16-byte interface words) and are handed out from blocks of 256,
// and the collector runs at GOGC=400 with a 16 MB ballast, as erl2go's
// programs do (rt/main.go).
// With one allocation per cell at the default GOGC the same program takes
// about five times BEAM's time.
package main

import (
	"fmt"
	"runtime/debug"
)

type list struct {
	head int
	tail *list
}

// block is the number of cells allocated at once.
const block = 256

var (
	cells   *[block]list
	free    int
	ballast []byte
)

// cons returns a new cell [h|t] from the current block.
func cons(h int, t *list) *list {
	if free == 0 {
		cells = new([block]list)
		free = block
	}
	c := &cells[block-free]
	free--
	c.head, c.tail = h, t
	return c
}

// app returns a followed by b, copying a's cells front to back.
func app(a, b *list) *list {
	var first, last *list
	for ; a != nil; a = a.tail {
		c := cons(a.head, nil)
		if last == nil {
			first = c
		} else {
			last.tail = c
		}
		last = c
	}
	if last == nil {
		return b
	}
	last.tail = b
	return first
}

func nrev(a *list) *list {
	if a == nil {
		return nil
	}
	return app(nrev(a.tail), cons(a.head, nil))
}

// seq returns the list lo..hi.
func seq(lo, hi int) *list {
	var l *list
	for i := hi; i >= lo; i-- {
		l = cons(i, l)
	}
	return l
}

func main() {
	debug.SetGCPercent(400)
	ballast = make([]byte, 16<<20)
	var r *list
	for i := 0; i < 300; i++ {
		r = nrev(seq(1, 1000))
	}
	fmt.Println(r.head)
}
