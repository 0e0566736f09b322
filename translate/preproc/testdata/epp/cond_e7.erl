-define(A, ?A).
-define(B, ?C).
-define(C, ?B).
f() -> ?A.
g() -> ?B.
-define(D(X), X).
h() -> ?D.
i() -> ?D(1,2).
-define(D, 1).
j() -> {?D, ?D(2), ?D(2,3)}.
-define(D(Y), Y).
