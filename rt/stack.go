package rt

import (
	"reflect"
	"runtime"
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
	atomFile = Intern("file")
	atomLine = Intern("line")
)

func (e *Exception) buildStack() Term {
	var entries []Term
	if e.head != nil {
		entries = append(entries, e.head)
	}
	frames := runtime.CallersFrames(e.pcs)
	skipBIFs := e.head != nil // the head already stands for the BIF that raised
	for len(entries) < maxStackDepth {
		fr, more := frames.Next()
		if v, ok := stackNames.Load(fr.Function); ok && v.(mfa).mod != (Atom{}) && !(skipBIFs && v.(mfa).bif) {
			skipBIFs = false
			entries = append(entries, e.entry(v.(mfa), fr, len(entries) == 0))
		}
		if fr.Function == tryMainName {
			entries = append(entries, evalFrames[:min(len(evalFrames), maxStackDepth-len(entries))]...)
			break
		}
		if !more {
			break
		}
	}
	return List(entries...)
}

// Below main, BEAM's traces show the frames of erl -noshell -eval
// 'M:main(), init:stop().', which rt.Main stands for (recorded with erl:
// catch element(5, {1}) in main/0).
var (
	tryMainName = runtime.FuncForPC(reflect.ValueOf(tryMain).Pointer()).Name()
	evalFrames  = []Term{
		NewTuple(Intern("erl_eval"), Intern("do_apply"), Int(7), List(NewTuple(atomFile, Str("erl_eval.erl")), NewTuple(atomLine, Int(744)))),
		NewTuple(Intern("erl_eval"), Intern("exprs"), Int(6), List(NewTuple(atomFile, Str("erl_eval.erl")), NewTuple(atomLine, Int(136)))),
		NewTuple(Intern("init"), Intern("start_it"), Int(1), Nil{}),
		NewTuple(Intern("init"), Intern("start_em"), Int(1), Nil{}),
		NewTuple(Intern("init"), Intern("do_boot"), Int(3), Nil{}),
	}
)

func (e *Exception) entry(f mfa, fr runtime.Frame, top bool) Term {
	var arity Term = Int(f.arity)
	if top && e.args != nil {
		arity = e.args
	}
	if f.bif || fr.File == "" {
		return NewTuple(f.mod, f.fun, arity, Nil{})
	}
	loc := List(NewTuple(atomFile, Str(fr.File)), NewTuple(atomLine, Int(fr.Line)))
	return NewTuple(f.mod, f.fun, arity, loc)
}
