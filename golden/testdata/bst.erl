-module(bst).
-export([main/0]).

%% A binary search tree of tuples: {node, Key, Value, Left, Right} | nil.
insert(K, V, nil) -> {node, K, V, nil, nil};
insert(K, V, {node, K1, V1, L, R}) when K < K1 -> {node, K1, V1, insert(K, V, L), R};
insert(K, V, {node, K1, V1, L, R}) when K > K1 -> {node, K1, V1, L, insert(K, V, R)};
insert(K, V, {node, K, _, L, R}) -> {node, K, V, L, R}.

lookup(_, nil) -> undefined;
lookup(K, {node, K, V, _, _}) -> {ok, V};
lookup(K, {node, K1, _, L, _}) when K < K1 -> lookup(K, L);
lookup(K, {node, _, _, _, R}) -> lookup(K, R).

to_list(nil) -> [];
to_list({node, K, V, L, R}) -> to_list(L) ++ [{K, V}] ++ to_list(R).

depth(nil) -> 0;
depth({node, _, _, L, R}) -> 1 + max(depth(L), depth(R)).

fold(_, Acc, nil) -> Acc;
fold(F, Acc, {node, K, V, L, R}) -> fold(F, F(K, V, fold(F, Acc, L)), R).

main() ->
    Keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65],
    T = lists:foldl(fun(K, Acc) -> insert(K, K * K, Acc) end, nil, Keys),
    io:format("~p~n", [to_list(T)]),
    io:format("~p ~p ~p~n", [lookup(45, T), lookup(99, T), depth(T)]),
    T2 = insert(45, changed, T),
    io:format("~p~n", [lookup(45, T2)]),
    io:format("~p~n", [fold(fun(K, _, Acc) -> K + Acc end, 0, T)]),
    Words = insert("pear", 3, insert("apple", 1, insert("fig", 2, nil))),
    io:format("~p~n", [[K || {K, _} <- to_list(Words)]]).
