package rt

// Float arithmetic as BEAM compiles it. When the compiler knows that an
// operand of +, -, * or / is a float (a float literal, the result of
// another such operation), it emits float instructions: the other operand
// is converted in line, and a non-number, an integer beyond the float range
// or a result that is not finite raises badarith with no {erlang, Op, Args,
// ...} entry on top of the trace, where the operator called as a BIF puts
// one (rt.Add). The generator uses these functions for such operations
// (translate/gen/arith.go).

// FAdd is A + B computed as floats.
func FAdd(a, b Term) Term {
	if x, ok := a.(Float); ok {
		if y, ok := b.(Float); ok {
			return checkFloat(float64(x) + float64(y))
		}
	}
	return checkFloat(toFloatArith(a) + toFloatArith(b))
}

// FSub is A - B computed as floats.
func FSub(a, b Term) Term {
	if x, ok := a.(Float); ok {
		if y, ok := b.(Float); ok {
			return checkFloat(float64(x) - float64(y))
		}
	}
	return checkFloat(toFloatArith(a) - toFloatArith(b))
}

// FMul is A * B computed as floats.
func FMul(a, b Term) Term {
	if x, ok := a.(Float); ok {
		if y, ok := b.(Float); ok {
			return checkFloat(float64(x) * float64(y))
		}
	}
	return checkFloat(toFloatArith(a) * toFloatArith(b))
}
