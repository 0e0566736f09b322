-module(missing_include).
-include("nope.hrl").
f() -> ok.
