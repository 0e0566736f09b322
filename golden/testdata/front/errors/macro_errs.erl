-module(macro_errs).
-define(M(X), X).
-define(M(X), X).
f() -> ?M(1, 2) + ?N + ?M.
-ifdef(X).
