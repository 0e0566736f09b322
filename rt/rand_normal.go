package rt

import (
	"math"
)

// rand's normal deviates: the ziggurat of rand.erl's normal_s/1 over the
// tables in rand_tables.go, with its tail and wedge tests.

// randNorR is the ziggurat's R; randNorInvR is -1/R as rand.erl's
// -?NOR_INV_R works it out in doubles (a variable, so that Go does not
// fold it exactly at compile time).
var (
	randNorR    = 3.6541528853610087963519472518
	randNorInvR = -1 / randNorR
)

// get52 is get_52/1: a sign bit and 51 random bits from one word.
func (a *randAlg) get52(p *Process, s Term) (neg bool, r uint64, ns Term) {
	v, ns := a.next(p, s)
	if a.bits != 0 {
		return v&(1<<(a.bits-52)) != 0, v >> (a.bits - 51), ns
	}
	return v&(1<<51) != 0, v & (1<<51 - 1), ns
}

// normal is normal_s/1 on an algorithm's state.
func (a *randAlg) normal(p *Process, s Term) (float64, Term) {
	for {
		neg, r, s1 := a.get52(p, s)
		idx := r & 0xff
		x := float64(r) * randWi[idx]
		if neg {
			x = -x
		}
		if r < randKi[idx] {
			return x, s1
		}
		if idx == 0 {
			return a.normalTail(p, neg, s1)
		}
		// The wedge: accept x under the density, else start over.
		fi2 := randFi[idx]
		u, s2 := a.uniform(p, s1)
		if (randFi[idx-1]-fi2)*u+fi2 < math.Exp(-0.5*x*x) {
			return x, s2
		}
		s = s2
	}
}

// normalTail draws from the tail beyond R (Marsaglia's method).
func (a *randAlg) normalTail(p *Process, neg bool, s Term) (float64, Term) {
	for {
		u0, s1 := a.uniform(p, s)
		x := randNorInvR * randLog(u0)
		u1, s2 := a.uniform(p, s1)
		y := -randLog(u1)
		if y+y > x*x {
			if neg {
				return -randNorR - x, s2
			}
			return randNorR + x, s2
		}
		s = s2
	}
}

// randLog is math:log(x) as BEAM computes it, rounded correctly (crLog,
// math_cr.go): Go's math.Log is off by an ulp for about 7% of the floats in
// (0, 1), and the tail's deviate shows every bit of its logarithm.
// log(0.0) raises badarith, as math:log does.
func randLog(x float64) float64 {
	if x <= 0 {
		Badarith()
	}
	return crLog(x)
}

// RandNormalS1 is rand:normal_s(State).
func RandNormalS1(p *Process, st Term) Term {
	return randDrawS(p, st, (*randAlg).normal, "normal_s", 669)
}

// RandNormal0 is rand:normal().
func RandNormal0(p *Process) Term {
	return randDraw(p, (*randAlg).normal, "normal", "normal_s", 669, 653)
}

// RandNormal2 is rand:normal(Mean, Variance): math:sqrt(Variance) first,
// then a deviate, as BEAM evaluates Mean + (math:sqrt(Variance) * normal()).
func RandNormal2(p *Process, mean, variance Term) Term {
	at := randFrame("normal", 2, 662)
	sd := randSqrt(variance, at)
	x := float64(RandNormal0(p).(Float))
	return randScale(mean, sd, x, at)
}

// RandNormalS3 is rand:normal_s(Mean, Variance, State).
func RandNormalS3(p *Process, mean, variance, st Term) Term {
	if !Gt(variance, smallOf(0)) {
		return otpRaise(AtomFunctionClause, List(mean, variance, st), randFrame("normal_s", 3, 687))
	}
	a, s := mustState(st, "normal_s", 669, []Term{st}, randFrame("normal_s", 3, 688))
	x, s := a.normal(p, s)
	at := randFrame("normal_s", 3, 689)
	return randPairTuple(randScale(mean, randSqrt(variance, at), x, at), randPairTuple(a.handler, s))
}

// randScale is Mean + SD * X, raising badarith at frame at.
func randScale(mean Term, sd, x float64, at erlFrame) Term {
	if !IsNumber(mean) {
		return otpRaise(AtomBadarith, nil, at)
	}
	return Add(mean, Float(sd*x))
}

// randSqrt is math:sqrt(V) called from rand at frame under.
func randSqrt(v Term, under erlFrame) float64 {
	f, ok := asFloat(v)
	if ok && f >= 0 {
		return math.Sqrt(f)
	}
	reason := AtomBadarg
	if IsNumber(v) {
		reason = AtomBadarith
	}
	e := NewException(AtomError, reason)
	info := List(NewTuple(atomErrorInfo, NewMap(atomModule, atomErlStdlibErrors)))
	e.head = NewTuple(Intern("math"), Intern("sqrt"), List(v), info)
	e.under = []Term{under.entry(nil)}
	panic(e)
}
