-module(tuples).
-export([main/0]).

swap({A, B}) -> {B, A}.

stats(L) ->
    {Min, Max, Sum} = lists:foldl(fun(X, {Mn, Mx, S}) -> {min(X, Mn), max(X, Mx), S + X} end,
                                  {hd(L), hd(L), 0}, L),
    #{min => Min, max => Max, mean => Sum / length(L)}.

main() ->
    T = {a, b, c},
    io:format("~p ~p ~p~n", [element(2, T), setelement(1, T, z), tuple_size(T)]),
    io:format("~p ~p~n", [tuple_to_list(T), list_to_tuple([1, 2])]),
    io:format("~p~n", [swap({1, 2})]),
    io:format("~p~n", [erlang:make_tuple(3, x)]),
    io:format("~p~n", [erlang:append_element({1}, 2)]),
    io:format("~p~n", [lists:keyfind(b, 1, [{a, 1}, {b, 2}])]),
    io:format("~p~n", [lists:keysort(2, [{x, 3}, {y, 1}, {z, 2}])]),
    io:format("~p~n", [lists:keystore(c, 1, [{a, 1}], {c, 3})]),
    io:format("~p~n", [stats([3, 1, 4, 1, 5, 9, 2, 6])]),
    io:format("~p~n", [{}]),
    {'EXIT', {Err, _}} = (catch element(5, T)),
    io:format("~p~n", [Err]),
    ok.
