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
// are Smalls and so is the result, else nil (2 for a comparison). The
// outer one returns that, or calls the general operator out of line. Both
// inline, so the common case is two type tests, the machine operation and
// a range test; nothing is allocated or loaded. The operands appear twice,
// so the generator uses this shape only when they are variables or
// constants.
//
// The sum or difference of two Smalls cannot overflow int64, so the range
// test alone tells whether the result is a Small.

// AddSmall is A + B when both are Smalls and so is the sum; nil otherwise.
func AddSmall(a, b Term) Term {
	x, ok1 := a.(Small)
	y, ok2 := b.(Small)
	if s := x.Int() + y.Int(); ok1 && ok2 && IsSmall(s) {
		return smallOf(s)
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

// SubSmall is A - B when both are Smalls and so is the difference; nil
// otherwise.
func SubSmall(a, b Term) Term {
	x, ok1 := a.(Small)
	y, ok2 := b.(Small)
	if d := x.Int() - y.Int(); ok1 && ok2 && IsSmall(d) {
		return smallOf(d)
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

// AddIntSmall is A + C for a constant |C| < 2^62 when A is a Small and so
// is the sum; nil otherwise. (The sum cannot overflow; for any int64 C a
// wrapped-around sum would not land in the small range either.)
func AddIntSmall(a Term, c Int) Term {
	x, ok := a.(Small)
	if s := x.Int() + c; ok && IsSmall(s) {
		return smallOf(s)
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
	x, ok := a.(Small)
	if d := x.Int() - c; ok && IsSmall(d) {
		return smallOf(d)
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
// operands are Smalls, else 2: not known. A *BigInt lies beyond every
// Small, so the general operator decides those.
const cmpUnknown = 2

// LtSmall is A < B for two Smalls: 1 or 0, or 2 if either is not a Small.
func LtSmall(a, b Term) uint8 {
	x, ok1 := a.(Small)
	y, ok2 := b.(Small)
	switch {
	case !ok1 || !ok2:
		return cmpUnknown
	case x.Int() < y.Int():
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

// LeSmall is A =< B for two Smalls: 1 or 0, or 2 if either is not a Small.
func LeSmall(a, b Term) uint8 {
	x, ok1 := a.(Small)
	y, ok2 := b.(Small)
	switch {
	case !ok1 || !ok2:
		return cmpUnknown
	case x.Int() <= y.Int():
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
