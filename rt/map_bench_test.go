package rt

import "testing"

// BenchmarkMapWordcount is bench/wordcount.erl's inner loop: find a key
// with a map pattern, then M#{K := C + 1}, or M#{K => 1} the first time.
func BenchmarkMapWordcount(b *testing.B) {
	words := make([]Term, 1<<16)
	s := 7
	for i := range words {
		s = (s*1103515245 + 12345) % 2147483648
		words[i] = BoxInt(Int(s % 5000))
	}
	b.ReportAllocs()
	m := EmptyMap
	for i := 0; i < b.N; i++ {
		w := words[i&(len(words)-1)]
		if c, ok := m.Get(w); ok {
			m, _ = m.Update(w, BoxInt(c.(Small).Int()+1))
		} else {
			m = m.Put(w, BoxInt(1))
		}
	}
}

// BenchmarkMapWordcountOwned is BenchmarkMapWordcount as the generated
// loop runs it, with a MapOwner.
func BenchmarkMapWordcountOwned(b *testing.B) {
	words := make([]Term, 1<<16)
	s := 7
	for i := range words {
		s = (s*1103515245 + 12345) % 2147483648
		words[i] = BoxInt(Int(s % 5000))
	}
	b.ReportAllocs()
	var o MapOwner
	m := Term(EmptyMap)
	for i := 0; i < b.N; i++ {
		w := words[i&(len(words)-1)]
		if c, ok := m.(*Map).Get(w); ok {
			m = MapUpdateIn(&o, m, w, BoxInt(c.(Small).Int()+1))
		} else {
			m = MapPutIn(&o, m, w, BoxInt(1))
		}
	}
}

// BenchmarkMapGet looks keys up in a 5000-key map.
func BenchmarkMapGet(b *testing.B) {
	m := EmptyMap
	for i := 0; i < 5000; i++ {
		m = m.Put(BoxInt(Int(i)), BoxInt(Int(i)))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok := m.Get(BoxInt(Int(i % 5000))); !ok {
			b.Fatal("missing")
		}
	}
}

// BenchmarkMapFromPairs builds a 50,000-key map, as maps:from_list does,
// against BenchmarkMapPuts, the same map by successive puts.
func BenchmarkMapFromPairs(b *testing.B) {
	keys, vals := benchPairs()
	b.ReportAllocs()
	for b.Loop() {
		MapFromPairs(keys, vals)
	}
}

func BenchmarkMapPuts(b *testing.B) {
	keys, vals := benchPairs()
	b.ReportAllocs()
	for b.Loop() {
		m := EmptyMap
		for i, k := range keys {
			m = m.Put(k, vals[i])
		}
	}
}

func benchPairs() (keys, vals []Term) {
	for i := 0; i < 50000; i++ {
		keys, vals = append(keys, BoxInt(Int(i*7))), append(vals, BoxInt(Int(i)))
	}
	return keys, vals
}

// recordLikeMap returns a 12-key flat map with atom keys, as records-as-maps
// are, and its keys.
func recordLikeMap() (*Map, []Term) {
	names := []string{"name", "age", "email", "id", "city", "zip", "phone", "role", "team", "x", "y", "z"}
	m := EmptyMap
	var keys []Term
	for i, n := range names {
		keys = append(keys, Intern(n))
		m = m.Put(Intern(n), BoxInt(Int(i)))
	}
	return m, keys
}

// BenchmarkMapFlatGetAtom looks atoms up in a 12-key flat map, a record-like
// map.
func BenchmarkMapFlatGetAtom(b *testing.B) {
	m, keys := recordLikeMap()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok := m.Get(keys[i%len(keys)]); !ok {
			b.Fatal("missing")
		}
	}
}

// BenchmarkMapFlatUpdate updates a 12-key flat map, a record-like map, as
// M#{K := V} does outside an owning loop.
func BenchmarkMapFlatUpdate(b *testing.B) {
	m, keys := recordLikeMap()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		m, _ = m.Update(keys[i%len(keys)], BoxInt(Int(i&1023)))
	}
}

// BenchmarkMapsMerge merges two 5000-key maps, half their keys shared.
func BenchmarkMapsMerge(b *testing.B) {
	x, y := EmptyMap, EmptyMap
	for i := range 5000 {
		x, y = x.Put(BoxInt(Int(i)), BoxInt(Int(i))), y.Put(BoxInt(Int(i+2500)), BoxInt(Int(-i)))
	}
	b.ReportAllocs()
	for b.Loop() {
		MapsMerge2(nil, x, y)
	}
}
