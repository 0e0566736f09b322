package rt

import "testing"

func TestInternIsIdentity(t *testing.T) {
	if Intern("ok") != Ok || Intern("hello") != Intern("hello") {
		t.Fatal("interned atoms differ")
	}
	if Intern("a") == Intern("b") {
		t.Fatal("distinct atoms are equal")
	}
	if Ok.Name() != "ok" {
		t.Fatalf("Name = %q", Ok.Name())
	}
}

func TestNoAllocTerms(t *testing.T) {
	var sink Term
	n := testing.AllocsPerRun(100, func() {
		sink = Int(5)
		sink = Ok
		sink = Nil{}
		sink = Bool(true)
	})
	_ = sink
	if n != 0 {
		t.Fatalf("allocs = %v, want 0", n)
	}
}

func TestTupleOneAlloc(t *testing.T) {
	var sink *Tuple
	a, b, c := Term(Int(1)), Term(Ok), Term(Nil{})
	n := testing.AllocsPerRun(100, func() { sink = NewTuple(a, b, c) })
	if n != 1 {
		t.Fatalf("allocs = %v, want 1", n)
	}
	if sink.Len() != 3 || sink.At(1) != Ok {
		t.Fatalf("bad tuple %v", sink.Elems)
	}
}

func TestProcessCons(t *testing.T) {
	p := NewProcess()
	var l Term = Nil{}
	for i := 0; i < 1000; i++ {
		l = p.Cons(Int(i), l)
	}
	for i := 999; i >= 0; i-- {
		c := l.(*Cons)
		if c.Head != Int(i) {
			t.Fatalf("head %v, want %d", c.Head, i)
		}
		l = c.Tail
	}
	if l != (Nil{}) {
		t.Fatal("list not terminated by Nil")
	}
}
