package rt

import "testing"

// lineBad stands for a generated function bad:f/1 that raises badarith
// for the atom x: the fun that the lists and maps functions call below.
func lineBad(p *Process, x Term) Term {
	if x == Intern("x") {
//line bad.erl:3
		return Badarith()
	}
	return x
}

// lineCatch stands for a generated fun that catches what lineBad raises
// and returns the trace it sees there.
func lineCatch(p *Process, x Term) Term {
//line catch.erl:5
	_, e := Try(func() Term { return lineBad(p, x) })
	if e != nil {
		return e.Stacktrace()
	}
	return x
}

func init() {
	RegisterFunc(lineBad, "bad", "f", 1)
	RegisterFunc(lineCatch, "catch", "f", 1)
}

func lists(fun string, arity, line int) Term { return frame("lists", fun, arity, "lists.erl", line) }

// The lines of OTP's functions written in Erlang come from its sources;
// BIFs have none.
func TestOTPLines(t *testing.T) {
	for _, c := range []struct {
		mod, fun string
		arity    int
		want     int
	}{
		{"lists", "nth", 2, 198}, {"lists", "foldl_1", 3, 1354}, {"maps", "fold", 3, 393},
		{"lists", "keyfind", 3, 0}, {"maps", "find", 2, 0}, {"nosuch", "f", 0, 0},
	} {
		if got := otpLine(c.mod, c.fun, c.arity); got != c.want {
			t.Errorf("otpLine(%s:%s/%d) = %d, want %d", c.mod, c.fun, c.arity, got, c.want)
		}
	}
}

// A fun that lists:map calls has map's frames below it: map/2's for the
// first element, map_1/2's for the second, and one more map_1/2 for the
// others (recorded with erl, x5.erl of the task's notes).
func TestOTPFramesOfFunCalls(t *testing.T) {
	p := NewProcess()
	bad := &Fun{Module: Intern("bad"), Name: Intern("f"), Arity: 1, Fn: lineBad}
	x := Intern("x")
	top := frame("bad", "f", 1, "bad.erl", 3)
	for _, c := range []struct {
		name string
		call func() Term
		want []Term
	}{
		{"map [x]", func() Term { return ListsMap2(p, bad, List(x)) }, []Term{top, lists("map", 2, 1315)}},
		{"map [1,x]", func() Term { return ListsMap2(p, bad, List(BoxInt(1), x)) },
			[]Term{top, lists("map_1", 2, 1320), lists("map", 2, 1315)}},
		{"map [1,2,3,x]", func() Term { return ListsMap2(p, bad, List(BoxInt(1), BoxInt(2), BoxInt(3), x)) },
			[]Term{top, lists("map_1", 2, 1320), lists("map_1", 2, 1320), lists("map", 2, 1315)}},
		{"foreach [1,x]", func() Term { return ListsForeach2(p, bad, List(BoxInt(1), x)) }, []Term{top, lists("foreach_1", 2, 1442)}},
		{"filter [x]", func() Term { return ListsFilter2(p, bad, List(x)) }, []Term{top, lists("-filter/2-lc$^0/1-0-", 2, 1383)}},
		{"any [x]", func() Term { return ListsAny2(p, bad, List(x)) }, []Term{top, lists("any", 2, 1291)}},
		{"maps:map", func() Term {
			return MapsMap2(p, &Fun{Arity: 2, Fn: func(p *Process, k, v Term) Term { return lineBad(p, v) }}, NewMap(BoxInt(1), x))
		}, []Term{top, frame("maps", "map_1", 2, "maps.erl", 439), frame("maps", "map", 2, "maps.erl", 429)}},
	} {
		st := traceOf(t, c.call)
		if !ExactEqual(List(st...), List(c.want...)) {
			t.Errorf("%s: trace %v, want %v", c.name, List(st...), List(c.want...))
		}
	}
	// A fun that catches sees the frames of the call that is still running.
	catcher := &Fun{Module: Intern("catch"), Name: Intern("f"), Arity: 1, Fn: lineCatch}
	got := ListsMap2(p, catcher, List(BoxInt(1), x)).(*Cons).Tail.(*Cons).Head
	want := List(top, frame("catch", "f", 1, "catch.erl", 5), lists("map_1", 2, 1320), lists("map", 2, 1315))
	if !ExactEqual(got, want) {
		t.Errorf("caught inside map: trace %v, want %v", got, want)
	}
}

// Errors that OTP's code raises name its function, with the arguments
// that function had when it failed, and OTP's frames below.
func TestOTPRaises(t *testing.T) {
	p := NewProcess()
	x := Intern("x")
	bad := &Fun{Module: Intern("bad"), Name: Intern("f"), Arity: 1, Fn: lineBad}
	stdlib := List(NewTuple(atomErrorInfo, NewMap(atomModule, atomErlStdlibErrors)))
	erts := List(NewTuple(atomErrorInfo, NewMap(atomModule, atomErlErtsErrors)))
	loc := func(mod string, line int) Term { return otpLoc(mod, line) }
	for _, c := range []struct {
		name   string
		call   func() Term
		reason Term
		want   []Term
	}{
		{"nth(3, [1,2])", func() Term { return ListsNth2(p, BoxInt(3), List(BoxInt(1), BoxInt(2))) }, AtomFunctionClause,
			[]Term{NewTuple(atomLists, Intern("nth"), List(BoxInt(1), Nil{}), loc("lists", 198))}},
		{"nth(a, [1])", func() Term { return ListsNth2(p, Intern("a"), List(BoxInt(1))) }, AtomBadarith,
			[]Term{lists("nth", 2, 200)}},
		{"map(F, [1,2|x])", func() Term { return ListsMap2(p, bad, ListWithTail(x, BoxInt(1), BoxInt(2))) }, AtomFunctionClause,
			[]Term{NewTuple(atomLists, Intern("map_1"), List(bad, x), loc("lists", 1319)), lists("map_1", 2, 1320), lists("map", 2, 1315)}},
		{"foldl(F, 0, x)", func() Term { return ListsFoldl3(p, &Fun{Arity: 2}, BoxInt(0), x) }, NewTuple(AtomCaseClause, x),
			[]Term{lists("foldl", 3, 1349)}},
		{"seq(1, 5, 0)", func() Term { return ListsSeq3(p, BoxInt(1), BoxInt(5), BoxInt(0)) }, AtomBadarg,
			[]Term{NewTuple(atomLists, Intern("seq"), List(BoxInt(1), BoxInt(5), BoxInt(0)),
				List(NewTuple(atomFile, Str("lists.erl")), NewTuple(atomLine, BoxInt(299)), stdlib.(*Cons).Head))}},
		{"maps:find(k, x)", func() Term { return MapsFind2(p, Intern("k"), x) }, NewTuple(AtomBadmap, x),
			[]Term{NewTuple(atomMaps, Intern("find"), List(Intern("k"), x), stdlib)}},
		{"maps:get(k, #{})", func() Term { return MapsGet2(p, Intern("k"), EmptyMap) }, NewTuple(AtomBadkey, Intern("k")),
			[]Term{NewTuple(AtomErlang, Intern("map_get"), List(Intern("k"), EmptyMap), erts)}},
		{"dict:fetch (a head without location)", func() Term {
			e := NewException(AtomError, AtomBadarg)
			e.head = NewTuple(Intern("dict"), Intern("fetch"), List(x, x), Nil{})
			panic(e)
		}, AtomBadarg, []Term{NewTuple(Intern("dict"), Intern("fetch"), List(x, x), loc("dict", 132))}},
	} {
		_, e := Try(c.call)
		if e == nil {
			t.Errorf("%s: no exception", c.name)
			continue
		}
		st, _ := ListToSlice(e.Stacktrace())
		if !ExactEqual(e.Reason, c.reason) || len(st) < len(c.want) || !ExactEqual(List(st[:len(c.want)]...), List(c.want...)) {
			t.Errorf("%s: %v with trace %v, want %v on top of %v", c.name, e.Reason, List(st...), c.reason, List(c.want...))
		}
	}
}

// Float operations fail with no operator entry on top (BEAM's float
// instructions), and compute what the general operators compute.
func TestFloatOps(t *testing.T) {
	x := Intern("x")
	for _, op := range []func() Term{
		func() Term { return FAdd(x, Float(1.5)) },
		func() Term { return FMul(Float(1e300), Float(1e300)) },
		func() Term { return FSub(Float(1.5), x) },
	} {
		_, e := Try(op)
		if e == nil || e.Reason != AtomBadarith || e.head != nil {
			t.Errorf("float op: exception %v, want badarith with no entry", e)
		}
	}
	if got := FAdd(BoxInt(1), Float(0.5)); !ExactEqual(got, Float(1.5)) {
		t.Errorf("1 + 0.5 = %v", got)
	}
	if got := FMul(BoxInt(3), Float(2)); !ExactEqual(got, Float(6)) {
		t.Errorf("3 * 2.0 = %v", got)
	}
}
