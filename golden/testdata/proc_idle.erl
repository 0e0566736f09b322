-module(proc_idle).
-export([main/0, counter/1]).

%% Processes that wait in receive at the bottom of their stack: servers
%% started in the usual ways, a state machine of mutually recursive receive
%% loops, thousands of idle workers, and the signals and messages that reach
%% them while they wait. erl2go runs such processes without a goroutine
%% while they wait; what they print must not change.

%% A counter server: spawn(?MODULE, counter, [0]).
counter(N) ->
    receive
        {add, K} -> counter(N + K);
        {get, From} -> From ! {count, self(), N}, counter(N);
        {crash, Why} ->
            try erlang:error(Why) catch error:E:St -> exit({E, St}) end;
        stop -> stopped
    end.

%% A key-value store set up before its loop: register, then loop.
store_init(Name) ->
    register(Name, self()),
    store(#{}).

store(Map) ->
    receive
        {put, K, V} -> store(Map#{K => V});
        {get, K, From} -> From ! {get, maps:get(K, Map, undefined)}, store(Map);
        {dump, From} -> From ! {dump, lists:sort(maps:to_list(Map))}, store(Map)
    end.

%% A door lock: locked and open call each other in tail position.
locked(Code, Tries) ->
    receive
        {enter, Code, From} -> From ! {door, open}, open(Code, Tries);
        {enter, _, From} -> From ! {door, {wrong, Tries + 1}}, locked(Code, Tries + 1);
        {status, From} -> From ! {door, locked}, locked(Code, Tries)
    end.

open(Code, Tries) ->
    receive
        {close, From} -> From ! {door, closed}, locked(Code, Tries);
        {status, From} -> From ! {door, open}, open(Code, Tries)
    end.

%% A worker that waits for one job and reports.
worker(Boss) ->
    receive
        {job, I} -> Boss ! {done, I, I * I}
    end.

call(Pid, Msg) ->
    Pid ! Msg,
    receive {door, R} -> R end.

collect(0, Sum) -> Sum;
collect(N, Sum) ->
    receive {done, _, Sq} -> collect(N - 1, Sum + Sq) end.

main() ->
    Self = self(),
    %% spawn/3 of a loop
    C = spawn(?MODULE, counter, [0]),
    [C ! {add, K} || K <- lists:seq(1, 100)],
    C ! {get, Self},
    receive {count, C, N} -> io:format("counter: ~p~n", [N]) end,
    %% a message that matches no clause stays queued while the process waits
    C ! unexpected,
    C ! {get, Self},
    receive {count, C, N2} -> io:format("counter again: ~p~n", [N2]) end,
    io:format("queue: ~p~n", [erlang:process_info(C, message_queue_len)]),
    io:format("status: ~p~n", [settled(C, 100)]),
    %% a crash after waking, seen by a monitor
    MRef = monitor(process, C),
    C ! {crash, boom},
    receive {'DOWN', MRef, process, C, Reason} -> io:format("counter down: ~p~n", [Reason]) end,

    %% set up, then loop; found by name
    spawn(fun() -> store_init(kv) end),
    wait_registered(kv),
    kv ! {put, a, 1}, kv ! {put, b, 2}, kv ! {put, a, 3},
    kv ! {get, a, Self},
    receive {get, A} -> io:format("kv a: ~p~n", [A]) end,
    kv ! {dump, Self},
    receive {dump, D} -> io:format("kv: ~p~n", [D]) end,

    %% the state machine
    Door = spawn(fun() -> locked(1234, 0) end),
    io:format("door: ~p~n", [[call(Door, {status, Self}),
                              call(Door, {enter, 1111, Self}),
                              call(Door, {enter, 1234, Self}),
                              call(Door, {status, Self}),
                              call(Door, {close, Self}),
                              call(Door, {status, Self})]]),

    %% many idle workers, then their jobs
    Workers = [spawn(fun() -> worker(Self) end) || _ <- lists:seq(1, 5000)],
    [W ! {job, I} || {I, W} <- lists:zip(lists:seq(1, 5000), Workers)],
    io:format("sum of squares: ~p~n", [collect(5000, 0)]),

    %% signals to waiting processes: kill, a linked exit, trap_exit
    process_flag(trap_exit, true),
    K = spawn(?MODULE, counter, [0]),
    KRef = monitor(process, K),
    exit(K, kill),
    receive {'DOWN', KRef, process, K, KR} -> io:format("killed: ~p~n", [KR]) end,
    L = spawn_link(?MODULE, counter, [0]),
    exit(L, shutdown),
    receive {'EXIT', L, LR} -> io:format("linked: ~p~n", [LR]) end,
    S = spawn_link(?MODULE, counter, [5]),
    S ! stop,
    receive {'EXIT', S, SR} -> io:format("stopped: ~p~n", [SR]) end,
    Door ! {status, Self},
    receive {door, Last} -> io:format("door at the end: ~p~n", [Last]) end,
    ok.

%% The status of a process once it has settled: it may still be on its way
%% back into its receive when its reply arrives.
settled(P, 0) -> erlang:process_info(P, status);
settled(P, N) ->
    case erlang:process_info(P, status) of
        {status, waiting} = S -> S;
        _ -> timer:sleep(1), settled(P, N - 1)
    end.

wait_registered(Name) ->
    case whereis(Name) of
        undefined -> receive after 1 -> wait_registered(Name) end;
        _ -> ok
    end.
