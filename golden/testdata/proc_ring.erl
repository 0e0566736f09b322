-module(proc_ring).
-export([main/0]).

%% A ring of N processes passes a token around M times. Each process
%% counts the hops it saw and reports the count when the ring stops.

start(N, M) ->
    Main = self(),
    First = spawn(fun() -> first(Main) end),
    Last = lists:foldl(fun(I, Next) -> spawn(fun() -> node(I, Next, 0) end) end,
                       First, lists:seq(N, 2, -1)),
    First ! {link_to, Last},
    First ! {token, N * M},
    receive
        {done, Counts} -> Counts
    end.

%% The first process closes the ring.
first(Main) ->
    receive
        {link_to, Next} -> first(Main, Next, 0)
    end.

first(Main, Next, Seen) ->
    receive
        {token, 0} ->
            Next ! {stop, [{1, Seen}]},
            receive
                {stop, Counts} -> Main ! {done, lists:sort(Counts)}
            end;
        {token, K} ->
            Next ! {token, K - 1},
            first(Main, Next, Seen + 1)
    end.

node(I, Next, Seen) ->
    receive
        {token, K} ->
            Next ! {token, K - 1},
            node(I, Next, Seen + 1);
        {stop, Counts} ->
            Next ! {stop, [{I, Seen} | Counts]}
    end.

main() ->
    Counts = start(5, 3),
    io:format("~p~n", [Counts]),
    Big = start(1000, 20),
    io:format("~p processes, ~p hops~n",
              [length(Big), lists:sum([S || {_, S} <- Big])]),
    io:format("first and last: ~p ~p~n", [hd(Big), lists:last(Big)]).
