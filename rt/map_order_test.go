package rt

import (
	"bytes"
	"os"
	"testing"
)

// TestMapOrderBEAM checks large maps against BEAM (rt/testdata/maps,
// recorded by record.escript): each map, rebuilt here from its keys, must
// list its keys (maps:keys/1) and fold over them in BEAM's orders, and
// encode to BEAM's bytes with term_to_binary.
func TestMapOrderBEAM(t *testing.T) {
	data, err := os.ReadFile("testdata/maps/order.etf")
	if err != nil {
		t.Fatal(err)
	}
	cases, _, ok := BinaryToTerm(data, false)
	if !ok {
		t.Fatal("order.etf does not decode")
	}
	xs, _ := ListToSlice(cases)
	for _, x := range xs {
		c := x.(*Tuple).Elems
		name := c[0].(Atom).Name()
		listed, _ := ListToSlice(c[1])
		folded, _ := ListToSlice(c[2])
		m := EmptyMap
		for _, k := range folded {
			v := Term(Nil{}) // the values record.escript gives its keys
			switch k.(type) {
			case Small, *BigInt:
				v = Mul(k, BoxInt(3))
			}
			m = m.Put(k, v)
		}
		if m.Size() != len(folded) {
			t.Errorf("%s: size %d, want %d", name, m.Size(), len(folded))
			continue
		}
		checkOrder(t, name+" fold", m.Keys(), folded)
		var got []Term
		m.RangeListOrder(func(k, _ Term) bool {
			got = append(got, k)
			return true
		})
		checkOrder(t, name+" keys", got, listed)
		if want := c[3].(*Binary).Data; len(want) > 0 {
			if enc := TermToBinary(m); !bytes.Equal(enc, want) {
				t.Errorf("%s: term_to_binary differs from BEAM's", name)
			}
		}
	}
}

func checkOrder(t *testing.T, what string, got, want []Term) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d keys, want %d", what, len(got), len(want))
		return
	}
	for i := range got {
		if !ExactEqual(got[i], want[i]) {
			t.Errorf("%s: key %d is %s, want %s", what, i, Sprintf("~w", got[i]), Sprintf("~w", want[i]))
			return
		}
	}
}
