-module(define_errors).
-define.
-define(1, x).
-define(A x).
-define(B(X, X), x).
-define(C(X) x).
-define(D(X, 1), x).
-define(E, x.
-define(F(X,), x).
-define(G(, x).
-define(H, ?I(,)).
-define(J, ?K(a,)).
-define(MODULE, x).
-define(LINE, 1).
-define(FILE, 1).
-define(FUNCTION_NAME, 1).
-define(M, 1).
-define(M, 2).
-define(M(), 3).
-define(M(), 4).
-define(M(X), X).
-define('M', 5).
-undef(M, x).
-undef(1).
-undef.
-undef(M).
-define(M, 6).
-undef(LINE).
-define(LINE, 7).
-undef(MODULE).
-define(MODULE, 8).
-define(if, 9).
-define(Var, 10).
-define('quoted atom', 11).
f() -> {?M, ?Var, ?'quoted atom', ?LINE, ?MODULE, ?'LINE'}.
-define(N(X, Y), {X, Y}).
g() -> ?N(1).
h() -> ?N(1, 2, 3).
i() -> ?N(a, ).
j() -> ?N(, a).
k() -> ?N(a,, b).
l() -> ?N((a, b), [c, d]).
m() -> ?N.
