package rt

import (
	"math"
	"slices"
)

// Sorting, merging and the key functions of the lists module.

// ListsSort1 is lists:sort(List), in term order. Elements that compare
// equal but differ come in OTP's order (lists_sort_otp.go).
func ListsSort1(p *Process, l Term) Term {
	in := properSlice(l, "sort", l)
	xs := slices.Clone(in)
	slices.SortStableFunc(xs, Compare)
	if equalButDifferent(xs) {
		return List(otpSort1(in)...)
	}
	return List(xs...)
}

// equalButDifferent tells whether two neighbours of the sorted xs
// compare equal without being the same term (1 and 1.0, or 0.0 and -0.0,
// which OTP 25 holds exactly equal).
func equalButDifferent(xs []Term) bool {
	for i := 1; i < len(xs); i++ {
		if Compare(xs[i-1], xs[i]) == 0 && !(ExactEqual(xs[i-1], xs[i]) && sameZeros(xs[i-1], xs[i])) {
			return true
		}
	}
	return false
}

// sameZeros tells whether the exactly equal a and b have their float
// zeros of the same sign.
func sameZeros(a, b Term) bool {
	switch x := a.(type) {
	case Float:
		return math.Signbit(float64(x)) == math.Signbit(float64(b.(Float)))
	case *Tuple:
		for i, e := range x.Elems {
			if !sameZeros(e, b.(*Tuple).Elems[i]) {
				return false
			}
		}
	case *Cons:
		y := b.(*Cons)
		return sameZeros(x.Head, y.Head) && sameZeros(x.Tail, y.Tail)
	case *Map:
		return Format(a) == Format(b)
	}
	return true
}

// ListsSort2 is lists:sort(Fun, List), where Fun(A, B) is true when A
// should come before or with B. A merge sort that calls Fun once per
// comparison and keeps equal elements in order.
func ListsSort2(p *Process, f, l Term) Term {
	xs := slices.Clone(properSlice(l, "sort", f, l))
	return List(mergeSort(xs, funTest(p, f, lfSort2, lfFsplit1))...)
}

// Frames of OTP's lists.erl where sort/2, usort/2 and merge/3 test their
// fun's result with a case.
var (
	lfSort2    = []erlFrame{{"lists", "sort", 2, 1022}}
	lfFsplit1  = []erlFrame{{"lists", "fsplit_1", 6, 2674}}
	lfUsort1   = []erlFrame{{"lists", "usort_1", 3, 1065}}
	lfFmerge21 = []erlFrame{{"lists", "fmerge2_1", 5, 2772}, {"lists", "merge", 3, 1038}}
)

// funTest is the ordering fun f of sort/2, usort/2 or merge/3 as a Go
// test. A result other than true or false raises case_clause, as OTP's
// case on it does: from the frames first for the first call, from later
// for the others (rt compares in another order than OTP after the first
// pair, so a later failure shows the frames of OTP's most common path).
func funTest(p *Process, f Term, first, later []erlFrame) func(a, b Term) bool {
	calls := 0
	return func(a, b Term) bool {
		calls++
		switch r := CallFun2(p, f, a, b); r {
		case True:
			return true
		case False:
			return false
		default:
			at := later
			if calls == 1 {
				at = first
			}
			otpRaise(NewTuple(AtomCaseClause, r), nil, at...)
			return false
		}
	}
}

// mergeSort sorts xs stably by le (a "comes before or with" test).
func mergeSort(xs []Term, le func(a, b Term) bool) []Term {
	buf := make([]Term, len(xs))
	for width := 1; width < len(xs); width *= 2 {
		for lo := 0; lo < len(xs); lo += 2 * width {
			mid, hi := min(lo+width, len(xs)), min(lo+2*width, len(xs))
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if le(xs[i], xs[j]) {
					buf[k], i = xs[i], i+1
				} else {
					buf[k], j = xs[j], j+1
				}
				k++
			}
			k += copy(buf[k:], xs[i:mid])
			copy(buf[k:], xs[j:hi])
		}
		xs, buf = buf, xs
	}
	return xs
}

// dedup drops each element equal to the one kept before it.
func dedup(xs []Term, same func(a, b Term) bool) []Term {
	out := xs[:0]
	for _, x := range xs {
		if len(out) == 0 || !same(out[len(out)-1], x) {
			out = append(out, x)
		}
	}
	return out
}

// ListsUsort1 is lists:usort(List): sorted, keeping the first of elements
// that compare equal (==).
func ListsUsort1(p *Process, l Term) Term {
	xs := slices.Clone(properSlice(l, "usort", l))
	slices.SortStableFunc(xs, Compare)
	return List(dedup(xs, Equal)...)
}

// ListsUsort2 is lists:usort(Fun, List): A and B are duplicates when Fun
// holds both ways.
func ListsUsort2(p *Process, f, l Term) Term {
	xs := slices.Clone(properSlice(l, "usort", f, l))
	le := funTest(p, f, lfUsort1, lfUsort1)
	xs = mergeSort(xs, le)
	return List(dedup(xs, func(a, b Term) bool { return le(b, a) })...)
}

// ListsMerge2 is lists:merge(A, B) of two sorted lists.
// As in OTP, an empty B gives A unchecked, and an A that is no list fails
// the clauses of merge2_1/4.
func ListsMerge2(p *Process, a, b Term) Term {
	if b == (Nil{}) {
		return a
	}
	_, aCons := a.(*Cons)
	if c, ok := b.(*Cons); ok && !aCons && a != (Nil{}) {
		otpRaise(AtomFunctionClause, List(a, c.Head, c.Tail, Nil{}),
			erlFrame{"lists", "merge2_1", 4, 1796}, erlFrame{"lists", "merge", 2, 610})
	}
	xs := properSlice(a, "merge", a, b)
	ys := properSlice(b, "merge", a, b)
	return List(mergeSorted(xs, ys, func(x, y Term) bool { return Compare(x, y) <= 0 })...)
}

// ListsMerge3 is lists:merge(Fun, A, B).
func ListsMerge3(p *Process, f, a, b Term) Term {
	xs := properSlice(a, "merge", f, a, b)
	ys := properSlice(b, "merge", f, a, b)
	return List(mergeSorted(xs, ys, funTest(p, f, lfFmerge21, lfFmerge21))...)
}

// ListsUmerge2 is lists:umerge(A, B): merge, dropping B's elements equal
// to one of A's.
func ListsUmerge2(p *Process, a, b Term) Term {
	xs := properSlice(a, "umerge", a, b)
	ys := properSlice(b, "umerge", a, b)
	return List(dedup(mergeSorted(xs, ys, func(x, y Term) bool { return Compare(x, y) <= 0 }), Equal)...)
}

func mergeSorted(xs, ys []Term, le func(a, b Term) bool) []Term {
	out := make([]Term, 0, len(xs)+len(ys))
	i, j := 0, 0
	for i < len(xs) && j < len(ys) {
		if le(xs[i], ys[j]) {
			out, i = append(out, xs[i]), i+1
		} else {
			out, j = append(out, ys[j]), j+1
		}
	}
	return append(append(out, xs[i:]...), ys[j:]...)
}

// keyPos checks a key position argument (1-based) of the BIFs keyfind,
// keymember and keysearch, which take a small one only.
func keyPos(n Term) (int, bool) {
	i, ok := IntOf(n)
	return int(i), ok && i >= 1
}

// keyPosAny checks the key position of the key functions written in
// Erlang in OTP, which take any positive integer: one outside the small
// range, larger than any tuple, is given as math.MaxInt.
func keyPosAny(n Term) (int, bool) {
	if b, ok := n.(*BigInt); ok {
		return math.MaxInt, b.v.Sign() > 0
	}
	return keyPos(n)
}

// keyIndex returns the index of the first tuple in xs whose element n
// compares equal (==) to key, or -1.
func keyIndex(xs []Term, key Term, n int) int {
	for i, x := range xs {
		if t, ok := x.(*Tuple); ok && len(t.Elems) >= n && Equal(t.Elems[n-1], key) {
			return i
		}
	}
	return -1
}

// ListsKeyfind3 is lists:keyfind(Key, N, TupleList): the tuple or false.
func ListsKeyfind3(p *Process, key, n, l Term) Term { return keyfind("keyfind", key, n, l) }

// keyfind is lists:keyfind/3 and the BIFs built on it (keymember/3,
// keysearch/3), which raise badarg as fun.
func keyfind(fun string, key, n, l Term) Term {
	i, ok := keyPos(n)
	if !ok {
		return stdlibError(AtomBadarg, "lists", fun, key, n, l)
	}
	for x := l; ; {
		c, ok := x.(*Cons)
		if !ok {
			if _, isNil := x.(Nil); !isNil {
				return stdlibError(AtomBadarg, "lists", fun, key, n, l)
			}
			return False
		}
		if t, ok := c.Head.(*Tuple); ok && len(t.Elems) >= i && Equal(t.Elems[i-1], key) {
			return t
		}
		x = c.Tail
	}
}

var atomValue = Intern("value")

// ListsKeysearch3 is lists:keysearch(Key, N, TupleList): {value, Tuple} or false.
func ListsKeysearch3(p *Process, key, n, l Term) Term {
	if t := keyfind("keysearch", key, n, l); t != False {
		return NewTuple(atomValue, t)
	}
	return False
}

// ListsKeymember3 is lists:keymember(Key, N, TupleList).
func ListsKeymember3(p *Process, key, n, l Term) Term {
	return Bool(keyfind("keymember", key, n, l) != False)
}

// ListsKeydelete3 is lists:keydelete(Key, N, TupleList).
func ListsKeydelete3(p *Process, key, n, l Term) Term {
	i, ok := keyPosAny(n)
	xs := properSlice(l, "keydelete", key, n, l)
	if !ok {
		return listsClause("keydelete", key, n, l)
	}
	if k := keyIndex(xs, key, i); k >= 0 {
		return List(slices.Delete(xs, k, k+1)...)
	}
	return l
}

// ListsKeyreplace4 is lists:keyreplace(Key, N, TupleList, New).
func ListsKeyreplace4(p *Process, key, n, l, nt Term) Term {
	i, ok := keyPosAny(n)
	_, isTuple := nt.(*Tuple)
	xs := properSlice(l, "keyreplace", key, n, l, nt)
	if !ok || !isTuple {
		return listsClause("keyreplace", key, n, l, nt)
	}
	if k := keyIndex(xs, key, i); k >= 0 {
		xs[k] = nt
		return List(xs...)
	}
	return l
}

// ListsKeystore4 is lists:keystore(Key, N, TupleList, New): replace, or
// append when absent.
func ListsKeystore4(p *Process, key, n, l, nt Term) Term {
	i, ok := keyPosAny(n)
	_, isTuple := nt.(*Tuple)
	xs := properSlice(l, "keystore", key, n, l, nt)
	if !ok || !isTuple {
		return listsClause("keystore", key, n, l, nt)
	}
	if k := keyIndex(xs, key, i); k >= 0 {
		xs[k] = nt
	} else {
		xs = append(xs, nt)
	}
	return List(xs...)
}

// ListsKeytake3 is lists:keytake(Key, N, TupleList):
// {value, Tuple, Rest} or false.
func ListsKeytake3(p *Process, key, n, l Term) Term {
	i, ok := keyPosAny(n)
	xs := properSlice(l, "keytake", key, n, l)
	if !ok {
		return listsClause("keytake", key, n, l)
	}
	k := keyIndex(xs, key, i)
	if k < 0 {
		return False
	}
	t := xs[k]
	return NewTuple(atomValue, t, List(slices.Delete(xs, k, k+1)...))
}

// keyed returns the tuples of l for keysort and ukeysort, raising as OTP
// does: function_clause for a bad position or a list that is not proper,
// and badarg from element/2 for the first tuple too short, except in a
// list of fewer than two, which OTP returns as it is. OTP's frame of that
// element/2 call is exact for the first three tuples; past them it is
// that of the split of an ascending or descending start, wherever OTP is.
func keyed(l, n Term, fun string) ([]Term, int) {
	i, ok := keyPosAny(n)
	xs, proper := ListToSlice(l)
	if !ok || !proper {
		listsClause(fun, n, l)
	}
	if len(xs) < 2 {
		return xs, i
	}
	xs = slices.Clone(xs)
	for k, x := range xs {
		if t, isTuple := x.(*Tuple); isTuple && len(t.Elems) >= i {
			continue
		}
		ascending := k < 2 || Compare(xs[0].(*Tuple).Elems[i-1], xs[1].(*Tuple).Elems[i-1]) <= 0
		keyElementBadarg(n, x, keyedFrame(fun, k, len(xs), ascending))
	}
	return xs, i
}

// keyedFrame is the frame of OTP's keysort/2 or ukeysort/2 that takes
// element N of the k-th of n tuples.
func keyedFrame(fun string, k, n int, ascending bool) erlFrame {
	line := map[string][3]int{"keysort": {789, 795, 812}, "ukeysort": {884, 892, 884}}[fun]
	switch {
	case k < 2:
		return erlFrame{"lists", fun, 2, line[0]}
	case n == 3 && fun == "keysort" && ascending:
		return erlFrame{"lists", fun, 2, line[1]}
	case n == 3 && fun == "keysort":
		return erlFrame{"lists", fun, 2, line[2]}
	case fun == "ukeysort":
		return erlFrame{"lists", "ukeysplit_1", 8, 2370}
	case ascending:
		return erlFrame{"lists", "keysplit_1", 8, 2111}
	}
	return erlFrame{"lists", "keysplit_2", 8, 2140}
}

// keyElementBadarg raises badarg from element(N, X) in OTP's lists code
// at the frames at.
func keyElementBadarg(n, x Term, at ...erlFrame) Term {
	e := NewException(AtomError, AtomBadarg)
	info := List(NewTuple(atomErrorInfo, NewMap(atomModule, atomErlErtsErrors)))
	e.head = NewTuple(AtomErlang, Intern("element"), List(n, x), info)
	for _, f := range at {
		e.under = append(e.under, f.entry(nil))
	}
	panic(e)
}

// ListsKeysort2 is lists:keysort(N, TupleList): stable, by element N.
func ListsKeysort2(p *Process, n, l Term) Term {
	xs, i := keyed(l, n, "keysort")
	slices.SortStableFunc(xs, func(a, b Term) int {
		return Compare(a.(*Tuple).Elems[i-1], b.(*Tuple).Elems[i-1])
	})
	return List(xs...)
}

// ListsUkeysort2 is lists:ukeysort(N, TupleList): keysort keeping the
// first tuple of each key.
func ListsUkeysort2(p *Process, n, l Term) Term {
	xs, i := keyed(l, n, "ukeysort")
	key := func(t Term) Term { return t.(*Tuple).Elems[i-1] }
	slices.SortStableFunc(xs, func(a, b Term) int { return Compare(key(a), key(b)) })
	return List(dedup(xs, func(a, b Term) bool { return Equal(key(a), key(b)) })...)
}

// ListsKeymerge3 is lists:keymerge(N, TupleList1, TupleList2) of two lists
// sorted by element N; of two tuples with equal keys, TupleList1's comes
// first. As in OTP, an empty TupleList2 gives TupleList1 unchecked.
func ListsKeymerge3(p *Process, n, a, b Term) Term {
	if _, ok := keyPosAny(n); ok && b == (Nil{}) {
		return a
	}
	xs, ys, key := keyedPair(n, a, b, "keymerge", 1,
		erlFrame{"lists", "keymerge", 3, 853}, erlFrame{"lists", "keymerge2_1", 6, 2325})
	return List(mergeSorted(xs, ys, func(x, y Term) bool { return Compare(key(x), key(y)) <= 0 })...)
}

// ListsUkeymerge3 is lists:ukeymerge(N, TupleList1, TupleList2): keymerge
// keeping only TupleList1's tuple of two with equal keys. As in OTP, an
// empty TupleList1 gives TupleList2 unchecked.
func ListsUkeymerge3(p *Process, n, a, b Term) Term {
	if _, ok := keyPosAny(n); ok && a == (Nil{}) {
		return b
	}
	xs, ys, key := keyedPair(n, a, b, "ukeymerge", 0,
		erlFrame{"lists", "ukeymerge", 3, 956}, erlFrame{"lists", "ukeymerge2_2", 6, 2635})
	merged := mergeSorted(xs, ys, func(x, y Term) bool { return Compare(key(x), key(y)) <= 0 })
	return List(dedup(merged, func(x, y Term) bool { return Equal(key(x), key(y)) })...)
}

// keyedPair checks the two tuple lists of a key merge (function_clause, as
// OTP's clauses fail, when one is not a proper list or the position is
// bad; badarg from element/2 for a tuple too short: at head, the frame of
// OTP's merge/3 function, for the first tuple of list number first (0 or
// 1), which OTP takes apart first, else at walk under it) and returns them
// with the key of a tuple.
func keyedPair(n, a, b Term, fun string, first int, head, walk erlFrame) ([]Term, []Term, func(Term) Term) {
	i, ok := keyPosAny(n)
	xs := properSlice(a, fun, n, a, b)
	ys := properSlice(b, fun, n, a, b)
	if !ok {
		listsClause(fun, n, a, b)
	}
	short := func(x Term) bool { t, isTuple := x.(*Tuple); return !isTuple || len(t.Elems) < i }
	lists := [2][]Term{xs, ys}
	if l := lists[first]; len(l) > 0 && short(l[0]) {
		keyElementBadarg(n, l[0], head)
	}
	for _, x := range append(slices.Clip(xs), ys...) {
		if short(x) {
			keyElementBadarg(n, x, walk, head.at(head.line+1))
		}
	}
	return xs, ys, func(t Term) Term { return t.(*Tuple).Elems[i-1] }
}

// ListsKeymap3 is lists:keymap(Fun, N, TupleList).
func ListsKeymap3(p *Process, f, n, l Term) Term {
	xs, i := keyed(l, n, "keymap")
	for k, x := range xs {
		t := NewTuple(x.(*Tuple).Elems...)
		if k == 0 {
			t.Elems[i-1] = keymapAt0(p, f, t.Elems[i-1])
		} else {
			t.Elems[i-1] = keymapAtN(p, f, t.Elems[i-1])
		}
		xs[k] = t
	}
	return List(xs...)
}
