package rt

import "sync"

// ets:select_replace, select_reverse, the compiled match specs, and
// ets:fun2ms at run time.

// EtsSelectReplace2 is ets:select_replace(Tab, MatchSpec): each object a
// clause matches is replaced by the clause's result. Like ets, it takes
// only specs whose every body ends in '$_' or in {{...}} keeping the key
// the head binds, and no bag.
func EtsSelectReplace2(p *Process, tab, spec Term) Term {
	t := table(p, tab, true, "select_replace", tab, spec)
	if t.isBag() {
		etsBadarg("table_type", "select_replace", tab, spec)
	}
	clauses, ok := compileMS(spec)
	if !ok || !keepsKeys(clauses, t.keypos) {
		etsBadarg("", "select_replace", tab, spec)
	}
	t.mu.RLock()
	objs := t.all()
	t.mu.RUnlock()
	n := 0
	for _, o := range objs {
		r, ok := msRun(p, clauses, o)
		if !ok {
			continue
		}
		k, _ := t.keyOf(o)
		if nk, ok := t.keyOf(r); !ok || !ExactEqual(k, nk) {
			continue
		}
		t.mu.Lock()
		t.put(r, k)
		t.mu.Unlock()
		n++
	}
	return BoxInt(Int(n))
}

// keepsKeys checks, as ets does before it replaces anything, that each
// clause's result keeps the object's key: its last body expression is
// '$_', or {{...}} with, at the key's position, the head's variable there,
// {element, KeyPos, '$_'}, or the constant the head has there.
func keepsKeys(clauses []msClause, keypos int) bool {
	objKey := NewTuple(Intern("element"), BoxInt(Int(keypos)), Intern("$_"))
	for _, c := range clauses {
		last := c.body[len(c.body)-1]
		if last == Term(Intern("$_")) {
			continue
		}
		out, ok := last.(*Tuple)
		if !ok || len(out.Elems) != 1 {
			return false
		}
		inner, ok := out.Elems[0].(*Tuple)
		if !ok || len(inner.Elems) < keypos {
			return false
		}
		bk := inner.Elems[keypos-1]
		if ExactEqual(bk, objKey) {
			continue
		}
		head, ok := c.head.(*Tuple)
		if !ok || len(head.Elems) < keypos {
			return false
		}
		hk := head.Elems[keypos-1]
		if c, ok := bk.(*Tuple); ok && len(c.Elems) == 2 && c.Elems[0] == Term(Intern("const")) && msVar(hk) == -2 {
			bk = c.Elems[1]
		}
		if msVar(hk) == -1 || !ExactEqual(hk, bk) {
			return false
		}
	}
	return true
}

var fun2msNotTransformed = List(Intern("function"), Intern("called"), Intern("with"), Intern("real"),
	Intern("fun"), Intern("should"), Intern("be"), Intern("transformed"), Intern("with"),
	Intern("parse_transform"), Intern("or"), Intern("called"), Intern("with"), Intern("a"),
	Intern("fun"), Intern("generated"), Intern("in"), Intern("the"), Intern("shell"))

// EtsFun2ms1 is ets:fun2ms(Fun) reached at run time: in a module compiled
// without ms_transform (the translator replaces the calls it can see), a
// fun is never a shell fun, so it exits as ets does.
func EtsFun2ms1(p *Process, f Term) Term { return fun2msAtRunTime("ets", f, 601, 615) }

// DbgFun2ms1 is dbg:fun2ms(Fun) reached at run time, as EtsFun2ms1.
func DbgFun2ms1(p *Process, f Term) Term { return fun2msAtRunTime("dbg", f, 46, 61) }

// fun2msAtRunTime raises what Mod:fun2ms/1 raises for a fun that is not
// a shell fun (exit at exitLine) or for a non-fun (function_clause at
// the clause's line).
func fun2msAtRunTime(mod string, f Term, clauseLine, exitLine int) Term {
	if !IsFunction(f) {
		otpRaise(AtomFunctionClause, List(f), erlFrame{mod, "fun2ms", 1, clauseLine})
	}
	e := NewException(AtomExit, NewTuple(AtomBadarg, NewTuple(Intern(mod), Intern("fun2ms"), fun2msNotTransformed)))
	e.head = erlFrame{mod, "fun2ms", 1, exitLine}.entry(nil)
	panic(e)
}

func init() {
	registerModule("dbg", false, []Func{Export("fun2ms", 1, DbgFun2ms1)})
}

// EtsSelectReverse2 is ets:select_reverse(Tab, MatchSpec): select's
// results, last key first for an ordered_set (as select for other tables).
func EtsSelectReverse2(p *Process, tab, spec Term) Term {
	var out []Term
	etsSelect(p, tab, spec, "select_reverse", func(_, r Term) { out = append(out, r) })
	if table(p, tab, false, "select_reverse", tab, spec).ordered() {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return List(out...)
}

// compiledSpecs maps the references ets:match_spec_compile/1 returns (a
// magic reference on BEAM) to their compiled specs. Entries are never
// dropped: programs compile few specs.
var compiledSpecs sync.Map // Ref -> []msClause

// EtsMatchSpecCompile1 is ets:match_spec_compile(MatchSpec).
func EtsMatchSpecCompile1(p *Process, spec Term) Term {
	clauses, ok := compileMS(spec)
	if !ok {
		etsBadarg("", "match_spec_compile", spec)
	}
	r := MakeRef()
	compiledSpecs.Store(r, clauses)
	return r
}

// EtsIsCompiledMs1 is ets:is_compiled_ms(Term).
func EtsIsCompiledMs1(p *Process, t Term) Term {
	_, ok := compiledSpecs.Load(t)
	return Bool(ok)
}

// EtsMatchSpecRun2 is ets:match_spec_run(List, CompiledMatchSpec): the
// results for the elements some clause matches, in order.
func EtsMatchSpecRun2(p *Process, list, ms Term) Term {
	c, ok := compiledSpecs.Load(ms)
	xs, proper := ListToSlice(list)
	if !ok || !proper {
		// ets:match_spec_run/2 fails in the BIF match_spec_run_r/3.
		e := NewException(AtomError, AtomBadarg)
		info := List(NewTuple(atomErrorInfo, NewMap(atomModule, atomErlStdlibErrors)))
		e.head = NewTuple(atomEts, Intern("match_spec_run_r"), List(list, ms, Nil{}), info)
		e.under = []Term{erlFrame{"ets", "match_spec_run", 2, 559}.entry(nil)}
		panic(e)
	}
	var out []Term
	for _, x := range xs {
		if r, ok := msRun(p, c.([]msClause), x); ok {
			out = append(out, r)
		}
	}
	return List(out...)
}
