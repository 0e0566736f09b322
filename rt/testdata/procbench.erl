%% The process benchmarks of rt/proc_bench_test.go, on BEAM:
%%   erlc -o /tmp rt/testdata/procbench.erl && erl -noshell -pa /tmp -s procbench main -s init stop
-module(procbench).
-export([main/0, main/1]).

main() -> main([ring, spawn, pingpong, gen_server, backlog, idle]).

main(Which) ->
    [run(W) || W <- Which],
    ok.

run(ring) ->
    {T, ok} = timer:tc(fun() -> ring(10000, 100) end),
    io:format("ring 10000x100: ~p ms, ~p ns/hop~n", [T div 1000, T * 1000 div 1000000]);
run(spawn) ->
    N = 1000000,
    {T, ok} = timer:tc(fun() -> spawn_many(N) end),
    io:format("spawn ~p: ~p ms, ~p ns/process~n", [N, T div 1000, T * 1000 div N]);
run(pingpong) ->
    N = 1000000,
    Self = self(),
    Echo = spawn(fun() -> echo(Self) end),
    {T, ok} = timer:tc(fun() -> pingpong(Echo, N) end),
    Echo ! stop,
    io:format("ping-pong ~p: ~p ns/round trip~n", [N, T * 1000 div N]);
run(gen_server) ->
    N = 200000,
    {ok, Pid} = gen_server:start(procbench_gs, 0, []),
    {T, ok} = timer:tc(fun() -> calls(Pid, N) end),
    gen_server:stop(Pid),
    io:format("gen_server:call ~p: ~p ms, ~p ns/call~n", [N, T div 1000, T * 1000 div N]);
run(backlog) ->
    N = 200000,
    [self() ! X || X <- lists:seq(1, 10000)],
    {ok, Pid} = gen_server:start(procbench_gs, 0, []),
    {T, ok} = timer:tc(fun() -> calls(Pid, N) end),
    gen_server:stop(Pid),
    io:format("gen_server:call with 10000 queued ~p: ~p ns/call~n", [N, T * 1000 div N]);
run(idle) -> idle(100000), idle(1000000).

ring(N, Laps) ->
    Self = self(),
    First = lists:foldl(fun(_, Next) -> spawn(fun() -> ring_node(Next) end) end, Self, lists:seq(1, N - 1)),
    First ! N * Laps,
    main_loop(First).

main_loop(First) ->
    receive
        K when K > 0 -> First ! K - 1, main_loop(First);
        _ -> First ! stop, receive stop -> ok end
    end.

ring_node(Next) ->
    receive
        stop -> Next ! stop;
        K -> Next ! K - 1, ring_node(Next)
    end.

spawn_many(N) ->
    process_flag(message_queue_data, off_heap),
    Self = self(),
    spawn_loop(Self, N),
    wait(N).

spawn_loop(_, 0) -> ok;
spawn_loop(Self, N) -> spawn(fun() -> Self ! ok end), spawn_loop(Self, N - 1).

wait(0) -> ok;
wait(N) -> receive ok -> wait(N - 1) end.

echo(To) -> receive stop -> ok; M -> To ! M, echo(To) end.

pingpong(_, 0) -> ok;
pingpong(Echo, N) -> Echo ! N, receive _ -> pingpong(Echo, N - 1) end.

calls(_, 0) -> ok;
calls(Pid, N) -> N = gen_server:call(Pid, N), calls(Pid, N - 1).

idle(N) ->
    erlang:garbage_collect(),
    Before = erlang:memory(total),
    Pids = [spawn(fun() -> receive _ -> ok end end) || _ <- lists:seq(1, N)],
    timer:sleep(500),
    After = erlang:memory(total),
    RSS = rss(),
    io:format("idle ~p: ~p bytes/process (erlang:memory), VmRSS ~p MB~n", [N, (After - Before) div N, RSS div 1024]),
    [P ! ok || P <- Pids],
    timer:sleep(500).

rss() ->
    {ok, B} = file:read_file("/proc/self/status"),
    [Line] = [L || L <- binary:split(B, <<"\n">>, [global]), binary:match(L, <<"VmRSS">>) =/= nomatch],
    [_, Kb | _] = binary:split(Line, [<<" ">>, <<"\t">>], [global, trim_all]),
    binary_to_integer(Kb).
