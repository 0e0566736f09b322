package rt

import (
	"fmt"
	"strings"
)

// EUnit under `go test`: the _test.go file that `erl2go gen -tests` writes
// calls EunitGoTest, which runs the modules' tests with every group and
// test wrapped in t.Run, so that go test lists, filters (-run) and
// reports them one by one.

// EunitT is the part of *testing.T that EunitGoTest uses; rt does not
// import package testing.
type EunitT[T any] interface {
	Run(name string, f func(T)) bool
	Errorf(format string, args ...any)
	Helper()
}

// EunitGoTest runs the EUnit tests of the modules, each module a subtest of
// t, each generator and titled group a subtest of its module, each test a
// subtest named after its function, title or line.
func EunitGoTest[T EunitT[T]](t T, modules ...string) {
	mods := make([]Term, len(modules))
	for i, m := range modules {
		mods[i] = Intern(m)
	}
	EunitRun(List(mods...), &goTestHooks[T]{stack: []T{t}})
	Flush()
}

// goTestHooks turns groups and tests into subtests of the innermost t.
type goTestHooks[T EunitT[T]] struct {
	stack []T
}

func (h *goTestHooks[T]) top() T { return h.stack[len(h.stack)-1] }

// Group runs an unnamed group in the current subtest, a named one in a
// subtest of its own; a cancelled group is an error of that subtest.
func (h *goTestHooks[T]) Group(g *EunitGroup, body func() *EunitCancel) {
	name := g.Name
	if name == "" {
		name = g.Desc
	}
	if name == "" {
		reportCancel(h.top(), body())
		return
	}
	h.top().Run(goTestSafe(name), func(t T) {
		h.stack = append(h.stack, t)
		defer func() { h.stack = h.stack[:len(h.stack)-1] }()
		reportCancel(t, body())
	})
}

// reportCancel fails t for a group that could not run; a group ended by
// an inner one (the inner one failed already) or by a timed-out test adds
// nothing.
func reportCancel[T EunitT[T]](t T, c *EunitCancel) {
	if c != nil && c.Reason != nil && c.Reason != atomBlame {
		t.Errorf("%s", eunitFormatError(c.Reason))
	}
}

// Test runs one test as a subtest and reports a failure at the test's
// Erlang file and line, with EUnit's text.
func (h *goTestHooks[T]) Test(tt *EunitTest, run func() EunitResult) {
	h.top().Run(goTestSafe(goTestName(tt)), func(t T) {
		res := run()
		switch res.Status {
		case EunitFailed:
			file, line := eunitWhere(tt, res.Exc)
			t.Errorf("%s:%d: %s%s", file, line, eunitFormatException(res.Exc), goTestOutput(res.Output))
		case EunitCancelled:
			t.Errorf("%s: timed out", tt.Name)
		case EunitSkipped:
			t.Errorf("%s: did not run: %s", tt.Name, Sprintf("~tp", res.Reason))
		}
	})
}

// goTestName names a test's subtest: the function of a {M, F} test, else
// the title, else the line ("line_12"), else the fun's name.
func goTestName(tt *EunitTest) string {
	switch {
	case tt.Line == 0 && !strings.HasPrefix(tt.Name, "-"):
		return tt.Name
	case tt.Desc != "":
		return tt.Desc
	case tt.Line != 0:
		return fmt.Sprintf("line_%d", tt.Line)
	}
	return tt.Name
}

// goTestSafe keeps a title such as "10 2 /" one level of a -run pattern,
// which splits at slashes.
func goTestSafe(name string) string {
	return strings.ReplaceAll(name, "/", "_")
}

// eunitWhere is the Erlang file and line to blame for a failure: the
// {line, L} of an assertion's failure term, else the test's line, else the
// first frame of the test's module in the stack trace.
func eunitWhere(tt *EunitTest, e *Exception) (string, int) {
	file, line := tt.Module+".erl", tt.Line
	frames, _ := ListToSlice(e.Stacktrace())
	for _, fr := range frames {
		t, ok := fr.(*Tuple)
		if ok && len(t.Elems) == 4 && t.Elems[0] == Intern(tt.Module) {
			f, l := frameLocation(t.Elems[3])
			if f != "" {
				file = f
			}
			if line == 0 {
				line = l
			}
			break
		}
	}
	if l := assertionLine(e.Reason); l != 0 {
		line = l
	}
	return file, line
}

// frameLocation reads {file, F} and {line, L} of a stack frame.
func frameLocation(loc Term) (string, int) {
	file, line := "", 0
	elems, _ := ListToSlice(loc)
	for _, e := range elems {
		if t, ok := e.(*Tuple); ok && len(t.Elems) == 2 {
			if s, ok := ListToString(t.Elems[1]); ok && t.Elems[0] == Intern("file") {
				file = s
			}
			if n, ok := IntOf(t.Elems[1]); ok && t.Elems[0] == Intern("line") {
				line = int(n)
			}
		}
	}
	return file, line
}

// assertionLine is L of {Name, [{module, M}, {line, L} | _]}, or 0.
func assertionLine(reason Term) int {
	t, ok := reason.(*Tuple)
	if !ok || len(t.Elems) != 2 {
		return 0
	}
	info, _ := ListToSlice(t.Elems[1])
	for _, i := range info {
		if p, ok := i.(*Tuple); ok && len(p.Elems) == 2 && p.Elems[0] == Intern("line") {
			if n, ok := IntOf(p.Elems[1]); ok {
				return int(n)
			}
		}
	}
	return 0
}

func goTestOutput(out []byte) string {
	if len(out) == 0 {
		return ""
	}
	return "output:\n" + string(out)
}
