-module(factorial).
-export([fac/1, main/0]).

fac(1) -> 1;
fac(N) -> N * fac(N - 1).

main() ->
    io:format("~w~n", [fac(10)]),
    io:format("~w~n", [fac(50)]).
