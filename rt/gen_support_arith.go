package rt

// Arithmetic and comparison with a small integer constant, the commonest
// shapes in loops (N - 1, Acc + 1, N > 0). The comparisons inline into the
// generated code (a type test and the machine comparison); anything else
// (bignums, floats, errors) goes out of line. The generator puts the
// arithmetic's fast path in line with AddIntSmall and SubIntSmall
// (arith_small.go).

// AddInt is A + C for a constant C with |C| < 2^62. The fast path covers
// sums that are Smalls, which need no allocation; a wrapped-around sum can
// never land in that range, so no separate overflow test is needed.
func AddInt(a Term, c Int) Term {
	x, ok := a.(Small)
	if s := x.Int() + c; ok && IsSmall(s) {
		return smallOf(s)
	}
	return addIntSlow(a, c)
}

// SubInt is A - C for a constant C with |C| < 2^62 (see AddInt).
func SubInt(a Term, c Int) Term {
	x, ok := a.(Small)
	if d := x.Int() - c; ok && IsSmall(d) {
		return smallOf(d)
	}
	return subIntSlow(a, c)
}

//go:noinline
func addIntSlow(a Term, c Int) Term { return addConst(a, c) }

//go:noinline
func subIntSlow(a Term, c Int) Term { return subConst(a, c) }

// The comparisons use a type switch, and a slow path of their own that
// answers the comparison: the inliner counts these a little cheaper than a
// comma-ok assertion and a test of Compare's sign, enough for them to
// inline.

// LtInt is A < C for a constant C.
func LtInt(a Term, c Int) bool {
	switch x := a.(type) {
	case Small:
		return x.Int() < c
	}
	return ltIntSlow(a, c)
}

// LeInt is A =< C for a constant C.
func LeInt(a Term, c Int) bool {
	switch x := a.(type) {
	case Small:
		return x.Int() <= c
	}
	return leIntSlow(a, c)
}

// GtInt is A > C for a constant C.
func GtInt(a Term, c Int) bool {
	switch x := a.(type) {
	case Small:
		return x.Int() > c
	}
	return gtIntSlow(a, c)
}

// GeInt is A >= C for a constant C.
func GeInt(a Term, c Int) bool {
	switch x := a.(type) {
	case Small:
		return x.Int() >= c
	}
	return geIntSlow(a, c)
}

//go:noinline
func ltIntSlow(a Term, c Int) bool { return cmpIntSlow(a, c) < 0 }

//go:noinline
func leIntSlow(a Term, c Int) bool { return cmpIntSlow(a, c) <= 0 }

//go:noinline
func gtIntSlow(a Term, c Int) bool { return cmpIntSlow(a, c) > 0 }

//go:noinline
func geIntSlow(a Term, c Int) bool { return cmpIntSlow(a, c) >= 0 }

// cmpIntSlow compares A with C when A is not a Small: a *BigInt is beyond
// every Small in magnitude, so its sign decides.
func cmpIntSlow(a Term, c Int) int {
	if x, ok := a.(*BigInt); ok && IsSmall(c) {
		return x.v.Sign()
	}
	return Compare(a, BoxInt(c))
}
