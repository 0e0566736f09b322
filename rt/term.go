package rt

import (
	"math/big"
	"sync/atomic"
	"unsafe"
)

// Term is any Erlang value. The set of implementations is closed: only the
// types in this package satisfy it (see the table in doc.go).
type Term interface {
	isTerm()
}

// Int is the value of a small integer, the Go type that arithmetic on
// integers works in. It is not a Term: BoxInt gives the Term of an Int
// (Small in [MinSmall, MaxSmall], else a *BigInt) and IntOf reads one.
type Int int64

// Small is the Term of an integer in [MinSmall, MaxSmall]: the value is
// kept in the interface's data word itself, as BEAM keeps a small integer
// in a tagged word, so that making, storing and comparing one neither
// allocates nor reads memory (see box.go).
type Small struct{ w unsafe.Pointer }

// BigInt is an integer outside [MinSmall, MaxSmall]. It is immutable once
// built; constructors normalize, so a *BigInt never holds a small value.
type BigInt struct {
	v big.Int
}

// Float is an Erlang float. It is never NaN or infinite.
type Float float64

// Nil is the empty list [].
type Nil struct{}

// Cons is a list cell [Head|Tail]. Tail is Nil{} at the end of a proper list.
type Cons struct {
	Head, Tail Term
}

// Tuple is {E1, ..., En}. Elems must not be modified once the tuple is
// visible to Erlang code.
type Tuple struct {
	Elems []Term
}

// Binary is a bitstring: Data holds the bits, left-aligned, and Trail is the
// number of valid bits in the last byte of Data (1..7), or 0 when the size is
// a whole number of bytes. A binary is a bitstring with Trail == 0. The
// unused low bits of a partial last byte are always zero. Data may share
// its bytes with other binaries (sub-binaries): never modify or append to it.
type Binary struct {
	Data  []byte
	Trail uint8
	ext   *binExt // bits.go: the growable buffer Data lies in, or nil
}

// Pid is a process identifier. It is a handle: one pointer to a cell that
// the process runtime owns, so it is stored in a Term without allocating and
// two Pids are the same process exactly when they are ==.
type Pid struct{ h *pidCell }

// Ref is a reference made by make_ref/0; like Pid, a pointer-shaped handle.
type Ref struct{ h *refCell }

// Port is a port identifier; like Pid, a pointer-shaped handle.
type Port struct{ h *portCell }

// pidCell is what a Pid points to. It outlives its process: proc is cleared
// when the process exits, so that a dead process's memory is collected
// while pids to it survive (as terms in messages, ETS tables, state).
type pidCell struct {
	id   uint64
	proc atomic.Pointer[Process] // the running process; nil once it has exited
}

type refCell struct {
	id    uint64
	alias *aliasCell // set when the reference is (or was) a process alias (alias.go)
}

type portCell struct{ id uint64 }

func (Small) isTerm()   {}
func (*BigInt) isTerm() {}
func (Float) isTerm()   {}
func (Atom) isTerm()    {}
func (Nil) isTerm()     {}
func (*Cons) isTerm()   {}
func (*Tuple) isTerm()  {}
func (*Map) isTerm()    {}
func (*Fun) isTerm()    {}
func (*Binary) isTerm() {}
func (Pid) isTerm()     {}
func (Ref) isTerm()     {}
func (Port) isTerm()    {}

// Compile-time checks that every term type implements Term.
var (
	_ Term = Small{}
	_ Term = (*BigInt)(nil)
	_ Term = Float(0)
	_ Term = Atom{}
	_ Term = Nil{}
	_ Term = (*Cons)(nil)
	_ Term = (*Tuple)(nil)
	_ Term = (*Map)(nil)
	_ Term = (*Fun)(nil)
	_ Term = (*Binary)(nil)
	_ Term = Pid{}
	_ Term = Ref{}
	_ Term = Port{}
)

// Bool returns the atom true or false.
func Bool(b bool) Term {
	if b {
		return True
	}
	return False
}

// IsTrue reports whether t is the atom true (what a guard test needs).
func IsTrue(t Term) bool {
	a, ok := t.(Atom)
	return ok && a == True
}

// emptyTuple is shared by every {}.
var emptyTuple = &Tuple{Elems: []Term{}}

// tupleN types put the Tuple header and its elements in one allocation.
type tuple1 struct {
	t Tuple
	a [1]Term
}
type tuple2 struct {
	t Tuple
	a [2]Term
}
type tuple3 struct {
	t Tuple
	a [3]Term
}
type tuple4 struct {
	t Tuple
	a [4]Term
}
type tuple5 struct {
	t Tuple
	a [5]Term
}
type tuple6 struct {
	t Tuple
	a [6]Term
}

// NewTuple returns the tuple {elems...}. It copies elems, so callers may
// reuse the slice; tuples up to arity 6 take a single allocation.
func NewTuple(elems ...Term) *Tuple {
	switch len(elems) {
	case 0:
		return emptyTuple
	case 1:
		x := &tuple1{}
		copy(x.a[:], elems)
		x.t.Elems = x.a[:]
		return &x.t
	case 2:
		x := &tuple2{}
		copy(x.a[:], elems)
		x.t.Elems = x.a[:]
		return &x.t
	case 3:
		x := &tuple3{}
		copy(x.a[:], elems)
		x.t.Elems = x.a[:]
		return &x.t
	case 4:
		x := &tuple4{}
		copy(x.a[:], elems)
		x.t.Elems = x.a[:]
		return &x.t
	case 5:
		x := &tuple5{}
		copy(x.a[:], elems)
		x.t.Elems = x.a[:]
		return &x.t
	case 6:
		x := &tuple6{}
		copy(x.a[:], elems)
		x.t.Elems = x.a[:]
		return &x.t
	}
	return &Tuple{Elems: append([]Term(nil), elems...)}
}

// TupleOf wraps elems as a tuple without copying: the caller hands over the
// slice and must not modify it afterwards.
func TupleOf(elems []Term) *Tuple {
	if len(elems) == 0 {
		return emptyTuple
	}
	return &Tuple{Elems: elems}
}

// Len is the tuple's arity.
func (t *Tuple) Len() int { return len(t.Elems) }

// At returns element i, counting from 0.
func (t *Tuple) At(i int) Term { return t.Elems[i] }

// NewBinary returns a byte-aligned binary holding data (not copied).
func NewBinary(data []byte) *Binary { return &Binary{Data: data} }

// BitSize is the number of bits in the bitstring.
func (b *Binary) BitSize() int {
	if b.Trail == 0 {
		return len(b.Data) * 8
	}
	return (len(b.Data)-1)*8 + int(b.Trail)
}

// IsBinary reports whether the bitstring is a whole number of bytes.
func (b *Binary) IsBinary() bool { return b.Trail == 0 }

// ID is the number N that the pid prints as <0.N.0>.
func (p Pid) ID() uint64 { return p.h.id }

// ID is the counter that the reference prints as #Ref<0.0.0.N>.
func (r Ref) ID() uint64 { return r.h.id }

// ID is the number N that the port prints as #Port<0.N>.
func (p Port) ID() uint64 { return p.h.id }

// process returns the running process the pid names, or nil if it has
// exited (or the pid is the zero Pid).
func (p Pid) process() *Process {
	if p.h == nil {
		return nil
	}
	return p.h.proc.Load()
}

// IsFalse reports whether t is the atom false.
func IsFalse(t Term) bool {
	a, ok := t.(Atom)
	return ok && a == False
}
