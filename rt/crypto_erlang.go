package rt

import (
	"crypto/md5"
	"encoding"
	"encoding/binary"
)

// erlang:md5_init/0, md5_update/2 and md5_final/1, and the checksum
// combinators crc32_combine/3 and adler32_combine/3 (erlang_digest.go has
// the one-shot BIFs).
//
// BEAM's MD5 context is a binary: the C struct of the RSA reference MD5
// (four state words, a 64-bit count of bits, a 64-byte buffer; 88 bytes,
// little-endian). rt keeps that layout, so a context prints and compares
// as BEAM's, with one difference: md5_init leaves BEAM's buffer as the
// stack happened to hold it, where rt's is zero. The buffer is filled as
// the reference code fills it (a block that completes the buffer is copied
// into it first), so after 64 bytes or more the whole context is BEAM's.
// The state words come from Go's crypto/md5, through its marshalled form.

const md5CtxSize = 88

// md5Init is the context of no data.
var md5Init = func() []byte {
	ctx := make([]byte, md5CtxSize)
	for i, w := range [4]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476} {
		binary.LittleEndian.PutUint32(ctx[4*i:], w)
	}
	return ctx
}()

func init() {
	registerModule("erlang", true, []Func{
		Export("md5_init", 0, ErlangMd5Init0),
		Export("md5_update", 2, ErlangMd5Update2),
		Export("md5_final", 1, ErlangMd5Final1),
		Export("crc32_combine", 3, ErlangCrc32Combine3),
		Export("adler32_combine", 3, ErlangAdler32Combine3),
	})
}

// ErlangMd5Init0 is erlang:md5_init().
func ErlangMd5Init0(p *Process) Term {
	return NewBinary(append([]byte(nil), md5Init...))
}

// md5Ctx returns the bytes of a context, or false.
func md5Ctx(t Term) ([]byte, bool) {
	b, ok := t.(*Binary)
	if !ok || b.Trail != 0 || len(b.Data) != md5CtxSize {
		return nil, false
	}
	return b.Data, true
}

// md5Digest loads a context into Go's MD5.
func md5Digest(ctx []byte) encoding.BinaryMarshaler {
	bitLen := binary.LittleEndian.Uint64(ctx[16:])
	n := int(bitLen / 8 % 64)
	st := make([]byte, 0, 4+16+64+8)
	st = append(st, "md5\x01"...)
	for i := 0; i < 4; i++ {
		st = binary.BigEndian.AppendUint32(st, binary.LittleEndian.Uint32(ctx[4*i:]))
	}
	st = append(st, ctx[24:24+n]...)
	st = append(st, make([]byte, 64-n)...)
	st = binary.BigEndian.AppendUint64(st, bitLen/8)
	h := md5.New()
	if err := h.(encoding.BinaryUnmarshaler).UnmarshalBinary(st); err != nil {
		panic("rt: md5 state: " + err.Error())
	}
	return h.(encoding.BinaryMarshaler)
}

// ErlangMd5Update2 is erlang:md5_update(Context, Data).
func ErlangMd5Update2(p *Process, context, data Term) Term {
	ctx, ok := md5Ctx(context)
	if !ok {
		return BIFBadarg("md5_update", context, data)
	}
	in := iodataArg(data, "md5_update", context, data)
	h := md5Digest(ctx)
	h.(interface{ Write([]byte) (int, error) }).Write(in)
	st, _ := h.MarshalBinary()
	out := make([]byte, md5CtxSize)
	for i := 0; i < 4; i++ {
		binary.LittleEndian.PutUint32(out[4*i:], binary.BigEndian.Uint32(st[4+4*i:]))
	}
	bitLen := binary.LittleEndian.Uint64(ctx[16:])
	binary.LittleEndian.PutUint64(out[16:], bitLen+uint64(len(in))*8)
	// The buffer as the reference code leaves it: the bytes that complete
	// the pending block go in after the pending ones, and the bytes past the
	// last whole block go in at its start.
	buf := out[24:]
	copy(buf, ctx[24:])
	idx := int(bitLen / 8 % 64)
	if len(in) < 64-idx {
		copy(buf[idx:], in)
	} else {
		copy(buf[idx:], in[:64-idx])
		rest := in[64-idx:]
		copy(buf, rest[len(rest)/64*64:])
	}
	return NewBinary(out)
}

// ErlangMd5Final1 is erlang:md5_final(Context): the digest.
func ErlangMd5Final1(p *Process, context Term) Term {
	ctx, ok := md5Ctx(context)
	if !ok {
		return BIFBadarg("md5_final", context)
	}
	h := md5Digest(ctx).(interface{ Sum([]byte) []byte })
	return NewBinary(h.Sum(nil))
}

// combineArgs reads the two 32-bit checksums and the length of the second
// part that crc32_combine and adler32_combine take.
func combineArgs(fun string, c1, c2, n Term) (uint32, uint32, uint64) {
	a, ok1 := IntOf(c1)
	b, ok2 := IntOf(c2)
	l, ok3 := IntOf(n)
	if !ok1 || !ok2 || !ok3 || a < 0 || a > 0xFFFFFFFF || b < 0 || b > 0xFFFFFFFF || l < 0 || l > 0xFFFFFFFF {
		BIFBadarg(fun, c1, c2, n)
	}
	return uint32(a), uint32(b), uint64(l)
}

// ErlangCrc32Combine3 is erlang:crc32_combine(Crc1, Crc2, Size2): the CRC
// of two parts from the CRCs of each and the size of the second.
//
// The CRC register is linear over GF(2): the CRC of A then B is the CRC of
// B xor the register Crc1 advanced over Size2 zero bytes. Advancing is
// multiplying by a 32x32 bit matrix, raised to the power by squaring.
func ErlangCrc32Combine3(p *Process, c1, c2, n Term) Term {
	a, b, l := combineArgs("crc32_combine", c1, c2, n)
	// step is the matrix of one zero bit: a right shift that feeds the
	// polynomial back in when the low bit falls out.
	var step gf2Matrix
	step[0] = 0xedb88320
	for i := 1; i < 32; i++ {
		step[i] = 1 << (i - 1)
	}
	m := step.square().square().square() // one zero byte
	for ; l > 0; l >>= 1 {
		if l&1 != 0 {
			a = m.times(a)
		}
		m = m.square()
	}
	return BoxInt(Int(a ^ b))
}

// gf2Matrix is a 32x32 matrix over GF(2); column i is what bit i of a
// vector maps to.
type gf2Matrix [32]uint32

func (m *gf2Matrix) times(v uint32) uint32 {
	var out uint32
	for i := 0; v != 0; i, v = i+1, v>>1 {
		if v&1 != 0 {
			out ^= m[i]
		}
	}
	return out
}

func (m gf2Matrix) square() gf2Matrix {
	var out gf2Matrix
	for i := range out {
		out[i] = m.times(m[i])
	}
	return out
}

// ErlangAdler32Combine3 is erlang:adler32_combine(Adler1, Adler2, Size2).
// With Adler1 = (A1, B1) and Adler2 = (A2, B2), the sums over both parts
// are A1 + A2 - 1 and B1 + B2 + Size2 * (A1 - 1), modulo 65521. The
// reductions are zlib's conditional subtractions, which BEAM calls, so that
// halves of 65521 and above (no Adler-32 has them) give BEAM's result too.
func ErlangAdler32Combine3(p *Process, c1, c2, n Term) Term {
	x, y, l := combineArgs("adler32_combine", c1, c2, n)
	const mod = 65521
	a1, b1 := uint64(x&0xFFFF), uint64(x>>16)
	a2, b2 := uint64(y&0xFFFF), uint64(y>>16)
	rem := l % mod
	a := a1 + a2 + mod - 1
	b := rem*a1%mod + b1 + b2 + mod - rem
	for i := 0; i < 2 && a >= mod; i++ {
		a -= mod
	}
	if b >= 2*mod {
		b -= 2 * mod
	}
	if b >= mod {
		b -= mod
	}
	return BoxInt(Int(b<<16 | a))
}
