-module(arith).
-export([main/0]).

main() ->
    io:format("~p ~p ~p ~p~n", [7 div 2, -7 div 2, 7 rem -2, -7 rem 2]),
    io:format("~p ~p ~p~n", [7 / 2, 1 / 3, 2.0 * 3]),
    io:format("~p ~p ~p ~p~n", [1 bsl 70, -1 bsr 3, 16#ff band 16#0f, 5 bxor 3]),
    io:format("~p ~p~n", [bnot 5, 5 bor 10]),
    io:format("~p~n", [12345678901234567890 * 98765432109876543210]),
    io:format("~p~n", [(1 bsl 64) - (1 bsl 63)]),
    io:format("~p ~p ~p ~p~n", [round(2.5), trunc(-2.7), abs(-3), float(7)]),
    io:format("~p ~p~n", [1 == 1.0, 1 =:= 1.0]),
    io:format("~p~n", [lists:sort([3.0, 2, a, "x", {1}, [], 1])]),
    io:format("~p ~p~n", [max(3, 7), min(a, 1)]),
    io:format("~p~n", [9007199254740993 + 0.0]),
    io:format("~w ~w~n", [-0.5, 1.0e20]),
    {'EXIT', {DivErr, _}} = (catch 1 div 0),
    io:format("~p~n", [DivErr]),
    io:format("~p~n", [2 * 3 + 4 * 5 - 6 div 2]),
    X = 1 bsl 62, Y = X + X,
    io:format("~p ~p~n", [Y, Y - X]),
    ok.
