package rt

import (
	"encoding/binary"
	"hash"
	"math/bits"
)

// BLAKE2b-512 and BLAKE2s-256 (RFC 7693), unkeyed, as OpenSSL's blake2b512
// and blake2s256 that crypto:hash(blake2b | blake2s, Data) are on BEAM.
// Go's standard library has neither; this is the RFC's algorithm.

// blake2Sigma is the message schedule: the word order of each round.
var blake2Sigma = [10][16]byte{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

// blake2Mix lists the G function's four words for the eight mixes of a
// round: four columns, then four diagonals.
var blake2Mix = [8][4]int{
	{0, 4, 8, 12}, {1, 5, 9, 13}, {2, 6, 10, 14}, {3, 7, 11, 15},
	{0, 5, 10, 15}, {1, 6, 11, 12}, {2, 7, 8, 13}, {3, 4, 9, 14},
}

var blake2bIV = [8]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
}

// blake2b is a BLAKE2b state. The last block is held back until Sum, which
// compresses it with the final flag.
type blake2b struct {
	h   [8]uint64
	t   uint64 // bytes compressed (the high word of the RFC's counter stays 0 here)
	buf [128]byte
	n   int
}

func newBlake2b() hash.Hash {
	d := &blake2b{}
	d.Reset()
	return d
}

func (d *blake2b) Reset() {
	d.h = blake2bIV
	d.h[0] ^= 0x01010000 ^ 64
	d.t, d.n = 0, 0
}

func (d *blake2b) Size() int      { return 64 }
func (d *blake2b) BlockSize() int { return 128 }

func (d *blake2b) Clone() (hash.Cloner, error) {
	c := *d
	return &c, nil
}

func (d *blake2b) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if d.n == len(d.buf) {
			d.t += uint64(len(d.buf))
			d.compress(false)
			d.n = 0
		}
		k := copy(d.buf[d.n:], p)
		d.n += k
		p = p[k:]
	}
	return n, nil
}

func (d *blake2b) Sum(b []byte) []byte {
	c := *d
	clear(c.buf[c.n:])
	c.t += uint64(c.n)
	c.compress(true)
	for _, w := range c.h {
		b = binary.LittleEndian.AppendUint64(b, w)
	}
	return b
}

func (d *blake2b) compress(final bool) {
	var m [16]uint64
	for i := range m {
		m[i] = binary.LittleEndian.Uint64(d.buf[8*i:])
	}
	var v [16]uint64
	copy(v[:8], d.h[:])
	copy(v[8:], blake2bIV[:])
	v[12] ^= d.t
	if final {
		v[14] = ^v[14]
	}
	for r := 0; r < 12; r++ {
		s := &blake2Sigma[r%10]
		for i, g := range blake2Mix {
			a, b, c, e := g[0], g[1], g[2], g[3]
			v[a] += v[b] + m[s[2*i]]
			v[e] = bits.RotateLeft64(v[e]^v[a], -32)
			v[c] += v[e]
			v[b] = bits.RotateLeft64(v[b]^v[c], -24)
			v[a] += v[b] + m[s[2*i+1]]
			v[e] = bits.RotateLeft64(v[e]^v[a], -16)
			v[c] += v[e]
			v[b] = bits.RotateLeft64(v[b]^v[c], -63)
		}
	}
	for i := range d.h {
		d.h[i] ^= v[i] ^ v[i+8]
	}
}

var blake2sIV = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

// blake2s is a BLAKE2s state, held back as blake2b's is.
type blake2s struct {
	h   [8]uint32
	t   uint64
	buf [64]byte
	n   int
}

func newBlake2s() hash.Hash {
	d := &blake2s{}
	d.Reset()
	return d
}

func (d *blake2s) Reset() {
	d.h = blake2sIV
	d.h[0] ^= 0x01010000 ^ 32
	d.t, d.n = 0, 0
}

func (d *blake2s) Size() int      { return 32 }
func (d *blake2s) BlockSize() int { return 64 }

func (d *blake2s) Clone() (hash.Cloner, error) {
	c := *d
	return &c, nil
}

func (d *blake2s) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if d.n == len(d.buf) {
			d.t += uint64(len(d.buf))
			d.compress(false)
			d.n = 0
		}
		k := copy(d.buf[d.n:], p)
		d.n += k
		p = p[k:]
	}
	return n, nil
}

func (d *blake2s) Sum(b []byte) []byte {
	c := *d
	clear(c.buf[c.n:])
	c.t += uint64(c.n)
	c.compress(true)
	for _, w := range c.h {
		b = binary.LittleEndian.AppendUint32(b, w)
	}
	return b
}

func (d *blake2s) compress(final bool) {
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(d.buf[4*i:])
	}
	var v [16]uint32
	copy(v[:8], d.h[:])
	copy(v[8:], blake2sIV[:])
	v[12] ^= uint32(d.t)
	v[13] ^= uint32(d.t >> 32)
	if final {
		v[14] = ^v[14]
	}
	for r := 0; r < 10; r++ {
		s := &blake2Sigma[r]
		for i, g := range blake2Mix {
			a, b, c, e := g[0], g[1], g[2], g[3]
			v[a] += v[b] + m[s[2*i]]
			v[e] = bits.RotateLeft32(v[e]^v[a], -16)
			v[c] += v[e]
			v[b] = bits.RotateLeft32(v[b]^v[c], -12)
			v[a] += v[b] + m[s[2*i+1]]
			v[e] = bits.RotateLeft32(v[e]^v[a], -8)
			v[c] += v[e]
			v[b] = bits.RotateLeft32(v[b]^v[c], -7)
		}
	}
	for i := range d.h {
		d.h[i] ^= v[i] ^ v[i+8]
	}
}
