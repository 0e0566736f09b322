package rt

import "testing"

// TestLists checks lists functions against what erl (OTP 25) printed for
// the expression in each name.
func TestLists(t *testing.T) {
	p := NewProcess()
	a := Intern
	ints := func(ns ...int) Term {
		xs := make([]Term, len(ns))
		for i, n := range ns {
			xs[i] = BoxInt(Int(n))
		}
		return List(xs...)
	}
	t2 := func(x, y Term) Term { return NewTuple(x, y) }
	geq := NewFun(a("t"), 0, 0, 2, nil, func(p *Process, x, y Term) Term { return Bool(Ge(x, y)) })
	lt2 := NewFun(a("t"), 1, 0, 1, nil, func(p *Process, x Term) Term { return Bool(Lt(x, BoxInt(2))) })
	mf := NewFun(a("t"), 2, 0, 2, nil, func(p *Process, x, acc Term) Term { return NewTuple(Mul(x, BoxInt(2)), Add(acc, x)) })
	fm := NewFun(a("t"), 3, 0, 1, nil, func(p *Process, x Term) Term {
		switch {
		case Gt(x, BoxInt(1)):
			return NewTuple(True, Mul(x, BoxInt(10)))
		case Equal(x, BoxInt(1)):
			return True
		}
		return False
	})
	tests := []struct {
		name string
		got  func() Term
		want Term
	}{
		{"lists:usort([1, 1.0, a, 1])", func() Term { return ListsUsort1(p, List(BoxInt(1), Float(1), a("a"), BoxInt(1))) }, List(BoxInt(1), a("a"))},
		{"lists:keyfind(1.0, 1, [{1,a}])", func() Term { return ListsKeyfind3(p, Float(1), BoxInt(1), List(t2(BoxInt(1), a("a")))) }, t2(BoxInt(1), a("a"))},
		{"lists:member(1.0, [1])", func() Term { return ListsMember2(p, Float(1), ints(1)) }, False},
		{"lists:delete(1.0, [1, 1.0])", func() Term { return ListsDelete2(p, Float(1), List(BoxInt(1), Float(1))) }, ints(1)},
		{"lists:seq(1,0)", func() Term { return ListsSeq2(p, BoxInt(1), BoxInt(0)) }, Nil{}},
		{"lists:seq(5,1,-2)", func() Term { return ListsSeq3(p, BoxInt(5), BoxInt(1), BoxInt(-2)) }, ints(5, 3, 1)},
		{"lists:seq(1,1,0)", func() Term { return ListsSeq3(p, BoxInt(1), BoxInt(1), BoxInt(0)) }, ints(1)},
		{"lists:seq(32766,32769)", func() Term { return ListsSeq2(p, BoxInt(32766), BoxInt(32769)) }, ints(32766, 32767, 32768, 32769)},
		{`lists:concat([a, "b", 1, 2.5])`, func() Term { return ListsConcat1(p, List(a("a"), Str("b"), BoxInt(1), Float(2.5))) }, Str("ab12.50000000000000000000e+00")},
		{"lists:flatten([1,[2,[3]],[]|[]])", func() Term { return ListsFlatten1(p, List(BoxInt(1), List(BoxInt(2), ints(3)), Nil{})) }, ints(1, 2, 3)},
		{"lists:flatten([a,[b]], [c])", func() Term { return ListsFlatten2(p, List(a("a"), List(a("b"))), List(a("c"))) }, List(a("a"), a("b"), a("c"))},
		{"lists:sublist([1,2,3], 5)", func() Term { return ListsSublist2(p, ints(1, 2, 3), BoxInt(5)) }, ints(1, 2, 3)},
		{"lists:sublist([1,2,3], 2, 5)", func() Term { return ListsSublist3(p, ints(1, 2, 3), BoxInt(2), BoxInt(5)) }, ints(2, 3)},
		{"lists:enumerate(0, [a,b])", func() Term { return ListsEnumerate2(p, BoxInt(0), List(a("a"), a("b"))) }, List(t2(BoxInt(0), a("a")), t2(BoxInt(1), a("b")))},
		{"lists:keysort(2, [{a,2},{b,1},{c,2}])", func() Term {
			return ListsKeysort2(p, BoxInt(2), List(t2(a("a"), BoxInt(2)), t2(a("b"), BoxInt(1)), t2(a("c"), BoxInt(2))))
		}, List(t2(a("b"), BoxInt(1)), t2(a("a"), BoxInt(2)), t2(a("c"), BoxInt(2)))},
		{"lists:ukeysort(1, [{a,2},{a,1}])", func() Term { return ListsUkeysort2(p, BoxInt(1), List(t2(a("a"), BoxInt(2)), t2(a("a"), BoxInt(1)))) }, List(t2(a("a"), BoxInt(2)))},
		{"lists:max([1, 1.0])", func() Term { return ListsMax1(p, List(BoxInt(1), Float(1))) }, BoxInt(1)},
		{"lists:min([1.0, 1])", func() Term { return ListsMin1(p, List(Float(1), BoxInt(1))) }, Float(1)},
		{"lists:sum([1, 2.0])", func() Term { return ListsSum1(p, List(BoxInt(1), Float(2))) }, Float(3)},
		{"lists:merge([1,3],[2,4])", func() Term { return ListsMerge2(p, ints(1, 3), ints(2, 4)) }, ints(1, 2, 3, 4)},
		{"lists:keystore(x, 1, [{a,1}], {x,2})", func() Term {
			return ListsKeystore4(p, a("x"), BoxInt(1), List(t2(a("a"), BoxInt(1))), t2(a("x"), BoxInt(2)))
		}, List(t2(a("a"), BoxInt(1)), t2(a("x"), BoxInt(2)))},
		{"lists:uniq([1,2,1,1.0])", func() Term { return ListsUniq1(p, List(BoxInt(1), BoxInt(2), BoxInt(1), Float(1))) }, List(BoxInt(1), BoxInt(2), Float(1))},
		{"lists:join(x, [a,b,c])", func() Term { return ListsJoin2(p, a("x"), List(a("a"), a("b"), a("c"))) }, List(a("a"), a("x"), a("b"), a("x"), a("c"))},
		{"lists:umerge([1,2],[2,3])", func() Term { return ListsUmerge2(p, ints(1, 2), ints(2, 3)) }, ints(1, 2, 3)},
		{"lists:usort(fun(A,B) -> A >= B end, [1,3,2,3])", func() Term { return ListsUsort2(p, geq, ints(1, 3, 2, 3)) }, ints(3, 2, 1)},
		{"lists:sort(fun(A,B) -> A >= B end, [1,3,2,3])", func() Term { return ListsSort2(p, geq, ints(1, 3, 2, 3)) }, ints(3, 3, 2, 1)},
		{"lists:keytake(b, 1, [{a,1},{b,2}])", func() Term {
			return ListsKeytake3(p, a("b"), BoxInt(1), List(t2(a("a"), BoxInt(1)), t2(a("b"), BoxInt(2))))
		}, NewTuple(a("value"), t2(a("b"), BoxInt(2)), List(t2(a("a"), BoxInt(1))))},
		{"lists:append([[1],[2,3]])", func() Term { return ListsAppend1(p, List(ints(1), ints(2, 3))) }, ints(1, 2, 3)},
		{"lists:suffix([2],[1,2])", func() Term { return ListsSuffix2(p, ints(2), ints(1, 2)) }, True},
		{"lists:prefix([1],[1,2])", func() Term { return ListsPrefix2(p, ints(1), ints(1, 2)) }, True},
		{"lists:mapfoldl(fun(X, A) -> {X*2, A+X} end, 0, [1,2,3])", func() Term { return ListsMapfoldl3(p, mf, BoxInt(0), ints(1, 2, 3)) }, NewTuple(ints(2, 4, 6), BoxInt(6))},
		{"lists:filtermap(...)", func() Term { return ListsFiltermap2(p, fm, ints(0, 1, 2)) }, ints(1, 20)},
		{"lists:splitwith(fun(X) -> X < 2 end, [1,2,1])", func() Term { return ListsSplitwith2(p, lt2, ints(1, 2, 1)) }, NewTuple(ints(1), ints(2, 1))},
		{"lists:reverse([1,2,3], [4])", func() Term { return ListsReverse2(p, ints(1, 2, 3), ints(4)) }, ints(3, 2, 1, 4)},
		{"lists:nth(2, [a,b])", func() Term { return ListsNth2(p, BoxInt(2), List(a("a"), a("b"))) }, a("b")},
		{"lists:split(2, [1,2,3])", func() Term { return ListsSplit2(p, BoxInt(2), ints(1, 2, 3)) }, NewTuple(ints(1, 2), ints(3))},
		{"lists:zip([1,2],[a,b])", func() Term { return ListsZip2(p, ints(1, 2), List(a("a"), a("b"))) }, List(t2(BoxInt(1), a("a")), t2(BoxInt(2), a("b")))},
		{"lists:sort([b, 1.0, a, 1, {x}]) (erl: 1 before 1.0)", func() Term { return ListsSort1(p, List(a("b"), Float(1), a("a"), BoxInt(1), NewTuple(a("x")))) }, List(BoxInt(1), Float(1), a("a"), a("b"), NewTuple(a("x")))},
	}
	for _, tt := range tests {
		v, reason := raised(tt.got)
		if reason != nil || !ExactEqual(v, tt.want) {
			t.Errorf("%s = %v (raised %v), want %v", tt.name, v, reason, tt.want)
		}
	}
	errs := []struct {
		name string
		f    func() Term
		want Term
	}{
		{"lists:seq(1,-1)", func() Term { return ListsSeq2(p, BoxInt(1), BoxInt(-1)) }, AtomFunctionClause},
		{"lists:seq(1,5,0)", func() Term { return ListsSeq3(p, BoxInt(1), BoxInt(5), BoxInt(0)) }, AtomBadarg},
		{"lists:split(4, [1,2,3])", func() Term { return ListsSplit2(p, BoxInt(4), ints(1, 2, 3)) }, AtomBadarg},
		{"lists:zip([1],[])", func() Term { return ListsZip2(p, ints(1), Nil{}) }, AtomFunctionClause},
		{"lists:map(F, a)", func() Term { return ListsMap2(p, lt2, a("a")) }, NewTuple(AtomCaseClause, a("a"))},
	}
	for _, tt := range errs {
		if _, reason := raised(tt.f); !ExactEqual(reason, tt.want) {
			t.Errorf("%s raised %v, want %v", tt.name, reason, tt.want)
		}
	}
}

func TestMapsModule(t *testing.T) {
	p := NewProcess()
	a := Intern
	m := MapsFromList1(p, List(NewTuple(a("b"), BoxInt(2)), NewTuple(a("a"), BoxInt(1)), NewTuple(a("b"), BoxInt(3))))
	// erl: maps:to_list(maps:from_list([{b,2},{a,1},{b,3}])) -> [{a,1},{b,3}]
	if got := MapsToList1(p, m); !ExactEqual(got, List(NewTuple(a("a"), BoxInt(1)), NewTuple(a("b"), BoxInt(3)))) {
		t.Errorf("to_list = %v", got)
	}
	sum := NewFun(a("t"), 0, 0, 3, nil, func(p *Process, k, v, acc Term) Term { return Add(v, acc) })
	if got := MapsFold3(p, sum, BoxInt(0), m); got != BoxInt(4) {
		t.Errorf("fold = %v", got)
	}
	if got := MapsFind2(p, a("z"), m); got != AtomError {
		t.Errorf("find = %v", got)
	}
	merged := MapsMerge2(p, m, NewMap(a("a"), BoxInt(9), a("c"), BoxInt(7)))
	if !ExactEqual(merged, NewMap(a("a"), BoxInt(9), a("b"), BoxInt(3), a("c"), BoxInt(7))) {
		t.Errorf("merge = %v", merged)
	}
	it := MapsIterator1(p, m)
	var keys []Term
	for {
		r := MapsNext1(p, it)
		if r == atomNone {
			break
		}
		keys = append(keys, r.(*Tuple).At(0))
		it = r.(*Tuple).At(2)
	}
	if len(keys) != 2 || keys[0] != a("a") {
		t.Errorf("iterator keys %v", keys)
	}
	if _, reason := raised(func() Term { return MapsGet2(p, a("z"), m) }); !ExactEqual(reason, NewTuple(AtomBadkey, a("z"))) {
		t.Errorf("maps:get missing raised %v", reason)
	}
	if _, reason := raised(func() Term { return MapsSize1(p, BoxInt(1)) }); !ExactEqual(reason, NewTuple(AtomBadmap, BoxInt(1))) {
		t.Errorf("maps:size(1) raised %v", reason)
	}
	if got := Apply(p, atomLists, a("reverse"), []Term{List(BoxInt(1), BoxInt(2))}); !ExactEqual(got, List(BoxInt(2), BoxInt(1))) {
		t.Errorf("apply lists:reverse = %v", got)
	}
}

// lists:any, all, foreach and filter walk the list as OTP's do: the fun
// runs on the elements before an improper tail, and any and all stop at
// their answer without looking further (checked against BEAM).
func TestListsWalkImproper(t *testing.T) {
	p := NewProcess()
	var seen []Term
	gt1 := NewFun(Intern("t"), 0, 0, 1, nil, func(p *Process, x Term) Term {
		seen = append(seen, x)
		return Bool(Gt(x, BoxInt(1)))
	})
	improper := ListWithTail(Intern("bad"), BoxInt(1), BoxInt(2))
	tests := []struct {
		name   string
		f      func() Term
		want   Term // the value, or the error reason
		called int  // how many times the fun ran
	}{
		// lists:any(P, [1, 2 | bad]) -> true
		{"any", func() Term { return ListsAny2(p, gt1, improper) }, True, 2},
		// lists:all(P, [2, 1 | bad]) -> false
		{"all", func() Term { return ListsAll2(p, gt1, ListWithTail(Intern("bad"), BoxInt(2), BoxInt(1))) }, False, 2},
		// lists:any(P, [0, 1 | bad]) -> error:function_clause
		{"any to the end", func() Term { return ListsAny2(p, gt1, ListWithTail(Intern("bad"), BoxInt(0), BoxInt(1))) }, AtomFunctionClause, 2},
		{"foreach", func() Term { return ListsForeach2(p, gt1, improper) }, AtomFunctionClause, 2},
		// lists:takewhile(P, [1, 2 | bad]) -> []: the first element stops it
		{"takewhile", func() Term { return ListsTakewhile2(p, gt1, improper) }, Nil{}, 1},
		// lists:partition(P, [1, 2 | bad]) -> error:function_clause
		{"partition", func() Term { return ListsPartition2(p, gt1, improper) }, AtomFunctionClause, 2},
		// lists:flatmap(P, [1, 2 | bad]) -> error:function_clause, after both calls
		{"flatmap", func() Term { return ListsFlatmap2(p, gt1, improper) }, AtomFunctionClause, 2},
		// lists:filter(P, [1, 2 | bad]) -> error:{bad_generator, bad}
		{"filter", func() Term { return ListsFilter2(p, gt1, improper) }, NewTuple(Intern("bad_generator"), Intern("bad")), 2},
	}
	for _, tt := range tests {
		seen = nil
		v, reason := raised(tt.f)
		if reason != nil {
			v = reason
		}
		if !ExactEqual(v, tt.want) || len(seen) != tt.called {
			t.Errorf("%s = %v after %d calls, want %v after %d", tt.name, v, len(seen), tt.want, tt.called)
		}
	}
	// lists:mapfoldl(fun(X, _) -> X end, 0, [7]) -> error:{badmatch, 7}
	first := NewFun(Intern("t"), 1, 0, 2, nil, func(p *Process, x, acc Term) Term { return x })
	_, reason := raised(func() Term { return ListsMapfoldl3(p, first, BoxInt(0), List(BoxInt(7))) })
	if want := NewTuple(Intern("badmatch"), BoxInt(7)); reason == nil || !ExactEqual(reason, want) {
		t.Errorf("mapfoldl raised %v, want %v", reason, want)
	}
}
