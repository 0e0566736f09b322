package rt

import "testing"

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
				"      in call from fe:'-main/0-fun-1-'/0 (fe.erl, line 13)\n"}, // BEAM adds "*** argument 1: out of range"
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
