package rt

import "testing"

// fib is written as the code generator would emit fib/1:
//
//	fib(N) when N < 2 -> N;
//	fib(N) -> fib(N-1) + fib(N-2).
func fib(p *Process, n Term) Term {
	if Compare(n, Int(2)) < 0 {
		return n
	}
	return Add(fib(p, Sub(n, Int(1))), fib(p, Sub(n, Int(2))))
}

func BenchmarkFib27(b *testing.B) {
	p := NewProcess()
	for i := 0; i < b.N; i++ {
		if r := fib(p, Int(27)); r != Int(196418) {
			b.Fatal(r)
		}
	}
}

func fibFast(p *Process, n Term) Term {
	if x, ok := n.(Int); ok && x < 2 {
		return n
	}
	a, ok := AddFast(n, Int(-1))
	if !ok {
		a = Sub(n, Int(1))
	}
	c, ok := AddFast(n, Int(-2))
	if !ok {
		c = Sub(n, Int(2))
	}
	r, ok := AddFast(fibFast(p, a), fibFast(p, c))
	if !ok {
		panic("x")
	}
	return r
}

func BenchmarkFib27Fast(b *testing.B) {
	p := NewProcess()
	for i := 0; i < b.N; i++ {
		if r := fibFast(p, Int(27)); r != Int(196418) {
			b.Fatal(r)
		}
	}
}

// reverse is the naive lists:reverse/1 of generated code, with p.Cons.
func reverse(p *Process, l, acc Term) Term {
	for {
		c, ok := l.(*Cons)
		if !ok {
			return acc
		}
		acc = p.Cons(c.Head, acc)
		l = c.Tail
	}
}

func BenchmarkReverse1000(b *testing.B) {
	p := NewProcess()
	var l Term = Nil{}
	for i := 0; i < 1000; i++ {
		l = p.Cons(Int(i), l)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		reverse(p, l, Nil{})
	}
}
