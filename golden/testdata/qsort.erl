-module(qsort).
-export([main/0, qsort/1]).

qsort([]) -> [];
qsort([Pivot|T]) ->
    qsort([X || X <- T, X < Pivot])
    ++ [Pivot] ++
    qsort([X || X <- T, X >= Pivot]).

%% A pseudo-random list without the rand module: a linear congruential generator.
lcg(0, _, Acc) -> Acc;
lcg(N, S, Acc) ->
    S1 = (S * 1103515245 + 12345) rem 2147483648,
    lcg(N - 1, S1, [S1 rem 1000 | Acc]).

is_sorted([A, B | T]) when A =< B -> is_sorted([B | T]);
is_sorted([_, _ | _]) -> false;
is_sorted(_) -> true.

main() ->
    io:format("~p~n", [qsort([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])]),
    io:format("~p~n", [qsort("the quick brown fox")]),
    io:format("~p~n", [qsort([b, "str", 1.5, {t}, 2, a, [x]])]),
    L = lcg(20000, 42, []),
    S = qsort(L),
    io:format("sorted: ~p, length ~p, same as lists:sort: ~p~n",
              [is_sorted(S), length(S), S =:= lists:sort(L)]),
    io:format("first ten: ~w~n", [lists:sublist(S, 10)]).
