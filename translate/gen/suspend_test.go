package gen_test

import "testing"

// Which receives may wait without a goroutine (suspend.go), and what marks
// the entries that tell them they run at the bottom of the stack.
func TestIdleShape(t *testing.T) {
	checkShapes(t, "-module(m).\n-export([loop/1, start/0]).\n", []shapeCase{
		{ // eight arguments are not too many
			"loop(S) -> S.\nwide(A, B, C, D, E, F, G, H) -> receive X -> wide(X, A, B, C, D, E, F, G) end.\n" +
				"start() -> spawn(fun() -> wide(1, 2, 3, 4, 5, 6, 7, 8) end).\n",
			[]string{"return p.WaitIdle(m_wide_8, A, B, C, D, E, F, G, H)"},
			nil,
		},
		{ // a server loop started by a fun that only calls it, and by spawn/3
			"loop(S) -> receive {get, F} -> F ! S, loop(S); stop -> ok end.\n" +
				"start() -> spawn(fun() -> loop(0) end), spawn(m, loop, [1]).\n",
			[]string{"base1 := p.AtBase()\n", "msg1 := p.RecvStartIdle(base1)\n\trecv1:\n\t\tif msg1 == nil {\n\t\t\treturn p.WaitIdle(m_loop_1, S)",
				"}).MarkIdle())", `rt.Export("loop", 1, m_loop_1).MarkIdle()`},
			nil,
		},
		{ // a counter held natively is boxed for the continuation; fun wait/0 is marked
			"loop(N) -> receive inc -> loop(N + 1); {get, F} -> F ! N end.\n" +
				"wait() -> receive go -> ok end.\nstart() -> spawn(fun wait/0).\n",
			[]string{"return p.WaitIdle(m_loop_1, rt.BoxInt(nat1))", "return p.WaitIdle(m_loop_1, N)", "Idle:   true,"},
			nil,
		},
		{ // set-up before the loop: the token is handed on at each tail call
			"loop(S) -> receive {get, F} -> F ! S, loop(S) end.\n" +
				"init(S) -> register(x, self()), loop(S).\n" +
				"start() -> spawn(fun() -> process_flag(trap_exit, true), init(now()) end).\n",
			[]string{"base1 := p.AtBase()\n\tp.Tick()\n\t/*line m.erl:4*/ rt.ErlangRegister2(", "p.PassBase(base1)\n\t/*line m.erl (tail call):4*/ return m_loop_1(p, S)",
				"v1 := rt.ErlangNow0(p)\n\t\tp.PassBase(base1)\n", "}).MarkIdle())", `rt.Local("init", 1, m_init_1).MarkIdle()`},
			nil,
		},
		{ // values computed before the receive are computed again on waking
			"loop(S) -> #{n := N} = S, Next = N + 1, receive {get, F} -> F ! Next, loop(S#{n := Next}) end.\n" +
				"start() -> spawn(fun() -> loop(#{n => 0}) end).\n",
			[]string{"return p.WaitIdle(m_loop_1, S)", "}).MarkIdle())"},
			nil,
		},
		{ // an after section: the deadline of the first wait stands on waking
			"loop(S) -> receive {get, F} -> F ! S, loop(S) after 100 -> S end.\n" +
				"start() -> spawn(fun() -> loop(0) end).\n",
			[]string{"msg1 := p.RecvStartIdleAfter(base1, rt.BoxInt(100))\n\trecv1:\n\t\tif msg1.Idle() {\n\t\t\treturn p.WaitIdle(m_loop_1, S)\n\t\t}\n\t\tif msg1 == nil {",
				"msg1 = p.RecvNextIdleAfter(msg1, base1)", "}).MarkIdle())"},
			nil,
		},
		{ // not idle: work before the receive, a timeout computed with effects, after 0, a fun
			// that computes its arguments, more than eight arguments
			"loop(S) -> io:format(\"~p~n\", [S]), receive X -> loop(X) end.\n" +
				"timed(S) -> receive X -> timed(X) after get(t) -> S end.\n" +
				"poll() -> receive X -> X after 0 -> none end.\n" +
				"wide(A, B, C, D, E, F, G, H, I) -> receive X -> wide(X, A, B, C, D, E, F, G, H) end.\n" +
				"start() -> spawn(fun() -> loop(self()) end), timed(0), poll(), wide(1, 2, 3, 4, 5, 6, 7, 8, 9).\n",
			nil,
			[]string{"AtBase", "MarkIdle", "WaitIdle"},
		},
	})
}
