-module(otp_logger).
-export([main/0, log/2, job/1]).
-include("otp_logger.hrl").

%% Logging in a small batch job: logger:Level calls with strings, formats
%% and reports, the ?LOG_* macros, the primary level, an extra handler
%% that sees the events as maps, and the CRASH REPORT of a proc_lib
%% process. The default handler's reports carry a fixed time, printed in
%% UTC, so that every run prints the same.

%% a handler that shows what logger hands to handlers
log(#{level := Level, msg := Msg, meta := Meta}, #{prefix := Prefix}) ->
    Where = case Meta of
                #{mfa := {M, F, A}, line := _} -> {M, F, A};
                _ -> none
            end,
    io:format("~s ~p ~p ~p~n", [Prefix, Level, shape(Msg), Where]).

shape({report, #{label := {proc_lib, crash}, report := [Info, _]}}) ->
    {Class, Reason, _} = proplists:get_value(error_info, Info),
    {crash_report, proplists:get_value(initial_call, Info), Class, Reason};
shape({report, R}) -> {report, R};
shape({string, S}) -> {string, S};
shape({Format, Args}) -> {format, Format, Args}.

flush() -> logger_std_h:filesync(default).

job(N) when N > 2 -> exit({too_big, N});
job(N) -> N * 2.

main() ->
    logger:set_primary_config(metadata, #{time => 1764115200000000}),
    logger:update_formatter_config(default, #{time_offset => "Z"}),
    logger:error("disk ~s is ~p% full", ["/var", 97]),
    logger:warning("plain string"),
    logger:notice(#{event => started, jobs => 3}),
    logger:info("not shown: below the primary level"),
    logger:debug("not shown either"),
    logger:error([{what, cleanup}, {files, 12}]),
    flush(),
    io:format("-- macros~n"),
    ?LOG_ERROR("macro error ~p", [1]),
    ?LOG_WARNING(#{macro => warning}),
    ?LOG_NOTICE("macro notice ~s", ["ok"]),
    ?LOG_INFO("macro info ~p", [hidden]),
    flush(),
    io:format("-- level info~n"),
    ok = logger:set_primary_config(level, info),
    ?LOG_INFO("macro info ~p", [shown]),
    logger:info("info ~p", [shown]),
    ?LOG_DEBUG("debug ~p", [hidden]),
    flush(),
    io:format("bad level: ~p~n", [logger:set_primary_config(level, loud)]),
    ok = logger:set_primary_config(level, notice),
    io:format("-- a handler of our own~n"),
    ok = logger:add_handler(mine, ?MODULE, #{prefix => "mine:"}),
    io:format("again: ~p~n", [logger:add_handler(mine, ?MODULE, #{prefix => "x"})]),
    io:format("handlers: ~p~n", [lists:sort(logger:get_handler_ids())]),
    logger:remove_handler(default),
    logger:error("to mine only ~p", [42]),
    logger:warning("string for mine"),
    logger:notice(#{report => map}),
    ?LOG_ERROR("with location ~p", [here]),
    logger:info("below the level"),
    %% a proc_lib process that crashes logs a CRASH REPORT
    {Pid, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    %% (monitored from the start: a job may end before a monitor/2 after it)
    {P, R} = proc_lib:spawn_opt(?MODULE, job, [5], [monitor]),
    receive {'DOWN', R, process, P, Why} -> io:format("job exited: ~p~n", [Why]) end,
    {Q, R2} = proc_lib:spawn_opt(?MODULE, job, [2], [monitor]),
    receive {'DOWN', R2, process, Q, Why2} -> io:format("job exited: ~p~n", [Why2]) end,
    io:format("remove: ~p ~p~n", [logger:remove_handler(mine), logger:remove_handler(mine)]),
    logger:error("nobody hears this"),
    io:format("done~n").
