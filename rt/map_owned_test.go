package rt

import (
	"math/rand"
	"slices"
	"testing"
)

// TestMapOwner runs the same random puts and updates on maps with and
// without a MapOwner, from empty and from maps built elsewhere (flat and
// tries): the owner's results must equal the plain ones key for key and in
// iteration order, and the maps they started from, and those another
// owner's loop returned, must not change.
func TestMapOwner(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, start := range []int{0, 5, 32, 33, 200, 3000} {
		for _, keys := range []int{4, 40, 700} {
			base := EmptyMap
			for i := 0; i < start; i++ {
				base = base.Put(Int(r.Intn(4000)), Int(i))
			}
			baseList := pairsOf(base)
			var o, other MapOwner
			plain, owned := Term(base), Term(base)
			otherDone := MapPutIn(&other, base, Int(-1), Int(-1))
			otherList := pairsOf(otherDone.(*Map))
			for step := 0; step < 3000; step++ {
				k := key(r, keys)
				v := Term(Int(r.Intn(50)))
				if r.Intn(3) == 0 {
					v = Str("x") // a value of another kind, and boxed
				}
				if _, ok := plain.(*Map).Get(k); ok && r.Intn(2) == 0 {
					plain, owned = MapUpdate(plain, k, v), MapUpdateIn(&o, owned, k, v)
				} else {
					plain, owned = MapPut(plain, k, v), MapPutIn(&o, owned, k, v)
				}
				if step%500 == 0 || step == 2999 {
					if p, q := pairsOf(plain.(*Map)), pairsOf(owned.(*Map)); !slices.Equal(p, q) {
						t.Fatalf("start %d keys %d step %d: owned %v, want %v", start, keys, step, q, p)
					}
				}
			}
			if !slices.Equal(pairsOf(base), baseList) {
				t.Fatalf("start %d keys %d: the loop's first map changed", start, keys)
			}
			if !slices.Equal(pairsOf(otherDone.(*Map)), otherList) {
				t.Fatalf("start %d keys %d: another owner's map changed", start, keys)
			}
			if Compare(plain, owned) != 0 || mapHash(plain, 0) != mapHash(owned, 0) || Phash2(plain) != Phash2(owned) {
				t.Fatalf("start %d keys %d: maps differ in order or hash", start, keys)
			}
		}
	}
}

// TestMapOwnerErrors: the owned updates raise as MapPut and MapUpdate do.
func TestMapOwnerErrors(t *testing.T) {
	var o MapOwner
	for _, c := range []struct {
		name string
		f    func()
		want string
	}{
		{"badmap", func() { MapPutIn(&o, Int(1), Int(1), Int(1)) }, "{badmap,1}"},
		{"badkey", func() { MapUpdateIn(&o, NewMap(Int(1), Int(2)), Int(3), Int(1)) }, "{badkey,3}"},
	} {
		if got := raisedReason(c.f); got != c.want {
			t.Errorf("%s: raised %s, want %s", c.name, got, c.want)
		}
	}
}

func raisedReason(f func()) (reason string) {
	defer func() {
		e, _ := recover().(*Exception)
		if e != nil {
			reason = Pretty(e.Reason)
		}
	}()
	f()
	return "nothing"
}

func key(r *rand.Rand, n int) Term {
	if r.Intn(10) == 0 {
		return Str(string(rune('a' + r.Intn(26)))) // a key that is not an integer
	}
	return Int(r.Intn(n))
}

// pairsOf lists a map's keys and values in iteration order, printed.
func pairsOf(m *Map) []string {
	var out []string
	m.Range(func(k, v Term) bool {
		out = append(out, Pretty(k)+"=>"+Pretty(v))
		return true
	})
	return out
}

// TestMapsUpdatesIn: the maps module's owned updates give the plain ones'
// results and leave the map they start from alone.
func TestMapsUpdatesIn(t *testing.T) {
	p := NewProcess()
	inc := NewFun(Intern("m"), 0, 0, 1, nil, func(p *Process, x Term) Term { return Add(x, Int(1)) })
	base := EmptyMap
	for i := range 50 {
		base = base.Put(Int(i), Int(i))
	}
	want := pairsOf(base)
	var o MapOwner
	plain, owned := Term(base), Term(base)
	for i := range 80 {
		k := Int(i % 60)
		plain = MapsUpdateWith4(p, k, inc, Int(0), plain)
		owned = MapsUpdateWith4In(p, &o, k, inc, Int(0), owned)
		plain = MapsPut3(p, NewTuple(k), k, MapsUpdate3(p, k, Int(i), plain))
		owned = MapsPut3In(p, &o, NewTuple(k), k, MapsUpdate3In(p, &o, k, Int(i), owned))
		if i < 50 {
			plain, owned = MapsUpdateWith3(p, k, inc, plain), MapsUpdateWith3In(p, &o, k, inc, owned)
		}
	}
	if a, b := pairsOf(plain.(*Map)), pairsOf(owned.(*Map)); !slices.Equal(a, b) {
		t.Fatalf("owned %v, want %v", b, a)
	}
	if !slices.Equal(pairsOf(base), want) {
		t.Fatal("the first map changed")
	}
	if got := raisedReason(func() { MapsUpdateWith3In(p, &o, Int(99), inc, owned) }); got != "{badkey,99}" {
		t.Errorf("update_with of a missing key raised %s", got)
	}
}
