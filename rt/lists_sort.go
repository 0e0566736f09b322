package rt

import (
	"math"
	"slices"
)

// Sorting, merging and the key functions of the lists module.

// ListsSort1 is lists:sort(List): stable, in term order.
func ListsSort1(p *Process, l Term) Term {
	xs := slices.Clone(properSlice(l, "sort", l))
	slices.SortStableFunc(xs, Compare)
	return List(xs...)
}

// ListsSort2 is lists:sort(Fun, List), where Fun(A, B) is true when A
// should come before or with B. A merge sort that calls Fun once per
// comparison and keeps equal elements in order.
func ListsSort2(p *Process, f, l Term) Term {
	xs := slices.Clone(properSlice(l, "sort", f, l))
	return List(mergeSort(xs, func(a, b Term) bool { return predicate2(p, f, a, b) })...)
}

func predicate2(p *Process, f, a, b Term) bool {
	switch CallFun2(p, f, a, b) {
	case True:
		return true
	case False:
		return false
	}
	Badarg()
	return false
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
	le := func(a, b Term) bool { return predicate2(p, f, a, b) }
	xs = mergeSort(xs, le)
	return List(dedup(xs, func(a, b Term) bool { return le(b, a) })...)
}

// ListsMerge2 is lists:merge(A, B) of two sorted lists.
func ListsMerge2(p *Process, a, b Term) Term {
	xs := properSlice(a, "merge", a, b)
	ys := properSlice(b, "merge", a, b)
	return List(mergeSorted(xs, ys, func(x, y Term) bool { return Compare(x, y) <= 0 })...)
}

// ListsMerge3 is lists:merge(Fun, A, B).
func ListsMerge3(p *Process, f, a, b Term) Term {
	xs := properSlice(a, "merge", f, a, b)
	ys := properSlice(b, "merge", f, a, b)
	return List(mergeSorted(xs, ys, func(x, y Term) bool { return predicate2(p, f, x, y) })...)
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

// keyed returns the tuples of l for keysort, raising if one is too short.
func keyed(l, n Term, fun string) ([]Term, int) {
	i, ok := keyPosAny(n)
	xs := slices.Clone(properSlice(l, fun, n, l))
	for _, x := range xs {
		if t, isTuple := x.(*Tuple); !ok || !isTuple || len(t.Elems) < i {
			listsClause(fun, n, l)
		}
	}
	return xs, i
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
// first.
func ListsKeymerge3(p *Process, n, a, b Term) Term {
	xs, ys, key := keyedPair(n, a, b, "keymerge")
	return List(mergeSorted(xs, ys, func(x, y Term) bool { return Compare(key(x), key(y)) <= 0 })...)
}

// ListsUkeymerge3 is lists:ukeymerge(N, TupleList1, TupleList2): keymerge
// keeping only TupleList1's tuple of two with equal keys.
func ListsUkeymerge3(p *Process, n, a, b Term) Term {
	xs, ys, key := keyedPair(n, a, b, "ukeymerge")
	merged := mergeSorted(xs, ys, func(x, y Term) bool { return Compare(key(x), key(y)) <= 0 })
	return List(dedup(merged, func(x, y Term) bool { return Equal(key(x), key(y)) })...)
}

// keyedPair checks the two tuple lists of a key merge (function_clause, as
// OTP's clauses fail, when one is not a list of tuples of at least N
// elements) and returns them with the key of a tuple.
func keyedPair(n, a, b Term, fun string) ([]Term, []Term, func(Term) Term) {
	i, ok := keyPosAny(n)
	xs := properSlice(a, fun, n, a, b)
	ys := properSlice(b, fun, n, a, b)
	for _, x := range append(slices.Clip(xs), ys...) {
		if t, isTuple := x.(*Tuple); !ok || !isTuple || len(t.Elems) < i {
			listsClause(fun, n, a, b)
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
