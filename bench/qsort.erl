-module(qsort).
-export([main/0]).
qsort([]) -> [];
qsort([Head|Tail]) ->
    First = qsort([X || X <- Tail, X =< Head]),
    Last = qsort([Y || Y <- Tail, Y > Head]),
    First ++ [Head] ++ Last.
lcg(0, _, Acc) -> Acc;
lcg(N, S, Acc) ->
    S1 = (S * 1103515245 + 12345) rem 2147483648,
    lcg(N - 1, S1, [S1 | Acc]).
main() ->
    S = qsort(lcg(1000000, 42, [])),
    io:format("~p~n", [lists:nth(500000, S)]).
