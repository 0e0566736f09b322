package rt

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"io"
	"math"
	"strconv"
	"unicode/utf8"
)

// Reading the external term format (binary_to_term). The reader is a loop
// over an explicit stack of unfinished tuples, lists and maps rather than a
// recursive descent, so that no input, however deeply nested, can overflow
// the Go stack; and every length is checked against the bytes left before
// anything is allocated, so that a forged length cannot exhaust memory.
// Malformed input raises error:badarg, never a Go panic.

// etfBad is the panic value that aborts decoding of malformed input; only
// decodeETF recovers it.
type etfBad struct{}

type etfReader struct {
	data  []byte
	pos   int
	safe  bool // binary_to_term(B, [safe]): no new atoms
	stack []etfFrame
}

// etfFrame is a container whose elements are still being read.
type etfFrame struct {
	tag   byte // tagSmallTuple for any tuple, tagList, tagMap, tagExport or tagNewFun
	elems []Term
	need  int  // the number of terms the container takes
	fun   *Fun // for tagNewFun: the fields read before the terms
}

// BinaryToTerm decodes an encoded term (with its version byte). It returns
// the term and the number of bytes it used; ok is false for malformed
// input. Binaries in the result may share data's bytes, so data must not
// be modified afterwards.
func BinaryToTerm(data []byte, safe bool) (t Term, used int, ok bool) {
	defer func() {
		if x := recover(); x != nil {
			if _, bad := x.(etfBad); !bad {
				panic(x)
			}
			t, used, ok = nil, 0, false
		}
	}()
	r := &etfReader{data: data, safe: safe}
	if r.u8() != etfVersion {
		r.fail()
	}
	if r.peek() == tagCompressed {
		r.pos++
		return r.compressed(), len(data), true
	}
	return r.value(), r.pos, true
}

// ErlangBinaryToTerm1 is erlang:binary_to_term/1. Bytes after the term are
// ignored, as on BEAM.
func ErlangBinaryToTerm1(p *Process, b Term) Term {
	bin, ok := b.(*Binary)
	if !ok || bin.Trail != 0 {
		return BIFBadarg("binary_to_term", b)
	}
	t, _, ok := BinaryToTerm(bin.Data, false)
	if !ok {
		return BIFBadarg("binary_to_term", b)
	}
	return t
}

var (
	bitsAtomSafe = Intern("safe")
	bitsAtomUsed = Intern("used")
)

// ErlangBinaryToTerm2 is erlang:binary_to_term/2 with the options safe
// and used.
func ErlangBinaryToTerm2(p *Process, b, opts Term) Term {
	bin, ok := b.(*Binary)
	list, isList := ListToSlice(opts)
	if !ok || bin.Trail != 0 || !isList {
		return BIFBadarg("binary_to_term", b, opts)
	}
	safe, used := false, false
	for _, o := range list {
		switch o {
		case bitsAtomSafe:
			safe = true
		case bitsAtomUsed:
			used = true
		default:
			return BIFBadarg("binary_to_term", b, opts)
		}
	}
	t, n, ok := BinaryToTerm(bin.Data, safe)
	if !ok {
		return BIFBadarg("binary_to_term", b, opts)
	}
	if used {
		return NewTuple(t, BoxInt(Int(n)))
	}
	return t
}

func (r *etfReader) fail() { panic(etfBad{}) }

// take returns the next n bytes.
func (r *etfReader) take(n int) []byte {
	if n < 0 || n > len(r.data)-r.pos {
		r.fail()
	}
	p := r.data[r.pos : r.pos+n : r.pos+n]
	r.pos += n
	return p
}

func (r *etfReader) u8() byte  { return r.take(1)[0] }
func (r *etfReader) u16() int  { return int(binary.BigEndian.Uint16(r.take(2))) }
func (r *etfReader) u32() int  { return int(binary.BigEndian.Uint32(r.take(4))) }
func (r *etfReader) left() int { return len(r.data) - r.pos }

func (r *etfReader) peek() byte {
	if r.pos >= len(r.data) {
		r.fail()
	}
	return r.data[r.pos]
}

// compressed inflates COMPRESSED's zlib data and reads the term in it,
// which must fill the declared size exactly.
func (r *etfReader) compressed() Term {
	size := r.u32()
	rest := r.data[r.pos:]
	if size > 1100*len(rest)+64 { // beyond what deflate can reach
		r.fail()
	}
	zr, err := zlib.NewReader(bytes.NewReader(rest))
	if err != nil {
		r.fail()
	}
	buf := make([]byte, size)
	if _, err := io.ReadFull(zr, buf); err != nil {
		r.fail()
	}
	if n, _ := zr.Read(make([]byte, 1)); n != 0 {
		r.fail()
	}
	inner := &etfReader{data: buf, safe: r.safe}
	t := inner.value()
	if inner.pos != len(buf) {
		r.fail()
	}
	return t
}

// value reads one complete term.
func (r *etfReader) value() Term {
	for {
		t := r.item()
		if t == nil {
			continue // a container was opened
		}
		for len(r.stack) > 0 {
			f := &r.stack[len(r.stack)-1]
			f.elems = append(f.elems, t)
			if len(f.elems) < f.need {
				break
			}
			t = r.finish(f)
			r.stack = r.stack[:len(r.stack)-1]
		}
		if len(r.stack) == 0 {
			return t
		}
	}
}

// open starts a container of n terms.
func (r *etfReader) open(tag byte, n int) Term {
	// Every term takes at least one byte: a larger count is a lie, and
	// must not size an allocation.
	if n > r.left() {
		r.fail()
	}
	r.stack = append(r.stack, etfFrame{tag: tag, need: n, elems: make([]Term, 0, n)})
	return nil
}

// finish builds a container whose terms have all been read.
func (r *etfReader) finish(f *etfFrame) Term {
	e := f.elems
	switch f.tag {
	case tagSmallTuple:
		return TupleOf(e)
	case tagList:
		return ListWithTail(e[len(e)-1], e[:len(e)-1]...)
	case tagMap:
		m := EmptyMap
		for i := 0; i < len(e); i += 2 {
			m = m.Put(e[i], e[i+1])
		}
		if m.Size() != len(e)/2 { // duplicate keys
			r.fail()
		}
		return m
	case tagNewFun:
		return r.finishFun(f)
	}
	mod, ok1 := e[0].(Atom)
	fun, ok2 := e[1].(Atom)
	arity, ok3 := IntOf(e[2])
	if !ok1 || !ok2 || !ok3 || arity < 0 || arity > 255 {
		r.fail()
	}
	if r.safe && !FunctionExported(mod, fun, int(arity)) { // as BEAM's safe
		r.fail()
	}
	return ExternalFun(mod, fun, int(arity))
}

// item reads one tag: it returns an atomic term, or opens a container and
// returns nil (or returns an empty container at once).
func (r *etfReader) item() Term {
	switch tag := r.u8(); tag {
	case tagSmallInteger:
		return BoxInt(Int(r.u8()))
	case tagInteger:
		return BoxInt(Int(int32(r.u32())))
	case tagSmallBig:
		return r.bigint(int(r.u8()))
	case tagLargeBig:
		return r.bigint(r.u32())
	case tagNewFloat:
		return r.checkFloat(math.Float64frombits(binary.BigEndian.Uint64(r.take(8))))
	case tagFloat:
		return r.oldFloat()
	case tagAtom:
		return r.atom(r.u16(), false)
	case tagSmallAtom:
		return r.atom(int(r.u8()), false)
	case tagAtomUTF8:
		return r.atom(r.u16(), true)
	case tagSmallAtomUTF8:
		return r.atom(int(r.u8()), true)
	case tagNil:
		return Nil{}
	case tagString:
		return r.str(r.u16())
	case tagBinary:
		return NewBinary(r.take(r.u32()))
	case tagBitBinary:
		return r.bitBinary()
	case tagSmallTuple, tagLargeTuple:
		var n int
		if tag == tagLargeTuple {
			n = r.u32()
		} else {
			n = int(r.u8())
		}
		if n == 0 {
			return emptyTuple
		}
		return r.open(tagSmallTuple, n)
	case tagList:
		return r.open(tagList, r.u32()+1) // the elements and the tail
	case tagMap:
		n := r.u32()
		if n == 0 {
			return EmptyMap
		}
		return r.open(tagMap, 2*n)
	case tagExport:
		return r.open(tagExport, 3)
	case tagNewFun:
		return r.newFun()
	default:
		if t, ok := r.identifier(tag); ok {
			return t
		}
	}
	r.fail() // local funs, distribution headers, unknown tags
	return nil
}

// bigint reads SMALL/LARGE_BIG_EXT's sign and n little-endian digits.
func (r *etfReader) bigint(n int) Term {
	sign := r.u8()
	le := r.take(n)
	be := make([]byte, n)
	for i, c := range le {
		be[n-1-i] = c
	}
	x := new(BigInt)
	x.v.SetBytes(be)
	if sign != 0 {
		x.v.Neg(&x.v)
	}
	return x.norm()
}

func (r *etfReader) checkFloat(f float64) Term {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		r.fail()
	}
	return Float(f)
}

// oldFloat reads FLOAT_EXT: 31 bytes of "%.20e" text, NUL padded.
func (r *etfReader) oldFloat() Term {
	text := r.take(31)
	if i := bytes.IndexByte(text, 0); i >= 0 {
		text = text[:i]
	}
	f, err := strconv.ParseFloat(string(bytes.TrimSpace(text)), 64)
	if err != nil {
		r.fail()
	}
	return r.checkFloat(f)
}

// atom reads n bytes of an atom's name, Latin-1 or UTF-8.
func (r *etfReader) atom(n int, isUTF8 bool) Term {
	raw := r.take(n)
	var name string
	if isUTF8 {
		if !utf8.Valid(raw) || utf8.RuneCount(raw) > 255 {
			r.fail()
		}
		name = string(raw)
	} else {
		if n > 255 {
			r.fail()
		}
		name = latin1ToUTF8(raw)
	}
	if r.safe {
		a, ok := LookupAtom(name)
		if !ok {
			r.fail()
		}
		return a
	}
	return Intern(name)
}

func latin1ToUTF8(raw []byte) string {
	buf := make([]byte, 0, len(raw))
	for _, c := range raw {
		buf = utf8.AppendRune(buf, rune(c))
	}
	return string(buf)
}

// str reads STRING_EXT: n bytes that are a list of small integers.
func (r *etfReader) str(n int) Term {
	raw := r.take(n)
	elems := make([]Term, n)
	for i, c := range raw {
		elems[i] = BoxInt(Int(c))
	}
	return List(elems...)
}

// bitBinary reads BIT_BINARY_EXT: a length, the bits used in the last byte
// (1..8) and the bytes; the unused bits are cleared.
func (r *etfReader) bitBinary() Term {
	n := r.u32()
	bits := r.u8()
	if n == 0 || bits < 1 || bits > 8 {
		r.fail()
	}
	data := r.take(n)
	if bits == 8 {
		return NewBinary(data)
	}
	if last := data[n-1]; last&^byte(0xff<<(8-bits)) != 0 {
		data = append([]byte(nil), data...)
		data[n-1] = last & byte(0xff<<(8-bits))
	}
	return &Binary{Data: data, Trail: bits}
}
