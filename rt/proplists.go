package rt

// The proplists module. A property is an atom A (short for {A, true}) or a
// tuple whose first element is its key; other list elements are ignored.
// A list that is not proper raises function_clause from proplists, as the
// recursive Erlang functions do on their last clause.

var atomProplists = Intern("proplists")

func proplistsClause(fun string, args ...Term) Term {
	e := NewException(AtomError, AtomFunctionClause)
	e.head = NewTuple(atomProplists, Intern(fun), List(args...), Nil{})
	panic(e)
}

// propSlice returns the elements of a proper list or raises function_clause.
func propSlice(l Term, fun string, args ...Term) []Term {
	xs, ok := ListToSlice(l)
	if !ok {
		proplistsClause(fun, args...)
	}
	return xs
}

// propFind returns the first property of l with key k, or nil; like the
// Erlang recursion it raises function_clause only if it reaches a tail
// that is not [].
func propFind(l, k Term, fun string, args ...Term) Term {
	for {
		switch c := l.(type) {
		case *Cons:
			if propIs(c.Head, k) {
				return c.Head
			}
			l = c.Tail
		case Nil:
			return nil
		default:
			return proplistsClause(fun, args...)
		}
	}
}

// lcSlice is the elements of a list comprehension's generator, raising
// {bad_generator, Tail} as a comprehension does.
func lcSlice(l Term) []Term {
	var xs []Term
	for {
		c, ok := l.(*Cons)
		if !ok {
			break
		}
		xs = append(xs, c.Head)
		l = c.Tail
	}
	if _, ok := l.(Nil); !ok {
		Error(NewTuple(Intern("bad_generator"), l))
	}
	return xs
}

// propKey returns the key of property p, or ok false when p is neither an
// atom nor a non-empty tuple.
func propKey(p Term) (key Term, ok bool) {
	switch v := p.(type) {
	case Atom:
		return v, true
	case *Tuple:
		if len(v.Elems) >= 1 {
			return v.Elems[0], true
		}
	}
	return nil, false
}

// propIs reports whether p is a property with key k (compared with =:=).
func propIs(p, k Term) bool {
	key, ok := propKey(p)
	return ok && ExactEqual(key, k)
}

// propValue is the value of a property: true for an atom, V for {K, V},
// and def for a tuple of another size.
func propValue(p, def Term) Term {
	if t, ok := p.(*Tuple); ok {
		if len(t.Elems) == 2 {
			return t.Elems[1]
		}
		return def
	}
	return True
}

// propExpand is property P in its long form: {A, true} for an atom A.
func propExpand(p Term) Term {
	if a, ok := p.(Atom); ok {
		return NewTuple(a, True)
	}
	return p
}

// ProplistsProperty1 is proplists:property(P): {A, true} becomes A.
func ProplistsProperty1(p *Process, prop Term) Term {
	if t, ok := prop.(*Tuple); ok && len(t.Elems) == 2 && t.Elems[1] == True {
		if _, isAtom := t.Elems[0].(Atom); isAtom {
			return t.Elems[0]
		}
	}
	return prop
}

// ProplistsProperty2 is proplists:property(Key, Value).
func ProplistsProperty2(p *Process, k, v Term) Term {
	if _, ok := k.(Atom); ok && v == True {
		return k
	}
	return NewTuple(k, v)
}

// ProplistsUnfold1 is proplists:unfold(List): atoms become {A, true}.
func ProplistsUnfold1(p *Process, l Term) Term {
	b := listBuilder{p: p}
	for _, x := range propSlice(l, "unfold", l) {
		b.push(propExpand(x))
	}
	return b.done(Nil{})
}

// ProplistsCompact1 is proplists:compact(List): {A, true} becomes A.
func ProplistsCompact1(p *Process, l Term) Term {
	b := listBuilder{p: p}
	for _, x := range lcSlice(l) {
		b.push(ProplistsProperty1(p, x))
	}
	return b.done(Nil{})
}

// ProplistsLookup2 is proplists:lookup(Key, List): the first property with
// Key in its long form, or none.
func ProplistsLookup2(p *Process, k, l Term) Term {
	if x := propFind(l, k, "lookup", k, l); x != nil {
		return propExpand(x)
	}
	return Intern("none")
}

// ProplistsLookupAll2 is proplists:lookup_all(Key, List).
func ProplistsLookupAll2(p *Process, k, l Term) Term {
	b := listBuilder{p: p}
	for _, x := range propSlice(l, "lookup_all", k, l) {
		if propIs(x, k) {
			b.push(propExpand(x))
		}
	}
	return b.done(Nil{})
}

// ProplistsIsDefined2 is proplists:is_defined(Key, List).
func ProplistsIsDefined2(p *Process, k, l Term) Term {
	return Bool(propFind(l, k, "is_defined", k, l) != nil)
}

// ProplistsGetValue2 is proplists:get_value(Key, List).
func ProplistsGetValue2(p *Process, k, l Term) Term {
	return ProplistsGetValue3(p, k, l, Undefined)
}

// ProplistsGetValue3 is proplists:get_value(Key, List, Default).
func ProplistsGetValue3(p *Process, k, l, def Term) Term {
	if x := propFind(l, k, "get_value", k, l, def); x != nil {
		return propValue(x, def)
	}
	return def
}

// ProplistsGetAllValues2 is proplists:get_all_values(Key, List).
func ProplistsGetAllValues2(p *Process, k, l Term) Term {
	b := listBuilder{p: p}
	for _, x := range propSlice(l, "get_all_values", k, l) {
		if v := propValue(x, nil); propIs(x, k) && v != nil {
			b.push(v)
		}
	}
	return b.done(Nil{})
}

// ProplistsAppendValues2 is proplists:append_values(Key, List): the values
// of Key, list values spliced in.
func ProplistsAppendValues2(p *Process, k, l Term) Term {
	var vs []Term
	for _, x := range propSlice(l, "append_values", k, l) {
		v := propValue(x, nil)
		if !propIs(x, k) || v == nil {
			continue
		}
		if ys, ok := ListToSlice(v); ok && IsList(v) {
			vs = append(vs, ys...)
		} else {
			vs = append(vs, v)
		}
	}
	return List(vs...)
}

// ProplistsGetBool2 is proplists:get_bool(Key, List).
func ProplistsGetBool2(p *Process, k, l Term) Term {
	x := propFind(l, k, "get_bool", k, l)
	return Bool(x != nil && propValue(x, False) == True)
}

// ProplistsDelete2 is proplists:delete(Key, List).
func ProplistsDelete2(p *Process, k, l Term) Term {
	b := listBuilder{p: p}
	for _, x := range propSlice(l, "delete", k, l) {
		if !propIs(x, k) {
			b.push(x)
		}
	}
	return b.done(Nil{})
}

// ProplistsGetKeys1 is proplists:get_keys(List). OTP collects the keys in
// a sets:set() and lists them in its hash order; here they come in the
// order of first appearance, so the order may differ from BEAM's.
func ProplistsGetKeys1(p *Process, l Term) Term {
	var keys []Term
	for _, x := range propSlice(l, "get_keys", l) {
		if k, ok := propKey(x); ok && !termIn(keys, k) {
			keys = append(keys, k)
		}
	}
	return List(keys...)
}

func termIn(xs []Term, t Term) bool { return termIndex(xs, t) >= 0 }

// ProplistsToMap1 is proplists:to_map(List): the first property of each
// key wins; a tuple of another size than 2 hides later ones.
func ProplistsToMap1(p *Process, l Term) Term {
	xs := propSlice(l, "to_map", l)
	var m Term = NewMap()
	for i := len(xs) - 1; i >= 0; i-- {
		switch v := xs[i].(type) {
		case *Tuple:
			if len(v.Elems) == 2 {
				m = MapPut(m, v.Elems[0], v.Elems[1])
			} else if len(v.Elems) >= 1 {
				m = m.(*Map).Remove(v.Elems[0])
			}
		case Atom:
			m = MapPut(m, v, True)
		}
	}
	return m
}

// ProplistsFromMap1 is proplists:from_map(Map).
func ProplistsFromMap1(p *Process, m Term) Term { return MapsToList1(p, m) }

// ProplistsSplit2 is proplists:split(List, Keys): {[ValuesOfEachKey], Rest}.
func ProplistsSplit2(p *Process, l, keys Term) Term {
	ks := propSlice(keys, "split", l, keys)
	groups := make([][]Term, len(ks))
	var rest []Term
	for _, x := range propSlice(l, "split", l, keys) {
		i := -1
		if k, ok := propKey(x); ok {
			i = termIndex(ks, k)
		}
		if i < 0 {
			rest = append(rest, x)
		} else {
			groups[i] = append(groups[i], x)
		}
	}
	out := make([]Term, len(ks))
	for i, g := range groups {
		out[i] = List(g...)
	}
	return NewTuple(List(out...), List(rest...))
}

// termIndex is the index of k among ks as map keys compare (=:=).
func termIndex(ks []Term, k Term) int {
	for i, x := range ks {
		if ExactEqual(x, k) {
			return i
		}
	}
	return -1
}

// ProplistsSubstituteAliases2 is proplists:substitute_aliases(Aliases, List).
func ProplistsSubstituteAliases2(p *Process, as, l Term) Term {
	pairs := aliasPairs(as)
	b := listBuilder{p: p}
	for _, x := range lcSlice(l) {
		b.push(substAlias(p, pairs, x))
	}
	return b.done(Nil{})
}

func aliasPairs(as Term) [][2]Term {
	xs, _ := ListToSlice(as)
	var out [][2]Term
	for _, x := range xs {
		if t, ok := x.(*Tuple); ok && len(t.Elems) == 2 {
			out = append(out, [2]Term{t.Elems[0], t.Elems[1]})
		}
	}
	return out
}

func substAlias(p *Process, pairs [][2]Term, x Term) Term {
	for _, kv := range pairs {
		if !propIs(x, kv[0]) {
			continue
		}
		if _, isAtom := x.(Atom); isAtom {
			return ProplistsProperty2(p, kv[1], True)
		}
		t := x.(*Tuple)
		elems := append([]Term{kv[1]}, t.Elems[1:]...)
		return ProplistsProperty1(p, TupleOf(elems))
	}
	return x
}

// ProplistsSubstituteNegations2 is proplists:substitute_negations(Negs, List).
func ProplistsSubstituteNegations2(p *Process, ns, l Term) Term {
	pairs := aliasPairs(ns)
	b := listBuilder{p: p}
	for _, x := range lcSlice(l) {
		b.push(substNegation(p, pairs, x))
	}
	return b.done(Nil{})
}

func substNegation(p *Process, pairs [][2]Term, x Term) Term {
	for _, kv := range pairs {
		if !propIs(x, kv[0]) {
			continue
		}
		if _, isAtom := x.(Atom); isAtom {
			return ProplistsProperty2(p, kv[1], False)
		}
		v := propValue(x, nil)
		return ProplistsProperty2(p, kv[1], Bool(v != True))
	}
	return x
}

func init() {
	RegisterModule("proplists",
		Export("property", 1, ProplistsProperty1),
		Export("property", 2, ProplistsProperty2),
		Export("unfold", 1, ProplistsUnfold1),
		Export("compact", 1, ProplistsCompact1),
		Export("lookup", 2, ProplistsLookup2),
		Export("lookup_all", 2, ProplistsLookupAll2),
		Export("is_defined", 2, ProplistsIsDefined2),
		Export("get_value", 2, ProplistsGetValue2),
		Export("get_value", 3, ProplistsGetValue3),
		Export("get_all_values", 2, ProplistsGetAllValues2),
		Export("append_values", 2, ProplistsAppendValues2),
		Export("get_bool", 2, ProplistsGetBool2),
		Export("get_keys", 1, ProplistsGetKeys1),
		Export("delete", 2, ProplistsDelete2),
		Export("substitute_aliases", 2, ProplistsSubstituteAliases2),
		Export("substitute_negations", 2, ProplistsSubstituteNegations2),
		Export("split", 2, ProplistsSplit2),
		Export("to_map", 1, ProplistsToMap1),
		Export("from_map", 1, ProplistsFromMap1),
		Export("expand", 2, ProplistsExpand2),
		Export("normalize", 2, ProplistsNormalize2),
		Export("to_map", 2, ProplistsToMap2),
	)
}
