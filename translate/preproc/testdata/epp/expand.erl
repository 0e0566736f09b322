-module(expand).
-define(A, ?A).
-define(B, ?C).
-define(C, x ?B).
-define(D(X), ?D(X)).
-define(E(X), ?X).
-define(Q, ?).
-define(ID(X), X).
-define(G(), ?ID).
-define(H, ?ID).
-define(TWO(X), X X).
-define(L, ?LINE).
-define(P, [?MODULE, ?MODULE_STRING, ?MACHINE, ?BEAM, ?OTP_RELEASE, ?FILE]).
-define(NESTED(X), ?ID(?ID(X))).
-define(LONE, lone).
-define(OV, ov0).
-define(OV(X), {ov1, X}).
-define(OV(X, Y), {ov2, X, Y}).
-define(OV(), ov00).
a() -> ?A.
b() -> ?B.
c() -> ?D(1).
d() -> ?E(ID)(7).
e() -> ?Q ID(2).
f() -> ?G()(3).
g() -> ?H(4).
h() -> ?TWO(?L).
i() -> ?P.
j() -> ?NESTED({1, 2}).
k() -> ?LONE(1, 2).
l() -> {?OV, ?OV(), ?OV(a), ?OV(a, b)}.
m() -> ?OV(a, b, c).
n() -> ?ID(?LINE
  ).
o() -> ?ID(
  ?LINE).
p() -> ?ID([1,
  2]) ++ ?L.
q() -> ?TWO(a b).
r() -> ?ID(fun(X) -> X end (1)).
