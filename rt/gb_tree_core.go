package rt

import "slices"

// The balanced trees shared by gb_trees and gb_sets, in OTP's
// representation so that they print as on BEAM: {Size, Node}, a Node being
// nil or {Key, Value, Smaller, Bigger} (gb_trees) or {Key, Smaller, Bigger}
// (gb_sets). An insertion rebalances the subtree whose height passes
// (2 * size)^2-ish bounds exactly where OTP's does (Andersson's general
// balanced trees: height times two beyond the square of the size), and a
// rebalance rebuilds the subtree perfectly balanced from its sorted
// elements; deletion never rebalances. The core works on node width w (4
// or 3): a node's payload is its first w-2 elements.

var (
	atomNilNode   = Intern("nil")
	atomKeyExists = Intern("key_exists")
)

// gbNode returns t as a node of width w, or nil for the empty node.
func gbNode(w int, t Term) *Tuple {
	if n, ok := t.(*Tuple); ok && len(n.Elems) == w {
		return n
	}
	return nil
}

func gbMake(pay []Term, s, b Term) Term {
	elems := make([]Term, 0, len(pay)+2)
	return TupleOf(append(append(elems, pay...), s, b))
}

func gbSmall(n *Tuple) Term { return n.Elems[len(n.Elems)-2] }
func gbBig(n *Tuple) Term   { return n.Elems[len(n.Elems)-1] }
func gbPay(n *Tuple) []Term { return n.Elems[:len(n.Elems)-2] }

// gbFind returns the node with key k in tree t, or nil.
func gbFind(w int, k, t Term) *Tuple {
	for n := gbNode(w, t); n != nil; {
		switch Compare(k, n.Elems[0]) {
		case -1:
			n = gbNode(w, gbSmall(n))
		case 1:
			n = gbNode(w, gbBig(n))
		default:
			return n
		}
	}
	return nil
}

// gbIns is OTP's insert_1: it returns the new subtree and, while the
// subtree might be too high (s reached 0), its height measure and size.
func gbIns(w int, pay []Term, t Term, s int64) (tree Term, h, size int64, counted bool) {
	n := gbNode(w, t)
	if n == nil {
		leaf := gbMake(pay, atomNilNode, atomNilNode)
		return leaf, 1, 1, s == 0
	}
	cmp := Compare(pay[0], n.Elems[0])
	if cmp == 0 {
		Error(NewTuple(atomKeyExists, pay[0]))
	}
	sm, bg := gbSmall(n), gbBig(n)
	sub := sm
	if cmp > 0 {
		sub = bg
	}
	t1, h1, s1, c := gbIns(w, pay, sub, s>>1)
	var other Term
	if cmp < 0 {
		sm, other = t1, bg
	} else {
		bg, other = t1, sm
	}
	nt := gbMake(gbPay(n), sm, bg)
	if !c {
		return nt, 0, 0, false
	}
	h2, s2 := gbCount(w, other)
	hh, ss := 2*max(h1, h2), s1+s2+1
	if hh > ss*ss {
		return gbBalance(w, nt, ss), 0, 0, false
	}
	return nt, hh, ss, true
}

// gbCount is OTP's count: the height measure and size of a subtree.
func gbCount(w int, t Term) (h, s int64) {
	n := gbNode(w, t)
	if n == nil {
		return 1, 0
	}
	if gbSmall(n) == atomNilNode && gbBig(n) == atomNilNode {
		return 1, 1
	}
	h1, s1 := gbCount(w, gbSmall(n))
	h2, s2 := gbCount(w, gbBig(n))
	return 2 * max(h1, h2), s1 + s2 + 1
}

// gbInsert is insert(Key..., {Size, T}).
func gbInsert(w int, pay []Term, tree Term, fun string, args ...Term) Term {
	sz, t := gbParts(w, tree, fun, args...)
	gbCheckNew(w, pay[0], t)
	s1 := sz + 1
	nt, _, _, _ := gbIns(w, pay, t, s1*s1)
	return NewTuple(BoxInt(Int(s1)), nt)
}

// gbCheckNew raises {key_exists, Key} if key k is in t, as OTP's
// insert_1 does: from its last clause, under the insert_1 frames of the
// path down to the key and the frame of insert itself.
func gbCheckNew(w int, k, t Term) {
	mod, arity, lines := "gb_trees", 4, [4]int{281, 298, 319, 278}
	if w == gbsW {
		mod, arity, lines = "gb_sets", 3, [4]int{267, 284, 305, 264}
	}
	var path []erlFrame
	for n := gbNode(w, t); n != nil; {
		switch Compare(k, n.Elems[0]) {
		case -1:
			path, n = append(path, erlFrame{mod, "insert_1", arity, lines[0]}), gbNode(w, gbSmall(n))
		case 1:
			path, n = append(path, erlFrame{mod, "insert_1", arity, lines[1]}), gbNode(w, gbBig(n))
		default:
			// BEAM keeps one of equal return addresses in a row.
			slices.Reverse(path)
			frames := append([]erlFrame{{mod, "insert_1", arity, lines[2]}}, slices.Compact(path)...)
			otpRaise(NewTuple(atomKeyExists, k), nil, append(frames, erlFrame{mod, "insert", arity - 1, lines[3]})...)
		}
	}
}

// gbParts takes {Size, Tree} apart, or raises function_clause.
func gbParts(w int, tree Term, fun string, args ...Term) (int64, Term) {
	if tp, ok := tree.(*Tuple); ok && len(tp.Elems) == 2 {
		if n, ok := IntOf(tp.Elems[0]); ok && n >= 0 {
			return int64(n), tp.Elems[1]
		}
	}
	gbClause(w, fun, args...)
	return 0, nil
}

// gbClause raises function_clause from gb_trees:fun (w 4) or gb_sets:fun.
func gbClause(w int, fun string, args ...Term) Term {
	mod := "gb_trees"
	if w == 3 {
		mod = "gb_sets"
	}
	e := NewException(AtomError, AtomFunctionClause)
	e.head = NewTuple(Intern(mod), Intern(fun), List(args...), Nil{})
	panic(e)
}

// gbList is the payloads of t in key order.
func gbList(w int, t Term, out [][]Term) [][]Term {
	n := gbNode(w, t)
	if n == nil {
		return out
	}
	out = gbList(w, gbSmall(n), out)
	out = append(out, gbPay(n))
	return gbList(w, gbBig(n), out)
}

// gbBalance rebuilds t (of s elements) perfectly balanced.
func gbBalance(w int, t Term, s int64) Term {
	t1, _ := gbBuild(gbList(w, t, nil), s)
	return t1
}

// gbBuild is OTP's balance_list_1: a tree of the first s payloads and the
// payloads left over.
func gbBuild(l [][]Term, s int64) (Term, [][]Term) {
	switch {
	case s == 0:
		return atomNilNode, l
	case s == 1:
		return gbMake(l[0], atomNilNode, atomNilNode), l[1:]
	}
	sm := s - 1
	s2 := sm / 2
	t1, rest := gbBuild(l, sm-s2)
	t2, rest2 := gbBuild(rest[1:], s2)
	return gbMake(rest[0], t1, t2), rest2
}

// gbDel is OTP's delete_1; ok is false when k is missing.
func gbDel(w int, k, t Term) (Term, *Tuple, bool) {
	n := gbNode(w, t)
	if n == nil {
		return t, nil, false
	}
	switch Compare(k, n.Elems[0]) {
	case -1:
		s, got, ok := gbDel(w, k, gbSmall(n))
		return gbMake(gbPay(n), s, gbBig(n)), got, ok
	case 1:
		b, got, ok := gbDel(w, k, gbBig(n))
		return gbMake(gbPay(n), gbSmall(n), b), got, ok
	}
	return gbMerge(w, gbSmall(n), gbBig(n)), n, true
}

func gbMerge(w int, s, b Term) Term {
	switch {
	case b == atomNilNode:
		return s
	case s == atomNilNode:
		return b
	}
	pay, b1 := gbTakeSmallest(w, b)
	return gbMake(pay, s, b1)
}

// gbTakeSmallest removes the smallest node of a non-empty tree.
func gbTakeSmallest(w int, t Term) ([]Term, Term) {
	n := gbNode(w, t)
	if gbSmall(n) == atomNilNode {
		return gbPay(n), gbBig(n)
	}
	pay, s1 := gbTakeSmallest(w, gbSmall(n))
	return pay, gbMake(gbPay(n), s1, gbBig(n))
}

// gbTakeLargest removes the largest node of a non-empty tree.
func gbTakeLargest(w int, t Term) ([]Term, Term) {
	n := gbNode(w, t)
	if gbBig(n) == atomNilNode {
		return gbPay(n), gbSmall(n)
	}
	pay, b1 := gbTakeLargest(w, gbBig(n))
	return pay, gbMake(gbPay(n), gbSmall(n), b1)
}

// gbEnd takes the smallest (or largest) payload off {Size, T} for
// fun(Tree): Size, the payload and the rest of T. An empty T raises
// function_clause from emptyFun(emptyArg): gb_trees fails in its helper on
// the nil node, gb_sets in fun itself.
func gbEnd(w int, tree Term, fun string, largest bool, emptyFun string, emptyArg Term) (int64, []Term, Term) {
	n, t := gbParts(w, tree, fun, tree)
	if t == atomNilNode {
		gbClause(w, emptyFun, emptyArg)
	}
	take := gbTakeSmallest
	if largest {
		take = gbTakeLargest
	}
	pay, rest := take(w, t)
	return n, pay, rest
}

// gbIter is OTP's iterator(T, As): the path to the smallest node.
func gbIter(w int, t, as Term) Term {
	for n := gbNode(w, t); n != nil; n = gbNode(w, gbSmall(n)) {
		as = &Cons{Head: n, Tail: as}
	}
	return as
}

// gbIterFrom is OTP's iterator_from(S, T, As).
func gbIterFrom(w int, k, t, as Term) Term {
	for n := gbNode(w, t); n != nil; {
		if Compare(n.Elems[0], k) < 0 {
			n = gbNode(w, gbBig(n))
			continue
		}
		as = &Cons{Head: n, Tail: as}
		n = gbNode(w, gbSmall(n))
	}
	return as
}

// gbNext pops the next node of an iterator: its payload and the rest.
func gbNext(w int, it Term) ([]Term, Term, bool) {
	c, ok := it.(*Cons)
	if !ok {
		return nil, it, false
	}
	n := gbNode(w, c.Head)
	return gbPay(n), gbIter(w, gbBig(n), c.Tail), true
}
