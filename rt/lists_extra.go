package rt

// More of the lists module: search/2, uniq/2, zipwith3/4, flatlength/1 and
// the merges of several sorted lists (merge/1, umerge/1, merge3/3,
// umerge3/3).

func init() {
	RegisterModule("lists",
		Export("search", 2, ListsSearch2),
		Export("uniq", 2, ListsUniq2),
		Export("zipwith3", 4, ListsZipwith34),
		Export("flatlength", 1, ListsFlatlength1),
		Export("merge", 1, ListsMerge1),
		Export("umerge", 1, ListsUmerge1),
		Export("merge3", 3, ListsMerge33),
		Export("umerge3", 3, ListsUmerge33),
	)
}

// ListsSearch2 is lists:search(Pred, List): {value, X} for the first X
// for which Pred holds, else false. Pred must return a boolean (OTP's
// case raises case_clause otherwise).
func ListsSearch2(p *Process, f, l Term) Term {
	for _, x := range properSlice(l, "search", f, l) {
		switch r := CallFun1(p, f, x); r {
		case True:
			return NewTuple(atomValue, x)
		case False:
		default:
			return CaseClause(r)
		}
	}
	return False
}

// ListsUniq2 is lists:uniq(Fun, List): the first element of each Fun
// value, compared with =:=.
func ListsUniq2(p *Process, f, l Term) Term {
	xs := properSlice(l, "uniq", f, l)
	seen := EmptyMap
	b := listBuilder{p: p}
	for _, x := range xs {
		k := CallFun1(p, f, x)
		if _, dup := seen.Get(k); !dup {
			seen = seen.Put(k, True)
			b.push(x)
		}
	}
	return b.done(Nil{})
}

// ListsZipwith34 is lists:zipwith3(Fun, A, B, C): the lists must have
// equal lengths.
func ListsZipwith34(p *Process, f, a, b, c Term) Term {
	xs, ok1 := ListToSlice(a)
	ys, ok2 := ListToSlice(b)
	zs, ok3 := ListToSlice(c)
	if !ok1 || !ok2 || !ok3 || len(xs) != len(ys) || len(xs) != len(zs) {
		return listsClause("zipwith3", f, a, b, c)
	}
	out := make([]Term, len(xs))
	for i := range xs {
		out[i] = CallFun3(p, f, xs[i], ys[i], zs[i])
	}
	return List(out...)
}

// ListsFlatlength1 is lists:flatlength(DeepList): length(flatten(DeepList)).
func ListsFlatlength1(p *Process, l Term) Term {
	n, ok := flatLength(l)
	if !ok {
		return listsClause("flatlength", l)
	}
	return BoxInt(Int(n))
}

func flatLength(l Term) (int, bool) {
	n := 0
	for {
		switch c := l.(type) {
		case Nil:
			return n, true
		case *Cons:
			if _, deep := c.Head.(*Cons); deep {
				k, ok := flatLength(c.Head)
				if !ok {
					return 0, false
				}
				n += k
			} else if _, empty := c.Head.(Nil); !empty {
				n++
			}
			l = c.Tail
		default:
			return 0, false
		}
	}
}

// ListsMerge1 is lists:merge(ListOfLists) of sorted lists; of equal
// elements, the one from the earlier list comes first.
func ListsMerge1(p *Process, ls Term) Term {
	return List(mergeAll(ls, "merge")...)
}

// ListsUmerge1 is lists:umerge(ListOfLists): merge/1 keeping, of elements
// that compare equal (==), the one from the earliest list.
func ListsUmerge1(p *Process, ls Term) Term {
	return List(dedup(mergeAll(ls, "umerge"), Equal)...)
}

// ListsMerge33 is lists:merge3(A, B, C).
func ListsMerge33(p *Process, a, b, c Term) Term {
	return List(mergeAll(List(a, b, c), "merge3")...)
}

// ListsUmerge33 is lists:umerge3(A, B, C).
func ListsUmerge33(p *Process, a, b, c Term) Term {
	return List(dedup(mergeAll(List(a, b, c), "umerge3"), Equal)...)
}

// mergeAll merges the sorted lists of the list ls, stably in list order.
func mergeAll(ls Term, fun string) []Term {
	var out []Term
	for _, l := range properSlice(ls, fun, ls) {
		out = mergeSorted(out, properSlice(l, fun, ls), func(x, y Term) bool { return Compare(x, y) <= 0 })
	}
	return out
}
