package rt

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"time"
)

// The report eunit_tty prints, byte for byte where we can: failures with
// their stack trace and term, cancelled groups, the summary; with verbose,
// every group and test.

// eunitDepth is eunit's print_depth for terms in the report.
const eunitDepth = 20

// EunitTTY is the EunitHooks of eunit's default (tty) report. It writes
// with write, which RunEunit points at standard output.
type EunitTTY struct {
	Verbose bool
	write   func(string)
	indent  int
}

// Group prints a titled group's name and time (verbose) and a cancelled
// group's reason.
func (t *EunitTTY) Group(g *EunitGroup, body func() *EunitCancel) {
	if g.Virtual {
		body()
		return
	}
	shown := g.Desc != "" && t.Verbose
	if shown {
		t.printIndent()
		t.write(g.Desc + "\n")
		t.indent++
	}
	start := time.Now()
	c := body()
	switch {
	case c != nil:
		t.cancel(g, c, shown)
	case shown:
		if ms := time.Since(start).Milliseconds(); ms > 0 {
			t.printIndent()
			t.write(fmt.Sprintf("[done in %.3f s]\n", float64(ms)/1000))
		}
		t.indent--
	}
}

// cancel prints why a group did not run, as handle_cancel(group) does:
// eunit lowers the indentation here whether or not the group raised it.
func (t *EunitTTY) cancel(g *EunitGroup, c *EunitCancel, shown bool) {
	if c.Reason != nil {
		if !shown {
			t.printIndent()
			desc := g.Desc
			if desc == "" {
				desc = "undefined"
			}
			t.write(desc + "\n")
		}
		switch c.Reason {
		case atomBlame: // eunit says nothing more for a blamed group
		case atomTimeout:
			t.printIndent()
			t.write("*timed out*\n")
		default:
			t.printIndent()
			t.write(eunitFormatError(c.Reason))
		}
	}
	t.indent--
}

// Test prints a test's line (verbose, or when it fails) and its result.
func (t *EunitTTY) Test(tt *EunitTest, run func() EunitResult) {
	if t.Verbose {
		t.testBegin(tt)
	}
	res := run()
	if res.Status == EunitOK {
		if t.Verbose {
			t.write(eunitTime(res.Elapsed) + "ok\n")
		}
		return
	}
	if !t.Verbose {
		t.testBegin(tt)
	}
	switch res.Status {
	case EunitFailed:
		t.write("*failed*\n" + eunitFormatException(res.Exc) + eunitOutput(res.Output))
	case EunitCancelled:
		if res.Reason == atomTimeout {
			t.write("*timed out*\n")
		} else {
			t.write("*skipped*\n")
		}
	case EunitSkipped:
		t.write("*did not run*\n::" + Sprintf("~tp", res.Reason) + "\n")
	}
}

// testBegin prints "m:L: name (title)..." (print_test_begin).
func (t *EunitTTY) testBegin(tt *EunitTest) {
	t.printIndent()
	line, desc := "", ""
	if tt.Line != 0 {
		line = fmt.Sprintf("%d:", tt.Line)
	}
	if tt.Desc != "" {
		desc = " (" + tt.Desc + ")"
	}
	if tt.Module != "" {
		t.write(tt.Module + ":" + line + " " + tt.Name + desc + "...")
	} else {
		t.write(line + desc + "...")
	}
}

func (t *EunitTTY) printIndent() {
	if t.indent >= 1 {
		t.write(strings.Repeat("  ", t.indent))
	}
}

// eunitTime is "[0.123 s] " for a test that took a millisecond or more.
func eunitTime(d time.Duration) string {
	if ms := d.Milliseconds(); ms > 0 {
		return fmt.Sprintf("[%.3f s] ", float64(ms)/1000)
	}
	return ""
}

// eunitOutput is the captured output after a failure. (eunit_tty means to
// cut it at 800 bytes and to print none as a bare blank line, but its
// patterns are for a binary and the output it gets is a list, so it prints
// all of it, and <<"">> for none.)
func eunitOutput(out []byte) string {
	return "  output:<<\"" + capturedText(out) + "\">>\n\n"
}

// capturedText turns captured output, bytes as the device encoded them
// (Latin-1 unless UnicodeOutput), back into text.
func capturedText(b []byte) string {
	if UnicodeOutput {
		return string(b)
	}
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

// eunitFormatException is eunit_lib:format_exception: the stack trace
// (which ends in eunit's frames: see eunit_frames.go), then **Class:Term.
func eunitFormatException(e *Exception) string {
	frames, _ := ListToSlice(e.Stacktrace())
	return eunitStack(frames) + "**" + e.Class.Name() + ":" + Sprintf("~tP\n", e.Reason, BoxInt(eunitDepth))
}

// eunitStack formats frames as eunit_lib:format_stacktrace does.
func eunitStack(frames []Term) string {
	var b strings.Builder
	pre := "in function"
	for _, fr := range frames {
		t, ok := fr.(*Tuple)
		if !ok || len(t.Elems) != 4 {
			continue
		}
		arity, args := t.Elems[2], Term(nil)
		if _, isInt := IntOf(arity); !isInt {
			args = arity
			arity = BoxInt(Int(ListLen(arity)))
		}
		b.WriteString(Sprintf("~ts ~w:~tw/~w", Str(pre), t.Elems[0], t.Elems[1], arity))
		b.WriteString(eunitLocation(t.Elems[3]) + "\n")
		if args != nil {
			b.WriteString("  called as " + eunitCall(t.Elems[0], t.Elems[1], args) + "\n")
		}
		pre = "in call from"
	}
	return b.String()
}

// eunitLocation is " (file, line N)" when both are known.
func eunitLocation(loc Term) string {
	var file, line Term
	elems, _ := ListToSlice(loc)
	for _, e := range elems {
		if t, ok := e.(*Tuple); ok && len(t.Elems) == 2 {
			switch t.Elems[0] {
			case Intern("file"):
				if file == nil {
					file = t.Elems[1]
				}
			case Intern("line"):
				if line == nil {
					line = t.Elems[1]
				}
			}
		}
	}
	if file == nil || line == nil {
		return ""
	}
	return Sprintf(" (~ts, line ~w)", file, line)
}

// eunitCall is how a call is shown: F(Arg, ...), or A Op B and Op A for
// erlang's operators, each argument printed to depth 15.
func eunitCall(m, f, args Term) string {
	as, _ := ListToSlice(args)
	parts := make([]string, len(as))
	for i, a := range as {
		parts[i] = Sprintf("~tP", a, BoxInt(15))
	}
	op := f.(Atom).Name()
	if n := eunitOps[op]; n != 0 && m == AtomErlang && (n == len(as) || n == 3 && len(as) >= 1 && len(as) <= 2) {
		if len(as) == 1 {
			return op + " " + parts[0]
		}
		return parts[0] + " " + op + " " + parts[1]
	}
	return Sprintf("~tw", f) + "(" + strings.Join(parts, ",") + ")"
}

// eunitOps are erlang's operators by arity (3: both unary and binary),
// which eunit shows in operator form.
var eunitOps = map[string]int{
	"+": 3, "-": 3, "*": 2, "/": 2, "div": 2, "rem": 2, "band": 2, "bor": 2, "bxor": 2, "bsl": 2,
	"bsr": 2, "bnot": 1, "not": 1, "and": 2, "or": 2, "xor": 2, "==": 2, "/=": 2, "=<": 2, "<": 2,
	">=": 2, ">": 2, "=:=": 2, "=/=": 2, "++": 2, "--": 2, "!": 2,
}

// eunitFormatError is eunit_lib:format_error for a cancelled group.
func eunitFormatError(reason Term) string {
	t, ok := reason.(*Tuple)
	if !ok || len(t.Elems) != 2 {
		return eunitErrorMsg("unknown error", Sprintf("~tP", reason, BoxInt(eunitDepth)))
	}
	switch t.Elems[0] {
	case atomSetupFailed:
		return eunitErrorMsg("context setup failed", eunitFormatTriple(t.Elems[1]))
	case atomCleanupFailed:
		return eunitErrorMsg("context cleanup failed", eunitFormatTriple(t.Elems[1]))
	case atomInstFailed:
		return eunitErrorMsg("instantiation of subtests failed", eunitFormatTriple(t.Elems[1]))
	case atomBadTest:
		return eunitErrorMsg("bad test descriptor", Sprintf("~tP", t.Elems[1], BoxInt(eunitDepth)))
	case atomModNotFound:
		return eunitErrorMsg("test module not found", Sprintf("~tp", t.Elems[1]))
	case atomGeneratorFailed:
		g := t.Elems[1].(*Tuple)
		title := Sprintf("test generator ~w:~tw/~w failed", g.Elems[0].(*Tuple).Elems...)
		return eunitErrorMsg(title, eunitFormatTriple(g.Elems[1]))
	}
	return eunitErrorMsg("unknown error", Sprintf("~tP", reason, BoxInt(eunitDepth)))
}

// eunitFormatTriple formats {Class, Reason, Stack} as format_exception does.
func eunitFormatTriple(t Term) string {
	e := t.(*Tuple).Elems
	frames, _ := ListToSlice(e[2])
	return eunitStack(frames) + "**" + e[0].(Atom).Name() + ":" + Sprintf("~tP\n", e[1], BoxInt(eunitDepth))
}

// eunitErrorMsg is "*** Title ***\n**Msg\n\n" (error_msg).
func eunitErrorMsg(title, msg string) string {
	return "*** " + title + " ***\n**" + msg + "\n\n"
}

// eunitSummary is the last lines of the report.
func eunitSummary(c EunitCounts, verbose bool) string {
	if c.Fail == 0 && c.Skip == 0 && c.Cancel == 0 {
		bar := ""
		if verbose {
			bar = eunitBar
		}
		switch c.Pass {
		case 0:
			return "  There were no tests to run.\n"
		case 1:
			return bar + "  Test passed.\n"
		case 2:
			return bar + "  2 tests passed.\n"
		}
		return bar + fmt.Sprintf("  All %d tests passed.\n", c.Pass)
	}
	s := eunitBar + fmt.Sprintf("  Failed: %d.  Skipped: %d.  Passed: %d.\n", c.Fail, c.Skip, c.Pass)
	if c.Cancel != 0 {
		s += "One or more tests were cancelled.\n"
	}
	return s
}

const eunitBar = "=======================================================\n"

// outputCapture holds what standard output received while a test ran.
type outputCapture struct {
	buf   bytes.Buffer
	saved *bufio.Writer
}

// userOut, while a test's output is captured, is where the user device
// still writes: the debug macros write there, past EUnit's capture.
// current is the capture in progress (both are guarded by ioMu).
var (
	userOut *bufio.Writer
	current *outputCapture
)

// startCapture points standard output at a buffer until stop.
func startCapture() *outputCapture {
	c := &outputCapture{}
	ioMu.Lock()
	Stdout.Flush()
	c.saved = Stdout
	userOut = Stdout
	Stdout = bufio.NewWriter(&c.buf)
	current = c
	ioMu.Unlock()
	return c
}

func (c *outputCapture) stop() []byte {
	ioMu.Lock()
	Stdout.Flush()
	Stdout = c.saved
	userOut, current = nil, nil
	ioMu.Unlock()
	return c.buf.Bytes()
}
