package rt

import (
	"math"
	"math/bits"
)

// mapHash is the hash by which BEAM (OTP 25, 64-bit) places a key in a
// large map, so that our tries have BEAM's shape and iterate in its order.
// It was worked out from OTP's public description of its internal hash (Bob
// Jenkins' 96-bit mix over 32-bit words, seeded with a prime) and checked
// against maps:keys/1 on BEAM for each kind of key (rt/testdata/maps).
//
// A trie level consumes 4 bits, low bits first; a 32-bit hash lasts 8
// levels, after which generation g = level/8 rehashes the key with a salt
// derived from g. BEAM hashes immediates by their tagged machine word, so a
// small integer hashes as (I bsl 4) bor 15 and [] as its NIL word; atoms,
// pids, ports, refs and funs hash by addresses or table indexes that no
// other VM can reproduce, and we hash them by their names and ids instead,
// so large maps keyed by those iterate in an order of their own.
func mapHash(k Term, gen int) uint32 {
	h := mapHashSalt(gen)
	if i, ok := IntOf(k); ok && i >= beamMinSmall && i <= beamMaxSmall {
		return hashWords(h, uint32(i<<4|15), uint32(uint64(i<<4)>>32), hconst)
	}
	return hashTerm(h, k)
}

// BEAM's small integers are 60-bit; wider integers are bignums there.
const (
	beamMinSmall = -1 << 59
	beamMaxSmall = 1<<59 - 1
)

// The constants: hconst is the golden ratio and hc(n) = n * hconst mod 2^32
// (BEAM's HCONST_n), one per kind of term; hashSalt is the seed.
const (
	hconst   = 0x9e3779b9
	hashSalt = 3432918353
)

func hc(n uint32) uint32 { return n * hconst }

// nilWord is the tagged word of [] on a 64-bit BEAM (found by experiment).
const nilWord = 0x3B

// mapHashSalt is the starting hash of generation gen: the salt alone for
// the first, and for later ones the salt mixed with gen as BEAM mixes the
// list [gen | Key], which its first map implementation rehashed.
func mapHashSalt(gen int) uint32 {
	if gen == 0 {
		return hashSalt
	}
	return hashWords(0, uint32(gen), 1, hc(22)) ^ hashSalt
}

// jenkinsMix is Bob Jenkins' mix of three 32-bit words (lookup2); the
// result is c.
func jenkinsMix(a, b, c uint32) uint32 {
	_, _, c = jenkinsMix3(a, b, c)
	return c
}

// hashWords folds the words x and y into h, each offset by the constant k.
func hashWords(h, x, y, k uint32) uint32 { return jenkinsMix(k+x, k+y, h) }

// hashTag folds a constant into h cheaply: an xor and a rotation.
func hashTag(h, k uint32) uint32 { return bits.RotateLeft32(h^k, 17) }

func hashImmediate(h uint32, w uint64) uint32 {
	return hashWords(h, uint32(w), uint32(w>>32), hconst)
}

// hashTerm folds t into h, visiting compound terms depth first.
func hashTerm(h uint32, t Term) uint32 {
	switch x := t.(type) {
	case Small:
		v := x.Int()
		if v >= beamMinSmall && v <= beamMaxSmall {
			return hashImmediate(h, uint64(v)<<4|15)
		}
		return hashBig(h, v < 0, bigWords(v))
	case *BigInt:
		return hashBig(h, x.v.Sign() < 0, x.v.Bits())
	case Float:
		f := float64(x)
		if f == 0 {
			f = 0 // -0.0 hashes as 0.0
		}
		w := math.Float64bits(f)
		return hashWords(h, uint32(w), uint32(w>>32), hc(12))
	case Nil:
		return hashImmediate(h, nilWord)
	case Atom:
		return hashImmediate(h, uint64(stringHash(x.Name()))<<6|0x0B)
	case *Cons:
		return hashList(h, x)
	case *Tuple:
		h = hashWords(h, uint32(len(x.Elems)), 0, hc(9))
		for _, e := range x.Elems {
			h = hashTerm(h, e)
		}
		return h
	case *Binary:
		return hashBinary(h, x)
	case *Map:
		return hashMap(h, x)
	case *Fun:
		h = hashWords(h, uint32(len(x.Env)), uint32(stringHash(x.Module.Name())), hc(20))
		h = hashWords(h, uint32(x.Index), uint32(x.Uniq), hc(21))
		if x.External {
			h = hashWords(h, uint32(stringHash(x.Name.Name())), uint32(x.Arity), hc(14))
		}
		for _, e := range x.Env {
			h = hashTerm(h, e)
		}
		return h
	case Pid:
		return hashWords(h, uint32(x.h.id), uint32(x.h.id>>32), hc(5))
	case Ref:
		return hashWords(h, uint32(x.h.id), uint32(x.h.id>>32), hc(7))
	case Port:
		return hashWords(h, uint32(x.h.id), uint32(x.h.id>>32), hc(6))
	}
	panic("rt: not a term")
}

// bigWords is the magnitude of a Small that BEAM holds as a bignum (60 to
// 63 bits), as 64-bit digits, the digits a *BigInt of the same value has.
func bigWords(x Int) []uint {
	if x < 0 {
		return []uint{uint(-uint64(x))}
	}
	return []uint{uint(x)}
}

// hashBig folds a bignum's 64-bit digits, least significant first.
func hashBig[W ~uint](h uint32, neg bool, digits []W) uint32 {
	k := hc(11)
	if neg {
		k = hc(10)
	}
	for _, d := range digits {
		h = hashWords(h, uint32(d), uint32(uint64(d)>>32), k)
	}
	return h
}

// hashList folds a list. Runs of bytes (integers 0..255) are packed four to
// a word; any other element is folded after a tag, and an improper tail
// after another.
func hashList(h uint32, l *Cons) uint32 {
	for {
		var sh, n uint32
		t := Term(l)
		for {
			b, ok := IntOf(l.Head)
			if !ok || b < 0 || b > 255 {
				break
			}
			sh = sh<<8 + uint32(b)
			if n == 3 {
				h = hashWords(h, sh, 0, hc(4))
				sh, n = 0, 0
			} else {
				n++
			}
			t = l.Tail
			next, ok := t.(*Cons)
			if !ok {
				break
			}
			l = next
		}
		if n > 0 {
			h = hashWords(h, sh, n, hc(22))
		}
		if _, ok := t.(*Cons); !ok { // the tail after a run of bytes
			return hashTerm(h, t)
		}
		h = hashTerm(hashTag(h, hc(17)), l.Head)
		next, ok := l.Tail.(*Cons)
		if !ok {
			return hashTerm(hashTag(h, hc(18)), l.Tail)
		}
		l = next
	}
}

// hashBinary folds a bitstring: its whole bytes with Jenkins' block hash,
// then any trailing bits.
func hashBinary(h uint32, b *Binary) uint32 {
	data, trail := b.Data, uint32(b.Trail)
	if trail > 0 {
		data = data[:len(data)-1]
	}
	k := hc(13) + h
	if len(data) == 0 && trail == 0 {
		return k
	}
	h = blockHash(data, k)
	if trail > 0 {
		last := uint32(b.Data[len(b.Data)-1]) >> (8 - trail)
		h = hashWords(h, trail, last, hc(15))
	}
	return h
}

// blockHash is Jenkins' lookup2 hash of a byte block, 12 bytes a round,
// seeded with init.
func blockHash(p []byte, init uint32) uint32 {
	a, b, c := uint32(hconst), uint32(hconst), init
	n := len(p)
	for ; len(p) >= 12; p = p[12:] {
		a += le32(p)
		b += le32(p[4:])
		c += le32(p[8:])
		a, b, c = jenkinsMix3(a, b, c)
	}
	c += uint32(n)
	var tail [12]byte
	copy(tail[:], p)
	a += le32(tail[:])
	b += le32(tail[4:])
	c += le32(tail[8:]) << 8 // the low byte of c holds the length
	return jenkinsMix(a, b, c)
}

func le32(p []byte) uint32 {
	return uint32(p[0]) | uint32(p[1])<<8 | uint32(p[2])<<16 | uint32(p[3])<<24
}

// jenkinsMix3 is jenkinsMix returning all three words, for block hashing.
func jenkinsMix3(a, b, c uint32) (uint32, uint32, uint32) {
	a -= b + c
	a ^= c >> 13
	b -= c + a
	b ^= a << 8
	c -= a + b
	c ^= b >> 13
	a -= b + c
	a ^= c >> 12
	b -= c + a
	b ^= a << 16
	c -= a + b
	c ^= b >> 5
	a -= b + c
	a ^= c >> 3
	b -= c + a
	b ^= a << 10
	c -= a + b
	c ^= b >> 15
	return a, b, c
}

// hashMap folds a map key: its size, then its pairs. A flat map folds its
// pairs in key order; a trie folds each node's slots from last to first, as
// BEAM walks its nodes with a stack, except that a full inner node (BEAM's
// array node, a 16-tuple) folds like a tuple whose leaves are [K | V] cells.
func hashMap(h uint32, m *Map) uint32 {
	h = hashWords(h, uint32(m.size), 0, hc(16))
	if !m.isTrie() {
		vals := m.vals()
		for i, k := range m.keys() {
			h = hashTerm(hashTerm(h, k), vals[i])
		}
		return h
	}
	return hashNodeSlots(h, &m.root)
}

func hashNodeSlots(h uint32, n *hamtNode) uint32 {
	n.eachSlotReverse(
		func(sub *hamtNode) { h = hashInnerNode(h, sub) },
		func(l *hamtLeaf) { h = hashTerm(hashTerm(h, l.key), l.val) })
	return h
}

func hashInnerNode(h uint32, n *hamtNode) uint32 {
	if n.slotCount() < 16 {
		return hashNodeSlots(h, n)
	}
	h = hashWords(h, 16, 0, hc(9))
	var i, j int
	for bit := uint16(1); bit != 0; bit <<= 1 {
		if n.nodemap&bit != 0 {
			h = hashInnerNode(h, n.sub(i))
			i++
		} else {
			l := n.leaf(j)
			h = hashList(h, &Cons{Head: l.key, Tail: l.val})
			j++
		}
	}
	return h
}
