package rt

// The sets module. Every set here is OTP 25's version 2 representation, a
// map #{Element => []}, whatever version was asked for: version 1 (the
// default of new/0 and from_list/1) is a record of hash buckets placed by
// erlang:phash/2, which rt does not reproduce. So sets made with
// {version, 2} print and list as on BEAM; default sets give the same
// answers to every sets function, but print as a map and list their
// elements in map order where BEAM uses its hash order.

var atomSets = Intern("sets")

func setsClause(fun string, args ...Term) Term {
	e := NewException(AtomError, AtomFunctionClause)
	e.head = NewTuple(atomSets, Intern(fun), List(args...), Nil{})
	panic(e)
}

// setArg is set s, or function_clause from sets:fun(args).
func setArg(s Term, fun string, args ...Term) *Map {
	m, ok := s.(*Map)
	if !ok {
		setsClause(fun, args...)
	}
	return m
}

// setOf is the set of the elements of list l.
func setOf(l Term, fun string, args ...Term) *Map {
	xs, ok := ListToSlice(l)
	if !ok {
		setsClause(fun, args...)
	}
	m := NewMap()
	for _, x := range xs {
		m = m.Put(x, Nil{})
	}
	return m
}

// SetsNew0 is sets:new().
func SetsNew0(p *Process) Term { return NewMap() }

// SetsNew1 is sets:new(Opts).
func SetsNew1(p *Process, opts Term) Term { return NewMap() }

// SetsFromList1 is sets:from_list(List).
func SetsFromList1(p *Process, l Term) Term { return setOf(l, "from_list", l) }

// SetsFromList2 is sets:from_list(List, Opts).
func SetsFromList2(p *Process, l, opts Term) Term { return setOf(l, "from_list", l, opts) }

// SetsIsSet1 is sets:is_set(T).
func SetsIsSet1(p *Process, s Term) Term {
	if t, ok := s.(*Tuple); ok && len(t.Elems) == 9 && t.Elems[0] == Intern("set") {
		return True
	}
	_, ok := s.(*Map)
	return Bool(ok)
}

// SetsSize1 is sets:size(S).
func SetsSize1(p *Process, s Term) Term { return Int(setArg(s, "size", s).Size()) }

// SetsIsEmpty1 is sets:is_empty(S).
func SetsIsEmpty1(p *Process, s Term) Term { return Bool(setArg(s, "is_empty", s).Size() == 0) }

// SetsToList1 is sets:to_list(S).
func SetsToList1(p *Process, s Term) Term { return List(setArg(s, "to_list", s).Keys()...) }

// SetsIsElement2 is sets:is_element(X, S).
func SetsIsElement2(p *Process, x, s Term) Term {
	_, ok := setArg(s, "is_element", x, s).Get(x)
	return Bool(ok)
}

// SetsAddElement2 is sets:add_element(X, S).
func SetsAddElement2(p *Process, x, s Term) Term {
	m := setArg(s, "add_element", x, s)
	if _, ok := m.Get(x); ok {
		return m
	}
	return m.Put(x, Nil{})
}

// SetsDelElement2 is sets:del_element(X, S).
func SetsDelElement2(p *Process, x, s Term) Term {
	return setArg(s, "del_element", x, s).Remove(x)
}

// SetsUnion2 is sets:union(S1, S2).
func SetsUnion2(p *Process, a, b Term) Term {
	m1, m2 := setArg(a, "union", a, b), setArg(b, "union", a, b)
	if m1.Size() < m2.Size() {
		m1, m2 = m2, m1
	}
	for _, k := range m2.Keys() {
		m1 = m1.Put(k, Nil{})
	}
	return m1
}

// SetsUnion1 is sets:union(Sets).
func SetsUnion1(p *Process, l Term) Term {
	ss, ok := ListToSlice(l)
	if !ok {
		return setsClause("union", l)
	}
	var acc Term = NewMap()
	for _, s := range ss {
		acc = SetsUnion2(p, acc, s)
	}
	return acc
}

// setsKeep is the elements of a for which keep is true.
func setsKeep(a *Map, keep func(Term) bool) *Map {
	out := a
	for _, k := range a.Keys() {
		if !keep(k) {
			out = out.Remove(k)
		}
	}
	return out
}

// SetsIntersection2 is sets:intersection(S1, S2).
func SetsIntersection2(p *Process, a, b Term) Term {
	m1, m2 := setArg(a, "intersection", a, b), setArg(b, "intersection", a, b)
	return setsKeep(m1, func(k Term) bool { _, ok := m2.Get(k); return ok })
}

// SetsIntersection1 is sets:intersection(Sets), of one set or more.
func SetsIntersection1(p *Process, l Term) Term {
	ss, ok := ListToSlice(l)
	if !ok || len(ss) == 0 {
		return setsClause("intersection", l)
	}
	acc := ss[0]
	for _, s := range ss[1:] {
		acc = SetsIntersection2(p, acc, s)
	}
	return acc
}

// SetsSubtract2 is sets:subtract(S1, S2).
func SetsSubtract2(p *Process, a, b Term) Term {
	m1, m2 := setArg(a, "subtract", a, b), setArg(b, "subtract", a, b)
	return setsKeep(m1, func(k Term) bool { _, ok := m2.Get(k); return !ok })
}

// SetsIsDisjoint2 is sets:is_disjoint(S1, S2).
func SetsIsDisjoint2(p *Process, a, b Term) Term {
	m1, m2 := setArg(a, "is_disjoint", a, b), setArg(b, "is_disjoint", a, b)
	for _, k := range m1.Keys() {
		if _, ok := m2.Get(k); ok {
			return False
		}
	}
	return True
}

// SetsIsSubset2 is sets:is_subset(S1, S2).
func SetsIsSubset2(p *Process, a, b Term) Term {
	m1, m2 := setArg(a, "is_subset", a, b), setArg(b, "is_subset", a, b)
	for _, k := range m1.Keys() {
		if _, ok := m2.Get(k); !ok {
			return False
		}
	}
	return True
}

// SetsFold3 is sets:fold(Fun, Acc, S).
func SetsFold3(p *Process, f, acc, s Term) Term {
	for _, k := range setArg(s, "fold", f, acc, s).Keys() {
		acc = CallFun2(p, f, k, acc)
	}
	return acc
}

// SetsFilter2 is sets:filter(Pred, S).
func SetsFilter2(p *Process, f, s Term) Term {
	return setsKeep(setArg(s, "filter", f, s), func(k Term) bool { return predicate(p, f, k) })
}

func init() {
	RegisterModule("sets",
		Export("new", 0, SetsNew0),
		Export("new", 1, SetsNew1),
		Export("from_list", 1, SetsFromList1),
		Export("from_list", 2, SetsFromList2),
		Export("is_set", 1, SetsIsSet1),
		Export("size", 1, SetsSize1),
		Export("is_empty", 1, SetsIsEmpty1),
		Export("to_list", 1, SetsToList1),
		Export("is_element", 2, SetsIsElement2),
		Export("add_element", 2, SetsAddElement2),
		Export("del_element", 2, SetsDelElement2),
		Export("union", 2, SetsUnion2),
		Export("union", 1, SetsUnion1),
		Export("intersection", 2, SetsIntersection2),
		Export("intersection", 1, SetsIntersection1),
		Export("subtract", 2, SetsSubtract2),
		Export("is_disjoint", 2, SetsIsDisjoint2),
		Export("is_subset", 2, SetsIsSubset2),
		Export("fold", 3, SetsFold3),
		Export("filter", 2, SetsFilter2),
	)
}
