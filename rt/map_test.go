package rt

import (
	"fmt"
	"math"
	"math/rand"
	"testing"
)

func TestMapSmallOrder(t *testing.T) {
	// erl: maps:to_list(#{1=>a,1.0=>b, 0.5=>c, 2=>d}) -> [{1,a},{2,d},{0.5,c},{1.0,b}]
	m := NewMap(BoxInt(1), Intern("a"), Float(1), Intern("b"), Float(0.5), Intern("c"), BoxInt(2), Intern("d"))
	want := []Term{BoxInt(1), BoxInt(2), Float(0.5), Float(1)}
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
// flat limit, overwrites, updates and removal back to a flat map.
func TestMapLarge(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	ref := map[int]int{}
	m := EmptyMap
	for i := 0; i < 5000; i++ {
		k, v := r.Intn(3000), r.Int()
		if _, ok := ref[k]; ok && i%2 == 0 {
			var found bool
			m, found = m.Update(BoxInt(Int(k)), BoxInt(Int(v)))
			if !found {
				t.Fatalf("Update(%d) did not find it", k)
			}
		} else {
			m = m.Put(BoxInt(Int(k)), BoxInt(Int(v)))
		}
		ref[k] = v
	}
	if _, found := m.Update(BoxInt(-1), BoxInt(0)); found {
		t.Error("Update of an absent key succeeded")
	}
	check := func() {
		t.Helper()
		if m.Size() != len(ref) {
			t.Fatalf("size %d, want %d", m.Size(), len(ref))
		}
		for k, v := range ref {
			if got, ok := m.Get(BoxInt(Int(k))); !ok || !ExactEqual(got, BoxInt(Int(v))) {
				t.Fatalf("Get(%d) = %v, %v", k, got, ok)
			}
		}
		keys, _ := m.sorted()
		for i := 1; i < len(keys); i++ {
			if CompareKeys(keys[i-1], keys[i]) >= 0 {
				t.Fatalf("sorted keys out of order at %d", i)
			}
		}
		if n := len(m.Keys()); n != len(ref) {
			t.Fatalf("Keys has %d keys, want %d", n, len(ref))
		}
	}
	check()
	for k := range ref {
		if len(ref) <= 10 {
			break
		}
		delete(ref, k)
		m = m.Remove(BoxInt(Int(k)))
	}
	check()
	if m.root.n != 0 {
		t.Error("a small map kept its trie")
	}
}

// TestMapShape checks that a trie's order and shape depend only on its
// keys: maps built in different orders, or grown and shrunk, iterate alike
// and compare and hash as equal.
func TestMapShape(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	var keys []Term
	for i := 0; i < 400; i++ {
		keys = append(keys, BoxInt(Int(r.Intn(1000))), Str(fmt.Sprint("k", i)), NewTuple(BoxInt(Int(i)), Float(float64(i)/3)))
	}
	build := func(ks []Term) *Map {
		m := EmptyMap
		for _, k := range ks {
			m = m.Put(k, BoxInt(1))
		}
		return m
	}
	a := build(keys)
	shuffled := append([]Term(nil), keys...)
	r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	b := build(append(shuffled, BoxInt(-5), BoxInt(-6)))
	b = b.Remove(BoxInt(-5)).Remove(BoxInt(-6))
	checkOrder(t, "shuffled", b.Keys(), a.Keys())
	if !ExactEqual(a, b) || hashMap(0, a) != hashMap(0, b) {
		t.Error("equal maps differ in comparison or hash")
	}
}

// TestMapCollisions puts keys whose 32-bit hashes collide (found by
// search) and keys that share a bucket past the last level.
func TestMapCollisions(t *testing.T) {
	if mapHash(BoxInt(40660), 0) != mapHash(BoxInt(59671), 0) {
		t.Fatal("40660 and 59671 no longer collide")
	}
	m := EmptyMap
	for i := 0; i < 40; i++ {
		m = m.Put(BoxInt(Int(i)), BoxInt(Int(i)))
	}
	m = m.Put(BoxInt(40660), BoxInt(1)).Put(BoxInt(59671), BoxInt(2))
	if v, _ := m.Get(BoxInt(40660)); v != BoxInt(1) {
		t.Errorf("Get(40660) = %v", v)
	}
	if v, _ := m.Get(BoxInt(59671)); v != BoxInt(2) {
		t.Errorf("Get(59671) = %v", v)
	}
	// A bucket: start at the last level with keys that share its slot.
	last := hamtMaxLevel - 1
	var same []Term
	for i := 0; len(same) < 5; i++ {
		if hashAt(BoxInt(Int(i)), 0, last) == 3 {
			same = append(same, BoxInt(Int(i)))
		}
	}
	root := newNode(0, 0, 0)
	for i, k := range same {
		root, _ = root.put(k, BoxInt(Int(i)), mapHash(k, 0), last, false, nil)
	}
	sub := root.sub(0)
	for i, k := range same {
		if n, j := sub.bucketFind(k); n == nil || n.leaf(j).val != BoxInt(Int(i)) {
			t.Fatalf("bucket find %v = %v %v", k, n, j)
		}
	}
	for _, k := range same[:4] {
		root, _ = root.remove(k, mapHash(k, 0), last, nil)
	}
	if root.nodemap != 0 || root.nleaves() != 1 || root.leaf(0).key != same[4] {
		t.Error("a bucket left with one key did not collapse to a leaf")
	}
}

// TestMapFromPairs checks the bottom-up build against successive puts:
// same pairs, same order, duplicates resolved to the last.
func TestMapFromPairs(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for _, n := range []int{0, 5, 32, 33, 34, 40, 100, 3000} {
		var keys, vals []Term
		for i := 0; i < n; i++ {
			var k Term = BoxInt(Int(r.Intn(n + 1)))
			switch i % 4 {
			case 1:
				k = Str(fmt.Sprint(r.Intn(n + 1)))
			case 2:
				k = BoxInt(Int([]int{40660, 59671, 119693, 22575}[r.Intn(4)]))
			}
			keys, vals = append(keys, k), append(vals, BoxInt(Int(i)))
		}
		want := EmptyMap
		for i, k := range keys {
			want = want.Put(k, vals[i])
		}
		got := MapFromPairs(keys, vals)
		if got.Size() != want.Size() {
			t.Fatalf("n=%d: size %d, want %d", n, got.Size(), want.Size())
		}
		checkOrder(t, fmt.Sprint("keys n=", n), got.Keys(), want.Keys())
		checkOrder(t, fmt.Sprint("values n=", n), got.Values(), want.Values())
		if hashMap(0, got) != hashMap(0, want) {
			t.Errorf("n=%d: the built trie's shape differs", n)
		}
	}
}

// TestMapValues checks MapValues against rebuilding, and that it calls f in
// iteration order.
func TestMapValues(t *testing.T) {
	for _, n := range []int{3, 32, 33, 500} {
		m := EmptyMap
		for i := 0; i < n; i++ {
			m = m.Put(BoxInt(Int(i*13)), BoxInt(Int(i)))
		}
		var seen []Term
		got := m.MapValues(func(k, v Term) Term {
			seen = append(seen, k)
			return NewTuple(k, v)
		})
		checkOrder(t, fmt.Sprint("calls n=", n), seen, m.Keys())
		want := EmptyMap
		m.Range(func(k, v Term) bool {
			want = want.Put(k, NewTuple(k, v))
			return true
		})
		if !ExactEqual(got, want) || hashMap(0, got) != hashMap(0, want) {
			t.Errorf("n=%d: MapValues differs from rebuilding", n)
		}
		checkOrder(t, fmt.Sprint("keys n=", n), got.Keys(), m.Keys())
	}
}

// TestMapRandomOps runs random puts, updates and removes of mixed keys
// (integers and floats that are == but not =:=, strings, tuples, keys whose
// hashes collide) across the flat limit, against a reference of pairs.
func TestMapRandomOps(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	pool := []Term{BoxInt(40660), BoxInt(59671), BoxInt(119693), BoxInt(22575)}
	for i := 0; i < 60; i++ {
		pool = append(pool, BoxInt(Int(i)), Float(i), Str(fmt.Sprint(i)), NewTuple(BoxInt(Int(i))))
	}
	type pair struct{ k, v Term }
	var ref []pair
	find := func(k Term) int {
		for i, p := range ref {
			if ExactEqual(p.k, k) {
				return i
			}
		}
		return -1
	}
	m := EmptyMap
	crossings, wasTrie := 0, false
	for step := 0; step < 20000; step++ {
		if m.isTrie() != wasTrie {
			crossings, wasTrie = crossings+1, m.isTrie()
		}
		k, v := pool[r.Intn(len(pool))], BoxInt(Int(step))
		i := find(k)
		op := r.Intn(10)
		if step/1000%2 == 1 { // shrinking phases, so the size crosses the flat limit
			op = 9 - op/2
		}
		switch {
		case op < 5:
			m = m.Put(k, v)
			if i < 0 {
				ref = append(ref, pair{k, v})
			} else {
				ref[i].v = v
			}
		case op < 7:
			var ok bool
			m, ok = m.Update(k, v)
			if ok != (i >= 0) {
				t.Fatalf("step %d: Update(%v) found %v", step, k, ok)
			}
			if ok {
				ref[i].v = v
			}
		default:
			m = m.Remove(k)
			if i >= 0 {
				ref = append(ref[:i], ref[i+1:]...)
			}
		}
		if m.Size() != len(ref) || m.isTrie() != (len(ref) > flatMax) {
			t.Fatalf("step %d: size %d (trie %v), want %d", step, m.Size(), m.isTrie(), len(ref))
		}
		if step%97 == 0 {
			for _, p := range ref {
				if got, ok := m.Get(p.k); !ok || got != p.v {
					t.Fatalf("step %d: Get(%v) = %v, %v; want %v", step, p.k, got, ok, p.v)
				}
			}
			if n := len(m.Keys()); n != len(ref) {
				t.Fatalf("step %d: %d keys listed, want %d", step, n, len(ref))
			}
		}
	}
	if crossings < 10 {
		t.Errorf("the size crossed the flat limit only %d times", crossings)
	}
}

// TestMapStoresGivenValue: an update stores the value it is given even
// when it is == to the old one, as BEAM does: -0.0 replaces 0.0.
func TestMapStoresGivenValue(t *testing.T) {
	negZero := Float(math.Copysign(0, -1))
	for _, n := range []int{0, 40} {
		m := NewMap(Intern("a"), Float(0))
		for i := range n {
			m = m.Put(BoxInt(Int(i)), BoxInt(Int(i)))
		}
		u, _ := m.Update(Intern("a"), negZero)
		for _, got := range []*Map{m.Put(Intern("a"), negZero), u} {
			v, _ := got.Get(Intern("a"))
			if f := float64(v.(Float)); !math.Signbit(f) {
				t.Errorf("%d keys: stored %v, want -0.0", n+1, f)
			}
		}
	}
}
