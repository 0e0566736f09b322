package rt

// The ordsets module: a set is a list sorted in term order without two
// elements that compare equal (==). The two-set functions walk both lists
// as OTP's do, swapping arguments where OTP swaps them, so that which of
// two equal elements (1 and 1.0) survives is the same as on BEAM.

var atomOrdsets = Intern("ordsets")

func ordsetsClause(fun string, args ...Term) Term {
	e := NewException(AtomError, AtomFunctionClause)
	e.head = NewTuple(atomOrdsets, Intern(fun), List(args...), Nil{})
	panic(e)
}

// OrdsetsNew0 is ordsets:new().
func OrdsetsNew0(p *Process) Term { return Nil{} }

// OrdsetsIsSet1 is ordsets:is_set(Term).
func OrdsetsIsSet1(p *Process, s Term) Term {
	c, ok := s.(*Cons)
	if !ok {
		return Bool(s == Term(Nil{}))
	}
	for prev := c.Head; ; {
		switch n := c.Tail.(type) {
		case Nil:
			return True
		case *Cons:
			if !Lt(prev, n.Head) {
				return False
			}
			prev, c = n.Head, n
		default:
			return ordsetsClause("is_set", c.Tail, prev)
		}
	}
}

// OrdsetsSize1 is ordsets:size(Set).
func OrdsetsSize1(p *Process, s Term) Term { return ErlangLength1(p, s) }

// OrdsetsIsEmpty1 is ordsets:is_empty(Set).
func OrdsetsIsEmpty1(p *Process, s Term) Term { return Bool(s == Term(Nil{})) }

// OrdsetsToList1 is ordsets:to_list(Set).
func OrdsetsToList1(p *Process, s Term) Term { return s }

// OrdsetsFromList1 is ordsets:from_list(List).
func OrdsetsFromList1(p *Process, l Term) Term { return ListsUsort1(p, l) }

// osFind walks set s up to the first element not less than e: the
// elements before it, the cell holding it (nil at the end) and whether it
// equals e.
func osFind(e, s Term, fun string) (before []Term, at *Cons, eq bool) {
	for {
		switch c := s.(type) {
		case Nil:
			return before, nil, false
		case *Cons:
			if cmp := Compare(e, c.Head); cmp <= 0 {
				return before, c, cmp == 0
			}
			before = append(before, c.Head)
			s = c.Tail
		default:
			ordsetsClause(fun, e, s)
		}
	}
}

// OrdsetsIsElement2 is ordsets:is_element(Elem, Set).
func OrdsetsIsElement2(p *Process, e, s Term) Term {
	_, _, eq := osFind(e, s, "is_element")
	return Bool(eq)
}

// OrdsetsAddElement2 is ordsets:add_element(Elem, Set).
func OrdsetsAddElement2(p *Process, e, s Term) Term {
	before, at, eq := osFind(e, s, "add_element")
	var tail Term = List(e)
	switch {
	case eq:
		tail = at
	case at != nil:
		tail = &Cons{Head: e, Tail: at}
	}
	return ListWithTail(tail, before...)
}

// OrdsetsDelElement2 is ordsets:del_element(Elem, Set).
func OrdsetsDelElement2(p *Process, e, s Term) Term {
	before, at, eq := osFind(e, s, "del_element")
	var tail Term = Nil{}
	switch {
	case eq:
		tail = at.Tail
	case at != nil:
		tail = at
	}
	return ListWithTail(tail, before...)
}

// osWalk runs OTP's two-list recursion: at each step both heads are
// compared and step says what to keep and how to move on; it returns the
// kept elements and the tail the recursion ended with.
type osStep func(a, b *Cons, cmp int) (keep Term, na, nb Term, stop bool)

func osWalk(fun string, s1, s2 Term, step osStep, end func(a, b Term) Term) Term {
	var out []Term
	for {
		a, ok1 := s1.(*Cons)
		b, ok2 := s2.(*Cons)
		if !ok1 || !ok2 {
			return ListWithTail(osEnd(fun, s1, s2, end), out...)
		}
		keep, na, nb, stop := step(a, b, Compare(a.Head, b.Head))
		if keep != nil {
			out = append(out, keep)
		}
		if stop {
			return ListWithTail(na, out...)
		}
		s1, s2 = na, nb
	}
}

func osEnd(fun string, s1, s2 Term, end func(a, b Term) Term) Term {
	_, nil1 := s1.(Nil)
	_, nil2 := s2.(Nil)
	if !nil1 && !nil2 {
		return ordsetsClause(fun, s1, s2)
	}
	return end(s1, s2)
}

func osUnionStep(a, b *Cons, cmp int) (Term, Term, Term, bool) {
	switch cmp {
	case -1:
		return a.Head, a.Tail, b, false
	case 1:
		return b.Head, b.Tail, a, false // OTP swaps the arguments
	}
	return a.Head, a.Tail, b.Tail, false
}

// OrdsetsUnion2 is ordsets:union(Set1, Set2).
func OrdsetsUnion2(p *Process, s1, s2 Term) Term {
	return osWalk("union", s1, s2, osUnionStep, func(a, b Term) Term {
		if _, ok := a.(Nil); ok {
			return b
		}
		return a
	})
}

// OrdsetsUnion1 is ordsets:union(SetList).
func OrdsetsUnion1(p *Process, l Term) Term {
	sets, ok := ListToSlice(l)
	if !ok {
		return listsClause("umerge", l)
	}
	var acc Term = Nil{}
	for _, s := range sets {
		acc = OrdsetsUnion2(p, acc, s)
	}
	return acc
}

func osInterStep(a, b *Cons, cmp int) (Term, Term, Term, bool) {
	switch cmp {
	case -1:
		return nil, a.Tail, b, false
	case 1:
		return nil, b.Tail, a, false
	}
	return a.Head, a.Tail, b.Tail, false
}

func osNilEnd(a, b Term) Term { return Nil{} }

// OrdsetsIntersection2 is ordsets:intersection(Set1, Set2).
func OrdsetsIntersection2(p *Process, s1, s2 Term) Term {
	return osWalk("intersection", s1, s2, osInterStep, osNilEnd)
}

// OrdsetsIntersection1 is ordsets:intersection(SetList), which needs at
// least one set.
func OrdsetsIntersection1(p *Process, l Term) Term {
	sets, ok := ListToSlice(l)
	if !ok || len(sets) == 0 {
		return ordsetsClause("intersection", l)
	}
	acc := sets[0]
	for _, s := range sets[1:] {
		acc = OrdsetsIntersection2(p, acc, s)
	}
	return acc
}

// OrdsetsIsDisjoint2 is ordsets:is_disjoint(Set1, Set2).
func OrdsetsIsDisjoint2(p *Process, s1, s2 Term) Term {
	r := osWalk("is_disjoint", s1, s2, func(a, b *Cons, cmp int) (Term, Term, Term, bool) {
		if cmp == 0 {
			return nil, False, nil, true
		}
		return osInterStep(a, b, cmp)
	}, func(a, b Term) Term { return True })
	return r
}

// OrdsetsSubtract2 is ordsets:subtract(Set1, Set2).
func OrdsetsSubtract2(p *Process, s1, s2 Term) Term {
	return osWalk("subtract", s1, s2, func(a, b *Cons, cmp int) (Term, Term, Term, bool) {
		switch cmp {
		case -1:
			return a.Head, a.Tail, b, false
		case 1:
			return nil, a, b.Tail, false
		}
		return nil, a.Tail, b.Tail, false
	}, func(a, b Term) Term {
		if _, ok := a.(Nil); ok {
			return Nil{}
		}
		return a
	})
}

// OrdsetsIsSubset2 is ordsets:is_subset(Set1, Set2).
func OrdsetsIsSubset2(p *Process, s1, s2 Term) Term {
	return osWalk("is_subset", s1, s2, func(a, b *Cons, cmp int) (Term, Term, Term, bool) {
		switch cmp {
		case -1:
			return nil, False, nil, true
		case 1:
			return nil, a, b.Tail, false
		}
		return nil, a.Tail, b.Tail, false
	}, func(a, b Term) Term { _, ok := a.(Nil); return Bool(ok) })
}

// OrdsetsFold3 is ordsets:fold(Fun, Acc, Set).
func OrdsetsFold3(p *Process, f, acc, s Term) Term { return ListsFoldl3(p, f, acc, s) }

// OrdsetsFilter2 is ordsets:filter(Pred, Set).
func OrdsetsFilter2(p *Process, f, s Term) Term { return ListsFilter2(p, f, s) }

func init() {
	RegisterModule("ordsets",
		Export("new", 0, OrdsetsNew0),
		Export("is_set", 1, OrdsetsIsSet1),
		Export("size", 1, OrdsetsSize1),
		Export("is_empty", 1, OrdsetsIsEmpty1),
		Export("to_list", 1, OrdsetsToList1),
		Export("from_list", 1, OrdsetsFromList1),
		Export("is_element", 2, OrdsetsIsElement2),
		Export("add_element", 2, OrdsetsAddElement2),
		Export("del_element", 2, OrdsetsDelElement2),
		Export("union", 2, OrdsetsUnion2),
		Export("union", 1, OrdsetsUnion1),
		Export("intersection", 2, OrdsetsIntersection2),
		Export("intersection", 1, OrdsetsIntersection1),
		Export("is_disjoint", 2, OrdsetsIsDisjoint2),
		Export("subtract", 2, OrdsetsSubtract2),
		Export("is_subset", 2, OrdsetsIsSubset2),
		Export("fold", 3, OrdsetsFold3),
		Export("filter", 2, OrdsetsFilter2),
	)
}
