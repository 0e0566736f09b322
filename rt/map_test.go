package rt

import (
	"math/rand"
	"testing"
)

func TestMapSmallOrder(t *testing.T) {
	// erl: maps:to_list(#{1=>a,1.0=>b, 0.5=>c, 2=>d}) -> [{1,a},{2,d},{0.5,c},{1.0,b}]
	m := NewMap(Int(1), Intern("a"), Float(1), Intern("b"), Float(0.5), Intern("c"), Int(2), Intern("d"))
	want := []Term{Int(1), Int(2), Float(0.5), Float(1)}
	if m.Size() != 4 {
		t.Fatalf("size %d", m.Size())
	}
	for i, k := range m.Keys() {
		if !ExactEqual(k, want[i]) {
			t.Errorf("key %d = %v, want %v", i, k, want[i])
		}
	}
	if v, ok := m.Get(Float(1)); !ok || v != Intern("b") {
		t.Errorf("Get(1.0) = %v %v", v, ok)
	}
	if _, ok := m.Get(Float(2)); ok {
		t.Error("Get(2.0) found the key 2")
	}
}

// TestMapLarge checks the trie against a Go map through growth past the
// flat limit, overwrites and removal back to a flat map.
func TestMapLarge(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	ref := map[int]int{}
	m := EmptyMap
	for i := 0; i < 5000; i++ {
		k, v := r.Intn(3000), r.Int()
		ref[k] = v
		m = m.Put(Int(k), Int(v))
	}
	check := func() {
		t.Helper()
		if m.Size() != len(ref) {
			t.Fatalf("size %d, want %d", m.Size(), len(ref))
		}
		for k, v := range ref {
			if got, ok := m.Get(Int(k)); !ok || got != Int(v) {
				t.Fatalf("Get(%d) = %v, %v", k, got, ok)
			}
		}
		keys := m.Keys()
		for i := 1; i < len(keys); i++ {
			if CompareKeys(keys[i-1], keys[i]) >= 0 {
				t.Fatalf("keys out of order at %d", i)
			}
		}
	}
	check()
	for k := range ref {
		if len(ref) <= 10 {
			break
		}
		delete(ref, k)
		m = m.Remove(Int(k))
	}
	check()
	if m.root != nil {
		t.Error("a small map stayed a trie")
	}
}

// TestMapCollisions forces every key into one hash bucket path.
func TestMapCollisions(t *testing.T) {
	var n hamtNode
	root := &n
	for i := 0; i < 50; i++ {
		root, _ = root.put(42, 0, Int(i), Int(i*2))
	}
	for i := 0; i < 50; i++ {
		if v, ok := root.get(42, 0, Int(i)); !ok || v != Int(i*2) {
			t.Fatalf("get %d = %v %v", i, v, ok)
		}
	}
	for i := 0; i < 49; i++ {
		root, _ = root.remove(42, 0, Int(i))
	}
	if v, ok := root.get(42, 0, Int(49)); !ok || v != Int(98) {
		t.Fatalf("after removals: %v %v", v, ok)
	}
}
