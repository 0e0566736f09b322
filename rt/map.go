package rt

import (
	"slices"
	"sort"
)

// Map is an immutable Erlang map, in BEAM's two representations, so that
// maps iterate and print in BEAM's order.
//
// Small maps (up to flatMax keys) are flat, as BEAM's flatmaps: keys sorted
// in map-key order (CompareKeys) with the values beside them.
//
// Larger maps are a persistent hash array mapped trie (hamt.go) shaped as
// BEAM's, on BEAM's hash (mapHash), so that an update costs O(log n) and
// shares all but one path with the old map, and the trie's slot order is
// BEAM's iteration order: maps:fold/3, iterators and ~p visit the keys in
// it; maps:keys/1, values/1, to_list/1 and term_to_binary list them in the
// reverse. A map is flat exactly when it has at most flatMax keys, whatever
// built it, as on BEAM.
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
	return m.root.get(k, mapHash(k, 0))
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
		root, added := m.root.put(k, v, mapHash(k, 0), 0, false)
		if root == m.root {
			return m
		}
		n := m.size
		if added {
			n++
		}
		return &Map{root: root, size: n}
	}
	i, found := m.search(k)
	if found {
		return m.setFlat(i, v)
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

// Update returns a map with k, which must be present, bound to v: M#{K :=
// V} in one walk. ok is false when k is absent.
func (m *Map) Update(k, v Term) (_ *Map, ok bool) {
	if m.root != nil {
		root, absent := m.root.put(k, v, mapHash(k, 0), 0, true)
		if absent {
			return m, false
		}
		if root == m.root {
			return m, true
		}
		return &Map{root: root, size: m.size}, true
	}
	i, found := m.search(k)
	if !found {
		return m, false
	}
	return m.setFlat(i, v), true
}

// setFlat returns a flat map with the value at index i replaced by v.
func (m *Map) setFlat(i int, v Term) *Map {
	if m.vals[i] == v {
		return m
	}
	vals := slices.Clone(m.vals)
	vals[i] = v
	return &Map{keys: m.keys, vals: vals, size: m.size}
}

// Remove returns a map without k.
func (m *Map) Remove(k Term) *Map {
	if m.root != nil {
		root, removed := m.root.remove(k, mapHash(k, 0), 0)
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

// Keys returns the keys in iteration order (see Map). The slice may be
// shared: do not modify it.
func (m *Map) Keys() []Term {
	if m.root == nil {
		return m.keys
	}
	keys := make([]Term, 0, m.size)
	m.root.each(func(l *hamtLeaf) bool {
		keys = append(keys, l.key)
		return true
	})
	return keys
}

// Values returns the values in the order of Keys. Do not modify the slice.
func (m *Map) Values() []Term {
	if m.root == nil {
		return m.vals
	}
	vals := make([]Term, 0, m.size)
	m.root.each(func(l *hamtLeaf) bool {
		vals = append(vals, l.val)
		return true
	})
	return vals
}

// Range calls f for each key and value in iteration order until f returns
// false.
func (m *Map) Range(f func(k, v Term) bool) {
	if m.root != nil {
		m.root.each(func(l *hamtLeaf) bool { return f(l.key, l.val) })
		return
	}
	for i, k := range m.keys {
		if !f(k, m.vals[i]) {
			return
		}
	}
}

// RangeListOrder calls f for each key and value in the order of
// maps:to_list/1 and term_to_binary/1: key order for a flat map, the
// reverse of Range for a trie (BEAM builds those lists back to front).
func (m *Map) RangeListOrder(f func(k, v Term) bool) {
	if m.root == nil {
		m.Range(f)
		return
	}
	keys, vals := m.Keys(), m.Values()
	for i := len(keys) - 1; i >= 0; i-- {
		if !f(keys[i], vals[i]) {
			return
		}
	}
}

// sorted lists the pairs in map-key order, the order in which maps compare.
func (m *Map) sorted() (keys, vals []Term) {
	if m.root == nil {
		return m.keys, m.vals
	}
	pairs := make([]*hamtLeaf, 0, m.size)
	m.root.each(func(l *hamtLeaf) bool {
		pairs = append(pairs, l)
		return true
	})
	slices.SortFunc(pairs, func(a, b *hamtLeaf) int { return CompareKeys(a.key, b.key) })
	kv := make([]Term, 2*len(pairs))
	keys, vals = kv[:len(pairs):len(pairs)], kv[len(pairs):]
	for i, p := range pairs {
		keys[i], vals[i] = p.key, p.val
	}
	return keys, vals
}

func (m *Map) toHAMT() *Map {
	root := newNode(0, 0, 0)
	for i, k := range m.keys {
		root, _ = root.put(k, m.vals[i], mapHash(k, 0), 0, false)
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
	out, ok := mm.Update(k, v)
	if !ok {
		return Badkey(k)
	}
	return out
}
