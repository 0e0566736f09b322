package rt

// The dict module, on OTP's #dict{} record of hash buckets (sets_table.go),
// each entry a [Key|Value] cell placed by erlang:phash/2, so dicts print
// and iterate (to_list, fetch_keys, fold, map, filter) exactly as on BEAM.
// Keys match with =:=.

var atomDict = Intern("dict")

func dictError(reason Term, fun string, args ...Term) Term {
	e := NewException(AtomError, reason)
	e.head = NewTuple(atomDict, Intern(fun), List(args...), Nil{})
	panic(e)
}

// dictArg is dict d, or function_clause from dict:fun(args).
func dictArg(d Term, fun string, args ...Term) *lhTable {
	t, ok := lhTableOf(d, atomDict)
	if !ok {
		dictError(AtomFunctionClause, fun, args...)
	}
	return t
}

func dictKey(e Term) Term { return e.(*Cons).Head }

// dictEntry finds key's entry in its bucket: the cell [Key|Value], or nil.
func dictEntry(t *lhTable, k Term) *Cons {
	for c, ok := t.bucket(t.slot(k)).(*Cons); ok; c, ok = c.Tail.(*Cons) {
		if e := c.Head.(*Cons); ExactEqual(e.Head, k) {
			return e
		}
	}
	return nil
}

// dictPut sets key k to f(old entry or nil), replacing the entry in place
// in its bucket or appending a new one at the bucket's end, as OTP's
// store, append and update do.
func dictPut(t *lhTable, k Term, f func(old *Cons) Term) Term {
	t = t.copy()
	slot := t.slot(k)
	var before []Term
	b := t.bucket(slot)
	ic := 1
	var rest Term = Nil{}
	for c, ok := b.(*Cons); ok; c, ok = c.Tail.(*Cons) {
		if e := c.Head.(*Cons); ExactEqual(e.Head, k) {
			rest = &Cons{Head: &Cons{Head: k, Tail: f(e)}, Tail: c.Tail}
			ic = 0
			break
		}
		before = append(before, c.Head)
	}
	if ic == 1 {
		rest = List(&Cons{Head: k, Tail: f(nil)})
	}
	t.setBucket(slot, ListWithTail(rest, before...))
	t.grow(ic, dictKey)
	return t.term()
}

// DictNew0 is dict:new().
func DictNew0(p *Process) Term { return newLHTable(atomDict).term() }

// DictIsKey2 is dict:is_key(Key, D).
func DictIsKey2(p *Process, k, d Term) Term {
	return Bool(dictEntry(dictArg(d, "is_key", k, d), k) != nil)
}

// DictToList1 is dict:to_list(D): the reverse of fold order.
func DictToList1(p *Process, d Term) Term {
	var l Term = Nil{}
	dictArg(d, "to_list", d).each(func(e Term) {
		c := e.(*Cons)
		l = &Cons{Head: NewTuple(c.Head, c.Tail), Tail: l}
	})
	return l
}

// DictFromList1 is dict:from_list(List): the pairs stored in order, so the
// last pair of a key wins.
func DictFromList1(p *Process, l Term) Term {
	xs, ok := ListToSlice(l)
	if !ok {
		return dictError(AtomFunctionClause, "from_list", l)
	}
	d := DictNew0(p)
	for _, x := range xs {
		t, ok := x.(*Tuple)
		if !ok || len(t.Elems) != 2 {
			return FunctionClause(x, d)
		}
		d = DictStore3(p, t.Elems[0], t.Elems[1], d)
	}
	return d
}

// DictSize1 is dict:size(D).
func DictSize1(p *Process, d Term) Term { return BoxInt(Int(dictArg(d, "size", d).size)) }

// DictIsEmpty1 is dict:is_empty(D).
func DictIsEmpty1(p *Process, d Term) Term { return Bool(dictArg(d, "is_empty", d).size == 0) }

// DictFetch2 is dict:fetch(Key, D).
func DictFetch2(p *Process, k, d Term) Term {
	e := dictEntry(dictArg(d, "fetch", k, d), k)
	if e == nil {
		return dictError(AtomBadarg, "fetch", k, d)
	}
	return e.Tail
}

// DictFind2 is dict:find(Key, D): {ok, Value} or error.
func DictFind2(p *Process, k, d Term) Term {
	if e := dictEntry(dictArg(d, "find", k, d), k); e != nil {
		return NewTuple(Ok, e.Tail)
	}
	return AtomError
}

// DictFetchKeys1 is dict:fetch_keys(D).
func DictFetchKeys1(p *Process, d Term) Term {
	var l Term = Nil{}
	dictArg(d, "fetch_keys", d).each(func(e Term) { l = &Cons{Head: dictKey(e), Tail: l} })
	return l
}

// dictRemove removes k's entry; it returns the dict and the value, or
// ok false when k is absent (the dict then unchanged but for its record).
func dictRemove(t *lhTable, k Term) (Term, Term, bool) {
	t = t.copy()
	slot := t.slot(k)
	var before []Term
	for c, ok := t.bucket(slot).(*Cons); ok; c, ok = c.Tail.(*Cons) {
		if e := c.Head.(*Cons); ExactEqual(e.Head, k) {
			t.setBucket(slot, ListWithTail(c.Tail, before...))
			t.shrink(1)
			return t.term(), e.Tail, true
		}
		before = append(before, c.Head)
	}
	return nil, nil, false
}

// DictErase2 is dict:erase(Key, D).
func DictErase2(p *Process, k, d Term) Term {
	t := dictArg(d, "erase", k, d)
	if d1, _, ok := dictRemove(t, k); ok {
		return d1
	}
	// OTP rebuilds the bucket and may still contract.
	t = t.copy()
	t.shrink(0)
	return t.term()
}

// DictTake2 is dict:take(Key, D): {Value, D1} or error.
func DictTake2(p *Process, k, d Term) Term {
	if d1, v, ok := dictRemove(dictArg(d, "take", k, d), k); ok {
		return NewTuple(v, d1)
	}
	return AtomError
}

// DictStore3 is dict:store(Key, Value, D).
func DictStore3(p *Process, k, v, d Term) Term {
	return dictPut(dictArg(d, "store", k, v, d), k, func(*Cons) Term { return v })
}

// DictAppend3 is dict:append(Key, Value, D).
func DictAppend3(p *Process, k, v, d Term) Term {
	return dictAppend(dictArg(d, "append", k, v, d), k, List(v))
}

// DictAppendList3 is dict:append_list(Key, ValList, D).
func DictAppendList3(p *Process, k, vs, d Term) Term {
	return dictAppend(dictArg(d, "append_list", k, vs, d), k, vs)
}

func dictAppend(t *lhTable, k, vs Term) Term {
	return dictPut(t, k, func(old *Cons) Term {
		if old == nil {
			return vs
		}
		return Append(old.Tail, vs)
	})
}

// DictUpdate3 is dict:update(Key, Fun, D): badarg when Key is absent.
func DictUpdate3(p *Process, k, f, d Term) Term {
	t := dictArg(d, "update", k, f, d)
	if dictEntry(t, k) == nil {
		return dictError(AtomBadarg, "update", k, f, d)
	}
	return dictPut(t, k, func(old *Cons) Term { return dictUpdateAt(p, f, old.Tail) })
}

// DictUpdate4 is dict:update(Key, Fun, Initial, D).
func DictUpdate4(p *Process, k, f, init, d Term) Term {
	t := dictArg(d, "update", k, f, init, d)
	return dictPut(t, k, func(old *Cons) Term {
		if old == nil {
			if !isFunArity(f, 1) {
				return FunctionClause(k, f, init, Nil{})
			}
			return init
		}
		return dictUpdate4At(p, f, old.Tail)
	})
}

// DictUpdateCounter3 is dict:update_counter(Key, Incr, D).
func DictUpdateCounter3(p *Process, k, n, d Term) Term {
	if !IsNumber(n) {
		return dictError(AtomFunctionClause, "update_counter", k, n, d)
	}
	t := dictArg(d, "update_counter", k, n, d)
	return dictPut(t, k, func(old *Cons) Term {
		if old == nil {
			return n
		}
		return Add(old.Tail, n)
	})
}

// DictFold3 is dict:fold(Fun, Acc, D).
func DictFold3(p *Process, f, acc, d Term) Term {
	t := dictArg(d, "fold", f, acc, d)
	if !isFunArity(f, 3) {
		return dictError(AtomFunctionClause, "fold", f, acc, d)
	}
	t.each(func(e Term) {
		c := e.(*Cons)
		acc = dictFoldAt(p, f, c.Head, c.Tail, acc)
	})
	return acc
}

// DictMap2 is dict:map(Fun, D).
func DictMap2(p *Process, f, d Term) Term {
	t := dictArg(d, "map", f, d)
	if !isFunArity(f, 2) {
		return dictError(AtomFunctionClause, "map", f, d)
	}
	if t.size == 0 {
		return d
	}
	t = t.copy()
	t.rebuild(func(b Term) Term {
		var out []Term
		for c, ok := b.(*Cons); ok; c, ok = c.Tail.(*Cons) {
			e := c.Head.(*Cons)
			out = append(out, &Cons{Head: e.Head, Tail: CallFun2(p, f, e.Head, e.Tail)})
		}
		return List(out...)
	})
	return t.term()
}

// DictFilter2 is dict:filter(Pred, D).
func DictFilter2(p *Process, f, d Term) Term {
	t := dictArg(d, "filter", f, d)
	if !isFunArity(f, 2) {
		return dictError(AtomFunctionClause, "filter", f, d)
	}
	if t.size == 0 {
		return d
	}
	t = t.copy()
	dropped := 0
	t.rebuild(func(b Term) Term {
		var out []Term
		for c, ok := b.(*Cons); ok; c, ok = c.Tail.(*Cons) {
			e := c.Head.(*Cons)
			switch r := CallFun2(p, f, e.Head, e.Tail); r {
			case True:
				out = append(out, e)
			case False:
				dropped++
			default:
				CaseClause(r)
			}
		}
		return List(out...)
	})
	t.shrink(dropped)
	return t.term()
}

// DictMerge3 is dict:merge(Fun, D1, D2): the smaller dict folded into the
// larger (D1 into D2 only when D1 is strictly smaller).
func DictMerge3(p *Process, f, d1, d2 Term) Term {
	t1, t2 := dictArg(d1, "merge", f, d1, d2), dictArg(d2, "merge", f, d1, d2)
	if t1.size < t2.size {
		acc := d2
		t1.each(func(e Term) {
			c := e.(*Cons)
			acc = dictPut(dictArg(acc, "merge", f, d1, d2), c.Head, func(old *Cons) Term {
				if old == nil {
					return c.Tail
				}
				return CallFun3(p, f, c.Head, c.Tail, old.Tail)
			})
		})
		return acc
	}
	acc := d1
	t2.each(func(e Term) {
		c := e.(*Cons)
		acc = dictPut(dictArg(acc, "merge", f, d1, d2), c.Head, func(old *Cons) Term {
			if old == nil {
				return c.Tail
			}
			return CallFun3(p, f, c.Head, old.Tail, c.Tail)
		})
	})
	return acc
}

func init() {
	RegisterModule("dict",
		Export("new", 0, DictNew0),
		Export("is_key", 2, DictIsKey2),
		Export("to_list", 1, DictToList1),
		Export("from_list", 1, DictFromList1),
		Export("size", 1, DictSize1),
		Export("is_empty", 1, DictIsEmpty1),
		Export("fetch", 2, DictFetch2),
		Export("find", 2, DictFind2),
		Export("fetch_keys", 1, DictFetchKeys1),
		Export("erase", 2, DictErase2),
		Export("take", 2, DictTake2),
		Export("store", 3, DictStore3),
		Export("append", 3, DictAppend3),
		Export("append_list", 3, DictAppendList3),
		Export("update", 3, DictUpdate3),
		Export("update", 4, DictUpdate4),
		Export("update_counter", 3, DictUpdateCounter3),
		Export("fold", 3, DictFold3),
		Export("map", 2, DictMap2),
		Export("filter", 2, DictFilter2),
		Export("merge", 3, DictMerge3),
	)
}
