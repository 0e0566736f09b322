%% opts: -Fmaybe_expr
-module(features2).
-ifdef(X).
-else.
a() -> maybe 1 else _ -> 2 end.
-endif.
b() -> ?FEATURE_ENABLED(maybe_expr).
-define(M, maybe).
-feature(maybe_expr, disable).
c() -> {?M, maybe}.
