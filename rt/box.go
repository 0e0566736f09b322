package rt

import (
	"strconv"
	"unsafe"
)

// Small integers without allocation.
//
// An interface holds a pointer-shaped value (a pointer, or a struct of one
// pointer) in its data word directly; any other value is copied to the heap
// and the data word points at the copy, so an int64 in a Term would cost an
// allocation and, at every use, a load from wherever the copy lies. Small
// is pointer-shaped: its word w is the integer v itself, encoded as
//
//	w = uint64(v) + 1<<63   for v in [MinSmall, MaxSmall] = [-2^62, 2^62)
//
// which puts w in [2^62, 3*2^62). No Go heap, stack or data lies there on
// any 64-bit platform (Go's heap addresses have at most 48 bits, 57 with
// 5-level page tables), so the garbage collector, finding no object at w,
// ignores it as it ignores any pointer to memory it does not manage; w is
// never dereferenced. Equal integers have equal words, so == on Terms and
// Terms as Go map keys keep working.

const (
	// MinSmall and MaxSmall bound the integers a Small holds; integers
	// outside are *BigInt.
	MinSmall = -1 << 62
	MaxSmall = 1<<62 - 1

	smallBias = 1 << 63
)

// Compile-time check that a pointer is 64 bits: the encoding needs them.
var _ [unsafe.Sizeof(uintptr(0)) - 8]struct{}

// IsSmall reports whether x fits a Small.
func IsSmall(x Int) bool { return uint64(x)+1<<62 < 1<<63 }

// BoxInt returns the Term of x: a Small without allocating, or a *BigInt
// outside [MinSmall, MaxSmall].
func BoxInt(x Int) Term {
	if uint64(x)+1<<62 < 1<<63 { // IsSmall(x), written out to stay within the inliner's budget
		return Small{unsafe.Add(nil, uint64(x)+smallBias)} // smallOf(x), written out for the inliner's budget
	}
	return bigOfInt(x)
}

// smallOf is the Small of x, which the caller knows to be in [MinSmall,
// MaxSmall]: BoxInt without its range test, for the paths that have made
// it already or whose result cannot leave the range.
func smallOf(x Int) Small { return Small{unsafe.Add(nil, uint64(x)+smallBias)} }

// bigOfInt is the *BigInt of an int64 outside the small range.
//
//go:noinline
func bigOfInt(x Int) Term {
	r := new(BigInt)
	r.v.SetInt64(int64(x))
	return r
}

// Int is the value of s.
func (s Small) Int() Int { return Int(uintptr(s.w) - smallBias) }

// IntOf returns the value of t and true when t is a small integer; false
// for anything else, *BigInt included.
func IntOf(t Term) (Int, bool) {
	s, ok := t.(Small)
	return Int(uintptr(s.w) - smallBias), ok
}

// String is the decimal value, for Go's fmt (test failures, debugging).
func (s Small) String() string { return strconv.FormatInt(int64(s.Int()), 10) }
