package rt

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Exceptions as erl_error:format_exception explains them, which is how
// proc_lib's crash reports and escript print the error a process died of:
//
//	exception error: bad argument
//	  in function  element/2
//	     called as element(5,{1})
//	     *** argument 1: out of range
//	  in call from m:f/1 (m.erl, line 8)
//
// An error's reason is explained in words where OTP explains it. A frame
// with its arguments is shown as the call it was ("called as"), and when
// the top frame carries {error_info, #{module => M}}, M:format_error/2 (for
// erl_erts_errors and erl_stdlib_errors, their rules in
// erl_error_erts.go and erl_error_stdlib.go) says which argument was wrong
// and why. function_clause and undef name the call that failed instead of
// a frame. Exits and throws are printed as they are.

// excFormat is what erl_error:format_exception's options choose.
type excFormat struct {
	indent string                       // column-1 spaces: every line but the first starts with them
	pp     func(t Term, col int) string // prints a term starting at column col (1-based)
	trim   func(m, f, a Term) bool      // stack_trim_fun: bottom frames to leave out
	p      *Process                     // runs error_info modules of the program's own; may be nil
}

// formatException is the crash report's text for an exception, each line
// indented by indent and ended by a newline: proc_lib's layout (terms as
// ~tp prints them, proc_lib's and erl_eval's frames left out).
func formatException(indent string, class Atom, reason, stack Term) string {
	f := excFormat{indent: indent, pp: ppAt, trim: func(m, _, _ Term) bool {
		return m == Term(atomProcLib) || m == Term(atomErlEval)
	}}
	return indent + f.format(class, reason, stack) + "\n"
}

var atomErlEval = Intern("erl_eval")

// format is erl_error:format_exception's text: the explanation, then the
// stack, without a final newline; the first line has no indentation.
func (f *excFormat) format(class Atom, reason, stack Term) string {
	term, trace1, trace := analyzeException(class, reason, stack)
	info := f.extendedError(reason, trace)
	st := f.stackText(trace, info)
	expl := f.explain(term, class, trace1)
	if info.reason != nil {
		expl = *info.reason
	}
	out := "exception " + class.Name() + ": " + expl
	if st != "" {
		out += "\n" + st
	}
	return out
}

// analyzeException splits off the frame that function_clause and undef
// name (trace1) from the rest (trace); a stack that is none is explained
// with the reason as {Reason, Stack}.
func analyzeException(class Atom, reason, stack Term) (term Term, trace1, trace []Term) {
	frames, ok := stackFrames(stack)
	if !ok {
		return NewTuple(reason, stack), nil, nil
	}
	if class == AtomError && len(frames) > 0 {
		x := frames[0].(*Tuple)
		_, isList := ListToSlice(x.Elems[2])
		if reason == Term(AtomFunctionClause) && isList || reason == Term(AtomUndef) {
			return reason, frames[:1], frames[1:]
		}
	}
	return reason, nil, frames
}

// stackFrames is a stack trace's frames, {M, F, ArityOrArgs, Info}; false
// when stack is no stack trace.
func stackFrames(stack Term) ([]Term, bool) {
	frames, ok := ListToSlice(stack)
	if !ok {
		return nil, false
	}
	for _, fr := range frames {
		x, ok := TupleArity(fr, 4)
		if !ok {
			return nil, false
		}
		_, mOK := x.Elems[0].(Atom)
		_, fOK := x.Elems[1].(Atom)
		_, aList := ListToSlice(x.Elems[2])
		_, iList := ListToSlice(x.Elems[3])
		if !mOK || !fOK || !iList || !(IsInteger(x.Elems[2]) || aList) {
			return nil, false
		}
	}
	return frames, true
}

// exitedSize is the length of "exception error: " and the like.
func exitedSize(class Atom) int { return len("exception : ") + len(class.Name()) }

// explain is the reason in OTP's words, or the reason itself; trace1 is
// the frame function_clause and undef name.
func (f *excFormat) explain(reason Term, class Atom, trace1 []Term) string {
	if class == AtomError && len(trace1) == 1 {
		x := trace1[0].(*Tuple)
		switch reason {
		case Term(AtomFunctionClause):
			args, _ := ListToSlice(x.Elems[2])
			return f.errstrCall("no function clause matching ", class, x.Elems[0], x.Elems[1], args) +
				" " + locText(x.Elems[3])
		case Term(AtomUndef):
			return "undefined function " + mfaString(x.Elems[0], x.Elems[1], arityOf(x.Elems[2]))
		}
	}
	if class == AtomError {
		if s, ok := f.explainError(reason); ok {
			return s
		}
	}
	if class == AtomExit {
		if s, ok := f.explainExit(reason); ok {
			return s
		}
	}
	return f.pp(reason, len(f.indent)+1+exitedSize(class))
}

// errorTexts are the error reasons (atoms) that erl_error explains.
var errorTexts = map[string]string{
	"badarg":        "bad argument",
	"badarith":      "an error occurred when evaluating an arithmetic expression",
	"if_clause":     "no true branch found when evaluating an if expression",
	"noproc":        "no such process or port",
	"notalive":      "the node cannot be part of a distributed system",
	"system_limit":  "a system limit has been reached",
	"timeout_value": "bad receive timeout value",
}

// valueTexts are the {Tag, Value} error reasons that erl_error explains as
// a text followed by the value.
var valueTexts = map[string]string{
	"badarg":        "bad argument: ",
	"badkey":        "bad key: ",
	"badmap":        "bad map: ",
	"badfun":        "bad function ",
	"badmatch":      "no match of right hand side value ",
	"case_clause":   "no case clause matching ",
	"try_clause":    "no try clause matching ",
	"bad_filter":    "bad filter ",
	"bad_generator": "bad generator ",
}

func (f *excFormat) explainError(reason Term) (string, bool) {
	if a, ok := reason.(Atom); ok {
		s, ok := errorTexts[a.Name()]
		return s, ok
	}
	x, ok := reason.(*Tuple)
	if !ok || len(x.Elems) == 0 {
		return "", false
	}
	tag, _ := x.Elems[0].(Atom)
	switch {
	case len(x.Elems) == 2 && valueTexts[tag.Name()] != "":
		return f.value(x.Elems[1], valueTexts[tag.Name()], AtomError), true
	case len(x.Elems) == 2 && tag.Name() == "badarity":
		if fa, ok := TupleArity(x.Elems[1], 2); ok {
			if fn, ok := fa.Elems[0].(*Fun); ok {
				if args, ok := ListToSlice(fa.Elems[1]); ok {
					return funText(fn) + " called with " + countText(len(args)), true
				}
			}
		}
	case len(x.Elems) == 2 && tag.Name() == "unbound":
		return Sprintf("variable ~w is unbound", x.Elems[1]), true
	case len(x.Elems) == 2 && tag.Name() == "argument_limit":
		return "limit of number of arguments to interpreted function exceeded", true
	case len(x.Elems) == 4 && tag.Name() == "shell_undef":
		if fa, ok := x.Elems[1].(Atom); ok {
			return Sprintf("undefined shell command ~tw/~w", fa, BoxInt(Int(arityOf(x.Elems[2])))), true
		}
	}
	return "", false
}

func (f *excFormat) explainExit(reason Term) (string, bool) {
	if a, ok := reason.(Atom); ok {
		switch a.Name() {
		case "restricted_shell_started":
			return "restricted shell starts now", true
		case "restricted_shell_stopped":
			return "restricted shell stopped", true
		case "calling_self":
			return "the current process attempted to call itself", true
		}
		return "", false
	}
	x, ok := TupleArity(reason, 2)
	if !ok {
		return "", false
	}
	switch x.Elems[0] {
	case Term(Intern("restricted_shell_bad_return")):
		return f.value(x.Elems[1], "restricted shell module returned bad value ", AtomExit), true
	case Term(Intern("restricted_shell_disallowed")):
		if fa, ok := TupleArity(x.Elems[1], 2); ok {
			if args, ok := ListToSlice(fa.Elems[1]); ok {
				if mf, ok := TupleArity(fa.Elems[0], 2); ok {
					return f.errstrCall("restricted shell does not allow ", AtomExit, mf.Elems[0], mf.Elems[1], args), true
				}
			}
		}
	}
	return "", false
}

// value is text followed by v: on the same line unless v then takes more
// lines than it does on a line of its own, under the explanation's start.
func (f *excFormat) value(v Term, text string, class Atom) string {
	pre := exitedSize(class)
	s1 := f.pp(v, pre+len(f.indent)+utf8.RuneCountInString(text)+1)
	if n1 := strings.Count(s1, "\n"); n1 > 1 {
		s2 := f.pp(v, len(f.indent)+1+pre)
		if strings.Count(s2, "\n") < n1 {
			return text + "\n" + f.indent + strings.Repeat(" ", pre) + s2
		}
	}
	return text + s1
}

// errstrCall is text followed by the call M:F(Args), as the explanation of
// function_clause shows it.
func (f *excFormat) errstrCall(text string, class Atom, m, fn Term, args []Term) string {
	return f.call(text, f.indent+strings.Repeat(" ", exitedSize(class)), m, fn, args)
}

// call is errStr followed by M:F(Args), or by the operator applied, where
// the line so far is pre: the arguments go on a line of their own, after
// pre, when they would take fewer lines there.
func (f *excFormat) call(errStr, pre string, m, fn Term, args []Term) string {
	if op, ok := operator(m, fn, len(args)); ok {
		return errStr + f.opCall(errStr, pre, op, args)
	}
	mfs := mfString(m, fn, len(args))
	width := func(s ...string) int {
		n := 0
		for _, x := range s {
			n += utf8.RuneCountInString(x)
		}
		return n
	}
	i1 := width(pre, errStr, mfs)
	s1 := f.argsText(args, i1)
	s2 := f.argsText(args, width(pre, mfs))
	long := strings.Contains(f.argsText([]Term{Intern("a2345"), Intern("b2345")}, i1), "\n")
	if long || strings.Count(s2, "\n") < strings.Count(s1, "\n") {
		return errStr + "\n" + pre + mfs + s2
	}
	return errStr + mfs + s1
}

// opCall is an operator's call: "- X" or "A + B" (on three lines when the
// left operand takes more than one or the right one fits better so).
func (f *excFormat) opCall(errStr, pre, op string, args []Term) string {
	if len(args) == 1 {
		return op + " " + f.pp(args[0], len(errStr)+len(pre)+len(op)+2)
	}
	i1 := len(errStr) + utf8.RuneCountInString(pre)
	s1 := f.pp(args[0], i1+1)
	s2 := f.pp(args[1], i1+1)
	nl := "\n" + strings.Repeat(" ", i1)
	if strings.Contains(s1, "\n") {
		return s1 + nl + op + nl + s2
	}
	op2 := " " + op + " "
	s22 := f.pp(args[1], i1+len(op2)+utf8.RuneCountInString(s1)+1)
	if strings.Count(s2, "\n") < strings.Count(s22, "\n") {
		return s1 + nl + op + nl + s2
	}
	return s1 + op2 + s22
}

// argsText is "(A1,...,An)": the argument list printed at column col+1
// with its brackets made parentheses. A list that would print as a string
// is printed with its first element apart, so that f(97) is not f("a").
func (f *excFormat) argsText(args []Term, col int) string {
	var s string
	if len(args) > 0 && printableChars(List(args...)) != nil {
		first := strconv.FormatInt(int64(intOf0(args[0])), 10)
		stand := Intern(strings.Repeat("a", len(first)))
		rest := []rune(f.pp(List(append([]Term{stand}, args[1:]...)...), col+1))
		s = "[" + first + string(rest[1+len(first):])
	} else {
		s = f.pp(List(args...), col+1)
	}
	return "(" + s[1:len(s)-1] + ")"
}

// intOf0 is the value of a small integer, 0 for any other term.
func intOf0(t Term) Int {
	i, _ := IntOf(t)
	return i
}

// stackText lists the frames (those the trim function leaves), the first
// with the argument errors of info.
func (f *excFormat) stackText(frames []Term, info errorMap) string {
	n := len(frames)
	for n > 0 && f.trim != nil {
		x := frames[n-1].(*Tuple)
		if !f.trim(x.Elems[0], x.Elems[1], x.Elems[2]) {
			break
		}
		n--
	}
	s := "  " + f.indent
	var b strings.Builder
	for i, fr := range frames[:n] {
		x := fr.(*Tuple)
		m, fn, a := x.Elems[0], x.Elems[1], x.Elems[2]
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(s)
		args, isList := ListToSlice(a)
		arity := arityOf(a)
		switch _, op := operator(m, fn, arity); {
		case i > 0:
			b.WriteString("in call from")
		case op:
			b.WriteString("in operator ")
		default:
			b.WriteString("in function ")
		}
		b.WriteString(" " + mfaString(m, fn, arity))
		if !isList {
			b.WriteString(" " + locText(x.Elems[3]))
		} else {
			calledAs := s + "   called as "
			b.WriteString("\n" + calledAs + f.call("", calledAs, m, fn, args))
		}
		if i == 0 {
			b.WriteString(info.argErrors(arity, "\n"+s+"   "))
		}
	}
	return b.String()
}

// arityOf is a frame's arity: its argument count when it has arguments.
func arityOf(a Term) int {
	if args, ok := ListToSlice(a); ok {
		return len(args)
	}
	return int(intOf0(a))
}

// ppAt is t as ~tp prints it starting at column col (1-based), lines of 80.
func ppAt(t Term, col int) string {
	return string(prettyTerm(nil, t, prettyOpts{col: col, lineLen: 80, depth: -1, unicode: true, strings: true}))
}

// ppPrint is io_lib:print(T, Col, 80, 30), erl_error:format_exception's
// default format_fun.
func ppPrint(t Term, col int) string {
	return string(prettyTerm(nil, t, prettyOpts{col: col, lineLen: 80, depth: 30, strings: true}))
}

// funText names a fun as erl_error does: m:f/A, for a local fun the
// function BEAM made of it ('-main/0-fun-0-').
func funText(fn *Fun) string {
	if fn.Module == atomErlEval && !fn.External {
		return Sprintf("interpreted function with arity ~w", BoxInt(Int(fn.Arity)))
	}
	return mfaString(fn.Module, fn.Name, fn.Arity)
}

func countText(n int) string {
	switch n {
	case 0:
		return "no arguments"
	case 1:
		return "one argument"
	case 2:
		return "two arguments"
	}
	return Sprintf("~w arguments", BoxInt(Int(n)))
}

// mfaString is M:F/A, as erl_error writes a function: an auto-imported BIF
// or an operator without its module.
func mfaString(m, fn Term, arity int) string {
	return mfString(m, fn, arity) + "/" + strconv.Itoa(arity)
}

func mfString(m, fn Term, arity int) string {
	if op, ok := operator(m, fn, arity); ok {
		if op == "/" {
			return "'/'"
		}
		return op
	}
	if a, ok := fn.(Atom); ok && m == Term(AtomErlang) && autoImported(a.Name(), arity) {
		return Sprintf("~w", fn)
	}
	return Sprintf("~w:~tw", m, fn)
}

// operator is the operator erlang:F/Arity is, if it is one.
func operator(m, fn Term, arity int) (string, bool) {
	a, ok := fn.(Atom)
	if !ok || m != Term(AtomErlang) || !isOperator(a.Name(), arity) {
		return "", false
	}
	return a.Name(), true
}

// locText is "(File, line N)" of a frame's location list, or "".
func locText(loc Term) string {
	var file, line Term
	for c := Cells(loc); c != nil; c = Cells(c.Tail) {
		if kv, ok := TupleArity(c.Head, 2); ok {
			switch kv.Elems[0] {
			case Term(atomFile):
				file = kv.Elems[1]
			case Term(atomLine):
				line = kv.Elems[1]
			}
		}
	}
	if file == nil || line == nil {
		return ""
	}
	return Sprintf("(~ts, line ~w)", file, line)
}

func isOperator(name string, arity int) bool {
	switch arity {
	case 1:
		return name == "-" || name == "+" || name == "bnot" || name == "not"
	case 2:
		switch name {
		case "+", "-", "*", "/", "div", "rem", "band", "bor", "bxor", "bsl", "bsr",
			"and", "or", "xor", "==", "/=", "=<", "<", ">=", ">", "=:=", "=/=", "++", "--", "!":
			return true
		}
	}
	return false
}

// autoImported reports whether erlang:name/arity is called without its
// module (erl_internal:bif/2). translate/lint holds the same list and its
// tests check the two agree.
func autoImported(name string, arity int) bool {
	autoOnce.Do(func() {
		autoSet = map[string]bool{}
		for _, w := range strings.Fields(autoImportedBIFs) {
			autoSet[w] = true
		}
	})
	return autoSet[name+"/"+strconv.Itoa(arity)]
}

var (
	autoOnce sync.Once
	autoSet  map[string]bool
)

// AutoImportedBIFs is the list of OTP 25's auto-imported BIFs, as name/arity
// words; exported for translate/lint's test.
const AutoImportedBIFs = autoImportedBIFs

const autoImportedBIFs = `abs/1 alias/0 alias/1 apply/2 apply/3 atom_to_binary/1 atom_to_binary/2
atom_to_list/1 binary_part/2 binary_part/3 binary_to_atom/1 binary_to_atom/2
binary_to_existing_atom/1 binary_to_existing_atom/2 binary_to_float/1 binary_to_integer/1
binary_to_integer/2 binary_to_list/1 binary_to_list/3 binary_to_term/1 binary_to_term/2
bit_size/1 bitstring_to_list/1 byte_size/1 ceil/1 check_old_code/1 check_process_code/2
check_process_code/3 date/0 delete_module/1 demonitor/1 demonitor/2 disconnect_node/1
element/2 erase/0 erase/1 error/1 error/2 error/3 exit/1 exit/2 float/1 float_to_binary/1
float_to_binary/2 float_to_list/1 float_to_list/2 floor/1 garbage_collect/0
garbage_collect/1 garbage_collect/2 get/0 get/1 get_keys/0 get_keys/1 group_leader/0
group_leader/2 halt/0 halt/1 halt/2 hd/1 integer_to_binary/1 integer_to_binary/2
integer_to_list/1 integer_to_list/2 iolist_size/1 iolist_to_binary/1 is_alive/0 is_atom/1
is_binary/1 is_bitstring/1 is_boolean/1 is_float/1 is_function/1 is_function/2
is_integer/1 is_list/1 is_map/1 is_map_key/2 is_number/1 is_pid/1 is_port/1
is_process_alive/1 is_record/2 is_record/3 is_reference/1 is_tuple/1 length/1 link/1
list_to_atom/1 list_to_binary/1 list_to_bitstring/1 list_to_existing_atom/1
list_to_float/1 list_to_integer/1 list_to_integer/2 list_to_pid/1 list_to_port/1
list_to_ref/1 list_to_tuple/1 load_module/2 make_ref/0 map_get/2 map_size/1 max/2 min/2
module_loaded/1 monitor/2 monitor/3 monitor_node/2 node/0 node/1 nodes/0 nodes/1 nodes/2
now/0 open_port/2 pid_to_list/1 port_close/1 port_command/2 port_command/3
port_connect/2 port_control/3 port_to_list/1 pre_loaded/0 process_flag/2
process_flag/3 process_info/1 process_info/2 processes/0 purge_module/1 put/2
ref_to_list/1 register/2 registered/0 round/1 self/0 setelement/3 size/1 spawn/1
spawn/2 spawn/3 spawn/4 spawn_link/1 spawn_link/2 spawn_link/3 spawn_link/4
spawn_monitor/1 spawn_monitor/2 spawn_monitor/3 spawn_monitor/4 spawn_opt/2
spawn_opt/3 spawn_opt/4 spawn_opt/5 spawn_request/1 spawn_request/2 spawn_request/3
spawn_request/4 spawn_request/5 spawn_request_abandon/1 split_binary/2 statistics/1
term_to_binary/1 term_to_binary/2 term_to_iovec/1 term_to_iovec/2 throw/1 time/0
tl/1 trunc/1 tuple_size/1 tuple_to_list/1 unalias/1 unlink/1 unregister/1 whereis/1`
