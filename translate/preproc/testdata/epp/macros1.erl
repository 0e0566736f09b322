-module(a).
-define(F, foo()).
-define(G(X), {X, a, X}).
-define(S(X), ??X).
f([]) -> {?FUNCTION_ARITY, ?F, ?G(1+2)}.
g(A, {B, C}) -> ?FUNCTION_ARITY.
h() -> ?S([1, "a\x41\n", 'Foo bar', abc, $a, $\n, 16#ff, 1.5e10, 0.1, X,Y, <<>>, fun a/0, 'maybe', a.b, ?F]).
