package rt

// The external term format (ETF) of erlang:term_to_binary/1,2, version 131,
// written byte for byte as OTP 25 writes it: latin1 atoms as ATOM_EXT,
// others as SMALL_ATOM_UTF8_EXT; integers as SMALL_INTEGER_EXT, INTEGER_EXT
// or SMALL/LARGE_BIG_EXT; floats as NEW_FLOAT_EXT (FLOAT_EXT for
// {minor_version, 0}); lists of bytes as STRING_EXT; map pairs in BEAM's
// order (Map.RangeListOrder).
//
// Pids, references and ports are written in BEAM's layout for the local
// node, and local funs as NEW_FUN_EXT (etf_fun.go). The reader
// (etf_decode.go, etf_ids.go, etf_fun.go) reads all of these forms and the
// older ones, except the identifiers of other nodes; a local fun read back
// is equal to the original but cannot be called.

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"math"
	"math/big"
	"strconv"
)

// ETF tags.
const (
	etfVersion       = 131
	tagNewFloat      = 70
	tagBitBinary     = 77
	tagCompressed    = 80
	tagSmallInteger  = 97
	tagInteger       = 98
	tagFloat         = 99
	tagAtom          = 100
	tagSmallTuple    = 104
	tagLargeTuple    = 105
	tagNil           = 106
	tagString        = 107
	tagList          = 108
	tagBinary        = 109
	tagSmallBig      = 110
	tagLargeBig      = 111
	tagExport        = 113
	tagSmallAtom     = 115
	tagMap           = 116
	tagAtomUTF8      = 118
	tagSmallAtomUTF8 = 119
	tagNewPid        = 88
	tagV4Port        = 120
	tagNewerRef      = 90
)

// etfWriter appends a term's encoding to buf.
type etfWriter struct {
	buf   []byte
	minor int // 0: FLOAT_EXT; 1: the default; 2: every atom in UTF-8
}

// TermToBinary is term_to_binary(T) as Go bytes, with the version byte.
func TermToBinary(t Term) []byte {
	w := etfWriter{buf: []byte{etfVersion}, minor: 1}
	w.term(t)
	return w.buf
}

// ErlangTermToBinary1 is erlang:term_to_binary/1.
func ErlangTermToBinary1(p *Process, t Term) Term {
	return NewBinary(TermToBinary(t))
}

// ErlangTermToBinary2 is erlang:term_to_binary/2 with the options
// compressed, {compressed, 0..9}, {minor_version, 0..2}, deterministic and
// local.
func ErlangTermToBinary2(p *Process, t, opts Term) Term {
	level, minor, ok := etfOptions(opts)
	if !ok {
		return BIFBadarg("term_to_binary", t, opts)
	}
	w := etfWriter{buf: []byte{etfVersion}, minor: minor}
	w.term(t)
	if level > 0 {
		w.buf = compressETF(w.buf, level)
	}
	return NewBinary(w.buf)
}

var (
	bitsAtomCompressed    = Intern("compressed")
	bitsAtomMinorVersion  = Intern("minor_version")
	bitsAtomDeterministic = Intern("deterministic")
	bitsAtomLocal         = Intern("local")
)

// etfOptions reads term_to_binary's option list: the compression level (0
// for none) and the minor version.
func etfOptions(opts Term) (level, minor int, ok bool) {
	list, ok := ListToSlice(opts)
	if !ok {
		return 0, 0, false
	}
	minor = 1
	for _, o := range list {
		switch o {
		case bitsAtomCompressed:
			level = 6
			continue
		case bitsAtomDeterministic, bitsAtomLocal:
			continue
		}
		t, isT := o.(*Tuple)
		if !isT || len(t.Elems) != 2 {
			return 0, 0, false
		}
		n, isInt := IntOf(t.Elems[1])
		switch {
		case t.Elems[0] == bitsAtomCompressed && isInt && n >= 0 && n <= 9:
			level = int(n)
		case t.Elems[0] == bitsAtomMinorVersion && isInt && n >= 0 && n <= 2:
			minor = int(n)
		default:
			return 0, 0, false
		}
	}
	return level, minor, true
}

// compressETF deflates an encoding after its version byte, keeping the
// plain form when compression does not make it smaller, as BEAM does.
func compressETF(enc []byte, level int) []byte {
	var z bytes.Buffer
	z.Write([]byte{etfVersion, tagCompressed, 0, 0, 0, 0})
	binary.BigEndian.PutUint32(z.Bytes()[2:], uint32(len(enc)-1))
	zw, _ := zlib.NewWriterLevel(&z, level)
	zw.Write(enc[1:])
	zw.Close()
	if z.Len() >= len(enc) {
		return enc
	}
	return z.Bytes()
}

func (w *etfWriter) u8(x byte)    { w.buf = append(w.buf, x) }
func (w *etfWriter) u16(x int)    { w.buf = binary.BigEndian.AppendUint16(w.buf, uint16(x)) }
func (w *etfWriter) u32(x uint32) { w.buf = binary.BigEndian.AppendUint32(w.buf, x) }

// term writes one term. Lists are written in a loop along their tails and
// only tuples, maps and list elements recurse.
func (w *etfWriter) term(t Term) {
	switch x := t.(type) {
	case Small:
		w.integer(x.Int())
	case *BigInt:
		w.big(&x.v) // what integer writes for a value out of the int32 range
	case Float:
		w.float(float64(x))
	case Atom:
		w.atom(x)
	case Nil:
		w.u8(tagNil)
	case *Cons:
		w.list(x)
	case *Tuple:
		w.tuple(x)
	case *Map:
		w.u8(tagMap)
		w.u32(uint32(x.Size()))
		x.RangeListOrder(func(k, v Term) bool { // BEAM's order
			w.term(k)
			w.term(v)
			return true
		})
	case *Binary:
		w.binary(x)
	case *Fun:
		w.fun(x)
	case Pid:
		w.pid(x)
	case Ref:
		w.ref(x)
	case Port:
		w.port(x)
	default:
		panic("rt: not a term")
	}
}

func (w *etfWriter) integer(x Int) {
	switch {
	case x >= 0 && x <= 255:
		w.u8(tagSmallInteger)
		w.u8(byte(x))
	case x >= math.MinInt32 && x <= math.MaxInt32:
		w.u8(tagInteger)
		w.u32(uint32(x))
	default:
		w.big(big.NewInt(int64(x)))
	}
}

// big writes SMALL_BIG_EXT or LARGE_BIG_EXT: a sign byte and the magnitude
// least significant byte first.
func (w *etfWriter) big(x *big.Int) {
	mag := x.Bytes() // big-endian magnitude
	if len(mag) <= 255 {
		w.u8(tagSmallBig)
		w.u8(byte(len(mag)))
	} else {
		w.u8(tagLargeBig)
		w.u32(uint32(len(mag)))
	}
	w.u8(byte(0))
	if x.Sign() < 0 {
		w.buf[len(w.buf)-1] = 1
	}
	for i := len(mag) - 1; i >= 0; i-- {
		w.u8(mag[i])
	}
}

func (w *etfWriter) float(f float64) {
	if w.minor == 0 {
		w.u8(tagFloat)
		s := strconv.FormatFloat(f, 'e', 20, 64) // C's "%.20e", as BEAM
		var field [31]byte
		copy(field[:], s)
		w.buf = append(w.buf, field[:]...)
		return
	}
	w.u8(tagNewFloat)
	w.buf = binary.BigEndian.AppendUint64(w.buf, math.Float64bits(f))
}

func (w *etfWriter) atom(a Atom) {
	name := a.Name()
	if w.minor < 2 && isLatin1(name) {
		w.u8(tagAtom)
		w.u16(0)
		n := len(w.buf)
		for _, r := range name {
			w.u8(byte(r))
		}
		binary.BigEndian.PutUint16(w.buf[n-2:], uint16(len(w.buf)-n))
		return
	}
	if len(name) <= 255 {
		w.u8(tagSmallAtomUTF8)
		w.u8(byte(len(name)))
	} else {
		w.u8(tagAtomUTF8)
		w.u16(len(name))
	}
	w.buf = append(w.buf, name...)
}

// list writes a list: STRING_EXT for a proper list of at most 65535
// bytes, otherwise LIST_EXT with its elements and its tail.
func (w *etfWriter) list(c *Cons) {
	n, bytesOnly := listShape(c)
	if bytesOnly && n <= 65535 {
		w.u8(tagString)
		w.u16(n)
		for t := Term(c); t != (Nil{}); t = t.(*Cons).Tail {
			w.u8(byte(t.(*Cons).Head.(Small).Int()))
		}
		return
	}
	w.u8(tagList)
	w.u32(uint32(n))
	var t Term = c
	for i := 0; i < n; i++ {
		cell := t.(*Cons)
		w.term(cell.Head)
		t = cell.Tail
	}
	w.term(t)
}

// listShape counts a list's cells and tells whether it is a proper list
// of integers 0..255.
func listShape(c *Cons) (n int, bytesOnly bool) {
	bytesOnly = true
	var t Term = c
	for {
		cell, ok := t.(*Cons)
		if !ok {
			return n, bytesOnly && t == Term(Nil{})
		}
		if x, isInt := IntOf(cell.Head); !isInt || x < 0 || x > 255 {
			bytesOnly = false
		}
		n++
		t = cell.Tail
	}
}

func (w *etfWriter) tuple(t *Tuple) {
	if len(t.Elems) <= 255 {
		w.u8(tagSmallTuple)
		w.u8(byte(len(t.Elems)))
	} else {
		w.u8(tagLargeTuple)
		w.u32(uint32(len(t.Elems)))
	}
	for _, e := range t.Elems {
		w.term(e)
	}
}

func (w *etfWriter) binary(b *Binary) {
	if b.Trail == 0 {
		w.u8(tagBinary)
		w.u32(uint32(len(b.Data)))
	} else {
		w.u8(tagBitBinary)
		w.u32(uint32(len(b.Data)))
		w.u8(b.Trail)
	}
	w.buf = append(w.buf, b.Data...)
}

func (w *etfWriter) fun(f *Fun) {
	if !f.External {
		w.localFun(f) // etf_fun.go
		return
	}
	w.u8(tagExport)
	w.atom(f.Module)
	w.atom(f.Name)
	w.integer(Int(f.Arity))
}

// pid, ref and port write NEW_PID_EXT, NEWER_REFERENCE_EXT and V4_PORT_EXT
// for the local node nonode@nohost with creation 0.
func (w *etfWriter) pid(p Pid) {
	w.u8(tagNewPid)
	w.atom(AtomNonode)
	w.u32(uint32(p.ID()))
	w.u32(uint32(p.ID() >> 32))
	w.u32(0)
}

func (w *etfWriter) ref(r Ref) {
	w.u8(tagNewerRef)
	w.u16(3)
	w.atom(AtomNonode)
	w.u32(0)
	w.u32(uint32(r.ID()))
	w.u32(uint32(r.ID() >> 32))
	w.u32(0)
}

func (w *etfWriter) port(p Port) {
	w.u8(tagV4Port)
	w.atom(AtomNonode)
	w.buf = binary.BigEndian.AppendUint64(w.buf, p.ID())
	w.u32(0)
}
