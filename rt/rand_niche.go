package rt

// rand's niche API of OTP 25: the bare generators on integer states,
// for programs that keep their own state in a loop (no handler, no tuple):
// splitmix64_next/1, exsp_next/1, exsp_jump/1 and the MWC59 family.

const (
	mwc59A    = 0x7fa6502
	mwc59Mask = 1<<59 - 1
	mask32    = 1<<32 - 1
	mask53    = 1<<53 - 1
)

// randArithError raises badarith from Erlang's Op(x, k) in rand.erl's
// code at frames, as BEAM reports an operator applied to a non-integer.
func randArithError(op string, x, k Term, frames ...erlFrame) {
	e := NewException(AtomError, AtomBadarith)
	info := List(NewTuple(atomErrorInfo, NewMap(atomModule, Intern("erl_erts_errors"))))
	e.head = NewTuple(AtomErlang, Intern(op), List(x, k), info)
	for _, f := range frames {
		e.under = append(e.under, f.entry(nil))
	}
	panic(e)
}

// randMasked is the low bits of integer x under mask, or badarith as
// x band mask raises it in rand:fun/1.
func randMasked(x Term, mask uint64, fun string, line int) uint64 {
	v, ok := randLow64(x)
	if !ok {
		randArithError("band", x, randTerm(mask), randFrame(fun, 1, line))
	}
	return v & mask
}

// RandSplitmix64Next1 is rand:splitmix64_next(X): {Z, NextX}.
func RandSplitmix64Next1(p *Process, x Term) Term {
	v, ok := randLow64(x)
	if !ok {
		randArithError("+", x, randTerm(0x9e3779b97f4a7c15), randFrame("splitmix64_next", 1, 1644))
	}
	z, next := splitmix64(v)
	return NewTuple(randTerm(z), randTerm(next))
}

// RandExspNext1 is rand:exsp_next([S1|S0]): {X, NewState}.
func RandExspNext1(p *Process, s Term) Term {
	c, ok := s.(*Cons)
	if !ok {
		return otpRaise(AtomFunctionClause, List(s), randFrame("exsp_next", 1, 880))
	}
	randMasked(c.Tail, randMask58, "exsp_next", 882)
	randMasked(c.Head, randMask58, "exsp_next", 883)
	v, ns := exspNext(p, s)
	return NewTuple(randTerm(v), ns)
}

// RandExspJump1 is rand:exsp_jump([S1|S0]).
func RandExspJump1(p *Process, s Term) Term {
	if _, _, ok := randPair(s); !ok {
		return otpRaise(AtomFunctionClause, List(s), randFrame("-inlined-exsp_next/1-", 1, 880), randFrame("exsp_jump", 1, 963))
	}
	return exsplusJumpState(p, s)
}

// RandMwc591 is rand:mwc59(CX): one multiply-with-carry step.
func RandMwc591(p *Process, cx Term) Term {
	v := randMasked(cx, mwc59Mask, "mwc59", 1506)
	return smallOf(Int(mwc59A*(v&mask32) + (v >> 32)))
}

// RandMwc59Value321 is rand:mwc59_value32(CX): 32 scrambled bits.
func RandMwc59Value321(p *Process, cx Term) Term {
	v := randMasked(cx, mask32, "mwc59_value32", 1525)
	return smallOf(Int(v ^ (v<<8)&mask32))
}

// RandMwc59Value1 is rand:mwc59_value(CX): 59 scrambled bits.
func RandMwc59Value1(p *Process, cx Term) Term {
	v := randMasked(cx, mwc59Mask, "mwc59_value", 1530)
	v ^= (v << 4) & mwc59Mask
	return smallOf(Int(v ^ (v<<27)&mwc59Mask))
}

// RandMwc59Float1 is rand:mwc59_float(CX): a float in [0, 1).
func RandMwc59Float1(p *Process, cx Term) Term {
	v := randMasked(cx, mask53, "mwc59_float", 1536)
	v ^= (v << 4) & mask53
	v ^= (v << 27) & mask53
	return Float(float64(v) * 0x1p-53)
}

// hash58 mixes 58 bits (rand.erl's hash58/1).
func hash58(x uint64) uint64 {
	x &= randMask58
	x = ((x ^ x>>29) * 0x351afd7ed558ccd) & randMask58
	x = ((x ^ x>>29) * 0x0ceb9fe1a85ec53) & randMask58
	return x ^ x>>29
}

// RandMwc59Seed0 is rand:mwc59_seed(): a state from default_seed().
func RandMwc59Seed0(p *Process) Term {
	h := hash58(uint64(Phash2(List(NewTuple(ErlangNode0(p), p.Self())))))
	t, _ := randLow64(ErlangSystemTime0(p))
	u, _ := randLow64(ErlangUniqueInteger0(p))
	return smallOf(Int((h ^ hash58(t) ^ hash58(u)) + 1))
}

// RandMwc59Seed1 is rand:mwc59_seed(S) for S in 0..2^58-1.
func RandMwc59Seed1(p *Process, s Term) Term {
	v, ok := randWord(s, 58)
	if !ok {
		return otpRaise(AtomFunctionClause, List(s), randFrame("mwc59_seed", 1, 1550))
	}
	return smallOf(Int(hash58(v) + 1))
}

func init() {
	RegisterModule("rand",
		Export("splitmix64_next", 1, RandSplitmix64Next1),
		Export("exsp_next", 1, RandExspNext1),
		Export("exsp_jump", 1, RandExspJump1),
		Export("mwc59", 1, RandMwc591),
		Export("mwc59_value32", 1, RandMwc59Value321),
		Export("mwc59_value", 1, RandMwc59Value1),
		Export("mwc59_float", 1, RandMwc59Float1),
		Export("mwc59_seed", 0, RandMwc59Seed0),
		Export("mwc59_seed", 1, RandMwc59Seed1),
	)
}
