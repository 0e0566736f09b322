-module(proc_sup).
-behaviour(supervisor).
-export([main/0]).
-export([init/1, start_counter/0, counter_loop/1]).

%% A supervisor restarts a counter process each time it crashes; the
%% counter starts again from zero under the same name. Error reports go
%% to the logger, whose timestamps differ from run to run: they are off.

init(one_for_one) ->
    Counter = #{id => counter, start => {?MODULE, start_counter, []},
                restart => permanent, shutdown => 1000, type => worker},
    {ok, {#{strategy => one_for_one, intensity => 5, period => 10}, [Counter]}}.

start_counter() ->
    Pid = spawn_link(?MODULE, counter_loop, [0]),
    register(counter, Pid),
    {ok, Pid}.

counter_loop(N) ->
    receive
        {incr, From} ->
            From ! {counter, N + 1},
            counter_loop(N + 1);
        crash ->
            exit(crashed)
    end.

incr() ->
    counter ! {incr, self()},
    receive {counter, N} -> N end.

%% Crash the counter and wait until the supervisor has registered its
%% replacement.
crash() ->
    Old = whereis(counter),
    counter ! crash,
    wait_new(Old).

wait_new(Old) ->
    case whereis(counter) of
        Pid when is_pid(Pid), Pid =/= Old -> Pid;
        _ -> timer:sleep(5), wait_new(Old)
    end.

main() ->
    logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link({local, sup}, ?MODULE, one_for_one),
    io:format("~p ~p ~p~n", [incr(), incr(), incr()]),
    crash(),
    io:format("after a crash: ~p ~p~n", [incr(), incr()]),
    crash(),
    crash(),
    io:format("after two more: ~p~n", [incr()]),
    io:format("~p~n", [supervisor:count_children(sup)]),
    [{counter, Pid, worker, [?MODULE]}] = supervisor:which_children(sup),
    io:format("running: ~p~n", [Pid =:= whereis(counter)]),
    %% Too many restarts in the period: the supervisor gives up.
    [crash() || _ <- lists:seq(1, 2)],
    Old = whereis(counter),
    counter ! crash,
    counter_gone(Old),
    receive
        {'EXIT', Sup, Reason} -> io:format("supervisor exited: ~p~n", [Reason])
    end,
    io:format("whereis: ~p ~p~n", [whereis(sup), whereis(counter)]).

counter_gone(Old) ->
    case is_process_alive(Old) of
        true -> timer:sleep(5), counter_gone(Old);
        false -> ok
    end.
