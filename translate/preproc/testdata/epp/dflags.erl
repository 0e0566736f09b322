%% opts: -DFOO -DBAR=42 -DBAZ="str" -DQUUX={a,b}
-module(dflags).
f() -> {?FOO, ?BAR, ?BAZ, ?QUUX}.
-ifdef(FOO).
g() -> foo.
-endif.
-define(FOO, again).
-undef(FOO).
-define(FOO, now).
h() -> ?FOO.
