package rt

// The frames of eunit's test process, in Go. A test runs below a chain of
// Go functions registered as the eunit functions BEAM runs it under, each
// calling the next on a line marked with the line of BEAM's call, so that
// a failing test's stack trace (and a failure term that holds one, such
// as assertException's unexpected_exception) ends in the frames BEAM
// shows:
//
//	eunit_test:run_testfun/1 (eunit_test.erl, line 71)
//	eunit_proc:run_test/1 (eunit_proc.erl, line 531)
//	eunit_proc:with_timeout/3 (eunit_proc.erl, line 356)
//	eunit_proc:handle_test/2 (eunit_proc.erl, line 514)
//	eunit_proc:tests_inorder/3, with_timeout/3, run_group/2, once per group
//	eunit_proc:child_process/2 (eunit_proc.erl, line 374)
//
// The line comments below set the positions the Go runtime reports; they
// apply to the call that follows each.

// eunitBody is what runs at the top of the chain: the test itself.
type eunitBody func(p *Process) Term

// eunitChain runs test below the frames of a test in depth groups; mf
// adds the frame of eunit_test:mf_wrapper/2's fun, which calls an {M, F}
// test.
func eunitChain(p *Process, depth int, mf bool, test eunitBody) Term {
	if mf {
		inner := test
		test = func(p *Process) Term { return eunitMfWrapperFun(p, inner) }
	}
	return eunitChildProcess(p, depth, test)
}

// eunitChildProcess is the bottom of a test process: a group's, or with
// depth 0 a test's of its own (the tests of an inparallel group).
func eunitChildProcess(p *Process, depth int, test eunitBody) Term {
	if depth == 0 {
		return /*line eunit_proc.erl:374*/ eunitHandleTest(p, test)
	}
	return /*line eunit_proc.erl:374*/ eunitRunGroup(p, depth, test)
}

func eunitRunGroup(p *Process, depth int, test eunitBody) Term {
	return /*line eunit_proc.erl:570*/ eunitWithTimeoutGroup(p, depth, test)
}

func eunitWithTimeoutGroup(p *Process, depth int, test eunitBody) Term {
	return /*line eunit_proc.erl:346*/ eunitTestsInorder(p, depth, test)
}

func eunitTestsInorder(p *Process, depth int, test eunitBody) Term {
	if depth > 1 {
		return /*line eunit_proc.erl:456*/ eunitRunGroup(p, depth-1, test)
	}
	return /*line eunit_proc.erl:456*/ eunitHandleTest(p, test)
}

func eunitHandleTest(p *Process, test eunitBody) Term {
	return /*line eunit_proc.erl:514*/ eunitWithTimeoutTest(p, test)
}

func eunitWithTimeoutTest(p *Process, test eunitBody) Term {
	return /*line eunit_proc.erl:356*/ eunitRunTest(p, test)
}

func eunitRunTest(p *Process, test eunitBody) Term {
	return /*line eunit_proc.erl:531*/ eunitRunTestfun(p, test)
}

func eunitRunTestfun(p *Process, test eunitBody) Term {
	return /*line eunit_test.erl:71*/ test(p)
}

func eunitMfWrapperFun(p *Process, test eunitBody) Term {
	return /*line eunit_test.erl:273*/ test(p)
}

// eunitGenerator runs a generator below the frames BEAM calls one under
// when it reaches it while iterating a group's tests.
func eunitGenerator(p *Process, mf bool, gen eunitBody) Term {
	if mf {
		inner := gen
		gen = func(p *Process) Term { return eunitMfWrapperFun(p, inner) }
	}
	return eunitTestsInorderNext(p, gen)
}

func eunitTestsInorderNext(p *Process, gen eunitBody) Term {
	return /*line eunit_proc.erl:454*/ eunitGetNextItem(p, gen)
}

func eunitGetNextItem(p *Process, gen eunitBody) Term {
	return /*line eunit_proc.erl:490*/ eunitIterNext(p, gen)
}

func eunitIterNext(p *Process, gen eunitBody) Term {
	return /*line eunit_data.erl:134*/ eunitDataNext(p, gen)
}

func eunitDataNext(p *Process, gen eunitBody) Term {
	return /*line eunit_data.erl:174*/ eunitDataParse(p, gen)
}

func eunitDataParse(p *Process, gen eunitBody) Term {
	return /*line eunit_data.erl:241*/ eunitRunTestfun(p, gen)
}

func init() {
	for _, f := range []struct {
		fn    any
		mod   string
		name  string
		arity int
	}{
		{eunitChildProcess, "eunit_proc", "child_process", 2},
		{eunitRunGroup, "eunit_proc", "run_group", 2},
		{eunitWithTimeoutGroup, "eunit_proc", "with_timeout", 3},
		{eunitTestsInorder, "eunit_proc", "tests_inorder", 3},
		{eunitHandleTest, "eunit_proc", "handle_test", 2},
		{eunitWithTimeoutTest, "eunit_proc", "with_timeout", 3},
		{eunitRunTest, "eunit_proc", "run_test", 1},
		{eunitRunTestfun, "eunit_test", "run_testfun", 1},
		{eunitMfWrapperFun, "eunit_test", "-mf_wrapper/2-fun-0-", 2},
		{eunitTestsInorderNext, "eunit_proc", "tests_inorder", 3},
		{eunitGetNextItem, "eunit_proc", "get_next_item", 1},
		{eunitIterNext, "eunit_data", "iter_next", 1},
		{eunitDataNext, "eunit_data", "next", 2},
		{eunitDataParse, "eunit_data", "parse", 2},
	} {
		RegisterFunc(f.fn, f.mod, f.name, f.arity)
	}
}
