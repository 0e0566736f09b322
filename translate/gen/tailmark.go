package gen

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/core"
)

// Tail calls and stack traces.
//
// BEAM compiles a call in tail position as a jump that reuses the caller's
// frame (last call optimisation), so when the callee raises, the caller is
// not in the trace. A Go call keeps its caller's frame; the generator marks
// it instead: the line directive of the statement holding the call names
// the file "m.erl (tail call)" (rt.TailCallMark), and rt leaves such a
// frame out of a trace unless the exception was raised in the statement
// itself, as a BIF called last does on BEAM too. A second directive at the
// end of the line gives what follows the plain file name back:
//
//	/*line m.erl (tail call):6*/ return m_b_1(p, X) /*line m.erl:6*/
//
// Everything else the statement evaluates (arguments that may raise, a fun
// computed by an expression) is moved into temporaries before it, so that
// only the call itself runs under the mark. Calls to the function itself
// or to its tail-call group are loops and never reach this.

// tailCallMark must be rt.TailCallMark (the translator does not import rt;
// golden/testdata/e_traces checks the two agree).
const tailCallMark = " (tail call)"

// markedTailCall emits e, a call in tail position, as a marked return; it
// reports false, emitting nothing, when e is not a tail call on BEAM.
//
//	v1 := rt.ErlangElement2(p, rt.BoxInt(2), X)
//	/*line m.erl (tail call):6*/ return m_b_1(p, v1) /*line m.erl:6*/
func (f *fnGen) markedTailCall(d dest, e *ast.Call) bool {
	line := f.lineOf(e)
	if d.kind != toReturn || d.handler || line == "" || !f.reusesFrame(e) {
		return false
	}
	saved := f.scope
	f.scope = &scope{vars: map[string]string{}, parent: saved} // for the temporaries' variables
	call := f.call(f.settledCall(e))
	f.scope = saved
	f.passBase(e) // suspend.go
	f.pendingLine = strings.Replace(line, ".erl:", ".erl"+tailCallMark+":", 1)
	f.emit(jen.Add(f.ret(call)).Comment(line))
	return true
}

// reusesFrame reports whether BEAM's call e in tail position reuses the
// caller's frame: a call of Erlang code (a function of any module, a fun,
// apply) does; a BIF raises in the frame of its caller, which stays.
func (f *fnGen) reusesFrame(e *ast.Call) bool {
	r, ok := e.Fun.(*ast.Remote)
	if !ok {
		return true // a local function or a fun
	}
	m, ok1 := r.Module.(*ast.Atom)
	fn, ok2 := r.Fun.(*ast.Atom)
	if !ok1 || !ok2 {
		return true // M:F(...) with M or F computed: erlang:apply/3
	}
	switch {
	case m.Name == core.Intrinsic:
		return false
	case f.exported[m.Name][core.FA{Name: fn.Name, Arity: len(e.Args)}]:
		return true
	case m.Name == "erlang":
		return fn.Name == "apply" // the only function of erlang BEAM calls as Erlang code here
	}
	return !beamBIFs[bifKey(m.Name, fn.Name, len(e.Args))]
}

// settledCall returns e with each part that may raise or call (arguments,
// a computed fun or module) evaluated first into a temporary and replaced
// by a variable standing for it, in evaluation order.
func (f *fnGen) settledCall(e *ast.Call) *ast.Call {
	c := *e
	switch fn := e.Fun.(type) {
	case *ast.Atom:
	case *ast.Remote:
		r := *fn
		r.Module, r.Fun = f.settled(e, fn.Module), f.settled(e, fn.Fun)
		c.Fun = &r
	default:
		c.Fun = f.settled(e, fn)
	}
	c.Args = make([]ast.Expr, len(e.Args))
	for i, a := range e.Args {
		c.Args[i] = f.settled(e, a)
	}
	return &c
}

// settled returns x itself when evaluating it can neither raise nor call,
// else a variable bound to a temporary holding its value, computed under
// the line of the call.
func (f *fnGen) settled(call *ast.Call, x ast.Expr) ast.Expr {
	if inert(x) {
		return x
	}
	f.line(call)
	v := f.operand(x)
	name := fmt.Sprintf("%%tail%d", len(f.scope.vars)) // % is in no Erlang variable
	f.scope.vars[name] = fmt.Sprintf("%#v", v)
	return &ast.Var{Loc: ast.At(x.Pos()), Name: name}
}

// inert reports whether evaluating e can neither raise nor call: a
// variable, a constant, a fun, or a tuple or list of those.
func inert(e ast.Expr) bool {
	if isConst(e) {
		return true
	}
	switch e := e.(type) {
	case *ast.Var, *ast.FunRef, *ast.Nil:
		return true
	case *ast.FunRemote:
		return isConst(e.Module) && isConst(e.Name) && isConst(e.Arity)
	case *ast.Tuple:
		for _, x := range e.Elems {
			if !inert(x) {
				return false
			}
		}
		return true
	case *ast.Cons:
		return inert(e.Head) && inert(e.Tail)
	}
	return false
}

// beamBIFs are the functions of modules other than erlang that rt
// implements (bifs.txt) and BEAM implements in C, so that a call of one
// in tail position leaves its caller's frame in a trace. Listed with
// erlang:is_builtin/3 over bifs.txt on OTP 25.
var beamBIFs = parseBEAMBIFs(`
binary: at/2 compile_pattern/1 copy/1 copy/2 decode_unsigned/1 decode_unsigned/2
	encode_unsigned/1 encode_unsigned/2 first/1 last/1 list_to_bin/1
	longest_common_prefix/1 longest_common_suffix/1 match/2 match/3 matches/2
	matches/3 part/2 part/3 referenced_byte_size/1 split/2 split/3
ets: delete/1 delete/2 delete_object/2 first/1 give_away/3 info/1 info/2
	insert/2 insert_new/2 last/1 lookup/2 lookup_element/3 match/2 match_object/2
	member/2 new/2 next/2 prev/2 select/2 select_count/2 setopts/2 take/2
	update_counter/3 update_counter/4 update_element/3 whereis/1
io: printable_range/0
lists: keyfind/3 keymember/3 keysearch/3 member/2 reverse/2
maps: find/2 from_keys/2 from_list/1 get/2 is_key/2 keys/1 merge/2 put/3
	remove/2 take/2 update/3 values/1
math: acos/1 acosh/1 asin/1 asinh/1 atan/1 atan2/2 atanh/1 ceil/1 cos/1 cosh/1
	erf/1 erfc/1 exp/1 floor/1 fmod/2 log/1 log10/1 log2/1 pow/2 sin/1 sinh/1
	sqrt/1 tan/1 tanh/1
os: getenv/1 getpid/0 perf_counter/0 putenv/2 system_time/0 system_time/1
	timestamp/0 unsetenv/1
persistent_term: erase/1 get/1 get/2 put/2
re: compile/1 compile/2 inspect/2 run/2 run/3 version/0
string: list_to_float/1 list_to_integer/1
unicode: characters_to_binary/2 characters_to_list/2
`)

// parseBEAMBIFs reads lines "module: f/a f/a ...", a line that starts with
// white space continuing the module above.
func parseBEAMBIFs(txt string) map[string]bool {
	set := map[string]bool{}
	mod := ""
	for _, line := range strings.Split(txt, "\n") {
		fields := strings.Fields(line)
		if len(fields) > 0 && strings.HasSuffix(fields[0], ":") {
			mod, fields = strings.TrimSuffix(fields[0], ":"), fields[1:]
		}
		for _, fa := range fields {
			set[mod+":"+fa] = true
		}
	}
	return set
}
