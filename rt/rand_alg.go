package rt

import (
	"math/big"
	"math/bits"
)

// The generators of OTP 25's rand module, on machine words.
//
// rand.erl computes on Erlang integers and masks to 58 or 64 bits; here
// the same recurrences run on uint64. An algorithm's state stays the term
// OTP keeps (an improper list [A|B] for the xorshift116 family, a
// {Forward, ReversedTail} pair of lists for the 16-word ones, one integer
// for exs64), so states print, compare and export as on BEAM. Each next
// function takes the state term apart, steps it and builds the new term as
// rand.erl does: the same cells, the same list rotation.
//
// State integers are read by their low 64 bits: that is exact wherever
// rand.erl masks before use (the draws of exsss, exsp, exsplus and
// exro928ss). exrop, exs64 and exs1024 draw with unmasked bits, and the
// jumps XOR the state's own integers in: for a state integer beyond the
// words those run on terms (rand_wide.go). Only dummy, which draws its
// state itself, raises badarg for one; rand never makes such a state.

const (
	randMask58 = 1<<58 - 1
	randUniq   = 34006561 // the uniq of rand.beam's funs on OTP 25, as they print
)

// randLow64 is the low 64 bits of integer t (two's complement), or false
// for a non-integer.
func randLow64(t Term) (uint64, bool) {
	switch x := t.(type) {
	case Small:
		return uint64(x.Int()), true
	case *BigInt:
		var m big.Int
		m.And(&x.v, randMask64Big)
		return m.Uint64(), true
	}
	return 0, false
}

var randMask64Big = new(big.Int).SetUint64(^uint64(0))

// randWord is t when it is an integer in [0, 2^n), n <= 64.
func randWord(t Term, n uint) (uint64, bool) {
	switch x := t.(type) {
	case Small:
		v := x.Int()
		return uint64(v), v >= 0 && (n >= 63 || uint64(v) < 1<<n)
	case *BigInt:
		if x.v.Sign() >= 0 && x.v.BitLen() <= int(n) {
			return x.v.Uint64(), true
		}
	}
	return 0, false
}

// randTerm is the integer x as a term.
func randTerm(x uint64) Term {
	if x <= MaxSmall {
		return smallOf(Int(x))
	}
	r := new(BigInt)
	r.v.SetUint64(x)
	return r
}

func rotl58(x uint64, n uint) uint64 { return (x<<n)&randMask58 | x>>(58-n) }

// splitmix64 is splitmix64_next/1: the output and the next state.
func splitmix64(x uint64) (z, next uint64) {
	x += 0x9e3779b97f4a7c15
	z = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31, x
}

// seed58 draws splitmix64 outputs until one has nonzero low 58 bits.
func seed58(x uint64) (z, next uint64) {
	for {
		z, x = splitmix64(x)
		if z&randMask58 != 0 {
			return z & randMask58, x
		}
	}
}

// seed64 draws splitmix64 outputs until one is nonzero.
func seed64(x uint64) (z, next uint64) {
	for {
		z, x = splitmix64(x)
		if z != 0 {
			return z, x
		}
	}
}

// seedWords is seed58(N, X) or seed64(N, X): n words from x.
func seedWords(n int, x uint64, wide bool) []uint64 {
	out := make([]uint64, n)
	for i := range out {
		if wide {
			out[i], x = seed64(x)
		} else {
			out[i], x = seed58(x)
		}
	}
	return out
}

// exsNext is the xorshift116 step of s1 (unmasked) and s0 (masked).
func exsNext(s0, s1 uint64) uint64 {
	b := s1&randMask58 ^ (s1<<24)&randMask58
	return b ^ s0 ^ b>>11 ^ s0>>41
}

// starstar is the ** scrambler, ((S * 5) rotl 7) * 9 on 58 bits; only the
// low 58 bits of s matter.
func starstar(s uint64) uint64 {
	a := (s + (s<<2)&randMask58) & (1<<59 - 1)
	b := (a<<7)&randMask58 | (a>>51)&0x7f
	return (b + (b<<3)&randMask58) & randMask58
}

// exsStep steps the xorshift116 state [S1|S0]: the new state's words and
// the masked s0 that the scramblers use.
func exsStep(h, t uint64) (s0, nh, nt uint64) {
	s0 = t & randMask58
	return s0, s0, exsNext(s0, h)
}

// randPair takes [H|T] apart into the low 64 bits of two integers.
func randPair(s Term) (h, t uint64, ok bool) {
	c, ok := s.(*Cons)
	if !ok {
		return 0, 0, false
	}
	h, ok1 := randLow64(c.Head)
	t, ok2 := randLow64(c.Tail)
	return h, t, ok1 && ok2
}

func randCons(p *Process, h, t uint64) Term { return p.Cons(randTerm(h), randTerm(t)) }

func exsssNext(p *Process, s Term) (uint64, Term) {
	h, t, ok := randPair(s)
	if !ok {
		return randBadState("exsss_next", 891, s)
	}
	s0, nh, nt := exsStep(h, t)
	return starstar(s0), randCons(p, nh, nt)
}

func exspNext(p *Process, s Term) (uint64, Term) {
	h, t, ok := randPair(s)
	if !ok {
		return randBadState("exsp_next", 880, s)
	}
	s0, nh, nt := exsStep(h, t)
	return (s0 + nt) & randMask58, randCons(p, nh, nt)
}

// randBadState raises function_clause for a state its next function does
// not take.
func randBadState(fun string, line int, s Term) (uint64, Term) {
	otpRaise(AtomFunctionClause, List(s), erlFrame{"rand", fun, 1, line})
	return 0, nil
}

// randBadWord raises badarg for a state whose integers lie outside the
// algorithm's range (see the file comment).
func randBadWord(fun string, line int, s Term) (uint64, Term) {
	otpRaise(AtomBadarg, List(s), erlFrame{"rand", fun, 1, line})
	return 0, nil
}

// exsplusJump is exsp_jump/1 on the words of [H|T].
func exsplusJump(h, t uint64) (uint64, uint64) {
	var ah, at uint64
	for _, j := range [2]uint64{0x02f8ea6bc32c797, 0x345d2a0f85f788c} {
		for i := 0; i < 58; i++ {
			if j>>i&1 == 1 {
				ah ^= h
				at ^= t
			}
			_, h, t = exsStep(h, t)
		}
	}
	return ah, at
}

func exsplusJumpState(p *Process, s Term) Term {
	if _, _, ok := randPair(s); !ok {
		randBadState("exsp_jump", 962, s)
	}
	h, t, _ := randPair(s)
	ah, at := exsplusJump(h, t)
	if _, _, ok := exropWords(s); !ok {
		// The jump XORs the state's own integers in once, at its first
		// step (the constant is odd); the steps after mask them.
		c := s.(*Cons)
		return p.Cons(Bxor(Bxor(randTerm(ah), randTerm(h)), c.Head), Bxor(Bxor(randTerm(at), randTerm(t)), c.Tail))
	}
	return randCons(p, ah, at)
}

// exropStep is exrop_next_s/2.
func exropStep(s0, s1 uint64) (uint64, uint64) {
	a := s1 ^ s0
	return rotl58(s0, 24) ^ a ^ (a<<2)&randMask58, rotl58(a, 35)
}

// exropWords takes [H|T] apart into two integers in [0, 2^58).
func exropWords(s Term) (uint64, uint64, bool) {
	c, ok := s.(*Cons)
	if !ok {
		return 0, 0, false
	}
	h, ok1 := randWord(c.Head, 58)
	t, ok2 := randWord(c.Tail, 58)
	return h, t, ok1 && ok2
}

func exropNext(p *Process, s Term) (uint64, Term) {
	s0, s1, ok := exropWords(s)
	if !ok {
		if _, _, ok := randPair(s); ok {
			c := s.(*Cons)
			return exropNextWide(p, c.Head, c.Tail)
		}
		return randBadState("exrop_next", 1373, s)
	}
	n0, n1 := exropStep(s0, s1)
	return (s0 + s1) & randMask58, randCons(p, n0, n1)
}

var exropJumpConst, _ = new(big.Int).SetString("9863200f83fcd4a11293241fcb12a", 16)

func exropJump(p *Process, s Term) Term {
	s0, s1, ok := exropWords(s)
	if !ok {
		if _, _, ok := randPair(s); ok {
			c := s.(*Cons)
			return exropJumpWide(p, c.Head, c.Tail)
		}
		randBadState("exrop_jump", 1393, s)
	}
	// Every bit of the 116-bit jump constant, the lowest first.
	j := exropJumpConst
	var a0, a1 uint64
	for i := 0; i < j.BitLen(); i++ {
		if j.Bit(i) == 1 {
			a0 ^= s0
			a1 ^= s1
		}
		s0, s1 = exropStep(s0, s1)
	}
	return randCons(p, a0, a1)
}

// exs64Step is exs64_next/1: output and next state.
func exs64Step(r uint64) (uint64, uint64) {
	r ^= r >> 12
	r ^= r << 25
	r ^= r >> 27
	return r * 2685821657736338717, r
}

func exs64Next(p *Process, s Term) (uint64, Term) {
	r, ok := randWord(s, 64)
	if !ok {
		if IsInteger(s) {
			return exs64NextWide(s)
		}
		return randBadState("exs64_next", 772, s)
	}
	v, r := exs64Step(r)
	return v, randTerm(r)
}

// exs1024Calc is exs1024_calc/2: output and the new word.
func exs1024Calc(s0, s1 uint64) (uint64, uint64) {
	s1 ^= s1 << 31
	s1 ^= s1 >> 11
	ns1 := s0 ^ s0>>30 ^ s1
	return ns1 * 1181783497276652981, ns1
}

// ringFirst2 takes {[A,B|Rest], Rev} apart, first turning {[A], Rev} into
// {[A|reverse(Rev)], []} as the ring algorithms do when the forward list
// runs out. ok is false for anything else.
func ringFirst2(p *Process, s Term) (a, b Term, rest, rev Term, ok bool) {
	t, ok := s.(*Tuple)
	if !ok || len(t.Elems) != 2 {
		return nil, nil, nil, nil, false
	}
	fwd, rev := t.Elems[0], t.Elems[1]
	c, ok := fwd.(*Cons)
	if !ok {
		return nil, nil, nil, nil, false
	}
	if c.Tail == (Nil{}) {
		if !IsList(rev) || rev == (Nil{}) {
			return nil, nil, nil, nil, false
		}
		fwd, rev = p.Cons(c.Head, ListsReverse1(p, rev)), Nil{}
		c = fwd.(*Cons)
	}
	c2, ok := c.Tail.(*Cons)
	if !ok {
		return nil, nil, nil, nil, false
	}
	return c.Head, c2.Head, c2.Tail, rev, true
}

func exs1024Next(p *Process, s Term) (uint64, Term) {
	a, b, rest, rev, ok := ringFirst2(p, s)
	if !ok {
		return randBadState("exs1024_next", 1028, s)
	}
	s0, ok1 := randWord(a, 64)
	s1, ok2 := randWord(b, 64)
	if !ok1 || !ok2 {
		if !IsInteger(a) || !IsInteger(b) {
			return randBadState("exs1024_next", 1028, s)
		}
		v, ns1 := exs1024CalcWide(a, b)
		return v, NewTuple(p.Cons(ns1, rest), p.Cons(a, rev))
	}
	v, ns1 := exs1024Calc(s0, s1)
	return v, NewTuple(p.Cons(randTerm(ns1), rest), p.Cons(a, rev))
}

// exro928Step is exro928_next_state/4 on words: the new first word (s0's
// place) and the new last one (s15's).
func exro928Step(s15, s0 uint64) (ns0, ns15 uint64) {
	s0 &= randMask58
	q := s15&randMask58 ^ s0
	return rotl58(q, 45), rotl58(s0, 44) ^ q ^ (q<<9)&randMask58
}

func exro928Next(p *Process, s Term) (uint64, Term) {
	a, b, rest, rev, ok := ringFirst2(p, s)
	s15, ok1 := randLow64(a)
	s0, ok2 := randLow64(b)
	if !ok || !ok1 || !ok2 {
		return randBadState("exro928ss_next", 1192, s)
	}
	ns0, ns15 := exro928Step(s15, s0)
	return starstar(s0), NewTuple(p.Cons(randTerm(ns0), rest), p.Cons(randTerm(ns15), rev))
}

// randRing is a {Forward, ReversedTail} state as one sequence of
// integers (Forward ++ reverse(ReversedTail)), with the length of
// ReversedTail, as words (nil when some integer is not an n-bit word)
// and as terms; size is its length, or 0 for any length from 2.
func randRing(s Term, n uint, fun string, line, size int) (w []uint64, ts []Term, nrev int) {
	t, ok := s.(*Tuple)
	if !ok || len(t.Elems) != 2 {
		randBadState(fun, line, s)
	}
	fwd, ok1 := ListToSlice(t.Elems[0])
	rev, ok2 := ListToSlice(t.Elems[1])
	if !ok1 || !ok2 || len(fwd)+len(rev) < 2 || size != 0 && len(fwd)+len(rev) != size {
		randBadState(fun, line, s)
	}
	ts = fwd
	for i := len(rev) - 1; i >= 0; i-- {
		ts = append(ts, rev[i])
	}
	for _, x := range ts {
		v, ok := randWord(x, n)
		if !ok {
			if !IsInteger(x) {
				randBadWord(fun, line, s)
			}
			return nil, ts, len(rev)
		}
		w = append(w, v)
	}
	return w, ts, len(rev)
}

var exs1024JumpConst = [...]uint64{
	0x00242f96eca9c41d,
	0x0196e1ddbe5a1561, 0x0239f070b5837a3c, 0x03f393cc68796cd2, 0x0248316f404489af,
	0x039a30088bffbac2, 0x02fea70dc2d9891f, 0x032ae0d9644caec4, 0x0313aac17d8efa43,
	0x02f132e055642626, 0x01ee975283d71c93, 0x00552321b06f5501, 0x00c41d10a1e6a569,
	0x019158ecf8aa1e44, 0x004e9fc949d0b5fc, 0x0363da172811fdda, 0x030e38c3b99181f2,
	0x0000000a118038fc,
}

// exs1024Jump advances the ring by 2^512 steps: 1024 bits of the jump
// polynomial, 58 from each constant word.
func exs1024Jump(p *Process, s Term) Term {
	w, ts, nrev := randRing(s, 64, "exs1024_jump", 1067, 16)
	if w == nil {
		return exs1024JumpWide(ts, nrev)
	}
	var ring, acc [16]uint64
	copy(ring[:], w)
	h := 0
	for k := 0; k < 1024; k++ {
		if exs1024JumpConst[k/58]>>(k%58)&1 == 1 {
			for i := range acc {
				acc[i] ^= ring[(h+i)%16]
			}
		}
		_, ring[(h+1)%16] = exs1024Calc(ring[h], ring[(h+1)%16])
		h = (h + 1) % 16
	}
	cut := 16 - nrev
	fwd := make([]Term, cut)
	for i := range fwd {
		fwd[i] = randTerm(acc[i])
	}
	rev := make([]Term, 0, nrev)
	for i := 15; i >= cut; i-- {
		rev = append(rev, randTerm(acc[i]))
	}
	return NewTuple(List(fwd...), List(rev...))
}

var exro928JumpConst = [16]uint64{
	0x4085302F77130CA, 0x54E07F7F4524091, 0x5E1D7D6813D2BA0, 0x4687ACEF8644287,
	0x4567FD9F0B83FE5, 0x43E6D27EA06C024, 0x641E015AC26D5D2, 0x6CD61377663B92F,
	0x70A0657E19F00D4, 0x43C0BDDE15CF3C3, 0x745A3A8A3CEF3CC, 0x58A8CF308C8E0C6,
	0x7B7C4CC049C536E, 0x431801F9DB3AF2C, 0x41A1504ACD83F24, 0x6C41DCF2F867D7F,
}

// exro928Jump advances the ring by 2^512 steps (exro928_jump_2pow512/1):
// each constant word holds 58 bits under a marker bit.
func exro928Jump(p *Process, s Term) Term {
	w, ts, _ := randRing(s, 58, "exro928_jump", 1242, 0)
	if w == nil || len(w) != 16 {
		return exro928JumpWide(ts)
	}
	var ring, acc [16]uint64
	copy(ring[:], w)
	h := 0
	for _, j := range exro928JumpConst {
		for ; j != 1; j >>= 1 {
			if j&1 == 1 {
				for i := range acc {
					acc[i] ^= ring[(h+i)%16]
				}
			}
			ring[(h+1)%16], ring[h] = exro928Step(ring[h], ring[(h+1)%16])
			h = (h + 1) % 16
		}
	}
	out := make([]Term, 16)
	for i := range out {
		out[i] = randTerm(acc[i])
	}
	return NewTuple(List(out...), Nil{})
}

// randMulMod is a*b mod m for m > 0.
func randMulMod(a, b, m uint64) uint64 {
	hi, lo := bits.Mul64(a%m, b%m)
	_, r := bits.Div64(hi, lo, m)
	return r
}
