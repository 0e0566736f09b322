-module(tricky).
-export([main/0]).

-record(inner, {b = 0}).
-record(outer, {a = #inner{}, n = 0}).

%% A loop whose state comes out of a case, and a closure made per iteration.
collect(0, Acc) -> lists:reverse(Acc);
collect(N, Acc) ->
    case N rem 3 of
        0 -> Tag = fizz;
        _ -> Tag = N
    end,
    F = fun() -> {N, Tag} end,
    collect(N - 1, [F() | Acc]).

classify(X) when is_integer(X), X > 0; is_float(X), X > 0.0 -> positive;
classify(X) when X == 0 -> zero;
classify(_) -> other.

prefix([$a, $b] ++ Rest) -> {ab, Rest};
prefix("x" ++ _) -> x;
prefix(_) -> none.

safe(F) -> [case catch F(X) of {'EXIT', {Why, _}} -> Why; V -> V end || X <- [1, 0, a]].

nested(X) ->
    try
        try 10 div X
        catch error:badarith -> throw(zero)
        end
    catch
        throw:zero -> infinity
    end.

pick(#{key := K} = M) when is_map_key(K, M) -> {K, map_get(K, M)};
pick(_) -> nokey.

main() ->
    io:format("~p~n", [collect(6, [])]),
    io:format("~p~n", [[classify(X) || X <- [3, 2.5, 0, 0.0, -1, a]]]),
    io:format("~p~n", [[prefix(S) || S <- ["abc", "ab", "xyz", "q"]]]),
    io:format("~p~n", [safe(fun(X) -> 10 div X end)]),
    io:format("~p ~p~n", [nested(2), nested(0)]),
    A = B = 5,
    io:format("~p~n", [A + B]),
    [_, Second | _] = [1, 2, 3, 4],
    io:format("~p~n", [Second]),
    R = #outer{},
    R2 = R#outer{a = (R#outer.a)#inner{b = 7}, n = R#outer.n + 1},
    io:format("~p~n", [R2]),
    io:format("~p~n", [(R2#outer.a)#inner.b]),
    io:format("~p ~p~n", [pick(#{key => k, k => v}), pick(#{key => z})]),
    Abs = fun(N) when N < 0 -> -N; (N) -> N end,
    io:format("~p~n", [lists:map(Abs, [-3, 0, 4])]),
    V = if A > 3, B > 3 -> both; A > 3; B > 3 -> one; true -> none end,
    io:format("~p~n", [V]),
    {ok, Count} = lists:foldl(fun(_, {ok, C}) -> {ok, C + 1} end, {ok, 0}, "hello"),
    io:format("~p~n", [Count]),
    Long = lists:seq(1, 50),
    io:format("~p~n", [Long]),
    io:format("~w~n", [{[], "", <<>>, #{}, {}}]),
    ok.
