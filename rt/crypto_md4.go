package rt

import (
	"encoding/binary"
	"hash"
	"math/bits"
)

// MD4 (RFC 1320), which crypto:hash(md4, Data) still gives on BEAM and
// Go's standard library does not.

type md4 struct {
	s [4]uint32
	mdBuffer
}

// mdBuffer is the message side of MD4 and RIPEMD-160, Merkle-Damgard
// hashes over 64-byte blocks that end a message with its bit length in
// little-endian order: the block being filled and the length so far.
type mdBuffer struct {
	len uint64
	buf [64]byte
	n   int
}

// write feeds p, calling block on each full buffer.
func (m *mdBuffer) write(p []byte, block func()) {
	m.len += uint64(len(p))
	for len(p) > 0 {
		k := copy(m.buf[m.n:], p)
		m.n += k
		p = p[k:]
		if m.n == len(m.buf) {
			block()
			m.n = 0
		}
	}
}

// padding is what ends the message written so far: 0x80, zeros up to 56
// bytes into a block, and the length in bits.
func (m *mdBuffer) padding() []byte {
	pad := make([]byte, 1, 72)
	pad[0] = 0x80
	for (m.n+len(pad))%64 != 56 {
		pad = append(pad, 0)
	}
	return binary.LittleEndian.AppendUint64(pad, m.len<<3)
}

func newMD4() hash.Hash {
	d := &md4{}
	d.Reset()
	return d
}

func (d *md4) Reset() {
	d.s = [4]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}
	d.len, d.n = 0, 0
}

func (d *md4) Size() int      { return 16 }
func (d *md4) BlockSize() int { return 64 }

func (d *md4) Clone() (hash.Cloner, error) {
	c := *d
	return &c, nil
}

func (d *md4) Write(p []byte) (int, error) {
	d.write(p, d.block)
	return len(p), nil
}

func (d *md4) Sum(b []byte) []byte {
	c := *d
	c.Write(c.padding())
	for _, w := range c.s {
		b = binary.LittleEndian.AppendUint32(b, w)
	}
	return b
}

// md4Order is the word order of rounds 2 and 3; md4Shift the rotations of
// each round.
var (
	md4Order = [3][16]byte{
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
		{0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15},
		{0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15},
	}
	md4Shift = [3][4]int{{3, 7, 11, 19}, {3, 5, 9, 13}, {3, 9, 11, 15}}
	md4Add   = [3]uint32{0, 0x5a827999, 0x6ed9eba1}
)

func (d *md4) block() {
	var x [16]uint32
	for i := range x {
		x[i] = binary.LittleEndian.Uint32(d.buf[4*i:])
	}
	a, b, c, e := d.s[0], d.s[1], d.s[2], d.s[3]
	for r := 0; r < 3; r++ {
		for i := 0; i < 16; i++ {
			var f uint32
			switch r {
			case 0:
				f = b&c | ^b&e
			case 1:
				f = b&c | b&e | c&e
			default:
				f = b ^ c ^ e
			}
			t := bits.RotateLeft32(a+f+x[md4Order[r][i]]+md4Add[r], md4Shift[r][i%4])
			a, b, c, e = e, t, b, c
		}
	}
	d.s[0] += a
	d.s[1] += b
	d.s[2] += c
	d.s[3] += e
}
