%% proc_gaps: what a gen_server's and a gen_statem's callbacks see of their
%% callers (OTP 25's call tags), where processes are (current_stacktrace),
%% and io_lib:format/3 with a chars_limit.
-module(proc_gaps).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).
-export([callback_mode/0, locked/3]).
-export([worker/2, napper/1]).

%% A ticket server: a caller may wait for a ticket that another caller
%% releases later, so handle_call keeps From and replies with gen_server:reply/2.
init(tickets) -> {ok, {[], 0}};
init(door) -> {ok, locked, 0}.

handle_call(take, From, {Waiting, 0}) ->
    {noreply, {Waiting ++ [From], 0}};
handle_call(take, _From, {Waiting, N}) ->
    {reply, ticket, {Waiting, N - 1}};
handle_call({release, K}, From, {Waiting, N}) ->
    report(release, From),
    {Served, Rest} = lists:split(min(K, length(Waiting)), Waiting),
    [gen_server:reply(W, ticket) || W <- Served],
    {reply, length(Served), {Rest, N + K - length(Served)}};
handle_call(waiting, _From, {Waiting, _} = S) ->
    {reply, length(Waiting), S};
handle_call({nap, Ms}, _From, S) ->
    timer:sleep(Ms),
    {reply, rested, S};
handle_call(where, _From, S) ->
    {current_stacktrace, Stack} = process_info(self(), current_stacktrace),
    {reply, [{M, F, A} || {M, F, A, _} <- Stack], S};
handle_call(whoami, From, S) ->
    report(whoami, From),
    {reply, shape(From), S}.

handle_cast(_, S) -> {noreply, S}.
handle_info(_, S) -> {noreply, S}.

callback_mode() -> state_functions.

locked({call, From}, {push, Code}, Pushes) ->
    report(push, From),
    {keep_state, Pushes + 1, [{reply, From, {Code, Pushes + 1}}]}.

%% shape hides what differs from run to run (pids, references).
shape({Pid, [alias | Ref]}) when is_pid(Pid), is_reference(Ref) -> {pid, [alias | ref]};
shape({Pid, Ref}) when is_pid(Pid), is_reference(Ref) -> {pid, ref};
shape(Other) -> {other, Other}.

report(What, From) ->
    io:format("~p: ~p~n", [What, shape(From)]),
    {_, Tag} = From,
    Text = lists:flatten(io_lib:format("~p", [Tag])),
    io:format("  tag printed as ~s~n", [re:replace(Text, "#Ref<[0-9.]+>", "#Ref<...>", [{return, list}])]).

wait_for(S, N) ->
    case gen_server:call(S, waiting) of
        N -> ok;
        _ -> timer:sleep(1), wait_for(S, N)
    end.

calls() ->
    {ok, S} = gen_server:start(?MODULE, tickets, []),
    io:format("call/2: ~p~n", [gen_server:call(S, whoami)]),
    io:format("call/3 1000: ~p~n", [gen_server:call(S, whoami, 1000)]),
    io:format("call/3 infinity: ~p~n", [gen_server:call(S, whoami, infinity)]),
    Self = self(),
    Waiters = [begin
                   W = spawn(fun() -> Self ! {got, I, gen_server:call(S, take)} end),
                   wait_for(S, I),
                   W
               end || I <- [1, 2, 3]],
    io:format("released to ~p~n", [gen_server:call(S, {release, 2})]),
    Got = lists:sort([receive {got, I, T} -> {I, T} end || _ <- [1, 2]]),
    io:format("got ~p~n", [Got]),
    io:format("released to ~p~n", [gen_server:call(S, {release, 1}, infinity)]),
    receive {got, I3, T3} -> io:format("got ~p~n", [{I3, T3}]) end,
    [exit(W, kill) || W <- Waiters],
    %% A caller that gives up: the reply to its alias never arrives.
    catch gen_server:call(S, take, 10),
    io:format("released to ~p~n", [gen_server:call(S, {release, 1})]),
    receive Late -> io:format("late ~p~n", [Late]) after 50 -> io:format("no late reply~n") end,
    %% A From made by hand still works with gen_server:reply/2.
    Ref = make_ref(),
    gen_server:reply({self(), Ref}, by_hand),
    receive {Ref, R} -> io:format("by hand: ~p~n", [R]) end,
    gen_server:stop(S),
    {ok, D} = gen_statem:start(?MODULE, door, []),
    io:format("statem call/2: ~p~n", [gen_statem:call(D, {push, 7})]),
    io:format("statem call/3 500: ~p~n", [gen_statem:call(D, {push, 8}, 500)]),
    gen_statem:stop(D).

%% A worker waits for jobs in a receive; a watchdog looks at where it is.
worker(Parent, Done) ->
    Parent ! {ready, self()},
    Job = next_job(), worker_done(Parent, Done, Job).

next_job() -> receive {job, J} -> J end.

worker_done(Parent, Done, Job) ->
    Parent ! {done, self(), Job},
    worker(Parent, Done + 1).

napper(Ms) -> timer:sleep(Ms), napped.

%% An idle receive loop, spawned from a fun.
idle_loop(N) -> receive {bump, From} -> From ! {bumped, N + 1}, idle_loop(N + 1) end.

where(Pid) ->
    case process_info(Pid, current_stacktrace) of
        {current_stacktrace, Stack} -> Stack;
        undefined -> gone
    end.

%% settle waits until process_info(Pid, Item) is {Item, Want}.
settle(Pid, Item, Want) ->
    case process_info(Pid, Item) of
        {Item, Want} -> ok;
        undefined -> exit({gone_before, Want});
        _ -> timer:sleep(1), settle(Pid, Item, Want)
    end.

kill(Pid) ->
    Ref = monitor(process, Pid),
    exit(Pid, kill),
    receive {'DOWN', Ref, process, Pid, killed} -> ok end.

show_stack(Label, Stack) when is_list(Stack) ->
    io:format("~s:~n", [Label]),
    [io:format("  ~p~n", [Frame]) || Frame <- Stack],
    ok;
show_stack(Label, Other) ->
    io:format("~s: ~p~n", [Label, Other]).

stacks() ->
    show_stack("main", where(self())),
    W = spawn(?MODULE, worker, [self(), 0]),
    receive {ready, W} -> ok end,
    settle(W, current_function, {?MODULE, next_job, 0}),
    show_stack("worker waiting", where(W)),
    io:format("current_function ~p~n", [process_info(W, current_function)]),
    W ! {job, 1},
    receive {done, W, 1} -> ok end,
    receive {ready, W} -> ok end,
    settle(W, current_function, {?MODULE, next_job, 0}),
    show_stack("worker waiting again", where(W)),
    N = spawn(?MODULE, napper, [60000]),
    settle(N, current_function, {timer, sleep, 1}),
    show_stack("napper", where(N)),
    kill(N),
    I = spawn(fun() -> idle_loop(0) end),
    settle(I, status, waiting),
    show_stack("idle loop", where(I)),
    I ! {bump, self()},
    receive {bumped, 1} -> ok end,
    settle(I, status, waiting),
    show_stack("idle loop after a message", where(I)),
    {ok, S} = gen_server:start(?MODULE, tickets, []),
    settle(S, status, waiting),
    show_stack("gen_server idle", where(S)),
    io:format("gen_server current_function ~p~n", [process_info(S, current_function)]),
    io:format("gen_server sees itself in ~p~n", [gen_server:call(S, where)]),
    Self = self(),
    spawn(fun() -> Self ! {napped, catch gen_server:call(S, {nap, 60000}, infinity)} end),
    settle(S, current_function, {timer, sleep, 1}),
    show_stack("gen_server napping", where(S)),
    kill(S),
    receive {napped, {'EXIT', {killed, _}}} -> ok end,
    kill(W),
    show_stack("killed worker", where(W)),
    {ok, D} = gen_statem:start(?MODULE, door, []),
    settle(D, status, waiting),
    show_stack("gen_statem idle", where(D)),
    gen_statem:stop(D),
    {'EXIT', {Why, [{M, F, _, _} | _]}} = (catch process_info(W, [current_stacktrace, no_such_item])),
    io:format("an unknown item of a dead process: ~p from ~p:~p~n", [Why, M, F]).

%% A logger-like line: each term gets a share of the budget.
log_line(Budget, Fmt, Args) ->
    Line = io_lib:format(Fmt, Args, [{chars_limit, Budget}]),
    io:format("~3w| ~s~n", [Budget, Line]),
    Line.

limits() ->
    Req = {request, 42, "GET /index.html HTTP/1.1",
           [{"Host", "example.com"}, {"Accept", "*/*"}, {"User-Agent", "erl2go-test/1.0"}],
           <<"a body that is rather long for a log line">>},
    State = #{queue => lists:seq(1, 50), owner => main, name => <<"worker pool">>},
    [log_line(B, "got ~p in state ~p", [Req, State]) || B <- [0, 10, 30, 60, 100, 200]],
    [log_line(B, "~w / ~s", [lists:seq(1, 30), "a string to cut short"]) || B <- [5, 20, 40]],
    [log_line(B, "~P ~W", [Req, 4, Req, 4]) || B <- [20, 50]],
    [log_line(B, "~ts|~-10s|~10s|", [<<"ünïcödé text"/utf8>>, "left", ["ri", <<"ght">>]]) || B <- [4, 8, 30]],
    log_line(25, "~p ~p", [[<<"bin">>, "str", atom], <<1, 2, 3, 4, 5, 6, 7, 8>>]),
    Deep = io_lib:format("~p|~s", [[a, b, c, d, e, f], <<"abcdefghij">>], [{chars_limit, 12}]),
    io:format("deep ~w~nflat ~s~n", [Deep, lists:flatten(Deep)]),
    io:format("no limit ~s~n", [io_lib:format("~p", [{a, "b"}], [])]),
    io:format("fwrite ~s~n", [io_lib:fwrite("~p", [lists:seq(1, 20)], [{chars_limit, 15}])]),
    {'EXIT', {Bad, [Top | _]}} = (catch io_lib:format("~p", [x], [{chars_limit, many}])),
    io:format("bad option: ~p at ~p~n", [Bad, Top]).

main() ->
    calls(),
    stacks(),
    limits().
