package rt

import (
	"strings"
	"testing"
	"time"
)

// eunitLog collects what test representations built in Go do, in order.
type eunitLog []string

func (l *eunitLog) fun0(what string, fail bool) *Fun {
	return NewFun(Intern("m"), 0, 0, 0, nil, func(p *Process) Term {
		*l = append(*l, what)
		if fail {
			Error(Intern(what))
		}
		return Ok
	})
}

func (l *eunitLog) fun1(what string, result func(Term) Term) *Fun {
	return NewFun(Intern("m"), 0, 0, 1, nil, func(p *Process, x Term) Term {
		*l = append(*l, what)
		return result(x)
	})
}

// runEunit runs spec with the tty report into a string.
func runEunit(spec Term, verbose bool) (string, EunitCounts) {
	var out strings.Builder
	tty := &EunitTTY{Verbose: verbose, write: func(s string) { out.WriteString(s) }}
	c := EunitRun(spec, tty)
	out.WriteString(eunitSummary(c, verbose))
	return out.String(), c
}

func TestEunitSetupOrder(t *testing.T) {
	var log eunitLog
	setup := NewFun(Intern("m"), 0, 0, 0, nil, func(p *Process) Term { log = append(log, "setup"); return BoxInt(7) })
	inst := log.fun1("inst", func(x Term) Term {
		return List(log.fun0("t1", false), log.fun0("t2", false))
	})
	cleanup := log.fun1("cleanup", func(Term) Term { return Ok })
	_, c := runEunit(NewTuple(atomSetup, setup, cleanup, inst), false)
	if got := strings.Join(log, " "); got != "setup inst t1 t2 cleanup" {
		t.Errorf("order: %s", got)
	}
	if c != (EunitCounts{Pass: 2}) {
		t.Errorf("counts %+v", c)
	}
}

func TestEunitForeach(t *testing.T) {
	var log eunitLog
	setup := log.fun0("s", false)
	cleanup := log.fun1("c", func(Term) Term { return Ok })
	i1 := log.fun1("i1", func(Term) Term { return log.fun0("t1", false) })
	i2 := log.fun1("i2", func(Term) Term { return log.fun0("t2", true) })
	out, c := runEunit(NewTuple(atomForeach, setup, cleanup, List(i1, i2)), false)
	if got := strings.Join(log, " "); got != "s i1 t1 c s i2 t2 c" {
		t.Errorf("order: %s", got)
	}
	if c != (EunitCounts{Pass: 1, Fail: 1}) || !strings.Contains(out, "**error:t2\n") ||
		!strings.HasSuffix(out, "  Failed: 1.  Skipped: 0.  Passed: 1.\n") {
		t.Errorf("counts %+v, report:\n%s", c, out)
	}
}

func TestEunitTitlesAndWith(t *testing.T) {
	var log eunitLog
	check := log.fun1("with", func(x Term) Term {
		if x != BoxInt(5) {
			Error(Intern("not_five"))
		}
		return Ok
	})
	spec := List(NewTuple(Str("single"), NewTuple(BoxInt(12), log.fun0("titled", true))),
		NewTuple(atomWith, BoxInt(5), List(check)))
	out, c := runEunit(spec, true)
	if c != (EunitCounts{Pass: 1, Fail: 1}) {
		t.Errorf("counts %+v", c)
	}
	if !strings.Contains(out, "m:12: -fun-0- (single)...*failed*") {
		t.Errorf("the title and line are not on the test:\n%s", out)
	}
}

func TestEunitTimeout(t *testing.T) {
	slow := NewFun(Intern("m"), 0, 0, 0, nil, func(p *Process) Term { time.Sleep(time.Second); return Ok })
	out, c := runEunit(NewTuple(atomTimeout, Float(0.05), slow), false)
	if c.Cancel == 0 || !strings.Contains(out, "*timed out*") || !strings.Contains(out, "One or more tests were cancelled.") {
		t.Errorf("counts %+v, report:\n%s", c, out)
	}
}

func TestEunitSetupFails(t *testing.T) {
	var log eunitLog
	spec := List(NewTuple(atomSetup, log.fun0("setup", true), log.fun0("never", false)), log.fun0("after", false))
	out, c := runEunit(spec, false)
	if got := strings.Join(log, " "); got != "setup after" {
		t.Errorf("order: %s", got)
	}
	if c.Pass != 1 || c.Cancel == 0 || !strings.Contains(out, "*** context setup failed ***\n**") {
		t.Errorf("counts %+v, report:\n%s", c, out)
	}
}

func TestEunitBadTest(t *testing.T) {
	out, c := runEunit(List(NewTuple(Intern("not_a_test"))), false)
	if c.Cancel == 0 || !strings.Contains(out, "*** bad test descriptor ***\n**{not_a_test}") {
		t.Errorf("counts %+v, report:\n%s", c, out)
	}
}

func TestEunitSummary(t *testing.T) {
	for _, tc := range []struct {
		c    EunitCounts
		want string
	}{
		{EunitCounts{}, "  There were no tests to run.\n"},
		{EunitCounts{Pass: 1}, "  Test passed.\n"},
		{EunitCounts{Pass: 2}, "  2 tests passed.\n"},
		{EunitCounts{Pass: 3}, "  All 3 tests passed.\n"},
		{EunitCounts{Pass: 3, Fail: 1}, eunitBar + "  Failed: 1.  Skipped: 0.  Passed: 3.\n"},
	} {
		if got := eunitSummary(tc.c, false); got != tc.want {
			t.Errorf("%+v: got %q, want %q", tc.c, got, tc.want)
		}
	}
}

func TestEunitCall(t *testing.T) {
	for _, tc := range []struct {
		m, f string
		args Term
		want string
	}{
		{"erlang", "+", List(BoxInt(1), Intern("foo")), "1 + foo"},
		{"erlang", "-", List(BoxInt(1)), "- 1"},
		{"erlang", "not", List(BoxInt(1)), "not 1"},
		{"erlang", "element", List(BoxInt(5), NewTuple()), "element(5,{})"},
		{"lists", "+", List(BoxInt(1), BoxInt(2)), "'+'(1,2)"},
	} {
		if got := eunitCall(Intern(tc.m), Intern(tc.f), tc.args); got != tc.want {
			t.Errorf("%s:%s: got %q, want %q", tc.m, tc.f, got, tc.want)
		}
	}
}

func TestEunitCallNoArgs(t *testing.T) {
	if got := eunitCall(AtomErlang, Intern("self"), Nil{}); got != "self()" {
		t.Errorf("got %q", got)
	}
}
