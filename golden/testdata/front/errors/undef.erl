-module(undef).
-export([f/0, nope/1]).
f() -> g(1) + #r.x.
-record(s, {a}).
h(S) -> S#s.b.
