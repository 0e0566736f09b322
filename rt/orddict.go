package rt

// The orddict module: a list of {Key, Value} pairs sorted by key, keys
// compared with == (so 1 and 1.0 are one key). The functions walk the list
// as OTP's do and raise function_clause from orddict where OTP's clauses
// do not match (an element that is not a pair, a tail that is not a list,
// fetch or update/3 of a missing key).

var atomOrddict = Intern("orddict")

func orddictClause(fun string, args ...Term) Term {
	e := NewException(AtomError, AtomFunctionClause)
	e.head = NewTuple(atomOrddict, Intern(fun), List(args...), Nil{})
	panic(e)
}

// odSearch is where key belongs in dict d: the pairs before it, the pair
// at that place (nil at the end) and the rest after that pair, and whether
// the pair has an equal key.
type odSearch struct {
	before []Term
	pair   *Tuple
	rest   Term
	found  bool
}

// odFind walks d up to the first pair whose key is not less than key.
func odFind(key, d Term, fun string, args ...Term) odSearch {
	var s odSearch
	for {
		switch c := d.(type) {
		case Nil:
			return s
		case *Cons:
			t, ok := c.Head.(*Tuple)
			if !ok || len(t.Elems) != 2 {
				orddictClause(fun, args...)
			}
			if cmp := Compare(key, t.Elems[0]); cmp <= 0 {
				s.pair, s.rest, s.found = t, c.Tail, cmp == 0
				return s
			}
			s.before = append(s.before, t)
			d = c.Tail
		default:
			orddictClause(fun, args...)
		}
	}
}

// with returns the dict with the searched place replaced: the pair there
// is dropped when found, kept otherwise, and repl (if not nil) goes first.
func (s odSearch) with(repl Term) Term {
	var tail Term = Nil{}
	if s.pair != nil {
		tail = s.rest
		if !s.found {
			tail = &Cons{Head: s.pair, Tail: s.rest}
		}
	}
	if repl != nil {
		tail = &Cons{Head: repl, Tail: tail}
	}
	return ListWithTail(tail, s.before...)
}

// OrddictNew0 is orddict:new().
func OrddictNew0(p *Process) Term { return Nil{} }

// OrddictIsKey2 is orddict:is_key(Key, Dict).
func OrddictIsKey2(p *Process, k, d Term) Term {
	return Bool(odFind(k, d, "is_key", k, d).found)
}

// OrddictToList1 is orddict:to_list(Dict).
func OrddictToList1(p *Process, d Term) Term { return d }

// OrddictFromList1 is orddict:from_list(Pairs): the last pair of a key wins.
func OrddictFromList1(p *Process, l Term) Term {
	xs, ok := ListToSlice(l)
	if !ok {
		return orddictClause("reverse_pairs", l, Nil{})
	}
	if len(xs) == 1 {
		if t, ok := xs[0].(*Tuple); ok && len(t.Elems) == 2 {
			return l
		}
	}
	rev := make([]Term, len(xs))
	for i, x := range xs {
		if t, ok := x.(*Tuple); !ok || len(t.Elems) != 2 {
			return orddictClause("reverse_pairs", ListWithTail(Nil{}, xs[i:]...), Nil{})
		}
		rev[len(xs)-1-i] = x
	}
	return ListsUkeysort2(p, BoxInt(1), List(rev...))
}

// OrddictSize1 is orddict:size(Dict).
func OrddictSize1(p *Process, d Term) Term { return ErlangLength1(p, d) }

// OrddictIsEmpty1 is orddict:is_empty(Dict).
func OrddictIsEmpty1(p *Process, d Term) Term {
	switch d.(type) {
	case Nil:
		return True
	case *Cons:
		return False
	}
	return orddictClause("is_empty", d)
}

// OrddictFetch2 is orddict:fetch(Key, Dict).
func OrddictFetch2(p *Process, k, d Term) Term {
	s := odFind(k, d, "fetch", k, d)
	if !s.found {
		var rest Term = Nil{} // OTP's fetch/2 fails where its recursion stopped
		if s.pair != nil {
			rest = &Cons{Head: s.pair, Tail: s.rest}
		}
		return orddictClause("fetch", k, rest)
	}
	return s.pair.Elems[1]
}

// OrddictFind2 is orddict:find(Key, Dict).
func OrddictFind2(p *Process, k, d Term) Term {
	if s := odFind(k, d, "find", k, d); s.found {
		return NewTuple(Ok, s.pair.Elems[1])
	}
	return AtomError
}

// OrddictFetchKeys1 is orddict:fetch_keys(Dict).
func OrddictFetchKeys1(p *Process, d Term) Term {
	b := listBuilder{p: p}
	for _, x := range odPairs(d, "fetch_keys") {
		b.push(x.Elems[0])
	}
	return b.done(Nil{})
}

// odPairs is the pairs of a whole dict, or function_clause.
func odPairs(d Term, fun string, args ...Term) []*Tuple {
	var out []*Tuple
	for l := d; ; {
		switch c := l.(type) {
		case Nil:
			return out
		case *Cons:
			t, ok := c.Head.(*Tuple)
			if !ok || len(t.Elems) != 2 {
				orddictClause(fun, append(args, l)...)
			}
			out = append(out, t)
			l = c.Tail
		default:
			orddictClause(fun, append(args, l)...)
		}
	}
}

// OrddictErase2 is orddict:erase(Key, Dict).
func OrddictErase2(p *Process, k, d Term) Term {
	return odFind(k, d, "erase", k, d).with(nil)
}

// OrddictTake2 is orddict:take(Key, Dict): {Value, Dict1} or error.
func OrddictTake2(p *Process, k, d Term) Term {
	s := odFind(k, d, "take_1", k, d, Nil{})
	if !s.found {
		return AtomError
	}
	return NewTuple(s.pair.Elems[1], s.with(nil))
}

// OrddictStore3 is orddict:store(Key, Value, Dict).
func OrddictStore3(p *Process, k, v, d Term) Term {
	return odFind(k, d, "store", k, v, d).with(NewTuple(k, v))
}

// OrddictAppend3 is orddict:append(Key, Value, Dict).
func OrddictAppend3(p *Process, k, v, d Term) Term {
	return odAppend(k, List(v), d, "append", v)
}

// OrddictAppendList3 is orddict:append_list(Key, ValList, Dict).
func OrddictAppendList3(p *Process, k, vs, d Term) Term {
	return odAppend(k, vs, d, "append_list", vs)
}

func odAppend(k, vs, d Term, fun string, arg Term) Term {
	s := odFind(k, d, fun, k, arg, d)
	if s.found {
		vs = Append(s.pair.Elems[1], vs)
	}
	return s.with(NewTuple(k, vs))
}

// OrddictUpdate3 is orddict:update(Key, Fun, Dict).
func OrddictUpdate3(p *Process, k, f, d Term) Term {
	s := odFind(k, d, "update", k, f, d)
	if !s.found {
		return orddictClause("update", k, f, s.with(nil))
	}
	return s.with(NewTuple(k, orddictUpdateAt(p, f, s.pair.Elems[1], len(s.before) > 0)))
}

// OrddictUpdate4 is orddict:update(Key, Fun, Initial, Dict).
func OrddictUpdate4(p *Process, k, f, init, d Term) Term {
	s := odFind(k, d, "update", k, f, init, d)
	if s.found {
		init = CallFun1(p, f, s.pair.Elems[1])
	}
	return s.with(NewTuple(k, init))
}

// OrddictUpdateCounter3 is orddict:update_counter(Key, Incr, Dict).
func OrddictUpdateCounter3(p *Process, k, n, d Term) Term {
	s := odFind(k, d, "update_counter", k, n, d)
	if s.found {
		n = Add(s.pair.Elems[1], n)
	}
	return s.with(NewTuple(k, n))
}

// OrddictFold3 is orddict:fold(Fun, Acc, Dict).
func OrddictFold3(p *Process, f, acc, d Term) Term {
	for _, x := range odPairs(d, "fold", f, acc) {
		acc = orddictFoldAt(p, f, x.Elems[0], x.Elems[1], acc)
	}
	return odFunCheck(f, 3, "fold", f, acc, Nil{}, acc)
}

// odFunCheck raises function_clause when f is not a fun of arity n, as
// the last clause's guard does; otherwise it returns v.
func odFunCheck(f Term, n int, fun string, a, b, c, v Term) Term {
	if fn, ok := f.(*Fun); !ok || fn.Arity != n {
		args := []Term{a, b}
		if c != nil {
			args = append(args, c)
		}
		return orddictClause(fun, args...)
	}
	return v
}

// OrddictMap2 is orddict:map(Fun, Dict).
func OrddictMap2(p *Process, f, d Term) Term {
	b := listBuilder{p: p}
	for i, x := range odPairs(d, "map", f) {
		b.push(NewTuple(x.Elems[0], orddictMapAt(p, f, x.Elems[0], x.Elems[1], i > 0)))
	}
	return odFunCheck(f, 2, "map", f, Nil{}, nil, b.done(Nil{}))
}

// OrddictFilter2 is orddict:filter(Pred, Dict).
func OrddictFilter2(p *Process, f, d Term) Term {
	b := listBuilder{p: p}
	for _, x := range odPairs(d, "filter", f) {
		if odPred(p, f, x, b.b.head != nil) {
			b.push(x)
		}
	}
	return odFunCheck(f, 2, "filter", f, Nil{}, nil, b.done(Nil{}))
}

// odPred calls filter/2's predicate; kept says whether a pair was kept
// before, whose recursion OTP's filter/2 has below (dict_otp.go).
func odPred(p *Process, f Term, x *Tuple, kept bool) bool {
	r := orddictFilterAt(p, f, x.Elems[0], x.Elems[1], kept)
	switch r {
	case True:
		return true
	case False:
		return false
	}
	frames := []erlFrame{{"orddict", "filter", 2, 228}}
	if kept {
		frames = append(frames, erlFrame{"orddict", "filter", 2, 229})
	}
	return otpRaise(NewTuple(AtomCaseClause, r), nil, frames...) == nil
}

// OrddictMerge3 is orddict:merge(Fun, Dict1, Dict2).
func OrddictMerge3(p *Process, f, d1, d2 Term) Term {
	a, b := odPairs(d1, "merge", f), odPairs(d2, "merge", f)
	out := make([]Term, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		switch Compare(a[0].Elems[0], b[0].Elems[0]) {
		case -1:
			out, a = append(out, a[0]), a[1:]
		case 1:
			out, b = append(out, b[0]), b[1:]
		default:
			k := a[0].Elems[0]
			out = append(out, NewTuple(k, CallFun3(p, f, k, a[0].Elems[1], b[0].Elems[1])))
			a, b = a[1:], b[1:]
		}
	}
	for _, x := range append(a, b...) {
		out = append(out, x)
	}
	return odFunCheck(f, 3, "merge", f, Nil{}, Nil{}, List(out...))
}

func init() {
	RegisterModule("orddict",
		Export("new", 0, OrddictNew0),
		Export("is_key", 2, OrddictIsKey2),
		Export("to_list", 1, OrddictToList1),
		Export("from_list", 1, OrddictFromList1),
		Export("size", 1, OrddictSize1),
		Export("is_empty", 1, OrddictIsEmpty1),
		Export("fetch", 2, OrddictFetch2),
		Export("find", 2, OrddictFind2),
		Export("fetch_keys", 1, OrddictFetchKeys1),
		Export("erase", 2, OrddictErase2),
		Export("take", 2, OrddictTake2),
		Export("store", 3, OrddictStore3),
		Export("append", 3, OrddictAppend3),
		Export("append_list", 3, OrddictAppendList3),
		Export("update", 3, OrddictUpdate3),
		Export("update", 4, OrddictUpdate4),
		Export("update_counter", 3, OrddictUpdateCounter3),
		Export("fold", 3, OrddictFold3),
		Export("map", 2, OrddictMap2),
		Export("filter", 2, OrddictFilter2),
		Export("merge", 3, OrddictMerge3),
	)
}
