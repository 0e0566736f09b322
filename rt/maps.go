package rt

// The maps module: Maps<FunctionCamel><Arity>(p, ...). A non-map argument
// raises {badmap, M} as BEAM's maps BIFs do; funs are called through
// CallFun1/CallFun2/CallFun3. Funs see the pairs in iteration order, and
// keys/1, values/1 and to_list/1 list them in BEAM's list order (see Map).

var (
	atomMaps = Intern("maps")
	atomNone = Intern("none")
)

func mapArg(m Term) *Map {
	mm, ok := m.(*Map)
	if !ok {
		Badmap(m)
	}
	return mm
}

// MapsNew0 is maps:new().
func MapsNew0(p *Process) Term { return EmptyMap }

// MapsGet2 is maps:get(Key, Map).
func MapsGet2(p *Process, k, m Term) Term { return ErlangMapGet2(p, k, m) }

// MapsGet3 is maps:get(Key, Map, Default).
func MapsGet3(p *Process, k, m, def Term) Term {
	mm, ok := m.(*Map)
	if !ok {
		otpBadarg(NewTuple(AtomBadmap, m), erlFrame{"maps", "get", 3, mfErrorLine}, k, m, def)
	}
	if v, ok := mm.Get(k); ok {
		return v
	}
	return def
}

// MapsFind2 is maps:find(Key, Map): {ok, Value} or error.
func MapsFind2(p *Process, k, m Term) Term {
	if v, ok := mapsBIFArg(m, "find", k, m).Get(k); ok {
		return NewTuple(Ok, v)
	}
	return AtomError
}

// MapsIsKey2 is maps:is_key(Key, Map).
func MapsIsKey2(p *Process, k, m Term) Term { return ErlangIsMapKey2(p, k, m) }

// MapsPut3 is maps:put(Key, Value, Map).
func MapsPut3(p *Process, k, v, m Term) Term { return mapsBIFArg(m, "put", k, v, m).Put(k, v) }

// MapsUpdate3 is maps:update(Key, Value, Map): badkey if absent.
func MapsUpdate3(p *Process, k, v, m Term) Term {
	out, ok := mapsBIFArg(m, "update", k, v, m).Update(k, v)
	if !ok {
		return stdlibError(NewTuple(AtomBadkey, k), "maps", "update", k, v, m)
	}
	return out
}

// MapsRemove2 is maps:remove(Key, Map).
func MapsRemove2(p *Process, k, m Term) Term { return mapsBIFArg(m, "remove", k, m).Remove(k) }

// MapsTake2 is maps:take(Key, Map): {Value, Map2} or error.
func MapsTake2(p *Process, k, m Term) Term {
	mm := mapsBIFArg(m, "take", k, m)
	if v, ok := mm.Get(k); ok {
		return NewTuple(v, mm.Remove(k))
	}
	return AtomError
}

// MapsUpdateWith3 is maps:update_with(Key, Fun, Map): badkey if absent.
func MapsUpdateWith3(p *Process, k, f, m Term) Term { return updateWith(p, k, f, nil, m, nil) }

// MapsUpdateWith4 is maps:update_with(Key, Fun, Init, Map).
func MapsUpdateWith4(p *Process, k, f, init, m Term) Term {
	return updateWith(p, k, f, init, m, nil)
}

// updateWith is maps:update_with/3 (init nil) and /4 under the token o
// (see MapOwner), or none if o is nil.
func updateWith(p *Process, k, f, init, m Term, o *mapToken) Term {
	call, args := mapsUpdateWithAt, []Term{k, f, m}
	if init != nil {
		call, args = mapsUpdateWith4At, []Term{k, f, init, m}
	}
	mm, ok := m.(*Map)
	if !isFunArity(f, 1) || !ok {
		reason := Term(AtomBadarg)
		if !ok {
			reason = NewTuple(AtomBadmap, m)
		}
		otpBadarg(reason, erlFrame{"maps", "update_with", len(args), mfErrorLine}, args...)
	}
	if o != nil && mm.isTrie() { // in place if o owns the pair's node
		if n, j := mm.root.find(k, mapHash(k, 0)); n != nil && n.ownedBy(o) {
			v := call(p, f, n.leaf(j).val) // f cannot reach mm (map_owned.go)
			n.leaf(j).val = v
			return mm
		}
	}
	v, ok := mm.Get(k)
	switch {
	case ok:
		v = call(p, f, v)
	case init == nil:
		return otpRaise(NewTuple(AtomBadkey, k), List(args...), mfUpdateWithK)
	default:
		v = init
	}
	return mm.put(k, v, o)
}

// MapsRemove2In is maps:remove/2 for a map that o may own (see MapOwner).
func MapsRemove2In(p *Process, o *MapOwner, k, m Term) Term {
	return mapArg(m).remove(k, o.token())
}

// MapsGet2In, MapsGet3In and MapsFind2In are maps:get/2,3 and maps:find/2
// on a map that o may own: they look up through o (see MapOwner.Get).
func MapsGet2In(p *Process, o *MapOwner, k, m Term) Term {
	if v, ok := o.Get(mapArg(m), k); ok {
		return v
	}
	return Badkey(k)
}

func MapsGet3In(p *Process, o *MapOwner, k, m, def Term) Term {
	if v, ok := o.Get(mapArg(m), k); ok {
		return v
	}
	return def
}

func MapsFind2In(p *Process, o *MapOwner, k, m Term) Term {
	if v, ok := o.Get(mapArg(m), k); ok {
		return NewTuple(Ok, v)
	}
	return AtomError
}

// MapsPut3In, MapsUpdate3In, MapsUpdateWith3In and MapsUpdateWith4In are
// maps:put/3, update/3 and update_with/3,4 for a map that o may own (see
// MapOwner).
func MapsPut3In(p *Process, o *MapOwner, k, v, m Term) Term { return MapPutIn(o, m, k, v) }

func MapsUpdate3In(p *Process, o *MapOwner, k, v, m Term) Term { return MapUpdateIn(o, m, k, v) }

func MapsUpdateWith3In(p *Process, o *MapOwner, k, f, m Term) Term {
	return updateWith(p, k, f, nil, m, o.token())
}

func MapsUpdateWith4In(p *Process, o *MapOwner, k, f, init, m Term) Term {
	return updateWith(p, k, f, init, m, o.token())
}

// ListsFoldl3In, ListsFoldr3In and MapsFold3In are the folds for a fun
// whose updates of its accumulator use the owner o (see MapOwner): the
// fold alone passes the fun's results back to it. When the fold ends, by
// a return or an exception, o is retired, so that the fun, should anyone
// call it again, copies the maps it made.
func ListsFoldl3In(p *Process, o *MapOwner, f, acc, l Term) Term {
	defer o.retire()
	return ListsFoldl3(p, f, acc, l)
}

func ListsFoldr3In(p *Process, o *MapOwner, f, acc, l Term) Term {
	defer o.retire()
	return ListsFoldr3(p, f, acc, l)
}

func MapsFold3In(p *Process, o *MapOwner, f, acc, m Term) Term {
	defer o.retire()
	return MapsFold3(p, f, acc, m)
}

// MapsSize1 is maps:size(Map).
func MapsSize1(p *Process, m Term) Term { return ErlangMapSize1(p, m) }

// MapsKeys1 is maps:keys(Map).
func MapsKeys1(p *Process, m Term) Term {
	return listed(mapsBIFArg(m, "keys", m), func(k, _ Term) Term { return k })
}

// MapsValues1 is maps:values(Map).
func MapsValues1(p *Process, m Term) Term {
	return listed(mapsBIFArg(m, "values", m), func(_, v Term) Term { return v })
}

// MapsToList1 is maps:to_list(Map): [{K, V}].
func MapsToList1(p *Process, m Term) Term {
	mm, ok := m.(*Map)
	if !ok {
		otpBadarg(NewTuple(AtomBadmap, m), erlFrame{"maps", "to_list", 1, mfErrorLine}, m)
	}
	return listed(mm, func(k, v Term) Term { return NewTuple(k, v) })
}

// listed returns the list of f(K, V) over m's pairs in list order: key
// order for a flat map, and for a trie the reverse of its iteration order,
// which consing in iteration order gives.
func listed(m *Map, f func(k, v Term) Term) Term {
	var out Term = Nil{}
	if !m.isTrie() {
		keys, vals := m.keys(), m.vals()
		for i := len(keys) - 1; i >= 0; i-- {
			out = &Cons{Head: f(keys[i], vals[i]), Tail: out}
		}
		return out
	}
	m.Range(func(k, v Term) bool {
		out = &Cons{Head: f(k, v), Tail: out}
		return true
	})
	return out
}

// MapsFromList1 is maps:from_list([{K, V}]): later pairs win.
func MapsFromList1(p *Process, l Term) Term {
	xs, ok := ListToSlice(l)
	if !ok {
		return stdlibError(AtomBadarg, "maps", "from_list", l)
	}
	keys, vals := make([]Term, len(xs)), make([]Term, len(xs))
	for i, x := range xs {
		t, ok := x.(*Tuple)
		if !ok || len(t.Elems) != 2 {
			return stdlibError(AtomBadarg, "maps", "from_list", l)
		}
		keys[i], vals[i] = t.Elems[0], t.Elems[1]
	}
	return MapFromPairs(keys, vals)
}

// MapsFromKeys2 is maps:from_keys(Keys, Value).
func MapsFromKeys2(p *Process, l, v Term) Term {
	keys, ok := ListToSlice(l)
	if !ok {
		return stdlibError(AtomBadarg, "maps", "from_keys", l, v)
	}
	vals := make([]Term, len(keys))
	for i := range vals {
		vals[i] = v
	}
	return MapFromPairs(keys, vals)
}

// MapsFold3 is maps:fold(Fun, Acc, Map), Fun(K, V, Acc).
func MapsFold3(p *Process, f, acc, m Term) Term {
	mapsFunArg("fold", f, 3, m, f, acc, m).Range(func(k, v Term) bool {
		acc = mapsFoldAt(p, f, k, v, acc)
		return true
	})
	return acc
}

// MapsForeach2 is maps:foreach(Fun, Map), Fun(K, V).
func MapsForeach2(p *Process, f, m Term) Term {
	mapsFunArg("foreach", f, 2, m, f, m).Range(func(k, v Term) bool {
		mapsForeachAt(p, f, k, v)
		return true
	})
	return Ok
}

// MapsMap2 is maps:map(Fun, Map), Fun(K, V) -> V2.
func MapsMap2(p *Process, f, m Term) Term {
	first := true
	return mapsFunArg("map", f, 2, m, f, m).MapValues(func(k, v Term) Term {
		if first {
			first = false
			return mapsMapAt0(p, f, k, v)
		}
		return mapsMapAtN(p, f, k, v)
	})
}

// MapsFilter2 is maps:filter(Pred, Map), Pred(K, V).
func MapsFilter2(p *Process, f, m Term) Term {
	var o MapOwner // the map built here is ours alone until returned
	mm := mapsFunArg("filter", f, 2, m, f, m)
	out := mm
	kept := false // filter_1/2 recursed for a pair it kept: its frame stays below
	mm.Range(func(k, v Term) bool {
		var keep Term
		if kept {
			keep = mapsFilterAtN(p, f, k, v)
		} else {
			keep = mapsFilterAt0(p, f, k, v)
		}
		switch keep {
		case True:
			kept = true
		case False:
			out = out.remove(k, o.token())
		default:
			frames := []erlFrame{mfFilter1, mfFilter}
			if kept {
				frames = []erlFrame{mfFilter1, mfFilter1Rec, mfFilter}
			}
			otpRaise(NewTuple(AtomCaseClause, keep), nil, frames...)
		}
		return true
	})
	return out
}

// MapsFiltermap2 is maps:filtermap(Fun, Map): true, false or {true, V2}.
func MapsFiltermap2(p *Process, f, m Term) Term {
	var o MapOwner // the map built here is ours alone until returned
	out := EmptyMap
	var kept Term // the last kept pair's recursion site in filtermap_1, if any
	var sites keptSites
	mapsFunArg("filtermap", f, 2, m, f, m).Range(func(k, v Term) bool {
		var r Term
		switch kept {
		case nil:
			r = mapsFiltermapAt0(p, f, k, v)
		case True:
			r = mapsFiltermapAtTrue(p, f, k, v)
		default:
			r = mapsFiltermapAtNew(p, f, k, v)
		}
		if t, ok := r.(*Tuple); ok && len(t.Elems) == 2 && t.Elems[0] == True {
			out = out.put(k, t.Elems[1], o.token())
			kept = t
			sites.add(mfFiltermap1New)
		} else if r == True {
			out = out.put(k, v, o.token())
			kept = True
			sites.add(mfFiltermap1True)
		} else if r != False {
			otpRaise(NewTuple(AtomCaseClause, r), nil, sites.below(mfFiltermap1, mfFiltermap)...)
		}
		return true
	})
	return out
}

// MapsMerge2 is maps:merge(A, B): B's values win.
func MapsMerge2(p *Process, a, b Term) Term {
	var o MapOwner // the map built here is ours alone until returned
	ma, mb := mapsBIFArg(a, "merge", a, b), mapsBIFArg(b, "merge", a, b)
	if ma.Size() < mb.Size() { // put the smaller map into the larger
		out := mb
		ma.Range(func(k, v Term) bool {
			if _, ok := mb.Get(k); !ok {
				out = out.put(k, v, o.token())
			}
			return true
		})
		return out
	}
	out := ma
	mb.Range(func(k, v Term) bool {
		out = out.put(k, v, o.token())
		return true
	})
	return out
}

// MapsWith2 is maps:with(Keys, Map).
func MapsWith2(p *Process, keys, m Term) Term {
	var o MapOwner // the map built here is ours alone until returned
	mm := mapsKeysArg("with", keys, m)
	ks, _ := ListToSlice(keys)
	out := EmptyMap
	for _, k := range ks {
		if v, ok := mm.Get(k); ok {
			out = out.put(k, v, o.token())
		}
	}
	return out
}

// MapsWithout2 is maps:without(Keys, Map).
func MapsWithout2(p *Process, keys, m Term) Term {
	var o MapOwner // the map built here is ours alone until returned
	out := mapsKeysArg("without", keys, m)
	ks, _ := ListToSlice(keys)
	for _, k := range ks {
		out = out.remove(k, o.token())
	}
	return out
}

// MapsIterator1 is maps:iterator(Map). The iterator is {K, V, Next} style
// state hidden in a tuple {'$iter', Keys, Values, Index}; only next/1
// reads it.
func MapsIterator1(p *Process, m Term) Term {
	mm, ok := m.(*Map)
	if !ok {
		otpBadarg(NewTuple(AtomBadmap, m), erlFrame{"maps", "iterator", 1, mfErrorLine}, m)
	}
	return NewTuple(atomIter, TupleOf(mm.Keys()), TupleOf(mm.Values()), BoxInt(0))
}

var atomIter = Intern("$maps_iter")

// MapsNext1 is maps:next(Iterator): {K, V, Iterator2} or none.
func MapsNext1(p *Process, it Term) Term {
	t, ok := it.(*Tuple)
	if !ok || len(t.Elems) != 4 || t.Elems[0] != atomIter {
		return otpBadarg(AtomBadarg, erlFrame{"maps", "next", 1, mfBadargLine}, it)
	}
	keys, vals, i := t.Elems[1].(*Tuple), t.Elems[2].(*Tuple), t.Elems[3].(Small).Int()
	if int(i) >= len(keys.Elems) {
		return atomNone
	}
	next := NewTuple(atomIter, keys, vals, BoxInt(i+1))
	return NewTuple(keys.Elems[i], vals.Elems[i], next)
}
