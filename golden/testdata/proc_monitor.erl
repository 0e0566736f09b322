-module(proc_monitor).
-export([main/0]).

%% Monitors: a 'DOWN' message for each monitored process that ends, with
%% its reason; noproc for one already dead; demonitor with flush; a
%% monitor on a registered name; several monitors on one process.

down(Ref) ->
    receive
        {'DOWN', Ref, process, _, Reason} -> Reason
    after 1000 -> no_down
    end.

wait_dead(P) ->
    case is_process_alive(P) of
        true -> timer:sleep(1), wait_dead(P);
        false -> timer:sleep(5)
    end.

idle() ->
    receive stop -> ok end.

main() ->
    {P1, R1} = spawn_monitor(fun() -> ok end),
    io:format("~p~n", [down(R1)]),
    io:format("~p~n", [is_pid(P1)]),
    {_, R2} = spawn_monitor(fun() -> exit(oops) end),
    io:format("~p~n", [down(R2)]),
    {_, R3} = spawn_monitor(fun() -> exit({shutdown, ball}) end),
    io:format("~p~n", [down(R3)]),
    %% A monitor on a dead process.
    R4 = monitor(process, P1),
    io:format("~p~n", [down(R4)]),
    %% demonitor: no message afterwards.
    P5 = spawn(fun idle/0),
    R5 = monitor(process, P5),
    true = demonitor(R5),
    P5 ! stop,
    io:format("~p~n", [down(R5)]),
    %% demonitor with flush removes a DOWN already queued.
    {P6, R6} = spawn_monitor(fun() -> exit(x) end),
    wait_dead(P6),
    io:format("~p~n", [demonitor(R6, [flush, info])]),
    io:format("~p~n", [down(R6)]),
    %% By registered name: the DOWN names it.
    P7 = spawn(fun idle/0),
    register(worker, P7),
    R7 = monitor(process, worker),
    worker ! stop,
    receive {'DOWN', R7, process, Who, Why} -> io:format("~p ~p~n", [Who, Why]) end,
    R8 = monitor(process, nobody),
    receive {'DOWN', R8, process, Who8, Why8} -> io:format("~p ~p~n", [Who8, Why8]) end,
    %% Two monitors, two messages; kill is reported as killed.
    P9 = spawn(fun idle/0),
    Ra = monitor(process, P9),
    Rb = monitor(process, P9),
    exit(P9, kill),
    io:format("~p ~p ~p~n", [down(Rb), down(Ra), Ra =/= Rb]),
    %% A worker pool: start five workers, collect all their results by
    %% monitor, whatever order they finish in.
    Self = self(),
    Refs = [begin
                {_, R} = spawn_monitor(fun() -> timer:sleep(5 * (5 - I)), Self ! {result, I, I * I}, exit({done, I}) end),
                R
            end || I <- lists:seq(1, 5)],
    Reasons = [down(R) || R <- Refs],
    Results = lists:sort([receive {result, I, V} -> {I, V} end || _ <- Refs]),
    io:format("~p~n~p~n", [Reasons, Results]).
