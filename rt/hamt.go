package rt

import "math/bits"

// hamtNode is a node of the persistent hash array mapped trie behind large
// maps. Each level consumes hamtBits bits of the 64-bit key hash; bitmap has
// a bit set for every occupied slot and ents holds the occupied slots in
// order. A node past the last level is a collision bucket whose entries all
// share one hash. Nodes are never modified once built.
type hamtNode struct {
	bitmap uint32
	ents   []*hamtEntry
}

// hamtEntry is either a key-value leaf (sub == nil) or a child node. Nodes
// hold pointers to entries, so that the path copy an update makes costs 8
// bytes a slot; entries are immutable like nodes.
type hamtEntry struct {
	hash     uint64
	key, val Term
	sub      *hamtNode
}

const (
	hamtBits = 5
	hamtMask = 1<<hamtBits - 1
)

// slot returns the bit for hash at this level and the entry index it maps to.
func (n *hamtNode) slot(hash uint64, shift uint) (bit uint32, idx int) {
	bit = 1 << ((hash >> shift) & hamtMask)
	return bit, bits.OnesCount32(n.bitmap & (bit - 1))
}

func (n *hamtNode) get(hash uint64, shift uint, k Term) (Term, bool) {
	for {
		if shift >= 64 { // collision bucket
			for _, e := range n.ents {
				if ExactEqual(e.key, k) {
					return e.val, true
				}
			}
			return nil, false
		}
		bit, i := n.slot(hash, shift)
		if n.bitmap&bit == 0 {
			return nil, false
		}
		e := n.ents[i]
		if e.sub == nil {
			if e.hash == hash && ExactEqual(e.key, k) {
				return e.val, true
			}
			return nil, false
		}
		n, shift = e.sub, shift+hamtBits
	}
}

// put returns a copy of n with k bound to v, and whether k is new.
func (n *hamtNode) put(hash uint64, shift uint, k, v Term) (*hamtNode, bool) {
	if shift >= 64 {
		return n.putCollision(hash, k, v)
	}
	bit, i := n.slot(hash, shift)
	if n.bitmap&bit == 0 {
		out := newNode(n.bitmap|bit, len(n.ents)+1)
		copy(out.ents, n.ents[:i])
		out.ents[i] = &hamtEntry{hash: hash, key: k, val: v}
		copy(out.ents[i+1:], n.ents[i:])
		return out, true
	}
	e := n.ents[i]
	var added bool
	switch {
	case e.sub != nil:
		var sub *hamtNode
		sub, added = e.sub.put(hash, shift+hamtBits, k, v)
		e = &hamtEntry{sub: sub}
	case e.hash == hash && ExactEqual(e.key, k):
		if e.val == v {
			return n, false
		}
		e = &hamtEntry{hash: hash, key: e.key, val: v}
	default: // two keys share this slot: push both one level down
		sub, _ := (&hamtNode{}).put(e.hash, shift+hamtBits, e.key, e.val)
		sub, _ = sub.put(hash, shift+hamtBits, k, v)
		e = &hamtEntry{sub: sub}
		added = true
	}
	return n.with(i, e), added
}

func (n *hamtNode) putCollision(hash uint64, k, v Term) (*hamtNode, bool) {
	for i, e := range n.ents {
		if ExactEqual(e.key, k) {
			return n.with(i, &hamtEntry{hash: hash, key: e.key, val: v}), false
		}
	}
	out := newNode(0, len(n.ents)+1)
	copy(out.ents, n.ents)
	out.ents[len(n.ents)] = &hamtEntry{hash: hash, key: k, val: v}
	return out, true
}

// with returns a copy of n with entry i replaced.
func (n *hamtNode) with(i int, e *hamtEntry) *hamtNode {
	out := newNode(n.bitmap, len(n.ents))
	copy(out.ents, n.ents)
	out.ents[i] = e
	return out
}

// without returns a copy of n without entry i (bit is its bitmap bit).
func (n *hamtNode) without(i int, bit uint32) *hamtNode {
	out := newNode(n.bitmap&^bit, len(n.ents)-1)
	copy(out.ents, n.ents[:i])
	copy(out.ents[i:], n.ents[i+1:])
	return out
}

// remove returns n without k, and whether k was there. A node left with a
// single leaf is replaced by that leaf in its parent, keeping paths short.
func (n *hamtNode) remove(hash uint64, shift uint, k Term) (*hamtNode, bool) {
	if shift >= 64 {
		for i, e := range n.ents {
			if ExactEqual(e.key, k) {
				return n.without(i, 0), true
			}
		}
		return n, false
	}
	bit, i := n.slot(hash, shift)
	if n.bitmap&bit == 0 {
		return n, false
	}
	e := n.ents[i]
	if e.sub == nil {
		if e.hash != hash || !ExactEqual(e.key, k) {
			return n, false
		}
		return n.without(i, bit), true
	}
	sub, removed := e.sub.remove(hash, shift+hamtBits, k)
	if !removed {
		return n, false
	}
	switch {
	case len(sub.ents) == 0:
		return n.without(i, bit), true
	case len(sub.ents) == 1 && sub.ents[0].sub == nil:
		return n.with(i, sub.ents[0]), true
	}
	return n.with(i, &hamtEntry{sub: sub}), true
}

// collect appends every leaf under n to out.
func (n *hamtNode) collect(out []*hamtEntry) []*hamtEntry {
	for _, e := range n.ents {
		if e.sub != nil {
			out = e.sub.collect(out)
		} else {
			out = append(out, e)
		}
	}
	return out
}

// Nodes are allocated with room for their entries in the same object, in
// size classes of powers of two, saving an allocation and, on lookups, a
// cache miss per level.
type (
	hamtNode1 struct {
		n hamtNode
		a [1]*hamtEntry
	}
	hamtNode2 struct {
		n hamtNode
		a [2]*hamtEntry
	}
	hamtNode4 struct {
		n hamtNode
		a [4]*hamtEntry
	}
	hamtNode8 struct {
		n hamtNode
		a [8]*hamtEntry
	}
	hamtNode16 struct {
		n hamtNode
		a [16]*hamtEntry
	}
	hamtNode32 struct {
		n hamtNode
		a [32]*hamtEntry
	}
)

// newNode returns a node with len(ents) == size, all nil.
func newNode(bitmap uint32, size int) *hamtNode {
	var n *hamtNode
	switch {
	case size == 0:
		return &hamtNode{bitmap: bitmap}
	case size <= 1:
		x := &hamtNode1{}
		n = &x.n
		n.ents = x.a[:size]
	case size <= 2:
		x := &hamtNode2{}
		n = &x.n
		n.ents = x.a[:size]
	case size <= 4:
		x := &hamtNode4{}
		n = &x.n
		n.ents = x.a[:size]
	case size <= 8:
		x := &hamtNode8{}
		n = &x.n
		n.ents = x.a[:size]
	case size <= 16:
		x := &hamtNode16{}
		n = &x.n
		n.ents = x.a[:size]
	case size <= 32:
		x := &hamtNode32{}
		n = &x.n
		n.ents = x.a[:size]
	default: // collision buckets may grow past 32
		n = &hamtNode{ents: make([]*hamtEntry, size)}
	}
	n.bitmap = bitmap
	return n
}
