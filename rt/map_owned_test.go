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
				base = base.Put(BoxInt(Int(r.Intn(4000))), BoxInt(Int(i)))
			}
			baseList := pairsOf(base)
			var o, other MapOwner
			plain, owned := Term(base), Term(base)
			otherDone := MapPutIn(&other, base, BoxInt(-1), BoxInt(-1))
			otherList := pairsOf(otherDone.(*Map))
			for step := 0; step < 3000; step++ {
				k := key(r, keys)
				v := Term(BoxInt(Int(r.Intn(50))))
				if r.Intn(3) == 0 {
					v = Str("x") // a value of another kind, and boxed
				}
				_, present := plain.(*Map).Get(k)
				switch {
				case r.Intn(5) == 0: // maps:remove, present or not
					plain, owned = MapsRemove2(nil, k, plain), MapsRemove2In(nil, &o, k, owned)
				case present && r.Intn(2) == 0:
					plain, owned = MapUpdate(plain, k, v), MapUpdateIn(&o, owned, k, v)
				default:
					plain, owned = MapPut(plain, k, v), MapPutIn(&o, owned, k, v)
				}
				if step%500 == 0 || step == 2999 {
					if p, q := pairsOf(plain.(*Map)), pairsOf(owned.(*Map)); !slices.Equal(p, q) || plain.(*Map).Size() != owned.(*Map).Size() {
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
		{"badmap", func() { MapPutIn(&o, BoxInt(1), BoxInt(1), BoxInt(1)) }, "{badmap,1}"},
		{"badkey", func() { MapUpdateIn(&o, NewMap(BoxInt(1), BoxInt(2)), BoxInt(3), BoxInt(1)) }, "{badkey,3}"},
		{"get badkey", func() { MapsGet2In(NewProcess(), &o, BoxInt(3), NewMap(BoxInt(1), BoxInt(2))) }, "{badkey,3}"},
		{"get badmap", func() { MapsGet3In(NewProcess(), &o, BoxInt(3), BoxInt(1), BoxInt(0)) }, "{badmap,1}"},
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
	return BoxInt(Int(r.Intn(n)))
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
	inc := NewFun(Intern("m"), 0, 0, 1, nil, func(p *Process, x Term) Term { return Add(x, BoxInt(1)) })
	base := EmptyMap
	for i := range 50 {
		base = base.Put(BoxInt(Int(i)), BoxInt(Int(i)))
	}
	want := pairsOf(base)
	var o MapOwner
	plain, owned := Term(base), Term(base)
	for i := range 80 {
		k := BoxInt(Int(i % 60))
		plain = MapsUpdateWith4(p, k, inc, BoxInt(0), plain)
		owned = MapsUpdateWith4In(p, &o, k, inc, BoxInt(0), owned)
		plain = MapsPut3(p, NewTuple(k), k, MapsUpdate3(p, k, BoxInt(Int(i)), plain))
		owned = MapsPut3In(p, &o, NewTuple(k), k, MapsUpdate3In(p, &o, k, BoxInt(Int(i)), owned))
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
	if got := raisedReason(func() { MapsUpdateWith3In(p, &o, BoxInt(99), inc, owned) }); got != "{badkey,99}" {
		t.Errorf("update_with of a missing key raised %s", got)
	}
}

// TestMapOwnerLookup: updates after a lookup through the owner (which may
// store into the pair found) agree with plain ones, whatever comes
// between: other keys' updates, inserts that move the pair, other maps.
func TestMapOwnerLookup(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	p := NewProcess()
	inc := NewFun(Intern("m"), 0, 0, 1, nil, func(p *Process, x Term) Term { return BoxInt(7) })
	var o MapOwner
	base := EmptyMap // the loop's first map, which it must copy
	for i := range 300 {
		base = base.Put(BoxInt(Int(i*7)), BoxInt(Int(i)))
	}
	baseList := pairsOf(base)
	plain, owned := Term(base), Term(base)
	other := base.Put(BoxInt(-1), BoxInt(-1)) // a map of the same keys, not owned
	otherList := pairsOf(other)
	for step := 0; step < 20000; step++ {
		k := BoxInt(Int(r.Intn(400) * 7))
		v, _ := o.Get(owned.(*Map), k)
		switch step % 3 { // or through the maps module's lookups
		case 1:
			if v = MapsGet3In(p, &o, k, owned, Nil{}); v == (Nil{}) {
				v = nil
			}
		case 2:
			if t, ok := MapsFind2In(p, &o, k, owned).(*Tuple); ok {
				v = t.Elems[1]
			}
		}
		if w, _ := plain.(*Map).Get(k); v != w {
			t.Fatalf("step %d: Get %v = %v, want %v", step, k, v, w)
		}
		switch r.Intn(4) {
		case 0: // an insert or update of another key first
			k2 := BoxInt(Int(r.Intn(3000)))
			plain, owned = MapsUpdateWith4(p, k2, inc, BoxInt(1), plain), MapsUpdateWith4In(p, &o, k2, inc, BoxInt(1), owned)
		case 1:
			o.Get(other, k) // a lookup in another map
		}
		val := BoxInt(Int(step))
		if _, ok := plain.(*Map).Get(k); ok && r.Intn(2) == 0 {
			plain, owned = MapUpdate(plain, k, val), MapUpdateIn(&o, owned, k, val)
		} else {
			plain, owned = MapPut(plain, k, val), MapPutIn(&o, owned, k, val)
		}
		if step%1000 == 0 && !slices.Equal(pairsOf(plain.(*Map)), pairsOf(owned.(*Map))) {
			t.Fatalf("step %d: owned map differs", step)
		}
	}
	if !slices.Equal(pairsOf(plain.(*Map)), pairsOf(owned.(*Map))) {
		t.Fatal("owned map differs")
	}
	if !slices.Equal(pairsOf(other), otherList) {
		t.Fatal("a map looked up through the owner changed")
	}
	if !slices.Equal(pairsOf(base), baseList) {
		t.Fatal("the loop's first map changed")
	}
}

// TestMapsBuildersOwned: the maps functions that build a map through an
// owner of their own give what puts give, and leave their arguments alone.
func TestMapsBuildersOwned(t *testing.T) {
	p := NewProcess()
	x, y := EmptyMap, EmptyMap
	for i := range 300 {
		x, y = x.Put(BoxInt(Int(i)), BoxInt(Int(i))), y.Put(BoxInt(Int(i+150)), BoxInt(Int(-i)))
	}
	xl, yl := pairsOf(x), pairsOf(y)
	want := x
	y.Range(func(k, v Term) bool { want = want.Put(k, v); return true })
	for _, got := range []Term{MapsMerge2(p, x, y), MapsMerge2(p, x, y)} {
		if !slices.Equal(pairsOf(got.(*Map)), pairsOf(want)) {
			t.Fatal("merge differs from puts")
		}
	}
	with := MapsWith2(p, List(BoxInt(1), BoxInt(200), BoxInt(999)), x)
	if !slices.Equal(pairsOf(with.(*Map)), pairsOf(NewMap(BoxInt(1), BoxInt(1), BoxInt(200), BoxInt(200)))) {
		t.Errorf("with: %v", pairsOf(with.(*Map)))
	}
	var o MapOwner // a map comprehension's accumulator, from a shared map
	acc := x
	y.Range(func(k, v Term) bool { acc = acc.PutIn(&o, k, v); return true })
	if !slices.Equal(pairsOf(acc), pairsOf(want)) {
		t.Fatal("PutIn differs from puts")
	}
	if !slices.Equal(pairsOf(x), xl) || !slices.Equal(pairsOf(y), yl) {
		t.Fatal("an argument changed")
	}
}
