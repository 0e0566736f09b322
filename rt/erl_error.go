package rt

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Exceptions as erl_error:format_exception/3 explains them, which is how
// proc_lib's crash reports print the error a process died of:
//
//	exception error: no match of right hand side value undefined
//	  in function  m:f/1 (m.erl, line 8)
//	  in call from m:g/0 (m.erl, line 12)
//
// An error's reason is explained in words where OTP explains it; a BIF or
// operator on top of the stack is shown with the arguments it was called
// with and, for the common BIFs, which argument was wrong; function_clause
// and undef name the call that failed instead of a frame. Exits and throws
// are printed as they are.

// formatException is the crash report's text for an exception, each line
// indented by indent.
func formatException(indent string, class Atom, reason, stack Term) string {
	frames, _ := ListToSlice(stack)
	for len(frames) > 0 { // proc_lib's own frames are not shown
		if x, ok := TupleArity(frames[len(frames)-1], 4); !ok || x.Elems[0] != Term(atomProcLib) {
			break
		}
		frames = frames[:len(frames)-1]
	}
	var b strings.Builder
	head := indent + "exception " + class.Name() + ": "
	b.WriteString(head)
	col := utf8.RuneCountInString(head)
	if class != AtomError {
		b.WriteString(ppAt(reason, col+1) + "\n")
		b.WriteString(framesText(indent, frames))
		return b.String()
	}
	if len(frames) > 0 {
		if x, ok := TupleArity(frames[0], 4); ok {
			if args, ok := ListToSlice(x.Elems[2]); ok {
				call := Sprintf("~tw:~tw", x.Elems[0], x.Elems[1]) + "(" + argsText(args) + ")"
				switch {
				case reason == Term(AtomFunctionClause):
					b.WriteString("no function clause matching " + call + locText(x.Elems[3]) + "\n")
					b.WriteString(framesText(indent, frames[1:]))
					return b.String()
				case reason == Term(AtomUndef):
					b.WriteString("undefined function " + mfaText(NewTuple(x.Elems[0], x.Elems[1], x.Elems[2])) + "\n")
					b.WriteString(framesText(indent, frames[1:]))
					return b.String()
				}
			}
		}
	}
	b.WriteString(explainReason(reason, col) + "\n")
	if len(frames) > 0 {
		if text, ok := bifFrameText(indent, frames[0], reason); ok {
			b.WriteString(text)
			if rest := framesText(indent, frames[1:]); rest != "" {
				b.WriteString(strings.Replace(rest, "in function  ", "in call from ", 1))
			}
			return b.String()
		}
	}
	b.WriteString(framesText(indent, frames))
	return b.String()
}

// explainReason is an error reason in OTP's words, or the reason itself;
// the text starts at column col (0-based).
func explainReason(reason Term, col int) string {
	// what explains a value: on the same line when it fits there, else on
	// the next, under the explanation's start
	with := func(text string, v Term) string {
		if s := ppAt(v, col+utf8.RuneCountInString(text)+1); !strings.Contains(s, "\n") {
			return text + s
		}
		return text + "\n" + strings.Repeat(" ", col) + ppAt(v, col+1)
	}
	if a, ok := reason.(Atom); ok {
		switch a.Name() {
		case "badarg":
			return "bad argument"
		case "badarith":
			return "an error occurred when evaluating an arithmetic expression"
		case "if_clause":
			return "no true branch found when evaluating an if expression"
		case "noproc":
			return "no such process or port"
		case "notalive":
			return "the node cannot be part of a distributed system"
		case "system_limit":
			return "a system limit has been reached"
		case "timeout_value":
			return "bad receive timeout value"
		}
	}
	if x, ok := reason.(*Tuple); ok && len(x.Elems) == 2 {
		if tag, ok := x.Elems[0].(Atom); ok {
			v := x.Elems[1]
			switch tag.Name() {
			case "badmatch":
				return with("no match of right hand side value ", v)
			case "case_clause":
				return with("no case clause matching ", v)
			case "try_clause":
				return with("no try clause matching ", v)
			case "badfun":
				return with("bad function ", v)
			case "badkey":
				return with("bad key: ", v)
			case "badmap":
				return with("bad map: ", v)
			case "badarity":
				if fa, ok := TupleArity(v, 2); ok {
					if fn, ok := fa.Elems[0].(*Fun); ok {
						if args, ok := ListToSlice(fa.Elems[1]); ok {
							return funText(fn) + " called with " + countText(len(args))
						}
					}
				}
			}
		}
	}
	return ppAt(reason, col+1)
}

// ppAt is t as ~tp prints it starting at column col (1-based), lines of 80.
func ppAt(t Term, col int) string {
	return string(prettyTerm(nil, t, prettyOpts{col: col, lineLen: 80, depth: -1, unicode: true, strings: true}))
}

// flat is t as ~tp prints it on one line.
func flat(t Term) string {
	return string(prettyTerm(nil, t, prettyOpts{col: 1, depth: -1, unicode: true, strings: true}))
}

// funText names a fun as erl_error does: m:f/A, for a local fun the
// function BEAM made of it ('-main/0-fun-0-').
func funText(fn *Fun) string {
	return Sprintf("~tw:~tw/~w", fn.Module, fn.Name, BoxInt(Int(fn.Arity)))
}

func countText(n int) string {
	switch n {
	case 0:
		return "no arguments"
	case 1:
		return "one argument"
	}
	return Sprintf("~w arguments", BoxInt(Int(n)))
}

// argsText is a call's arguments as erl_error prints them.
func argsText(args []Term) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = flat(a)
	}
	return strings.Join(parts, ",")
}

// locText is " (File, line N)" of a frame's location list, or "".
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
	return Sprintf(" (~ts, line ~w)", file, line)
}

// framesText lists frames as "in function" (the first) and "in call from".
func framesText(indent string, frames []Term) string {
	var b strings.Builder
	first := true
	for _, f := range frames {
		x, ok := TupleArity(f, 4)
		if !ok {
			continue
		}
		lead := indent + "  in call from "
		if first {
			lead = indent + "  in function  "
			first = false
		}
		b.WriteString(lead + mfaText(NewTuple(x.Elems[0], x.Elems[1], x.Elems[2])) + locText(x.Elems[3]) + "\n")
	}
	return b.String()
}

// bifFrameText shows a BIF or an operator on top of the stack (a frame of
// module erlang with its arguments and error_info) as erl_error does:
//
//	in function  element/2
//	   called as element(5,{1})
//	   *** argument 1: out of range
//	in operator  ++/2
//	   called as [undefined|1] ++ []
func bifFrameText(indent string, frame, reason Term) (string, bool) {
	x, ok := TupleArity(frame, 4)
	if !ok || x.Elems[0] != Term(AtomErlang) {
		return "", false
	}
	args, ok := ListToSlice(x.Elems[2])
	f, ok2 := x.Elems[1].(Atom)
	if !ok || !ok2 {
		return "", false
	}
	name := f.Name()
	var b strings.Builder
	if isOperator(name, len(args)) {
		b.WriteString(Sprintf(indent+"  in operator  ~ts/~w\n", Str(name), BoxInt(Int(len(args)))))
		if len(args) == 1 {
			b.WriteString(indent + "     called as " + name + " " + argsText(args) + "\n")
		} else {
			b.WriteString(indent + "     called as " + flat(args[0]) + " " + name + " " + flat(args[1]) + "\n")
		}
		return b.String(), true
	}
	shown := Sprintf("~tw", f)
	if !autoImported(name, len(args)) {
		shown = "erlang:" + shown
	}
	b.WriteString(Sprintf(indent+"  in function  ~ts/~w\n", Str(shown), BoxInt(Int(len(args)))))
	b.WriteString(indent + "     called as " + shown + "(" + argsText(args) + ")\n")
	if n, why := argumentError(name, args, reason); n > 0 {
		b.WriteString(Sprintf(indent+"     *** argument ~w: ~ts\n", BoxInt(Int(n)), Str(why)))
	}
	return b.String(), true
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

// argumentError says which argument of a common BIF was wrong and why, as
// erl_erts_errors does; 0 when the BIF is not one rt knows about.
func argumentError(name string, args []Term, reason Term) (int, string) {
	isList := func(t Term) bool { _, ok := ListToSlice(t); return ok }
	switch len(args) {
	case 1:
		a := args[0]
		switch name {
		case "tuple_size", "tuple_to_list":
			return 1, "not a tuple"
		case "hd", "tl":
			return 1, "not a nonempty list"
		case "length":
			return 1, "not a list"
		case "integer_to_list", "integer_to_binary":
			return 1, "not an integer"
		case "atom_to_list", "atom_to_binary":
			return 1, "not an atom"
		case "binary_to_atom", "binary_to_list", "byte_size", "binary_to_existing_atom":
			return 1, "not a binary"
		case "list_to_integer":
			if isList(a) {
				return 1, "not a textual representation of an integer"
			}
			return 1, "not a list"
		case "list_to_float":
			if isList(a) {
				return 1, "not a textual representation of a float"
			}
			return 1, "not a list"
		case "list_to_tuple":
			return 1, "not a list"
		case "map_size":
			return 1, "not a map"
		}
	case 2:
		switch name {
		case "element":
			if _, ok := args[1].(*Tuple); !ok {
				return 2, "not a tuple"
			}
			if !IsInteger(args[0]) { // a big index is out of range too
				return 1, "not an integer"
			}
			return 1, "out of range"
		case "map_get":
			if _, ok := args[1].(*Map); !ok {
				return 2, "not a map"
			}
			return 1, "not present in map"
		}
	}
	return 0, ""
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
