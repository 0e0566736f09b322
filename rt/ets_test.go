package rt

import (
	"math/big"
	"testing"
)

func etsTerm(t *testing.T, want string, got Term) {
	t.Helper()
	if s := Format(got); s != want {
		t.Fatalf("got %s, want %s", s, want)
	}
}

// Expectations from erl -noshell -eval (OTP 25); set and bag order is
// insertion order here (BEAM: hash order), so tests sort or use one key.
func TestEtsSet(t *testing.T) {
	p := NewProcess()
	tab := EtsNew2(p, Intern("t"), List(atomSet))
	EtsInsert2(p, tab, List(NewTuple(Intern("a"), BoxInt(1), Intern("x")), NewTuple(Intern("b"), BoxInt(2), Intern("y"))))
	etsTerm(t, "[{a,1,x}]", EtsLookup2(p, tab, Intern("a")))
	// erl: ets:match(T, {'$1', '$2', '_'}) -> [[b,2],[a,1]] (hash order)
	etsTerm(t, "[[a,1],[b,2]]", ListsSort1(p, EtsMatch2(p, tab, NewTuple(Intern("$1"), Intern("$2"), Intern("_")))))
	// erl: ets:select(T, [{{'$1','$2','_'}, [{'>', '$2', 1}], [{{'$2', '$1'}}]}]) -> [{2,b}]
	ms := List(NewTuple(NewTuple(Intern("$1"), Intern("$2"), Intern("_")),
		List(NewTuple(Intern(">"), Intern("$2"), BoxInt(1))), List(NewTuple(NewTuple(Intern("$2"), Intern("$1"))))))
	etsTerm(t, "[{2,b}]", EtsSelect2(p, tab, ms))
	// erl: ets:update_counter(T, a, 5) -> 6; on a missing key badarg (cause badkey)
	etsTerm(t, "6", EtsUpdateCounter3(p, tab, Intern("a"), BoxInt(5)))
	if _, e := Try(func() Term { return EtsUpdateCounter3(p, tab, Intern("zz"), BoxInt(5)) }); e == nil || e.Reason != Term(AtomBadarg) {
		t.Fatal("update_counter on a missing key")
	}
	etsTerm(t, "7", EtsUpdateCounter4(p, tab, Intern("zz"), NewTuple(BoxInt(2), BoxInt(7)), NewTuple(Intern("zz"), BoxInt(0))))
	etsTerm(t, "3", EtsInfo2(p, tab, Intern("size")))
	EtsDelete2(p, tab, Intern("a"))
	etsTerm(t, "false", EtsMember2(p, tab, Intern("a")))
	etsTerm(t, "1", EtsSelectDelete2(p, tab, List(NewTuple(NewTuple(Intern("zz"), Intern("_")), Nil{}, List(True)))))
	etsTerm(t, "[{b,2,y}]", EtsTab2list1(p, tab))
}

func TestEtsOrderedAndBag(t *testing.T) {
	p := NewProcess()
	o := EtsNew2(p, Intern("ord"), List(atomOrderedSet, atomNamedTable))
	if o != Term(Intern("ord")) {
		t.Fatal("a named table's id is its name")
	}
	for _, k := range []int{5, 1, 3} {
		EtsInsert2(p, o, NewTuple(BoxInt(Int(k)), BoxInt(Int(k*k))))
	}
	etsTerm(t, "[{1,1},{3,9},{5,25}]", EtsTab2list1(p, o))
	etsTerm(t, "1", EtsFirst1(p, o))
	etsTerm(t, "5", EtsNext2(p, o, BoxInt(4)))
	etsTerm(t, "'$end_of_table'", EtsNext2(p, o, BoxInt(5)))
	// ordered_set keys compare with ==: 1.0 finds 1
	etsTerm(t, "[{1,1}]", EtsLookup2(p, o, Float(1.0)))
	sum := EtsFoldl3(p, NewFun(Intern("t"), 0, 0, 2, nil, func(_ *Process, obj, acc Term) Term {
		return Add(acc, obj.(*Tuple).Elems[1])
	}), BoxInt(0), o)
	etsTerm(t, "35", sum)
	b := EtsNew2(p, Intern("b"), List(atomBag))
	EtsInsert2(p, b, List(NewTuple(BoxInt(1), Intern("a")), NewTuple(BoxInt(1), Intern("b")), NewTuple(BoxInt(1), Intern("a"))))
	etsTerm(t, "[{1,a},{1,b}]", EtsLookup2(p, b, BoxInt(1)))
	d := EtsNew2(p, Intern("d"), List(atomDuplicateBag))
	EtsInsert2(p, d, List(NewTuple(BoxInt(1), Intern("a")), NewTuple(BoxInt(1), Intern("a"))))
	etsTerm(t, "[{1,a},{1,a}]", EtsLookup2(p, d, BoxInt(1)))
	EtsDelete1(p, o)
	if _, e := Try(func() Term { return EtsLookup2(p, o, BoxInt(1)) }); e == nil {
		t.Fatal("lookup in a deleted table must be badarg")
	}
}

// A table dies with its owner.
func TestEtsOwnerExit(t *testing.T) {
	p := NewProcess()
	self := p.self
	pid, ref := p.Spawn(func(c *Process) Term {
		Send(c, self, EtsNew2(c, Intern("owned"), List(atomPublic)))
		c.Receive(nil, func(Term) bool { return true })
		return Ok
	}, SpawnOpts{Monitor: true})
	tab := recvAny(t, p)
	EtsInsert2(p, tab, NewTuple(BoxInt(1)))
	Send(p, pid, Ok)
	p.Receive(BoxInt(10000), func(m Term) bool { return isDown(m, ref) })
	if EtsInfo2(p, tab, Intern("size")) != Term(atomUndefined) {
		t.Fatal("table outlived its owner")
	}
}

// erl: ets:insert on another process's protected table, or ets:lookup on
// its private one, is badarg with cause access.
func TestEtsAccess(t *testing.T) {
	p := NewProcess()
	prot := EtsNew2(p, Intern("prot"), Nil{})
	priv := EtsNew2(p, Intern("priv"), List(atomPrivate))
	EtsInsert2(p, prot, NewTuple(BoxInt(1)))
	other := NewProcess()
	etsTerm(t, "[{1}]", EtsLookup2(other, prot, BoxInt(1)))
	for _, f := range []func() Term{
		func() Term { return EtsInsert2(other, prot, NewTuple(BoxInt(2))) },
		func() Term { return EtsLookup2(other, priv, BoxInt(1)) },
	} {
		if _, e := Try(f); e == nil || e.Reason != Term(AtomBadarg) {
			t.Fatalf("want badarg, got %v", e)
		}
	}
}

// Integer keys and counters on both sides of the small range, [-2^62,
// 2^62): a key is found whether it is a Small or a *BigInt, ordered_set
// orders them with floats by value, and counters cross the boundary.
// Expectations from erl -noshell -eval (OTP 25).
func TestEtsIntegersAroundSmall(t *testing.T) {
	p := NewProcess()
	bigInt := func(s string) Term {
		v, ok := new(big.Int).SetString(s, 10)
		if !ok {
			t.Fatal(s)
		}
		return IntFromBig(v)
	}
	o := EtsNew2(p, Intern("o"), List(atomOrderedSet))
	for _, k := range []Term{bigInt("4611686018427387904"), BoxInt(MaxSmall), BoxInt(MinSmall),
		bigInt("-4611686018427387905"), bigInt("9223372036854775808"), Float(4.0e18), BoxInt(0)} {
		EtsInsert2(p, o, NewTuple(k, Intern("x")))
	}
	etsTerm(t, "[{-4611686018427387905,x},{-4611686018427387904,x},{0,x},{4.0e18,x},"+
		"{4611686018427387903,x},{4611686018427387904,x},{9223372036854775808,x}]", EtsTab2list1(p, o))
	etsTerm(t, "4611686018427387904", EtsNext2(p, o, BoxInt(MaxSmall)))
	etsTerm(t, "-4611686018427387905", EtsPrev2(p, o, BoxInt(MinSmall)))
	etsTerm(t, "[{4611686018427387904,x}]", EtsLookup2(p, o, Mul(BoxInt(1<<61), BoxInt(2))))

	s := EtsNew2(p, Intern("s"), List(atomSet))
	EtsInsert2(p, s, NewTuple(Intern("c"), BoxInt(MaxSmall)))
	etsTerm(t, "4611686018427387904", EtsUpdateCounter3(p, s, Intern("c"), BoxInt(1)))
	etsTerm(t, "[4611686018427387905,4611686018427387903]", EtsUpdateCounter3(p, s, Intern("c"),
		List(NewTuple(BoxInt(2), BoxInt(1)), NewTuple(BoxInt(2), BoxInt(-2)))))
	if v := EtsLookupElement3(p, s, Intern("c"), BoxInt(2)); v != BoxInt(MaxSmall) {
		t.Fatalf("a counter back in the small range must be a Small, got %#v", v)
	}
	etsTerm(t, "-5", EtsUpdateCounter3(p, s, Intern("c"),
		NewTuple(BoxInt(2), BoxInt(10), bigInt("4611686018427387904"), BoxInt(-5))))
	EtsInsert2(p, s, NewTuple(bigInt("4611686018427387904"), Intern("big")))
	etsTerm(t, "[{4611686018427387904,big}]", EtsLookup2(p, s, Mul(BoxInt(1<<61), BoxInt(2))))
	for _, f := range []func() Term{
		func() Term {
			return EtsUpdateElement3(p, s, Intern("c"), NewTuple(bigInt("4611686018427387904"), Intern("z")))
		},
		func() Term { return EtsLookupElement3(p, s, Intern("c"), bigInt("4611686018427387904")) },
	} {
		if _, e := Try(f); e == nil || e.Reason != Term(AtomBadarg) {
			t.Fatal("a position outside the small range must be badarg")
		}
	}
}

// msTerm reads an Erlang term written as text.
func msTerm(t *testing.T, s string) Term {
	t.Helper()
	ts, reason := consultTerms([]byte(s + "."))
	if reason != nil || len(ts) != 1 {
		t.Fatalf("bad term %s", s)
	}
	return ts[0]
}

// TestEtsMatchSpecs runs specs over the table [{1, #{a => 1}}]; the
// expectations are what ets:select printed on OTP 25 ("badarg" for the
// specs it refuses).
func TestEtsMatchSpecs(t *testing.T) {
	p := NewProcess()
	tab := EtsNew2(p, Intern("t"), List(atomSet))
	EtsInsert2(p, tab, msTerm(t, "{1, #{a => 1}}"))
	for _, c := range []struct{ spec, want string }{
		{`[{{'$1','$2'},[],[#{'$1' => '$2'}]}]`, "[#{1 => #{a => 1}}]"},
		{`[{{'$1','$2'},[],[#{'$3' => '$2'}]}]`, "badarg"},
		{`[{{'$1','$2'},[],[['$1'|'$2']]}]`, "[[1|#{a => 1}]]"},
		{`[{{'$1','$2'},[],[[{'+','$1',1},{element,9,'$2'}]]}]`, "[[2,'EXIT']]"},
		{`[{{'$1','$2'},[],[{element,9,'$2'},ok]}]`, "[ok]"},
		{`[{{'$1','$2'},[],[{is_atom,{element,9,'$2'}}]}]`, "[true]"},
		{`[{{'$1','$2'},[{is_atom,{element,9,'$2'}}],[a]},{'_',[],[b]}]`, "[b]"},
		{`[{{'$1','$2'},[],[{'andalso',true,true,'$1'},{'orelse',false,'$2'}]}]`, "[#{a => 1}]"},
		{`[{{'$1','$2'},[],[{'andalso','$1',true}]}]`, "['EXIT']"},
		{`[{{'$1','$2'},[{'andalso',true}],[ok]}]`, "[ok]"},
		{`[{{'$1','$2'},[{'andalso'}],[ok]}]`, "badarg"},
		{`[{{'$1','$2'},[],[{{}}]}]`, "[{}]"},
		{`[{{'$1','$2'},[],[{{a,{}}}]}]`, "badarg"},
		{`[{{'$1','$2'},[],[{self},{node}]}]`, "[nonode@nohost]"},
		{`[{{'$1','$2'},[],[{tuple_size,{{1}}}]}]`, "badarg"},
		{`[{{'$1','$2'},[],[{message,1}]}]`, "badarg"},
		{`[{{'$1','$2'},[],[{const,'$1'}]}]`, "['$1']"},
		{`[{{'$1','$2'},[],[{const,a,b}]}]`, "badarg"},
		{`[{{'$1','$2'},[],['$3']}]`, "badarg"},
		{`[{'$0',[],['$0']}]`, "[{1,#{a => 1}}]"},
		{`[{{'$1',#{'$1' => 1}},[],['$1']}]`, "badarg"},
		{`[{{'$1','$2'},[],[]}]`, "badarg"},
		{`[{{'$1','$2'},[],[{is_record,{{x,1}},x,2}]}]`, "[true]"},
	} {
		got := "badarg"
		if r, e := Try(func() Term { return EtsSelect2(p, tab, msTerm(t, c.spec)) }); e == nil {
			got = Format(r)
		}
		if got != c.want {
			t.Errorf("%s: got %s, want %s", c.spec, got, c.want)
		}
	}
}

// TestEtsSelectReplace: OTP 25 replaces objects when the spec keeps their
// key, and refuses other specs and bags with badarg.
func TestEtsSelectReplace(t *testing.T) {
	p := NewProcess()
	tab := EtsNew2(p, Intern("t"), List(atomOrderedSet))
	EtsInsert2(p, tab, msTerm(t, "[{1, a}, {2, b}]"))
	for _, c := range []struct{ spec, want string }{
		{`[{{'$1','$2'},[{'==','$1',2}],[{{{'+','$1',1},'$2'}}]}]`, "badarg"},
		{`[{{'$1','$2'},[],[{{'$1','$2',x}}]}]`, "2"},
		{`[{{'$1','$2'},[],[x]}]`, "badarg"},
		{`[{'$1',[],[{const,{1,q}}]}]`, "badarg"},
		{`[{{'$1','$2','$3'},[{'==','$1',1}],[{{{element,1,'$_'},'$3','$2'}}]}]`, "1"},
		{`[{{1,'_','_'},[],[{{1,c,d}}]}]`, "1"},
	} {
		got := "badarg"
		if r, e := Try(func() Term { return EtsSelectReplace2(p, tab, msTerm(t, c.spec)) }); e == nil {
			got = Format(r)
		}
		if got != c.want {
			t.Errorf("%s: got %s, want %s", c.spec, got, c.want)
		}
	}
	etsTerm(t, "[{1,c,d},{2,b,x}]", EtsTab2list1(p, tab))
	bag := EtsNew2(p, Intern("b"), List(atomBag))
	if _, e := Try(func() Term { return EtsSelectReplace2(p, bag, msTerm(t, `[{'$1',[],['$_']}]`)) }); e == nil {
		t.Error("select_replace on a bag")
	}
}

// TestEtsSelectReverse: OTP 25 gives an ordered_set's results last key first.
func TestEtsSelectReverse(t *testing.T) {
	p := NewProcess()
	tab := EtsNew2(p, Intern("t"), List(atomOrderedSet))
	EtsInsert2(p, tab, msTerm(t, "[{3, c}, {1, a}, {2, b}]"))
	etsTerm(t, "[c,b]", EtsSelectReverse2(p, tab, msTerm(t, `[{{'$1','$2'},[{'>','$1',1}],['$2']}]`)))
}

// TestEtsMatchSpecRun: OTP 25 runs a compiled spec over a list and fails
// in match_spec_run_r/3 for a term that is not a compiled spec.
func TestEtsMatchSpecRun(t *testing.T) {
	p := NewProcess()
	ms := EtsMatchSpecCompile1(p, msTerm(t, `[{{'$1','$2'},[{'>','$2',1}],[{{'$2','$1'}}]},{'$1',[{is_atom,'$1'}],['$1']}]`))
	etsTerm(t, "true", EtsIsCompiledMs1(p, ms))
	etsTerm(t, "false", EtsIsCompiledMs1(p, Intern("foo")))
	etsTerm(t, "[{2,b},c]", EtsMatchSpecRun2(p, msTerm(t, `[{a, 1}, {b, 2}, c, {c, 3, 4}, "x"]`), ms))
	if _, e := Try(func() Term { return EtsMatchSpecRun2(p, List(BoxInt(1)), Intern("no")) }); e == nil || e.Reason != Term(AtomBadarg) {
		t.Error("match_spec_run of a term that is not a compiled spec")
	}
	if _, e := Try(func() Term { return EtsMatchSpecCompile1(p, msTerm(t, `[{'_',[],[{foo}]}]`)) }); e == nil {
		t.Error("match_spec_compile of a bad spec")
	}
}
