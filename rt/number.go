package rt

import "math"

// Ints returns the values of a and b when both are small integers: the
// inlinable test generated code uses to put an integer fast path in line,
// e.g. for N < 2:
//
//	if x, y, ok := rt.Ints(n, two); ok { lt = x < y } else { lt = rt.Lt(n, two) }
func Ints(a, b Term) (Int, Int, bool) {
	x, ok1 := a.(Small)
	y, ok2 := b.(Small)
	return x.Int(), y.Int(), ok1 && ok2
}

// Lt is A < B.
func Lt(a, b Term) bool {
	if x, y, ok := Ints(a, b); ok {
		return x < y
	}
	return compare(a, b, false) < 0
}

// Le is A =< B.
func Le(a, b Term) bool {
	if x, y, ok := Ints(a, b); ok {
		return x <= y
	}
	return compare(a, b, false) <= 0
}

// Gt is A > B.
func Gt(a, b Term) bool { return Lt(b, a) }

// Ge is A >= B.
func Ge(a, b Term) bool { return Le(b, a) }

// IsNumber reports whether t is an integer or a float.
func IsNumber(t Term) bool {
	switch t.(type) {
	case Small, *BigInt, Float:
		return true
	}
	return false
}

// IsInteger reports whether t is an integer (small or big).
func IsInteger(t Term) bool {
	switch t.(type) {
	case Small, *BigInt:
		return true
	}
	return false
}

// Abs is erlang:abs/1; badarg for non-numbers, as the BIF.
func Abs(t Term) Term {
	switch x := t.(type) {
	case Small:
		if n := x.Int(); n < 0 {
			return BoxInt(-n) // abs(MinSmall) is a *BigInt
		}
		return t
	case Float:
		if x < 0 { // BEAM negates below zero only: abs(-0.0) is -0.0
			return -x
		}
		return x
	case *BigInt:
		if x.v.Sign() >= 0 {
			return x
		}
		r := new(BigInt)
		r.v.Neg(&x.v)
		return r.norm()
	}
	return Badarg()
}

// ToFloat is erlang:float/1: badarg for non-numbers and for integers beyond
// the float range.
func ToFloat(t Term) Term {
	if f, ok := asFloat(t); ok {
		return Float(f)
	}
	return Badarg()
}

// asFloat converts a number to float64; it fails for non-numbers and for
// integers beyond the float range. Each caller raises its own error.
func asFloat(t Term) (float64, bool) {
	switch x := t.(type) {
	case Float:
		return float64(x), true
	case Small:
		return float64(x.Int()), true
	case *BigInt:
		return bigToFloat(&x.v)
	}
	return 0, false
}

// roundWith applies a float-to-integral function for round/trunc/floor/ceil;
// integers pass through and other terms raise badarg.
func roundWith(t Term, f func(float64) float64) Term {
	switch x := t.(type) {
	case Small, *BigInt:
		return x
	case Float:
		return floatToInt(f(float64(x)))
	}
	return Badarg()
}

// Round is erlang:round/1: halves round away from zero.
func Round(t Term) Term { return roundWith(t, math.Round) }

// Trunc is erlang:trunc/1.
func Trunc(t Term) Term { return roundWith(t, math.Trunc) }

// Floor is erlang:floor/1.
func Floor(t Term) Term { return roundWith(t, math.Floor) }

// Ceil is erlang:ceil/1.
func Ceil(t Term) Term { return roundWith(t, math.Ceil) }
