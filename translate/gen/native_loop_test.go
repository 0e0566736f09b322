package gen_test

import (
	"strings"
	"testing"
)

// The shape of loops over native integers (native_loop.go).
func TestNativeLoopShape(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want, not []string
	}{
		{"a counter computed from itself is held natively, with the Term loop after",
			"f() -> 0.\nf(_) -> 0.\nf(0, Acc) -> Acc;\nf(N, Acc) when N > 0 -> f(N - 1, [N | Acc]).\n",
			[]string{"if nat1, ok := rt.IntOf(a1); ok {", "if !rt.LoopInt(nat1) {\n\t\t\t\ta1 = rt.BoxInt(nat1)\n\t\t\t\tgoto terms",
				"if nat1 != 0 {\n\t\t\t\t\tgoto nclause2", "N := nat1", "(N > 0)", "nat1, Acc = N-1, p.Cons(rt.BoxInt(N), Acc)",
				"terms:\n\tfor {", "a1, Acc = rt.SubIntOr(", "return rt.FunctionClause(rt.BoxInt(nat1), Acc)"}, nil},
		{"two natives, one a sum with segments; the matcher is shared",
			"f() -> 0.\nf(_) -> 0.\nf(<<A:32, B, Rest/binary>>, S) -> f(Rest, S + A * B);\nf(<<>>, S) -> S.\n",
			[]string{"if nat2, ok := rt.IntOf(S); ok {", "S = rt.BoxInt(nat2)", "bm1, nat2 = m", "S+A*B", "return rt.BoxInt(S)"}, nil},
		{"a step that is not native keeps the parameter a Term",
			"f() -> 0.\nf(_) -> 0.\nf(N, Acc) when N > 100 -> Acc;\nf(N, Acc) -> f(N * N + 1, Acc).\n",
			nil, []string{"nat1", "LoopInt", "terms:"}},
		{"a parameter used twice as a Term, or captured by a fun, stays a Term",
			"f() -> 0.\nf(N) -> f(N, []).\nf(0, L) -> L;\nf(N, L) -> f(N - 1, [N, {N} | L]).\n",
			nil, []string{"nat1", "LoopInt"}},
		{"a fun in the loop keeps it over Terms",
			"f() -> 0.\nf(_) -> 0.\nf(0, L) -> L;\nf(N, L) -> f(N - 1, [fun() -> N end | L]).\n",
			nil, []string{"nat1", "LoopInt"}},
		{"body recursion is left alone, even where another pass makes it a loop",
			"f() -> 0.\nf(0) -> [];\nf(N) -> [N | f(N - 1)].\nf(_, _) -> 0.\n",
			nil, []string{"nat1", "LoopInt"}},
	} {
		src := genModule(t, tc.src)
		for _, w := range tc.want {
			if !strings.Contains(src, w) {
				t.Errorf("%s: no %q in\n%s", tc.name, w, src)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(src, n) {
				t.Errorf("%s: %q in\n%s", tc.name, n, src)
			}
		}
	}
}
