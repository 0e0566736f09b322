package rt

import (
	"math/bits"
	"unsafe"
)

// hamtNode is a node of the persistent hash array mapped trie behind large
// maps, shaped as BEAM's: 16 slots a level, indexed by 4 bits of mapHash
// (low bits first), so that walking the slots in order visits the keys in
// BEAM's order. bitmap has a bit for every occupied slot, subs a bit for
// those holding a sub-node. The occupied slots follow the header in the
// same allocation (see newNode), in order, each a *hamtLeaf or, where subs
// says so, a *hamtNode. Keeping both kinds in one pointer array (rather
// than an interface, 16 bytes a slot, or an entry struct wrapping a
// sub-node, one more allocation a level) and the slots inline (rather than
// behind a slice header) keeps what an update allocates and copies close
// to BEAM's own nodes. Nodes are never modified once built.
type hamtNode struct {
	bitmap, subs uint16
	n            uint32 // the number of slots that follow
}

// kids returns the node's slots.
func (n *hamtNode) kids() []unsafe.Pointer {
	if n.n == 0 {
		return nil
	}
	first := unsafe.Add(unsafe.Pointer(n), unsafe.Sizeof(hamtNode{}))
	return unsafe.Slice((*unsafe.Pointer)(first), n.n)
}

// hamtLeaf is one key and its value.
type hamtLeaf struct {
	key, val Term
}

// hamtMaxLevel bounds the trie's depth: keys that share every hash bit of
// eight generations (which no two keys found so far do) share a bucket, a
// node past the last level whose slots are leaves in arrival order.
const hamtMaxLevel = 64

// subBits returns, for each slot index i in order, whether it holds a
// sub-node: bit i of the result.
func (n *hamtNode) subBits() uint32 {
	if n.subs == 0 {
		return 0
	}
	var out uint32
	b := n.bitmap
	for i := 0; b != 0; i++ {
		if n.subs&b&-b != 0 {
			out |= 1 << i
		}
		b &= b - 1
	}
	return out
}

func (n *hamtNode) leaf(i int) *hamtLeaf { return (*hamtLeaf)(n.kids()[i]) }
func (n *hamtNode) sub(i int) *hamtNode  { return (*hamtNode)(n.kids()[i]) }

// hashAt returns the 4-bit slot of key k (with generation-0 hash h0) at a
// level.
func hashAt(k Term, h0 uint32, level int) uint {
	h := h0
	if level >= 8 {
		h = mapHash(k, level/8)
	}
	return uint(h>>(4*(level%8))) & 15
}

func (n *hamtNode) get(k Term, h0 uint32) (Term, bool) {
	h := h0
	for level := 0; ; level++ {
		if level == hamtMaxLevel {
			return n.bucketGet(k)
		}
		if level%8 == 0 && level > 0 {
			h = mapHash(k, level/8)
		}
		bit := uint16(1) << (h & 15)
		h >>= 4
		if n.bitmap&bit == 0 {
			return nil, false
		}
		p := n.kids()[bits.OnesCount16(n.bitmap&(bit-1))]
		if n.subs&bit == 0 {
			l := (*hamtLeaf)(p)
			if keyEqual(l.key, k) {
				return l.val, true
			}
			return nil, false
		}
		n = (*hamtNode)(p)
	}
}

func (n *hamtNode) bucketGet(k Term) (Term, bool) {
	for _, p := range n.kids() {
		if l := (*hamtLeaf)(p); keyEqual(l.key, k) {
			return l.val, true
		}
	}
	return nil, false
}

// put returns a copy of n with k bound to v, and whether k is new. With
// mustExist (M#{K := V}) an absent key leaves n as it is and reports
// added; the caller raises badkey.
func (n *hamtNode) put(k, v Term, h0 uint32, level int, mustExist bool) (*hamtNode, bool) {
	if level == hamtMaxLevel {
		return n.bucketPut(k, v, mustExist)
	}
	slot := hashAt(k, h0, level)
	bit := uint16(1) << slot
	i := bits.OnesCount16(n.bitmap & (bit - 1))
	if n.bitmap&bit == 0 {
		if mustExist {
			return n, true
		}
		return n.inserted(level, bit, i, unsafe.Pointer(&hamtLeaf{k, v})), true
	}
	if n.subs&bit != 0 {
		sub, added := n.sub(i).put(k, v, h0, level+1, mustExist)
		if sub == n.sub(i) {
			return n, added
		}
		return n.with(level, i, unsafe.Pointer(sub), n.subs), added
	}
	l := n.leaf(i)
	if keyEqual(l.key, k) {
		if l.val == v {
			return n, false
		}
		return n.with(level, i, unsafe.Pointer(&hamtLeaf{l.key, v}), n.subs), false
	}
	if mustExist {
		return n, true
	}
	// Two keys share this slot: push both one level down.
	sub := pair(l, mapHash(l.key, 0), &hamtLeaf{k, v}, h0, level+1)
	return n.with(level, i, unsafe.Pointer(sub), n.subs|bit), true
}

// pair returns the node (and the chain of single-slot nodes above it, for
// as long as their hashes agree) holding leaves a and b.
func pair(a *hamtLeaf, ha uint32, b *hamtLeaf, hb uint32, level int) *hamtNode {
	if level == hamtMaxLevel {
		n := newNode(0, 0, 2)
		n.kids()[0], n.kids()[1] = unsafe.Pointer(a), unsafe.Pointer(b)
		return n
	}
	sa, sb := hashAt(a.key, ha, level), hashAt(b.key, hb, level)
	if sa == sb {
		n := newNode(1<<sa, 1<<sa, 1)
		n.kids()[0] = unsafe.Pointer(pair(a, ha, b, hb, level+1))
		return n
	}
	n := newNode(1<<sa|1<<sb, 0, 2)
	if sa > sb {
		a, b = b, a
	}
	n.kids()[0], n.kids()[1] = unsafe.Pointer(a), unsafe.Pointer(b)
	return n
}

func (n *hamtNode) bucketPut(k, v Term, mustExist bool) (*hamtNode, bool) {
	kids := n.kids()
	for i, p := range kids {
		if l := (*hamtLeaf)(p); keyEqual(l.key, k) {
			return n.with(hamtMaxLevel, i, unsafe.Pointer(&hamtLeaf{l.key, v}), 0), false
		}
	}
	if mustExist {
		return n, true
	}
	out := newNode(0, 0, len(kids)+1)
	copy(out.kids(), kids)
	out.kids()[len(kids)] = unsafe.Pointer(&hamtLeaf{k, v})
	return out, true
}

// inserted returns a copy of n (at level) with a new leaf p in slot bit,
// at index i.
func (n *hamtNode) inserted(level int, bit uint16, i int, p unsafe.Pointer) *hamtNode {
	kids := n.kids()
	out := newNodeAt(level, n.bitmap|bit, n.subs, len(kids)+1)
	okids := out.kids()
	copy(okids, kids[:i])
	okids[i] = p
	copy(okids[i+1:], kids[i:])
	return out
}

// with returns a copy of n (at level) with slot index i replaced by p.
func (n *hamtNode) with(level, i int, p unsafe.Pointer, subs uint16) *hamtNode {
	out := newNodeAt(level, n.bitmap, subs, int(n.n))
	kids := out.kids()
	copy(kids, n.kids())
	kids[i] = p
	return out
}

// without returns a copy of n (at level) without slot index i (bit is its
// bitmap bit; 0 in a bucket).
func (n *hamtNode) without(level, i int, bit uint16) *hamtNode {
	kids := n.kids()
	out := newNodeAt(level, n.bitmap&^bit, n.subs&^bit, len(kids)-1)
	copy(out.kids(), kids[:i])
	copy(out.kids()[i:], kids[i+1:])
	return out
}

// remove returns n without k, and whether k was there. A node left with a
// single leaf is replaced by that leaf in its parent, as BEAM collapses
// them, so that the trie's shape depends only on its keys.
func (n *hamtNode) remove(k Term, h0 uint32, level int) (*hamtNode, bool) {
	if level == hamtMaxLevel {
		for i, p := range n.kids() {
			if keyEqual((*hamtLeaf)(p).key, k) {
				return n.without(level, i, 0), true
			}
		}
		return n, false
	}
	bit := uint16(1) << hashAt(k, h0, level)
	if n.bitmap&bit == 0 {
		return n, false
	}
	i := bits.OnesCount16(n.bitmap & (bit - 1))
	if n.subs&bit == 0 {
		if !keyEqual(n.leaf(i).key, k) {
			return n, false
		}
		return n.without(level, i, bit), true
	}
	sub, removed := n.sub(i).remove(k, h0, level+1)
	if !removed {
		return n, false
	}
	if sub.n == 1 && sub.subs == 0 {
		return n.with(level, i, sub.kids()[0], n.subs&^bit), true
	}
	return n.with(level, i, unsafe.Pointer(sub), n.subs), true
}

// each calls f on every leaf under n in slot order (BEAM's iteration
// order) until f returns false, and reports whether it ran to the end.
func (n *hamtNode) each(f func(*hamtLeaf) bool) bool {
	subs := n.subBits()
	for i, p := range n.kids() {
		if subs>>i&1 != 0 {
			if !(*hamtNode)(p).each(f) {
				return false
			}
		} else if !f((*hamtLeaf)(p)) {
			return false
		}
	}
	return true
}

// Nodes are allocated with their slots in the same object, sized to the
// slot count: one allocation a node, and no unused slots to copy or scan.
// A root node is allocated inside its Map, whose last field it is, so
// that a map's header, root and root slots are one object too.
type (
	hamtNodeOf[A any] struct {
		n hamtNode
		a A
	}
	hamtRootOf[A any] struct {
		m Map
		a A
	}
)

func makeNode[A any](root bool) *hamtNode {
	if root {
		return &new(hamtRootOf[A]).m.root
	}
	return &new(hamtNodeOf[A]).n
}

// The slots of a node start right after its header, in a hamtNodeOf and,
// for a root, in a hamtRootOf (the root being the Map's last field); a
// layout that broke this would not compile (a negative uintptr constant).
const (
	_ = -(unsafe.Offsetof(hamtNodeOf[[1]unsafe.Pointer]{}.a) - unsafe.Sizeof(hamtNode{}))
	_ = -(unsafe.Offsetof(hamtRootOf[[1]unsafe.Pointer]{}.a) - unsafe.Offsetof(Map{}.root) - unsafe.Sizeof(hamtNode{}))
)

// mapOf returns the Map a root node made by newNodeAt(0, ...) lies in.
func mapOf(root *hamtNode) *Map {
	return (*Map)(unsafe.Add(unsafe.Pointer(root), -int(unsafe.Offsetof(Map{}.root))))
}

// newNode returns a node below the root with size slots, all nil.
func newNode(bitmap, subs uint16, size int) *hamtNode {
	return newNodeAt(1, bitmap, subs, size)
}

// newNodeAt returns a node for level with size slots, all nil: at level 0
// a root inside a new Map (see mapOf).
func newNodeAt(level int, bitmap, subs uint16, size int) *hamtNode {
	var n *hamtNode
	root := level == 0
	switch {
	case size == 0 && root:
		n = &new(Map).root
	case size == 0:
		n = &hamtNode{}
	case size <= 1:
		n = makeNode[[1]unsafe.Pointer](root)
	case size <= 2:
		n = makeNode[[2]unsafe.Pointer](root)
	case size <= 3:
		n = makeNode[[3]unsafe.Pointer](root)
	case size <= 4:
		n = makeNode[[4]unsafe.Pointer](root)
	case size <= 6:
		n = makeNode[[6]unsafe.Pointer](root)
	case size <= 8:
		n = makeNode[[8]unsafe.Pointer](root)
	case size <= 10:
		n = makeNode[[10]unsafe.Pointer](root)
	case size <= 12:
		n = makeNode[[12]unsafe.Pointer](root)
	case size <= 14:
		n = makeNode[[14]unsafe.Pointer](root)
	case size <= 16:
		n = makeNode[[16]unsafe.Pointer](root)
	case size <= 32 && !root: // buckets may grow past 16
		n = makeNode[[32]unsafe.Pointer](false)
	default:
		panic("rt: more than 32 map keys share all of their hash bits")
	}
	n.bitmap, n.subs, n.n = bitmap, subs, uint32(size)
	return n
}

// keyEqual is =:= on map keys, with the common cases first.
func keyEqual(a, b Term) bool {
	switch x := a.(type) {
	case Int:
		y, ok := b.(Int)
		return ok && x == y
	case Atom:
		y, ok := b.(Atom)
		return ok && x == y
	}
	return ExactEqual(a, b)
}
