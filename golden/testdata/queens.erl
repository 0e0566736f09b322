-module(queens).
-export([main/0]).

%% N-queens by list comprehensions and backtracking.
queens(0, _) -> [[]];
queens(K, N) ->
    [[Q | Qs] || Qs <- queens(K - 1, N), Q <- lists:seq(1, N), safe(Q, Qs, 1)].

safe(_, [], _) -> true;
safe(Q, [Q1 | Qs], D) ->
    Q =/= Q1 andalso abs(Q - Q1) =/= D andalso safe(Q, Qs, D + 1).

show(Board) ->
    N = length(Board),
    [io:format("~s~n", [[if C =:= Q -> $Q; true -> $. end || C <- lists:seq(1, N)]]) || Q <- Board],
    ok.

main() ->
    io:format("~p~n", [[length(queens(N, N)) || N <- lists:seq(1, 8)]]),
    [First | _] = queens(6, 6),
    io:format("~w~n", [First]),
    show(First).
