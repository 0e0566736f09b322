package gen_test

import (
	"strings"
	"testing"
)

// The code for receive, send and safe points has the shape rt/doc.go
// documents; golden/ runs it.
func TestReceiveShape(t *testing.T) {
	checkShapes(t, "-module(m).\n-export([loop/1]).\n", []shapeCase{
		{ // a server loop: the tail call in a clause body continues the function's loop
			"loop(S) ->\n    receive\n        {get, From} -> From ! S, loop(S);\n        stop -> ok\n    end.\n",
			[]string{"for {\n\t\tp.Tick()", "msg1 := p.RecvStartIdle(base1)", "recv1:", "p.RecvTake(msg1)",
				"rt.Send(p, From, S)", "continue", "goto recv1_c2", "recv1_next:\n\t\tmsg1 = p.RecvNextIdle(msg1, base1)\n\t\tgoto recv1"},
			nil,
		},
		{ // after: the timeout is evaluated first; nil means it passed (a receive that may wait idle)
			"loop(S) ->\n    receive\n        X when X > S -> X\n    after 100 -> timeout\n    end.\n",
			[]string{"p.RecvStartIdleAfter(base1, rt.BoxInt(100))", "if msg1 == nil {", "return atom_timeout", "if !rt.LtOr(rt.LtSmall(S, X), S, X) {\n\t\t\tgoto recv1_next"},
			nil,
		},
		{ // after infinity is no after at all (here, a receive that may wait idle); only after is a sleep
			"loop(_) ->\n    receive a -> 1 after infinity -> 2 end,\n    receive after 5 -> ok end.\n",
			[]string{"p.RecvStartIdle(base1)", "p.Sleep(rt.BoxInt(5))"},
			nil,
		},
		{ // the call pattern starts at a receive marker
			"loop(P) ->\n    Ref = make_ref(),\n    P ! {self(), Ref},\n    receive {Ref, R} -> R end.\n",
			[]string{"mark1 := p.RecvMark()\n", "Ref := rt.ErlangMakeRef0(p)", "p.RecvStartMarked(mark1, nil)"},
			nil,
		},
		{ // no marker when a clause can match an older message
			"loop(P) ->\n    Ref = monitor(process, P),\n    receive {Ref, R} -> R; {'DOWN', _, _, _, _} -> down end.\n",
			[]string{"p.RecvStart(nil)"},
			[]string{"RecvMark"},
		},
		{ // functions that tail-call each other: one loop calling a function per member
			"loop(S) -> receive a -> other(S) after 0 -> S end.\nother(S) -> receive b -> loop(S) end.\n",
			[]string{"base := p.AtBase()\n\tfor {\n\t\tvar v rt.Term\n\t\tp.PassBase(base)\n\t\tswitch entry {",
				"func m_loop_1_body(p *rt.Process, a *[1]rt.Term, a1 rt.Term) (int, rt.Term) {\n\tp.DropBase()\n\tp.Tick()",
				"return -1, p.WaitIdle(m_other_1, a1)",
				"recv1:", "return 1, nil", "rt.RegisterFunc(m_other_1_body, \"m\", \"other\", 1)"},
			nil,
		},
		{ // every comprehension generator's loop has a safe point, so a kill
			// reaches a process busy in one that calls nothing
			"loop(L) ->\n    [X + 1 || X <- L, Y <- L, X < Y] ++ [K || K := _ <- #{}] ++ [B || <<B>> <= <<1>>].\n",
			[]string{"c1 = rt.Cells(c1.Tail) {\n\t\tp.Tick()", "c2 = rt.Cells(c2.Tail) {\n\t\t\tp.Tick()", "it1.Next(); {\n\t\tp.Tick()",
				"rt.MatchBits(lit_m_2)", "for {\n\t\tp.Tick()"},
			nil,
		},
		{ // variables bound in every clause (and the after section) are used after the receive
			"loop(_) ->\n    receive {a, X} -> ok; {b, X} -> ok after 0 -> X = none end,\n    X.\n",
			[]string{"var X rt.Term", "X = t1.Elems[1]", "X = atom_none", "goto recv1_end", "recv1_end:\n\t/*line m.erl:5*/ return X"},
			nil,
		},
	})
}

// shapeCase is a module's source (after a header) and what the generated
// Go must contain (want) and must not (not).
type shapeCase struct {
	src       string
	want, not []string
}

// checkShapes translates header+src for each case and checks the Go.
func checkShapes(t *testing.T, header string, cases []shapeCase) {
	t.Helper()
	for _, tc := range cases {
		files, errs := translateSrc(t, header+tc.src)
		if errs.HasErrors() {
			t.Errorf("%s:\n%v", tc.src, errs)
			continue
		}
		out := string(files[0].Src)
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("generated code lacks %q:\n%s", w, out)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(out, w) {
				t.Errorf("generated code has %q:\n%s", w, out)
			}
		}
	}
}

// A guard of several tests is negated as a whole: when is_pid(P), P =/= Old
// fails unless both hold.
func TestGuardConjunction(t *testing.T) {
	files, errs := translateSrc(t, "-module(m).\n-export([f/2]).\nf(P, Old) when is_pid(P), P =/= Old -> P;\nf(_, _) -> none.\n")
	if errs.HasErrors() {
		t.Fatal(errs)
	}
	want := "if !(rt.IsPid(P) && !rt.ExactEqual(P, Old)) {"
	if out := string(files[0].Src); !strings.Contains(out, want) {
		t.Errorf("generated code lacks %q:\n%s", want, out)
	}
}
