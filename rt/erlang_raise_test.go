package rt

import "testing"

// erl (OTP 25): erlang:raise/3 with a bad class or stacktrace returns
// badarg; {M, F, A} frames are kept with location [].
func TestErlangRaiseArgs(t *testing.T) {
	p := NewProcess()
	m, f, r := Intern("m"), Intern("f"), Intern("r")
	cases := []struct {
		class, stack Term
		want         string
	}{
		{Intern("bad_class"), Nil{}, "badarg"},
		{AtomError, Intern("not_a_list"), "badarg"},
		{AtomError, List(Intern("bad_frame")), "badarg"},
		{AtomError, List(NewTuple(m, f, BoxInt(1), Intern("bad"))), "badarg"},
		{AtomError, List(NewTuple(m, Str("f"), BoxInt(1), Nil{})), "badarg"},
		{AtomError, &Cons{Head: NewTuple(m, f, BoxInt(1), Nil{}), Tail: Intern("x")}, "badarg"},
		{AtomThrow, List(NewTuple(m, f, BoxInt(1), Nil{})), "throw:r [{m,f,1,[]}]"},
		{AtomError, List(NewTuple(m, f, BoxInt(1))), "error:r [{m,f,1,[]}]"},
		{AtomExit, List(NewTuple(m, f, List(Intern("a")), List(NewTuple(atomLine, BoxInt(3))))), "exit:r [{m,f,[a],[{line,3}]}]"},
	}
	for _, c := range cases {
		var got string
		e, raised := catchError(func() { got = Format(ErlangRaise3(p, c.class, r, c.stack)) })
		if raised {
			got = Format(e.Class) + ":" + Format(e.Reason) + " " + Format(e.stack)
		}
		if got != c.want {
			t.Errorf("erlang:raise(%s, r, %s) gives %s, want %s", Format(c.class), Format(c.stack), got, c.want)
		}
	}
}
