-module(features).
a() -> maybe.
-feature(maybe_expr, enable).
b() -> maybe X = 1, X else _ -> error end.
c() -> ?FEATURE_ENABLED(maybe_expr).
-feature(maybe_expr, disable).
d() -> maybe.
-feature(nope, enable).
-feature(maybe_expr, sideways).
-feature(maybe_expr).
-export([a/0]).
-feature(maybe_expr, enable).
e() -> else.
