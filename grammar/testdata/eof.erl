-module(eof).
-export([x/0]).
x() -> ok.