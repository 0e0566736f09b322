package rt

import (
	"encoding/binary"
	"math"
)

// BitMatcher reads the segments of a binary pattern from a bitstring, left
// to right (see the API section in bits.go). It is a small value: copy it to
// save a position.
type BitMatcher struct {
	src *Binary // the subject: never nil, its Data the bytes matched
	pos int     // bits consumed
	end int     // bit size of the subject
}

// noBits is the subject of a matcher over a term that is not a bitstring,
// which nothing reads: a matcher's src is never nil.
var noBits = &Binary{}

// MatchBits starts matching the subject t; ok is false when t is not a
// bitstring.
func MatchBits(t Term) (BitMatcher, bool) {
	b, ok := t.(*Binary)
	if !ok {
		return BitMatcher{src: noBits}, false
	}
	return BitMatcher{src: b, end: b.BitSize()}, true
}

// Left is the number of bits not yet matched.
func (m *BitMatcher) Left() int { return m.end - m.pos }

// AtEnd reports whether every bit has been matched.
func (m *BitMatcher) AtEnd() bool { return m.pos == m.end }

// Skip passes over n bits (the _:N segment).
func (m *BitMatcher) Skip(n int) bool {
	if n < 0 || n > m.end-m.pos {
		return false
	}
	m.pos += n
	return true
}

// Small reads an integer of n bits as an Int without boxing it, for
// literal segments and guards. The caller must only use it when the value
// fits in int64: n < 64, or n == 64 and signed.
func (m *BitMatcher) Small(n int, f BitFlags) (Int, bool) {
	if m.pos&7 == 0 && f == 0 && n <= m.end-m.pos { // aligned big-endian unsigned: the common case
		p := m.src.Data[m.pos>>3:]
		switch n {
		case 8:
			m.pos += 8
			return Int(p[0]), true
		case 16:
			m.pos += 16
			return Int(binary.BigEndian.Uint16(p)), true
		case 32:
			m.pos += 32
			return Int(binary.BigEndian.Uint32(p)), true
		}
	}
	return m.smallSlow(n, f)
}

func (m *BitMatcher) smallSlow(n int, f BitFlags) (Int, bool) {
	if n < 0 || n > 64 || n > m.end-m.pos {
		return 0, false
	}
	x := getSmall(m.src.Data, m.pos, n, f.little())
	m.pos += n
	if f&BitSigned != 0 {
		return Int(signExtend(x, n)), true
	}
	return Int(x), true
}

// Take reads the next n bits as bytes, for a run of segments of constant
// sizes that the generated code then picks apart itself: one length check
// for the run, and fields at offsets known at compile time (see
// rt/bits_native.go). The bytes are the subject's own when the position is
// byte-aligned, else a copy; bits after the n-th in the last byte belong to
// later segments and must not be read.
func (m *BitMatcher) Take(n int) ([]byte, bool) {
	if n < 0 || n > m.end-m.pos {
		return nil, false
	}
	var w []byte
	if m.pos&7 == 0 {
		w = m.src.Data[m.pos>>3 : (m.pos+n+7)>>3]
	} else {
		w = extractBits(m.src.Data, m.pos, n)
	}
	m.pos += n
	return w, true
}

// GetField reads the n-bit integer (n < 64, or 64 and signed) at bit
// offset pos of w, for the fields of a Take that are not whole aligned
// bytes, halves or words.
func GetField(w []byte, pos, n int, f BitFlags) Int {
	x := getSmall(w, pos, n, f.little())
	if f&BitSigned != 0 {
		return Int(signExtend(x, n))
	}
	return Int(x)
}

// Int reads an integer segment of n bits, any size.
func (m *BitMatcher) Int(n int, f BitFlags) (Term, bool) {
	if m.pos&7 == 0 && f == 0 && n <= m.end-m.pos { // aligned big-endian unsigned: the common case
		p := m.src.Data[m.pos>>3:]
		switch n {
		case 8:
			m.pos += 8
			return BoxInt(Int(p[0])), true
		case 16:
			m.pos += 16
			return BoxInt(Int(binary.BigEndian.Uint16(p))), true
		case 32:
			m.pos += 32
			return BoxInt(Int(binary.BigEndian.Uint32(p))), true
		}
	}
	return m.intSlow(n, f)
}

func (m *BitMatcher) intSlow(n int, f BitFlags) (Term, bool) {
	if n < 0 || n > m.end-m.pos {
		return nil, false
	}
	if n < 64 || (n == 64 && f&BitSigned != 0) {
		v, _ := m.smallSlow(n, f)
		return BoxInt(v), true
	}
	if n == 64 { // unsigned: beyond int64 from 2^63 up (BoxInt makes a *BigInt from 2^62)
		x := getSmall(m.src.Data, m.pos, 64, f.little())
		m.pos += 64
		if x <= math.MaxInt64 {
			return BoxInt(Int(x)), true
		}
		r := new(BigInt)
		r.v.SetUint64(x)
		return r, true
	}
	v := getBig(m.src.Data, m.pos, n, f.little(), f&BitSigned != 0)
	m.pos += n
	return v, true
}

// Float reads a float of 16, 32 or 64 bits; infinities and NaNs do not
// match, as on BEAM.
func (m *BitMatcher) Float(n int, f BitFlags) (Term, bool) {
	if (n != 16 && n != 32 && n != 64) || n > m.end-m.pos {
		return nil, false
	}
	x := getSmall(m.src.Data, m.pos, n, f.little())
	var v float64
	switch n {
	case 64:
		v = math.Float64frombits(x)
	case 32:
		v = float64(math.Float32frombits(uint32(x)))
	default:
		var ok bool
		if v, ok = float16value(uint16(x)); !ok {
			return nil, false
		}
	}
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return nil, false
	}
	m.pos += n
	return Float(v), true
}

// Binary reads exactly n bits as a bitstring (Bin:Size/binary with n =
// Size*8, or /bits). Byte-aligned segments share the subject's bytes.
func (m *BitMatcher) Binary(n int) (Term, bool) {
	if n < 0 || n > m.end-m.pos {
		return nil, false
	}
	v := m.slice(n)
	m.pos += n
	return v, true
}

// Rest reads all the remaining bits; ok is false unless their number is a
// multiple of unit (8 for Rest/binary, 1 for Rest/bits).
func (m *BitMatcher) Rest(unit int) (Term, bool) {
	n := m.end - m.pos
	if unit > 1 && n%unit != 0 {
		return nil, false
	}
	if m.pos == 0 {
		m.pos = m.end
		return m.src, true // the whole subject: no new value
	}
	v := m.slice(n)
	m.pos = m.end
	return v, true
}

// Tail is Rest(unit) without making the binary, for code that only
// matches the rest again, as a loop over a binary does: when it reports
// true, m itself (or a copy of it, to pass on) matches the rest exactly as
// MatchBits(Rest) would. It is false when the rest is not a multiple of
// unit. This is what BEAM's compiler gets by passing its match context
// instead of a sub-binary, and it saves allocating one per step.
func (m *BitMatcher) Tail(unit int) bool {
	return unit <= 1 || (m.end-m.pos)%unit == 0
}

// Bits returns the bits not yet matched as a bitstring, without moving:
// the Rest that a Tail loop makes only when it needs the value.
func (m *BitMatcher) Bits() Term {
	if m.pos == 0 {
		return m.src
	}
	return m.slice(m.end - m.pos)
}

// slice returns the n bits at the position as a new bitstring, sharing the
// subject's bytes when it can: a shared partial last byte must be the
// subject's own last byte, whose free bits are already zero.
func (m *BitMatcher) slice(n int) *Binary {
	if m.pos%8 == 0 {
		start, stop := m.pos/8, (m.pos+n+7)/8
		if (m.pos+n)%8 == 0 || m.pos+n == m.end {
			return &Binary{Data: m.src.Data[start:stop:stop], Trail: uint8(n % 8)}
		}
	}
	return &Binary{Data: extractBits(m.src.Data, m.pos, n), Trail: uint8(n % 8)}
}

// String matches a string literal of 8-bit characters.
func (m *BitMatcher) String(s string) bool {
	if 8*len(s) > m.end-m.pos {
		return false
	}
	if m.pos%8 == 0 {
		if string(m.src.Data[m.pos/8:m.pos/8+len(s)]) != s {
			return false
		}
	} else {
		for i := 0; i < len(s); i++ {
			if byte(getField(m.src.Data, m.pos+8*i, 8)) != s[i] {
				return false
			}
		}
	}
	m.pos += 8 * len(s)
	return true
}

// UTF8 reads one UTF-8 encoded code point; overlong forms, surrogates and
// values above 16#10FFFF do not match.
func (m *BitMatcher) UTF8() (Term, bool) {
	if m.end-m.pos < 8 {
		return nil, false
	}
	c0 := byte(getField(m.src.Data, m.pos, 8))
	var n int
	var c rune
	switch {
	case c0 < 0x80:
		m.pos += 8
		return BoxInt(Int(c0)), true
	case c0&0xe0 == 0xc0:
		n, c = 2, rune(c0&0x1f)
	case c0&0xf0 == 0xe0:
		n, c = 3, rune(c0&0x0f)
	case c0&0xf8 == 0xf0:
		n, c = 4, rune(c0&0x07)
	default:
		return nil, false
	}
	if m.end-m.pos < 8*n {
		return nil, false
	}
	for i := 1; i < n; i++ {
		cb := byte(getField(m.src.Data, m.pos+8*i, 8))
		if cb&0xc0 != 0x80 {
			return nil, false
		}
		c = c<<6 | rune(cb&0x3f)
	}
	if c < [5]rune{0, 0, 0x80, 0x800, 0x10000}[n] || !validScalar(c) {
		return nil, false
	}
	m.pos += 8 * n
	return BoxInt(Int(c)), true
}

func validScalar(c rune) bool {
	return c >= 0 && c <= 0x10ffff && (c < 0xd800 || c > 0xdfff)
}

// UTF16 reads one UTF-16 encoded code point (one unit or a surrogate pair).
func (m *BitMatcher) UTF16(f BitFlags) (Term, bool) {
	if m.end-m.pos < 16 {
		return nil, false
	}
	u := rune(getSmall(m.src.Data, m.pos, 16, f.little()))
	switch {
	case u < 0xd800 || u > 0xdfff:
		m.pos += 16
		return BoxInt(Int(u)), true
	case u > 0xdbff || m.end-m.pos < 32:
		return nil, false
	}
	u2 := rune(getSmall(m.src.Data, m.pos+16, 16, f.little()))
	if u2 < 0xdc00 || u2 > 0xdfff {
		return nil, false
	}
	m.pos += 32
	return BoxInt(Int(0x10000 + (u-0xd800)<<10 + (u2 - 0xdc00))), true
}

// UTF32 reads one code point as a 32-bit integer.
func (m *BitMatcher) UTF32(f BitFlags) (Term, bool) {
	if m.end-m.pos < 32 {
		return nil, false
	}
	c := getSmall(m.src.Data, m.pos, 32, f.little())
	if c > 0x10ffff || !validScalar(rune(c)) {
		return nil, false
	}
	m.pos += 32
	return BoxInt(Int(c)), true
}
