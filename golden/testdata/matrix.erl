-module(matrix).
-export([main/0]).

transpose([[] | _]) -> [];
transpose(M) -> [[hd(R) || R <- M] | transpose([tl(R) || R <- M])].

mul(A, B) ->
    BT = transpose(B),
    [[dot(Row, Col) || Col <- BT] || Row <- A].

dot(Xs, Ys) -> lists:sum([X * Y || {X, Y} <- lists:zip(Xs, Ys)]).

identity(N) -> [[if I =:= J -> 1; true -> 0 end || J <- lists:seq(1, N)] || I <- lists:seq(1, N)].

power(M, 0) -> identity(length(M));
power(M, N) when N rem 2 =:= 0 -> H = power(M, N div 2), mul(H, H);
power(M, N) -> mul(M, power(M, N - 1)).

fib(N) -> [[_, F], _] = power([[1, 1], [1, 0]], N), F.

main() ->
    A = [[1, 2, 3], [4, 5, 6]],
    io:format("~p~n", [transpose(A)]),
    io:format("~p~n", [mul(A, transpose(A))]),
    io:format("~p~n", [identity(3)]),
    io:format("~p~n", [fib(10)]),
    io:format("~p~n", [fib(300)]),
    io:format("~p~n", [[[X / 2 || X <- Row] || Row <- A]]),
    ok.
