-module(fact).
-export([main/0, fac/1]).

%% The classic definition, and a tail-recursive one with an accumulator.
fac(0) -> 1;
fac(N) when N > 0 -> N * fac(N - 1).

fac_acc(N) -> fac_acc(N, 1).

fac_acc(0, Acc) -> Acc;
fac_acc(N, Acc) when is_integer(N), N > 0 -> fac_acc(N - 1, N * Acc).

count(0, Acc) -> Acc;
count(N, Acc) -> count(N - 1, Acc + 1).

main() ->
    io:format("fac(10) = ~p~n", [fac(10)]),
    io:format("fac(25) = ~p~n", [fac(25)]),
    io:format("equal: ~p~n", [fac(40) =:= fac_acc(40)]),
    io:format("count: ~p~n", [count(3000000, 0)]),
    [io:format("~w! = ~w~n", [I, fac(I)]) || I <- lists:seq(0, 6)],
    R = (catch fac(-1)),
    io:format("fac(-1): ~p~n", [element(1, element(2, R))]),
    ok.
