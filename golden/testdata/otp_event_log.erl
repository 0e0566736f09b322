-module(otp_event_log).
-behaviour(gen_event).
-export([init/1, handle_event/2, handle_call/2, terminate/2]).

%% The event log handler of otp_event: keeps the last Max events.

init(Max) -> {ok, {Max, []}}.

handle_event({alarm, _, crash_me}, _S) ->
    error(crashed_on_purpose);
handle_event(E, {Max, Log}) ->
    {ok, {Max, lists:sublist([E | Log], Max)}}.

handle_call(last, S = {_, Log}) -> {ok, Log, S}.

terminate(swap, {_, Log}) ->
    io:format("log: swapped out with ~p events~n", [length(Log)]),
    Log;
terminate(Why, _S) ->
    io:format("log: terminate ~p~n", [Why]),
    ok.
