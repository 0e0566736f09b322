-module(features3).
-define(X, 1).
-feature(maybe_expr, enable).
-ifdef(X).
-feature(nope, enable).
-feature(maybe_expr, enable).
-endif.
a() -> maybe {ok, A} ?= f(), A else E -> E end.
b() -> ?FEATURE_ENABLED(maybe_expr).
-define(M, maybe).
c() -> ?M.
d() -> 'maybe'.
-if(?FEATURE_ENABLED(maybe_expr)).
e() -> on.
-else.
e() -> off.
-endif.
