package rt

import (
	"math"
	"math/big"
)

// Arithmetic operators with Erlang's semantics. Each has a fast path for two
// Smalls, small enough to be inlined into generated code, and an out-of-line
// slow path for results beyond the small range, bignums, floats and errors
// (badarith).

// Add is A + B.
func Add(a, b Term) Term {
	if r, ok := AddFast(a, b); ok {
		return r
	}
	return addSlow(a, b)
}

// AddFast is the inlinable fast path of Add: A + B when both are Smalls
// and so is the sum (two Smalls cannot overflow int64), with ok false
// otherwise (then call Add). The general operators cannot be inlined (any
// call in a Go function exceeds the inliner's budget), so generated code
// that wants the fast path in line writes
// `r, ok := rt.AddFast(a, b); if !ok { r = rt.Add(a, b) }`.
func AddFast(a, b Term) (Term, bool) {
	x, ok1 := a.(Small)
	y, ok2 := b.(Small)
	if s := x.Int() + y.Int(); ok1 && ok2 && IsSmall(s) {
		return smallOf(s), true
	}
	return nil, false
}

// Sub is A - B.
func Sub(a, b Term) Term {
	if r, ok := SubFast(a, b); ok {
		return r
	}
	return subSlow(a, b)
}

// SubFast is the inlinable fast path of Sub (see AddFast).
func SubFast(a, b Term) (Term, bool) {
	x, ok1 := a.(Small)
	y, ok2 := b.(Small)
	if d := x.Int() - y.Int(); ok1 && ok2 && IsSmall(d) {
		return smallOf(d), true
	}
	return nil, false
}

// Mul is A * B.
func Mul(a, b Term) Term {
	if r, ok := MulFast(a, b); ok {
		return r
	}
	return mulSlow(a, b)
}

// MulFast is the inlinable fast path of Mul (see AddFast): it handles two
// factors in [-2^30, 2^30), whose product is a Small (|x*y| <= 2^60).
func MulFast(a, b Term) (Term, bool) {
	x, ok1 := a.(Small)
	y, ok2 := b.(Small)
	if p, q := x.Int(), y.Int(); ok1 && ok2 && uint64(p)+1<<30 < 1<<31 && uint64(q)+1<<30 < 1<<31 {
		return smallOf(p * q), true
	}
	return nil, false
}

//go:noinline
func addSlow(a, b Term) Term {
	if r, ok := numOp(a, b, (*big.Int).Add, func(x, y float64) float64 { return x + y }); ok {
		return r
	}
	return arithError(AtomBadarith, "+", a, b)
}

//go:noinline
func subSlow(a, b Term) Term {
	if r, ok := numOp(a, b, (*big.Int).Sub, func(x, y float64) float64 { return x - y }); ok {
		return r
	}
	return arithError(AtomBadarith, "-", a, b)
}

//go:noinline
func mulSlow(a, b Term) Term {
	if x, y, ok := Ints(a, b); ok && x != 0 {
		if p := x * y; p/x == y { // no overflow (neither is MinInt64)
			return BoxInt(p)
		}
	}
	if r, ok := numOp(a, b, (*big.Int).Mul, func(x, y float64) float64 { return x * y }); ok {
		return r
	}
	return arithError(AtomBadarith, "*", a, b)
}

// numOp applies an integer operation when both are integers, else a float
// operation after converting both to float. ok is false when BEAM raises
// badarith: an operand is no number, an integer is beyond the float range,
// or the float result is not finite.
func numOp(a, b Term, iop func(z, x, y *big.Int) *big.Int, fop func(x, y float64) float64) (r Term, ok bool) {
	_, fa := a.(Float)
	_, fb := b.(Float)
	if !fa && !fb {
		if !isInteger(a) || !isInteger(b) {
			return nil, false
		}
		return bigOp(a, b, iop), true
	}
	x, ok1 := asFloat(a)
	y, ok2 := asFloat(b)
	if !ok1 || !ok2 {
		return nil, false
	}
	f := fop(x, y)
	return Float(f), !math.IsInf(f, 0) && !math.IsNaN(f)
}

// isNumber reports whether t is an integer or a float.
func isNumber(t Term) bool {
	_, f := t.(Float)
	return f || isInteger(t)
}

// isInteger reports whether t is a Small or a *BigInt.
func isInteger(t Term) bool {
	switch t.(type) {
	case Small, *BigInt:
		return true
	}
	return false
}

// arithError raises error:Reason from the operator erlang:Op applied to
// args: BEAM's trace then starts with {erlang, Op, Args, [{error_info,
// ...}]}, above the function that used the operator.
func arithError(reason Term, op string, args ...Term) Term {
	return BIFError(reason, op, args...)
}

// toFloatArith converts a number for float arithmetic, raising badarith
// for non-numbers and for integers beyond the float range. BEAM compiles
// / to float instructions, which raise with no operator entry in the trace.
func toFloatArith(t Term) float64 {
	f, ok := asFloat(t)
	if !ok {
		Badarith()
	}
	return f
}

// checkFloat raises badarith for a NaN or infinite result, which Erlang
// floats never hold.
func checkFloat(f float64) Term {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return Badarith()
	}
	return Float(f)
}

// FDiv is A / B: always a float.
func FDiv(a, b Term) Term {
	x, y := toFloatArith(a), toFloatArith(b)
	if y == 0 {
		return Badarith()
	}
	return checkFloat(x / y)
}

// IntDiv is A div B, truncating toward zero. Of two Smalls only
// MinSmall div -1 leaves the small range, and BoxInt makes it a *BigInt.
func IntDiv(a, b Term) Term {
	if x, ok := IntOf(a); ok {
		if y, ok := IntOf(b); ok && y != 0 {
			return BoxInt(x / y)
		}
	}
	return intDivSlow(a, b)
}

//go:noinline
func intDivSlow(a, b Term) Term {
	if isZero(b) || !isInteger(a) || !isInteger(b) {
		return arithError(AtomBadarith, "div", a, b)
	}
	return bigOp(a, b, (*big.Int).Quo)
}

// Rem is A rem B; the result has the sign of A, and is smaller than B in
// magnitude, so a Small when B is.
func Rem(a, b Term) Term {
	if x, ok := IntOf(a); ok {
		if y, ok := IntOf(b); ok && y != 0 {
			return smallOf(x % y)
		}
	}
	return remSlow(a, b)
}

//go:noinline
func remSlow(a, b Term) Term {
	if isZero(b) || !isInteger(a) || !isInteger(b) {
		return arithError(AtomBadarith, "rem", a, b)
	}
	return bigOp(a, b, (*big.Int).Rem)
}

func isZero(t Term) bool {
	x, ok := IntOf(t)
	return ok && x == 0
}

// Neg is -A.
func Neg(a Term) Term {
	switch x := a.(type) {
	case Small:
		return BoxInt(-x.Int()) // -MinSmall is a *BigInt
	case Float:
		return -x
	case *BigInt:
		r := new(BigInt) // -(MaxSmall+1) is a Small
		r.v.Neg(&x.v)
		return r.norm()
	}
	return arithError(AtomBadarith, "-", a)
}

// Plus is +A: A itself if it is a number. BEAM raises badarith for
// anything else with no operator entry in the trace.
func Plus(a Term) Term {
	switch a.(type) {
	case Small, *BigInt, Float:
		return a
	}
	return Badarith()
}

// Band is A band B.
func Band(a, b Term) Term {
	if x, ok := IntOf(a); ok {
		if y, ok := IntOf(b); ok {
			return smallOf(x & y) // both in range, so is the result
		}
	}
	return bitOp(a, b, "band", (*big.Int).And)
}

// Bor is A bor B.
func Bor(a, b Term) Term {
	if x, ok := IntOf(a); ok {
		if y, ok := IntOf(b); ok {
			return smallOf(x | y) // both in range, so is the result
		}
	}
	return bitOp(a, b, "bor", (*big.Int).Or)
}

// Bxor is A bxor B.
func Bxor(a, b Term) Term {
	if x, ok := IntOf(a); ok {
		if y, ok := IntOf(b); ok {
			return smallOf(x ^ y) // both in range, so is the result
		}
	}
	return bitOp(a, b, "bxor", (*big.Int).Xor)
}

// Bnot is bnot A.
func Bnot(a Term) Term {
	switch x := a.(type) {
	case Small:
		return smallOf(^x.Int())
	case *BigInt:
		r := new(BigInt)
		r.v.Not(&x.v)
		return r.norm()
	}
	return arithError(AtomBadarith, "bnot", a)
}

// bitOp is the general case of band, bor and bxor: integers of any size,
// else badarith from the operator op.
//
//go:noinline
func bitOp(a, b Term, op string, iop func(z, x, y *big.Int) *big.Int) Term {
	if !isInteger(a) || !isInteger(b) {
		return arithError(AtomBadarith, op, a, b)
	}
	return bigOp(a, b, iop)
}

// maxShift bounds the size of shift results; beyond it BEAM raises
// system_limit rather than trying to build the integer.
const maxShift = 1 << 32

// Bsl is A bsl B (a negative B shifts right).
func Bsl(a, b Term) Term {
	if x, ok := IntOf(a); ok {
		if n, ok := IntOf(b); ok && n >= 0 && n < 63 {
			if r := x << n; r>>n == x {
				return BoxInt(r)
			}
		}
	}
	return shiftSlow(a, b, false)
}

// Bsr is A bsr B: an arithmetic shift, so negative A stays negative.
func Bsr(a, b Term) Term {
	if x, ok := IntOf(a); ok {
		if n, ok := IntOf(b); ok && n >= 0 {
			return smallOf(x >> min(n, 63))
		}
	}
	return shiftSlow(a, b, true)
}

//go:noinline
func shiftSlow(a, b Term, right bool) Term {
	var tmp big.Int
	x, ok := bigOf(a, &tmp)
	var n int64
	switch y := b.(type) {
	case Small:
		n = int64(y.Int())
	case *BigInt: // a huge shift: all bits go, or the result is too large
		n = int64(y.v.Sign()) * (maxShift + 1)
	default:
		ok = false
	}
	op := "bsl"
	if right {
		op = "bsr"
	}
	if !ok {
		return arithError(AtomBadarith, op, a, b)
	}
	if right {
		n = -n
	}
	r := new(BigInt)
	switch {
	case n > maxShift:
		if x.Sign() == 0 {
			return BoxInt(0)
		}
		return arithError(AtomSystemLimit, op, a, b)
	case n >= 0:
		r.v.Lsh(x, uint(n))
	case n < -maxShift:
		if x.Sign() < 0 {
			return BoxInt(-1)
		}
		return BoxInt(0)
	default:
		r.v.Rsh(x, uint(-n))
	}
	return r.norm()
}

// BEAM's JIT adds a small integer constant (X + C, C + X) and subtracts a
// non-negative one (X - C) in line, and its error path raises badarith
// with no operator entry in the trace; other constants go through the
// operator, whose entry is on top ({erlang, '+', [X, C], ...}). Small is
// BEAM's small integer: 60 bits on a 64-bit machine.
const (
	beamSmallMin = -1 << 59
	beamSmallMax = 1<<59 - 1
)

// addConst is the general case of A + C for a constant C (rt.AddInt).
func addConst(a Term, c Int) Term {
	if c < beamSmallMin || c > beamSmallMax || isNumber(a) {
		return Add(a, BoxInt(c))
	}
	return Badarith()
}

// subConst is the general case of A - C for a constant C (rt.SubInt).
func subConst(a Term, c Int) Term {
	if c < 0 || c > beamSmallMax || isNumber(a) {
		return Sub(a, BoxInt(c))
	}
	return Badarith()
}
