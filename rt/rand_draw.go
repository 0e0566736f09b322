package rt

import (
	"math"
	"math/big"
	"math/bits"
)

// What rand makes of its algorithms' words: floats in [0, 1), integers
// in 1..N, bytes and normal deviates, each drawing words exactly as
// rand.erl does so that the state moves the same.

// float53 is uniform_s/1's float of word v.
func (a *randAlg) float53(v uint64) float64 {
	if a.bits != 0 {
		return float64(v>>(a.bits-53)) * 0x1p-53
	}
	return float64(v) / a.maxPlus1()
}

// maxPlus1 is Max + 1 as a float, exact for both old maxima.
func (a *randAlg) maxPlus1() float64 {
	if a.max == randMask58 {
		return 0x1p58
	}
	return 0x1p64
}

// uniform is uniform_s/1 on an algorithm's state.
func (a *randAlg) uniform(p *Process, s Term) (float64, Term) {
	v, s := a.next(p, s)
	if a.dummy {
		return 0.5, s
	}
	return a.float53(v), s
}

// uniformN is uniform_s/2 for an n that is a small integer >= 1.
func (a *randAlg) uniformN(p *Process, n uint64, s Term) (Term, Term) {
	if a.bits == 0 {
		v, s := a.next(p, s)
		if n <= a.max {
			return randTerm(v%n + 1), s
		}
		return Add(floatToInt(math.Trunc(a.float53(v)*float64(n))), smallOf(1)), s
	}
	if a.bits < 64 && n > 1<<a.bits {
		var bn big.Int
		bn.SetUint64(n)
		return a.uniformBig(p, &bn, s)
	}
	top := ^uint64(0) - n + 1 // 2^Bits - N for 64 bits
	if a.bits < 64 {
		top = 1<<a.bits - n
	}
	for {
		var v uint64
		v, s = a.next(p, s)
		if v < n {
			return randTerm(v + 1), s
		}
		if i := v % n; v-i <= top {
			return randTerm(i + 1), s
		}
	}
}

// uniformBig is uniform_s/2 for any integer n >= 1 (uniform_range/4 of
// rand.erl when n exceeds the generator's range).
func (a *randAlg) uniformBig(p *Process, n *big.Int, s Term) (Term, Term) {
	one := big.NewInt(1)
	full := new(big.Int).Lsh(one, a.bits)
	if n.IsUint64() && (a.bits == 0 && n.Uint64() <= a.max || a.bits != 0 && n.Cmp(full) <= 0) {
		return a.uniformN(p, n.Uint64(), s)
	}
	v, s := a.next(p, s)
	if a.bits == 0 {
		fn, ok := bigToFloat(n)
		if !ok {
			Badarith()
		}
		f := a.float53(v) * fn
		if math.IsInf(f, 0) {
			Badarith()
		}
		return Add(floatToInt(math.Trunc(f)), smallOf(1)), s
	}
	if n.Cmp(full) <= 0 {
		// The generator's range covers n = 2^64: V + 1 at once.
		return IntFromBig(new(big.Int).Add(new(big.Int).SetUint64(v), one)), s
	}
	shift := a.bits - a.weak
	pow2 := new(big.Int).And(n, new(big.Int).Sub(n, one)).Sign() == 0
	for {
		var want *big.Int
		if pow2 {
			want = new(big.Int).Rsh(n, a.bits)
		} else {
			want = new(big.Int).Rsh(n, a.bits-2)
		}
		w := new(big.Int).SetUint64(v)
		b := a.bits
		for want.Cmp(one) > 0 {
			var x uint64
			x, s = a.next(p, s)
			w.Rsh(w, a.weak).Lsh(w, a.weak).Lsh(w, shift).Or(w, new(big.Int).SetUint64(x))
			want.Rsh(want, shift)
			b += shift
		}
		if pow2 {
			w.And(w, new(big.Int).Sub(n, one))
			return IntFromBig(w.Add(w, one)), s
		}
		i := new(big.Int).Mod(w, n)
		room := new(big.Int).Sub(new(big.Int).Lsh(one, b), n)
		if new(big.Int).Sub(w, i).Cmp(room) <= 0 {
			return IntFromBig(i.Add(i, one)), s
		}
		v, s = a.next(p, s)
	}
}

// randFloatDraw is a draw of a float from a state: uniform, uniform_real
// or normal.
type randFloatDraw func(a *randAlg, p *Process, s Term) (float64, Term)

// randDrawS is rand:F_s(State) for a float draw: {X, NewState}; line is
// F_s's, where a bad state fails.
func randDrawS(p *Process, st Term, draw randFloatDraw, fs string, line int) Term {
	a, s := mustState(st, fs, line, []Term{st})
	x, s := draw(a, p, s)
	return randPairTuple(Float(x), randPairTuple(a.handler, s))
}

// randDraw is rand:F() for a float draw, from and back to the process's
// seed; F calls F_s (at fLine), which fails at line on a bad seed.
func randDraw(p *Process, draw randFloatDraw, f, fs string, line, fLine int) Term {
	st := randSeedGet(p)
	a, s := mustState(st, fs, line, []Term{st}, randFrame(f, 0, fLine))
	x, s := draw(a, p, s)
	randSeedPut(p, randPairTuple(a.handler, s))
	return Float(x)
}

// RandUniformS1 is rand:uniform_s(State).
func RandUniformS1(p *Process, st Term) Term {
	return randDrawS(p, st, (*randAlg).uniform, "uniform_s", 328)
}

// RandUniform0 is rand:uniform().
func RandUniform0(p *Process) Term {
	return randDraw(p, (*randAlg).uniform, "uniform", "uniform_s", 328, 309)
}

// randUniformN is uniform_s(N, State) for rand:uniform/1 and uniform_s/2.
func randUniformN(p *Process, n, st Term, under ...erlFrame) (Term, *randAlg, Term) {
	a, s, ok := randState(st, "uniform_s", 2, 346, n, st)
	if ok && a.dummy && IsInteger(n) && Ge(n, smallOf(1)) {
		_, s = a.next(p, s)
		return smallOf(1), a, s
	}
	switch x := n.(type) {
	case Small:
		if ok && x.Int() >= 1 {
			v, s := a.uniformN(p, uint64(x.Int()), s)
			return v, a, s
		}
	case *BigInt:
		if ok && x.v.Sign() > 0 {
			v, s := a.uniformBig(p, &x.v, s)
			return v, a, s
		}
	}
	otpRaise(AtomFunctionClause, List(n, st), append([]erlFrame{randFrame("uniform_s", 2, 346)}, under...)...)
	return nil, nil, nil
}

// RandUniformS2 is rand:uniform_s(N, State).
func RandUniformS2(p *Process, n, st Term) Term {
	v, a, s := randUniformN(p, n, st)
	return randPairTuple(v, randPairTuple(a.handler, s))
}

// RandUniform1 is rand:uniform(N).
func RandUniform1(p *Process, n Term) Term {
	v, a, s := randUniformN(p, n, randSeedGet(p), randFrame("uniform", 1, 319))
	randSeedPut(p, randPairTuple(a.handler, s))
	return v
}

// realWord is a word for uniform_real: rand.erl reads the old algorithms'
// words as 56 bits, masking all but the second word of a draw.
func (a *randAlg) realWord(p *Process, s Term, mask bool) (uint64, uint, Term) {
	v, s := a.next(p, s)
	if a.bits != 0 {
		return v, a.bits, s
	}
	if mask {
		v &= 1<<56 - 1
	}
	return v, 56, s
}

// realScaled is float(m) * 2^e, as Erlang multiplies an integer by
// math:pow(2.0, E): two roundings when m has more than 53 bits.
func realScaled(m uint64, e int) float64 { return float64(m) * math.Ldexp(1, e) }

// uniformReal is uniform_real_s/1: a float in (0, 1) with every bit of
// its mantissa random, drawing more words while the leading ones are 0.
func (a *randAlg) uniformReal(p *Process, s Term) (float64, Term) {
	for {
		v, n, s1 := a.realWord(p, s, true)
		m := v >> (n - 56)
		if m >= 1<<52 {
			return realScaled53(m, -56), s1
		}
		v, n, s1 = a.realWord(p, s1, false)
		x, s2, again := a.realMore(p, m, -56, s1, v, n)
		if !again {
			return x, s2
		}
		s = s2
	}
}

// realScaled53 is real53 written as rand.erl computes it.
func realScaled53(m uint64, e int) float64 {
	switch {
	case m >= 1<<55:
		return realScaled(m>>3, e+3)
	case m >= 1<<54:
		return realScaled(m>>2, e+2)
	case m >= 1<<53:
		return realScaled(m>>1, e+1)
	}
	return realScaled(m, e)
}

// realMore is uniform_real_s/7: m holds the bits so far, worth m * 2^e,
// and v (of n bits) the next word. again asks to start over from s.
func (a *randAlg) realMore(p *Process, m uint64, e int, s Term, v uint64, n uint) (float64, Term, bool) {
	for {
		if e == -1064 {
			b := uint(53 - bits.Len64(m))
			return realScaled(m<<b|v>>(n-b), -1064-int(b)), s, false
		}
		switch {
		case m >= 1<<51:
			return realScaled(m<<1|v>>(n-1), e-1), s, false
		case m >= 1<<50:
			return realScaled(m<<2|v>>(n-2), e-2), s, false
		case m >= 1<<49:
			return realScaled(m<<3|v>>(n-3), e-3), s, false
		case m != 0:
			b := uint(53 - bits.Len64(m))
			return realScaled(m<<b|v>>(n-b), e-int(b)), s, false
		}
		m1 := v >> (n - 56)
		if m1 >= 1<<52 {
			return realScaled53(m1, e-56), s, false
		}
		if e == -1008 && m1 < 1<<42 {
			return 0, s, true
		}
		m, e = m1, e-56
		v, n, s = a.realWord(p, s, true)
	}
}

// RandUniformRealS1 is rand:uniform_real_s(State).
func RandUniformRealS1(p *Process, st Term) Term {
	return randDrawS(p, st, (*randAlg).uniformReal, "uniform_real_s", 411)
}

// RandUniformReal0 is rand:uniform_real().
func RandUniformReal0(p *Process) Term {
	return randDraw(p, (*randAlg).uniformReal, "uniform_real", "uniform_real_s", 411, 372)
}

// bytes is bytes_s/2: whole bytes from the top of each word (the old
// algorithms count as 58 bits with 2 weak), and a last word that gives
// its low bytes; even n = 0 draws that last word.
func (a *randAlg) bytes(p *Process, n int, s Term) ([]byte, Term) {
	width, weak := a.bits, a.weak
	if width == 0 {
		width, weak = 58, 2
	}
	good := (width - weak) / 8
	shift := width - good*8
	out := make([]byte, 0, n+8)
	put := func(x uint64, nb uint) {
		for i := int(nb) - 1; i >= 0; i-- {
			out = append(out, byte(x>>(8*uint(i))))
		}
	}
	var v uint64
	for n > int(good) {
		v, s = a.next(p, s)
		put(v>>shift, good)
		n -= int(good)
	}
	v, s = a.next(p, s)
	put(v>>(good*8-uint(n)*8), uint(n))
	return out, s
}

func randBytes(p *Process, n, st Term, under ...erlFrame) ([]byte, *randAlg, Term) {
	a, s, ok := randState(st, "bytes_s", 2, 571, n, st)
	if k, isInt := IntOf(n); ok && isInt && k >= 0 {
		b, s := a.bytes(p, int(k), s)
		return b, a, s
	}
	otpRaise(AtomFunctionClause, List(n, st), append([]erlFrame{randFrame("bytes_s", 2, 571)}, under...)...)
	return nil, nil, nil
}

// RandBytesS2 is rand:bytes_s(N, State).
func RandBytesS2(p *Process, n, st Term) Term {
	b, a, s := randBytes(p, n, st)
	return randPairTuple(NewBinary(b), randPairTuple(a.handler, s))
}

// RandBytes1 is rand:bytes(N).
func RandBytes1(p *Process, n Term) Term {
	b, a, s := randBytes(p, n, randSeedGet(p), randFrame("bytes", 1, 561))
	randSeedPut(p, randPairTuple(a.handler, s))
	return NewBinary(b)
}
