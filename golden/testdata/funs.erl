-module(funs).
-export([main/0, double/1]).

double(X) -> 2 * X.

adder(N) -> fun(X) -> X + N end.

compose(F, G) -> fun(X) -> F(G(X)) end.

apply_n(_, 0, X) -> X;
apply_n(F, N, X) -> apply_n(F, N - 1, F(X)).

main() ->
    Add3 = adder(3),
    io:format("~p~n", [Add3(4)]),
    Inc = fun(X) -> X + 1 end,
    io:format("~p~n", [lists:map(Inc, [1, 2, 3])]),
    io:format("~p~n", [lists:map(fun double/1, [1, 2, 3])]),
    io:format("~p~n", [lists:map(fun funs:double/1, [4, 5])]),
    io:format("~p~n", [(compose(Add3, fun double/1))(10)]),
    io:format("~p~n", [apply_n(fun(X) -> X * 2 end, 10, 1)]),
    Fact = fun F(0) -> 1; F(N) -> N * F(N - 1) end,
    io:format("~p~n", [Fact(20)]),
    Count = fun Loop(0, Acc) -> Acc; Loop(N, Acc) -> Loop(N - 1, Acc + 1) end,
    io:format("~p~n", [Count(1000000, 0)]),
    Sum = lists:foldl(fun(X, Acc) -> X + Acc end, 0, lists:seq(1, 100)),
    io:format("~p~n", [Sum]),
    io:format("~p~n", [apply(funs, double, [21])]),
    io:format("~p~n", [apply(fun(A, B) -> A - B end, [10, 3])]),
    M = funs, F = double,
    io:format("~p~n", [M:F(8)]),
    io:format("~p ~p~n", [erlang:function_exported(funs, double, 1),
                          erlang:function_exported(funs, adder, 1)]),
    Pairs = [{X, Y} || X <- [1, 2, 3], Y <- [a, b], X =/= 2],
    io:format("~p~n", [Pairs]),
    io:format("~p~n", [[X || {X, a} <- Pairs]]),
    {'EXIT', {{badarity, _}, _}} = (catch (fun(X) -> X end)(1, 2)),
    ok.
