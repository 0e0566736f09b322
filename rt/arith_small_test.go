package rt

import (
	"math"
	"math/big"
	"testing"
)

// TestSmallPaths checks each nested fast path (AddOr(AddSmall(..)) and the
// others) against the general operator, over operands that take the fast
// path, leave the small range, overflow int64, are bignums, floats or not
// numbers at all.
func TestSmallPaths(t *testing.T) {
	huge := ParseInt("123456789012345678901234567890")
	vals := []Term{BoxInt(0), BoxInt(1), BoxInt(-1), BoxInt(MinSmall), BoxInt(MinSmall + 1), BoxInt(MinSmall - 1),
		BoxInt(MaxSmall), BoxInt(MaxSmall - 1), BoxInt(MaxSmall + 1), BoxInt(1 << 40), BoxInt(-1 << 31), BoxInt(1 << 61),
		BoxInt(-1 << 61), BoxInt(math.MaxInt64), BoxInt(math.MinInt64), huge, Float(2.5), Intern("a"), Nil{}}
	consts := []Int{0, 1, -1, 2, 32767, 1 << 61, 1<<62 - 1, -(1<<62 - 1)}
	same := func(name string, a, b Term, got, want func() Term) {
		t.Helper()
		g, ge := raised(got)
		w, we := raised(want)
		if (ge == nil) != (we == nil) || ge != nil && !ExactEqual(ge, we) || ge == nil && !ExactEqual(g, w) {
			t.Errorf("%s(%v, %v) = %v, %v; want %v, %v", name, a, b, g, ge, w, we)
		}
	}
	for _, a := range vals {
		for _, b := range vals {
			same("AddOr", a, b, func() Term { return AddOr(AddSmall(a, b), a, b) }, func() Term { return Add(a, b) })
			same("SubOr", a, b, func() Term { return SubOr(SubSmall(a, b), a, b) }, func() Term { return Sub(a, b) })
			fast := []struct {
				name string
				f    func(a, b Term) (Term, bool)
				op   func(z, x, y *big.Int) *big.Int
			}{{"AddFast", AddFast, (*big.Int).Add}, {"SubFast", SubFast, (*big.Int).Sub}, {"MulFast", MulFast, (*big.Int).Mul}}
			for _, f := range fast {
				if r, ok := f.f(a, b); ok {
					if _, small := r.(Small); !small || !ExactEqual(r, bigOp(a, b, f.op)) {
						t.Errorf("%s(%v, %v) = %v", f.name, a, b, r)
					}
				}
			}
		}
		for _, c := range consts {
			b := BoxInt(c)
			same("AddIntOr", a, b, func() Term { return AddIntOr(AddIntSmall(a, c), a, c) }, func() Term { return Add(a, b) })
			same("SubIntOr", a, b, func() Term { return SubIntOr(SubIntSmall(a, c), a, c) }, func() Term { return Sub(a, b) })
			same("AddInt", a, b, func() Term { return AddInt(a, c) }, func() Term { return Add(a, b) })
			same("SubInt", a, b, func() Term { return SubInt(a, c) }, func() Term { return Sub(a, b) })
			cmp := Compare(a, b)
			if LtInt(a, c) != (cmp < 0) || LeInt(a, c) != (cmp <= 0) || GtInt(a, c) != (cmp > 0) || GeInt(a, c) != (cmp >= 0) {
				t.Errorf("LtInt..GeInt(%v, %d) disagree with Compare = %d", a, c, cmp)
			}
		}
	}
	// The fast path answers without the general operator when it can.
	if AddSmall(BoxInt(2), BoxInt(3)) != BoxInt(5) || SubIntSmall(BoxInt(10), 1) != BoxInt(9) || LeSmall(BoxInt(1), BoxInt(1)) != 1 {
		t.Error("fast path missed two Smalls")
	}
	if AddSmall(BoxInt(MaxSmall-1), BoxInt(1)) != BoxInt(MaxSmall) || SubSmall(BoxInt(MinSmall+1), BoxInt(1)) != BoxInt(MinSmall) {
		t.Error("fast path missed a result at the edge of the small range")
	}
	if AddSmall(BoxInt(MaxSmall), BoxInt(1)) != nil || SubIntSmall(BoxInt(MinSmall), 1) != nil || LtSmall(Float(1), BoxInt(2)) != cmpUnknown {
		t.Error("fast path answered outside its range")
	}
	if LtSmall(BoxInt(MaxSmall), BoxInt(MaxSmall+1)) != cmpUnknown {
		t.Error("fast path answered for a *BigInt")
	}
}

// TestSmallPathsNoAlloc checks that the fast paths allocate nothing, also
// for results far from zero: a Small is kept in the interface word.
func TestSmallPathsNoAlloc(t *testing.T) {
	a, b := BoxInt(MaxSmall-5), BoxInt(3)
	var sink Term
	n := testing.AllocsPerRun(100, func() {
		sink = AddOr(AddSmall(a, b), a, b)
		sink = SubOr(SubSmall(b, a), b, a)
		sink = AddIntOr(AddIntSmall(a, 4), a, 4)
		sink = AddInt(a, 1)
		sink = SubInt(sink, 1<<40)
		sink = Add(a, b)
		sink = Mul(BoxInt(1<<29), BoxInt(-1<<30))
		sink = Mul(BoxInt(1<<40), BoxInt(-1<<20))
		sink = Band(a, b)
		sink = Bsl(b, BoxInt(40))
		sink = Neg(a)
	})
	_ = sink
	if n != 0 {
		t.Errorf("allocs = %v, want 0", n)
	}
}
