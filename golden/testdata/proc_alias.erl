%% Request/reply with process aliases (OTP 24+): a client that tags each
%% call with a monitor alias gets no late replies after a timeout, one-shot
%% reply aliases, an explicit alias shared by workers, tagged monitors.
-module(proc_alias).
-export([main/0]).

%% A server: {call, Alias, Req} is answered to the alias; slow requests
%% are answered late.
server() ->
    receive
        {call, ReplyTo, {slow, Ms, X}} ->
            timer:sleep(Ms),
            ReplyTo ! {ReplyTo, {done, X}},
            server();
        {call, ReplyTo, {add, A, B}} ->
            ReplyTo ! {ReplyTo, A + B},
            server();
        {call, _ReplyTo, crash} ->
            exit(crashed);
        {call, ReplyTo, Other} ->
            ReplyTo ! {ReplyTo, {unknown, Other}},
            server();
        stop ->
            ok
    end.

call(Server, Req, Timeout) ->
    Mref = monitor(process, Server, [{alias, demonitor}]),
    Server ! {call, Mref, Req},
    receive
        {Mref, Reply} ->
            demonitor(Mref, [flush]),
            {ok, Reply};
        {'DOWN', Mref, process, _, Reason} ->
            {error, Reason}
    after Timeout ->
        demonitor(Mref, [flush]),
        timeout
    end.

flush() ->
    receive M -> [M | flush()] after 0 -> [] end.

catch_error(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

calls() ->
    S = spawn(fun server/0),
    io:format("add: ~p~n", [call(S, {add, 2, 3}, 1000)]),
    io:format("unknown: ~p~n", [call(S, hello, 1000)]),
    io:format("slow in time: ~p~n", [call(S, {slow, 10, a}, 2000)]),
    io:format("slow too late: ~p~n", [call(S, {slow, 300, b}, 20)]),
    timer:sleep(500),
    io:format("late reply dropped: ~p~n", [flush()]),
    io:format("after late: ~p~n", [call(S, {add, 1, 1}, 1000)]),
    io:format("crash: ~p~n", [call(S, crash, 1000)]),
    io:format("dead server: ~p~n", [call(S, {add, 1, 1}, 1000)]),
    io:format("left: ~p~n", [flush()]).

one_shot() ->
    %% alias([reply]): only the first message gets through
    A = alias([reply]),
    Self = self(),
    spawn(fun() -> A ! {first, 1}, A ! {second, 2}, Self ! sent end),
    receive sent -> ok end,
    io:format("reply alias: ~p~n", [flush()]),
    io:format("unalias spent: ~p~n", [unalias(A)]),
    %% reply_demonitor: the reply also ends the monitor
    P = spawn(fun() -> receive {From, Q} -> From ! {answer, Q}, From ! {again, Q}, receive stop -> ok end end end),
    M = monitor(process, P, [{alias, reply_demonitor}]),
    P ! {M, 42},
    receive {answer, X} -> io:format("answer ~p~n", [X]) end,
    timer:sleep(20),
    io:format("second reply dropped: ~p~n", [flush()]),
    io:format("monitor still active: ~p~n", [demonitor(M, [info])]),
    P ! stop.

shared() ->
    %% one explicit alias handed to several workers, then withdrawn
    A = alias(),
    Self = self(),
    Ws = [spawn(fun() -> receive go -> A ! {result, N, N * N}, Self ! {done, N} end end) || N <- [1, 2, 3]],
    [W ! go || W <- Ws],
    [receive {done, N} -> ok end || N <- [1, 2, 3]],
    io:format("results: ~p~n", [lists:sort(flush())]),
    io:format("unalias: ~p ~p~n", [unalias(A), unalias(A)]),
    spawn(fun() -> A ! too_late, Self ! sent end),
    receive sent -> ok end,
    io:format("after unalias: ~p~n", [flush()]),
    %% an alias kept after its monitor ended: explicit_unalias
    P = spawn(fun() -> receive stop -> ok end end),
    M = monitor(process, P, [{alias, explicit_unalias}]),
    P ! stop,
    receive {'DOWN', M, process, _, R} -> io:format("down: ~p~n", [R]) end,
    M ! still_active,
    io:format("explicit alias after down: ~p~n", [flush()]),
    io:format("unalias it: ~p~n", [unalias(M)]),
    M ! gone,
    io:format("now: ~p~n", [flush()]).

tags() ->
    %% a pool watching its workers with tagged monitors
    Ws = [{N, spawn(fun() -> receive {exit, Why} -> exit(Why) end end)} || N <- [a, b, c]],
    Ms = [{monitor(process, W, [{tag, {worker_down, N}}]), N} || {N, W} <- Ws],
    [W ! {exit, {reason, N}} || {N, W} <- Ws],
    Downs = [receive {{worker_down, N}, Ref, process, _, Reason} -> {N, Ref =:= R, Reason} end || {R, N} <- Ms],
    io:format("tagged downs: ~p~n", [Downs]),
    %% spawn_opt with monitor options
    {_Pid, Ref} = spawn_opt(fun() -> exit(quick) end, [{monitor, [{tag, spawned_down}]}]),
    receive {spawned_down, Ref, process, _, Why} -> io:format("spawn_opt tagged: ~p~n", [Why]) end,
    {Pid2, Ref2} = spawn_opt(fun() -> receive {To, X} -> To ! {reply, X * 2} end end,
                             [{monitor, [{alias, reply_demonitor}]}]),
    Pid2 ! {Ref2, 21},
    receive {reply, V} -> io:format("spawn_opt alias reply: ~p~n", [V]) end,
    timer:sleep(20),
    io:format("no down after reply: ~p~n", [flush()]),
    %% a monitor of a name that is not registered
    M = monitor(process, nobody, [{tag, nobody_down}, {alias, demonitor}]),
    receive {nobody_down, M, process, Item, Reason} -> io:format("~p ~p~n", [Item, Reason]) end,
    M ! x,
    io:format("inactive: ~p~n", [flush()]).

errors() ->
    io:format("plain ref: ~p~n", [make_ref() ! dropped]),
    io:format("send/3: ~p~n", [erlang:send(make_ref(), dropped, [noconnect])]),
    io:format("flushed: ~p~n", [flush()]),
    io:format("unalias ref: ~p~n", [unalias(make_ref())]),
    io:format("alias(foo): ~p~n", [catch_error(fun() -> alias(foo) end)]),
    io:format("alias([foo]): ~p~n", [catch_error(fun() -> alias([foo]) end)]),
    io:format("unalias(1): ~p~n", [catch_error(fun() -> unalias(1) end)]),
    Self = self(),
    io:format("bad alias mode: ~p~n", [catch_error(fun() -> monitor(process, Self, [{alias, sometimes}]) end)]),
    io:format("bad option: ~p~n", [catch_error(fun() -> monitor(process, Self, [flush]) end)]),
    io:format("bad spawn_opt: ~p~n", [catch_error(fun() -> spawn_opt(fun() -> ok end, [{monitor, [x]}]) end)]),
    M = monitor(process, Self, [{alias, demonitor}]),
    M ! to_self,
    io:format("self monitor alias: ~p ~p~n", [flush(), demonitor(M, [info])]).

main() ->
    calls(),
    one_shot(),
    shared(),
    tags(),
    errors().
