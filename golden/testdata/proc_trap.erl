-module(proc_trap).
-export([main/0]).

%% Links and trap_exit: a process that traps exits receives
%% {'EXIT', Pid, Reason} for each linked process that ends; kill cannot be
%% trapped by its target and reaches the links as killed; a process that
%% does not trap dies with its link, unless the reason is normal.

wait_exit(Pid) ->
    receive
        {'EXIT', Pid, Reason} -> Reason
    after 1000 -> no_exit
    end.

idle() ->
    receive stop -> ok end.

main() ->
    process_flag(trap_exit, true),
    P1 = spawn_link(fun() -> ok end),
    io:format("normal end: ~p~n", [wait_exit(P1)]),
    P2 = spawn_link(fun() -> exit(boom) end),
    io:format("exit(boom): ~p~n", [wait_exit(P2)]),
    P3 = spawn_link(fun() -> exit({shutdown, tired}) end),
    io:format("shutdown: ~p~n", [wait_exit(P3)]),
    P4 = spawn_link(fun idle/0),
    exit(P4, kill),
    io:format("killed: ~p~n", [wait_exit(P4)]),
    P5 = spawn_link(fun idle/0),
    exit(P5, normal),
    P5 ! stop,
    io:format("exit(P, normal) ignored, then stop: ~p~n", [wait_exit(P5)]),
    P6 = spawn_link(fun idle/0),
    exit(P6, please_stop),
    io:format("exit/2: ~p~n", [wait_exit(P6)]),
    %% A chain A - B - C: when C dies B dies, and A, which traps, hears of B.
    Self = self(),
    A = spawn(fun() ->
                      process_flag(trap_exit, true),
                      B = spawn_link(fun() ->
                                             C = spawn_link(fun() -> receive go -> exit(chain) end end),
                                             Self ! {c, C},
                                             idle()
                                     end),
                      Self ! {b, B},
                      Self ! {a_heard, wait_exit(B)}
              end),
    receive {b, B} -> ok end,
    receive {c, C} -> ok end,
    C ! go,
    receive {a_heard, R} -> io:format("A heard: ~p~n", [R]) end,
    io:format("B and C alive: ~p ~p~n", [is_process_alive(B), is_process_alive(C)]),
    exit(A, kill),
    %% A process that traps exits survives a kill of its link...
    T = spawn(fun() ->
                      process_flag(trap_exit, true),
                      L = spawn_link(fun idle/0),
                      Self ! {l, L},
                      receive {'EXIT', L, Why} -> Self ! {t_saw, Why} end,
                      idle()
              end),
    receive {l, L} -> ok end,
    exit(L, kill),
    receive {t_saw, Why} -> io:format("trapping process saw: ~p~n", [Why]) end,
    %% ...but not a kill of itself.
    Mon = monitor(process, T),
    exit(T, kill),
    receive {'DOWN', Mon, process, T, Why2} -> io:format("T: ~p~n", [Why2]) end,
    %% Linking to a dead process.
    link(T),
    io:format("link to dead: ~p~n", [wait_exit(T)]),
    %% unlink: no message.
    P7 = spawn_link(fun idle/0),
    unlink(P7),
    exit(P7, kill),
    io:format("after unlink: ~p~n", [wait_exit(P7)]),
    %% Without trapping, a linked process's abnormal exit kills us.
    process_flag(trap_exit, false),
    {Victim, VRef} = spawn_monitor(fun() ->
                                           spawn_link(fun() -> exit(bad) end),
                                           idle()
                                   end),
    receive {'DOWN', VRef, process, Victim, VR} -> io:format("victim: ~p~n", [VR]) end.
