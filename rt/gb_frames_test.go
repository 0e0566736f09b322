package rt

import (
	"strings"
	"testing"
)

// erl (OTP 25): T = gb_trees:from_orddict([{K, K * 10} || K <- lists:seq(1, 20)])
// has 11 at its root, 6 and 16 below it. insert(1, x, T) fails in
// insert_1's last clause under one insert_1 frame (the four calls down
// the left share a return address, which BEAM keeps once), and insert(10,
// x, T) under two: right of 6, left of 11.
func TestGbTreesErrorFrames(t *testing.T) {
	p := NewProcess()
	var kvs []Term
	for k := Int(1); k <= 20; k++ {
		kvs = append(kvs, NewTuple(BoxInt(k), BoxInt(k*10)))
	}
	tree := GbTreesFromOrddict1(p, List(kvs...))
	x := Intern("x")
	cases := []struct {
		name string
		f    func()
		want string
	}{
		{"insert(1)", func() { GbTreesInsert3(p, BoxInt(1), x, tree) },
			`{key_exists,1} {gb_trees,insert_1,4,319} {gb_trees,insert_1,4,281} {gb_trees,insert,3,278}`},
		{"insert(10)", func() { GbTreesInsert3(p, BoxInt(10), x, tree) },
			`{key_exists,10} {gb_trees,insert_1,4,319} {gb_trees,insert_1,4,298} {gb_trees,insert_1,4,281} {gb_trees,insert,3,278}`},
		{"update(0)", func() { GbTreesUpdate3(p, BoxInt(0), x, tree) },
			`function_clause {gb_trees,update_1,[0,x,nil],263} {gb_trees,update_1,3,264} {gb_trees,update,3,258}`},
		{"gb_sets:add(1, x)", func() { GbSetsAdd2(p, BoxInt(1), x) },
			`function_clause {gb_sets,is_member,[1,x],246} {gb_sets,add,2,355}`},
	}
	for _, c := range cases {
		e, ok := catchError(c.f)
		if !ok {
			t.Errorf("%s: no error", c.name)
			continue
		}
		got := []string{Format(e.Reason)}
		for _, f := range append([]Term{locate(e.head, e.Reason)}, e.under...) {
			ft := f.(*Tuple)
			line := ft.Elems[3].(*Cons).Tail.(*Cons).Head.(*Tuple).Elems[1]
			got = append(got, Format(NewTuple(ft.Elems[0], ft.Elems[1], ft.Elems[2], line)))
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s:\n  %s\nwant\n  %s", c.name, g, c.want)
		}
	}
}
