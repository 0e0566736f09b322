-module(ring_a).
-export([main/0, countdown/1]).

%% ring_a and ring_b call each other: the modules form a cycle.
countdown(0) -> [done];
countdown(N) -> [{a, N} | ring_b:countdown(N - 1)].

main() ->
    io:format("~p~n", [countdown(5)]),
    io:format("~p~n", [ring_b:total(10)]).
