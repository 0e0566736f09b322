package rt

import (
	"slices"
	"sort"
)

// Map is an immutable Erlang map.
//
// Small maps (up to flatMax keys) are flat, as BEAM's flatmaps: keys sorted
// in map-key order (CompareKeys) with the values beside them. That fixes the
// order in which small maps iterate and print, and it is BEAM's order.
//
// Larger maps are a persistent hash array mapped trie on termHash, so that an
// update costs O(log n) and shares all but one path with the old map. They
// iterate in map-key order too, sorting on each traversal; BEAM iterates them
// in the order of its internal hash, which we do not reproduce.
type Map struct {
	keys []Term // flat maps: keys in map-key order
	vals []Term // flat maps: vals[i] belongs to keys[i]
	root *hamtNode
	size int
}

// flatMax is BEAM's MAP_SMALL_MAP_LIMIT.
const flatMax = 32

// EmptyMap is #{}.
var EmptyMap = &Map{}

// NewMap returns the map with the given keys and values, alternating
// (k1, v1, k2, v2, ...); a later duplicate key wins, as in #{K => V, ...}.
func NewMap(kvs ...Term) *Map {
	if len(kvs)%2 != 0 {
		panic("rt: NewMap needs key-value pairs")
	}
	m := EmptyMap
	for i := 0; i < len(kvs); i += 2 {
		m = m.Put(kvs[i], kvs[i+1])
	}
	return m
}

// Size is the number of keys.
func (m *Map) Size() int { return m.size }

// Get returns the value under k (compared with =:=).
func (m *Map) Get(k Term) (Term, bool) {
	if m.root == nil {
		i, ok := m.search(k)
		if !ok {
			return nil, false
		}
		return m.vals[i], true
	}
	return m.root.get(termHash(k), 0, k)
}

// search finds k in a flat map: its index, or where it would be inserted.
func (m *Map) search(k Term) (int, bool) {
	if len(m.keys) <= 8 { // a linear scan beats binary search here
		for i, x := range m.keys {
			switch c := CompareKeys(x, k); {
			case c == 0:
				return i, true
			case c > 0:
				return i, false
			}
		}
		return len(m.keys), false
	}
	i := sort.Search(len(m.keys), func(i int) bool { return CompareKeys(m.keys[i], k) >= 0 })
	return i, i < len(m.keys) && CompareKeys(m.keys[i], k) == 0
}

// Put returns a map with k bound to v.
func (m *Map) Put(k, v Term) *Map {
	if m.root != nil {
		root, added := m.root.put(termHash(k), 0, k, v)
		n := m.size
		if added {
			n++
		}
		return &Map{root: root, size: n}
	}
	i, found := m.search(k)
	if found {
		if m.vals[i] == v {
			return m
		}
		vals := slices.Clone(m.vals)
		vals[i] = v
		return &Map{keys: m.keys, vals: vals, size: m.size}
	}
	if m.size == flatMax {
		return m.toHAMT().Put(k, v)
	}
	kv := make([]Term, 2*(m.size+1)) // keys and values in one allocation
	keys, vals := kv[:m.size+1:m.size+1], kv[m.size+1:]
	copy(keys, m.keys[:i])
	keys[i] = k
	copy(keys[i+1:], m.keys[i:])
	copy(vals, m.vals[:i])
	vals[i] = v
	copy(vals[i+1:], m.vals[i:])
	return &Map{keys: keys, vals: vals, size: m.size + 1}
}

// Remove returns a map without k.
func (m *Map) Remove(k Term) *Map {
	if m.root != nil {
		root, removed := m.root.remove(termHash(k), 0, k)
		if !removed {
			return m
		}
		out := &Map{root: root, size: m.size - 1}
		if out.size <= flatMax {
			return out.toFlat() // as BEAM, shrink back to a flat map
		}
		return out
	}
	i, found := m.search(k)
	if !found {
		return m
	}
	if m.size == 1 {
		return EmptyMap
	}
	keys := slices.Delete(slices.Clone(m.keys), i, i+1)
	vals := slices.Delete(slices.Clone(m.vals), i, i+1)
	return &Map{keys: keys, vals: vals, size: m.size - 1}
}

// Keys returns the keys in map-key order. The slice may be shared: do not
// modify it.
func (m *Map) Keys() []Term {
	if m.root == nil {
		return m.keys
	}
	keys, _ := m.sorted()
	return keys
}

// Values returns the values in the order of Keys. Do not modify the slice.
func (m *Map) Values() []Term {
	if m.root == nil {
		return m.vals
	}
	_, vals := m.sorted()
	return vals
}

// Range calls f for each key and value in map-key order until f returns
// false.
func (m *Map) Range(f func(k, v Term) bool) {
	keys, vals := m.keys, m.vals
	if m.root != nil {
		keys, vals = m.sorted()
	}
	for i, k := range keys {
		if !f(k, vals[i]) {
			return
		}
	}
}

// sorted lists a trie map's pairs in map-key order.
func (m *Map) sorted() (keys, vals []Term) {
	pairs := make([]*hamtEntry, 0, m.size)
	pairs = m.root.collect(pairs)
	slices.SortFunc(pairs, func(a, b *hamtEntry) int { return CompareKeys(a.key, b.key) })
	kv := make([]Term, 2*len(pairs))
	keys, vals = kv[:len(pairs)], kv[len(pairs):]
	for i, p := range pairs {
		keys[i], vals[i] = p.key, p.val
	}
	return keys, vals
}

func (m *Map) toHAMT() *Map {
	root := &hamtNode{}
	for i, k := range m.keys {
		root, _ = root.put(termHash(k), 0, k, m.vals[i])
	}
	return &Map{root: root, size: m.size}
}

func (m *Map) toFlat() *Map {
	keys, vals := m.sorted()
	return &Map{keys: keys, vals: vals, size: m.size}
}

// MapGet is M#{K} / map_get(K, M): badmap if m is not a map, badkey if k is
// absent.
func MapGet(m, k Term) Term {
	mm, ok := m.(*Map)
	if !ok {
		return Badmap(m)
	}
	v, ok := mm.Get(k)
	if !ok {
		return Badkey(k)
	}
	return v
}

// MapFind is the lookup behind map patterns #{K := V}: ok is false when m
// is not a map or has no key k.
func MapFind(m, k Term) (Term, bool) {
	mm, ok := m.(*Map)
	if !ok {
		return nil, false
	}
	return mm.Get(k)
}

// MapPut is M#{K => V}.
func MapPut(m, k, v Term) Term {
	mm, ok := m.(*Map)
	if !ok {
		return Badmap(m)
	}
	return mm.Put(k, v)
}

// MapUpdate is M#{K := V}: badkey if k is absent.
func MapUpdate(m, k, v Term) Term {
	mm, ok := m.(*Map)
	if !ok {
		return Badmap(m)
	}
	if _, ok := mm.Get(k); !ok {
		return Badkey(k)
	}
	return mm.Put(k, v)
}
