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
		case Int:
			return mix(h, uint64(x))
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
