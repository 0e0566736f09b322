-module(runaway).
-define(A, ?B).
-define(B, ?A).
f() -> ?A.
