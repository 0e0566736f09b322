package rt

import (
	"strconv"
	"strings"
	"testing"
)

// TestFormatException: crash report texts of errors, as BEAM (OTP 25)
// printed them for proc_lib processes dying of each (erl_error's format).
func TestFormatException(t *testing.T) {
	loc := func(file string, line int) Term {
		return List(NewTuple(atomFile, Str(file)), NewTuple(atomLine, BoxInt(Int(line))))
	}
	info := List(NewTuple(Intern("error_info"), NewMap(Intern("module"), Intern("erl_erts_errors"))))
	fun := func(line int) Term {
		return NewTuple(Intern("fe"), Intern("-main/0-fun-1-"), BoxInt(0), loc("fe.erl", line))
	}
	procLib := NewTuple(atomProcLib, atomInitP, BoxInt(3), loc("proc_lib.erl", 225))
	undefined := Intern("undefined")
	for _, tc := range []struct {
		class  Atom
		reason Term
		stack  Term
		want   string
	}{
		{AtomError, NewTuple(Intern("badmatch"), undefined), List(fun(8), procLib),
			"    exception error: no match of right hand side value undefined\n" +
				"      in function  fe:'-main/0-fun-1-'/0 (fe.erl, line 8)\n"},
		{AtomError, AtomBadarith, List(NewTuple(AtomErlang, Intern("*"), List(undefined, BoxInt(2)), info), fun(18), procLib),
			"    exception error: an error occurred when evaluating an arithmetic expression\n" +
				"      in operator  */2\n" +
				"         called as undefined * 2\n" +
				"      in call from fe:'-main/0-fun-1-'/0 (fe.erl, line 18)\n"},
		{AtomError, AtomFunctionClause, List(NewTuple(Intern("fe2"), Intern("f"), List(undefined), loc("fe2.erl", 3)),
			NewTuple(Intern("fe2"), Intern("g"), BoxInt(1), loc("fe2.erl", 4)), procLib),
			"    exception error: no function clause matching fe2:f(undefined) (fe2.erl, line 3)\n" +
				"      in function  fe2:g/1 (fe2.erl, line 4)\n"},
		{AtomError, AtomUndef, List(NewTuple(Intern("nomod"), Intern("nofun"), List(BoxInt(1)), Nil{}), procLib),
			"    exception error: undefined function nomod:nofun/1\n"},
		{AtomError, AtomBadarg, List(NewTuple(AtomErlang, Intern("element"), List(BoxInt(5), NewTuple(BoxInt(1))), info), fun(20), procLib),
			"    exception error: bad argument\n" +
				"      in function  element/2\n" +
				"         called as element(5,{1})\n" +
				"         *** argument 1: out of range\n" +
				"      in call from fe:'-main/0-fun-1-'/0 (fe.erl, line 20)\n"},
		{AtomError, NewTuple(Intern("badkey"), Intern("k")), List(NewTuple(AtomErlang, Intern("map_get"), List(Intern("k"), NewMap()), info), fun(18), procLib),
			"    exception error: bad key: k\n" +
				"      in function  map_get/2\n" +
				"         called as map_get(k,#{})\n" +
				"         *** argument 1: not present in map\n" +
				"      in call from fe:'-main/0-fun-1-'/0 (fe.erl, line 18)\n"},
		{AtomError, AtomBadarg, List(NewTuple(AtomErlang, Intern("phash2"), List(undefined, BoxInt(0)), info), fun(13), procLib),
			"    exception error: bad argument\n" +
				"      in function  erlang:phash2/2\n" +
				"         called as erlang:phash2(undefined,0)\n" +
				"         *** argument 1: out of range\n" + // sic: OTP checks the range argument but names the first
				"      in call from fe:'-main/0-fun-1-'/0 (fe.erl, line 13)\n"},
		{AtomError, AtomBadarg, List(NewTuple(AtomErlang, Intern("list_to_integer"), List(Str("x")), info), fun(24), procLib),
			"    exception error: bad argument\n" +
				"      in function  list_to_integer/1\n" +
				"         called as list_to_integer(\"x\")\n" +
				"         *** argument 1: not a textual representation of an integer\n" +
				"      in call from fe:'-main/0-fun-1-'/0 (fe.erl, line 24)\n"},
		{AtomExit, NewTuple(Intern("my"), Intern("reason")), List(fun(22), procLib),
			"    exception exit: {my,reason}\n" +
				"      in function  fe:'-main/0-fun-1-'/0 (fe.erl, line 22)\n"},
		{AtomThrow, Intern("ball"), List(fun(23), procLib),
			"    exception throw: ball\n" +
				"      in function  fe:'-main/0-fun-1-'/0 (fe.erl, line 23)\n"},
	} {
		if got := formatException("    ", tc.class, tc.reason, tc.stack); got != tc.want {
			t.Errorf("%s:%s:\ngot\n%swant\n%s", tc.class.Name(), Format(tc.reason), got, tc.want)
		}
	}
}

// TestErrorLines: format_error texts split as string:lexemes(Text, "\r\n")
// splits them (erl: a CR LF pair is one grapheme and stays).
func TestErrorLines(t *testing.T) {
	got := errorLines("a\nb\r\nc\rd\n\ne")
	want := []string{"a", "b\r\nc", "d", "e"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %q, want %q", got, want)
		}
	}
}

// TestFormatNeeds: what erl_lint:check_format_string/1 says of formats
// (erl, OTP 25).
func TestFormatNeeds(t *testing.T) {
	for _, tc := range []struct{ format, want string }{
		{"~p ~p~n", "term term"},
		{"~s and ~s~n", "string string"},
		{"~f ~w~n", "float term"},
		{"~-10.3.xf~*c", "float integer integer"},
		{"~W ~x ~tp ~lp ~ltP ~tlp", "term integer integer string term term term integer term"},
		{"~tl~n", "error: invalid control ~lt~"},
		{"~lx", "error: invalid control ~lx"},
		{"~ty", "error: invalid control ~ty"},
		{"~q~n", "error: invalid control ~q"},
		{"~", "error: truncated"},
		{"~10", "error: truncated"},
	} {
		types, bad := formatNeeds([]rune(tc.format))
		got := strings.Join(types, " ")
		if bad != "" {
			got = "error: " + bad
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.format, got, tc.want)
		}
	}
}

// TestArgErrors: the "*** argument N" texts of erl_erts_errors and
// erl_stdlib_errors for calls BEAM (OTP 25) was seen to explain so.
func TestArgErrors(t *testing.T) {
	bin := func(s string) Term { return NewBinary([]byte(s)) }
	a := Intern
	info := func(mod, cause string) Term {
		m := NewMap(atomModule, a(mod))
		if cause != "" {
			m = m.Put(atomCause, a(cause))
		}
		return List(NewTuple(atomErrorInfo, m))
	}
	for _, tc := range []struct {
		reason     Term
		m, f       string
		args       []Term
		mod, cause string
		want       string
	}{
		{AtomBadarg, "erlang", "element", []Term{a("a"), a("b")}, "erl_erts_errors", "", "1: not an integer|2: not a tuple"},
		{AtomBadarg, "erlang", "binary_part", []Term{bin("abc"), NewTuple(BoxInt(1), BoxInt(5))}, "erl_erts_errors", "", "2: out of range"},
		{AtomBadarg, "erlang", "binary_part", []Term{bin("abc"), NewTuple(BoxInt(5), BoxInt(1))}, "erl_erts_errors", "", ""}, // OTP's rule fails
		{AtomBadarg, "erlang", "integer_to_binary", []Term{a("x"), BoxInt(1)}, "erl_erts_errors", "", "1: not an integer|2: not an integer in the range 2 through 36"},
		{AtomBadarg, "erlang", "list_to_atom", []Term{&Cons{Head: BoxInt('a'), Tail: a("b")}}, "erl_erts_errors", "", "1: not a proper list"},
		{AtomBadarg, "erlang", "register", []Term{a("undefined"), a("x")}, "erl_erts_errors", "none", "1: 'undefined' is not a valid name|2: not a pid or port"},
		{AtomBadarg, "erlang", "send_after", []Term{BoxInt(-1), a("p"), a("x")}, "erl_erts_errors", "time", "1: out of range"},
		{AtomSystemLimit, "erlang", "list_to_atom", []Term{Str("x")}, "erl_erts_errors", "", ""},
		{AtomBadarg, "lists", "seq", []Term{BoxInt(5), BoxInt(1), BoxInt(1)}, "erl_stdlib_errors", "", "3: not a negative increment"},
		{AtomBadarg, "maps", "fold", []Term{a("x"), BoxInt(0), a("y")}, "erl_stdlib_errors", "", "1: not a fun that takes three arguments|3: not a map or an iterator"},
		{AtomBadarg, "binary", "part", []Term{bin("ab"), BoxInt(1), BoxInt(5)}, "erl_stdlib_errors", "", "3: out of range"},
		{AtomBadarg, "ets", "new", []Term{a("t"), List(a("named_table"))}, "erl_stdlib_errors", "already_exists", "1: table name already exists"},
		{AtomBadarg, "ets", "info", []Term{BoxInt(123)}, "erl_stdlib_errors", "type", "1: not an atom or a table identifier"},
		{AtomBadarg, "ets", "update_counter", []Term{a("t"), a("k"), BoxInt(1)}, "erl_stdlib_errors", "none", "3: the value in the given position, in the object, is not an integer"},
		{AtomBadarg, "io", "format", []Term{Str("~f ~w"), List(BoxInt(1), a("x"))}, "", "", "2: element 1 must be of type float"},
		{AtomBadarg, "io", "format", []Term{Str("~p ~p"), List(a("x"))}, "", "", "1: wrong number of arguments"},
		{AtomBadarg, "re", "run", []Term{Str("a"), Str("(")}, "erl_stdlib_errors", "", "2: could not parse regular expression\nmissing ) on character 1"},
	} {
		in := info(tc.mod, tc.cause)
		if tc.m == "io" {
			in = List(NewTuple(atomErrorInfo, NewMap(atomCause, NewTuple(a("device"), a("put_chars")), atomModule, atomErlStdlibErrors)))
		}
		f := excFormat{}
		em := f.extendedError(tc.reason, []Term{NewTuple(a(tc.m), a(tc.f), List(tc.args...), in)})
		var parts []string
		for n := 1; n <= len(tc.args); n++ {
			if s, ok := em.args[n]; ok {
				parts = append(parts, strconv.Itoa(n)+": "+s)
			}
		}
		if got := strings.Join(parts, "|"); got != tc.want {
			t.Errorf("%s:%s%s: got %q, want %q", tc.m, tc.f, Format(List(tc.args...)), got, tc.want)
		}
	}
}

// TestFormatExceptionOptions: erl_error:format_exception/4's column
// indents the lines after the first; a program's own error_info module
// is asked (here one that is missing: no explanation).
func TestFormatExceptionOptions(t *testing.T) {
	stack := List(NewTuple(AtomErlang, Intern("split_binary"), List(NewBinary([]byte{1}), BoxInt(5)), List(NewTuple(atomErrorInfo, NewMap(atomModule, atomErlErtsErrors)))))
	got := charsText(t, ErlErrorFormatException4(nil, AtomError, AtomBadarg, stack, NewMap(Intern("column"), BoxInt(5))))
	want := "exception error: bad argument\n" +
		"      in function  split_binary/2\n" +
		"         called as split_binary(<<1>>,5)\n" +
		"         *** argument 2: out of range"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func charsText(t *testing.T, chars Term) string {
	rs, ok := chardataChars(chars)
	if !ok {
		t.Fatalf("not chardata: %s", Format(chars))
	}
	return string(rs)
}
