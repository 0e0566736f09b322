-module(proc_hibernate).
-export([main/0, loop/1, wake/1, deep/1]).

%% erlang:hibernate/3: a process discards its call stack and waits for a
%% message, then continues in M:F(Args). A server that hibernates after
%% every message, a hibernate under a catch and under other frames (both
%% discarded), a message already queued (it wakes at once), and a crash
%% after waking.

%% A counter that hibernates between messages.
loop(N) ->
    receive
        {add, K} -> erlang:hibernate(?MODULE, loop, [N + K]);
        {get, From} -> From ! {count, N}, erlang:hibernate(?MODULE, loop, [N]);
        stop -> ok
    end.

%% Where a hibernated process continues.
wake(Parent) ->
    receive
        {ping, From} -> From ! pong, Parent ! {woke, self()}
    end.

%% Hibernates from inside a catch, several calls deep: neither the catch
%% nor the callers' rest of work survive.
deep(Parent) ->
    Result = (catch nested(Parent, 3)),
    Parent ! {never_here, Result}.

nested(Parent, 0) -> erlang:hibernate(?MODULE, wake, [Parent]);
nested(Parent, N) -> {nested, nested(Parent, N - 1)}.

%% The status of a process once it has settled: it may still be on its way
%% into hibernation when its reply arrives.
settled(P, 0) -> erlang:process_info(P, status);
settled(P, N) ->
    case erlang:process_info(P, status) of
        {status, waiting} = S -> S;
        _ -> timer:sleep(1), settled(P, N - 1)
    end.

main() ->
    Self = self(),
    C = spawn(?MODULE, loop, [0]),
    [C ! {add, K} || K <- lists:seq(1, 20000)],
    C ! {get, Self},
    receive {count, N} -> io:format("count: ~p~n", [N]) end,
    io:format("status: ~p~n", [settled(C, 100)]),
    C ! stop,

    {D, DRef} = spawn_monitor(?MODULE, deep, [Self]),
    timer:sleep(10),
    D ! {ping, Self},
    receive pong -> io:format("pong from the deep one~n") end,
    receive {woke, D} -> io:format("it woke in wake/1~n") end,
    receive {'DOWN', DRef, process, D, R1} -> io:format("then ended: ~p~n", [R1]) end,
    receive {never_here, _} = Never -> io:format("unexpected: ~p~n", [Never]) after 0 -> ok end,

    %% a message already queued: hibernate returns to wake/1 at once
    {Q, QRef} = spawn_monitor(fun() ->
                                      self() ! {ping, Self},
                                      erlang:hibernate(?MODULE, wake, [Self])
                              end),
    receive pong -> io:format("pong at once~n") end,
    receive {'DOWN', QRef, process, Q, R2} -> io:format("ended: ~p~n", [R2]) end,

    %% a crash after waking: no catch of the hibernating code sees it
    {X, XRef} = spawn_monitor(fun() ->
                                      try erlang:hibernate(erlang, exit, [after_wake])
                                      catch exit:E -> exit({caught, E})
                                      end
                              end),
    X ! wake_up,
    receive {'DOWN', XRef, process, X, R3} -> io:format("exited: ~p~n", [R3]) end,
    ok.
