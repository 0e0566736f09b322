package rt

import "math"

// The gb_sets module on the shared tree core (gb_tree_core.go). union,
// intersection, difference and is_subset choose between merging sorted
// lists and looking elements up in the bigger tree by OTP's size rule,
// because the choice shows in the resulting tree's shape and in which of
// two equal (==) elements survives.

const gbsW = 3

// gbsSet builds the term {N, Tree}.
func gbsSet(n int64, t Term) Term { return NewTuple(BoxInt(Int(n)), t) }

func gbsKeys(t Term) []Term {
	pays := gbList(gbsW, t, nil)
	ks := make([]Term, len(pays))
	for i, p := range pays {
		ks[i] = p[0]
	}
	return ks
}

// gbsFromSorted is from_ordset: a perfectly balanced tree of sorted ks.
func gbsFromSorted(ks []Term) Term {
	pays := make([][]Term, len(ks))
	for i := range ks {
		pays[i] = ks[i : i+1]
	}
	t, _ := gbBuild(pays, int64(len(ks)))
	return gbsSet(int64(len(ks)), t)
}

// gbsFromRev is OTP's balance_revlist on the reverse-sorted rev: the
// larger half of an odd split goes to the bigger side.
func gbsFromRev(rev []Term) Term {
	t, _ := gbBuildRev(rev, int64(len(rev)))
	return gbsSet(int64(len(rev)), t)
}

func gbBuildRev(l []Term, s int64) (Term, []Term) {
	switch {
	case s == 0:
		return atomNilNode, l
	case s == 1:
		return NewTuple(l[0], atomNilNode, atomNilNode), l[1:]
	}
	sm := s - 1
	s2 := sm / 2
	t2, rest := gbBuildRev(l, sm-s2)
	t1, rest2 := gbBuildRev(rest[1:], s2)
	return NewTuple(rest[0], t1, t2), rest2
}

// GbSetsEmpty0 is gb_sets:empty() (also new/0).
func GbSetsEmpty0(p *Process) Term { return gbsSet(0, atomNilNode) }

// GbSetsIsEmpty1 is gb_sets:is_empty(S).
func GbSetsIsEmpty1(p *Process, s Term) Term { return GbTreesIsEmpty1(p, s) }

// GbSetsSize1 is gb_sets:size(S).
func GbSetsSize1(p *Process, s Term) Term {
	n, _ := gbParts(gbsW, s, "size", s)
	return BoxInt(Int(n))
}

// GbSetsSingleton1 is gb_sets:singleton(X).
func GbSetsSingleton1(p *Process, x Term) Term {
	return gbsSet(1, NewTuple(x, atomNilNode, atomNilNode))
}

// GbSetsIsMember2 is gb_sets:is_member(X, S) (also is_element).
func GbSetsIsMember2(p *Process, x, s Term) Term {
	_, t := gbParts(gbsW, s, "is_member", x, s)
	return Bool(gbFind(gbsW, x, t) != nil)
}

// GbSetsInsert2 is gb_sets:insert(X, S); X must be new.
func GbSetsInsert2(p *Process, x, s Term) Term {
	return gbInsert(gbsW, []Term{x}, s, "insert", x, s)
}

// GbSetsAdd2 is gb_sets:add(X, S) (also add_element).
func GbSetsAdd2(p *Process, x, s Term) Term {
	if tp, ok := s.(*Tuple); !ok || len(tp.Elems) != 2 {
		// OTP's add asks is_member first, whose clause fails.
		otpRaise(AtomFunctionClause, List(x, s), erlFrame{"gb_sets", "is_member", 2, 246}, erlFrame{"gb_sets", "add", 2, 355})
	}
	if GbSetsIsMember2(p, x, s) == True {
		return s
	}
	return GbSetsInsert2(p, x, s)
}

// GbSetsDelete2 is gb_sets:delete(X, S); X must be present.
func GbSetsDelete2(p *Process, x, s Term) Term {
	n, t := gbParts(gbsW, s, "delete", x, s)
	nt, _, ok := gbDel(gbsW, x, t)
	if !ok {
		return gbClause(gbsW, "delete_1", x, atomNilNode)
	}
	return gbsSet(n-1, nt)
}

// GbSetsDeleteAny2 is gb_sets:delete_any(X, S) (also del_element).
func GbSetsDeleteAny2(p *Process, x, s Term) Term {
	if GbSetsIsMember2(p, x, s) == True {
		return GbSetsDelete2(p, x, s)
	}
	return s
}

// GbSetsBalance1 is gb_sets:balance(S).
func GbSetsBalance1(p *Process, s Term) Term {
	n, t := gbParts(gbsW, s, "balance", s)
	return gbsSet(n, gbBalance(gbsW, t, n))
}

// GbSetsToList1 is gb_sets:to_list(S).
func GbSetsToList1(p *Process, s Term) Term {
	_, t := gbParts(gbsW, s, "to_list", s)
	return List(gbsKeys(t)...)
}

// GbSetsFromList1 is gb_sets:from_list(L).
func GbSetsFromList1(p *Process, l Term) Term {
	ks, _ := ListToSlice(ListsUsort1(p, l))
	return gbsFromSorted(ks)
}

// GbSetsFromOrdset1 is gb_sets:from_ordset(L).
func GbSetsFromOrdset1(p *Process, l Term) Term {
	ks, ok := ListToSlice(l)
	if !ok {
		return Badarg()
	}
	return gbsFromSorted(ks)
}

// GbSetsSmallest1 is gb_sets:smallest(S).
func GbSetsSmallest1(p *Process, s Term) Term {
	_, x, _ := gbEnd(gbsW, s, "smallest", false, "smallest", s)
	return x[0]
}

// GbSetsLargest1 is gb_sets:largest(S).
func GbSetsLargest1(p *Process, s Term) Term {
	_, x, _ := gbEnd(gbsW, s, "largest", true, "largest", s)
	return x[0]
}

// GbSetsTakeSmallest1 is gb_sets:take_smallest(S): {X, S1}.
func GbSetsTakeSmallest1(p *Process, s Term) Term {
	n, x, rest := gbEnd(gbsW, s, "take_smallest", false, "take_smallest", s)
	return NewTuple(x[0], gbsSet(n-1, rest))
}

// GbSetsTakeLargest1 is gb_sets:take_largest(S): {X, S1}.
func GbSetsTakeLargest1(p *Process, s Term) Term {
	n, x, rest := gbEnd(gbsW, s, "take_largest", true, "take_largest", s)
	return NewTuple(x[0], gbsSet(n-1, rest))
}

// GbSetsIterator1 is gb_sets:iterator(S).
func GbSetsIterator1(p *Process, s Term) Term {
	_, t := gbParts(gbsW, s, "iterator", s)
	return gbIter(gbsW, t, Nil{})
}

// GbSetsIteratorFrom2 is gb_sets:iterator_from(X, S).
func GbSetsIteratorFrom2(p *Process, x, s Term) Term {
	_, t := gbParts(gbsW, s, "iterator_from", x, s)
	return gbIterFrom(gbsW, x, t, Nil{})
}

// GbSetsNext1 is gb_sets:next(Iter): {X, Iter1} or none.
func GbSetsNext1(p *Process, it Term) Term {
	pay, rest, ok := gbNext(gbsW, it)
	if !ok {
		return Intern("none")
	}
	return NewTuple(pay[0], rest)
}

// GbSetsIsSet1 is gb_sets:is_set(T).
func GbSetsIsSet1(p *Process, s Term) Term {
	tp, ok := s.(*Tuple)
	if !ok || len(tp.Elems) != 2 {
		return False
	}
	n, ok := IntOf(tp.Elems[0])
	if ok && n == 0 && tp.Elems[1] == atomNilNode {
		return True
	}
	return Bool(ok && n >= 0 && gbNode(gbsW, tp.Elems[1]) != nil)
}

// GbSetsFilter2 is gb_sets:filter(Pred, S).
func GbSetsFilter2(p *Process, f, s Term) Term {
	_, t := gbParts(gbsW, s, "filter", f, s)
	var ks []Term
	for _, k := range gbsKeys(t) {
		if predicate(p, f, k) {
			ks = append(ks, k)
		}
	}
	return gbsFromSorted(ks)
}

// GbSetsFold3 is gb_sets:fold(Fun, Acc, S), smallest first.
func GbSetsFold3(p *Process, f, acc, s Term) Term {
	_, t := gbParts(gbsW, s, "fold", f, acc, s)
	for _, k := range gbsKeys(t) {
		acc = CallFun2(p, f, k, acc)
	}
	return acc
}

// gbsMerge reports whether OTP merges lists rather than looking the n1
// elements up in the tree of n2: N2 < 10 or N2 < N1 * round(1.46 ln N2).
func gbsMerge(n1, n2 int64) bool {
	return n2 < 10 || n2 < n1*int64(math.Round(1.46*math.Log(float64(n2))))
}

// GbSetsUnion2 is gb_sets:union(S1, S2).
func GbSetsUnion2(p *Process, s1, s2 Term) Term {
	n1, t1 := gbParts(gbsW, s1, "union", s1, s2)
	n2, t2 := gbParts(gbsW, s2, "union", s1, s2)
	if n2 < n1 {
		n1, t1, n2, t2, s2 = n2, t2, n1, t1, s1
	}
	xs := gbsKeys(t1)
	if gbsMerge(n1, n2) {
		return gbsFromRev(gbsUnionRev(xs, gbsKeys(t2)))
	}
	for _, x := range xs {
		s2 = GbSetsAdd2(p, x, s2)
	}
	return s2
}

// gbsUnionRev is union_2: the union of sorted xs and ys, reversed.
func gbsUnionRev(xs, ys []Term) []Term {
	var as []Term
	for len(xs) > 0 && len(ys) > 0 {
		switch Compare(xs[0], ys[0]) {
		case -1:
			as, xs = append(as, xs[0]), xs[1:]
		case 1:
			as = append(as, ys[0])
			xs, ys = ys[1:], xs
		default:
			as, xs, ys = append(as, xs[0]), xs[1:], ys[1:]
		}
	}
	as = append(append(as, xs...), ys...)
	return qRev(as)
}

// GbSetsIntersection2 is gb_sets:intersection(S1, S2).
func GbSetsIntersection2(p *Process, s1, s2 Term) Term {
	n1, t1 := gbParts(gbsW, s1, "intersection", s1, s2)
	n2, t2 := gbParts(gbsW, s2, "intersection", s1, s2)
	if n2 < n1 {
		n1, t1, n2, t2 = n2, t2, n1, t1
	}
	xs := gbsKeys(t1)
	var as []Term
	if gbsMerge(n1, n2) {
		ys := gbsKeys(t2)
		for len(xs) > 0 && len(ys) > 0 {
			switch Compare(xs[0], ys[0]) {
			case -1:
				xs = xs[1:]
			case 1:
				xs, ys = ys[1:], xs
			default:
				as, xs, ys = append(as, xs[0]), xs[1:], ys[1:]
			}
		}
	} else {
		for _, x := range xs {
			if gbFind(gbsW, x, t2) != nil {
				as = append(as, x)
			}
		}
	}
	return gbsFromRev(qRev(as))
}

// GbSetsDifference2 is gb_sets:difference(S1, S2) (also subtract).
func GbSetsDifference2(p *Process, s1, s2 Term) Term {
	n1, t1 := gbParts(gbsW, s1, "difference", s1, s2)
	n2, t2 := gbParts(gbsW, s2, "difference", s1, s2)
	xs := gbsKeys(t1)
	var as []Term
	if gbsMerge(n1, n2) {
		ys := gbsKeys(t2)
		for len(xs) > 0 && len(ys) > 0 {
			switch Compare(xs[0], ys[0]) {
			case -1:
				as, xs = append(as, xs[0]), xs[1:]
			case 1:
				ys = ys[1:]
			default:
				xs, ys = xs[1:], ys[1:]
			}
		}
		as = append(as, xs...)
	} else {
		for _, x := range xs {
			if gbFind(gbsW, x, t2) == nil {
				as = append(as, x)
			}
		}
	}
	return gbsFromRev(qRev(as))
}

// GbSetsIsSubset2 is gb_sets:is_subset(S1, S2).
func GbSetsIsSubset2(p *Process, s1, s2 Term) Term {
	_, t1 := gbParts(gbsW, s1, "is_subset", s1, s2)
	_, t2 := gbParts(gbsW, s2, "is_subset", s1, s2)
	for _, x := range gbsKeys(t1) {
		if gbFind(gbsW, x, t2) == nil {
			return False
		}
	}
	return True
}

// GbSetsIsDisjoint2 is gb_sets:is_disjoint(S1, S2).
func GbSetsIsDisjoint2(p *Process, s1, s2 Term) Term {
	_, t1 := gbParts(gbsW, s1, "is_disjoint", s1, s2)
	_, t2 := gbParts(gbsW, s2, "is_disjoint", s1, s2)
	for _, x := range gbsKeys(t1) {
		if gbFind(gbsW, x, t2) != nil {
			return False
		}
	}
	return True
}

// GbSetsUnion1 is gb_sets:union(Sets).
func GbSetsUnion1(p *Process, l Term) Term {
	ss, ok := ListToSlice(l)
	if !ok || len(ss) == 0 {
		if ok {
			return GbSetsEmpty0(p)
		}
		return gbClause(gbsW, "union", l)
	}
	acc := ss[0]
	for _, s := range ss[1:] {
		acc = GbSetsUnion2(p, acc, s)
	}
	return acc
}

// GbSetsIntersection1 is gb_sets:intersection(Sets), of one set or more.
func GbSetsIntersection1(p *Process, l Term) Term {
	ss, ok := ListToSlice(l)
	if !ok || len(ss) == 0 {
		return gbClause(gbsW, "intersection", l)
	}
	acc := ss[0]
	for _, s := range ss[1:] {
		acc = GbSetsIntersection2(p, acc, s)
	}
	return acc
}

func init() {
	RegisterModule("gb_sets",
		Export("empty", 0, GbSetsEmpty0),
		Export("new", 0, GbSetsEmpty0),
		Export("is_empty", 1, GbSetsIsEmpty1),
		Export("size", 1, GbSetsSize1),
		Export("singleton", 1, GbSetsSingleton1),
		Export("is_member", 2, GbSetsIsMember2),
		Export("is_element", 2, GbSetsIsMember2),
		Export("insert", 2, GbSetsInsert2),
		Export("add", 2, GbSetsAdd2),
		Export("add_element", 2, GbSetsAdd2),
		Export("delete", 2, GbSetsDelete2),
		Export("delete_any", 2, GbSetsDeleteAny2),
		Export("del_element", 2, GbSetsDeleteAny2),
		Export("balance", 1, GbSetsBalance1),
		Export("to_list", 1, GbSetsToList1),
		Export("from_list", 1, GbSetsFromList1),
		Export("from_ordset", 1, GbSetsFromOrdset1),
		Export("smallest", 1, GbSetsSmallest1),
		Export("largest", 1, GbSetsLargest1),
		Export("take_smallest", 1, GbSetsTakeSmallest1),
		Export("take_largest", 1, GbSetsTakeLargest1),
		Export("iterator", 1, GbSetsIterator1),
		Export("iterator_from", 2, GbSetsIteratorFrom2),
		Export("next", 1, GbSetsNext1),
		Export("is_set", 1, GbSetsIsSet1),
		Export("filter", 2, GbSetsFilter2),
		Export("fold", 3, GbSetsFold3),
		Export("union", 2, GbSetsUnion2),
		Export("union", 1, GbSetsUnion1),
		Export("intersection", 2, GbSetsIntersection2),
		Export("intersection", 1, GbSetsIntersection1),
		Export("difference", 2, GbSetsDifference2),
		Export("subtract", 2, GbSetsDifference2),
		Export("is_subset", 2, GbSetsIsSubset2),
		Export("is_disjoint", 2, GbSetsIsDisjoint2),
	)
}
