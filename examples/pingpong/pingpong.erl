-module(pingpong).
-export([main/0]).

%% The ping-pong of the Erlang tutorial: two processes pass a message back
%% and forth N times, then ping tells pong to finish.

ping(0, Pong_PID) ->
    io:format("ping finished~n", []),
    Pong_PID ! finished;
ping(N, Pong_PID) ->
    Pong_PID ! {ping, self()},
    receive
        pong ->
            io:format("Ping received pong~n", [])
    end,
    ping(N - 1, Pong_PID).

pong(Main) ->
    receive
        finished ->
            io:format("Pong finished~n", []),
            Main ! done;
        {ping, Ping_PID} ->
            io:format("Pong received ping~n", []),
            Ping_PID ! pong,
            pong(Main)
    end.

main() ->
    Main = self(),
    Pong_PID = spawn(fun() -> pong(Main) end),
    spawn(fun() -> ping(3, Pong_PID) end),
    receive
        done -> ok
    end.
