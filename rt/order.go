package rt

import (
	"bytes"
	"cmp"
	"math"
	"math/big"
	"strings"
)

// Erlang's term order between types:
// number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring.
const (
	rankNumber = iota
	rankAtom
	rankRef
	rankFun
	rankPort
	rankPid
	rankTuple
	rankMap
	rankNil
	rankList
	rankBinary
)

func rank(t Term) int {
	switch t.(type) {
	case Small, *BigInt, Float:
		return rankNumber
	case Atom:
		return rankAtom
	case Ref:
		return rankRef
	case *Fun:
		return rankFun
	case Port:
		return rankPort
	case Pid:
		return rankPid
	case *Tuple:
		return rankTuple
	case *Map:
		return rankMap
	case Nil:
		return rankNil
	case *Cons:
		return rankList
	case *Binary:
		return rankBinary
	}
	panic("rt: not a term")
}

// Compare returns -1, 0 or +1 as a is less than, equal to (==) or greater
// than b in Erlang's term order. Integers and floats compare by exact value,
// so 1 and 1.0 compare as equal.
func Compare(a, b Term) int {
	if x, ok := a.(Small); ok { // fast path: two small integers
		if y, ok := b.(Small); ok {
			return cmpInt(x.Int(), y.Int())
		}
	}
	return compare(a, b, false)
}

// CompareKeys is the order of map keys: like Compare, except that numbers
// compare exactly: every integer is less than every float, at any depth.
// That is the order in which maps iterate and print.
func CompareKeys(a, b Term) int {
	return compare(a, b, true)
}

// Equal is Erlang's ==.
func Equal(a, b Term) bool {
	if a == b {
		return true
	}
	return Compare(a, b) == 0
}

// ExactEqual is Erlang's =:=.
func ExactEqual(a, b Term) bool {
	if a == b {
		return true
	}
	return compare(a, b, true) == 0
}

// Less is a < b in term order, for sorting.
func Less(a, b Term) bool { return Compare(a, b) < 0 }

func cmpInt(x, y Int) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

func compare(a, b Term, exact bool) int {
	for {
		ra, rb := rank(a), rank(b)
		if ra != rb {
			return cmpInt(Int(ra), Int(rb))
		}
		// Lists are compared head by head in this loop, not by recursion
		// on the tail, so that long lists do not grow the Go stack.
		ca, ok := a.(*Cons)
		if !ok {
			return compareSame(a, b, exact)
		}
		cb := b.(*Cons)
		if c := compare(ca.Head, cb.Head, exact); c != 0 {
			return c
		}
		a, b = ca.Tail, cb.Tail
	}
}

// compareSame compares two non-list terms of the same rank.
func compareSame(a, b Term, exact bool) int {
	switch x := a.(type) {
	case Small, *BigInt, Float:
		return compareNumbers(x, b, exact)
	case Atom:
		return strings.Compare(x.Name(), b.(Atom).Name())
	case Ref:
		return cmp.Compare(x.h.id, b.(Ref).h.id)
	case Port:
		return cmp.Compare(x.h.id, b.(Port).h.id)
	case Pid:
		return cmp.Compare(x.h.id, b.(Pid).h.id)
	case *Fun:
		return compareFuns(x, b.(*Fun), exact)
	case *Tuple:
		y := b.(*Tuple)
		if c := cmpInt(Int(len(x.Elems)), Int(len(y.Elems))); c != 0 {
			return c
		}
		return compareSlices(x.Elems, y.Elems, exact)
	case *Map:
		return compareMaps(x, b.(*Map), exact)
	case Nil:
		return 0
	case *Binary:
		return compareBits(x, b.(*Binary))
	}
	panic("rt: not a term")
}

func compareSlices(xs, ys []Term, exact bool) int {
	for i := range xs {
		if c := compare(xs[i], ys[i], exact); c != 0 {
			return c
		}
	}
	return 0
}

// compareMaps follows BEAM: by size, then the keys in map-key order (always
// compared exactly), then the values in key order (compared as the caller
// asked, so #{a=>1} == #{a=>1.0}).
func compareMaps(x, y *Map, exact bool) int {
	if c := cmpInt(Int(x.Size()), Int(y.Size())); c != 0 {
		return c
	}
	xk, xv := x.sorted()
	yk, yv := y.sorted()
	for i := range xk {
		if c := compare(xk[i], yk[i], true); c != 0 {
			return c
		}
	}
	return compareSlices(xv, yv, exact)
}

// compareFuns orders local funs before external ones; external funs by
// module, name, arity; local funs by module, index, uniq, then environment.
func compareFuns(x, y *Fun, exact bool) int {
	if x.External != y.External {
		if x.External {
			return 1
		}
		return -1
	}
	if c := strings.Compare(x.Module.Name(), y.Module.Name()); c != 0 {
		return c
	}
	if x.External {
		if c := strings.Compare(x.Name.Name(), y.Name.Name()); c != 0 {
			return c
		}
		return cmpInt(Int(x.Arity), Int(y.Arity))
	}
	if c := cmpInt(Int(x.Index), Int(y.Index)); c != 0 {
		return c
	}
	if c := cmpInt(Int(x.Uniq), Int(y.Uniq)); c != 0 {
		return c
	}
	if c := cmpInt(Int(len(x.Env)), Int(len(y.Env))); c != 0 {
		return c
	}
	return compareSlices(x.Env, y.Env, exact)
}

// compareBits orders bitstrings bit by bit; a proper prefix comes first.
func compareBits(x, y *Binary) int {
	xn, yn := x.BitSize(), y.BitSize()
	whole := min(xn, yn) / 8
	if c := bytes.Compare(x.Data[:whole], y.Data[:whole]); c != 0 {
		return c
	}
	if rest := min(xn, yn) - whole*8; rest > 0 {
		mask := byte(0xff << (8 - rest))
		if c := cmp.Compare(uint64(x.Data[whole]&mask), uint64(y.Data[whole]&mask)); c != 0 {
			return c
		}
	}
	return cmpInt(Int(xn), Int(yn))
}

// compareNumbers compares two numbers by exact value. In exact (map-key)
// mode an integer is always less than a float. A *BigInt is beyond every
// Small in magnitude, so its sign orders it against one.
func compareNumbers(a, b Term, exact bool) int {
	switch x := a.(type) {
	case Small:
		switch y := b.(type) {
		case Small:
			return cmpInt(x.Int(), y.Int())
		case *BigInt:
			return -y.v.Sign()
		case Float:
			if exact {
				return -1
			}
			return cmpIntFloat(x.Int(), y)
		}
	case *BigInt:
		switch y := b.(type) {
		case Small:
			return x.v.Sign()
		case *BigInt:
			return x.v.Cmp(&y.v)
		case Float:
			if exact {
				return -1
			}
			return cmpBigFloat(&x.v, float64(y))
		}
	case Float:
		switch y := b.(type) {
		case Small:
			if exact {
				return 1
			}
			return -cmpIntFloat(y.Int(), x)
		case *BigInt:
			if exact {
				return 1
			}
			return -cmpBigFloat(&y.v, float64(x))
		case Float:
			return cmp.Compare(float64(x), float64(y))
		}
	}
	panic("rt: not a number")
}

// cmpIntFloat compares exactly: int64 to float64 conversion rounds above 2^53.
func cmpIntFloat(x Int, y Float) int {
	const exactLimit = 1 << 53
	if x > -exactLimit && x < exactLimit {
		return cmp.Compare(float64(x), float64(y))
	}
	switch f := float64(y); {
	case f >= 1<<63: // beyond every int64
		return -1
	case f < -(1 << 63):
		return 1
	}
	// |y| < 2^63 and |x| >= 2^53: compare integer parts, then the fraction.
	t := math.Trunc(float64(y))
	if c := cmpInt(x, Int(t)); c != 0 {
		return c
	}
	return cmp.Compare(0, float64(y)-t)
}

func cmpBigFloat(x *big.Int, y float64) int {
	var fx, fy big.Float
	fx.SetPrec(uint(max(64, x.BitLen()))).SetInt(x)
	fy.SetFloat64(y)
	return fx.Cmp(&fy)
}
