package rt

// Small-integer fast paths that generated code puts in line.
//
// Go inlines only small functions, and a call to a function that is not
// inlined costs nearly all of the inliner's budget, so an operator cannot
// be one inlinable function holding both its fast path and a call to its
// slow path (Add, AddInt and Lt are not inlined). Here each is split in
// two, and the generator nests them:
//
//	rt.SubIntOr(rt.SubIntSmall(N, 1), N, 1)      // N - 1
//	rt.AddOr(rt.AddSmall(A, B), A, B)             // A + B
//	rt.LeOr(rt.LeSmall(X, Pivot), X, Pivot)       // X =< Pivot
//
// The inner function is the fast path alone: the result when both operands
// are Ints and it needs no allocation, else nil (2 for a comparison). The
// outer one returns that, or calls the general operator out of line. Both
// inline, so the common case is a type test, the machine operation and a
// table load (BoxInt). The operands appear twice, so the generator uses
// this shape only when they are variables or constants.

// AddSmall is A + B when both are Ints and the sum is in BoxInt's table;
// nil otherwise.
func AddSmall(a, b Term) Term {
	x, ok1 := a.(Int)
	y, ok2 := b.(Int)
	s := x + y
	if u := uint64(s - boxMin); ok1 && ok2 && u < uint64(len(boxed)) && (s^x)&(s^y) >= 0 {
		return boxed[u]
	}
	return nil
}

// AddOr is v if it is not nil, else A + B (see AddSmall).
func AddOr(v, a, b Term) Term {
	if v != nil {
		return v
	}
	return Add(a, b)
}

// SubSmall is A - B when both are Ints and the difference is in BoxInt's
// table; nil otherwise.
func SubSmall(a, b Term) Term {
	x, ok1 := a.(Int)
	y, ok2 := b.(Int)
	d := x - y
	if u := uint64(d - boxMin); ok1 && ok2 && u < uint64(len(boxed)) && (x^y)&(d^x) >= 0 {
		return boxed[u]
	}
	return nil
}

// SubOr is v if it is not nil, else A - B (see SubSmall).
func SubOr(v, a, b Term) Term {
	if v != nil {
		return v
	}
	return Sub(a, b)
}

// AddIntSmall is A + C for a constant |C| < 2^62 when A is an Int and the
// sum is in BoxInt's table (a wrapped-around sum cannot land there); nil
// otherwise.
func AddIntSmall(a Term, c Int) Term {
	x, ok := a.(Int)
	if u := uint64(x + c - boxMin); ok && u < uint64(len(boxed)) {
		return boxed[u]
	}
	return nil
}

// AddIntOr is v if it is not nil, else A + C (see AddIntSmall).
func AddIntOr(v, a Term, c Int) Term {
	if v != nil {
		return v
	}
	return addIntSlow(a, c)
}

// SubIntSmall is A - C for a constant |C| < 2^62 (see AddIntSmall).
func SubIntSmall(a Term, c Int) Term {
	x, ok := a.(Int)
	if u := uint64(x - c - boxMin); ok && u < uint64(len(boxed)) {
		return boxed[u]
	}
	return nil
}

// SubIntOr is v if it is not nil, else A - C (see AddIntSmall).
func SubIntOr(v, a Term, c Int) Term {
	if v != nil {
		return v
	}
	return subIntSlow(a, c)
}

// The comparisons' fast paths answer 1 (true) or 0 (false) when both
// operands are Ints, else 2: not known.
const cmpUnknown = 2

// LtSmall is A < B for two Ints: 1 or 0, or 2 if either is not an Int.
func LtSmall(a, b Term) uint8 {
	x, ok1 := a.(Int)
	y, ok2 := b.(Int)
	switch {
	case !ok1 || !ok2:
		return cmpUnknown
	case x < y:
		return 1
	}
	return 0
}

// LtOr is A < B given LtSmall's answer r.
func LtOr(r uint8, a, b Term) bool {
	if r != cmpUnknown {
		return r == 1
	}
	return Lt(a, b)
}

// LeSmall is A =< B for two Ints: 1 or 0, or 2 if either is not an Int.
func LeSmall(a, b Term) uint8 {
	x, ok1 := a.(Int)
	y, ok2 := b.(Int)
	switch {
	case !ok1 || !ok2:
		return cmpUnknown
	case x <= y:
		return 1
	}
	return 0
}

// LeOr is A =< B given LeSmall's answer r.
func LeOr(r uint8, a, b Term) bool {
	if r != cmpUnknown {
		return r == 1
	}
	return Le(a, b)
}
