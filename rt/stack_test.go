package rt

import "testing"

// lineFact stands for generated code: the //line comment makes its frames
// report the Erlang source position.
func lineFact(p *Process, n Term) Term {
//line fact.erl:7
	return Badarith()
}

func init() { RegisterFunc(lineFact, "fact", "fact", 1) }

func TestStackUsesLineDirectives(t *testing.T) {
	p := NewProcess()
	_, e := Try(func() Term { return lineFact(p, BoxInt(1)) })
	top := e.Stacktrace().(*Cons).Head
	want := NewTuple(Intern("fact"), Intern("fact"), BoxInt(1),
		List(NewTuple(atomFile, Str("fact.erl")), NewTuple(atomLine, BoxInt(7))))
	if !ExactEqual(top, want) {
		t.Errorf("top entry %v, want %v", top, want)
	}
}

// lineTry stands for a generated function with a try: its body runs in a
// closure that Try calls.
func lineTry(p *Process) Term {
//line try.erl:3
	_, e := Try(func() Term {
//line try.erl:5
		return Badarith()
	})
	e.Reraise()
	return nil
}

// An exception raised in a try body has one frame for the function, at
// the line in the body where it was raised (BEAM's), not at the try.
func TestStackTryBodyLine(t *testing.T) {
	_, e := Try(func() Term { return lineTry(nil) })
	st, _ := ListToSlice(e.Stacktrace())
	want := NewTuple(Intern("try"), Intern("f"), BoxInt(0),
		List(NewTuple(atomFile, Str("try.erl")), NewTuple(atomLine, BoxInt(5))))
	if len(st) != 1 || !ExactEqual(st[0], want) {
		t.Errorf("trace %v, want [%v]", List(st...), want)
	}
}

// lineTail stands for a generated function whose last act is a call: the
// generator marks the call's line directive (translate/gen/tailmark.go).
func lineTail(p *Process, f, x Term) Term {
//line tail.erl (tail call):4
	return CallFun1(p, f, x)
}

func init() {
	RegisterFunc(lineTail, "tail", "f", 2)
	RegisterFunc(lineTry, "try", "f", 0)
}

func traceOf(t *testing.T, body func() Term) []Term {
	t.Helper()
	_, e := Try(body)
	if e == nil {
		t.Fatal("no exception")
	}
	st, _ := ListToSlice(e.Stacktrace())
	return st
}

func frame(mod, fun string, arity int, file string, line int) Term {
	return NewTuple(Intern(mod), Intern(fun), BoxInt(Int(arity)),
		List(NewTuple(atomFile, Str(file)), NewTuple(atomLine, BoxInt(Int(line)))))
}

// A function that made a tail call has no frame once the callee runs, as
// on BEAM; it keeps its frame when the call itself fails (a non-fun, a
// BIF), and its file shows no mark.
func TestStackTailCall(t *testing.T) {
	fact := &Fun{Module: Intern("fact"), Name: Intern("fact"), Arity: 1, Fn: lineFact}
	st := traceOf(t, func() Term { return lineTail(nil, fact, BoxInt(1)) })
	if want := frame("fact", "fact", 1, "fact.erl", 7); len(st) != 1 || !ExactEqual(st[0], want) {
		t.Errorf("callee raised: trace %v, want [%v]", List(st...), want)
	}
	st = traceOf(t, func() Term { return lineTail(nil, BoxInt(3), BoxInt(1)) })
	if want := frame("tail", "f", 2, "tail.erl", 4); len(st) != 1 || !ExactEqual(st[0], want) {
		t.Errorf("badfun: trace %v, want [%v]", List(st...), want)
	}
	elem := ExternalFun(AtomErlang, Intern("hd"), 1)
	st = traceOf(t, func() Term { return lineTail(nil, elem, BoxInt(1)) })
	if len(st) != 2 || !isTag(st[0], AtomErlang, 4) || !ExactEqual(st[1], frame("tail", "f", 2, "tail.erl", 4)) {
		t.Errorf("BIF raised: trace %v, want [{erlang,hd,[1],...}, tail:f/2]", List(st...))
	}
}

// apply/2 has no frame of its own: the trace goes from the applied
// function to apply's caller.
func TestStackApplyHasNoFrame(t *testing.T) {
	fact := &Fun{Module: Intern("fact"), Name: Intern("fact"), Arity: 1, Fn: lineFact}
	st := traceOf(t, func() Term { return ErlangApply2(nil, fact, List(BoxInt(1))) })
	if want := frame("fact", "fact", 1, "fact.erl", 7); len(st) != 1 || !ExactEqual(st[0], want) {
		t.Errorf("trace %v, want [%v]", List(st...), want)
	}
}

// Operators that fail put their entry on top, except where BEAM computes
// them in line: X + C and X - C with a small constant C >= 0, and +X.
func TestStackOperatorEntry(t *testing.T) {
	x := Intern("x")
	info := List(NewTuple(atomErrorInfo, NewMap(atomModule, atomErlErtsErrors)))
	for _, c := range []struct {
		name string
		op   func() Term
		head Term // nil: no operator entry
	}{
		{"x * 2", func() Term { return Mul(x, BoxInt(2)) }, NewTuple(AtomErlang, Intern("*"), List(x, BoxInt(2)), info)},
		{"x + Y", func() Term { return Add(x, BoxInt(1)) }, NewTuple(AtomErlang, Intern("+"), List(x, BoxInt(1)), info)},
		{"1 - x", func() Term { return Sub(BoxInt(1), x) }, NewTuple(AtomErlang, Intern("-"), List(BoxInt(1), x), info)},
		{"x + 1", func() Term { return AddInt(x, 1) }, nil},
		{"x - 1", func() Term { return SubInt(x, 1) }, nil},
		{"x - -1", func() Term { return SubInt(x, -1) }, NewTuple(AtomErlang, Intern("-"), List(x, BoxInt(-1)), info)},
		{"x + 2^59", func() Term { return AddInt(x, 1<<59) }, NewTuple(AtomErlang, Intern("+"), List(x, BoxInt(1<<59)), info)},
		{"7 div 0", func() Term { return IntDiv(BoxInt(7), BoxInt(0)) }, NewTuple(AtomErlang, Intern("div"), List(BoxInt(7), BoxInt(0)), info)},
		{"-x", func() Term { return Neg(x) }, NewTuple(AtomErlang, Intern("-"), List(x), info)},
		{"+x", func() Term { return Plus(x) }, nil},
		{"1 / 0", func() Term { return FDiv(BoxInt(1), BoxInt(0)) }, nil},
		{"1 bsl x", func() Term { return Bsl(BoxInt(1), x) }, NewTuple(AtomErlang, Intern("bsl"), List(BoxInt(1), x), info)},
		{"x band 1", func() Term { return Band(x, BoxInt(1)) }, NewTuple(AtomErlang, Intern("band"), List(x, BoxInt(1)), info)},
		{"1e300 * 1e300", func() Term { return Mul(Float(1e300), Float(1e300)) },
			NewTuple(AtomErlang, Intern("*"), List(Float(1e300), Float(1e300)), info)},
	} {
		st := traceOf(t, c.op)
		switch {
		case c.head == nil && len(st) > 0:
			t.Errorf("%s: trace %v, want no operator entry", c.name, List(st...))
		case c.head != nil && (len(st) == 0 || !ExactEqual(st[0], c.head)):
			t.Errorf("%s: trace %v, want %v on top", c.name, List(st...), c.head)
		}
	}
}
