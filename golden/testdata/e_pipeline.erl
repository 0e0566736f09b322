%% Message passing under load: a pipeline of stages, a pool of workers that
%% crash and are replaced, selective receive over a long mailbox, timers
%% that race their messages, and monitors of processes that die at once.
-module(e_pipeline).
-export([main/0]).

%% a chain of N stages; each adds its number and passes the message on
stage(Next, K) ->
    receive
        {item, V} -> Next ! {item, V + K}, stage(Next, K);
        stop -> Next ! stop
    end.

sink(Parent, Sum, Count) ->
    receive
        {item, V} -> sink(Parent, Sum + V, Count + 1);
        stop -> Parent ! {sink, Sum, Count}
    end.

pipeline(Stages, Items) ->
    Self = self(),
    Sink = spawn(fun() -> sink(Self, 0, 0) end),
    First = lists:foldl(fun(K, Next) -> spawn(fun() -> stage(Next, K) end) end, Sink, lists:seq(1, Stages)),
    [First ! {item, I} || I <- lists:seq(1, Items)],
    First ! stop,
    receive {sink, Sum, Count} -> {Sum, Count} end.

%% workers that crash on odd jobs; the pool replaces them
worker(Pool) ->
    receive
        {job, N} when N rem 2 =:= 1 -> exit({odd, N});
        {job, N} -> Pool ! {done, self(), N * N}, worker(Pool)
    end.

pool(Jobs) ->
    process_flag(trap_exit, true),
    Workers = [spawn_link(fun() -> worker(self_pid()) end) || _ <- lists:seq(1, 4)],
    R = run_jobs(Jobs, Workers, [], 0),
    process_flag(trap_exit, false),
    R.

self_pid() -> receive {pool, P} -> P end.

run_jobs([], Workers, Done, Crashes) ->
    [exit(W, kill) || W <- Workers],
    flush_exits(),
    {lists:sort(Done), Crashes};
run_jobs([J | Js], [W | Ws], Done, Crashes) ->
    W ! {pool, self()},
    W ! {job, J},
    receive
        {done, W, R} -> run_jobs(Js, Ws ++ [W], [R | Done], Crashes);
        {'EXIT', W, {odd, J}} ->
            New = spawn_link(fun() -> worker(self_pid()) end),
            run_jobs(Js, Ws ++ [New], Done, Crashes + 1)
    end.

flush_exits() ->
    receive {'EXIT', _, _} -> flush_exits() after 50 -> ok end.

%% 10,000 messages received newest first by selective receive
reverse_mailbox(N) ->
    [self() ! {m, I} || I <- lists:seq(1, N)],
    take(N, []).

take(0, Acc) -> lists:reverse(Acc);
take(I, Acc) -> receive {m, I} -> take(I - 1, [I | Acc]) end.

%% timers: messages arrive in due order whatever order they were set in
timers() ->
    Ts = [40, 10, 30, 0, 20],
    [erlang:send_after(T, self(), {t, T}) || T <- Ts],
    Ref = erlang:start_timer(25, self(), mid),
    Got = [receive {t, T} -> T; {timeout, Ref, mid} -> mid end || _ <- lists:seq(1, 6)],
    Cancelled = erlang:cancel_timer(erlang:send_after(1000, self(), never)),
    {Got, is_integer(Cancelled)}.

%% monitors on processes that are already gone, or die with a reason
monitors() ->
    {P1, M1} = spawn_monitor(fun() -> ok end),
    {P2, M2} = spawn_monitor(fun() -> exit(boom) end),
    {P3, M3} = spawn_monitor(fun() -> receive never -> ok end end),
    exit(P3, kill),
    Downs = [receive {'DOWN', M, process, P, R} -> R end || {P, M} <- [{P1, M1}, {P2, M2}, {P3, M3}]],
    M4 = monitor(process, P1),
    Late = receive {'DOWN', M4, process, P1, R4} -> R4 after 100 -> none end,
    {Downs, Late}.

main() ->
    io:format("pipeline ~p~n", [pipeline(100, 2000)]),
    io:format("pool ~p~n", [pool(lists:seq(1, 20))]),
    L = reverse_mailbox(10000),
    io:format("mailbox ~p ~p ~p~n", [length(L), hd(L), lists:last(L)]),
    io:format("timers ~p~n", [timers()]),
    io:format("monitors ~p~n", [monitors()]),
    io:format("left ~p~n", [process_info(self(), message_queue_len)]).
