package rt

import (
	"reflect"
	"sync"
)

// Fun is an Erlang fun: a local fun (fun(X) -> ... end), or an external one
// (fun M:F/A).
//
// Fn holds the Go function. For arities 0..MaxTypedArity it has the exact
// typed signature, which calls without allocating:
//
//	func(*Process) Term
//	func(*Process, Term) Term
//	func(*Process, Term, Term) Term   ... up to MaxTypedArity Terms
//
// For any arity it may instead be a func(*Process, []Term) Term that takes
// the arguments as a slice (always the case above MaxTypedArity). Storing the
// typed function in an interface and asserting it back at the call measured
// as fast as one struct field per arity (4 ns a call) and keeps Fun small; a
// variadic signature cost 9x that and an allocation per call.
type Fun struct {
	Module Atom // defining module (for fun M:F/A, the M)
	Name   Atom // function name for external funs; generated name for local funs
	Arity  int
	// External is true for fun M:F/A, which calls the latest registered
	// M:F/A by name and compares equal to any other fun M:F/A.
	External bool
	// Idle is set by the generator on a fun whose code, called at the
	// bottom of a process's stack, takes that news (Process.AtBase) or
	// hands it straight to a function that does: a process spawned with
	// it may then wait without a goroutine (suspend.go).
	Idle bool
	// Index and Uniq identify a local fun inside its module; with Module
	// and Env they decide equality and printing (#Fun<M.Index.Uniq>).
	Index, Uniq int
	// Env is the captured free variables, for equality, hashing and
	// printing only: the Go closure in Fn holds its own copies.
	Env []Term
	Fn  any
}

// MarkIdle sets f.Idle and returns f, for generated code that makes a
// fun with NewLocalFun.
func (f *Fun) MarkIdle() *Fun {
	f.Idle = true
	return f
}

// MaxTypedArity is the highest arity for which Fun.Fn may be a typed
// function; above it Fn must be a func(*Process, []Term) Term.
const MaxTypedArity = 8

// NewFun returns a local fun of the given arity. fn must have a signature
// that Fun.Fn accepts.
func NewFun(module Atom, index, uniq, arity int, env []Term, fn any) *Fun {
	return &Fun{Module: module, Arity: arity, Index: index, Uniq: uniq, Env: env, Fn: fn}
}

// ExternalFun returns fun M:F/A. Calling it looks M:F/A up in the module
// registry at call time, as BEAM calls the latest loaded code.
func ExternalFun(m, f Atom, arity int) *Fun {
	return &Fun{Module: m, Name: f, Arity: arity, External: true}
}

// funOf returns f as a *Fun of the given arity, raising badfun or badarity.
func funOf(f Term, args []Term) *Fun {
	fn, ok := f.(*Fun)
	if !ok {
		Badfun(f)
	}
	if fn.Arity != len(args) {
		Badarity(f, args)
	}
	return fn
}

// CallFun calls the fun f with args: F(Args...) in Erlang. It raises
// {badfun, F} when f is not a fun and {badarity, {F, Args}} when the number
// of arguments is wrong. CallFun0..CallFun3 do the same without building an
// argument slice.
func CallFun(p *Process, f Term, args ...Term) Term {
	fn := funOf(f, args)
	if fn.External {
		return Apply(p, fn.Module, fn.Name, args)
	}
	return callGo(p, fn.Fn, args)
}

// CallFun0 calls a fun of arity 0.
func CallFun0(p *Process, f Term) Term {
	if fn, ok := f.(*Fun); ok {
		if g, ok := fn.Fn.(func(*Process) Term); ok {
			return g(p)
		}
	}
	return CallFun(p, f)
}

// CallFun1 calls a fun of arity 1.
func CallFun1(p *Process, f, a Term) Term {
	if fn, ok := f.(*Fun); ok {
		if g, ok := fn.Fn.(func(*Process, Term) Term); ok {
			return g(p, a)
		}
	}
	return CallFun(p, f, a)
}

// CallFun2 calls a fun of arity 2.
func CallFun2(p *Process, f, a, b Term) Term {
	if fn, ok := f.(*Fun); ok {
		if g, ok := fn.Fn.(func(*Process, Term, Term) Term); ok {
			return g(p, a, b)
		}
	}
	return CallFun(p, f, a, b)
}

// CallFun3 calls a fun of arity 3.
func CallFun3(p *Process, f, a, b, c Term) Term {
	if fn, ok := f.(*Fun); ok {
		if g, ok := fn.Fn.(func(*Process, Term, Term, Term) Term); ok {
			return g(p, a, b, c)
		}
	}
	return CallFun(p, f, a, b, c)
}

// NewLocalFun returns a local fun named as BEAM names it ('-F/A-fun-N-')
// with its captured free variables env, which decide equality.
//
// The first fun made by each Go function literal names that literal in
// stack traces: a frame of the fun's body reads {Module, Name, N, Loc},
// N counting the arguments and the free variables.
func NewLocalFun(module, name Atom, index, arity int, env []Term, fn any) *Fun {
	if pc := reflect.ValueOf(fn).Pointer(); !funCodeSeen(pc) {
		// BEAM's frame is of the lifted function, which takes the free
		// variables after the arguments.
		registerFunc(fn, mfa{mod: module, fun: name, arity: arity + len(env)})
	}
	return &Fun{Module: module, Name: name, Arity: arity, Index: index, Env: env, Fn: fn}
}

// funCodes holds the code pointers of the fun bodies already registered.
var funCodes sync.Map

func funCodeSeen(pc uintptr) bool {
	if _, ok := funCodes.Load(pc); ok {
		return true
	}
	_, loaded := funCodes.LoadOrStore(pc, true)
	return loaded
}

var funInfoItems = []string{"module", "new_index", "new_uniq", "index", "uniq", "name", "arity", "env", "type"}

// ErlangFunInfo2 is erlang:fun_info(Fun, Item). Of a local fun, index and
// uniq are rt's own numbers (BEAM's uniq hashes the module's code) and
// pid, the process that made the fun, is not kept: asking for it raises
// error notsup.
func ErlangFunInfo2(p *Process, f, item Term) Term {
	fn, ok := f.(*Fun)
	it, ok2 := item.(Atom)
	if !ok || !ok2 {
		return BIFBadarg("fun_info", f, item)
	}
	v, ok := funInfo(fn, it.Name())
	if !ok {
		return BIFBadarg("fun_info", f, item)
	}
	return NewTuple(it, v)
}

func funInfo(fn *Fun, item string) (Term, bool) {
	switch item {
	case "module":
		return fn.Module, true
	case "name":
		return fn.Name, true
	case "arity":
		return BoxInt(Int(fn.Arity)), true
	case "env":
		return List(fn.Env...), true
	case "type":
		if fn.External {
			return Intern("external"), true
		}
		return Intern("local"), true
	case "index", "new_index", "uniq", "new_uniq", "pid":
		if fn.External {
			return Undefined, true
		}
		switch item {
		case "index", "new_index":
			return BoxInt(Int(fn.Index)), true
		case "uniq":
			return BoxInt(Int(fn.Uniq)), true
		case "new_uniq":
			var b [16]byte
			b[15] = byte(fn.Uniq)
			return NewBinary(b[:]), true
		}
		Error(Intern("notsup"))
	}
	return nil, false
}

// ErlangFunInfo1 is erlang:fun_info(Fun): for a local fun every item but
// pid (see ErlangFunInfo2), for an external one module, name, arity, env
// and type.
func ErlangFunInfo1(p *Process, f Term) Term {
	fn, ok := f.(*Fun)
	if !ok {
		return BIFBadarg("fun_info", f)
	}
	items := funInfoItems
	if fn.External {
		items = []string{"module", "name", "arity", "env", "type"}
	}
	out := make([]Term, len(items))
	for i, it := range items {
		v, _ := funInfo(fn, it)
		out[i] = NewTuple(Intern(it), v)
	}
	return List(out...)
}

func init() {
	registerModule("erlang", true, []Func{
		Export("fun_info", 1, ErlangFunInfo1), Export("fun_info", 2, ErlangFunInfo2),
	})
}
