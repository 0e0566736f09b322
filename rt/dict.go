package rt

// The dict module, each dict a map from key to value. OTP's dict is a
// record of hash buckets placed by erlang:phash/2, which rt does not
// reproduce, so a dict prints as a map here and to_list, fetch_keys, fold,
// map and filter go in map-key order where BEAM goes in its hash order;
// the answers are otherwise those of OTP (keys match with =:=; fetch and
// update/3 of a missing key raise badarg).

var atomDict = Intern("dict")

func dictError(reason Term, fun string, args ...Term) Term {
	e := NewException(AtomError, reason)
	e.head = NewTuple(atomDict, Intern(fun), List(args...), Nil{})
	panic(e)
}

// dictArg is dict d, or function_clause from dict:fun(args).
func dictArg(d Term, fun string, args ...Term) *Map {
	m, ok := d.(*Map)
	if !ok {
		dictError(AtomFunctionClause, fun, args...)
	}
	return m
}

// DictNew0 is dict:new().
func DictNew0(p *Process) Term { return NewMap() }

// DictIsKey2 is dict:is_key(Key, D).
func DictIsKey2(p *Process, k, d Term) Term {
	_, ok := dictArg(d, "is_key", k, d).Get(k)
	return Bool(ok)
}

// DictToList1 is dict:to_list(D).
func DictToList1(p *Process, d Term) Term { return MapsToList1(p, dictArg(d, "to_list", d)) }

// DictFromList1 is dict:from_list(List): the last pair of a key wins.
func DictFromList1(p *Process, l Term) Term {
	xs, ok := ListToSlice(l)
	if !ok {
		return dictError(AtomFunctionClause, "from_list", l)
	}
	m := NewMap()
	for _, x := range xs {
		t, ok := x.(*Tuple)
		if !ok || len(t.Elems) != 2 {
			return dictError(AtomFunctionClause, "from_list", l)
		}
		m = m.Put(t.Elems[0], t.Elems[1])
	}
	return m
}

// DictSize1 is dict:size(D).
func DictSize1(p *Process, d Term) Term { return Int(dictArg(d, "size", d).Size()) }

// DictIsEmpty1 is dict:is_empty(D).
func DictIsEmpty1(p *Process, d Term) Term { return Bool(dictArg(d, "is_empty", d).Size() == 0) }

// DictFetch2 is dict:fetch(Key, D).
func DictFetch2(p *Process, k, d Term) Term {
	v, ok := dictArg(d, "fetch", k, d).Get(k)
	if !ok {
		return dictError(AtomBadarg, "fetch", k, d)
	}
	return v
}

// DictFind2 is dict:find(Key, D): {ok, Value} or error.
func DictFind2(p *Process, k, d Term) Term {
	if v, ok := dictArg(d, "find", k, d).Get(k); ok {
		return NewTuple(Ok, v)
	}
	return AtomError
}

// DictFetchKeys1 is dict:fetch_keys(D).
func DictFetchKeys1(p *Process, d Term) Term { return List(dictArg(d, "fetch_keys", d).Keys()...) }

// DictErase2 is dict:erase(Key, D).
func DictErase2(p *Process, k, d Term) Term { return dictArg(d, "erase", k, d).Remove(k) }

// DictTake2 is dict:take(Key, D): {Value, D1} or error.
func DictTake2(p *Process, k, d Term) Term {
	m := dictArg(d, "take", k, d)
	v, ok := m.Get(k)
	if !ok {
		return AtomError
	}
	return NewTuple(v, m.Remove(k))
}

// DictStore3 is dict:store(Key, Value, D).
func DictStore3(p *Process, k, v, d Term) Term { return dictArg(d, "store", k, v, d).Put(k, v) }

// DictAppend3 is dict:append(Key, Value, D).
func DictAppend3(p *Process, k, v, d Term) Term {
	return dictAppend(dictArg(d, "append", k, v, d), k, List(v))
}

// DictAppendList3 is dict:append_list(Key, ValList, D).
func DictAppendList3(p *Process, k, vs, d Term) Term {
	return dictAppend(dictArg(d, "append_list", k, vs, d), k, vs)
}

func dictAppend(m *Map, k, vs Term) Term {
	if old, ok := m.Get(k); ok {
		vs = Append(old, vs)
	}
	return m.Put(k, vs)
}

// DictUpdate3 is dict:update(Key, Fun, D).
func DictUpdate3(p *Process, k, f, d Term) Term {
	m := dictArg(d, "update", k, f, d)
	v, ok := m.Get(k)
	if !ok {
		return dictError(AtomBadarg, "update", k, f, d)
	}
	return m.Put(k, CallFun1(p, f, v))
}

// DictUpdate4 is dict:update(Key, Fun, Initial, D).
func DictUpdate4(p *Process, k, f, init, d Term) Term {
	m := dictArg(d, "update", k, f, init, d)
	if v, ok := m.Get(k); ok {
		init = CallFun1(p, f, v)
	}
	return m.Put(k, init)
}

// DictUpdateCounter3 is dict:update_counter(Key, Incr, D).
func DictUpdateCounter3(p *Process, k, n, d Term) Term {
	m := dictArg(d, "update_counter", k, n, d)
	if v, ok := m.Get(k); ok {
		n = Add(v, n)
	}
	return m.Put(k, n)
}

// DictFold3 is dict:fold(Fun, Acc, D).
func DictFold3(p *Process, f, acc, d Term) Term {
	m := dictArg(d, "fold", f, acc, d)
	ks, vs := m.Keys(), m.Values()
	for i := range ks {
		acc = CallFun3(p, f, ks[i], vs[i], acc)
	}
	return acc
}

// DictMap2 is dict:map(Fun, D).
func DictMap2(p *Process, f, d Term) Term {
	m := dictArg(d, "map", f, d)
	ks, vs := m.Keys(), m.Values()
	out := m
	for i := range ks {
		out = out.Put(ks[i], CallFun2(p, f, ks[i], vs[i]))
	}
	return out
}

// DictFilter2 is dict:filter(Pred, D).
func DictFilter2(p *Process, f, d Term) Term {
	m := dictArg(d, "filter", f, d)
	ks, vs := m.Keys(), m.Values()
	out := m
	for i := range ks {
		if CallFun2(p, f, ks[i], vs[i]) != True {
			out = out.Remove(ks[i])
		}
	}
	return out
}

// DictMerge3 is dict:merge(Fun, D1, D2).
func DictMerge3(p *Process, f, d1, d2 Term) Term {
	a, b := dictArg(d1, "merge", f, d1, d2), dictArg(d2, "merge", f, d1, d2)
	ks, vs := b.Keys(), b.Values()
	for i, k := range ks {
		v := vs[i]
		if old, ok := a.Get(k); ok {
			v = CallFun3(p, f, k, old, v)
		}
		a = a.Put(k, v)
	}
	return a
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
