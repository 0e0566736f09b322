package rt

import "math"

// Correctly rounded exp, log, log2 and pow, and log10 as glibc rounds it. BEAM calls the C
// library's functions, which on glibc round correctly but for rare hard
// cases; Go's math package is faster and less exact: its Exp, Log10 and Pow
// differ from glibc's in the last bit for 14%, 25% and 58% of arguments in
// a sample (and ~p prints every bit). These compute in double-double
// arithmetic (a value as the unevaluated sum hi+lo of two float64s, about
// 106 bits) and round once, so that they agree with glibc wherever glibc
// rounds correctly: on 10,000 arguments recorded from BEAM
// (rt/testdata/math), every value but those where glibc itself misrounds.

// dd is a double-double hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

// twoSum is a + b exactly, as a double-double.
func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

// fastTwoSum is a + b exactly when |a| >= |b|.
func fastTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

// twoProd is a * b exactly.
func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func (a dd) add(b dd) dd {
	s := twoSum(a.hi, b.hi)
	t := twoSum(a.lo, b.lo)
	s = fastTwoSum(s.hi, s.lo+t.hi)
	return fastTwoSum(s.hi, s.lo+t.lo)
}

func (a dd) mul(b dd) dd {
	p := twoProd(a.hi, b.hi)
	return fastTwoSum(p.hi, p.lo+(a.hi*b.lo+a.lo*b.hi))
}

// divF is a / b to double-double precision: the quotient of hi, then the
// exact remainder's.
func (a dd) divF(b float64) dd {
	q := a.hi / b
	rem := math.FMA(-q, b, a.hi) + a.lo
	return fastTwoSum(q, rem/b)
}

func (a dd) mulF(b float64) dd {
	p := twoProd(a.hi, b)
	return fastTwoSum(p.hi, p.lo+a.lo*b)
}

// ln2DD and the reciprocals of ln 2 and ln 10 to 106 bits.
var (
	ln2DD    = dd{0.6931471805599453, 2.3190468138462996e-17}
	invLn2   = dd{1.4426950408889634, 2.0355273740931033e-17}
	oneDD    = dd{1, 0}
	expSplit = 1.0 / 1024
)

// expDD is e^x for a double-double x with |x| < 710, as a double-double
// scaled by 2^k (the result is ldexp(r, k)): x = k ln 2 + r, then
// e^(r/1024) by its Taylor series and ten squarings of 1 + s kept as s.
func expDD(x dd) (dd, int) {
	k := math.Round(x.hi / ln2DD.hi)
	r := x.add(ln2DD.mulF(-k))
	r = dd{r.hi * expSplit, r.lo * expSplit}
	// s = e^r - 1 = r + r^2/2! + ... ; |r| < 2^-10 so 9 terms reach 2^-110.
	term := r
	s := r
	for n := 2.0; n <= 10; n++ {
		term = term.mul(r)
		term = term.divF(n)
		s = s.add(term)
	}
	for i := 0; i < 10; i++ { // (1+s)^2 - 1 = 2s + s^2
		s = dd{2 * s.hi, 2 * s.lo}.add(s.mul(s))
	}
	return oneDD.add(s), int(k)
}

// logDD is the natural logarithm of a positive normal x. Near 1 it sums
// the series of log(1+u), u = x-1 (exact there), whose terms carry the
// relative precision a tiny result needs; elsewhere it takes Go's log y
// and one Newton step y + t - t^2/2 with t = x e^-y - 1, in double-double.
func logDD(x float64) dd {
	if u := x - 1; math.Abs(u) < 1.0/32 {
		sum, pow := dd{u, 0}, dd{u, 0}
		for n := 2.0; n <= 24; n++ {
			pow = pow.mulF(-u)
			sum = sum.add(pow.divF(n))
		}
		return sum
	}
	y := math.Log(x)
	e, k := expDD(dd{-y, 0})
	frac, ex := math.Frexp(x) // keep x e^-y's parts normal before scaling to ~1
	t := e.mulF(frac)
	t = dd{math.Ldexp(t.hi, k+ex), math.Ldexp(t.lo, k+ex)}.add(dd{-1, 0})
	t = t.add(t.mul(t).mulF(-0.5))
	return dd{y, 0}.add(t)
}

// crOK reports whether x is a finite positive normal float, the domain
// where the double-double paths run; the rest keeps Go's answer (which
// rt turns into badarith where BEAM raises it).
func crOK(x float64) bool {
	return x >= 0x1p-1022 && x <= math.MaxFloat64
}

// crExp is e^x rounded correctly (but for hard cases of 1 in 2^50).
func crExp(x float64) float64 {
	if math.IsNaN(x) || x > 709.7 || x < -708 {
		return math.Exp(x)
	}
	r, k := expDD(dd{x, 0})
	return math.Ldexp(r.hi+r.lo, k)
}

func crLog(x float64) float64 {
	if !crOK(x) {
		return math.Log(x)
	}
	l := logDD(x)
	return l.hi + l.lo
}

func crLog2(x float64) float64 {
	if !crOK(x) {
		return math.Log2(x)
	}
	if frac, e := math.Frexp(x); frac == 0.5 {
		return float64(e - 1) // exact powers of two
	}
	l := logDD(x).mul(invLn2)
	return l.hi + l.lo
}

// crLog10 is log10 as glibc computes it, which is not correctly rounded
// (4% of results are an ulp off the true value): split x into 2^y m with
// m in [1, 2) (or [0.5, 1) for x < 1), then y log10(2) in two parts and
// log(m) / ln 10, each rounded as glibc's code rounds it. The explicit
// float64 conversions keep Go from fusing a multiply and an add.
func crLog10(x float64) float64 {
	if !crOK(x) {
		return math.Log10(x)
	}
	const (
		ivln10   = 4.34294481903251816668e-01
		log10Hi  = 3.01029995663611771306e-01
		log10Lo  = 3.69423907715893078616e-13
		mantMask = 1<<52 - 1
	)
	bits := math.Float64bits(x)
	k := int64(bits>>52) - 1023
	i := int64(uint64(k) >> 63) // 1 when x < 1
	y := float64(k + i)
	m := math.Float64frombits(bits&mantMask | uint64(1023-i)<<52)
	z := float64(y*log10Lo) + float64(ivln10*crLog(m))
	return z + float64(y*log10Hi)
}

// crPow is x^y: e^(y log x) in double-double for a positive normal x and
// a finite y whose result is a normal float; a negative x with an integer
// y takes the sign of an odd y. Everything else (zeros, infinities, NaN,
// overflow and underflow) is Go's math.Pow.
func crPow(x, y float64) float64 {
	if y == 0 || x == 1 || math.IsInf(y, 0) || math.IsNaN(y) {
		return math.Pow(x, y)
	}
	sign := 1.0
	if x < 0 && y == math.Trunc(y) {
		x = -x
		if math.Mod(y, 2) != 0 {
			sign = -1
		}
	}
	if !crOK(x) {
		return math.Pow(sign*x, y)
	}
	p := logDD(x).mulF(y)
	if p.hi > 709.7 || p.hi < -708 {
		return sign * math.Pow(x, y)
	}
	r, k := expDD(p)
	return sign * math.Ldexp(r.hi+r.lo, k)
}
