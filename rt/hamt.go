package rt

import (
	"math/bits"
	"unsafe"
)

// hamtNode is a node of the persistent hash array mapped trie behind large
// maps, shaped as BEAM's: 16 slots a level, indexed by 4 bits of mapHash
// (low bits first), so that walking the slots in order visits the keys in
// BEAM's order. datamap has a bit for every slot that holds a key and its
// value, nodemap one for every slot that holds a sub-node.
//
// The slots follow the header in the same allocation (see newNodeAt), as
// words: first the sub-node pointers, then the pairs, each a hamtLeaf (a
// key and a value, four words), both in slot order. Keeping the pairs in
// the node rather than behind a pointer saves a lookup the cache miss of
// reaching a pair allocated long ago, and an update one allocation; keeping
// sub-nodes to one word keeps the upper levels, copied on every update,
// small.
//
// A node past hamtMaxLevel is a bucket: both maps are zero and its words
// are pairs in arrival order. Nodes are never modified once built.
type hamtNode struct {
	datamap, nodemap uint16
	n                uint32 // the number of words that follow, with ownedBit
}

// ownedBit marks a node that a MapOwner may update in place: one word more
// follows its words, the owner's token (see MapOwner).
const ownedBit = 1 << 31

// nwords is the number of words of slots (not counting an owner's).
func (n *hamtNode) nwords() int { return int(n.n &^ ownedBit) }

// ownedBy reports whether n was made by an update under the token o (which
// is not nil), and so may be changed in place by o's next updates.
func (n *hamtNode) ownedBy(o *mapToken) bool {
	if n.n&ownedBit == 0 {
		return false
	}
	first := unsafe.Add(unsafe.Pointer(n), unsafe.Sizeof(hamtNode{}))
	return *(*unsafe.Pointer)(unsafe.Add(first, n.nwords()*ptrSize)) == unsafe.Pointer(o)
}

const ptrSize = int(unsafe.Sizeof(unsafe.Pointer(nil)))

// hamtLeaf is one key and its value, as stored in a node's words.
type hamtLeaf struct {
	key, val Term
}

const leafWords = int(unsafe.Sizeof(hamtLeaf{}) / unsafe.Sizeof(unsafe.Pointer(nil)))

// words returns the node's slots.
func (n *hamtNode) words() []unsafe.Pointer {
	if n.nwords() == 0 {
		return nil
	}
	first := unsafe.Add(unsafe.Pointer(n), unsafe.Sizeof(hamtNode{}))
	return unsafe.Slice((*unsafe.Pointer)(first), n.nwords())
}

func (n *hamtNode) nsubs() int { return bits.OnesCount16(n.nodemap) }

// nleaves is the number of pairs (a bucket's too).
func (n *hamtNode) nleaves() int { return (n.nwords() - n.nsubs()) / leafWords }

// word returns a pointer to the i-th word, which the caller knows is there.
func (n *hamtNode) word(i int) *unsafe.Pointer {
	return (*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(n), int(unsafe.Sizeof(hamtNode{}))+i*ptrSize))
}

func (n *hamtNode) sub(i int) *hamtNode { return (*hamtNode)(*n.word(i)) }

// leaf returns the j-th pair, a pointer into the node.
func (n *hamtNode) leaf(j int) *hamtLeaf {
	return (*hamtLeaf)(unsafe.Pointer(n.word(n.nsubs() + j*leafWords)))
}

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
	if n, j := n.find(k, h0); n != nil {
		return n.leaf(j).val, true
	}
	return nil, false
}

// find returns the node under n that holds the pair of k and the pair's
// index there, or nil.
func (n *hamtNode) find(k Term, h0 uint32) (*hamtNode, int) {
	h := h0
	for level := 0; ; level++ {
		if level == hamtMaxLevel {
			return n.bucketFind(k)
		}
		if level%8 == 0 && level > 0 {
			h = mapHash(k, level/8)
		}
		bit := uint16(1) << (h & 15)
		h >>= 4
		switch {
		case n.datamap&bit != 0:
			j := bits.OnesCount16(n.datamap & (bit - 1))
			if keyEqual(n.leaf(j).key, k) {
				return n, j
			}
			return nil, 0
		case n.nodemap&bit != 0:
			n = n.sub(bits.OnesCount16(n.nodemap & (bit - 1)))
		default:
			return nil, 0
		}
	}
}

// hamtMaxLevel bounds the trie's depth: keys that share every hash bit of
// eight generations (which no two keys found so far do) share a bucket.
const hamtMaxLevel = 64

func (n *hamtNode) bucketFind(k Term) (*hamtNode, int) {
	for j := range n.nleaves() {
		if keyEqual(n.leaf(j).key, k) {
			return n, j
		}
	}
	return nil, 0
}

// put returns a copy of n with k bound to v, and whether k is new. With
// mustExist (M#{K := V}) an absent key leaves n as it is and reports
// added; the caller raises badkey. With a token o (see MapOwner), the
// nodes it makes are owned by o, and those that o already owns are changed
// in place and returned as they are.
func (n *hamtNode) put(k, v Term, h0 uint32, level int, mustExist bool, o *mapToken) (*hamtNode, bool) {
	if level == hamtMaxLevel {
		return n.bucketPut(k, v, mustExist)
	}
	bit := uint16(1) << hashAt(k, h0, level)
	switch {
	case n.datamap&bit != 0:
		j := bits.OnesCount16(n.datamap & (bit - 1))
		l := n.leaf(j)
		if keyEqual(l.key, k) {
			if sameTerm(l.val, v) {
				return n, false
			}
			out := n.writable(level, o)
			out.leaf(j).val = v
			return out, false
		}
		if mustExist {
			return n, true
		}
		// Two keys share this slot: push both one level down.
		sub := pair(l.key, l.val, mapHash(l.key, 0), k, v, h0, level+1, o)
		return n.leafToSub(level, bit, j, sub, o), true
	case n.nodemap&bit != 0:
		i := bits.OnesCount16(n.nodemap & (bit - 1))
		old := n.sub(i)
		sub, added := old.put(k, v, h0, level+1, mustExist, o)
		if sub == old {
			return n, added
		}
		out := n.writable(level, o)
		*out.word(i) = unsafe.Pointer(sub)
		return out, added
	}
	if mustExist {
		return n, true
	}
	return n.withLeaf(level, bit, k, v, o), true
}

// writable returns n itself if the token o owns it, else a copy (owned by
// o if o is not nil) to change.
func (n *hamtNode) writable(level int, o *mapToken) *hamtNode {
	if o != nil && n.ownedBy(o) {
		return n
	}
	return n.copyAt(level, o)
}

// pair returns the node (below a chain of single-slot nodes for as long as
// their hashes agree) holding the pairs a and b.
func pair(ak, av Term, ha uint32, bk, bv Term, hb uint32, level int, o *mapToken) *hamtNode {
	if level == hamtMaxLevel {
		n := newNode(0, 0, 2*leafWords)
		*n.leaf(0), *n.leaf(1) = hamtLeaf{ak, av}, hamtLeaf{bk, bv}
		return n
	}
	sa, sb := hashAt(ak, ha, level), hashAt(bk, hb, level)
	if sa == sb {
		n := newOwnedAt(level, 0, 1<<sa, 1, o)
		*n.word(0) = unsafe.Pointer(pair(ak, av, ha, bk, bv, hb, level+1, o))
		return n
	}
	n := newOwnedAt(level, 1<<sa|1<<sb, 0, 2*leafWords, o)
	if sa > sb {
		ak, av, bk, bv = bk, bv, ak, av
	}
	*n.leaf(0), *n.leaf(1) = hamtLeaf{ak, av}, hamtLeaf{bk, bv}
	return n
}

func (n *hamtNode) bucketPut(k, v Term, mustExist bool) (*hamtNode, bool) {
	for j := range n.nleaves() {
		if keyEqual(n.leaf(j).key, k) {
			out := n.copyAt(hamtMaxLevel, nil)
			out.leaf(j).val = v
			return out, false
		}
	}
	if mustExist {
		return n, true
	}
	out := newNode(0, 0, n.nwords()+leafWords)
	copy(out.words(), n.words())
	*out.leaf(n.nleaves()) = hamtLeaf{k, v}
	return out, true
}

// copyAt returns a copy of n, for level, owned by o if o is not nil.
func (n *hamtNode) copyAt(level int, o *mapToken) *hamtNode {
	out := newOwnedAt(level, n.datamap, n.nodemap, n.nwords(), o)
	copy(out.words(), n.words())
	return out
}

// withLeaf returns a copy of n with the pair k, v in the empty slot bit.
func (n *hamtNode) withLeaf(level int, bit uint16, k, v Term, o *mapToken) *hamtNode {
	j := bits.OnesCount16(n.datamap & (bit - 1))
	out := newOwnedAt(level, n.datamap|bit, n.nodemap, n.nwords()+leafWords, o)
	w, ow := n.words(), out.words()
	at := n.nsubs() + j*leafWords
	copy(ow, w[:at])
	copy(ow[at+leafWords:], w[at:])
	*out.leaf(j) = hamtLeaf{k, v}
	return out
}

// withoutLeaf returns a copy of n without the j-th pair, in slot bit (0 in
// a bucket).
func (n *hamtNode) withoutLeaf(level int, bit uint16, j int, o *mapToken) *hamtNode {
	out := newOwnedAt(level, n.datamap&^bit, n.nodemap, n.nwords()-leafWords, o)
	w, ow := n.words(), out.words()
	at := n.nsubs() + j*leafWords
	copy(ow, w[:at])
	copy(ow[at:], w[at+leafWords:])
	return out
}

// leafToSub returns a copy of n whose slot bit, the j-th pair, holds the
// node sub instead.
func (n *hamtNode) leafToSub(level int, bit uint16, j int, sub *hamtNode, o *mapToken) *hamtNode {
	i := bits.OnesCount16(n.nodemap & (bit - 1))
	out := newOwnedAt(level, n.datamap&^bit, n.nodemap|bit, n.nwords()+1-leafWords, o)
	w, ow := n.words(), out.words()
	ns := n.nsubs()
	copy(ow, w[:i])
	ow[i] = unsafe.Pointer(sub)
	copy(ow[i+1:], w[i:ns])
	at := ns + j*leafWords
	copy(ow[ns+1:], w[ns:at])
	copy(ow[at+1:], w[at+leafWords:])
	return out
}

// subToLeaf returns a copy of n whose slot bit, the i-th sub-node, holds
// the pair l instead.
func (n *hamtNode) subToLeaf(level int, bit uint16, i int, l hamtLeaf, o *mapToken) *hamtNode {
	j := bits.OnesCount16(n.datamap & (bit - 1))
	out := newOwnedAt(level, n.datamap|bit, n.nodemap&^bit, n.nwords()-1+leafWords, o)
	w, ow := n.words(), out.words()
	ns := n.nsubs()
	copy(ow, w[:i])
	copy(ow[i:], w[i+1:ns])
	at := ns + j*leafWords // in n; in out the pairs start one word earlier
	copy(ow[ns-1:], w[ns:at])
	copy(ow[at-1+leafWords:], w[at:])
	*out.leaf(j) = l
	return out
}

// remove returns n without k, and whether k was there. A node left with a
// single pair is replaced by that pair in its parent, as BEAM collapses
// them, so that the trie's shape depends only on its keys.
//
// With a token o, as for put, the nodes made are owned by o, and a node o
// owns whose sub-node changed is changed in place.
func (n *hamtNode) remove(k Term, h0 uint32, level int, o *mapToken) (*hamtNode, bool) {
	if level == hamtMaxLevel {
		for j := range n.nleaves() {
			if keyEqual(n.leaf(j).key, k) {
				return n.withoutLeaf(level, 0, j, nil), true
			}
		}
		return n, false
	}
	bit := uint16(1) << hashAt(k, h0, level)
	switch {
	case n.datamap&bit != 0:
		j := bits.OnesCount16(n.datamap & (bit - 1))
		if !keyEqual(n.leaf(j).key, k) {
			return n, false
		}
		return n.withoutLeaf(level, bit, j, o), true
	case n.nodemap&bit != 0:
		i := bits.OnesCount16(n.nodemap & (bit - 1))
		old := n.sub(i)
		sub, removed := old.remove(k, h0, level+1, o)
		if !removed {
			return n, false
		}
		if sub.nodemap == 0 && sub.nwords() == leafWords {
			return n.subToLeaf(level, bit, i, *sub.leaf(0), o), true
		}
		if sub == old { // changed in place (o owns it)
			return n, true
		}
		out := n.writable(level, o)
		*out.word(i) = unsafe.Pointer(sub)
		return out, true
	}
	return n, false
}

// each calls f on every pair under n in slot order (BEAM's iteration
// order) until f returns false, and reports whether it ran to the end.
func (n *hamtNode) each(f func(*hamtLeaf) bool) bool {
	if n.datamap|n.nodemap == 0 { // a bucket
		for j := range n.nleaves() {
			if !f(n.leaf(j)) {
				return false
			}
		}
		return true
	}
	var i, j int
	for b := n.datamap | n.nodemap; b != 0; b &= b - 1 {
		if n.nodemap&b&-b != 0 {
			if !n.sub(i).each(f) {
				return false
			}
			i++
		} else {
			if !f(n.leaf(j)) {
				return false
			}
			j++
		}
	}
	return true
}

// slotCount is the number of occupied slots.
func (n *hamtNode) slotCount() int { return bits.OnesCount16(n.datamap | n.nodemap) }

// eachSlotReverse calls sub or leaf for each slot, last first.
func (n *hamtNode) eachSlotReverse(sub func(*hamtNode), leaf func(*hamtLeaf)) {
	if n.datamap|n.nodemap == 0 {
		for j := n.nleaves() - 1; j >= 0; j-- {
			leaf(n.leaf(j))
		}
		return
	}
	i, j := n.nsubs()-1, n.nleaves()-1
	for s := 15; s >= 0; s-- {
		bit := uint16(1) << s
		switch {
		case n.nodemap&bit != 0:
			sub(n.sub(i))
			i--
		case n.datamap&bit != 0:
			leaf(n.leaf(j))
			j--
		}
	}
}

// Nodes are allocated with their words in the same object, sized to the
// word count: one allocation a node, and few unused words to copy or scan.
// A root node is allocated inside its Map, whose last field it is, so
// that a map's header, root and root words are one object too.
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

// The words of a node start right after its header, in a hamtNodeOf and,
// for a root, in a hamtRootOf (the root being the Map's last field); a
// layout that broke this would not compile (a negative uintptr constant).
const (
	_ = -(unsafe.Offsetof(hamtNodeOf[[1]unsafe.Pointer]{}.a) - unsafe.Sizeof(hamtNode{}))
	_ = -(unsafe.Offsetof(hamtRootOf[[1]unsafe.Pointer]{}.a) - unsafe.Offsetof(Map{}.root) - unsafe.Sizeof(hamtNode{}))
)

func makeNode[A any](root bool) *hamtNode {
	if root {
		return &new(hamtRootOf[A]).m.root
	}
	return &new(hamtNodeOf[A]).n
}

// mapOf returns the Map a root node made by newNodeAt(0, ...) lies in.
func mapOf(root *hamtNode) *Map {
	return (*Map)(unsafe.Add(unsafe.Pointer(root), -int(unsafe.Offsetof(Map{}.root))))
}

// newNode returns a node below the root with size words, all nil.
func newNode(datamap, nodemap uint16, size int) *hamtNode {
	return newNodeAt(1, datamap, nodemap, size)
}

// newNodeAt returns a node for level with size words, all nil: at level 0
// a root inside a new Map (see mapOf).
func newNodeAt(level int, datamap, nodemap uint16, size int) *hamtNode {
	var n *hamtNode
	switch {
	case size == 0 && level == 0:
		n = &new(Map).root
	case size == 0:
		n = &hamtNode{}
	case size <= 65:
		// An odd number of words makes a node (8 + 8w bytes) or root (40 +
		// 8w) fill one of Go's size classes up to 512 bytes.
		n = nodeMakers[size/2](level == 0)
	case size <= 128 && level > 0: // buckets may hold more than 16 pairs
		n = makeNode[[128]unsafe.Pointer](false)
	default:
		panic("rt: more than 32 map keys share all of their hash bits")
	}
	n.datamap, n.nodemap, n.n = datamap, nodemap, uint32(size)
	return n
}

// newOwnedAt is newNodeAt for a node owned by the token o (with o's word
// after its size words), or not owned if o is nil.
func newOwnedAt(level int, datamap, nodemap uint16, size int, o *mapToken) *hamtNode {
	if o == nil {
		return newNodeAt(level, datamap, nodemap, size)
	}
	n := newNodeAt(level, datamap, nodemap, size+1)
	*n.word(size) = unsafe.Pointer(o)
	n.n = uint32(size) | ownedBit
	return n
}

// nodeMakers[size/2] allocates a node with room for size words.
var nodeMakers = [...]func(root bool) *hamtNode{
	makeNode[[1]unsafe.Pointer],
	makeNode[[3]unsafe.Pointer],
	makeNode[[5]unsafe.Pointer],
	makeNode[[7]unsafe.Pointer],
	makeNode[[9]unsafe.Pointer],
	makeNode[[11]unsafe.Pointer],
	makeNode[[13]unsafe.Pointer],
	makeNode[[15]unsafe.Pointer],
	makeNode[[17]unsafe.Pointer],
	makeNode[[19]unsafe.Pointer],
	makeNode[[21]unsafe.Pointer],
	makeNode[[23]unsafe.Pointer],
	makeNode[[25]unsafe.Pointer],
	makeNode[[27]unsafe.Pointer],
	makeNode[[29]unsafe.Pointer],
	makeNode[[31]unsafe.Pointer],
	makeNode[[33]unsafe.Pointer],
	makeNode[[35]unsafe.Pointer],
	makeNode[[37]unsafe.Pointer],
	makeNode[[39]unsafe.Pointer],
	makeNode[[41]unsafe.Pointer],
	makeNode[[43]unsafe.Pointer],
	makeNode[[45]unsafe.Pointer],
	makeNode[[47]unsafe.Pointer],
	makeNode[[49]unsafe.Pointer],
	makeNode[[51]unsafe.Pointer],
	makeNode[[53]unsafe.Pointer],
	makeNode[[55]unsafe.Pointer],
	makeNode[[57]unsafe.Pointer],
	makeNode[[59]unsafe.Pointer],
	makeNode[[61]unsafe.Pointer],
	makeNode[[63]unsafe.Pointer],
	makeNode[[65]unsafe.Pointer], // 64 words and an owner's
}

// sameTerm reports whether a and b are the same words: the same term
// (-0.0 and 0.0 are not, and a map update must store the one it is given),
// so that an update may keep the map it would copy.
func sameTerm(a, b Term) bool {
	return *(*[2]unsafe.Pointer)(unsafe.Pointer(&a)) == *(*[2]unsafe.Pointer)(unsafe.Pointer(&b))
}

// keyEqual is =:= on map keys, with the common cases first.
func keyEqual(a, b Term) bool {
	switch x := a.(type) {
	case Small:
		y, ok := b.(Small)
		return ok && x == y
	case Atom:
		y, ok := b.(Atom)
		return ok && x == y
	}
	return ExactEqual(a, b)
}

// mapValues returns a copy of n (at level) with each value v under key k
// replaced by f(k, v), called in iteration order. The keys and so the
// shape stay the same.
func (n *hamtNode) mapValues(level int, f func(k, v Term) Term) *hamtNode {
	out := newNodeAt(level, n.datamap, n.nodemap, n.nwords())
	if n.datamap|n.nodemap == 0 { // a bucket
		for j := range n.nleaves() {
			l := n.leaf(j)
			*out.leaf(j) = hamtLeaf{l.key, f(l.key, l.val)}
		}
		return out
	}
	var i, j int
	for b := n.datamap | n.nodemap; b != 0; b &= b - 1 {
		if n.nodemap&b&-b != 0 {
			*out.word(i) = unsafe.Pointer(n.sub(i).mapValues(level+1, f))
			i++
		} else {
			l := n.leaf(j)
			*out.leaf(j) = hamtLeaf{l.key, f(l.key, l.val)}
			j++
		}
	}
	return out
}
