package rt

import "math"

// The math module (BIFs on BEAM): arguments are any numbers, results are
// floats; a non-number raises badarg and a result that is not a finite
// float (sqrt(-1), log(0), exp(1000)) raises badarith, as on BEAM. exp,
// log, log2, log10 and pow give glibc's results, as BEAM does
// (math_cr.go); the others are Go's math package, which is not the C
// library BEAM calls, so their results may differ in the last bit (acos(0.3)
// is 1.266103672779499, BEAM 1.2661036727794992; sin, cos and tan differ
// for a quarter of arguments, asin, acos and atan for a third).

var atomMath = Intern("math")

func mathError(reason Term, fun string, args ...Term) Term {
	e := NewException(AtomError, reason)
	info := NewMap(atomModule, Intern("erl_stdlib_errors"))
	e.head = NewTuple(atomMath, Intern(fun), List(args...), List(NewTuple(atomErrorInfo, info)))
	panic(e)
}

// mathArg is x as a float64, or badarg from math:fun(args).
func mathArg(x Term, fun string, args ...Term) float64 {
	f, ok := asFloat(x)
	if !ok {
		mathError(AtomBadarg, fun, args...)
	}
	return f
}

// mathResult is r as a Term, or badarith when r is NaN or infinite.
func mathResult(r float64, fun string, args ...Term) Term {
	if math.IsNaN(r) || math.IsInf(r, 0) {
		return mathError(AtomBadarith, fun, args...)
	}
	return Float(r)
}

func math1(fun string, x Term, f func(float64) float64) Term {
	return mathResult(f(mathArg(x, fun, x)), fun, x)
}

func math2(fun string, x, y Term, f func(float64, float64) float64) Term {
	a, b := mathArg(x, fun, x, y), mathArg(y, fun, x, y)
	return mathResult(f(a, b), fun, x, y)
}

// MathPi0 is math:pi().
func MathPi0(p *Process) Term { return Float(math.Pi) }

// MathSqrt1 is math:sqrt(X).
func MathSqrt1(p *Process, x Term) Term { return math1("sqrt", x, math.Sqrt) }

// MathExp1 is math:exp(X).
func MathExp1(p *Process, x Term) Term { return math1("exp", x, crExp) }

// MathLog1 is math:log(X).
func MathLog1(p *Process, x Term) Term { return math1("log", x, crLog) }

// MathLog21 is math:log2(X).
func MathLog21(p *Process, x Term) Term { return math1("log2", x, crLog2) }

// MathLog101 is math:log10(X).
func MathLog101(p *Process, x Term) Term { return math1("log10", x, crLog10) }

// MathSin1 is math:sin(X).
func MathSin1(p *Process, x Term) Term { return math1("sin", x, math.Sin) }

// MathCos1 is math:cos(X).
func MathCos1(p *Process, x Term) Term { return math1("cos", x, math.Cos) }

// MathTan1 is math:tan(X).
func MathTan1(p *Process, x Term) Term { return math1("tan", x, math.Tan) }

// MathAsin1 is math:asin(X).
func MathAsin1(p *Process, x Term) Term { return math1("asin", x, math.Asin) }

// MathAcos1 is math:acos(X).
func MathAcos1(p *Process, x Term) Term { return math1("acos", x, math.Acos) }

// MathAtan1 is math:atan(X).
func MathAtan1(p *Process, x Term) Term { return math1("atan", x, math.Atan) }

// MathSinh1 is math:sinh(X).
func MathSinh1(p *Process, x Term) Term { return math1("sinh", x, math.Sinh) }

// MathCosh1 is math:cosh(X).
func MathCosh1(p *Process, x Term) Term { return math1("cosh", x, math.Cosh) }

// MathTanh1 is math:tanh(X).
func MathTanh1(p *Process, x Term) Term { return math1("tanh", x, math.Tanh) }

// MathAsinh1 is math:asinh(X).
func MathAsinh1(p *Process, x Term) Term { return math1("asinh", x, math.Asinh) }

// MathAcosh1 is math:acosh(X).
func MathAcosh1(p *Process, x Term) Term { return math1("acosh", x, math.Acosh) }

// MathAtanh1 is math:atanh(X).
func MathAtanh1(p *Process, x Term) Term { return math1("atanh", x, math.Atanh) }

// MathErf1 is math:erf(X).
func MathErf1(p *Process, x Term) Term { return math1("erf", x, math.Erf) }

// MathErfc1 is math:erfc(X).
func MathErfc1(p *Process, x Term) Term { return math1("erfc", x, math.Erfc) }

// MathFloor1 is math:floor(X), a float.
func MathFloor1(p *Process, x Term) Term { return math1("floor", x, math.Floor) }

// MathCeil1 is math:ceil(X), a float.
func MathCeil1(p *Process, x Term) Term { return math1("ceil", x, math.Ceil) }

// MathAtan22 is math:atan2(Y, X).
func MathAtan22(p *Process, y, x Term) Term { return math2("atan2", y, x, math.Atan2) }

// MathPow2 is math:pow(X, Y).
func MathPow2(p *Process, x, y Term) Term { return math2("pow", x, y, crPow) }

// MathFmod2 is math:fmod(X, Y).
func MathFmod2(p *Process, x, y Term) Term { return math2("fmod", x, y, math.Mod) }

func init() {
	RegisterModule("math",
		Export("pi", 0, MathPi0),
		Export("sqrt", 1, MathSqrt1),
		Export("exp", 1, MathExp1),
		Export("log", 1, MathLog1),
		Export("log2", 1, MathLog21),
		Export("log10", 1, MathLog101),
		Export("sin", 1, MathSin1),
		Export("cos", 1, MathCos1),
		Export("tan", 1, MathTan1),
		Export("asin", 1, MathAsin1),
		Export("acos", 1, MathAcos1),
		Export("atan", 1, MathAtan1),
		Export("sinh", 1, MathSinh1),
		Export("cosh", 1, MathCosh1),
		Export("tanh", 1, MathTanh1),
		Export("asinh", 1, MathAsinh1),
		Export("acosh", 1, MathAcosh1),
		Export("atanh", 1, MathAtanh1),
		Export("erf", 1, MathErf1),
		Export("erfc", 1, MathErfc1),
		Export("floor", 1, MathFloor1),
		Export("ceil", 1, MathCeil1),
		Export("atan2", 2, MathAtan22),
		Export("pow", 2, MathPow2),
		Export("fmod", 2, MathFmod2),
	)
}
