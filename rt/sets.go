package rt

// The sets module, in both of OTP 25's representations: version 1 (what
// new/0 and from_list/1 make) is the #set{} record of hash buckets of
// sets_table.go, placed by erlang:phash/2, so such sets print and iterate
// exactly as on BEAM; version 2 (new([{version, 2}])) is a map
// #{Element => []}. Every function takes either, and a mix of both, and
// follows OTP's choice of which set to fold over and which to add into.

var (
	atomSets    = Intern("sets")
	atomVersion = Intern("version")
)

func setsClause(fun string, args ...Term) Term {
	e := NewException(AtomError, AtomFunctionClause)
	e.head = NewTuple(atomSets, Intern(fun), List(args...), Nil{})
	panic(e)
}

// aSet is a set of either version: m for version 2, t for version 1.
type aSet struct {
	m *Map
	t *lhTable
}

// setArg is set s, or function_clause from sets:fun(args).
func setArg(s Term, fun string, args ...Term) aSet {
	if m, ok := s.(*Map); ok {
		return aSet{m: m}
	}
	if t, ok := lhTableOf(s, atomSet); ok {
		return aSet{t: t}
	}
	setsClause(fun, args...)
	return aSet{}
}

func (s aSet) term() Term {
	if s.m != nil {
		return s.m
	}
	return s.t.term()
}

func (s aSet) size() int {
	if s.m != nil {
		return s.m.Size()
	}
	return s.t.size
}

// each calls f on the elements in the order sets:fold/3 visits them.
func (s aSet) each(f func(Term)) {
	if s.m != nil {
		for _, k := range s.m.Keys() {
			f(k)
		}
		return
	}
	s.t.each(f)
}

func (s aSet) has(x Term) bool {
	if s.m != nil {
		_, ok := s.m.Get(x)
		return ok
	}
	for c, ok := s.t.bucket(s.t.slot(x)).(*Cons); ok; c, ok = c.Tail.(*Cons) {
		if ExactEqual(c.Head, x) {
			return true
		}
	}
	return false
}

func (s aSet) add(x Term) aSet {
	if s.m != nil {
		return aSet{m: s.m.Put(x, Nil{})}
	}
	if s.has(x) {
		return s
	}
	t := s.t.copy()
	slot := t.slot(x)
	t.setBucket(slot, &Cons{Head: x, Tail: t.bucket(slot)})
	t.grow(1, func(e Term) Term { return e })
	return aSet{t: t}
}

func (s aSet) del(x Term) aSet {
	if s.m != nil {
		return aSet{m: s.m.Remove(x)}
	}
	if !s.has(x) {
		return s
	}
	t := s.t.copy()
	slot := t.slot(x)
	var kept []Term
	c := t.bucket(slot).(*Cons)
	for ; !ExactEqual(c.Head, x); c = c.Tail.(*Cons) {
		kept = append(kept, c.Head)
	}
	t.setBucket(slot, ListWithTail(c.Tail, kept...))
	t.shrink(1)
	return aSet{t: t}
}

// filter keeps the elements for which keep is true. A version-1 set keeps
// each bucket's survivors in reverse, as OTP's filter leaves them.
func (s aSet) filter(keep func(Term) bool) aSet {
	if s.m != nil {
		var ks []Term
		for _, k := range s.m.Keys() {
			if keep(k) {
				ks = append(ks, k)
			}
		}
		m := NewMap()
		for _, k := range ks {
			m = m.Put(k, Nil{})
		}
		return aSet{m: m}
	}
	t := s.t.copy()
	dropped := 0
	t.rebuild(func(b Term) Term {
		var out Term = Nil{}
		for c, ok := b.(*Cons); ok; c, ok = c.Tail.(*Cons) {
			if keep(c.Head) {
				out = &Cons{Head: c.Head, Tail: out}
			} else {
				dropped++
			}
		}
		return out
	})
	t.shrink(dropped)
	return aSet{t: t}
}

// callPred calls a predicate fun (sets:filter's, queue:delete_with's):
// true or false, else case_clause.
func callPred(p *Process, f, x Term) bool {
	switch r := CallFun1(p, f, x); r {
	case True:
		return true
	case False:
		return false
	default:
		CaseClause(r)
	}
	return false
}

// setsVersion is the version that Opts asks for (default 1).
func setsVersion(opts Term) int {
	v := ProplistsGetValue3(nil, atomVersion, opts, BoxInt(1))
	switch v {
	case BoxInt(1):
		return 1
	case BoxInt(2):
		return 2
	}
	CaseClause(v)
	return 0
}

// SetsNew0 is sets:new(), a version-1 set.
func SetsNew0(p *Process) Term { return newLHTable(atomSet).term() }

// SetsNew1 is sets:new(Opts).
func SetsNew1(p *Process, opts Term) Term {
	if setsVersion(opts) == 2 {
		return NewMap()
	}
	return SetsNew0(p)
}

// SetsFromList1 is sets:from_list(List): the elements added in order.
func SetsFromList1(p *Process, l Term) Term {
	s := aSet{t: newLHTable(atomSet)}
	for {
		c, ok := l.(*Cons)
		if !ok {
			break
		}
		s = s.add(c.Head)
		l = c.Tail
	}
	if _, ok := l.(Nil); !ok {
		CaseClause(l) // from lists:foldl/3
	}
	return s.term()
}

// SetsFromList2 is sets:from_list(List, Opts).
func SetsFromList2(p *Process, l, opts Term) Term {
	if setsVersion(opts) == 1 {
		return SetsFromList1(p, l)
	}
	xs, ok := ListToSlice(l)
	if !ok {
		return setsClause("from_list", l, opts)
	}
	m := NewMap()
	for _, x := range xs {
		m = m.Put(x, Nil{})
	}
	return m
}

// SetsIsSet1 is sets:is_set(T).
func SetsIsSet1(p *Process, s Term) Term {
	if t, ok := s.(*Tuple); ok && len(t.Elems) == 9 && t.Elems[0] == atomSet {
		return True
	}
	_, ok := s.(*Map)
	return Bool(ok)
}

// SetsSize1 is sets:size(S).
func SetsSize1(p *Process, s Term) Term { return BoxInt(Int(setArg(s, "size", s).size())) }

// SetsIsEmpty1 is sets:is_empty(S).
func SetsIsEmpty1(p *Process, s Term) Term { return Bool(setArg(s, "is_empty", s).size() == 0) }

// SetsToList1 is sets:to_list(S): for version 1, the reverse of fold order.
func SetsToList1(p *Process, s Term) Term {
	a := setArg(s, "to_list", s)
	if a.m != nil {
		return MapsKeys1(p, a.m) // maps:keys/1, as OTP's version 2
	}
	var l Term = Nil{}
	a.each(func(x Term) { l = &Cons{Head: x, Tail: l} })
	return l
}

// SetsIsElement2 is sets:is_element(X, S).
func SetsIsElement2(p *Process, x, s Term) Term {
	return Bool(setArg(s, "is_element", x, s).has(x))
}

// SetsAddElement2 is sets:add_element(X, S).
func SetsAddElement2(p *Process, x, s Term) Term {
	return setArg(s, "add_element", x, s).add(x).term()
}

// SetsDelElement2 is sets:del_element(X, S).
func SetsDelElement2(p *Process, x, s Term) Term {
	return setArg(s, "del_element", x, s).del(x).term()
}

// SetsUnion2 is sets:union(S1, S2): the smaller set's elements added to
// the larger (into S1 when the sizes are equal).
func SetsUnion2(p *Process, a, b Term) Term {
	s1, s2 := setArg(a, "union", a, b), setArg(b, "union", a, b)
	if s1.m != nil && s2.m != nil {
		return MapsMerge2(p, s1.m, s2.m)
	}
	if s1.size() < s2.size() {
		s1, s2 = s2, s1
	}
	s2.each(func(x Term) { s1 = s1.add(x) })
	return s1.term()
}

// SetsUnion1 is sets:union(Sets).
func SetsUnion1(p *Process, l Term) Term {
	ss, ok := ListToSlice(l)
	if !ok {
		return setsClause("union", l)
	}
	if len(ss) == 0 {
		return SetsNew0(p)
	}
	acc := ss[0]
	if len(ss) == 1 {
		return acc
	}
	for _, s := range ss[1:] {
		acc = SetsUnion2(p, acc, s)
	}
	return acc
}

// SetsIntersection2 is sets:intersection(S1, S2): the smaller set filtered
// (S2 when the sizes are equal).
func SetsIntersection2(p *Process, a, b Term) Term {
	s1, s2 := setArg(a, "intersection", a, b), setArg(b, "intersection", a, b)
	if s1.m != nil && s2.m != nil {
		if s1.size() < s2.size() {
			return s1.filter(s2.has).term()
		}
		return s2.filter(s1.has).term()
	}
	if s1.size() < s2.size() {
		return s1.filter(s2.has).term()
	}
	return s2.filter(s1.has).term()
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
	s1, s2 := setArg(a, "subtract", a, b), setArg(b, "subtract", a, b)
	return s1.filter(func(x Term) bool { return !s2.has(x) }).term()
}

// SetsIsDisjoint2 is sets:is_disjoint(S1, S2).
func SetsIsDisjoint2(p *Process, a, b Term) Term {
	s1, s2 := setArg(a, "is_disjoint", a, b), setArg(b, "is_disjoint", a, b)
	disjoint := true
	s1.each(func(x Term) { disjoint = disjoint && !s2.has(x) })
	return Bool(disjoint)
}

// SetsIsSubset2 is sets:is_subset(S1, S2).
func SetsIsSubset2(p *Process, a, b Term) Term {
	s1, s2 := setArg(a, "is_subset", a, b), setArg(b, "is_subset", a, b)
	sub := true
	s1.each(func(x Term) { sub = sub && s2.has(x) })
	return Bool(sub)
}

// SetsFold3 is sets:fold(Fun, Acc, S).
func SetsFold3(p *Process, f, acc, s Term) Term {
	a := setArg(s, "fold", f, acc, s)
	if !isFunArity(f, 2) {
		return setsClause("fold", f, acc, s)
	}
	a.each(func(x Term) { acc = setsFoldAt(p, f, x, acc, a.m != nil) })
	return acc
}

// SetsFilter2 is sets:filter(Pred, S).
func SetsFilter2(p *Process, f, s Term) Term {
	a := setArg(s, "filter", f, s)
	if !isFunArity(f, 1) {
		return setsClause("filter", f, s)
	}
	return a.filter(func(x Term) bool { return callPred(p, f, x) }).term()
}

func isFunArity(f Term, n int) bool {
	fn, ok := f.(*Fun)
	return ok && fn.Arity == n
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
