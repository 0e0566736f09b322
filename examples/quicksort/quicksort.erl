-module(quicksort).
-export([qsort/1, main/0]).

qsort([]) -> [];
qsort([Head|Tail]) ->
    First = qsort([X || X <- Tail, X =< Head]),
    Last = qsort([Y || Y <- Tail, Y > Head]),
    First ++ [Head] ++ Last.

main() ->
    io:format("~w~n", [qsort([23, 6, 2, 9, 27, 400, 78, 45, 61, 82, 14])]).
