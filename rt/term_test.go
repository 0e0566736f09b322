package rt

import (
	"math/big"
	"testing"
)

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
		sink = BoxInt(5)
		sink = BoxInt(MaxSmall)
		sink = BoxInt(MinSmall)
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
	a, b, c := BoxInt(1), Term(Ok), Term(Nil{})
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
		l = p.Cons(BoxInt(Int(i)), l)
	}
	for i := 999; i >= 0; i-- {
		c := l.(*Cons)
		if c.Head != BoxInt(Int(i)) {
			t.Fatalf("head %v, want %d", c.Head, i)
		}
		l = c.Tail
	}
	if l != (Nil{}) {
		t.Fatal("list not terminated by Nil")
	}
}

// TestSmallRange checks the boundary between Small and *BigInt: every
// constructor of an integer gives a Small exactly in [MinSmall, MaxSmall],
// so that == on Terms (and =:=) never meets two forms of one integer.
func TestSmallRange(t *testing.T) {
	for _, tt := range []struct {
		s     string
		small bool
	}{
		{"4611686018427387903", true}, {"4611686018427387904", false},
		{"-4611686018427387904", true}, {"-4611686018427387905", false},
		{"9223372036854775807", false}, {"-9223372036854775808", false},
		{"0", true}, {"-1", true}, {"18446744073709551616", false},
	} {
		n, _ := new(big.Int).SetString(tt.s, 10)
		forms := []Term{ParseInt(tt.s), IntFromBig(n)}
		if n.IsInt64() {
			forms = append(forms, BoxInt(Int(n.Int64())))
		}
		if f, _ := new(big.Float).SetInt(n).Float64(); new(big.Float).SetFloat64(f).IsInt() {
			if g, acc := new(big.Float).SetFloat64(f).Int(nil); acc == big.Exact && g.Cmp(n) == 0 {
				forms = append(forms, Trunc(Float(f)))
			}
		}
		for i, x := range forms {
			_, small := x.(Small)
			if small != tt.small {
				t.Errorf("%s (form %d): Small = %v, want %v", tt.s, i, small, tt.small)
			}
			if _, isBig := x.(*BigInt); !small && !isBig {
				t.Errorf("%s (form %d): %T", tt.s, i, x)
			}
			if !ExactEqual(x, forms[0]) || Compare(x, forms[0]) != 0 {
				t.Errorf("%s (form %d) =/= form 0", tt.s, i)
			}
			if small && x != forms[0] {
				t.Errorf("%s (form %d): two Smalls of one integer differ", tt.s, i)
			}
			if v, ok := IntOf(x); ok != small || ok && big.NewInt(int64(v)).Cmp(n) != 0 {
				t.Errorf("%s (form %d): IntOf = %d, %v", tt.s, i, v, ok)
			}
		}
	}
}
