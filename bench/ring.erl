-module(ring).
-export([main/0]).

%% A ring of 10,000 processes passes a token 100 laps (1,000,000 hops).

hop(Next) ->
    receive
        stop -> Next ! stop;
        N -> Next ! N - 1, hop(Next)
    end.

lead(Next) ->
    receive
        0 -> Next ! stop, receive stop -> ok end;
        N -> Next ! N - 1, lead(Next)
    end.

main() ->
    N = 10000, Laps = 100,
    Self = self(),
    Next = lists:foldl(fun(_, Nx) -> spawn(fun() -> hop(Nx) end) end, Self, lists:seq(2, N)),
    Next ! N * Laps - 1,
    lead(Next),
    io:format("~p hops~n", [N * Laps]).
