package rt

import (
	"math"
	"math/bits"
)

// termHash is the runtime's internal hash, used by large maps. It agrees
// with ExactEqual (=:=): exactly equal terms hash alike. It is not
// erlang:phash2, which has to reproduce BEAM's values and is slower.
func termHash(t Term) uint64 {
	return hashInto(0x9e3779b97f4a7c15, t)
}

// mix folds v into h; a multiply-xorshift round spreads every input bit.
func mix(h, v uint64) uint64 {
	hi, lo := bits.Mul64(h^v, 0xbf58476d1ce4e5b9)
	return hi ^ lo
}

func hashInto(h uint64, t Term) uint64 {
	for {
		switch x := t.(type) {
		case Small:
			return mix(h, uint64(x.Int()))
		case *BigInt:
			h = mix(h, 1)
			for _, w := range x.v.Bits() {
				h = mix(h, uint64(w))
			}
			return mix(h, uint64(x.v.Sign()+2))
		case Float:
			f := float64(x)
			if f == 0 {
				f = 0 // -0.0 =:= 0.0
			}
			return mix(h^2, math.Float64bits(f))
		case Atom:
			return mix(h^3, uint64(stringHash(x.Name())))
		case Nil:
			return mix(h, 4)
		case *Cons:
			// Walk the spine in this loop so long lists do not recurse.
			h = hashInto(mix(h, 5), x.Head)
			t = x.Tail
			continue
		case *Tuple:
			h = mix(h^6, uint64(len(x.Elems)))
			for _, e := range x.Elems {
				h = hashInto(h, e)
			}
			return h
		case *Map:
			h = mix(h^7, uint64(x.Size()))
			x.Range(func(k, v Term) bool {
				h = hashInto(hashInto(h, k), v)
				return true
			})
			return h
		case *Binary:
			h = mix(h^8, uint64(x.BitSize()))
			return mix(h, stringHash(string(x.Data)))
		case *Fun:
			h = mix(h^9, uint64(stringHash(x.Module.Name())))
			h = mix(h, uint64(stringHash(x.Name.Name()))^uint64(x.Arity))
			return mix(h, uint64(x.Index)<<32|uint64(x.Uniq))
		case Pid:
			return mix(h^10, x.h.id)
		case Ref:
			return mix(h^11, x.h.id)
		case Port:
			return mix(h^12, x.h.id)
		}
		panic("rt: not a term")
	}
}

// stringHash is FNV-1a, 64 bit.
func stringHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// BEAM's term hashes. erlang:phash2/1,2 and erlang:phash/2 print numbers
// that programs keep (shard keys, file names), and sets and dict place
// their elements by erlang:phash/2, so both are reproduced bit for bit.
// The functions below were written from the documented algorithms (Bob
// Jenkins' lookup2 mixing for phash2, multiply-add with fixed primes for
// phash) and checked against vectors that BEAM recorded
// (testdata/hash/phash.txt).
//
// phash2 walks the term depth first, left to right, folding each leaf into
// a 32-bit state with Jenkins' mix. Every kind of leaf has its own
// constant, a multiple of the golden ratio, so that {1} and [1] differ.
// phash (the older hash) folds leaves with multiply-add steps.

// goldenRatio is lookup2's initial value; ph2Const(n) is its n-th multiple,
// one per kind of term.
const goldenRatio uint32 = 0x9e3779b9

func ph2Const(n uint32) uint32 { return goldenRatio * n }

var (
	hcSmall  = ph2Const(1)
	hcNil    = ph2Const(2)
	hcAtom   = ph2Const(3)
	hcBytes  = ph2Const(4)
	hcPid    = ph2Const(5)
	hcPort   = ph2Const(6)
	hcRef    = ph2Const(7)
	hcTuple  = ph2Const(9)
	hcNegBig = ph2Const(10)
	hcPosBig = ph2Const(11)
	hcFloat  = ph2Const(12)
	hcBinary = ph2Const(13)
	hcExport = ph2Const(14)
	hcBits   = ph2Const(15)
	hcMap    = ph2Const(16)
	hcPairs  = ph2Const(19)
)

// fold2 folds the words x and y, tagged by k, into the state h.
func fold2(h, x, y, k uint32) uint32 { return jenkinsMix(k+x, k+y, h) }

// fold1 folds one word.
func fold1(h, x, k uint32) uint32 { return fold2(h, x, 0, k) }

// ph2Block is lookup2's hash of a byte string, seeded with c (the block
// hash that map keys use too).
func ph2Block(k []byte, c uint32) uint32 { return blockHash(k, c) }

// atomHash is BEAM's hash of an atom's name (hashpjw over its bytes, where
// a two-byte UTF-8 sequence for a Latin-1 character counts as that one
// character, as atoms were hashed when they were Latin-1).
func atomHash(a Atom) uint32 {
	s := a.Name()
	var h uint32
	for i := 0; i < len(s); i++ {
		v := uint32(s[i])
		if i+1 < len(s) && s[i]&0xFE == 0xC2 && s[i+1]&0xC0 == 0x80 {
			v = (v<<6 | uint32(s[i+1])&0x3F) & 0xFF
			i++
		}
		h = h<<4 + v
		if g := h & 0xf0000000; g != 0 {
			h ^= g >> 24
			h ^= g
		}
	}
	return h
}

// magnitudeWords returns |n| as little-endian 64-bit words and whether n
// is negative.
func magnitudeWords(t Term) ([]uint64, bool) {
	switch x := t.(type) {
	case Small:
		v := x.Int()
		if v < 0 {
			return []uint64{uint64(-v)}, true
		}
		return []uint64{uint64(v)}, false
	case *BigInt:
		ws := make([]uint64, 0, len(x.v.Bits()))
		for _, w := range x.v.Bits() {
			ws = append(ws, uint64(w))
		}
		return ws, x.v.Sign() < 0
	}
	panic("rt: not an integer")
}

// Phash2 is BEAM's full 32-bit phash2 of t (erlang:phash2(T, 1 bsl 32)).
func Phash2(t Term) uint32 { return phash2Into(0, t) }

func phash2Into(h uint32, t Term) uint32 {
	for {
		switch x := t.(type) {
		case Small:
			if v := x.Int(); v >= -1<<27 && v < 1<<27 {
				// Integers of 28 bits fold their value; a negative one
				// folds its magnitude first.
				if v < 0 {
					h = fold1(h, uint32(-v), hcSmall)
				}
				return fold1(h, uint32(v), hcSmall)
			}
			return phash2Big(h, x)
		case *BigInt:
			return phash2Big(h, x)
		case Float:
			f := float64(x)
			if f == 0 {
				f = 0
			}
			u := math.Float64bits(f)
			return fold2(h, uint32(u>>32), uint32(u), hcFloat)
		case Atom:
			if h == 0 {
				return atomHash(x)
			}
			return fold1(h, atomHash(x), hcAtom)
		case Nil:
			if h == 0 {
				return 3468870702
			}
			return fold1(h, 2, hcNil) // 2 is the tag BEAM gives []
		case *Cons:
			h, t = phash2List(h, x)
		case *Tuple:
			h = fold1(h, uint32(len(x.Elems)), hcTuple)
			if len(x.Elems) == 0 {
				return h
			}
			last := len(x.Elems) - 1
			for _, e := range x.Elems[:last] {
				h = phash2Into(h, e)
			}
			t = x.Elems[last]
		case *Map:
			h = fold1(h, uint32(x.Size()), hcMap)
			if x.Size() == 0 {
				return h
			}
			// Pairs hash independently and combine by xor, so the order
			// of iteration does not matter.
			var pairs uint32
			x.Range(func(k, v Term) bool {
				pairs ^= phash2Into(phash2Into(0, k), v)
				return true
			})
			return fold1(h, pairs, hcPairs)
		case *Binary:
			return phash2Binary(h, x)
		case *Fun:
			if x.External {
				h = fold2(h, uint32(x.Arity), atomHash(x.Module), hcSmall)
				return fold1(h, atomHash(x.Name), hcExport)
			}
			h = fold2(h, uint32(len(x.Env)), atomHash(x.Module), hcSmall)
			h = fold2(h, uint32(x.Index), uint32(x.Uniq), hcSmall)
			if len(x.Env) == 0 {
				return h
			}
			last := len(x.Env) - 1
			for _, e := range x.Env[:last] {
				h = phash2Into(h, e)
			}
			t = x.Env[last]
		case Pid:
			return fold1(h, uint32(x.h.id), hcPid)
		case Ref:
			return fold1(h, uint32(x.h.id), hcRef)
		case Port:
			return fold1(h, uint32(x.h.id), hcPort)
		default:
			panic("rt: not a term")
		}
	}
}

// phash2List folds the list cells starting at c up to the first element
// that is not a byte (folded here) or the end of the list; it returns the
// state and what remains to hash (the rest of the list or its tail). Runs
// of bytes fold four at a time, as one big-endian word.
func phash2List(h uint32, c *Cons) (uint32, Term) {
	var word uint32
	n := 0
	for {
		b, ok := IntOf(c.Head)
		if !ok || b < 0 || b > 255 {
			break
		}
		word = word<<8 | uint32(b)
		if n++; n == 4 {
			h = fold1(h, word, hcBytes)
			word, n = 0, 0
		}
		next, ok := c.Tail.(*Cons)
		if !ok {
			if n > 0 {
				h = fold1(h, word, hcBytes)
			}
			return h, c.Tail
		}
		c = next
	}
	if n > 0 {
		h = fold1(h, word, hcBytes)
	}
	return phash2Into(h, c.Head), c.Tail
}

func phash2Big(h uint32, t Term) uint32 {
	ws, neg := magnitudeWords(t)
	k := hcPosBig
	if neg {
		k = hcNegBig
	}
	for _, w := range ws {
		h = fold2(h, uint32(w), uint32(w>>32), k)
	}
	return h
}

func phash2Binary(h uint32, b *Binary) uint32 {
	h += hcBinary
	whole := b.Data
	if b.Trail != 0 {
		whole = b.Data[:len(b.Data)-1]
	}
	if len(b.Data) == 0 {
		return h
	}
	h = ph2Block(whole, h)
	if b.Trail != 0 {
		last := uint32(b.Data[len(b.Data)-1]) >> (8 - b.Trail)
		h = fold2(h, uint32(b.Trail), last, hcBits)
	}
	return h
}

// The primes of erlang:phash/2.
const (
	phPrime1  uint32 = 268440163
	phPrime2  uint32 = 268439161
	phPrime3  uint32 = 268435459
	phPrime4  uint32 = 268436141
	phPrime5  uint32 = 268438633
	phPrime6  uint32 = 268437017
	phPrime8  uint32 = 268437511
	phPrime9  uint32 = 268439627
	phPrime10 uint32 = 268440479
	phPrime11 uint32 = 268440577
	phPrime12 uint32 = 268440581
	phPrime13 uint32 = 268440593
	phPrime14 uint32 = 268440611
)

// Phash is BEAM's 32-bit erlang:phash/2 hash of t, before the range is
// applied.
func Phash(t Term) uint32 { return phashInto(0, t) }

// phashBytes folds the bytes of x, least significant first.
func phashBytes(h, x, prime uint32, n int) uint32 {
	for i := 0; i < n; i++ {
		h = h*prime + x&0xFF
		x >>= 8
	}
	return h
}

func phashInto(h uint32, t Term) uint32 {
	switch x := t.(type) {
	case Small, *BigInt:
		ws, neg := magnitudeWords(x)
		for i, w := range ws {
			h = phashBytes(h, uint32(w), phPrime2, 4)
			if i < len(ws)-1 || w>>32 != 0 {
				h = phashBytes(h, uint32(w>>32), phPrime2, 4)
			}
		}
		if neg {
			return h * phPrime4
		}
		return h * phPrime3
	case Float:
		f := float64(x)
		if f == 0 {
			f = 0
		}
		u := math.Float64bits(f)
		return h*phPrime6 + (uint32(u) ^ uint32(u>>32))
	case Atom:
		return h*phPrime1 + atomHash(x)
	case Nil:
		return h*phPrime3 + 1
	case *Cons:
		var tail Term = x
		for c, ok := x, true; ok; c, ok = tail.(*Cons) {
			if b, isInt := IntOf(c.Head); isInt && b >= 0 && b <= 255 {
				h = h*phPrime2 + uint32(b) // bytes (strings) take one step
			} else {
				h = phashInto(h, c.Head)
			}
			tail = c.Tail
		}
		return phashInto(h, tail) * phPrime8
	case *Tuple:
		for _, e := range x.Elems {
			h = phashInto(h, e)
		}
		return h*phPrime9 + uint32(len(x.Elems))
	case *Map:
		return h*phPrime13 + phPrime14 + Phash2(x)
	case *Binary:
		n := len(x.Data)
		if x.Trail != 0 {
			n--
		}
		for _, c := range x.Data[:n] {
			h = h*phPrime1 + uint32(c)
		}
		if x.Trail != 0 {
			last := uint32(x.Data[n]) >> (8 - x.Trail)
			h = (h*phPrime1+last)*phPrime12 + uint32(x.Trail)
		}
		return h*phPrime4 + uint32(n)
	case *Fun:
		if x.External {
			h = h*phPrime11 + uint32(x.Arity)
			h = h*phPrime1 + atomHash(x.Module)
			return h*phPrime1 + atomHash(x.Name)
		}
		h = h*phPrime10 + uint32(len(x.Env))
		h = h*phPrime1 + atomHash(x.Module)
		h = h*phPrime2 + uint32(x.Index)
		h = h*phPrime2 + uint32(x.Uniq)
		for _, e := range x.Env {
			h = phashInto(h, e)
		}
		return h
	case Pid:
		return phashBytes(h, uint32(x.h.id), phPrime5, 4) * phPrime6
	case Ref:
		return phashBytes(h, uint32(x.h.id), phPrime9, 4) * phPrime10
	case Port:
		return phashBytes(h, uint32(x.h.id), phPrime9, 4) * phPrime10
	}
	panic("rt: not a term")
}

// ErlangPhash2 is erlang:phash(Term, Range), 1 =< Range =< 2^32: a number
// in 1..Range.
func ErlangPhash2(p *Process, t, r Term) Term {
	n, ok := IntOf(r)
	if !ok || n < 1 || n > math.MaxUint32+1 {
		return BIFBadarg("phash", t, r)
	}
	return BoxInt(Int(uint64(Phash(t))%uint64(n) + 1))
}

func init() {
	registerModule("erlang", true, []Func{Export("phash", 2, ErlangPhash2)})
}
