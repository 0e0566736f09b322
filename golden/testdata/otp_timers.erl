-module(otp_timers).
-export([main/0, fire/2]).

%% Timers as a job scheduler uses them: erlang:send_after/start_timer with
%% cancel_timer/read_timer, the timer module's send_after, apply_after,
%% send_interval and cancel, timer:sleep and timer:tc, and receive ... after
%% with messages that arrive in timer order.

fire(Pid, Tag) -> Pid ! {fired, Tag}.

collect(0) -> [];
collect(N) ->
    receive
        {timeout, _Ref, Msg} -> [{timeout, Msg} | collect(N - 1)];
        {fired, Tag} -> [{fired, Tag} | collect(N - 1)];
        {tick, K} -> [{tick, K} | collect(N - 1)];
        Other when is_atom(Other) -> [Other | collect(N - 1)]
    end.

main() ->
    Self = self(),
    %% timers fire in the order of their times, not of their creation
    erlang:send_after(60, Self, third),
    erlang:send_after(20, Self, first),
    erlang:start_timer(40, Self, second),
    io:format("ordered: ~p~n", [collect(3)]),
    %% a cancelled timer never fires; read_timer sees the time left
    T1 = erlang:send_after(5000, Self, never),
    Left = erlang:read_timer(T1),
    io:format("read_timer: ~p~n", [Left > 4000 andalso Left =< 5000]),
    Left2 = erlang:cancel_timer(T1),
    io:format("cancel_timer: ~p~n", [is_integer(Left2) andalso Left2 =< Left]),
    io:format("again: ~p ~p~n", [erlang:cancel_timer(T1), erlang:read_timer(T1)]),
    T2 = erlang:start_timer(10, Self, done),
    receive {timeout, T2, done} -> io:format("start_timer ref matches~n") end,
    io:format("cancel fired: ~p~n", [erlang:cancel_timer(T2)]),
    %% a timer to a registered name
    register(sched, Self),
    erlang:send_after(10, sched, by_name),
    io:format("by name: ~p~n", [collect(1)]),
    %% the timer module
    {ok, TRef} = timer:send_after(30, later),
    {ok, _} = timer:send_after(10, Self, sooner),
    io:format("timer:send_after: ~p~n", [collect(2)]),
    io:format("cancel used: ~p~n", [timer:cancel(TRef)]),
    {ok, A} = timer:apply_after(10, ?MODULE, fire, [Self, applied]),
    io:format("apply_after: ~p~n", [collect(1)]),
    io:format("apply_after ref: ~p~n", [element(1, A)]),
    {ok, I} = timer:send_interval(15, {tick, x}),
    Ticks = collect(3),
    io:format("interval: ~p~n", [Ticks]),
    {ok, cancel} = timer:cancel(I),
    receive {tick, _} -> ok after 0 -> ok end,   % one may have been sent meanwhile
    receive {tick, _} -> io:format("tick after cancel~n") after 50 -> io:format("interval stopped~n") end,
    io:format("cancel bad: ~p~n", [timer:cancel(nonsense)]),
    %% sleep and tc
    {Us, slept} = timer:tc(fun() -> timer:sleep(30), slept end),
    io:format("tc: ~p~n", [Us >= 30000]),
    {_, 6} = timer:tc(fun(X, Y) -> X * Y end, [2, 3]),
    {_, [3, 2, 1]} = timer:tc(lists, reverse, [[1, 2, 3]]),
    io:format("conversions: ~p ~p ~p~n", [timer:seconds(2), timer:minutes(1), timer:hours(1)]),
    %% after 0 sees only what is already there; the mailbox keeps its order
    self() ! one, self() ! two,
    R = receive two -> got_two after 0 -> none end,
    io:format("selective: ~p ~p~n", [R, collect(1)]),
    receive
        Msg -> io:format("unexpected ~p~n", [Msg])
    after 25 ->
        io:format("after 25: empty~n")
    end,
    %% a timer sent to a dead process is just dropped
    P = spawn(fun() -> ok end),
    Ref = monitor(process, P),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    T3 = erlang:send_after(10, P, lost),
    receive after 30 -> ok end,
    io:format("to the dead: ~p~n", [erlang:read_timer(T3)]),
    {'EXIT', {badarg, [{erlang, send_after, [-1, Self, x], _} | _]}} = (catch erlang:send_after(-1, Self, x)),
    io:format("negative time: badarg~n"),
    io:format("done~n").
