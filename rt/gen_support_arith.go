package rt

// Arithmetic and comparison with a small integer constant, the commonest
// shapes in loops (N - 1, Acc + 1, N > 0). Each inlines into the generated
// code: a type test, the machine operation and a table load for boxing;
// anything else (overflow, bignums, floats, errors) goes out of line.

// AddInt is A + C for a constant C with |C| < 2^62. The fast path covers
// results in BoxInt's table, which need no allocation; a wrapped-around
// sum can never land in that range, so no separate overflow test is needed.
func AddInt(a Term, c Int) Term {
	x, ok := a.(Int)
	if u := uint64(x + c - boxMin); ok && u < uint64(len(boxed)) {
		return boxed[u]
	}
	return addIntSlow(a, c)
}

// SubInt is A - C for a constant C with |C| < 2^62 (see AddInt).
func SubInt(a Term, c Int) Term {
	x, ok := a.(Int)
	if u := uint64(x - c - boxMin); ok && u < uint64(len(boxed)) {
		return boxed[u]
	}
	return subIntSlow(a, c)
}

//go:noinline
func addIntSlow(a Term, c Int) Term { return addConst(a, c) }

//go:noinline
func subIntSlow(a Term, c Int) Term { return subConst(a, c) }

// LtInt is A < C for a constant C.
func LtInt(a Term, c Int) bool {
	if x, ok := a.(Int); ok {
		return x < c
	}
	return cmpIntSlow(a, c) < 0
}

// LeInt is A =< C for a constant C.
func LeInt(a Term, c Int) bool {
	if x, ok := a.(Int); ok {
		return x <= c
	}
	return cmpIntSlow(a, c) <= 0
}

// GtInt is A > C for a constant C.
func GtInt(a Term, c Int) bool {
	if x, ok := a.(Int); ok {
		return x > c
	}
	return cmpIntSlow(a, c) > 0
}

// GeInt is A >= C for a constant C.
func GeInt(a Term, c Int) bool {
	if x, ok := a.(Int); ok {
		return x >= c
	}
	return cmpIntSlow(a, c) >= 0
}

//go:noinline
func cmpIntSlow(a Term, c Int) int { return Compare(a, c) }
