package rt

// The steps of exrop, exs64 and exs1024, and the jumps, on state
// integers beyond their words (a state a program built itself): rand.erl
// shifts and XORs such integers unmasked, so their high bits carry into
// the result. These run Erlang's arithmetic on the terms, as rand.erl
// does; rand's own states never come here.

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

// randRingSplit is the 16 accumulated terms as a {Forward, ReversedTail}
// state with nrev terms in its reversed tail.
func randRingSplit(acc []Term, nrev int) Term {
	cut := len(acc) - nrev
	rev := make([]Term, 0, nrev)
	for i := len(acc) - 1; i >= cut; i-- {
		rev = append(rev, acc[i])
	}
	return NewTuple(List(acc[:cut]...), List(rev...))
}

// randXorRing XORs the ring's terms, starting at h, into acc.
func randXorRing(acc, ring []Term, h int) {
	for i := range acc {
		acc[i] = Bxor(acc[i], ring[(h+i)%len(ring)])
	}
}

func randZeros(n int) []Term {
	z := make([]Term, n)
	for i := range z {
		z[i] = smallOf(0)
	}
	return z
}

// exs1024JumpWide is exs1024Jump on a ring of any integers.
func exs1024JumpWide(ts []Term, nrev int) Term {
	ring, acc := append([]Term(nil), ts...), randZeros(16)
	for k, h := 0, 0; k < 1024; k, h = k+1, (h+1)%16 {
		if exs1024JumpConst[k/58]>>(k%58)&1 == 1 {
			randXorRing(acc, ring, h)
		}
		_, ring[(h+1)%16] = exs1024CalcWide(ring[h], ring[(h+1)%16])
	}
	return randRingSplit(acc, nrev)
}

// exro928JumpWide is exro928Jump on a ring of any integers, and of any
// length (rand.erl takes what it is given): its steps mask what they
// read, but the XORs take the integers as they are.
func exro928JumpWide(ts []Term) Term {
	n := len(ts)
	ring, acc, h := append([]Term(nil), ts...), randZeros(n), 0
	for _, j := range exro928JumpConst {
		for ; j != 1; j >>= 1 {
			if j&1 == 1 {
				randXorRing(acc, ring, h)
			}
			ns0, ns15 := exro928Step(randLowT(ring[h]), randLowT(ring[(h+1)%n]))
			ring[(h+1)%n], ring[h] = randTerm(ns0), randTerm(ns15)
			h = (h + 1) % n
		}
	}
	return NewTuple(List(acc...), Nil{})
}

// exropJumpWide is exropJump on any integers, stepping as exrop_next_s
// does without masking.
func exropJumpWide(p *Process, s0, s1 Term) Term {
	var a0, a1 Term = smallOf(0), smallOf(0)
	for i := 0; i < exropJumpConst.BitLen(); i++ {
		if exropJumpConst.Bit(i) == 1 {
			a0, a1 = Bxor(a0, s0), Bxor(a1, s1)
		}
		a := Bxor(s1, s0)
		s0, s1 = Bxor(Bxor(randRotlT(58, s0, 24), a), randBslT(58, a, 2)), randRotlT(58, a, 35)
	}
	return p.Cons(a0, a1)
}
