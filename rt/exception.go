package rt

import (
	"fmt"
	"runtime"
)

// Exception is an Erlang exception in flight: the value of the Go panic that
// carries it. Class is error, exit or throw.
//
// The stack trace is captured cheaply at raise time as Go program counters;
// the Erlang term [{M, F, ArityOrArgs, Location}] is built only when asked
// for (Stacktrace), from the functions registered with RegisterModule.
type Exception struct {
	Class  Atom
	Reason Term

	pcs   []uintptr  // Go stack at the raise
	args  Term       // if non-nil, replaces the arity of the top entry (function_clause)
	head  Term       // if non-nil, an entry put on top of the trace (undef)
	under []Term     // entries below head: frames of OTP's code that raised (stack_otp.go)
	bif   bool       // head is a BIF that raised (BIFError), not a function called
	stack Term       // the built or explicitly given (erlang:raise/3) trace
	rec   *recFrames // frames of a body recursion made a loop (recursion.go)
	kept  []keptNote // list comprehensions that had kept an element (stack_comp.go)
}

// maxStackDepth is how many Erlang frames a trace keeps: BEAM's
// backtrace_depth, 8 unless erlang:system_flag/2 sets it (misc_more_sys.go;
// a program sets it early, before other processes raise).
var maxStackDepth = 8

// Error makes the exception satisfy the Go error interface, for tests and
// for Go code that embeds the runtime.
func (e *Exception) Error() string {
	return fmt.Sprintf("%s:%v", e.Class.Name(), e.Reason)
}

// Raise panics with a new exception of the given class.
func Raise(class Atom, reason Term) {
	panic(NewException(class, reason))
}

// NewException makes an exception and captures the Go stack of its caller.
func NewException(class Atom, reason Term) *Exception {
	e := &Exception{Class: class, Reason: reason}
	var buf [32]uintptr
	n := runtime.Callers(3, buf[:]) // skip Callers, NewException, the raiser
	e.pcs = append([]uintptr(nil), buf[:n]...)
	return e
}

// Error raises error:Reason (erlang:error/1).
func Error(reason Term) { panic(NewException(AtomError, reason)) }

// Throw raises throw:Value (erlang:throw/1).
func Throw(v Term) { panic(NewException(AtomThrow, v)) }

// Exit raises exit:Reason (erlang:exit/1).
func Exit(reason Term) { panic(NewException(AtomExit, reason)) }

// RaiseWithStack raises an exception with a given Erlang stack trace term,
// as erlang:raise/3 does (a rethrow keeps the original trace).
func RaiseWithStack(class Atom, reason, stack Term) {
	panic(&Exception{Class: class, Reason: reason, stack: stack})
}

// The standard errors. Each raises error:Reason with the reason BEAM uses;
// they never return, but return Term so that generated code can write
// `return rt.Badarg()` where Go needs a value.

// Badarg raises error:badarg.
func Badarg() Term { panic(NewException(AtomError, AtomBadarg)) }

// Badarith raises error:badarith.
func Badarith() Term { panic(NewException(AtomError, AtomBadarith)) }

// Badmatch raises error:{badmatch, V}.
func Badmatch(v Term) Term { panic(NewException(AtomError, NewTuple(AtomBadmatch, v))) }

// CaseClause raises error:{case_clause, V}.
func CaseClause(v Term) Term { panic(NewException(AtomError, NewTuple(AtomCaseClause, v))) }

// IfClause raises error:if_clause.
func IfClause() Term { panic(NewException(AtomError, AtomIfClause)) }

// TryClause raises error:{try_clause, V}.
func TryClause(v Term) Term { panic(NewException(AtomError, NewTuple(AtomTryClause, v))) }

// ElseClause raises error:{else_clause, V}: no else clause of a maybe
// matched the value V that a ?= did not match.
func ElseClause(v Term) Term { panic(NewException(AtomError, NewTuple(AtomElseClause, v))) }

// Badkey raises error:{badkey, K}.
func Badkey(k Term) Term { panic(NewException(AtomError, NewTuple(AtomBadkey, k))) }

// Badmap raises error:{badmap, M}.
func Badmap(m Term) Term { panic(NewException(AtomError, NewTuple(AtomBadmap, m))) }

// Badrecord raises error:{badrecord, R}. (OTP 25 puts the record value in
// the reason; older releases put the record name.)
func Badrecord(r Term) Term { panic(NewException(AtomError, NewTuple(AtomBadrecord, r))) }

// Badfun raises error:{badfun, F}.
func Badfun(f Term) Term { panic(NewException(AtomError, NewTuple(AtomBadfun, f))) }

// Badarity raises error:{badarity, {F, Args}}.
func Badarity(f Term, args []Term) Term {
	panic(NewException(AtomError, NewTuple(AtomBadarity, NewTuple(f, List(args...)))))
}

// FunctionClause raises error:function_clause. The arguments of the call
// that matched no clause replace the arity in the top stack entry, as BEAM
// shows them.
func FunctionClause(args ...Term) Term {
	e := NewException(AtomError, AtomFunctionClause)
	e.args = List(args...)
	panic(e)
}

// Undef raises error:undef for a call to m:f(args) that does not exist; the
// trace starts with {M, F, Args, []} as on BEAM.
func Undef(m, f Atom, args []Term) Term {
	e := NewException(AtomError, AtomUndef)
	e.head = NewTuple(m, f, List(args...), Nil{})
	panic(e)
}

// SystemLimit raises error:system_limit.
func SystemLimit() Term { panic(NewException(AtomError, AtomSystemLimit)) }

// AtomGoPanic tags the reason of a Go runtime panic seen as an Erlang error.
var AtomGoPanic = Intern("go_panic")

// AsException turns a recovered panic value into an exception. A Go panic
// that is not an Erlang exception (a nil dereference, an index out of range,
// a panic in Go code the program calls) becomes error:{go_panic, Message}
// with Message a binary, so that catch and try see an ordinary Erlang error
// instead of the program dying. It returns nil for nil.
func AsException(r any) *Exception {
	switch x := r.(type) {
	case nil:
		return nil
	case *Exception:
		return x
	case *exitSignal:
		panic(x) // a process killed by a signal: no catch may stop it
	case *hibernating:
		panic(x) // erlang:hibernate discards the stack, catches and all
	case error:
		return goPanic(x.Error())
	}
	return goPanic(fmt.Sprint(r))
}

func goPanic(msg string) *Exception {
	e := NewException(AtomError, NewTuple(AtomGoPanic, NewBinary([]byte(msg))))
	return e
}

// Try runs body and returns its value, or the exception it raised. It is the
// building block for try ... catch and catch: the caller matches on the
// exception and re-panics it (e.Reraise) when no clause applies.
func Try(body func() Term) (v Term, exc *Exception) {
	defer func() {
		if r := recover(); r != nil {
			exc = AsException(r)
		}
	}()
	return body(), nil
}

// Reraise continues the exception's unwinding with its original trace.
func (e *Exception) Reraise() { panic(e) }

// CatchValue is the value `catch Expr` yields for an exception:
// {'EXIT', {Reason, Stack}} for error, {'EXIT', Reason} for exit, and the
// thrown value itself for throw.
func CatchValue(e *Exception) Term {
	switch e.Class {
	case AtomThrow:
		return e.Reason
	case AtomExit:
		return NewTuple(AtomEXIT, e.Reason)
	}
	return NewTuple(AtomEXIT, NewTuple(e.Reason, e.Stacktrace()))
}

// Catch evaluates body as `catch Body` does.
func Catch(body func() Term) Term {
	v, e := Try(body)
	if e != nil {
		return CatchValue(e)
	}
	return v
}

var (
	atomErrorInfo     = Intern("error_info")
	atomModule        = Intern("module")
	atomErlErtsErrors = Intern("erl_erts_errors")
)

// BIFError raises error:Reason from the BIF erlang:Fun(Args...), with the
// trace starting at {erlang, Fun, Args, [{error_info, ...}]} as BEAM's does.
func BIFError(reason Term, fun string, args ...Term) Term {
	e := NewException(AtomError, reason)
	info := List(NewTuple(atomErrorInfo, NewMap(atomModule, atomErlErtsErrors)))
	e.head = NewTuple(AtomErlang, Intern(fun), List(args...), info)
	e.bif = true
	panic(e)
}

// BIFErrorCause is BIFError with a cause in the error_info map, which BEAM
// gives for some BIFs (erlang:monitor(x, P): #{cause => badtype, ...}).
func BIFErrorCause(reason Term, cause, fun string, args ...Term) Term {
	e := NewException(AtomError, reason)
	info := List(NewTuple(atomErrorInfo, NewMap(atomCause, Intern(cause), atomModule, atomErlErtsErrors)))
	e.head = NewTuple(AtomErlang, Intern(fun), List(args...), info)
	e.bif = true
	panic(e)
}

var atomCause = Intern("cause")

// BIFBadarg raises badarg from erlang:Fun(Args...) (see BIFError).
func BIFBadarg(fun string, args ...Term) Term { return BIFError(AtomBadarg, fun, args...) }
