package rt

// # Bit syntax: the API the code generator emits
//
// Sizes are always in bits: the generator multiplies Size by the unit. A
// size that is a literal becomes a Go constant; a size that is an
// expression goes through SegSize (construction: badarg for a bad size) or
// MatchSize (matching: a bad size is simply no match). Type specifiers
// become a BitFlags value (0 is big-endian unsigned).
//
// Construction, <<X:16/little, Bin/binary, F/float, "ab", C/utf8>>:
//
//	b := rt.NewBits(p, 16+64+16)        // hint: the bits known at compile time
//	b.PutInt(x, 16, rt.BitLittle)       // integer, any size, bignums included
//	b.PutBinary(bin, -1, 8)             // all of Bin; -1, 1 for Bin/bits
//	b.PutFloat(f, 64, 0)                // 16, 32 or 64 bits
//	b.PutString("ab")                   // a string literal of 8-bit chars
//	b.PutUTF8(c)                        // PutUTF16(c, flags), PutUTF32(c, flags)
//	v := b.Done()                       // the *Binary, as a Term
//
//	b.PutBinary(bin, rt.SegSize(n, 8), 8)  // Bin:N/binary: the first N*8 bits
//
// Each Put raises error:badarg where BEAM does (a non-integer for an
// integer segment, a binary shorter than its size, a bad code point).
// "abc":16 and "abc"/utf16 are expanded by the generator into one PutInt or
// PutUTF16 per character; PutString is only for the default 8-bit form, and
// its string holds each character's low 8 bits, as BEAM truncates them.
// <<Acc/binary, ...>> with Acc first appends in place when Acc is the
// newest value built on its buffer, so loops that grow a binary are
// amortised O(1) as on BEAM.
//
// Matching, <<Port:16, Len:8, Body:Len/binary, 1:1, _:7, Rest/bits>>:
//
//	m, ok := rt.MatchBits(subject)      // ok is false for a non-bitstring
//	port, ok := m.Int(16, 0)            // Float(bits, f), UTF8(), UTF16(f), UTF32(f)
//	n, ok := m.Int(8, 0)
//	sz, ok := rt.MatchSize(n, 8)        // a size from a bound variable
//	body, ok := m.Binary(sz)            // exactly sz bits, shared not copied
//	one, ok := m.Small(1, 0)            // an Int without boxing; compare to 1
//	ok = m.Skip(7)                      // _:7
//	rest, ok := m.Rest(1)               // the rest; Rest(8) for /binary
//	ok = m.AtEnd()                      // the pattern ends without a tail
//	ok = m.String("ab")                 // a string literal in a pattern
//
// Integer segments of constant size up to 62 bits give native Ints, not
// Terms: a run of constant-size segments is one m.Take(bits) that returns
// the bytes, which the generated code reads with encoding/binary (or
// rt.GetField off byte boundaries); a lone one is m.Small(bits, flags);
// b.PutSmall(x, size, flags) builds from one, and a run of whole-byte
// ones and string literals is one w := b.Run(bytes) filled with plain
// stores (bits_run.go). See bits_native.go. Every segment's value is
// computed before the first Put, as BEAM evaluates them all first.
//
// A loop over a binary, sum(<<X, Rest/binary>>, N) -> sum(Rest, N + X),
// need not make Rest at all when Rest is only matched again: keep the
// matcher instead (BEAM's match context reuse), and make the binary with
// m.Bits() only where Rest is used as a value:
//
//	m, ok := rt.MatchBits(bin)      // once, before the loop
//	for {
//		if x, ok := m.Int(8, 0); ok && m.Tail(8) {
//			n = rt.Add(n, x)        // m now stands for Rest
//			continue
//		}
//		...                          // m.Bits() if Rest is needed as a value
//	}
//
// Literal binaries are built once at package level: rt.NewBinary(data) or
// rt.NewBitstring(data, bits).
//
// Sizes: Int and Binary take any n >= 0 (a size 0 segment matches nothing
// and yields 0 or <<>>); Float takes 16, 32 or 64. m.Left() is the number
// of bits not yet matched, for guards such as bit_size(Rest).
//
// Binary comprehensions use the same calls: one matcher stays alive across
// the generator's iterations (<<X:8>> <= Bin is m.Int(8, 0) until
// m.Left() < 8), and one builder collects the results until Done. Likewise
// a loop whose accumulator is only ever appended to, loop(<<Acc/binary,
// X>>), may keep one builder and call Done where Acc is used as a value;
// otherwise each <<Acc/binary, ...>> is a builder of its own, which
// extends Acc in place when it can.
//
// Every matcher call returns ok=false when the segment does not fit; the
// generated code goes on to the next clause or raises badmatch itself. A
// failed call leaves the position where it was, but the segments before it
// have moved on, so the next clause starts again from MatchBits or from a
// saved copy (the matcher is a small value: copying it saves a position,
// e.g. to try several clauses after a common prefix).
//
// # Representation
//
// A *Binary's Data slices share bytes freely: Rest and Binary return
// slices of the subject (when byte-aligned) instead of copies. A buffer
// built by an append, <<Acc/binary, ...>>, that has room to grow carries
// a *binExt that records how many of its
// bytes the newest value built on it uses, and which process built it; a
// builder of that process whose first segment is that newest value claims
// the buffer and writes after it, as BEAM's writable binaries do. An older
// value, a second append to the same value, a nested append while the
// buffer is claimed, or an append by another process (which got the value
// in a message) copies instead. Since only the owner ever writes a buffer,
// no atomic operations are needed. Only byte-aligned values are extended in
// place, because the free low bits of a partial last byte must stay zero in
// the values that already own that byte.

import (
	"encoding/binary"
	"math"
)

// BitFlags are a segment's type specifiers other than its type and size.
type BitFlags uint8

const (
	// BitSigned is the signed specifier for integer segments.
	BitSigned BitFlags = 1 << iota
	// BitLittle is little-endian; the default is big.
	BitLittle
	// BitNative is native endianness: little or big as the host is.
	BitNative
)

// hostLittle is whether native means little on this machine.
var hostLittle = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// little reports whether the flags ask for little-endian byte order.
func (f BitFlags) little() bool {
	if f&BitNative != 0 {
		return hostLittle
	}
	return f&BitLittle != 0
}

// binExt is a growable buffer shared by the binaries built on it.
type binExt struct {
	buf   []byte   // the whole buffer: len(buf) is its capacity
	used  int      // bytes used by the newest value, or -1 while claimed
	owner *Process // the only process that may extend it
	heads []Binary // unused headers for the values built on buf
	block int      // the size of the last block of headers
}

// Bits builds a bitstring segment by segment. The zero value is an empty
// builder that never extends a binary in place; NewBits gives it the
// process and a size hint.
type Bits struct {
	buf  []byte  // the bytes so far; the last is partial when n%8 != 0
	n    int     // bits written
	ext  *binExt // the buffer buf lies in, when claimed from an earlier value
	hint int     // bytes to allocate at the first write
	p    *Process
	// grows is set when the first segment is a whole binary, <<Acc/binary,
	// ...>>: only such a builder leaves its result extendable, as BEAM
	// makes only appended-to binaries writable. Other results with room
	// to spare need no binExt.
	grows bool
}

// NewBits returns a builder that will allocate room for hint bits at its
// first write; it allocates nothing when its first segment is a binary
// that can be extended in place.
func NewBits(p *Process, hint int) Bits {
	return Bits{hint: (max(hint, 0) + 7) / 8, p: p}
}

// BitSizeHint is the bit size of t if it is a bitstring, else 0: what a
// segment Bin/binary adds to a builder's size hint.
func BitSizeHint(t Term) int {
	if b, ok := t.(*Binary); ok {
		return b.BitSize()
	}
	return 0
}

// Done returns the built bitstring. A buffer with spare room is marked as
// extendable by the value returned, so that appending to it is cheap.
func (b *Bits) Done() Term {
	data := b.buf[:len(b.buf):len(b.buf)]
	if b.ext != nil && cap(b.buf) != len(b.ext.buf) {
		panic("rt: Bits wrote past its buffer without grow") // a bug here, not in Erlang code
	}
	if cap(b.buf) > len(b.buf) && b.n%8 == 0 && b.p != nil && (b.grows || b.ext != nil) {
		if b.ext == nil {
			b.ext = &binExt{buf: b.buf[:cap(b.buf)], owner: b.p}
		}
		b.ext.used = len(b.buf)
		r := b.ext.header()
		r.Data, r.ext = data, b.ext
		return r
	}
	if b.ext != nil {
		b.ext.used = len(b.buf) // release the claim
	}
	return &Binary{Data: data, Trail: uint8(b.n % 8)}
}

// header hands out a Binary header from a block kept with the buffer: a
// loop of appends then allocates a block now and then instead of a header
// per append. A block stays alive while any of its headers does; they all
// point into this same buffer anyway.
func (e *binExt) header() *Binary {
	if len(e.heads) == 0 {
		e.block = min(max(2*e.block, 1), 256) // one-off binaries need one
		e.heads = make([]Binary, e.block)
	}
	h := &e.heads[0]
	e.heads = e.heads[1:]
	return h
}

// grow makes room for n more bytes.
func (b *Bits) grow(n int) {
	if len(b.buf)+n <= cap(b.buf) {
		return
	}
	c := max(2*cap(b.buf), len(b.buf)+n, 16)
	if cap(b.buf) == 0 {
		c = max(len(b.buf)+n, b.hint) // the first allocation: as hinted
	}
	nb := make([]byte, len(b.buf), c)
	copy(nb, b.buf)
	b.buf = nb
	if b.ext != nil {
		b.ext.used = -2 // the old buffer stays claimed: nobody extends it
		b.ext = nil
	}
}

// putBytes appends whole bytes at any bit position.
func (b *Bits) putBytes(p []byte) {
	if b.n%8 == 0 {
		b.grow(len(p))
		b.buf = append(b.buf, p...)
		b.n += 8 * len(p)
		return
	}
	b.grow(len(p))
	for _, c := range p {
		b.putField(uint64(c), 8)
	}
}

// putField appends the low n bits (0..64) of x, most significant first.
func (b *Bits) putField(x uint64, n int) {
	if n < 64 {
		x &= 1<<n - 1
	}
	for n > 0 {
		free := 8 - b.n%8 // free bits in the last byte (8: none started)
		if free == 8 {
			if n >= 8 && b.n%8 == 0 {
				b.buf = append(b.buf, byte(x>>(n-8)))
				n -= 8
				b.n += 8
				continue
			}
			b.buf = append(b.buf, 0)
		}
		take := min(free, n)
		chunk := byte(x>>(n-take)) & byte(1<<take-1)
		b.buf[len(b.buf)-1] |= chunk << (free - take)
		n -= take
		b.n += take
	}
}

// putBitstring appends the first n bits of the left-aligned data.
func (b *Bits) putBitstring(data []byte, n int) {
	whole := n / 8
	b.putBytes(data[:whole])
	if r := n % 8; r != 0 {
		b.grow(1)
		b.putField(uint64(data[whole]>>(8-r)), r)
	}
}

// PutInt appends the integer v as a size-bit field (error:badarg unless v
// is an integer and size >= 0). Values wrap modulo 2^size, as on BEAM.
func (b *Bits) PutInt(v Term, size int, f BitFlags) {
	x, isInt := IntOf(v)
	if isInt && size == 8 && b.n&7 == 0 && len(b.buf) < cap(b.buf) { // inline
		b.buf = append(b.buf, byte(x))
		b.n += 8
		return
	}
	b.putInt(v, size, f)
}

func (b *Bits) putInt(v Term, size int, f BitFlags) {
	if size < 0 {
		Badarg()
	}
	switch x := v.(type) {
	case Small:
		if size <= 64 {
			b.putSmall(uint64(x.Int()), size, f.little())
			return
		}
	case *BigInt:
	default:
		Badarg()
	}
	b.putBig(v, size, f.little())
}

// putSmall appends the low n (<= 64) bits of x in the given byte order.
func (b *Bits) putSmall(x uint64, n int, little bool) {
	if b.n%8 == 0 && n%8 == 0 { // whole bytes: no shifting into a partial byte
		b.grow(n / 8)
		b.n += n
		switch { // the common sizes as one store
		case n == 32 && little:
			b.buf = binary.LittleEndian.AppendUint32(b.buf, uint32(x))
			return
		case n == 32:
			b.buf = binary.BigEndian.AppendUint32(b.buf, uint32(x))
			return
		case n == 16 && little:
			b.buf = binary.LittleEndian.AppendUint16(b.buf, uint16(x))
			return
		case n == 16:
			b.buf = binary.BigEndian.AppendUint16(b.buf, uint16(x))
			return
		}
		if little {
			for i := 0; i < n; i += 8 {
				b.buf = append(b.buf, byte(x>>i))
			}
		} else {
			for i := n - 8; i >= 0; i -= 8 {
				b.buf = append(b.buf, byte(x>>i))
			}
		}
		return
	}
	if !little || n <= 8 {
		if n%8 == 0 && b.n%8 == 0 {
			b.grow(n / 8)
		} else {
			b.grow(n/8 + 1)
		}
		b.putField(x, n)
		return
	}
	b.grow(n/8 + 1)
	for ; n >= 8; n -= 8 { // least significant byte first
		b.putField(x&0xff, 8)
		x >>= 8
	}
	if n > 0 {
		b.putField(x, n) // the most significant bits, as a short field
	}
}

// PutFloat appends v (a float or an integer) as an IEEE float of 16, 32 or
// 64 bits. Out of the 16- or 32-bit range it becomes infinity, as on BEAM;
// any other size, or an integer beyond the float64 range, is badarg.
func (b *Bits) PutFloat(v Term, size int, f BitFlags) {
	var x float64
	switch t := v.(type) {
	case Float:
		x = float64(t)
	case Small:
		x = float64(t.Int())
	case *BigInt:
		var ok bool
		if x, ok = bigToFloat(&t.v); !ok {
			Badarg()
		}
	default:
		Badarg()
	}
	switch size {
	case 64:
		b.putSmall(math.Float64bits(x), 64, f.little())
	case 32:
		b.putSmall(uint64(math.Float32bits(float32(x))), 32, f.little())
	case 16:
		b.putSmall(uint64(float16bits(x)), 16, f.little())
	default:
		Badarg()
	}
}

// PutBinary appends a bitstring: all of v when size < 0 (badarg unless its
// bit size is a multiple of unit: 8 for /binary, 1 for /bits), else its
// first size bits (badarg if it is shorter).
func (b *Bits) PutBinary(v Term, size, unit int) {
	x, ok := v.(*Binary)
	if !ok {
		Badarg()
	}
	n := x.BitSize()
	switch {
	case size < 0:
		if unit > 1 && n%unit != 0 {
			Badarg()
		}
		if b.n == 0 {
			b.grows = true
			if b.adopt(x) {
				return
			}
		}
	case size > n:
		Badarg()
	default:
		n = size
	}
	if b.n == 0 && size < 0 && len(b.buf) == 0 {
		b.grow(2*len(x.Data) + b.hint) // the first append: leave room
	}
	b.putBitstring(x.Data, n)
}

// adopt takes over x's buffer when x is the newest value on it, so that
// the segments that follow are written after x in place.
func (b *Bits) adopt(x *Binary) bool {
	e := x.ext
	if e == nil || x.Trail != 0 || len(b.buf) != 0 {
		return false
	}
	n := len(x.Data)
	if e.owner != b.p || e.used != n {
		return false
	}
	e.used = -1
	b.buf, b.n, b.ext = e.buf[:n], 8*n, e
	return true
}

// PutString appends a string literal's bytes (each character's low 8 bits).
func (b *Bits) PutString(s string) {
	if b.n%8 == 0 {
		b.grow(len(s))
		b.buf = append(b.buf, s...)
		b.n += 8 * len(s)
		return
	}
	b.putBytes([]byte(s))
}

// codePoint returns v as a Unicode scalar value, or raises badarg.
func codePoint(v Term) rune {
	c, ok := IntOf(v)
	if !ok || c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff) {
		Badarg()
	}
	return rune(c)
}

// PutUTF8 appends the code point v encoded in UTF-8.
func (b *Bits) PutUTF8(v Term) {
	c := codePoint(v)
	var tmp [4]byte
	b.putBytes(tmp[:encodeUTF8(tmp[:], c)])
}

// PutUTF16 appends the code point v encoded in UTF-16.
func (b *Bits) PutUTF16(v Term, f BitFlags) {
	c := codePoint(v)
	if c < 0x10000 {
		b.putSmall(uint64(c), 16, f.little())
		return
	}
	c -= 0x10000
	b.putSmall(uint64(0xd800+(c>>10)), 16, f.little())
	b.putSmall(uint64(0xdc00+(c&0x3ff)), 16, f.little())
}

// PutUTF32 appends the code point v as a 32-bit integer.
func (b *Bits) PutUTF32(v Term, f BitFlags) {
	b.putSmall(uint64(codePoint(v)), 32, f.little())
}

// encodeUTF8 writes c (a valid scalar value) and returns its length.
func encodeUTF8(p []byte, c rune) int {
	switch {
	case c < 0x80:
		p[0] = byte(c)
		return 1
	case c < 0x800:
		p[0], p[1] = 0xc0|byte(c>>6), 0x80|byte(c&0x3f)
		return 2
	case c < 0x10000:
		p[0], p[1], p[2] = 0xe0|byte(c>>12), 0x80|byte(c>>6&0x3f), 0x80|byte(c&0x3f)
		return 3
	}
	p[0], p[1] = 0xf0|byte(c>>18), 0x80|byte(c>>12&0x3f)
	p[2], p[3] = 0x80|byte(c>>6&0x3f), 0x80|byte(c&0x3f)
	return 4
}

// NewBitstring returns the bitstring of the first bits bits of data (not
// copied), for literals such as <<1:3>> that the generator builds once:
// rt.NewBitstring([]byte{0x20}, 3).
func NewBitstring(data []byte, bits int) *Binary {
	if bits < 0 || bits > 8*len(data) {
		panic("rt: NewBitstring: bad size")
	}
	data = data[:(bits+7)/8]
	r := uint8(bits % 8)
	if r != 0 && data[len(data)-1]&^byte(0xff<<(8-r)) != 0 {
		panic("rt: NewBitstring: the bits after the size must be zero")
	}
	return &Binary{Data: data, Trail: r}
}

// maxBits bounds a segment size; BEAM raises system_limit past its own.
const maxBits = 1 << 48

// SegSize is Size*Unit for a construction segment whose size is an
// expression: badarg unless Size is a non-negative integer, system_limit
// when it is absurdly large.
func SegSize(size Term, unit int) int {
	switch s := size.(type) {
	case Small:
		n := s.Int()
		if n < 0 {
			Badarg()
		}
		if n > maxBits/Int(max(unit, 1)) {
			SystemLimit()
		}
		return int(n) * unit
	case *BigInt:
		if s.v.Sign() < 0 {
			Badarg()
		}
		SystemLimit()
	}
	Badarg()
	return 0
}

// MatchSize is Size*Unit for a pattern segment; ok is false (no match)
// unless Size is a non-negative integer of a sensible size.
func MatchSize(size Term, unit int) (int, bool) {
	s, ok := IntOf(size)
	if !ok || s < 0 || s > maxBits/Int(max(unit, 1)) {
		return 0, false
	}
	return int(s) * unit, true
}

// BitsAcc is a loop's binary accumulator carried as a builder: a function
// that tail-calls itself with <<Acc/binary, ...>> or <<Acc/bits, ...>> as
// the only use of Acc keeps appending to one Bits instead of making a
// binary per step, which for a bitstring (whose partial last byte cannot
// be shared, see Representation) would copy the whole accumulator each
// time. The zero value carries nothing: Acc is then the parameter itself.
type BitsAcc struct {
	b  Bits
	on bool
}

// Append returns the builder to append a step's segments to, starting it
// from acc (all of it, a multiple of unit bits, else badarg) when it is
// not carried yet. The step of a running loop inlines.
func (a *BitsAcc) Append(p *Process, acc Term, unit int) *Bits {
	if !a.on || unit > 1 && a.b.n%unit != 0 {
		a.start(p, acc, unit)
	}
	return &a.b
}

func (a *BitsAcc) start(p *Process, acc Term, unit int) {
	if a.on {
		Badarg() // <<Acc/binary, ...>> with Acc not whole bytes
	}
	a.b = NewBits(p, 0)
	a.b.PutBinary(acc, -1, unit)
	a.on = true
}

// Value makes the carried accumulator a term again, stores it in *acc
// (the loop's parameter) and returns it; appending starts afresh from it.
func (a *BitsAcc) Value(acc *Term) Term {
	if a.on {
		*acc = a.b.Done()
		a.on = false
	}
	return *acc
}
