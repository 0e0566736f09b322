package rt

// The steps of exrop, exs64 and exs1024 on state integers beyond their
// words (a state a program built itself): rand.erl shifts and XORs such
// integers unmasked, so their high bits carry into the next state. These
// run Erlang's arithmetic on the terms, as rand.erl does; rand's own
// states never come here.

// randMaskT is X band (2^n - 1).
func randMaskT(x Term, n uint) Term { return Band(x, randTerm(uint64(1)<<n-1)) }

// randBslT is rand.erl's ?BSL(W, X, N): the low W-N bits of X shifted up N.
func randBslT(w uint, x Term, n uint) Term { return Bsl(randMaskT(x, w-n), smallOf(Int(n))) }

// randRotlT is ?ROTL(W, X, N), whose right part keeps all of X's high bits.
func randRotlT(w uint, x Term, n uint) Term {
	return Bor(randBslT(w, x, n), Bsr(x, smallOf(Int(w-n))))
}

func randLowT(x Term) uint64 {
	v, _ := randLow64(x)
	return v
}

// exropNextWide is exrop_next([S0|S1]) on any integers.
func exropNextWide(p *Process, s0, s1 Term) (uint64, Term) {
	a := Bxor(s1, s0)
	h := Bxor(Bxor(randRotlT(58, s0, 24), a), randBslT(58, a, 2))
	return (randLowT(s0) + randLowT(s1)) & randMask58, p.Cons(h, randRotlT(58, a, 35))
}

// exs64NextWide is exs64_next(R) on any integer.
func exs64NextWide(r Term) (uint64, Term) {
	r = Bxor(r, Bsr(r, smallOf(12)))
	r = Bxor(r, randBslT(64, r, 25))
	r = Bxor(r, Bsr(r, smallOf(27)))
	return randLowT(r) * 2685821657736338717, r
}

// exs1024CalcWide is exs1024_calc(S0, S1) on any integers.
func exs1024CalcWide(s0, s1 Term) (uint64, Term) {
	s1 = Bxor(s1, randBslT(64, s1, 31))
	s1 = Bxor(s1, Bsr(s1, smallOf(11)))
	ns1 := Bxor(Bxor(s0, Bsr(s0, smallOf(30))), s1)
	return randLowT(ns1) * 1181783497276652981, ns1
}
