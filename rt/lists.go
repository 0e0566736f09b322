package rt

import "slices"

// The lists module. Each function is Lists<FunctionCamel><Arity>(p, ...).
// Bad arguments raise what OTP's lists module raises (mostly
// function_clause, with the call on top of the trace); funs are called
// through CallFun1/CallFun2. Lists are built front to back with a
// listBuilder, whose cells come from the process's block.

var atomLists = Intern("lists")

// listsError raises error:Reason from lists:Fun(Args...).
func listsError(reason Term, fun string, args ...Term) Term {
	e := NewException(AtomError, reason)
	e.head = NewTuple(atomLists, Intern(fun), List(args...), Nil{})
	panic(e)
}

func listsClause(fun string, args ...Term) Term {
	return listsError(AtomFunctionClause, fun, args...)
}

// listBuilder is ListBuilder for rt's own functions, which keep it in a
// variable and end the list with any tail.
type listBuilder struct {
	p *Process
	b ListBuilder
}

func (b *listBuilder) push(t Term) { b.b = b.b.Push(b.p, t) }

// done ends the list with tail and returns it.
func (b *listBuilder) done(tail Term) Term { return b.b.WithTail(tail) }

// walk yields the elements of l in order, and raises function_clause from
// lists:fun(args...) when it reaches an improper tail: OTP's functions that
// recurse down the list have run the fun on every element before that, and
// one that stops early (takewhile) never gets there.
func walk(l Term, fun string, args ...Term) func(yield func(Term) bool) {
	return func(yield func(Term) bool) {
		for x := l; ; {
			switch c := x.(type) {
			case *Cons:
				if !yield(c.Head) {
					return
				}
				x = c.Tail
			case Nil:
				return
			default:
				listsClause(fun, args...)
			}
		}
	}
}

// properSlice returns the elements of a proper list or raises
// function_clause from lists:fun(args...).
func properSlice(l Term, fun string, args ...Term) []Term {
	xs, ok := ListToSlice(l)
	if !ok {
		listsClause(fun, args...)
	}
	return xs
}

// ListsReverse1 is lists:reverse(List).
func ListsReverse1(p *Process, l Term) Term {
	// OTP's reverse/1 takes lists of up to two elements apart itself and
	// hands longer ones to the BIF reverse/2.
	if c, ok := l.(*Cons); ok {
		if c2, ok := c.Tail.(*Cons); ok {
			return reverseAt(p, c2.Tail, p.Cons(c2.Head, p.Cons(c.Head, Nil{})))
		}
	}
	if _, ok := ListToSlice(l); !ok {
		return otpRaise(AtomFunctionClause, List(l), lfReverse)
	}
	return ListsReverse2(p, l, Nil{})
}

// reverseAt is reverse/1's call of reverse/2.
//
//go:noinline
func reverseAt(p *Process, l, tail Term) Term { return ListsReverse2(p, l, tail) }

// ListsReverse2 is lists:reverse(List, Tail).
func ListsReverse2(p *Process, l, tail Term) Term {
	acc := tail
	for x := l; ; {
		switch c := x.(type) {
		case *Cons:
			acc = p.Cons(c.Head, acc)
			x = c.Tail
		case Nil:
			return acc
		default:
			return stdlibError(AtomBadarg, "lists", "reverse", l, tail)
		}
	}
}

// ListsAppend2 is lists:append(A, B), the same as A ++ B.
func ListsAppend2(p *Process, a, b Term) Term { return Append(a, b) }

// ListsAppend1 is lists:append(ListOfLists).
func ListsAppend1(p *Process, ls Term) Term {
	xs := properSlice(ls, "append", ls)
	if len(xs) == 0 {
		return Nil{}
	}
	out := xs[len(xs)-1] // OTP's append([E]) -> E: the last is not looked at
	for i := len(xs) - 2; i >= 0; i-- {
		out = Append(xs[i], out)
	}
	return out
}

// ListsConcat1 is lists:concat(Things): the text of atoms, numbers and
// strings, joined.
func ListsConcat1(p *Process, things Term) Term {
	xs := properSlice(things, "concat", things)
	var b listBuilder
	b.p = p
	for _, x := range xs {
		var s Term
		switch v := x.(type) {
		case Atom:
			s = Str(v.Name())
		case Small, *BigInt:
			s = Str(intText(v, 10))
		case Float:
			s = Str(FloatToList(float64(v)))
		default:
			s = x
		}
		for l := s; ; {
			c, ok := l.(*Cons)
			if !ok {
				if _, isNil := l.(Nil); !isNil {
					listsClause("concat", things)
				}
				break
			}
			b.push(c.Head)
			l = c.Tail
		}
	}
	return b.done(Nil{})
}

// ListsMap2 is lists:map(Fun, List).
func ListsMap2(p *Process, f, l Term) Term {
	if !isFunArity(f, 1) {
		return otpRaise(AtomFunctionClause, List(f, l), lfMapGuard)
	}
	b := listBuilder{p: p}
	for i, x := 0, l; ; i++ {
		switch c := x.(type) {
		case *Cons:
			switch i {
			case 0:
				b.push(mapAt0(p, f, c.Head))
			case 1:
				b.push(mapAt1(p, f, c.Head))
			default:
				b.push(mapAtN(p, f, c.Head))
			}
			x = c.Tail
		case Nil:
			return b.done(Nil{})
		default:
			if i == 0 {
				return otpRaise(NewTuple(AtomCaseClause, x), nil, lfMapCase)
			}
			return otpRaise(AtomFunctionClause, List(f, x), append([]erlFrame{lfMap1Clause}, deeper(i, lfMap1, lfMap)...)...)
		}
	}
}

// ListsForeach2 is lists:foreach(Fun, List).
func ListsForeach2(p *Process, f, l Term) Term {
	if !isFunArity(f, 1) {
		return otpRaise(AtomFunctionClause, List(f, l), lfForeachGuard)
	}
	for x := l; ; {
		switch c := x.(type) {
		case *Cons:
			foreachAt(p, f, c.Head)
			x = c.Tail
		case Nil:
			return Ok
		default:
			return otpRaise(AtomFunctionClause, List(f, x), lfForeach1Cl) // after the calls, as in OTP
		}
	}
}

// ListsFoldl3 is lists:foldl(Fun, Acc, List).
func ListsFoldl3(p *Process, f, acc, l Term) Term {
	if !isFunArity(f, 2) {
		return otpRaise(AtomFunctionClause, List(f, acc, l), lfFoldlGuard)
	}
	for first, x := true, l; ; first = false {
		switch c := x.(type) {
		case *Cons:
			if first {
				acc = foldlAt0(p, f, c.Head, acc)
			} else {
				acc = foldlAtN(p, f, c.Head, acc)
			}
			x = c.Tail
		case Nil:
			return acc
		default:
			if first {
				return otpRaise(NewTuple(AtomCaseClause, x), nil, lfFoldlCase)
			}
			return otpRaise(AtomFunctionClause, List(f, acc, x), lfFoldl1Clause)
		}
	}
}

// ListsFoldr3 is lists:foldr(Fun, Acc, List).
func ListsFoldr3(p *Process, f, acc, l Term) Term {
	if !isFunArity(f, 2) {
		return otpRaise(AtomFunctionClause, List(f, acc, l), lfFoldrGuard)
	}
	xs, tail := listPrefix(l)
	if tail != (Nil{}) {
		// OTP's foldr_1 recurses to the tail before it calls the fun.
		return otpRaise(AtomFunctionClause, List(f, acc, tail), append([]erlFrame{lfFoldr1Clause}, deeper(min(len(xs), 2), lfFoldr1, lfFoldr1)[:min(len(xs), 1)]...)...)
	}
	for i := len(xs) - 1; i > 0; i-- {
		acc = foldrAt(p, f, xs[i], acc)
	}
	if len(xs) > 0 {
		acc = CallFun2(p, f, xs[0], acc) // foldr_1's last call: no frame of its own
	}
	return acc
}

// listPrefix returns the elements of l up to its first non-cell, and that
// tail ([] for a proper list).
func listPrefix(l Term) ([]Term, Term) {
	var xs []Term
	for {
		c, ok := l.(*Cons)
		if !ok {
			return xs, l
		}
		xs = append(xs, c.Head)
		l = c.Tail
	}
}

// predicate calls a boolean fun; a non-boolean result is an error as in
// OTP (a case_clause there; badarg here keeps it simple).
func predicate(p *Process, f, x Term) bool {
	switch CallFun1(p, f, x) {
	case True:
		return true
	case False:
		return false
	}
	Badarg()
	return false
}

// ListsFilter2 is lists:filter(Pred, List).
func ListsFilter2(p *Process, f, l Term) Term {
	if !isFunArity(f, 1) {
		return otpRaise(AtomFunctionClause, List(f, l), lfFilterGuard)
	}
	b := listBuilder{p: p}
	kept := false // OTP's comprehension keeps a frame below once it kept one
	// under is the frame of the comprehension below the one that raises.
	under := func() []erlFrame {
		if kept {
			return []erlFrame{lfFilterLC, lfFilterLC}
		}
		return []erlFrame{lfFilterLC}
	}
	for x := l; ; {
		c, ok := x.(*Cons)
		if !ok {
			if x != (Nil{}) {
				otpRaise(NewTuple(Intern("bad_generator"), x), nil, under()...)
			}
			return b.done(Nil{})
		}
		var v Term
		if kept {
			v = filterAtN(p, f, c.Head)
		} else {
			v = filterAt0(p, f, c.Head)
		}
		switch v {
		case True:
			b.push(c.Head)
			kept = true
		case False:
		default:
			otpRaise(NewTuple(Intern("bad_filter"), v), nil, under()...)
		}
		x = c.Tail
	}
}

// ListsFiltermap2 is lists:filtermap(Fun, List): Fun returns true, false
// or {true, Value}.
func ListsFiltermap2(p *Process, f, l Term) Term {
	if !isFunArity(f, 1) {
		return otpRaise(AtomFunctionClause, List(f, l), lfFiltermapGd)
	}
	b := listBuilder{p: p}
	var kept Term // how the last kept element was kept (true or {true, V}), if any
	var sites keptSites
	xs, tail := listPrefix(l)
	for _, x := range xs {
		var v Term
		switch kept {
		case nil:
			v = filtermapAt0(p, f, x)
		case True:
			v = filtermapAtN(p, f, x)
		default:
			v = filtermapAtNew(p, f, x)
		}
		if r, ok := v.(*Tuple); ok && len(r.Elems) == 2 && r.Elems[0] == True {
			b.push(r.Elems[1])
			kept = r
			sites.add(lfFiltermap1New)
		} else if v != False {
			if v != True {
				otpRaise(NewTuple(AtomCaseClause, v), nil, sites.below(lfFiltermap1)...)
			}
			b.push(x)
			kept = True
			sites.add(lfFiltermap1Rec)
		}
	}
	if tail != (Nil{}) {
		return otpRaise(AtomFunctionClause, List(f, tail), sites.below(erlFrame{"lists", "filtermap_1", 2, 1416})...)
	}
	return b.done(Nil{})
}

// ListsFlatmap2 is lists:flatmap(Fun, List).
func ListsFlatmap2(p *Process, f, l Term) Term {
	if !isFunArity(f, 1) {
		return otpRaise(AtomFunctionClause, List(f, l), lfFlatmapGuard)
	}
	var results []Term
	x := l
	for ; ; x = x.(*Cons).Tail {
		c, ok := x.(*Cons)
		if !ok {
			break
		}
		if len(results) == 0 {
			results = append(results, flatmapAt0(p, f, c.Head))
		} else {
			results = append(results, flatmapAtN(p, f, c.Head))
		}
	}
	if x != (Nil{}) {
		return otpRaise(AtomFunctionClause, List(f, x), append([]erlFrame{lfFlatmap1Cl}, deeper(min(len(results), 2), lfFlatmap1, lfFlatmap1)[:min(len(results), 1)]...)...)
	}
	var out Term = Nil{}
	for i := len(results) - 1; i >= 0; i-- {
		if i == 0 {
			out = flatmapAppend0(results[i], out)
		} else {
			out = flatmapAppendN(results[i], out)
		}
	}
	return out
}

// ListsMapfoldl3 is lists:mapfoldl(Fun, Acc, List): Fun returns {Mapped, Acc}.
func ListsMapfoldl3(p *Process, f, acc, l Term) Term {
	if !isFunArity(f, 2) {
		return otpRaise(AtomFunctionClause, List(f, acc, l), lfMapfoldlGuard)
	}
	b := listBuilder{p: p}
	first := true
	xs, tail := listPrefix(l)
	for _, x := range xs {
		var v Term
		if first {
			v = mapfoldlAt0(p, f, x, acc)
		} else {
			v = mapfoldlAtN(p, f, x, acc)
		}
		r, ok := v.(*Tuple)
		if !ok || len(r.Elems) != 2 {
			frames := []erlFrame{lfMapfoldl1}
			if !first {
				frames = append(frames, lfMapfoldl1Rec)
			}
			return otpRaise(NewTuple(AtomBadmatch, v), nil, frames...)
		}
		first = false
		b.push(r.Elems[0])
		acc = r.Elems[1]
	}
	if tail != (Nil{}) {
		frames := []erlFrame{{"lists", "mapfoldl_1", 3, 1461}}
		if !first {
			frames = append(frames, lfMapfoldl1Rec)
		}
		return otpRaise(AtomFunctionClause, List(f, acc, tail), frames...)
	}
	return NewTuple(b.done(Nil{}), acc)
}

// ListsMapfoldr3 is lists:mapfoldr(Fun, Acc, List).
func ListsMapfoldr3(p *Process, f, acc, l Term) Term {
	xs := properSlice(l, "mapfoldr", f, acc, l)
	out := make([]Term, len(xs))
	for i := len(xs) - 1; i >= 0; i-- {
		// OTP's mapfoldr_1 recurses to the end first: the call for element
		// i has the recursion of the elements before it below.
		var v Term
		if i == 0 {
			v = mapfoldrAt0(p, f, xs[i], acc)
		} else {
			v = mapfoldrAtN(p, f, xs[i], acc)
		}
		r, ok := v.(*Tuple)
		if !ok || len(r.Elems) != 2 {
			frames := []erlFrame{lfMapfoldr1}
			if i > 0 {
				frames = append(frames, lfMapfoldr1Rec)
			}
			return otpRaise(NewTuple(AtomBadmatch, v), nil, frames...)
		}
		out[i], acc = r.Elems[0], r.Elems[1]
	}
	return NewTuple(List(out...), acc)
}

// ListsAny2 is lists:any(Pred, List).
func ListsAny2(p *Process, f, l Term) Term {
	return Bool(anyAll(p, f, l, true))
}

// ListsAll2 is lists:all(Pred, List).
func ListsAll2(p *Process, f, l Term) Term {
	return Bool(!anyAll(p, f, l, false))
}

// anyAll walks l until Pred gives stop, as OTP's any and all do: it
// reports whether one did; an improper tail is an error only if the walk
// gets there.
func anyAll(p *Process, f, l Term, stop bool) bool {
	guard, cas, at, clause1, at1 := lfAnyGuard, lfAnyCase, lfAny, lfAny1Clause, lfAny1
	if !stop {
		guard, cas, at, clause1, at1 = lfAllGuard, lfAllCase, lfAll, lfAll1Clause, lfAll1
	}
	if !isFunArity(f, 1) {
		otpRaise(AtomFunctionClause, List(f, l), guard)
	}
	for first, x := true, l; ; first = false {
		switch c := x.(type) {
		case *Cons:
			var v Term
			switch {
			case first && stop:
				v = anyAt0(p, f, c.Head)
			case stop:
				v = anyAtN(p, f, c.Head)
			case first:
				v = allAt0(p, f, c.Head)
			default:
				v = allAtN(p, f, c.Head)
			}
			switch {
			case v == Bool(stop):
				return true
			case v != Bool(!stop) && first:
				otpRaise(NewTuple(AtomCaseClause, v), nil, at)
			case v != Bool(!stop):
				otpRaise(NewTuple(AtomCaseClause, v), nil, at1)
			}
			x = c.Tail
		case Nil:
			return false
		default:
			if first {
				otpRaise(NewTuple(AtomCaseClause, x), nil, cas)
			}
			otpRaise(AtomFunctionClause, List(f, x), clause1)
		}
	}
}

// ListsPartition2 is lists:partition(Pred, List): {Satisfying, NotSatisfying}.
func ListsPartition2(p *Process, f, l Term) Term {
	var yes, no []Term
	xs, tail := listPrefix(l)
	for _, x := range xs {
		if boolOrClause(partitionAt(p, f, x), lfPartition1) {
			yes = append(yes, x)
		} else {
			no = append(no, x)
		}
	}
	if tail != (Nil{}) {
		slices.Reverse(yes) // partition_1's accumulators, latest first
		slices.Reverse(no)
		return otpRaise(AtomFunctionClause, List(f, tail, List(yes...), List(no...)), erlFrame{"lists", "partition_1", 4, 1398})
	}
	return NewTuple(List(yes...), List(no...))
}

// ListsTakewhile2 is lists:takewhile(Pred, List).
func ListsTakewhile2(p *Process, f, l Term) Term {
	b := listBuilder{p: p}
	x := l
	for ; isCons(x); x = x.(*Cons).Tail {
		h := x.(*Cons).Head
		if b.b.head == nil && !boolOrClause(takewhileAt0(p, f, h), lfTakewhile1) ||
			b.b.head != nil && !boolOrClause(takewhileAtN(p, f, h), lfTakewhile1, lfTakewhile1Rec) {
			return b.done(Nil{})
		}
		b.push(h)
	}
	if x != (Nil{}) {
		frames := []erlFrame{{"lists", "takewhile_1", 2, 1498}}
		if b.b.head != nil {
			frames = append(frames, lfTakewhile1Rec)
		}
		return otpRaise(AtomFunctionClause, List(f, x), frames...)
	}
	return b.done(Nil{})
}

// ListsDropwhile2 is lists:dropwhile(Pred, List).
func ListsDropwhile2(p *Process, f, l Term) Term {
	for x := l; ; {
		c, ok := x.(*Cons)
		if !ok {
			if x != (Nil{}) {
				return otpRaise(AtomFunctionClause, List(f, x), erlFrame{"lists", "dropwhile_1", 2, 1515})
			}
			return x
		}
		if !boolOrClause(dropwhileAt(p, f, c.Head), lfDropwhile1) {
			return c
		}
		x = c.Tail
	}
}

// ListsSplitwith2 is lists:splitwith(Pred, List).
func ListsSplitwith2(p *Process, f, l Term) Term {
	var taken []Term
	x := l
	for {
		c, ok := x.(*Cons)
		if !ok {
			if x != (Nil{}) {
				slices.Reverse(taken) // splitwith_1's accumulator, latest first
				return otpRaise(AtomFunctionClause, List(f, x, List(taken...)), erlFrame{"lists", "splitwith_1", 3, 1549})
			}
			break
		}
		if !boolOrClause(splitwithAt(p, f, c.Head), lfSplitwith1) {
			break
		}
		taken = append(taken, c.Head)
		x = c.Tail
	}
	return NewTuple(List(taken...), x)
}

// ListsSeq2 is lists:seq(From, To).
func ListsSeq2(p *Process, from, to Term) Term {
	a, ok1 := IntOf(from)
	z, ok2 := IntOf(to)
	switch {
	case ok1 && ok2:
		if z >= a-1 {
			return seq(a, z, 1)
		}
	case IsInteger(from) && IsInteger(to):
		if Compare(Sub(from, BoxInt(1)), to) <= 0 {
			return seqBig(from, to, BoxInt(1))
		}
	}
	return otpRaise(AtomFunctionClause, List(from, to), lfSeq2)
}

// ListsSeq3 is lists:seq(From, To, Incr).
func ListsSeq3(p *Process, from, to, incr Term) Term {
	a, ok1 := IntOf(from)
	z, ok2 := IntOf(to)
	d, ok3 := IntOf(incr)
	switch {
	case !ok1 || !ok2 || !ok3:
		if !IsInteger(from) || !IsInteger(to) || !IsInteger(incr) {
			break
		}
		// an operand outside the small range: OTP's guards on terms
		zero := BoxInt(0)
		up, down := Compare(incr, zero) > 0, Compare(incr, zero) < 0
		if k := Compare(Sub(from, incr), to); up && k <= 0 || down && k >= 0 {
			return seqBig(from, to, incr)
		}
		if incr == zero && ExactEqual(from, to) {
			return List(from)
		}
	case d > 0 && z >= a-d, d < 0 && z <= a-d:
		return seq(a, z, d)
	case d == 0 && a == z:
		return List(BoxInt(a))
	}
	return otpBadarg(AtomBadarg, lfSeq3, from, to, incr)
}

// seqBig is seq for bounds or an increment outside the small range, in
// term arithmetic: the N = (Last - First + Incr) div Incr integers from
// First by Incr.
func seqBig(a, z, d Term) Term {
	n, ok := IntOf(IntDiv(Add(Sub(z, a), d), d))
	if !ok {
		return SystemLimit() // more elements than memory holds
	}
	xs := make([]Term, n)
	for i := range xs {
		xs[i] = a
		a = Add(a, d)
	}
	return List(xs...)
}

// seq builds the list in one allocation: its length is known.
func seq(a, z, d Int) Term {
	n := 0
	if (d > 0 && z >= a) || (d < 0 && z <= a) {
		n = int((z-a)/d) + 1
	}
	if n == 0 {
		return Nil{}
	}
	cells := make([]Cons, n)
	for i := range cells {
		cells[i].Head = BoxInt(a + Int(i)*d)
		if i+1 < n {
			cells[i].Tail = &cells[i+1]
		}
	}
	cells[n-1].Tail = Nil{}
	return &cells[0]
}

// ListsLength1 is lists:length(List).
func ListsLength1(p *Process, l Term) Term { return ErlangLength1(p, l) }

// ListsMember2 is lists:member(Elem, List), matching with =:=.
func ListsMember2(p *Process, e, l Term) Term {
	for x := l; ; {
		switch c := x.(type) {
		case *Cons:
			if ExactEqual(c.Head, e) {
				return True
			}
			x = c.Tail
		case Nil:
			return False
		default:
			return stdlibError(AtomBadarg, "lists", "member", e, l)
		}
	}
}

// ListsDelete2 is lists:delete(Elem, List): without the first =:= match.
func ListsDelete2(p *Process, e, l Term) Term {
	var before []Term
	for x := l; ; {
		c, ok := x.(*Cons)
		if !ok {
			if x != (Nil{}) {
				// OTP's delete/2 recursed in its body down to the bad tail
				return otpRaise(AtomFunctionClause, List(e, x), append([]erlFrame{{"lists", "delete", 2, 404}},
					deeper(min(len(before), 2), erlFrame{"lists", "delete", 2, 406}, erlFrame{"lists", "delete", 2, 406})[:min(len(before), 1)]...)...)
			}
			return l
		}
		if ExactEqual(c.Head, e) {
			return ListWithTail(c.Tail, before...) // the rest as it is, checked no further
		}
		before = append(before, c.Head)
		x = c.Tail
	}
}

// ListsSubtract2 is lists:subtract(A, B), the same as A -- B.
func ListsSubtract2(p *Process, a, b Term) Term { return Subtract(a, b) }

// ListsNth2 is lists:nth(N, List), counting from 1.
func ListsNth2(p *Process, n, l Term) Term { return nth(n, l, false) }

// ListsNthtail2 is lists:nthtail(N, List).
func ListsNthtail2(p *Process, n, l Term) Term { return nth(n, l, true) }

// nth is lists:nth/2, or with tail lists:nthtail/2: a count down the list
// for a positive small N, nthWalk for anything else.
func nth(n, l Term, tail bool) Term {
	if i, ok := IntOf(n); ok && i >= 1 {
		for x := l; ; i-- {
			c, ok := x.(*Cons)
			if !ok {
				clause := lfNth
				if tail {
					clause = lfNthtail
				}
				return otpRaise(AtomFunctionClause, List(BoxInt(i), x), clause)
			}
			if i == 1 {
				if tail {
					return c.Tail
				}
				return c.Head
			}
			x = c.Tail
		}
	}
	return nthWalk(n, l, tail)
}

// nthWalk is lists:nth/2 (or nthtail/2) for any N, as OTP's clauses run
// it: the element (or tail) at N = 1, N - 1 down the list while N > 1 in
// term order (badarith for a non-number, which is greater than any
// number), and nthtail(0, List) is List.
func nthWalk(n, x Term, tail bool) Term {
	clause, dec := lfNth, lfNthDec
	if tail {
		clause, dec = lfNthtail, lfNthtailDec
	}
	for {
		c, cons := x.(*Cons)
		switch {
		case cons && n == BoxInt(1) && tail:
			return c.Tail
		case cons && n == BoxInt(1):
			return c.Head
		case cons && Compare(n, BoxInt(1)) > 0:
			if !isNumber(n) {
				return otpRaise(AtomBadarith, nil, dec)
			}
			n, x = Sub(n, BoxInt(1)), c.Tail
			continue
		case tail && n == BoxInt(0) && (cons || x == Nil{}):
			return x
		}
		return otpRaise(AtomFunctionClause, List(n, x), clause)
	}
}

// ListsLast1 is lists:last(List).
func ListsLast1(p *Process, l Term) Term {
	c, ok := l.(*Cons)
	if !ok {
		return otpRaise(AtomFunctionClause, List(l), lfLast)
	}
	for {
		switch next := c.Tail.(type) {
		case *Cons:
			c = next
		case Nil:
			return c.Head
		default:
			return otpRaise(AtomFunctionClause, List(c.Head, next), lfLast2)
		}
	}
}

// ListsDroplast1 is lists:droplast(List).
func ListsDroplast1(p *Process, l Term) Term {
	xs, tail := listPrefix(l)
	if len(xs) == 0 || tail != (Nil{}) {
		// OTP's droplast/1 recursed in its body to the tail that matched
		// neither [_] nor [H | T]
		bad := tail
		if len(xs) == 0 {
			bad = l
		}
		under := deeper(min(len(xs), 2), erlFrame{"lists", "droplast", 1, 247}, erlFrame{"lists", "droplast", 1, 247})[:min(len(xs), 1)]
		return otpRaise(AtomFunctionClause, List(bad), append([]erlFrame{{"lists", "droplast", 1, 246}}, under...)...)
	}
	return List(xs[:len(xs)-1]...)
}

// ListsSum1 is lists:sum(List).
func ListsSum1(p *Process, l Term) Term {
	var acc Term = BoxInt(0)
	for x := l; ; {
		switch c := x.(type) {
		case *Cons:
			acc = sumAt(acc, c.Head)
			x = c.Tail
		case Nil:
			return acc
		default:
			return otpRaise(AtomFunctionClause, List(x, acc), lfSum2)
		}
	}
}

// sumAt is sum/2's Sum + H.
//
//go:noinline
func sumAt(acc, x Term) Term { return Add(acc, x) }

// ListsMax1 is lists:max(List): the first of equal maxima.
func ListsMax1(p *Process, l Term) Term {
	return extreme(l, 1, erlFrame{"lists", "max", 1, 356}, erlFrame{"lists", "max", 2, 358})
}

// ListsMin1 is lists:min(List): the first of equal minima.
func ListsMin1(p *Process, l Term) Term {
	return extreme(l, -1, erlFrame{"lists", "min", 1, 343}, erlFrame{"lists", "min", 2, 345})
}

// ListsDuplicate2 is lists:duplicate(N, Elem).
func ListsDuplicate2(p *Process, n, e Term) Term {
	k, ok := IntOf(n)
	if !ok || k < 0 {
		return listsClause("duplicate", n, e)
	}
	xs := make([]Term, k)
	for i := range xs {
		xs[i] = e
	}
	return List(xs...)
}

// ListsFlatten1 is lists:flatten(DeepList).
func ListsFlatten1(p *Process, l Term) Term {
	if !isCons(l) && l != (Nil{}) {
		return otpRaise(AtomFunctionClause, List(l), erlFrame{"lists", "flatten", 1, 648})
	}
	return ListsFlatten2(p, l, Nil{})
}

// ListsFlatten2 is lists:flatten(DeepList, Tail).
func ListsFlatten2(p *Process, l, tail Term) Term {
	b := listBuilder{p: p}
	if !flattenInto(&b, l) {
		return listsClause("flatten", l, tail)
	}
	return b.done(tail)
}

func flattenInto(b *listBuilder, l Term) bool {
	for {
		switch c := l.(type) {
		case Nil:
			return true
		case *Cons:
			switch c.Head.(type) {
			case *Cons, Nil:
				if !flattenInto(b, c.Head) {
					return false
				}
			default:
				b.push(c.Head)
			}
			l = c.Tail
		default:
			return false
		}
	}
}

// listCount reads a count N (of list elements, characters): its value when
// small; an integer outside the small range counts more than any list or
// string holds (or is negative), and is given as MaxSmall (or -1).
func listCount(n Term) (Int, bool) {
	if b, ok := n.(*BigInt); ok {
		if b.v.Sign() < 0 {
			return -1, true
		}
		return MaxSmall, true
	}
	return IntOf(n)
}

// ListsSublist2 is lists:sublist(List, Len).
func ListsSublist2(p *Process, l, n Term) Term {
	k, ok := listCount(n)
	if _, isList := ListToSlice(l); !ok || !isList && !isCons(l) {
		return otpRaise(AtomFunctionClause, List(l, n), lfSublist2)
	}
	if k < 0 {
		return otpRaise(AtomFunctionClause, List(l, n), lfSublist2Inner)
	}
	b := listBuilder{p: p}
	for x := l; k > 0; k-- {
		c, ok := x.(*Cons)
		if !ok {
			break
		}
		b.push(c.Head)
		x = c.Tail
	}
	return b.done(Nil{})
}

// ListsSublist3 is lists:sublist(List, Start, Len).
func ListsSublist3(p *Process, l, start, n Term) Term {
	if !IsInteger(start) || Compare(start, BoxInt(1)) < 0 {
		return listsClause("sublist", l, start, n)
	}
	rest := ListsNthtail2(p, Sub(start, BoxInt(1)), l)
	return ListsSublist2(p, rest, n)
}

// ListsSplit2 is lists:split(N, List): badarg when N > length(List).
func ListsSplit2(p *Process, n, l Term) Term {
	k, ok := listCount(n)
	if _, isList := ListToSlice(l); !ok || k < 0 || !isList && !isCons(l) {
		return otpRaise(AtomBadarg, List(n, l), lfSplitArgs)
	}
	b := listBuilder{p: p}
	x := l
	for ; k > 0; k-- {
		c, ok := x.(*Cons)
		if !ok {
			return otpRaise(AtomBadarg, List(n, l), lfSplit)
		}
		b.push(c.Head)
		x = c.Tail
	}
	return NewTuple(b.done(Nil{}), x)
}

// ListsZip2 is lists:zip(A, B): the lists must have equal lengths.
func ListsZip2(p *Process, a, b Term) Term {
	xs, ok1 := ListToSlice(a)
	ys, ok2 := ListToSlice(b)
	if !ok1 || !ok2 || len(xs) != len(ys) {
		// OTP's zip/2 recursed in its body down to the first pair of
		// tails that are not both cells or both [].
		i := 0
		for ; ; i++ {
			ca, ok1 := a.(*Cons)
			cb, ok2 := b.(*Cons)
			if !ok1 || !ok2 {
				break
			}
			a, b = ca.Tail, cb.Tail
		}
		return otpRaise(AtomFunctionClause, List(a, b), append([]erlFrame{lfZip}, deeper(min(i, 2), lfZip, lfZip)[:min(i, 1)]...)...)
	}
	out := make([]Term, len(xs))
	for i := range xs {
		out[i] = NewTuple(xs[i], ys[i])
	}
	return List(out...)
}

// ListsZip33 is lists:zip3(A, B, C).
func ListsZip33(p *Process, a, b, c Term) Term {
	xs, ok1 := ListToSlice(a)
	ys, ok2 := ListToSlice(b)
	zs, ok3 := ListToSlice(c)
	if !ok1 || !ok2 || !ok3 || len(xs) != len(ys) || len(xs) != len(zs) {
		return listsClause("zip3", a, b, c)
	}
	out := make([]Term, len(xs))
	for i := range xs {
		out[i] = NewTuple(xs[i], ys[i], zs[i])
	}
	return List(out...)
}

// ListsZipwith3 is lists:zipwith(Fun, A, B).
func ListsZipwith3(p *Process, f, a, b Term) Term {
	xs, ok1 := ListToSlice(a)
	ys, ok2 := ListToSlice(b)
	if !ok1 || !ok2 || len(xs) != len(ys) {
		return listsClause("zipwith", f, a, b)
	}
	out := make([]Term, len(xs))
	for i := range xs {
		if i == 0 {
			out[i] = zipwithAt0(p, f, xs[i], ys[i])
		} else {
			out[i] = zipwithAtN(p, f, xs[i], ys[i])
		}
	}
	return List(out...)
}

// ListsUnzip1 is lists:unzip(ListOfPairs).
func ListsUnzip1(p *Process, l Term) Term {
	xs := properSlice(l, "unzip", l)
	as, bs := make([]Term, len(xs)), make([]Term, len(xs))
	for i, x := range xs {
		t, ok := x.(*Tuple)
		if !ok || len(t.Elems) != 2 {
			return listsClause("unzip", l)
		}
		as[i], bs[i] = t.Elems[0], t.Elems[1]
	}
	return NewTuple(List(as...), List(bs...))
}

// ListsUnzip31 is lists:unzip3(ListOfTriples).
func ListsUnzip31(p *Process, l Term) Term {
	xs := properSlice(l, "unzip3", l)
	as, bs, cs := make([]Term, len(xs)), make([]Term, len(xs)), make([]Term, len(xs))
	for i, x := range xs {
		t, ok := x.(*Tuple)
		if !ok || len(t.Elems) != 3 {
			return listsClause("unzip3", l)
		}
		as[i], bs[i], cs[i] = t.Elems[0], t.Elems[1], t.Elems[2]
	}
	return NewTuple(List(as...), List(bs...), List(cs...))
}

// ListsEnumerate1 is lists:enumerate(List): [{1, E1}, {2, E2}, ...].
func ListsEnumerate1(p *Process, l Term) Term { return ListsEnumerate2(p, BoxInt(1), l) }

// ListsEnumerate2 is lists:enumerate(Start, List).
func ListsEnumerate2(p *Process, start, l Term) Term {
	if !IsInteger(start) {
		return listsClause("enumerate", start, l)
	}
	xs := properSlice(l, "enumerate", start, l)
	out := make([]Term, len(xs))
	i := start
	for k, x := range xs {
		out[k] = NewTuple(i, x)
		i = Add(i, BoxInt(1))
	}
	return List(out...)
}

// ListsPrefix2 is lists:prefix(Prefix, List).
func ListsPrefix2(p *Process, pre, l Term) Term {
	for {
		c, ok := pre.(*Cons)
		if !ok {
			return Bool(pre == Term(Nil{}))
		}
		d, ok := l.(*Cons)
		if !ok || !ExactEqual(c.Head, d.Head) {
			return False
		}
		pre, l = c.Tail, d.Tail
	}
}

// ListsSuffix2 is lists:suffix(Suffix, List).
func ListsSuffix2(p *Process, suf, l Term) Term {
	xs := properSlice(suf, "suffix", suf, l)
	ys := properSlice(l, "suffix", suf, l)
	if len(xs) > len(ys) {
		return False
	}
	tail := ys[len(ys)-len(xs):]
	for i := range xs {
		if !ExactEqual(xs[i], tail[i]) {
			return False
		}
	}
	return True
}

// ListsJoin2 is lists:join(Sep, List).
func ListsJoin2(p *Process, sep, l Term) Term {
	xs := properSlice(l, "join", sep, l)
	b := listBuilder{p: p}
	for i, x := range xs {
		if i > 0 {
			b.push(sep)
		}
		b.push(x)
	}
	return b.done(Nil{})
}

// ListsUniq1 is lists:uniq(List): first occurrences, compared with =:=.
func ListsUniq1(p *Process, l Term) Term {
	xs := properSlice(l, "uniq", l)
	seen := EmptyMap
	b := listBuilder{p: p}
	for _, x := range xs {
		if _, dup := seen.Get(x); !dup {
			seen = seen.Put(x, True)
			b.push(x)
		}
	}
	return b.done(Nil{})
}

// extreme is lists:max/1 (sign 1) or min/1 (sign -1): the first of equal
// extremes. As OTP's, it fails at max/2 (min/2) with the tail and the
// extreme so far when the list is improper.
func extreme(l Term, sign int, one, two erlFrame) Term {
	c, ok := l.(*Cons)
	if !ok {
		return otpRaise(AtomFunctionClause, List(l), one)
	}
	m := c.Head
	x := c.Tail
	for ; isCons(x); x = x.(*Cons).Tail {
		if h := x.(*Cons).Head; Compare(h, m)*sign > 0 {
			m = h
		}
	}
	if x != (Nil{}) {
		return otpRaise(AtomFunctionClause, List(x, m), two)
	}
	return m
}
