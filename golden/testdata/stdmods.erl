-module(stdmods).
-export([main/0]).

main() ->
    Q = lists:foldl(fun queue:in/2, queue:new(), lists:seq(1, 7)),
    {{value, 1}, Q1} = queue:out(Q),
    io:format("~p~n~p~n", [Q, queue:in_r(0, Q1)]),
    T = lists:foldl(fun(K, Acc) -> gb_trees:enter(K, K * K, Acc) end, gb_trees:empty(), [5, 2, 8, 1, 9, 3, 7, 4, 6]),
    io:format("~p~n~p~n", [T, gb_trees:to_list(gb_trees:delete(5, T))]),
    S = gb_sets:from_list([c, a, b]),
    io:format("~p~n", [gb_sets:union(S, gb_sets:from_list([d, a]))]),
    Props = [{name, "x"}, debug, {size, 3}],
    io:format("~p ~p ~p~n", [proplists:get_value(size, Props), proplists:get_bool(debug, Props), proplists:to_map(Props)]),
    D = orddict:update_counter(a, 1, orddict:from_list([{b, 2}, {a, 1}])),
    io:format("~p ~p~n", [D, ordsets:union(ordsets:from_list([3, 1]), [2])]),
    io:format("~p ~p ~p~n", [string:split("a,b,c", ",", all), string:trim(<<"  hi  ">>), string:pad("ab", 5, both)]),
    io:format("~s|~s~n", [string:uppercase("hello"), string:join(string:tokens("a b c", " "), "-")]),
    io:format("~p ~p~n", [math:sqrt(16), math:pow(2, 10)]),
    W = lists:sort(dict:to_list(dict:update_counter(w, 2, dict:store(w, 1, dict:new())))),
    io:format("~p ~p~n", [W, lists:sort(sets:to_list(sets:from_list([b, a, b])))]),
    catch_it(fun() -> gb_trees:insert(5, x, T) end),
    catch_it(fun() -> queue:get(queue:new()) end),
    ok.

catch_it(F) ->
    try F() catch C:R -> io:format("~p:~p~n", [C, R]) end.
