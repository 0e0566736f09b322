package rt

import "math"

// The random module, OTP's deprecated Wichmann-Hill generator (AS183):
// three small multiplicative congruential generators whose sum of
// fractions, taken modulo 1, is the draw. The state is {A1, A2, A3} in
// the process dictionary under random_seed; a process that never seeded
// starts from seed0(). The arithmetic is Erlang's, on any integers, so
// odd states a program puts there itself behave as on BEAM.

var (
	atomRandomSeed = Intern("random_seed")
	randomPrimes   = [3]Int{30269, 30307, 30323}
	randomMuls     = [3]Int{171, 172, 170}
)

// randomError raises function_clause from random:fun(args...), at the
// first line of the function in OTP 25's random.erl.
func randomError(fun string, args ...Term) Term {
	line := map[string]int{"seed": 68, "uniform": 119, "uniform_s": 132 + 16*(len(args)-1)}[fun]
	return otpRaise(AtomFunctionClause, List(args...), erlFrame{"random", fun, len(args), line})
}

// RandomSeed00 is random:seed0().
func RandomSeed00(p *Process) Term {
	return NewTuple(BoxInt(3172), BoxInt(9814), BoxInt(20125))
}

// RandomSeed0 is random:seed(): the default seed, returning the previous
// state or, when there was none, the default.
func RandomSeed0(p *Process) Term {
	switch old := ErlangPut2(p, atomRandomSeed, RandomSeed00(p)).(type) {
	case Atom:
		if old == Undefined {
			return RandomSeed00(p)
		}
	case *Tuple:
		if len(old.Elems) == 3 {
			return old
		}
	}
	return CaseClause(ErlangGet1(p, atomRandomSeed))
}

// RandomSeed1 is random:seed(Int) or random:seed({A1, A2, A3}).
func RandomSeed1(p *Process, t Term) Term {
	if IsInteger(t) {
		a1 := Band(Bsr(t, BoxInt(16)), BoxInt(0xfffffff))
		a2 := Band(t, BoxInt(0xffffff))
		a3 := Bor(Bsr(t, BoxInt(36)), Bsr(a2, BoxInt(16)))
		return RandomSeed3(p, a1, a2, a3)
	}
	if tp, ok := t.(*Tuple); ok && len(tp.Elems) == 3 {
		return RandomSeed3(p, tp.Elems[0], tp.Elems[1], tp.Elems[2])
	}
	return randomError("seed", t)
}

// RandomSeed3 is random:seed(A1, A2, A3): the previous state or undefined.
func RandomSeed3(p *Process, a1, a2, a3 Term) Term {
	var s [3]Term
	for i, a := range [3]Term{a1, a2, a3} {
		s[i] = Add(Rem(Abs(a), BoxInt(randomPrimes[i]-1)), BoxInt(1))
	}
	return ErlangPut2(p, atomRandomSeed, NewTuple(s[:]...))
}

// randomStep is one step of the three generators and the draw.
func randomStep(st Term) (float64, Term, bool) {
	t, ok := st.(*Tuple)
	if !ok || len(t.Elems) != 3 {
		return 0, nil, false
	}
	var b [3]Term
	r := 0.0
	for i, a := range t.Elems {
		b[i] = Rem(Mul(a, BoxInt(randomMuls[i])), BoxInt(randomPrimes[i]))
		r += float64(FDiv(b[i], BoxInt(randomPrimes[i])).(Float))
	}
	return r - math.Trunc(r), NewTuple(b[:]...), true
}

// RandomUniform0 is random:uniform().
func RandomUniform0(p *Process) Term {
	st := ErlangGet1(p, atomRandomSeed)
	if st == Undefined {
		st = RandomSeed00(p)
	}
	x, next, ok := randomStep(st)
	if !ok {
		return Badmatch(st)
	}
	ErlangPut2(p, atomRandomSeed, next)
	return Float(x)
}

// RandomUniform1 is random:uniform(N).
func RandomUniform1(p *Process, n Term) Term {
	if !IsInteger(n) || Lt(n, smallOf(1)) {
		return randomError("uniform", n)
	}
	return randomScale(float64(RandomUniform0(p).(Float)), n)
}

// randomScale is trunc(F * N) + 1.
func randomScale(f float64, n Term) Term {
	return Add(Trunc(Mul(Float(f), n)), smallOf(1))
}

// RandomUniformS1 is random:uniform_s(State).
func RandomUniformS1(p *Process, st Term) Term {
	x, next, ok := randomStep(st)
	if !ok {
		return randomError("uniform_s", st)
	}
	return NewTuple(Float(x), next)
}

// RandomUniformS2 is random:uniform_s(N, State).
func RandomUniformS2(p *Process, n, st Term) Term {
	if !IsInteger(n) || Lt(n, smallOf(1)) {
		return randomError("uniform_s", n, st)
	}
	x, next, ok := randomStep(st)
	if !ok {
		return otpRaise(AtomFunctionClause, List(st), erlFrame{"random", "uniform_s", 1, 132},
			erlFrame{"random", "uniform_s", 2, 149})
	}
	return NewTuple(randomScale(x, n), next)
}

func init() {
	RegisterModule("random",
		Export("seed0", 0, RandomSeed00),
		Export("seed", 0, RandomSeed0),
		Export("seed", 1, RandomSeed1),
		Export("seed", 3, RandomSeed3),
		Export("uniform", 0, RandomUniform0),
		Export("uniform", 1, RandomUniform1),
		Export("uniform_s", 1, RandomUniformS1),
		Export("uniform_s", 2, RandomUniformS2),
	)
}
