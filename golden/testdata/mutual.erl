-module(mutual).
-export([main/0, loop/2]).

is_even(0) -> true;
is_even(N) -> is_odd(N - 1).

is_odd(0) -> false;
is_odd(N) -> is_even(N - 1).

loop(0, Acc) -> Acc;
loop(N, Acc) -> ?MODULE:loop(N - 1, Acc + 2).

ping(0, Log) -> lists:reverse(Log);
ping(N, Log) -> pong(N - 1, [ping | Log]).

pong(N, Log) -> ping(N, [pong | Log]).

%% Deep non-tail recursion.
len([]) -> 0;
len([_ | T]) -> 1 + len(T).

main() ->
    io:format("~p ~p~n", [is_even(10), is_odd(7)]),
    io:format("~p~n", [is_even(5000001)]),
    io:format("~p~n", [loop(2000000, 0)]),
    io:format("~p~n", [ping(3, [])]),
    io:format("~p~n", [len(lists:seq(1, 200000))]).
