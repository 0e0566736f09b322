package rt

import (
	"reflect"
	"runtime"
	"strings"
	"sync"
)

// How Go frames become Erlang stack entries.
//
// The code generator emits `//line file.erl:N` comments, so the file and line
// of a Go frame are those of the Erlang source. The mapping from a Go function
// to Erlang {M, F, A} comes from RegisterFunc, which RegisterModule calls for
// each function it is given; the generator also registers local functions
// and funs this way (a fun's Go closure is named like "pkg.f_1.func2": pass
// the closure value, all closures of one literal share their code). Frames of
// unregistered Go functions, such as the runtime's own helpers, are left out
// of Erlang traces.

type mfa struct {
	mod, fun Atom
	arity    int
	bif      bool // a BIF written in Go: BEAM shows no location for those
}

var stackNames sync.Map // Go function name -> mfa

// RegisterFunc records that the Go function fn is Erlang's mod:fun/arity
// for stack traces.
func RegisterFunc(fn any, mod, fun string, arity int) {
	registerFunc(fn, mfa{Intern(mod), Intern(fun), arity, false})
}

func registerFunc(fn any, e mfa) {
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func || v.IsNil() {
		panic("rt: RegisterFunc needs a function")
	}
	f := runtime.FuncForPC(v.Pointer())
	if f == nil {
		return
	}
	// Closures made by one helper share a Go name; such a name cannot say
	// which Erlang function a frame is, so it is dropped from traces.
	if old, loaded := stackNames.LoadOrStore(f.Name(), e); loaded && old != e {
		stackNames.Store(f.Name(), mfa{})
	}
}

// Stacktrace returns the exception's Erlang stack trace:
// [{Module, Function, ArityOrArgs, [{file, File}, {line, Line}]}].
func (e *Exception) Stacktrace() Term {
	if e.stack == nil {
		e.stack = e.buildStack()
	}
	return e.stack
}

var (
	atomFile  = Intern("file")
	atomLine  = Intern("line")
	atomApply = Intern("apply")
)

func (e *Exception) buildStack() Term {
	var entries []Term
	if e.head != nil {
		entries = append(entries, locate(e.head, e.Reason))
		entries = append(entries, e.under...)
	}
	var frs []runtime.Frame
	for frames := runtime.CallersFrames(e.pcs); ; {
		fr, more := frames.Next()
		frs = append(frs, fr)
		if !more || fr.Function == tryMainName {
			break
		}
	}
	skipRT := e.head != nil // the head already stands for the rt function that raised
	closureOf := ""         // the Go function whose catch or try closure was just reported
	var lastPC uintptr      // the call site of the last entry below the top
	rec := e.rec
	sites := otpSiteEntries()
	for i, fr := range frs {
		if len(entries) >= maxStackDepth {
			break
		}
		caller := ""
		if i+1 < len(frs) {
			caller = frs[i+1].Function
		}
		f, parent, ok := frameMFA(fr.Function, caller)
		site, isSite := sites[fr.Function]
		switch {
		case isSite:
			// A call of OTP's code run in Go (stack_otp.go): BEAM's frames
			// there, if any.
			if len(site) > 0 {
				skipRT = false
				entries = append(entries, site[:min(len(site), maxStackDepth-len(entries))]...)
				lastPC = 0
			}
		case !ok:
		case skipRT && (f.bif || !isErlang(fr.File)):
		case f.bif && f.mod == AtomErlang && f.fun == atomApply:
			// apply/2,3 calls its function in its own place: BEAM's trace has
			// no entry for it (one that raises itself has its head on top).
		case parent != "" && parent == closureOf:
			// One more closure of the function already reported.
		case parent == "" && fr.Function == closureOf:
			// The function whose closure stood for it: BEAM has one frame.
			closureOf = ""
		case len(entries) > 0 && fr.PC == lastPC:
			// A function that called itself from one site: BEAM's trace
			// keeps one of a run of equal return addresses.
		case isTailCall(fr.File) && (len(entries) > 1 || len(entries) == 1 && (e.head == nil || !e.bif)):
			// The function made a tail call, and the callee raised: on BEAM
			// its frame was gone before the callee ran. (A BIF called last
			// raises in its caller's frame, and so does a call that fails
			// before it is made, such as one of a non-fun.)
			if rec != nil && fr.Function == rec.fn {
				entries = append(entries, rec.frames(f, erlangFile(fr.File), maxStackDepth-len(entries))...)
				rec = nil
			}
		default:
			skipRT = false
			closureOf = parent
			if len(entries) > 0 {
				lastPC = fr.PC
			}
			if id := compLevelOf(fr.File); id != 0 && !f.bif {
				// Code of a comprehension (stack_comp.go).
				entries = append(entries, e.compFrames(f, id, erlangFile(fr.File), fr.Line, maxStackDepth-len(entries))...)
			} else {
				entries = append(entries, e.entry(f, fr, len(entries) == 0))
			}
			if rec != nil && fr.Function == rec.fn {
				entries = append(entries, rec.frames(f, erlangFile(fr.File), maxStackDepth-len(entries))...)
				rec, lastPC = nil, 0
			}
		}
		if fr.Function == tryMainName {
			entries = append(entries, evalFrames[:min(len(evalFrames), maxStackDepth-len(entries))]...)
		}
	}
	return List(entries...)
}

var (
	tryName      = runtime.FuncForPC(reflect.ValueOf(Try).Pointer()).Name()
	tryAfterName = runtime.FuncForPC(reflect.ValueOf(TryAfter).Pointer()).Name()
)

// frameMFA returns the Erlang function of the Go function name, called
// from caller. The closure that catch and try run their body (or after
// section) in, called from Try or TryAfter, is not registered: it is part
// of the function or fun around it, returned as parent, and its frame has
// the line where the body raised, where the enclosing frame has only the
// line of the try. Such a closure is named "pkg.f.func1", "pkg.f.func1.2",
// or, when f is inlined into g, "pkg.g.f.func1".
func frameMFA(name, caller string) (f mfa, parent string, ok bool) {
	if v, found := stackNames.Load(name); found {
		f = v.(mfa)
		return f, "", f.mod != (Atom{})
	}
	if caller != tryName && caller != tryAfterName {
		return mfa{}, "", false
	}
	pkgEnd := strings.LastIndexByte(name, '/') + 1
	pkgEnd += strings.IndexByte(name[pkgEnd:], '.') + 1
	for {
		i := strings.LastIndexByte(name, '.')
		if i < pkgEnd || !isClosureSuffix(name[i+1:]) {
			return mfa{}, "", false
		}
		name = name[:i]
		candidates := []string{name}
		if j := strings.LastIndexByte(name, '.'); j >= pkgEnd {
			candidates = append(candidates, name[:pkgEnd]+name[j+1:]) // inlined: pkg.g.f -> pkg.f
		}
		for _, c := range candidates {
			if v, found := stackNames.Load(c); found && v.(mfa).mod != (Atom{}) {
				return v.(mfa), c, true
			}
		}
	}
}

// isClosureSuffix reports whether s is the last part of a Go closure's
// name: "func1" or "2".
func isClosureSuffix(s string) bool {
	s = strings.TrimPrefix(s, "func")
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isErlang reports whether a frame's file is Erlang source (generated code
// carries //line comments), not the runtime's Go.
func isErlang(file string) bool { return strings.HasSuffix(erlangFile(file), ".erl") }

// TailCallMark ends the file name of the line directive that the code
// generator puts on a call in tail position, "m.erl (tail call)": BEAM
// reuses the caller's frame for such a call (last call optimisation), so a
// Go frame stopped there stands for no BEAM frame once the callee runs.
const TailCallMark = " (tail call)"

// isTailCall reports whether a frame's file says it stopped at a tail call.
func isTailCall(file string) bool { return strings.HasSuffix(file, TailCallMark) }

// erlangFile is a frame's file without the tail call mark or the mark of
// a comprehension's level (stack_comp.go).
func erlangFile(file string) string {
	if i := strings.LastIndex(file, compMark); i >= 0 && compLevelOf(file) != 0 {
		return file[:i]
	}
	return strings.TrimSuffix(file, TailCallMark)
}

// Below main, BEAM's traces show the frames of erl -noshell -eval
// 'M:main(), init:stop().', which rt.Main stands for (recorded with erl:
// catch element(5, {1}) in main/0).
var (
	tryMainName = runtime.FuncForPC(reflect.ValueOf(tryMain).Pointer()).Name()
	evalFrames  = []Term{
		NewTuple(Intern("erl_eval"), Intern("do_apply"), BoxInt(7), List(NewTuple(atomFile, Str("erl_eval.erl")), NewTuple(atomLine, BoxInt(744)))),
		NewTuple(Intern("erl_eval"), Intern("exprs"), BoxInt(6), List(NewTuple(atomFile, Str("erl_eval.erl")), NewTuple(atomLine, BoxInt(136)))),
		NewTuple(Intern("init"), Intern("start_it"), BoxInt(1), Nil{}),
		NewTuple(Intern("init"), Intern("start_em"), BoxInt(1), Nil{}),
		NewTuple(Intern("init"), Intern("do_boot"), BoxInt(3), Nil{}),
	}
)

func (e *Exception) entry(f mfa, fr runtime.Frame, top bool) Term {
	var arity Term = BoxInt(Int(f.arity))
	if top && e.args != nil {
		arity = e.args
	}
	if f.bif || !isErlang(fr.File) {
		return NewTuple(f.mod, f.fun, arity, Nil{}) // no Go file of rt's in a trace
	}
	loc := List(NewTuple(atomFile, Str(erlangFile(fr.File))), NewTuple(atomLine, BoxInt(Int(fr.Line))))
	return NewTuple(f.mod, f.fun, arity, loc)
}
