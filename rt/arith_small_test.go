package rt

import (
	"math"
	"testing"
)

// TestSmallPaths checks each nested fast path (AddOr(AddSmall(..)) and the
// others) against the general operator, over operands that take the fast
// path, fall off the box table, overflow int64, are bignums, floats or not
// numbers at all.
func TestSmallPaths(t *testing.T) {
	big := ParseInt("123456789012345678901234567890")
	vals := []Term{Int(0), Int(1), Int(-1), Int(boxMin), Int(boxMin - 1), Int(boxMax), Int(boxMax + 1),
		Int(1 << 40), Int(math.MaxInt64), Int(math.MinInt64), big, Float(2.5), Intern("a"), Nil{}}
	consts := []Int{0, 1, -1, 2, boxMax, 1<<62 - 1, -(1<<62 - 1)}
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
			if got, want := LtOr(LtSmall(a, b), a, b), Compare(a, b) < 0; got != want {
				t.Errorf("LtOr(%v, %v) = %v", a, b, got)
			}
			if got, want := LeOr(LeSmall(a, b), a, b), Compare(a, b) <= 0; got != want {
				t.Errorf("LeOr(%v, %v) = %v", a, b, got)
			}
		}
		for _, c := range consts {
			same("AddIntOr", a, c, func() Term { return AddIntOr(AddIntSmall(a, c), a, c) }, func() Term { return Add(a, c) })
			same("SubIntOr", a, c, func() Term { return SubIntOr(SubIntSmall(a, c), a, c) }, func() Term { return Sub(a, c) })
		}
	}
	// The fast path answers without the general operator when it can.
	if AddSmall(Int(2), Int(3)) != Term(Int(5)) || SubIntSmall(Int(10), 1) != Term(Int(9)) || LeSmall(Int(1), Int(1)) != 1 {
		t.Error("fast path missed two small Ints")
	}
	if AddSmall(Int(boxMax), Int(1)) != nil || LtSmall(Float(1), Int(2)) != cmpUnknown {
		t.Error("fast path answered outside its range")
	}
}
