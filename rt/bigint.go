package rt

import (
	"math"
	"math/big"
)

// norm returns r as a Term, a Small when it fits: the invariant that a
// *BigInt never holds a value in [MinSmall, MaxSmall] is kept here, by
// every constructor.
func (r *BigInt) norm() Term {
	if r.v.IsInt64() {
		if x := Int(r.v.Int64()); IsSmall(x) {
			return smallOf(x)
		}
	}
	return r
}

// Big returns the value as a *big.Int that the caller must not modify.
func (r *BigInt) Big() *big.Int { return &r.v }

// String is the decimal text.
func (r *BigInt) String() string { return r.v.String() }

// IntFromBig returns the integer x as a Term (Small or *BigInt); x is
// copied.
func IntFromBig(x *big.Int) Term {
	if x.IsInt64() {
		return BoxInt(Int(x.Int64()))
	}
	r := new(BigInt)
	r.v.Set(x)
	return r
}

// ParseInt returns the integer written in base 10 (for the generator's big
// integer literals); it panics on malformed text.
func ParseInt(s string) Term {
	r := new(BigInt)
	if _, ok := r.v.SetString(s, 10); !ok {
		panic("rt: bad integer literal " + s)
	}
	return r.norm()
}

// bigOf returns an integer Term as a *big.Int; tmp provides the storage for
// small integers. ok is false for non-integers.
func bigOf(t Term, tmp *big.Int) (*big.Int, bool) {
	switch x := t.(type) {
	case Small:
		return tmp.SetInt64(int64(x.Int())), true
	case *BigInt:
		return &x.v, true
	}
	return nil, false
}

// bigToFloat converts exactly-or-nearest; ok is false when the integer is
// beyond the float range (BEAM raises there).
func bigToFloat(x *big.Int) (float64, bool) {
	f, _ := new(big.Float).SetInt(x).Float64()
	return f, !math.IsInf(f, 0)
}

// floatToInt converts an integral float to an integer Term.
func floatToInt(f float64) Term {
	if f >= -(1<<63) && f < 1<<63 {
		return BoxInt(Int(f))
	}
	r := new(BigInt)
	new(big.Float).SetFloat64(f).Int(&r.v)
	return r.norm()
}

// bigOp applies a big.Int operation to two integer Terms; it raises
// badarith when either is not an integer.
func bigOp(a, b Term, op func(z, x, y *big.Int) *big.Int) Term {
	var ta, tb big.Int
	x, ok1 := bigOf(a, &ta)
	y, ok2 := bigOf(b, &tb)
	if !ok1 || !ok2 {
		return Badarith()
	}
	r := new(BigInt)
	op(&r.v, x, y)
	return r.norm()
}
