-module(proc_pingpong).
-export([main/0]).

%% Two processes hit a ball back and forth; each hit is printed by the
%% process that receives it, and the rally strictly alternates, so the
%% output does not depend on scheduling.

ping(0, Pong, Parent) ->
    io:format("ping: rally over~n"),
    Pong ! stop,
    Parent ! {ping_done, self()};
ping(N, Pong, Parent) ->
    Pong ! {ball, N, self()},
    receive
        {ball, N} ->
            io:format("ping: got the ball back (~p left)~n", [N - 1]),
            ping(N - 1, Pong, Parent)
    end.

pong(Hits) ->
    receive
        {ball, N, From} ->
            io:format("pong: ball ~p~n", [N]),
            From ! {ball, N},
            pong(Hits + 1);
        stop ->
            io:format("pong: stopping after ~p hits~n", [Hits])
    end.

main() ->
    %% Monitor both from the start (spawn_monitor): a monitor set up after a
    %% process may already have exited would say noproc instead of normal.
    {Pong, PongRef} = spawn_monitor(fun() -> pong(0) end),
    Self = self(),
    {Ping, PingRef} = spawn_monitor(fun() -> ping(4, Pong, Self) end),
    receive
        {ping_done, Ping} -> ok
    end,
    %% pong prints its last line after ping's stop: wait until both are gone.
    [receive
         {'DOWN', Ref, process, Pid, Reason} ->
             io:format("~p exited: ~p~n", [Name, Reason])
     end || {Name, Pid, Ref} <- [{pong, Pong, PongRef}, {ping, Ping, PingRef}]],
    io:format("alive: ~p ~p~n", [is_process_alive(Ping), is_process_alive(Pong)]).
