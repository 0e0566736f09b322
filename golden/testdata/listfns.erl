-module(listfns).
-export([main/0]).

my_map(_, []) -> [];
my_map(F, [H | T]) -> [F(H) | my_map(F, T)].

my_filter(P, L) -> [X || X <- L, P(X)].

my_foldr(_, Acc, []) -> Acc;
my_foldr(F, Acc, [H | T]) -> F(H, my_foldr(F, Acc, T)).

flatten([]) -> [];
flatten([H | T]) when is_list(H) -> flatten(H) ++ flatten(T);
flatten([H | T]) -> [H | flatten(T)].

take(0, _) -> [];
take(_, []) -> [];
take(N, [H | T]) -> [H | take(N - 1, T)].

main() ->
    L = lists:seq(1, 10),
    io:format("~p~n", [my_map(fun(X) -> X * X end, L)]),
    io:format("~p~n", [my_filter(fun(X) -> X rem 3 =:= 0 end, L)]),
    io:format("~p~n", [my_foldr(fun(X, Acc) -> [X | Acc] end, [], L)]),
    io:format("~p~n", [flatten([1, [2, [3, 4]], [], [[5]]])]),
    io:format("~p~n", [take(3, L)]),
    io:format("~p~n", [lists:partition(fun(X) -> X > 5 end, L)]),
    io:format("~p~n", [lists:zip(lists:seq(1, 3), [a, b, c])]),
    io:format("~p~n", [lists:unzip([{1, a}, {2, b}])]),
    io:format("~p~n", [lists:nth(3, L)]),
    io:format("~p~n", [lists:member(7, L)]),
    io:format("~p~n", [lists:usort([3, 1, 3, 2, 1])]),
    io:format("~p~n", [lists:append([[1], [2, 3], []])]),
    io:format("~p~n", [lists:foldr(fun(X, A) -> X - A end, 0, L)]),
    io:format("~p~n", [lists:max(L) + lists:min(L)]),
    io:format("~p~n", [lists:any(fun erlang:is_atom/1, [1, a])]),
    io:format("~p~n", [lists:all(fun is_integer/1, L)]),
    io:format("~p~n", [lists:mapfoldl(fun(X, S) -> {X * 2, S + X} end, 0, [1, 2, 3])]),
    io:format("~p~n", [[{X, Y} || X <- [1, 2], Y <- [X, X + 1]]]),
    ok.
