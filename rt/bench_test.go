package rt

import "testing"

// Benchmarks of code written the way the generator emits it. BEAM (OTP 25,
// JIT) on the same machine, timed with timer:tc in bench/ style:
// fib(27) 2.15 ms; naive reverse of 1,000 elements 7.8 µs; 100,000
// maps:put of integer keys 45 ms; 100,000 maps:get 18.6 ms.

// fib is fib/1 through the general operators:
//
//	fib(N) when N < 2 -> N;
//	fib(N) -> fib(N-1) + fib(N-2).
func fib(p *Process, n Term) Term {
	if Lt(n, BoxInt(2)) {
		return n
	}
	return Add(fib(p, Sub(n, BoxInt(1))), fib(p, Sub(n, BoxInt(2))))
}

func BenchmarkFib27(b *testing.B) {
	p := NewProcess()
	for b.Loop() {
		if r := fib(p, BoxInt(27)); r != BoxInt(196418) {
			b.Fatal(r)
		}
	}
}

// fibInline is fib/1 with the inlinable fast paths in line.
func fibInline(p *Process, n Term) Term {
	if x, y, ok := Ints(n, BoxInt(2)); ok && x < y || !ok && Lt(n, BoxInt(2)) {
		return n
	}
	a, ok := SubFast(n, BoxInt(1))
	if !ok {
		a = Sub(n, BoxInt(1))
	}
	c, ok := SubFast(n, BoxInt(2))
	if !ok {
		c = Sub(n, BoxInt(2))
	}
	x, y := fibInline(p, a), fibInline(p, c)
	r, ok := AddFast(x, y)
	if !ok {
		r = Add(x, y)
	}
	return r
}

func BenchmarkFib27Inline(b *testing.B) {
	p := NewProcess()
	for b.Loop() {
		if r := fibInline(p, BoxInt(27)); r != BoxInt(196418) {
			b.Fatal(r)
		}
	}
}

// rev is the naive reverse:
//
//	rev([], A) -> A;
//	rev([H|T], A) -> rev(T, [H|A]).
func rev(p *Process, l, acc Term) Term {
	for {
		c, ok := l.(*Cons)
		if !ok {
			return acc
		}
		l, acc = c.Tail, p.Cons(c.Head, acc)
	}
}

func BenchmarkReverse1000(b *testing.B) {
	p := NewProcess()
	l := ListsSeq2(p, BoxInt(1), BoxInt(1000))
	for b.Loop() {
		rev(p, l, Nil{})
	}
}

func BenchmarkMapPut100k(b *testing.B) {
	for b.Loop() {
		m := EmptyMap
		for i := 0; i < 100000; i++ {
			m = m.Put(BoxInt(Int(i)), BoxInt(Int(i)))
		}
	}
}

func BenchmarkMapGet100k(b *testing.B) {
	m := EmptyMap
	for i := 0; i < 100000; i++ {
		m = m.Put(BoxInt(Int(i)), BoxInt(Int(i)))
	}
	var acc Term = BoxInt(0)
	for b.Loop() {
		for i := 0; i < 100000; i++ {
			acc = Add(MapGet(m, BoxInt(Int(i))), acc)
		}
	}
}
