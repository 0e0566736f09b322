package rt

import (
	"encoding/binary"
	"hash"
	"math/bits"
)

// RIPEMD-160 (Dobbertin, Bosselaers and Preneel, 1996), which
// crypto:hash(ripemd160, Data) gives on BEAM and Go's standard library
// does not: two lines of five rounds over each 64-byte block, joined at
// the end.

type ripemd160 struct {
	s [5]uint32
	mdBuffer
}

func newRipemd160() hash.Hash {
	d := &ripemd160{}
	d.Reset()
	return d
}

func (d *ripemd160) Reset() {
	d.s = [5]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0}
	d.len, d.n = 0, 0
}

func (d *ripemd160) Size() int      { return 20 }
func (d *ripemd160) BlockSize() int { return 64 }

func (d *ripemd160) Clone() (hash.Cloner, error) {
	c := *d
	return &c, nil
}

func (d *ripemd160) Write(p []byte) (int, error) {
	d.write(p, d.block)
	return len(p), nil
}

func (d *ripemd160) Sum(b []byte) []byte {
	c := *d
	c.Write(c.padding())
	for _, w := range c.s {
		b = binary.LittleEndian.AppendUint32(b, w)
	}
	return b
}

// The word order and rotations of each step, left line then right line.
var (
	rmdR = [80]byte{
		0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
		7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8,
		3, 10, 14, 4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12,
		1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15, 14, 5, 6, 2,
		4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13}
	rmdR2 = [80]byte{
		5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12,
		6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2,
		15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13,
		8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13, 9, 7, 10, 14,
		12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11}
	rmdS = [80]byte{
		11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8,
		7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12,
		11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5,
		11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12,
		9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6}
	rmdS2 = [80]byte{
		8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6,
		9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11,
		9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5,
		15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8,
		8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11}
	rmdK  = [5]uint32{0x00000000, 0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xa953fd4e}
	rmdK2 = [5]uint32{0x50a28be6, 0x5c4dd124, 0x6d703ef3, 0x7a6d76e9, 0x00000000}
)

// rmdF is the boolean function of round r (0..4).
func rmdF(r int, x, y, z uint32) uint32 {
	switch r {
	case 0:
		return x ^ y ^ z
	case 1:
		return x&y | ^x&z
	case 2:
		return (x | ^y) ^ z
	case 3:
		return x&z | y&^z
	}
	return x ^ (y | ^z)
}

func (d *ripemd160) block() {
	var x [16]uint32
	for i := range x {
		x[i] = binary.LittleEndian.Uint32(d.buf[4*i:])
	}
	a, b, c, dd, e := d.s[0], d.s[1], d.s[2], d.s[3], d.s[4]
	a2, b2, c2, d2, e2 := a, b, c, dd, e
	for j := 0; j < 80; j++ {
		r := j / 16
		t := bits.RotateLeft32(a+rmdF(r, b, c, dd)+x[rmdR[j]]+rmdK[r], int(rmdS[j])) + e
		a, e, dd, c, b = e, dd, bits.RotateLeft32(c, 10), b, t
		t = bits.RotateLeft32(a2+rmdF(4-r, b2, c2, d2)+x[rmdR2[j]]+rmdK2[r], int(rmdS2[j])) + e2
		a2, e2, d2, c2, b2 = e2, d2, bits.RotateLeft32(c2, 10), b2, t
	}
	t := d.s[1] + c + d2
	d.s[1] = d.s[2] + dd + e2
	d.s[2] = d.s[3] + e + a2
	d.s[3] = d.s[4] + a + b2
	d.s[4] = d.s[0] + b + c2
	d.s[0] = t
}
