package rt

// ETS counters, traversal, matching and info.

// EtsUpdateCounter3 is ets:update_counter(Tab, Key, Op): Op is Incr,
// {Pos, Incr}, {Pos, Incr, Threshold, SetValue} or a list of those.
func EtsUpdateCounter3(p *Process, tab, key, op Term) Term {
	return etsUpdateCounter(p, tab, key, op, nil, "update_counter", tab, key, op)
}

// EtsUpdateCounter4 is ets:update_counter(Tab, Key, Op, Default): Default
// is inserted first when the key is missing.
func EtsUpdateCounter4(p *Process, tab, key, op, def Term) Term {
	return etsUpdateCounter(p, tab, key, op, def, "update_counter", tab, key, op, def)
}

func etsUpdateCounter(p *Process, tab, key, op, def Term, fun string, args ...Term) Term {
	t := table(p, tab, true, fun, args...)
	if t.isBag() {
		return etsBadarg("table_type", fun, args...)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	i, found := t.find(key)
	if !found {
		if def == nil {
			return etsBadarg("badkey", fun, args...)
		}
		if k, ok := t.keyOf(def); !ok || !ExactEqual(k, key) && Compare(k, key) != 0 {
			return etsBadarg("", fun, args...)
		}
		t.put(def, key)
		i, _ = t.find(key)
	}
	obj := t.groups[i].objs[0].(*Tuple)
	elems := append([]Term(nil), obj.Elems...)
	ops, isList := ListToSlice(op)
	if !isList {
		ops = []Term{op}
	}
	results := make([]Term, len(ops))
	for j, o := range ops {
		r, cause, ok := t.applyIncr(elems, o)
		if !ok {
			return etsBadarg(cause, fun, args...)
		}
		results[j] = r
	}
	t.groups[i].objs[0] = NewTuple(elems...)
	if isList {
		return List(results...)
	}
	return results[0]
}

// applyIncr applies one counter operation to elems in place; a failure
// has OTP's cause ("keypos", "position" or "" for none).
func (t *etsTable) applyIncr(elems []Term, op Term) (Term, string, bool) {
	pos, incr := t.keypos+1, op
	var threshold, setTo Term
	if x, ok := op.(*Tuple); ok {
		if len(x.Elems) != 2 && len(x.Elems) != 4 {
			return nil, "", false
		}
		n, ok := IntOf(x.Elems[0])
		if !ok {
			return nil, "", false
		}
		pos, incr = int(n), x.Elems[1]
		if len(x.Elems) == 4 {
			threshold, setTo = x.Elems[2], x.Elems[3]
		}
	}
	switch {
	case pos == t.keypos:
		return nil, "keypos", false
	case pos < 1 || pos > len(elems):
		return nil, "position", false
	case !IsInteger(incr) || !IsInteger(elems[pos-1]):
		return nil, "", false
	}
	v := Add(elems[pos-1], incr)
	if threshold != nil {
		if Lt(incr, BoxInt(0)) && Lt(v, threshold) || !Lt(incr, BoxInt(0)) && Gt(v, threshold) {
			v = setTo
		}
	}
	elems[pos-1] = v
	return v, "", true
}

// EtsUpdateElement3 is ets:update_element(Tab, Key, {Pos, Value} | [...]).
func EtsUpdateElement3(p *Process, tab, key, upd Term) Term {
	t := table(p, tab, true, "update_element", tab, key, upd)
	ups, isList := ListToSlice(upd)
	if !isList {
		ups = []Term{upd}
	}
	if t.isBag() {
		return etsBadarg("", "update_element", tab, key, upd)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	i, found := t.find(key)
	if !found {
		return False
	}
	elems := append([]Term(nil), t.groups[i].objs[0].(*Tuple).Elems...)
	for _, u := range ups {
		x, ok := TupleArity(u, 2)
		var n Int
		if ok {
			n, ok = IntOf(x.Elems[0])
		}
		if ok && n == Int(t.keypos) {
			return etsBadarg("keypos", "update_element", tab, key, upd)
		}
		if !ok || n < 1 || n > Int(len(elems)) {
			return etsBadarg("", "update_element", tab, key, upd)
		}
		elems[n-1] = x.Elems[1]
	}
	t.groups[i].objs[0] = NewTuple(elems...)
	return True
}

var atomEndOfTable = Intern("$end_of_table")

// EtsFirst1 is ets:first(Tab).
func EtsFirst1(p *Process, tab Term) Term {
	t := table(p, tab, false, "first", tab)
	t.mu.RLock()
	defer t.mu.RUnlock()
	if len(t.groups) == 0 {
		return atomEndOfTable
	}
	return t.groups[0].key
}

// EtsLast1 is ets:last(Tab).
func EtsLast1(p *Process, tab Term) Term {
	t := table(p, tab, false, "last", tab)
	t.mu.RLock()
	defer t.mu.RUnlock()
	if len(t.groups) == 0 {
		return atomEndOfTable
	}
	return t.groups[len(t.groups)-1].key
}

// EtsNext2 is ets:next(Tab, Key). In an ordered_set the key need not be
// in the table.
func EtsNext2(p *Process, tab, key Term) Term { return etsStep(p, tab, key, 1, "next") }

// EtsPrev2 is ets:prev(Tab, Key).
func EtsPrev2(p *Process, tab, key Term) Term { return etsStep(p, tab, key, -1, "prev") }

func etsStep(p *Process, tab, key Term, dir int, fun string) Term {
	t := table(p, tab, false, fun, tab, key)
	t.mu.RLock()
	defer t.mu.RUnlock()
	i, found := t.find(key)
	if !found && !t.ordered() {
		return etsBadarg("", fun, tab, key)
	}
	switch {
	case found:
		i += dir
	case dir < 0:
		i-- // i is where key would go: the previous key is just before it
	}
	if i < 0 || i >= len(t.groups) {
		return atomEndOfTable
	}
	return t.groups[i].key
}

// etsScan runs f on each object of a snapshot of the table.
func etsScan(p *Process, tab Term, fun string, args []Term, f func(obj Term)) {
	t := table(p, tab, false, fun, args...)
	t.mu.RLock()
	objs := t.all()
	t.mu.RUnlock()
	for _, o := range objs {
		f(o)
	}
}

// EtsMatch2 is ets:match(Tab, Pattern): the bindings of each match.
func EtsMatch2(p *Process, tab, pat Term) Term {
	var out []Term
	etsScan(p, tab, "match", []Term{tab, pat}, func(o Term) {
		b := map[int]Term{}
		if msMatch(pat, o, b) {
			out = append(out, bindings(b))
		}
	})
	return List(out...)
}

// EtsMatchObject2 is ets:match_object(Tab, Pattern).
func EtsMatchObject2(p *Process, tab, pat Term) Term {
	var out []Term
	etsScan(p, tab, "match_object", []Term{tab, pat}, func(o Term) {
		if msMatch(pat, o, map[int]Term{}) {
			out = append(out, o)
		}
	})
	return List(out...)
}

// EtsMatchDelete2 is ets:match_delete(Tab, Pattern).
func EtsMatchDelete2(p *Process, tab, pat Term) Term {
	for _, o := range properList(EtsMatchObject2(p, tab, pat)) {
		EtsDeleteObject2(p, tab, o)
	}
	return True
}

// properList is ListToSlice for a list known to be proper.
func properList(l Term) []Term {
	s, _ := ListToSlice(l)
	return s
}

func etsSelect(p *Process, tab, spec Term, fun string, f func(obj, result Term)) {
	clauses, ok := compileMS(spec)
	if !ok {
		etsBadarg("", fun, tab, spec)
	}
	etsScan(p, tab, fun, []Term{tab, spec}, func(o Term) {
		if r, ok := msRun(p, clauses, o); ok {
			f(o, r)
		}
	})
}

// EtsSelect2 is ets:select(Tab, MatchSpec).
func EtsSelect2(p *Process, tab, spec Term) Term {
	var out []Term
	etsSelect(p, tab, spec, "select", func(_, r Term) { out = append(out, r) })
	return List(out...)
}

// EtsSelectCount2 is ets:select_count(Tab, MatchSpec): objects for which
// the spec returns true.
func EtsSelectCount2(p *Process, tab, spec Term) Term {
	n := 0
	etsSelect(p, tab, spec, "select_count", func(_, r Term) {
		if r == Term(True) {
			n++
		}
	})
	return BoxInt(Int(n))
}

// EtsSelectDelete2 is ets:select_delete(Tab, MatchSpec).
func EtsSelectDelete2(p *Process, tab, spec Term) Term {
	var del []Term
	etsSelect(p, tab, spec, "select_delete", func(o, r Term) {
		if r == Term(True) {
			del = append(del, o)
		}
	})
	for _, o := range del {
		EtsDeleteObject2(p, tab, o)
	}
	return BoxInt(Int(len(del)))
}

// EtsInfo2 is ets:info(Tab, Item); undefined for a table that does not exist.
func EtsInfo2(p *Process, tab, item Term) Term {
	etsTables.RLock()
	t := etsTables.byID[tab]
	etsTables.RUnlock()
	if t == nil {
		etsTableType("info", tab, item)
		return atomUndefined
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	switch item {
	case Term(Intern("size")):
		return BoxInt(Int(t.size()))
	case Term(Intern("name")):
		return t.name
	case Term(Intern("type")):
		return t.kind
	case Term(Intern("owner")):
		return t.owner
	case Term(atomHeir):
		if t.heir == (Pid{}) {
			return atomNone
		}
		return t.heir
	case Term(atomKeypos):
		return BoxInt(Int(t.keypos))
	case Term(atomNamedTable):
		return Bool(t.named)
	case Term(Intern("protection")):
		return t.access
	case Term(Intern("id")):
		return t.id
	}
	return etsBadarg("", "info", tab, item)
}

// EtsInfo1 is ets:info(Tab): the common items as a list.
func EtsInfo1(p *Process, tab Term) Term {
	etsTableType("info", tab)
	var out []Term
	for _, it := range []string{"id", "name", "size", "type", "owner", "keypos", "named_table", "protection"} {
		v := EtsInfo2(p, tab, Intern(it))
		if v == Term(atomUndefined) && it == "id" {
			return atomUndefined
		}
		out = append(out, NewTuple(Intern(it), v))
	}
	return List(out...)
}

// EtsWhereis1 is ets:whereis(Name): the table reference of a named table.
func EtsWhereis1(p *Process, name Term) Term {
	etsTables.RLock()
	t := etsTables.byID[name]
	etsTables.RUnlock()
	if t == nil {
		return atomUndefined
	}
	return t.id
}

// EtsAll0 is ets:all().
func EtsAll0(p *Process) Term {
	etsTables.RLock()
	defer etsTables.RUnlock()
	out := make([]Term, 0, len(etsTables.byID))
	for id := range etsTables.byID {
		out = append(out, id)
	}
	return List(out...)
}

func init() {
	registerModule("ets", true, []Func{
		Export("new", 2, EtsNew2), Export("delete", 1, EtsDelete1), Export("delete", 2, EtsDelete2),
		Export("insert", 2, EtsInsert2), Export("insert_new", 2, EtsInsertNew2),
		Export("lookup", 2, EtsLookup2), Export("lookup_element", 3, EtsLookupElement3),
		Export("member", 2, EtsMember2), Export("take", 2, EtsTake2),
		Export("delete_object", 2, EtsDeleteObject2), Export("delete_all_objects", 1, EtsDeleteAllObjects1),
		Export("tab2list", 1, EtsTab2list1), Export("foldl", 3, EtsFoldl3), Export("foldr", 3, EtsFoldr3),
		Export("update_counter", 3, EtsUpdateCounter3), Export("update_counter", 4, EtsUpdateCounter4),
		Export("update_element", 3, EtsUpdateElement3),
		Export("first", 1, EtsFirst1), Export("last", 1, EtsLast1),
		Export("next", 2, EtsNext2), Export("prev", 2, EtsPrev2),
		Export("match", 2, EtsMatch2), Export("match_object", 2, EtsMatchObject2),
		Export("match_delete", 2, EtsMatchDelete2),
		Export("select", 2, EtsSelect2), Export("select_count", 2, EtsSelectCount2),
		Export("select_delete", 2, EtsSelectDelete2), Export("select_replace", 2, EtsSelectReplace2),
		Export("select_reverse", 2, EtsSelectReverse2), Export("fun2ms", 1, EtsFun2ms1),
		Export("match_spec_compile", 1, EtsMatchSpecCompile1), Export("match_spec_run", 2, EtsMatchSpecRun2),
		Export("is_compiled_ms", 1, EtsIsCompiledMs1),
		Export("info", 1, EtsInfo1), Export("info", 2, EtsInfo2),
		Export("whereis", 1, EtsWhereis1), Export("all", 0, EtsAll0),
	})
}

// etsTableType raises badarg from ets:Fun(Tab, ...) with cause type when
// Tab is neither a name nor a table reference.
func etsTableType(fun string, args ...Term) {
	switch args[0].(type) {
	case Atom, Ref:
	default:
		etsBadarg("type", fun, args...)
	}
}
