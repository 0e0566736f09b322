package rt

// Map is an immutable Erlang map. Small maps (up to flatMax keys) are flat:
// keys sorted in map-key order with values beside them, as BEAM's flatmaps,
// which fixes the iteration and printing order. Larger maps are a persistent
// hash array mapped trie so that one update costs O(log n).
type Map struct {
	keys []Term // flat maps: keys in map-key order
	vals []Term // flat maps: vals[i] belongs to keys[i]
	root *hamtNode
	size int
}

// flatMax is BEAM's MAP_SMALL_MAP_LIMIT.
const flatMax = 32

type hamtNode struct{}
