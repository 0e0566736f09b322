package gen_test

import "testing"

// Comprehensions mark their code with their generator levels and register
// BEAM's names and arities for them (comptrace.go); the names, arities and
// frames were recorded with erl 25 (golden/testdata/e_lctraces checks the
// traces).
func TestCompTraceShape(t *testing.T) {
	checkShapes(t, "-module(m).\n-export([f/2]).\n", []shapeCase{
		{ // a value used: the builder is declared first, its state noted on the way out
			"f(L, K) ->\n    R = [X div K || X <- L],\n    {R}.\n",
			[]string{"var acc1 rt.ListBuilder\n\tdefer rt.KeptUnwind(\"m\", []int{1}, &acc1)",
				"/*line m.erl:4*/ acc1 = rt.ListBuilder{}",
				"/*line m.erl (lc 1):4*/ for c1 := rt.Cells(L);",
				"/*line m.erl:4*/ R := acc1.Take()",
				`rt.CompLevel{Fun: "-f/2-lc$^0/1-0-", Arity: 2, ParentLine: 4, Kept: 1, Inner: 1, InnerLine: 4}`},
			nil,
		},
		{ // in tail position: no frame of f; nested generators: the inner one takes the outer's rest
			"f(L, M) ->\n    [X + Y ||\n        X <- L,\n        Y <- g(M)].\ng(M) -> M.\n",
			[]string{"/*line m.erl (lc 1):6*/ gen1 := m_g_1(p, M)",
				`rt.CompLevel{Fun: "-f/2-lc$^0/1-0-", Arity: 2, ParentLine: 5, Tail: true, Kept: 1, Inner: 2, InnerLine: 6}`,
				`rt.CompLevel{Fun: "-f/2-lc$^1/1-1-", Arity: 4, ParentLine: 5, Tail: true, Kept: 1, Inner: 2, InnerLine: 6}`},
			nil,
		},
		{ // the value dropped: no builder to watch; a fun after the comprehension counts its generator
			"f(L, _) ->\n    [g(X) || X <- L],\n    fun() -> L end.\ng(X) -> X.\n",
			[]string{"var acc1 rt.ListBuilder\n", `rt.CompLevel{Fun: "-f/2-lc$^0/1-0-", Arity: 1, ParentLine: 4}`, "atom_f_2_fun_1"},
			[]string{"KeptUnwind"},
		},
		{ // a binary comprehension: the inner level's frame stands on the outer one's
			"f(L, K) ->\n    B = << <<(X div K):8>> || Xs <- L, X <- Xs >>,\n    {B}.\n",
			[]string{`rt.CompLevel{Fun: "-f/2-lbc$^0/2-0-", Arity: 3, ParentLine: 4}`,
				`rt.CompLevel{Fun: "-f/2-lbc$^1/2-1-", Arity: 3, Parent: 1, ParentLine: 4}`},
			[]string{"KeptUnwind"},
		},
		{ // a constant from outside is no argument; [...] ++ T takes T
			"f(L, T) ->\n    K = 3,\n    R = [X div K || X <- L] ++ T,\n    {R}.\n",
			[]string{`rt.CompLevel{Fun: "-f/2-lc$^0/1-0-", Arity: 2, ParentLine: 5, Kept: 1, Inner: 1, InnerLine: 5}`},
			nil,
		},
	})
}
