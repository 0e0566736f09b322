package rt

import "slices"

// The gb_trees module on the shared tree core (gb_tree_core.go). Missing
// keys in get, update and delete raise function_clause, as OTP's clauses
// do; insert of a present key raises {key_exists, Key}.

const gbtW = 4

func gbtEmpty() Term { return NewTuple(BoxInt(0), atomNilNode) }

// GbTreesEmpty0 is gb_trees:empty().
func GbTreesEmpty0(p *Process) Term { return gbtEmpty() }

// GbTreesIsEmpty1 is gb_trees:is_empty(T).
func GbTreesIsEmpty1(p *Process, t Term) Term {
	tp, ok := t.(*Tuple)
	return Bool(ok && len(tp.Elems) == 2 && tp.Elems[0] == BoxInt(0) && tp.Elems[1] == atomNilNode)
}

// GbTreesSize1 is gb_trees:size(T).
func GbTreesSize1(p *Process, t Term) Term {
	n, _ := gbParts(gbtW, t, "size", t)
	return BoxInt(Int(n))
}

// GbTreesLookup2 is gb_trees:lookup(Key, T): {value, V} or none.
func GbTreesLookup2(p *Process, k, t Term) Term {
	_, tr := gbParts(gbtW, t, "lookup", k, t)
	if n := gbFind(gbtW, k, tr); n != nil {
		return NewTuple(atomValue, n.Elems[1])
	}
	return Intern("none")
}

// GbTreesIsDefined2 is gb_trees:is_defined(Key, T).
func GbTreesIsDefined2(p *Process, k, t Term) Term {
	_, tr := gbParts(gbtW, t, "is_defined", k, t)
	return Bool(gbFind(gbtW, k, tr) != nil)
}

// GbTreesGet2 is gb_trees:get(Key, T).
func GbTreesGet2(p *Process, k, t Term) Term {
	_, tr := gbParts(gbtW, t, "get", k, t)
	n := gbFind(gbtW, k, tr)
	if n == nil {
		return gbClause(gbtW, "get_1", k, atomNilNode)
	}
	return n.Elems[1]
}

// GbTreesInsert3 is gb_trees:insert(Key, Value, T).
func GbTreesInsert3(p *Process, k, v, t Term) Term {
	return gbInsert(gbtW, []Term{k, v}, t, "insert", k, v, t)
}

// GbTreesUpdate3 is gb_trees:update(Key, Value, T).
func GbTreesUpdate3(p *Process, k, v, t Term) Term {
	sz, tr := gbParts(gbtW, t, "update", k, v, t)
	return NewTuple(BoxInt(Int(sz)), gbtUpdate(k, v, tr, nil))
}

// gbtUpdate is OTP's update_1; path holds its frames above this call, for
// the function_clause of a missing key, raised as OTP's last clause fails.
func gbtUpdate(k, v, t Term, path []erlFrame) Term {
	n := gbNode(gbtW, t)
	if n == nil {
		// BEAM keeps one of equal return addresses in a row.
		slices.Reverse(path)
		under := append(slices.Compact(path), erlFrame{"gb_trees", "update", 3, 258})
		return otpRaise(AtomFunctionClause, List(k, v, t), append([]erlFrame{{"gb_trees", "update_1", 3, 263}}, under...)...)
	}
	key, val, s, b := n.Elems[0], n.Elems[1], n.Elems[2], n.Elems[3]
	switch Compare(k, key) {
	case -1:
		return NewTuple(key, val, gbtUpdate(k, v, s, append(path, erlFrame{"gb_trees", "update_1", 3, 264})), b)
	case 1:
		return NewTuple(key, val, s, gbtUpdate(k, v, b, append(path, erlFrame{"gb_trees", "update_1", 3, 266})))
	}
	return NewTuple(k, v, s, b)
}

// GbTreesEnter3 is gb_trees:enter(Key, Value, T): update or insert.
func GbTreesEnter3(p *Process, k, v, t Term) Term {
	if GbTreesIsDefined2(p, k, t) == True {
		return GbTreesUpdate3(p, k, v, t)
	}
	return GbTreesInsert3(p, k, v, t)
}

// GbTreesDelete2 is gb_trees:delete(Key, T).
func GbTreesDelete2(p *Process, k, t Term) Term {
	sz, tr := gbParts(gbtW, t, "delete", k, t)
	nt, _, ok := gbDel(gbtW, k, tr)
	if !ok {
		return gbClause(gbtW, "delete_1", k, atomNilNode)
	}
	return NewTuple(BoxInt(Int(sz-1)), nt)
}

// GbTreesDeleteAny2 is gb_trees:delete_any(Key, T).
func GbTreesDeleteAny2(p *Process, k, t Term) Term {
	if GbTreesIsDefined2(p, k, t) == True {
		return GbTreesDelete2(p, k, t)
	}
	return t
}

// GbTreesTake2 is gb_trees:take(Key, T): {Value, T1}.
func GbTreesTake2(p *Process, k, t Term) Term {
	sz, tr := gbParts(gbtW, t, "take", k, t)
	nt, n, ok := gbDel(gbtW, k, tr)
	if !ok {
		return gbClause(gbtW, "take_1", k, atomNilNode)
	}
	return NewTuple(n.Elems[1], NewTuple(BoxInt(Int(sz-1)), nt))
}

// GbTreesTakeAny2 is gb_trees:take_any(Key, T): {Value, T1} or error.
func GbTreesTakeAny2(p *Process, k, t Term) Term {
	if GbTreesIsDefined2(p, k, t) == True {
		return GbTreesTake2(p, k, t)
	}
	return AtomError
}

// GbTreesBalance1 is gb_trees:balance(T).
func GbTreesBalance1(p *Process, t Term) Term {
	sz, tr := gbParts(gbtW, t, "balance", t)
	return NewTuple(BoxInt(Int(sz)), gbBalance(gbtW, tr, sz))
}

// GbTreesFromOrddict1 is gb_trees:from_orddict(List).
func GbTreesFromOrddict1(p *Process, l Term) Term {
	xs, ok := ListToSlice(l)
	if !ok {
		return Badarg()
	}
	pays := make([][]Term, len(xs))
	for i, x := range xs {
		tp, ok := x.(*Tuple)
		if !ok || len(tp.Elems) != 2 {
			return gbClause(gbtW, "balance_list_1", l, BoxInt(Int(len(xs))))
		}
		pays[i] = tp.Elems
	}
	t, _ := gbBuild(pays, int64(len(xs)))
	return NewTuple(BoxInt(Int(len(xs))), t)
}

func gbtCollect(t Term, fun string, f func(pay []Term) Term) Term {
	_, tr := gbParts(gbtW, t, fun, t)
	pays := gbList(gbtW, tr, nil)
	xs := make([]Term, len(pays))
	for i, pay := range pays {
		xs[i] = f(pay)
	}
	return List(xs...)
}

// GbTreesToList1 is gb_trees:to_list(T).
func GbTreesToList1(p *Process, t Term) Term {
	return gbtCollect(t, "to_list", func(pay []Term) Term { return NewTuple(pay[0], pay[1]) })
}

// GbTreesKeys1 is gb_trees:keys(T).
func GbTreesKeys1(p *Process, t Term) Term {
	return gbtCollect(t, "keys", func(pay []Term) Term { return pay[0] })
}

// GbTreesValues1 is gb_trees:values(T).
func GbTreesValues1(p *Process, t Term) Term {
	return gbtCollect(t, "values", func(pay []Term) Term { return pay[1] })
}

// GbTreesSmallest1 is gb_trees:smallest(T): {Key, Value}.
func GbTreesSmallest1(p *Process, t Term) Term {
	_, pay, _ := gbEnd(gbtW, t, "smallest", false, "smallest_1", atomNilNode)
	return NewTuple(pay[0], pay[1])
}

// GbTreesLargest1 is gb_trees:largest(T): {Key, Value}.
func GbTreesLargest1(p *Process, t Term) Term {
	_, pay, _ := gbEnd(gbtW, t, "largest", true, "largest_1", atomNilNode)
	return NewTuple(pay[0], pay[1])
}

// GbTreesTakeSmallest1 is gb_trees:take_smallest(T): {Key, Value, T1}.
func GbTreesTakeSmallest1(p *Process, t Term) Term {
	sz, pay, rest := gbEnd(gbtW, t, "take_smallest", false, "take_smallest1", atomNilNode)
	return NewTuple(pay[0], pay[1], NewTuple(BoxInt(Int(sz-1)), rest))
}

// GbTreesTakeLargest1 is gb_trees:take_largest(T): {Key, Value, T1}.
func GbTreesTakeLargest1(p *Process, t Term) Term {
	sz, pay, rest := gbEnd(gbtW, t, "take_largest", true, "take_largest1", atomNilNode)
	return NewTuple(pay[0], pay[1], NewTuple(BoxInt(Int(sz-1)), rest))
}

// GbTreesIterator1 is gb_trees:iterator(T).
func GbTreesIterator1(p *Process, t Term) Term {
	_, tr := gbParts(gbtW, t, "iterator", t)
	return gbIter(gbtW, tr, Nil{})
}

// GbTreesIteratorFrom2 is gb_trees:iterator_from(Key, T).
func GbTreesIteratorFrom2(p *Process, k, t Term) Term {
	_, tr := gbParts(gbtW, t, "iterator_from", k, t)
	return gbIterFrom(gbtW, k, tr, Nil{})
}

// GbTreesNext1 is gb_trees:next(Iter): {Key, Value, Iter1} or none.
func GbTreesNext1(p *Process, it Term) Term {
	pay, rest, ok := gbNext(gbtW, it)
	if !ok {
		return Intern("none")
	}
	return NewTuple(pay[0], pay[1], rest)
}

// GbTreesMap2 is gb_trees:map(Fun, T).
func GbTreesMap2(p *Process, f, t Term) Term {
	sz, tr := gbParts(gbtW, t, "map", f, t)
	if fn, ok := f.(*Fun); !ok || fn.Arity != 2 {
		return gbClause(gbtW, "map", f, t)
	}
	return NewTuple(BoxInt(Int(sz)), gbtMap(p, f, tr))
}

func gbtMap(p *Process, f, t Term) Term {
	n := gbNode(gbtW, t)
	if n == nil {
		return t
	}
	k := n.Elems[0]
	v := CallFun2(p, f, k, n.Elems[1])
	return NewTuple(k, v, gbtMap(p, f, n.Elems[2]), gbtMap(p, f, n.Elems[3]))
}

func init() {
	RegisterModule("gb_trees",
		Export("empty", 0, GbTreesEmpty0),
		Export("is_empty", 1, GbTreesIsEmpty1),
		Export("size", 1, GbTreesSize1),
		Export("lookup", 2, GbTreesLookup2),
		Export("is_defined", 2, GbTreesIsDefined2),
		Export("get", 2, GbTreesGet2),
		Export("insert", 3, GbTreesInsert3),
		Export("update", 3, GbTreesUpdate3),
		Export("enter", 3, GbTreesEnter3),
		Export("delete", 2, GbTreesDelete2),
		Export("delete_any", 2, GbTreesDeleteAny2),
		Export("take", 2, GbTreesTake2),
		Export("take_any", 2, GbTreesTakeAny2),
		Export("balance", 1, GbTreesBalance1),
		Export("from_orddict", 1, GbTreesFromOrddict1),
		Export("to_list", 1, GbTreesToList1),
		Export("keys", 1, GbTreesKeys1),
		Export("values", 1, GbTreesValues1),
		Export("smallest", 1, GbTreesSmallest1),
		Export("largest", 1, GbTreesLargest1),
		Export("take_smallest", 1, GbTreesTakeSmallest1),
		Export("take_largest", 1, GbTreesTakeLargest1),
		Export("iterator", 1, GbTreesIterator1),
		Export("iterator_from", 2, GbTreesIteratorFrom2),
		Export("next", 1, GbTreesNext1),
		Export("map", 2, GbTreesMap2),
	)
}
