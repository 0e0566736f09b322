package rt

import (
	"time"
)

// EUnit: running test representations as eunit:test/2 does on BEAM.
//
// The runner walks a test representation (eunit_data's grammar: funs,
// {Line, Fun}, {Title, Tests}, deep lists, {generator, F}, {setup, ...},
// {foreach, ...}, {timeout, T, Tests}, {inorder|inparallel|spawn, ...},
// {with, X, Fs}, {module, M}, {M, F}, module names) and expands generators
// as it reaches them, so output order is BEAM's. It does not print: it hands
// each group and test to EunitHooks, which may wrap them (the tty report
// prints around them; a Go test wraps each in t.Run). Counting is the
// runner's, so both ways agree on the summary.
//
// Each test runs in its own goroutine so that a test that does not end
// within its timeout (5 s unless {timeout, T, ...} says otherwise) can be
// abandoned, as BEAM kills the test process. Processes follow BEAM's: the
// tests and generators of a module share one Process (self() and the
// process dictionary carry over); a fixture's setup and cleanup run in it
// and its tests in a new one unless the fixture is local; {spawn, T} runs
// T in a new one. While a test runs, standard output is captured and
// shown only when the test fails (`output:<<"...">>`), as EUnit's group
// leader does; the user device is not captured.
//
// Cancellation follows eunit too: a failed setup, instantiation or cleanup
// cancels its fixture only; a failed generator, a bad test, a test or a
// group that timed out end the enclosing groups as well (EunitCancel.up).
// Stack traces end in eunit's frames (eunit_frames.go).

// EunitTest is one test as the report shows it.
type EunitTest struct {
	Module string // module of the test's source
	Name   string // function name: F of {M, F}, or a fun's name
	Arity  int
	Line   int    // 0 when unknown
	Desc   string // the title given with {Title, Test}, or ""
	fn     func(p *Process) Term
	mf     bool // an {M, F} test, which BEAM calls through mf_wrapper
}

// EunitGroup is a group of tests: a module, a titled list, a fixture.
type EunitGroup struct {
	Desc string // "module 'm'", a title, or ""
	Name string // for Go subtests: the module or generator function, or ""
	// Virtual marks a group eunit does not have (the tests of a generator
	// function, grouped for go test); the tty report ignores it.
	Virtual bool
}

// EunitStatus is how a test ended.
type EunitStatus int

const (
	EunitOK        EunitStatus = iota
	EunitFailed                // an exception: Exc is set
	EunitSkipped               // e.g. no such function: Reason is set
	EunitCancelled             // e.g. timed out: Reason is set
)

// EunitResult is what running one test gave.
type EunitResult struct {
	Status  EunitStatus
	Exc     *Exception
	Reason  Term   // skip or cancel reason, as eunit's: timeout, {no_such_function, MFA}; nil when its group timed out
	Output  []byte // what the test wrote to standard output
	Elapsed time.Duration
}

// EunitCancel says why a group's tests did not (all) run: the setup,
// instantiation or cleanup failed, a generator failed, or a test
// representation was bad. Reason is eunit's term: {setup_failed, {C, R, S}},
// {generator_failed, {{M, F, A}, {C, R, S}}}, {bad_test, T}, ...
type EunitCancel struct {
	Reason Term // nil when an inner group's cancellation ended this one
	// up counts the groups the cancellation ends silently before the one
	// that reports it: eunit reports a failed generator in the group
	// around the one whose tests it was producing.
	up int
}

// aborts reports whether the cancellation ends the enclosing groups too:
// a failed generator, a bad test, a test that timed out (blame) do; a
// failed setup, instantiation or cleanup only ends its own fixture.
func (c *EunitCancel) aborts() bool {
	t, ok := c.Reason.(*Tuple)
	if !ok {
		return true
	}
	switch t.Elems[0] {
	case atomSetupFailed, atomCleanupFailed, atomInstFailed, atomModNotFound:
		return false
	}
	return true
}

// EunitHooks wrap the groups and tests of a run. Group must call body once
// and return what it returns; Test must call run at most once (not calling
// it skips the test, as `go test -run` does).
type EunitHooks interface {
	Group(g *EunitGroup, body func() *EunitCancel)
	Test(t *EunitTest, run func() EunitResult)
}

// EunitCounts are the numbers the summary prints.
type EunitCounts struct {
	Pass, Fail, Skip, Cancel int
}

// eunitDefaultTimeout is EUnit's limit for one test.
const eunitDefaultTimeout = 5 * time.Second

// eunitRunner holds the state of one run.
type eunitRunner struct {
	hooks   EunitHooks
	p       *Process
	timeout time.Duration
	counts  EunitCounts
	parent  string // Name/Arity of the generator whose tests are being run
	depth   int    // the number of groups around the current test
	// deadline is when the innermost {timeout, T, Group} around the
	// current test ends; zero when there is none.
	deadline time.Time
	// parallel is set inside {inparallel, ...}: BEAM runs each of those
	// tests in a process of its own, so their traces are shorter.
	parallel bool
}

// EunitRun runs the tests that spec describes (eunit:test/2's first
// argument) through hooks and returns the counts.
func EunitRun(spec Term, hooks EunitHooks) EunitCounts {
	r := &eunitRunner{hooks: hooks, p: NewProcess(), timeout: eunitDefaultTimeout}
	r.top(spec)
	return r.counts
}

// top runs the whole spec as eunit's outermost group, which has no title.
func (r *eunitRunner) top(spec Term) {
	r.group("", "", func() *EunitCancel { return r.tests(spec, "") })
}

// group runs body as a group with the given description, counting a
// cancellation.
//
// A cancellation that aborts (see EunitCancel.aborts) ends the enclosing
// groups too, as eunit cancels a group whose iteration failed and every
// group around it: group returns it, silenced, for its caller to pass on.
func (r *eunitRunner) group(desc, name string, body func() *EunitCancel) *EunitCancel {
	var abort *EunitCancel
	r.hooks.Group(&EunitGroup{Desc: desc, Name: name}, func() *EunitCancel {
		r.depth++
		c := body()
		r.depth--
		if c == nil {
			return nil
		}
		r.counts.Cancel++
		if c.up > 0 {
			abort = &EunitCancel{Reason: c.Reason, up: c.up - 1}
			return &EunitCancel{}
		}
		switch {
		case c.Reason == atomTimeout: // as a test that timed out blames its group
			abort = &EunitCancel{Reason: atomBlame, up: 1}
		case c.aborts():
			abort = &EunitCancel{}
		}
		return c
	})
	return abort
}

// virtualGroup runs body in a group of its own for Go tests only; what it
// returns passes through unchanged.
func (r *eunitRunner) virtualGroup(name string, body func() *EunitCancel) *EunitCancel {
	var c *EunitCancel
	r.hooks.Group(&EunitGroup{Name: name, Virtual: true}, func() *EunitCancel {
		c = body()
		return c
	})
	return c
}

// test runs one test through the hooks and counts its result. A test that
// timed out cancels its group ({blame, ...} in eunit).
func (r *eunitRunner) test(t *EunitTest) *EunitCancel {
	var blame *EunitCancel
	r.hooks.Test(t, func() EunitResult {
		res := r.runTest(t)
		switch res.Status {
		case EunitOK:
			r.counts.Pass++
		case EunitFailed:
			r.counts.Fail++
		case EunitSkipped:
			r.counts.Skip++
		case EunitCancelled:
			r.counts.Cancel++
			blame = &EunitCancel{Reason: atomBlame, up: 1}
			if res.Reason == nil { // its group timed out: the group says so
				blame = &EunitCancel{Reason: atomTimeout}
			}
		}
		return res
	})
	return blame
}

// runTest runs t's function in a goroutine of its own, capturing output,
// and waits at most r.timeout for it.
func (r *eunitRunner) runTest(t *EunitTest) EunitResult {
	capture := startCapture()
	start := time.Now()
	done := make(chan *Exception, 1)
	p, depth := r.p, r.depth
	if r.parallel {
		depth = 0
	}
	go func() {
		_, exc := Try(func() Term { return eunitChain(p, depth, t.mf, t.fn) })
		done <- exc
	}()
	wait, reason := r.timeout, Term(atomTimeout)
	if left := time.Until(r.deadline); !r.deadline.IsZero() && left < wait {
		wait, reason = left, nil // the group's time runs out first
	}
	var res EunitResult
	select {
	case exc := <-done:
		if exc != nil {
			res = EunitResult{Status: EunitFailed, Exc: exc}
		}
	case <-time.After(wait):
		// The abandoned goroutine still owns p: later tests get a new process.
		r.p = NewProcess()
		res = EunitResult{Status: EunitCancelled, Reason: reason}
	}
	res.Elapsed = time.Since(start)
	res.Output = capture.stop()
	return res
}

var (
	atomTimeout         = Intern("timeout")
	atomBlame           = Intern("blame")
	atomEuLocal         = Intern("local")
	atomGenerator       = Intern("generator")
	atomSetup           = Intern("setup")
	atomForeach         = Intern("foreach")
	atomForeachx        = Intern("foreachx")
	atomInorder         = Intern("inorder")
	atomInparallel      = Intern("inparallel")
	atomSpawn           = Intern("spawn")
	atomWith            = Intern("with")
	atomNode            = Intern("node")
	atomBadTest         = Intern("bad_test")
	atomSetupFailed     = Intern("setup_failed")
	atomCleanupFailed   = Intern("cleanup_failed")
	atomInstFailed      = Intern("instantiation_failed")
	atomGeneratorFailed = Intern("generator_failed")
	atomModNotFound     = Intern("module_not_found")
)

// RunEunit runs the tests of spec as eunit:test(Spec, Options) does,
// printing eunit's tty report to standard output, and reports whether all
// passed.
func RunEunit(spec Term, verbose bool) bool {
	tty := &EunitTTY{Verbose: verbose, write: WriteString}
	if verbose {
		tty.write("======================== EUnit ========================\n")
	}
	c := EunitRun(spec, tty)
	tty.write(eunitSummary(c, verbose))
	Flush()
	return c.Fail == 0 && c.Skip == 0 && c.Cancel == 0
}

// EunitTest2 is eunit:test(Spec, Options); of the options only verbose is
// read. It returns ok or error.
func EunitTest2(p *Process, spec, opts Term) Term {
	verbose := false
	elems, _ := ListToSlice(opts)
	for _, o := range elems {
		if o == atomVerbose || o == NewTuple(atomVerbose, True) {
			verbose = true
		}
	}
	if RunEunit(spec, verbose) {
		return Ok
	}
	return AtomError
}

// EunitTest1 is eunit:test(Spec).
func EunitTest1(p *Process, spec Term) Term { return EunitTest2(p, spec, Nil{}) }

var atomVerbose = Intern("verbose")

func init() {
	RegisterModule("eunit", Export("test", 1, EunitTest1), Export("test", 2, EunitTest2))
}
