-module(otp_event).
-behaviour(gen_event).
-export([main/0]).
-export([init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).

%% An alarm bus as a gen_event manager with two kinds of handler: this
%% module counts events by severity (installed twice under {Module, Id}),
%% otp_event_log keeps the last few events. Handlers are added, called,
%% swapped, removed, and one removes itself.

init({counter, Name}) -> {ok, #{name => Name, counts => #{}}};
init({swapped_from, Log}) -> {ok, #{name => swapped, counts => #{log_size => length(Log)}}};
init(bad) -> {error, no_thanks}.

handle_event({alarm, Sev, _What}, S = #{counts := C}) ->
    {ok, S#{counts := maps:update_with(Sev, fun(N) -> N + 1 end, 1, C)}};
handle_event(quiet, #{name := Name}) ->
    io:format("~p: asked to leave~n", [Name]),
    remove_handler;
handle_event(_, S) ->
    {ok, S}.

handle_call(counts, S = #{counts := C}) ->
    {ok, lists:sort(maps:to_list(C)), S};
handle_call(reset, S) ->
    {ok, reset, S#{counts := #{}}}.

handle_info({direct, X}, S = #{counts := C}) ->
    {ok, S#{counts := C#{direct => X}}}.

terminate(Arg, #{name := Name}) ->
    io:format("~p: terminate ~p~n", [Name, Arg]),
    {counter_done, Name}.

%% Reports carry a fixed time, printed in UTC, so that they read the same
%% on every run; filesync waits until the default handler has printed.
quiet_clock() ->
    logger:set_primary_config(metadata, #{time => 1764115200000000}),
    logger:update_formatter_config(default, #{time_offset => "Z"}).

flush() -> logger_std_h:filesync(default).

main() ->
    quiet_clock(),
    {ok, Bus} = gen_event:start_link({local, alarms}),
    ok = gen_event:add_handler(alarms, {?MODULE, a}, {counter, a}),
    ok = gen_event:add_handler(alarms, {?MODULE, b}, {counter, b}),
    ok = gen_event:add_handler(alarms, otp_event_log, 3),
    io:format("bad init: ~p~n", [gen_event:add_handler(alarms, {?MODULE, c}, bad)]),
    io:format("missing module: ~p~n", [gen_event:add_handler(alarms, no_such_module, [])]),
    io:format("handlers: ~p~n", [gen_event:which_handlers(Bus)]),
    gen_event:notify(alarms, {alarm, major, disk}),
    gen_event:notify(alarms, {alarm, minor, fan}),
    ok = gen_event:sync_notify(alarms, {alarm, major, power}),
    io:format("counts a: ~p~n", [gen_event:call(alarms, {?MODULE, a}, counts)]),
    io:format("reset b: ~p~n", [gen_event:call(alarms, {?MODULE, b}, reset)]),
    gen_event:sync_notify(alarms, {alarm, critical, fire}),
    io:format("counts b: ~p~n", [gen_event:call(alarms, {?MODULE, b}, counts)]),
    io:format("log: ~p~n", [gen_event:call(alarms, otp_event_log, last)]),
    io:format("call missing: ~p~n", [gen_event:call(alarms, nobody, x)]),
    Bus ! {direct, 42},
    gen_event:which_handlers(Bus),
    flush(),
    io:format("counts a: ~p~n", [gen_event:call(alarms, {?MODULE, a}, counts)]),
    io:format("delete b: ~p~n", [gen_event:delete_handler(alarms, {?MODULE, b}, goodbye)]),
    io:format("delete again: ~p~n", [gen_event:delete_handler(alarms, {?MODULE, b}, goodbye)]),
    %% replace the log with a counter that starts from its contents
    ok = gen_event:swap_handler(alarms, {otp_event_log, swap}, {{?MODULE, s}, swapped_from}),
    io:format("after swap: ~p~n", [gen_event:which_handlers(alarms)]),
    io:format("counts s: ~p~n", [gen_event:call(alarms, {?MODULE, s}, counts)]),
    ok = gen_event:sync_notify(alarms, quiet),
    io:format("after quiet: ~p~n", [gen_event:which_handlers(alarms)]),
    ok = gen_event:add_handler(alarms, otp_event_log, 2),
    ok = gen_event:sync_notify(alarms, {alarm, minor, crash_me}),
    flush(),
    io:format("after crash: ~p~n", [gen_event:which_handlers(alarms)]),
    ok = gen_event:stop(alarms),
    io:format("stopped: ~p~n", [whereis(alarms)]).
