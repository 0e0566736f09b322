-module(nodot).
-define(A, 1).
f() -> ?A