package rt

import "math/bits"

// hamtNode is a node of the persistent hash array mapped trie behind large
// maps. Each level consumes hamtBits bits of the 64-bit key hash; bitmap has
// a bit set for every occupied slot and ents holds the occupied slots in
// order. A node past the last level is a collision bucket whose entries all
// share one hash. Nodes are never modified once built.
type hamtNode struct {
	bitmap uint32
	ents   []hamtEntry
}

// hamtEntry is either a key-value leaf (sub == nil) or a child node.
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
		e := &n.ents[i]
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
		ents := make([]hamtEntry, len(n.ents)+1)
		copy(ents, n.ents[:i])
		ents[i] = hamtEntry{hash: hash, key: k, val: v}
		copy(ents[i+1:], n.ents[i:])
		return &hamtNode{bitmap: n.bitmap | bit, ents: ents}, true
	}
	e := n.ents[i]
	var added bool
	switch {
	case e.sub != nil:
		e.sub, added = e.sub.put(hash, shift+hamtBits, k, v)
	case e.hash == hash && ExactEqual(e.key, k):
		e.val = v
	default: // two keys share this slot: push both one level down
		sub, _ := (&hamtNode{}).put(e.hash, shift+hamtBits, e.key, e.val)
		sub, _ = sub.put(hash, shift+hamtBits, k, v)
		e = hamtEntry{sub: sub}
		added = true
	}
	return n.with(i, e), added
}

func (n *hamtNode) putCollision(hash uint64, k, v Term) (*hamtNode, bool) {
	for i, e := range n.ents {
		if ExactEqual(e.key, k) {
			e.val = v
			return n.with(i, e), false
		}
	}
	ents := append(append([]hamtEntry(nil), n.ents...), hamtEntry{hash: hash, key: k, val: v})
	return &hamtNode{ents: ents}, true
}

// with returns a copy of n with entry i replaced.
func (n *hamtNode) with(i int, e hamtEntry) *hamtNode {
	ents := append([]hamtEntry(nil), n.ents...)
	ents[i] = e
	return &hamtNode{bitmap: n.bitmap, ents: ents}
}

// without returns a copy of n without entry i (bit is its bitmap bit).
func (n *hamtNode) without(i int, bit uint32) *hamtNode {
	ents := make([]hamtEntry, 0, len(n.ents)-1)
	ents = append(append(ents, n.ents[:i]...), n.ents[i+1:]...)
	return &hamtNode{bitmap: n.bitmap &^ bit, ents: ents}
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
	e.sub = sub
	return n.with(i, e), true
}

// collect appends every leaf under n to out.
func (n *hamtNode) collect(out []hamtEntry) []hamtEntry {
	for _, e := range n.ents {
		if e.sub != nil {
			out = e.sub.collect(out)
		} else {
			out = append(out, e)
		}
	}
	return out
}
