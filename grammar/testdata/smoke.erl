-module(a).
-export([f/1]).
f(X) -> X + 1.
