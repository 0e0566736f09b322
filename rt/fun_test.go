package rt

import "testing"

func testDouble(p *Process, x Term) Term { return Mul(x, BoxInt(Int(2))) }

func testSum3(p *Process, args []Term) Term { return Add(Add(args[0], args[1]), args[2]) }

func testFail(p *Process, x Term) Term { return FunctionClause(x) }

func init() {
	RegisterModule("rt_test_mod",
		Export("double", 1, testDouble),
		Export("sum3", 3, testSum3),
		Local("fail", 1, testFail))
}

func TestApply(t *testing.T) {
	p := NewProcess()
	m := Intern("rt_test_mod")
	if got := Apply(p, m, Intern("double"), []Term{BoxInt(Int(21))}); got != BoxInt(Int(42)) {
		t.Errorf("double(21) = %v", got)
	}
	if got := Apply(p, m, Intern("sum3"), []Term{BoxInt(Int(1)), BoxInt(Int(2)), BoxInt(Int(3))}); got != BoxInt(Int(6)) {
		t.Errorf("sum3 = %v", got)
	}
	if !FunctionExported(m, Intern("double"), 1) || FunctionExported(m, Intern("fail"), 1) {
		t.Error("function_exported")
	}
	// erl: catch nomod:foo(1,2) -> {'EXIT',{undef,[{nomod,foo,[1,2],[]}|_]}}
	_, e := Try(func() Term { return Apply(p, Intern("nomod"), Intern("foo"), []Term{BoxInt(Int(1)), BoxInt(Int(2))}) })
	if e == nil || e.Reason != AtomUndef {
		t.Fatalf("undef: %v", e)
	}
	head := e.Stacktrace().(*Cons).Head
	want := NewTuple(Intern("nomod"), Intern("foo"), List(BoxInt(Int(1)), BoxInt(Int(2))), Nil{})
	if !ExactEqual(head, want) {
		t.Errorf("undef stack head %v", head)
	}
}

func TestCallFun(t *testing.T) {
	p := NewProcess()
	f := NewFun(Intern("m"), 0, 0, 1, nil, func(p *Process, x Term) Term { return Add(x, BoxInt(Int(1))) })
	if got := CallFun1(p, f, BoxInt(Int(1))); got != BoxInt(Int(2)) {
		t.Errorf("CallFun1 = %v", got)
	}
	if got := CallFun(p, f, BoxInt(Int(5))); got != BoxInt(Int(6)) {
		t.Errorf("CallFun = %v", got)
	}
	ext := ExternalFun(Intern("rt_test_mod"), Intern("double"), 1)
	if got := CallFun1(p, ext, BoxInt(Int(4))); got != BoxInt(Int(8)) {
		t.Errorf("external fun = %v", got)
	}
	// erl: catch (F)(1,2) -> {'EXIT',{{badarity,{F,[1,2]}},_}}; catch (3)(1) -> {badfun,3}
	_, e := Try(func() Term { return CallFun2(p, f, BoxInt(Int(1)), BoxInt(Int(2))) })
	want := NewTuple(AtomBadarity, NewTuple(f, List(BoxInt(Int(1)), BoxInt(Int(2)))))
	if e == nil || !ExactEqual(e.Reason, want) {
		t.Errorf("badarity: %v", e)
	}
	_, e = Try(func() Term { return CallFun1(p, BoxInt(Int(3)), BoxInt(Int(1))) })
	if e == nil || !ExactEqual(e.Reason, NewTuple(AtomBadfun, BoxInt(Int(3)))) {
		t.Errorf("badfun: %v", e)
	}
}

func TestStacktraceNamesRegisteredFrames(t *testing.T) {
	p := NewProcess()
	_, e := Try(func() Term { return testFail(p, BoxInt(Int(7))) })
	if e == nil || e.Reason != AtomFunctionClause {
		t.Fatalf("got %v", e)
	}
	top := e.Stacktrace().(*Cons).Head.(*Tuple)
	if top.At(0) != Intern("rt_test_mod") || top.At(1) != Intern("fail") || !ExactEqual(top.At(2), List(BoxInt(Int(7)))) {
		t.Errorf("top frame %v", top.Elems)
	}
}

func TestCatchValue(t *testing.T) {
	if v := Catch(func() Term { Throw(BoxInt(Int(1))); return nil }); v != BoxInt(Int(1)) {
		t.Errorf("catch throw(1) = %v", v)
	}
	v := Catch(func() Term { Exit(Intern("x")); return nil })
	if !ExactEqual(v, NewTuple(AtomEXIT, Intern("x"))) {
		t.Errorf("catch exit(x) = %v", v)
	}
	v = Catch(func() Term { return Badarg() }).(*Tuple)
	if v.(*Tuple).At(0) != AtomEXIT || v.(*Tuple).At(1).(*Tuple).At(0) != AtomBadarg {
		t.Errorf("catch badarg = %v", v)
	}
	var m map[int]int
	_, e := Try(func() Term { m[1] = 1; return nil }) // a Go runtime panic
	if e == nil || e.Reason.(*Tuple).At(0) != AtomGoPanic {
		t.Errorf("go panic became %v", e)
	}
}
