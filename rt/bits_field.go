package rt

import (
	"encoding/binary"
	"math"
	"math/big"
	"slices"
)

// Bit fields: reading and writing integers at any bit position, in either
// byte order, and half-precision floats.
//
// A little-endian field whose size is not a multiple of 8 is laid out as
// BEAM does: the whole bytes least significant first, then the remaining
// most significant bits as a short field (<<16#ABC:12/little>> is
// <<16#BC, 16#A:4>>).

// putBig appends the integer v (Int or *BigInt) as an n-bit field, wrapping
// modulo 2^n.
func (b *Bits) putBig(v Term, n int, little bool) {
	var tmp big.Int
	x, _ := bigOf(v, &tmp)
	nb := (n + 7) / 8
	// big.Int's And works in two's complement, so this is x mod 2^n even
	// for negative x.
	mask := new(big.Int).Lsh(big.NewInt(1), uint(n))
	mask.Sub(mask, big.NewInt(1))
	buf := new(big.Int).And(x, mask).FillBytes(make([]byte, nb))
	b.grow(nb + 1)
	r := n % 8
	if little {
		slices.Reverse(buf)
		b.putBytes(buf[:n/8])
		if r != 0 {
			b.putField(uint64(buf[nb-1]), r)
		}
		return
	}
	if r != 0 {
		b.putField(uint64(buf[0]), r)
		buf = buf[1:]
	}
	b.putBytes(buf)
}

// getField returns the n (0..64) bits at bit position pos, right-aligned.
// The caller has checked that they are there.
func getField(data []byte, pos, n int) uint64 {
	if pos%8 == 0 {
		p := data[pos/8:]
		switch n {
		case 8:
			return uint64(p[0])
		case 16:
			return uint64(binary.BigEndian.Uint16(p))
		case 32:
			return uint64(binary.BigEndian.Uint32(p))
		case 64:
			return binary.BigEndian.Uint64(p)
		}
	}
	if i := pos / 8; n <= 56 && i+8 <= len(data) {
		// One 64-bit load holds the field: shift it to the top, then down.
		w := binary.BigEndian.Uint64(data[i:])
		return w << (pos % 8) >> (64 - n) & (1<<n - 1)
	}
	var x uint64
	for n > 0 {
		off := pos % 8
		take := min(8-off, n)
		c := data[pos/8] >> (8 - off - take) & byte(1<<take-1)
		x = x<<take | uint64(c)
		pos += take
		n -= take
	}
	return x
}

// getSmall reads an n-bit (<= 64) unsigned field in the given byte order.
func getSmall(data []byte, pos, n int, little bool) uint64 {
	if !little || n <= 8 {
		return getField(data, pos, n)
	}
	if pos%8 == 0 {
		p := data[pos/8:]
		switch n {
		case 16:
			return uint64(binary.LittleEndian.Uint16(p))
		case 32:
			return uint64(binary.LittleEndian.Uint32(p))
		case 64:
			return binary.LittleEndian.Uint64(p)
		}
	}
	var x uint64
	shift := 0
	for ; n >= 8; n -= 8 {
		x |= getField(data, pos, 8) << shift
		pos += 8
		shift += 8
	}
	if n > 0 {
		x |= getField(data, pos, n) << shift
	}
	return x
}

// signExtend turns the n-bit two's complement field x into an int64.
func signExtend(x uint64, n int) int64 {
	if n == 0 {
		return 0
	}
	s := 64 - n
	return int64(x<<s) >> s
}

// extractBits copies n bits at bit position pos into new left-aligned
// bytes whose unused low bits are zero.
func extractBits(data []byte, pos, n int) []byte {
	nb := (n + 7) / 8
	out := make([]byte, nb)
	if s := pos % 8; s == 0 {
		copy(out, data[pos/8:])
	} else {
		p := pos / 8
		for i := range out {
			c := data[p+i] << s
			if p+i+1 < len(data) {
				c |= data[p+i+1] >> (8 - s)
			}
			out[i] = c
		}
	}
	if r := n % 8; r != 0 {
		out[nb-1] &= byte(0xff << (8 - r))
	}
	return out
}

// getBig reads an n-bit field of any size as an integer Term.
func getBig(data []byte, pos, n int, little, signed bool) Term {
	buf := extractBits(data, pos, n)
	nb := len(buf)
	if r := n % 8; r != 0 {
		if little {
			buf[nb-1] >>= 8 - r
		} else {
			shiftRight(buf, uint(8-r))
		}
	}
	if little {
		slices.Reverse(buf)
	}
	r := new(BigInt)
	r.v.SetBytes(buf)
	if signed && n > 0 && r.v.Bit(n-1) == 1 {
		r.v.Sub(&r.v, new(big.Int).Lsh(big.NewInt(1), uint(n)))
	}
	return r.norm()
}

// shiftRight shifts the big-endian byte string right by s (1..7) bits.
func shiftRight(buf []byte, s uint) {
	for i := len(buf) - 1; i > 0; i-- {
		buf[i] = buf[i]>>s | buf[i-1]<<(8-s)
	}
	buf[0] >>= s
}

// float16bits converts x to IEEE half precision, rounding to nearest even;
// values beyond the range become infinity, as BEAM's <<X:16/float>> does.
func float16bits(x float64) uint16 {
	var sign uint16
	if math.Signbit(x) {
		sign, x = 0x8000, -x
	}
	if x == 0 {
		return sign
	}
	_, e := math.Frexp(x) // x = f * 2^e, 0.5 <= f < 1
	e--                   // now 2^e <= x < 2^(e+1)
	if e < -14 {          // subnormal: units of 2^-24
		m := math.RoundToEven(math.Ldexp(x, 24))
		return sign | uint16(m) // m == 1024 is the smallest normal
	}
	m := math.RoundToEven(math.Ldexp(x, 10-e)) // 1024..2048
	if m == 2048 {
		m, e = 1024, e+1
	}
	if e > 15 {
		return sign | 0x7c00
	}
	return sign | uint16(e+15)<<10 | uint16(m-1024)
}

// float16value decodes a half-precision float; ok is false for infinities
// and NaNs, which Erlang cannot hold.
func float16value(h uint16) (float64, bool) {
	exp := int(h>>10) & 0x1f
	mant := float64(h & 0x3ff)
	var x float64
	switch exp {
	case 31:
		return 0, false
	case 0:
		x = math.Ldexp(mant, -24)
	default:
		x = math.Ldexp(1024+mant, exp-25)
	}
	if h&0x8000 != 0 {
		x = -x
	}
	return x, true
}
