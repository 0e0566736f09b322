package rt

import (
	"cmp"
	"math/bits"
	"slices"
	"unsafe"
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
	kv   []Term // flat maps: the keys in map-key order, then their values
	size int
	// root is a trie's root node (size > flatMax). It must stay the last
	// field: the root's slots follow the Map in the same allocation (see
	// newNodeAt).
	root hamtNode
}

// isTrie reports whether m is a trie rather than flat.
func (m *Map) isTrie() bool { return m.size > flatMax }

// keys and vals are a flat map's keys, in map-key order, and values.
func (m *Map) keys() []Term { return m.kv[:m.size:m.size] }
func (m *Map) vals() []Term { return m.kv[m.size:] }

// newFlat returns the flat map with the given keys and values; kv may be
// keys followed by vals already.
func newFlat(keys, vals []Term) *Map {
	m := allocFlat(len(keys), nil)
	copy(m.kv, keys)
	copy(m.kv[m.size:], vals)
	return m
}

// allocFlat returns a flat map of n keys with room for them and their
// values, all nil, owned by o if o is not nil (its root then holds o's
// word, see newOwnedAt). An unowned one is a single object, its keys and
// values following the Map.
func allocFlat(n int, o *mapToken) *Map {
	var m *Map
	switch {
	case o != nil: // with room to insert in place (insertFlat)
		m = mapOf(newOwnedAt(0, 0, 0, 0, o))
		m.kv = make([]Term, 2*n, 2*min(flatMax, max(2*n, 4)))
	case n == 0:
		return EmptyMap
	default:
		m = flatMakers[n-1]()
	}
	m.size = n
	return m
}

// insertFlat puts k and v at index i of a flat map that has room for them,
// in place: the keys after i move up one, the values before i one and
// those after it two.
func (m *Map) insertFlat(i int, k, v Term) {
	n := m.size
	kv := m.kv[:2*n+2]
	copy(kv[n+2+i:], kv[n+i:2*n])  // the values after i
	copy(kv[n+1:n+1+i], kv[n:n+i]) // the values before i
	kv[n+1+i] = v
	copy(kv[i+1:n+1], kv[i:n]) // the keys after i
	kv[i] = k
	m.kv, m.size = kv, n+1
}

// flatOf is a Map followed by its keys and values (A is [2n]Term).
type flatOf[A any] struct {
	m  Map
	kv A
}

func makeFlat[A any]() *Map {
	f := new(flatOf[A])
	f.m.kv = unsafe.Slice((*Term)(unsafe.Pointer(&f.kv)), unsafe.Sizeof(f.kv)/unsafe.Sizeof(Term(nil)))
	return &f.m
}

// flatMakers[n-1] allocates a flat map of n keys.
var flatMakers = [flatMax]func() *Map{
	makeFlat[[2]Term], makeFlat[[4]Term], makeFlat[[6]Term], makeFlat[[8]Term],
	makeFlat[[10]Term], makeFlat[[12]Term], makeFlat[[14]Term], makeFlat[[16]Term],
	makeFlat[[18]Term], makeFlat[[20]Term], makeFlat[[22]Term], makeFlat[[24]Term],
	makeFlat[[26]Term], makeFlat[[28]Term], makeFlat[[30]Term], makeFlat[[32]Term],
	makeFlat[[34]Term], makeFlat[[36]Term], makeFlat[[38]Term], makeFlat[[40]Term],
	makeFlat[[42]Term], makeFlat[[44]Term], makeFlat[[46]Term], makeFlat[[48]Term],
	makeFlat[[50]Term], makeFlat[[52]Term], makeFlat[[54]Term], makeFlat[[56]Term],
	makeFlat[[58]Term], makeFlat[[60]Term], makeFlat[[62]Term], makeFlat[[64]Term],
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
	if m.isTrie() {
		return m.root.get(k, mapHash(k, 0))
	}
	if i := m.index(k); i >= 0 {
		return m.kv[m.size+i], true
	}
	return nil, false
}

// index returns the index of k in a flat map, or -1. Atoms and integers,
// the usual keys of small maps, are found by a scan for the identical
// word, as BEAM finds them; an atom or integer is =:= only to one of its
// own kind.
func (m *Map) index(k Term) int {
	switch x := k.(type) {
	case Atom:
		for i, y := range m.keys() {
			if a, ok := y.(Atom); ok && a == x {
				return i
			}
		}
		return -1
	case Small:
		for i, y := range m.keys() {
			if a, ok := y.(Small); ok && a == x {
				return i
			}
		}
		return -1
	}
	if i, ok := m.search(k); ok {
		return i
	}
	return -1
}

// search finds k in a flat map: its index, or where it would be inserted.
func (m *Map) search(k Term) (int, bool) {
	keys := m.keys()
	if len(keys) <= 8 { // a linear scan beats binary search here
		for i, x := range keys {
			switch c := compareKey(x, k); {
			case c == 0:
				return i, true
			case c > 0:
				return i, false
			}
		}
		return len(keys), false
	}
	lo, hi := 0, len(keys) // binary search for the first key >= k
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if compareKey(keys[mid], k) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(keys) && compareKey(keys[lo], k) == 0
}

// compareKey is CompareKeys with two integers, the usual keys, compared
// in line (in map-key order integers compare as numbers among themselves).
func compareKey(a, b Term) int {
	if x, ok := IntOf(a); ok {
		if y, ok := IntOf(b); ok {
			return cmp.Compare(x, y)
		}
	}
	return CompareKeys(a, b)
}

// trieMap returns the Map that a new root made by the trie's operations
// lies in, with size n.
func trieMap(root *hamtNode, n int) *Map {
	out := mapOf(root)
	out.size = n
	return out
}

// Put returns a map with k bound to v.
func (m *Map) Put(k, v Term) *Map { return m.put(k, v, nil) }

// put is Put under the token o (see MapOwner), or none if o is nil.
func (m *Map) put(k, v Term, o *mapToken) *Map {
	if m.isTrie() {
		root, added := m.root.put(k, v, mapHash(k, 0), 0, false, o)
		if root == &m.root { // unchanged, or changed in place (o owns m)
			if added {
				m.size++
			}
			return m
		}
		n := m.size
		if added {
			n++
		}
		return trieMap(root, n)
	}
	if i := m.index(k); i >= 0 {
		return m.setFlat(i, v, o)
	}
	if m.size == flatMax { // BEAM makes a trie of a flat map that outgrows it
		root, _ := m.trieRoot().put(k, v, mapHash(k, 0), 0, false, o)
		return trieMap(root, m.size+1)
	}
	i, _ := m.search(k)
	if o != nil && m.root.ownedBy(o) && cap(m.kv) >= 2*m.size+2 {
		m.insertFlat(i, k, v)
		return m
	}
	n := m.size + 1
	out := allocFlat(n, o)
	keys, vals := out.kv[:n], out.kv[n:]
	copy(keys, m.kv[:i])
	keys[i] = k
	copy(keys[i+1:], m.kv[i:m.size])
	copy(vals, m.kv[m.size:m.size+i])
	vals[i] = v
	copy(vals[i+1:], m.kv[m.size+i:])
	return out
}

// Update returns a map with k, which must be present, bound to v: M#{K :=
// V} in one walk. ok is false when k is absent.
func (m *Map) Update(k, v Term) (_ *Map, ok bool) { return m.update(k, v, nil) }

// update is Update under the token o (see MapOwner), or none if o is nil.
func (m *Map) update(k, v Term, o *mapToken) (_ *Map, ok bool) {
	if m.isTrie() {
		root, absent := m.root.put(k, v, mapHash(k, 0), 0, true, o)
		switch {
		case absent:
			return m, false
		case root == &m.root:
			return m, true
		}
		return trieMap(root, m.size), true
	}
	i := m.index(k)
	if i < 0 {
		return m, false
	}
	return m.setFlat(i, v, o), true
}

// setFlat returns a flat map with the value at index i replaced by v: m
// itself, changed, if the token o owns it.
func (m *Map) setFlat(i int, v Term, o *mapToken) *Map {
	if sameTerm(m.kv[m.size+i], v) {
		return m
	}
	if o != nil && m.root.ownedBy(o) {
		m.kv[m.size+i] = v
		return m
	}
	out := allocFlat(m.size, o)
	copy(out.kv, m.kv)
	out.kv[m.size+i] = v
	return out
}

// Remove returns a map without k.
func (m *Map) Remove(k Term) *Map { return m.remove(k, nil) }

// remove is Remove under the token o (see MapOwner), or none if o is nil.
func (m *Map) remove(k Term, o *mapToken) *Map {
	if m.isTrie() {
		root, removed := m.root.remove(k, mapHash(k, 0), 0, o)
		switch {
		case !removed:
			return m
		case m.size-1 <= flatMax: // as BEAM, shrink back to a flat map
			return newFlat(sortedPairs(root, m.size-1))
		case root == &m.root: // changed in place (o owns m)
			m.size--
			return m
		}
		return trieMap(root, m.size-1)
	}
	i, found := m.search(k)
	if !found {
		return m
	}
	if m.size == 1 {
		return EmptyMap
	}
	keys := slices.Delete(slices.Clone(m.keys()), i, i+1)
	vals := slices.Delete(slices.Clone(m.vals()), i, i+1)
	return newFlat(keys, vals)
}

// Keys returns the keys in iteration order (see Map). The slice may be
// shared: do not modify it.
func (m *Map) Keys() []Term {
	if !m.isTrie() {
		return m.keys()
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
	if !m.isTrie() {
		return m.vals()
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
	if m.isTrie() {
		m.root.each(func(l *hamtLeaf) bool { return f(l.key, l.val) })
		return
	}
	vals := m.vals()
	for i, k := range m.keys() {
		if !f(k, vals[i]) {
			return
		}
	}
}

// MapValues returns m with each value v under key k replaced by f(k, v),
// called in iteration order: maps:map/2 without rebuilding the map.
func (m *Map) MapValues(f func(k, v Term) Term) *Map {
	if m.isTrie() {
		return trieMap(m.root.mapValues(0, f), m.size)
	}
	out := allocFlat(m.size, nil)
	copy(out.kv, m.kv)
	for i, k := range m.keys() {
		out.kv[m.size+i] = f(k, out.kv[m.size+i])
	}
	return out
}

// RangeListOrder calls f for each key and value in the order of
// maps:to_list/1 and term_to_binary/1: key order for a flat map, the
// reverse of Range for a trie (BEAM builds those lists back to front).
func (m *Map) RangeListOrder(f func(k, v Term) bool) {
	if !m.isTrie() {
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
	if !m.isTrie() {
		return m.keys(), m.vals()
	}
	return sortedPairs(&m.root, m.size)
}

// sortedPairs lists the n pairs of a trie in map-key order.
func sortedPairs(root *hamtNode, n int) (keys, vals []Term) {
	pairs := make([]*hamtLeaf, 0, n)
	root.each(func(l *hamtLeaf) bool {
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

// trieRoot returns a trie root holding a flat map's pairs, to build a trie
// map on.
func (m *Map) trieRoot() *hamtNode {
	root := &new(Map).root
	vals := m.vals()
	for i, k := range m.keys() {
		root, _ = root.put(k, vals[i], mapHash(k, 0), 0, false, nil)
	}
	return root
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

// MapOwner lets code that alone holds a map update it in place, as
// Clojure's transients do, where an update otherwise copies the path to the
// key. The generator gives a self-recursive function one (a local
// variable) when it has proved that a map parameter is never shared: the
// map is only matched, read, returned or passed on in the same position,
// and each update M#{...} of it goes straight into that position of a tail
// call (translate/gen/map_owned.go); likewise a fold's fun over its
// accumulator (ListsFoldl3In), and a map comprehension's accumulator
// (PutIn). Functions here that build a map by successive puts (maps:merge
// and the like) use one of their own. Updates through an owner mark the
// nodes they make with its token, and change the nodes so marked in place;
// a map made elsewhere, the loop's first, is copied as usual. A token is
// made on first use, one per call of the function (or per fold), and
// reaches no other code, so a map the owner's code returns is as immutable
// as any: no one can present its token again.
//
// The owner also remembers the last pair a map pattern found through it
// (Get), so that the update of that key which usually follows, #{K := V}
// -> M#{K := V + 1}, stores into the pair without a second walk.
type MapOwner struct {
	t *mapToken
	// the last lookup: the map, the key, and the node and index of its pair
	m *Map
	k Term
	n *hamtNode
	j int
}

// mapToken identifies an owner; its size is not zero so that each token
// has an address of its own.
type mapToken struct{ _ byte }

// token returns o's token, for an update, which makes o forget its last
// lookup (see storeFound).
func (o *MapOwner) token() *mapToken {
	o.m, o.k, o.n = nil, nil, nil
	if o.t == nil {
		o.t = new(mapToken)
	}
	return o.t
}

// retire makes o's next update start a new token: the maps made so far
// are then as immutable as any.
func (o *MapOwner) retire() { *o = MapOwner{} }

// Get is m.Get(k) for a map that o may own, remembering where the pair is.
func (o *MapOwner) Get(m *Map, k Term) (Term, bool) {
	if !m.isTrie() {
		return m.Get(k)
	}
	n, j := m.root.find(k, mapHash(k, 0))
	if n == nil {
		return nil, false
	}
	o.m, o.k, o.n, o.j = m, k, n, j
	return n.leaf(j).val, true
}

// storeFound stores v under k in m in place if o's last lookup found k in
// m and o owns the node of its pair, which it then reports. Any other
// update forgets the lookup: the pair may move.
func (o *MapOwner) storeFound(m *Map, k, v Term) bool {
	found := o.m == m && o.t != nil && sameTerm(o.k, k) && o.n.ownedBy(o.t)
	if found {
		o.n.leaf(o.j).val = v
	}
	o.m, o.k, o.n = nil, nil, nil
	return found
}

// MapPutIn is MapPut for a map that o may own (see MapOwner).
func MapPutIn(o *MapOwner, m, k, v Term) Term {
	mm, ok := m.(*Map)
	if !ok {
		return Badmap(m)
	}
	if o.storeFound(mm, k, v) {
		return mm
	}
	return mm.put(k, v, o.token())
}

// PutIn is Put for a map that o may own (see MapOwner): the accumulator
// of a map comprehension, which no one sees until it is complete.
func (m *Map) PutIn(o *MapOwner, k, v Term) *Map { return m.put(k, v, o.token()) }

// MapUpdateIn is MapUpdate for a map that o may own (see MapOwner).
func MapUpdateIn(o *MapOwner, m, k, v Term) Term {
	mm, ok := m.(*Map)
	if !ok {
		return Badmap(m)
	}
	if o.storeFound(mm, k, v) {
		return mm
	}
	out, ok := mm.update(k, v, o.token())
	if !ok {
		return Badkey(k)
	}
	return out
}

// MapFromPairs returns the map of keys[i] => vals[i]; a later duplicate key
// wins, as in maps:from_list/1. A large map is built bottom up, each node
// once, rather than by a path copy per key.
func MapFromPairs(keys, vals []Term) *Map {
	if len(keys) <= flatMax {
		m := EmptyMap
		for i, k := range keys {
			m = m.Put(k, vals[i])
		}
		return m
	}
	ps := make([]hashedPair, len(keys))
	for i, k := range keys {
		h := mapHash(k, 0)
		ps[i] = hashedPair{hamtLeaf{k, vals[i]}, h, nibbleReversed(h), i}
	}
	// Sorting on the hash with its nibbles reversed puts the pairs in slot
	// order at every level, so each node's keys are a run; equal keys are
	// then neighbours, and the last one given is kept.
	slices.SortFunc(ps, func(a, b hashedPair) int {
		if c := cmp.Compare(a.rev, b.rev); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	ps = dedupPairs(ps)
	if len(ps) <= flatMax {
		m := EmptyMap
		for _, p := range ps {
			m = m.Put(p.key, p.val)
		}
		return m
	}
	return trieMap(buildNode(ps, 0), len(ps))
}

// hashedPair is a pair with its generation-0 hash (also with its nibbles
// reversed, the sort key) and its place in the input.
type hashedPair struct {
	hamtLeaf
	h, rev uint32
	i      int
}

func nibbleReversed(h uint32) uint32 {
	h = h>>16 | h<<16
	h = (h&0xff00ff00)>>8 | (h&0x00ff00ff)<<8
	return (h&0xf0f0f0f0)>>4 | (h&0x0f0f0f0f)<<4
}

// dedupPairs drops all but the last of each run of equal keys among pairs
// sorted by hash, then input order.
func dedupPairs(ps []hashedPair) []hashedPair {
	out := ps[:0]
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		dup := false
		for j := i + 1; j < len(ps) && ps[j].h == p.h; j++ {
			if keyEqual(ps[j].key, p.key) {
				dup = true // a later pair has this key
				break
			}
		}
		if !dup {
			out = append(out, p)
		}
	}
	return out
}

// buildNode returns the node at level holding ps (at least two pairs with
// distinct keys, sorted as MapFromPairs sorts them).
func buildNode(ps []hashedPair, level int) *hamtNode {
	if level >= 8 { // past the first hash: rare, insert one by one
		n := newNode(0, 0, 0)
		for _, p := range ps {
			n, _ = n.put(p.key, p.val, p.h, level, false, nil)
		}
		return n
	}
	var runs [16][]hashedPair
	var datamap, nodemap uint16
	for len(ps) > 0 {
		slot := ps[0].h >> (4 * level) & 15
		end := 1
		for end < len(ps) && ps[end].h>>(4*level)&15 == slot {
			end++
		}
		runs[slot] = ps[:end]
		if end == 1 {
			datamap |= 1 << slot
		} else {
			nodemap |= 1 << slot
		}
		ps = ps[end:]
	}
	n := newNodeAt(level, datamap, nodemap, bits.OnesCount16(nodemap)+leafWords*bits.OnesCount16(datamap))
	var i, j int
	for slot, run := range runs {
		switch {
		case nodemap&(1<<slot) != 0:
			n.words()[i] = unsafe.Pointer(buildNode(run, level+1))
			i++
		case datamap&(1<<slot) != 0:
			*n.leaf(j) = run[0].hamtLeaf
			j++
		}
	}
	return n
}
