-module(proc_after).
-export([main/0]).

%% Timeouts: after 0 polls, after T waits, after infinity waits forever
%% for a message, a receive with only after sleeps; timers deliver
%% messages later. Only the order of events is printed, never times.

poll() ->
    receive
        X -> {got, X}
    after 0 -> nothing
    end.

wait(T) ->
    receive
        X -> {got, X}
    after T -> timeout
    end.

main() ->
    io:format("~p~n", [poll()]),
    self() ! hello,
    io:format("~p~n", [poll()]),
    io:format("~p~n", [wait(20)]),
    Self = self(),
    spawn(fun() -> receive after 200 -> Self ! late end end),
    io:format("~p~n", [wait(1)]),
    io:format("~p~n", [wait(infinity)]),
    %% A sleep leaves messages alone.
    self() ! kept,
    receive after 10 -> ok end,
    timer:sleep(10),
    io:format("~p~n", [poll()]),
    %% Timers.
    erlang:send_after(150, self(), second),
    erlang:send_after(10, self(), first),
    io:format("~p~n", [[wait(1000), wait(1000)]]),
    Ref = erlang:start_timer(10, self(), ding),
    receive {timeout, Ref, Msg} -> io:format("timer ~p~n", [Msg]) end,
    T = erlang:send_after(10000, self(), never),
    io:format("cancelled: ~p~n", [is_integer(erlang:cancel_timer(T))]),
    io:format("~p~n", [erlang:cancel_timer(T)]),
    {ok, _} = timer:send_after(10, self(), via_timer),
    io:format("~p~n", [wait(1000)]),
    %% A bad timeout value is an error.
    io:format("~p~n", [try wait(-1) catch error:E1 -> {error, E1} end]),
    io:format("~p~n", [try wait(foo) catch error:E2 -> {error, E2} end]),
    %% The timeout is evaluated before the receive looks at messages.
    self() ! x,
    R = receive
            y -> y
        after (fun() -> 5 end)() -> timed_out
        end,
    io:format("~p ~p~n", [R, poll()]).
