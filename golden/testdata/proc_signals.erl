-module(proc_signals).
-export([main/0]).

%% Signals from one process to another arrive in the order they were sent:
%% a monitor or link made right after exit(P, Reason) finds P gone
%% (noproc), and P is no longer alive for is_process_alive/process_info.
%% A process busy in a comprehension that calls nothing is killed at once.
%% The process erl -noshell -eval runs main in traps exits from the start.

idle() -> receive after infinity -> ok end.

main() ->
    Linked = spawn_link(fun() -> exit(boom) end),
    receive {'EXIT', Linked, Why} -> io:format("linked: ~p~n", [Why]) end,
    io:format("trap_exit was ~p~n", [process_flag(trap_exit, true)]),
    [after_exit(R) || R <- [kill, foo, shutdown, {shutdown, bye}]],
    busy(),
    ok.

after_exit(Reason) ->
    P = spawn(fun idle/0),
    exit(P, Reason),
    Alive = is_process_alive(P),
    Info = process_info(P, status),
    Ref = monitor(process, P),
    Down = receive {'DOWN', Ref, process, P, R1} -> R1 after 1000 -> timeout end,
    true = link(P),
    Exit = receive {'EXIT', P, R2} -> R2 after 1000 -> timeout end,
    io:format("~p: alive ~p, info ~p, 'DOWN' ~p, 'EXIT' ~p~n",
              [Reason, Alive, Info, Down, Exit]).

%% A billion iterations of a comprehension whose filter is always false:
%% no call, no allocation, no receive inside.
busy() ->
    L = lists:seq(1, 1000),
    Self = self(),
    {P, Ref} = spawn_monitor(fun() ->
                                     Self ! started,
                                     [X || X <- L, Y <- L, Z <- L, X + Y + Z < 0]
                             end),
    receive started -> ok end,
    receive after 10 -> ok end,
    exit(P, kill),
    receive
        {'DOWN', Ref, process, P, R} -> io:format("busy: ~p~n", [R])
    after 2000 -> io:format("busy: still running~n")
    end.
