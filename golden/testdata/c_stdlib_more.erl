%% Stdlib functions that OTP's own code calls often and that erl2go added
%% late: lists:zf/2 and umerge/3, erlang's time conversions, nodes/0,1,
%% monitor_node/2, module_loaded/1, binary_to_list/3, nif_error/1,
%% filename:append/2 and absname_join/2, io:columns/rows, and calendar's
%% RFC 3339 functions. A small log processor: parse stamped events, sort
%% and merge them, write them back out. Local time never reaches the
%% output, so that it does not depend on the machine's time zone.
-module(c_stdlib_more).
-export([main/0]).

main() ->
    Events = parse_log(log_lines()),
    report(Events),
    merge_feeds(),
    times(),
    nodes_and_modules(),
    binaries(),
    paths(),
    io_geometry(),
    quoting(),
    limits(),
    errors().

log_lines() ->
    ["2024-01-02T03:04:05Z disk warn 81",
     "2024-01-02T04:04:05+01:00 disk info 40",
     "2024-01-02T02:59:59.250-00:30 cpu warn 97",
     "bogus line",
     "2023-12-31T23:59:60Z clock info 0",
     "2024-02-29T12:00:00.5+05:45 net error 3"].

%% parse_log keeps the lines that parse (lists:zf is filtermap's old name).
parse_log(Lines) ->
    lists:zf(fun parse_line/1, Lines).

parse_line(Line) ->
    case string:lexemes(Line, " ") of
        [Stamp, Source, Level, Value] ->
            try calendar:rfc3339_to_system_time(Stamp, [{unit, millisecond}]) of
                Ms -> {true, {Ms, list_to_atom(Source), list_to_atom(Level), list_to_integer(Value)}}
            catch
                error:Reason -> io:format("skip ~s: ~p~n", [Stamp, Reason]), false
            end;
        _ ->
            io:format("skip ~p~n", [Line]),
            false
    end.

report(Events) ->
    Sorted = lists:keysort(1, Events),
    lists:foreach(
      fun({Ms, Source, Level, Value}) ->
              Stamp = calendar:system_time_to_rfc3339(Ms, [{unit, millisecond}, {offset, "Z"}]),
              io:format("~s ~-5s ~-5s ~3w~n", [Stamp, Source, Level, Value])
      end, Sorted),
    Warn = lists:zf(fun({_, S, warn, V}) -> {true, {S, V}}; (_) -> false end, Sorted),
    io:format("warnings: ~p~n", [Warn]).

%% merge_feeds merges two feeds sorted by time, dropping duplicates.
merge_feeds() ->
    ByTime = fun({T1, _}, {T2, _}) -> T1 =< T2 end,
    A = [{1, a}, {3, b}, {5, c}, {9, d}],
    B = [{2, x}, {3, b}, {4, y}, {9, d}, {10, z}],
    io:format("umerge: ~p~n", [lists:umerge(ByTime, A, B)]),
    Desc = fun(X, Y) -> X >= Y end,
    io:format("umerge desc: ~p~n", [lists:umerge(Desc, [9, 7, 7, 3], [8, 7, 2])]),
    io:format("umerge strict: ~p~n", [lists:umerge(fun(X, Y) -> X < Y end, [1, 2, 3], [2, 3, 4])]),
    io:format("umerge empty: ~p ~p~n", [lists:umerge(Desc, [], [3, 1]), lists:umerge(Desc, [3, 1], [])]),
    {Calls, _} = lists:foldl(fun(_, {N, L}) -> {N + 1, L} end, {0, []}, A),
    io:format("calls: ~p~n", [Calls]).

times() ->
    Epoch = {{1970, 1, 1}, {0, 0, 0}},
    Moon = {{1969, 7, 20}, {20, 17, 40}},
    io:format("posix: ~p ~p~n", [erlang:universaltime_to_posixtime(Epoch),
                                 erlang:universaltime_to_posixtime(Moon)]),
    io:format("back: ~p~n", [erlang:posixtime_to_universaltime(-14182940)]),
    io:format("far: ~p ~p~n", [erlang:posixtime_to_universaltime(253402300799),
                               erlang:posixtime_to_universaltime(-62167219200)]),
    Now = {{2024, 3, 10}, {12, 30, 0}},
    Local = erlang:universaltime_to_localtime(Now),
    io:format("round trip: ~p~n", [lists:member(Now, calendar:local_time_to_universal_time_dst(Local))]),
    io:format("same as calendar: ~p~n",
              [erlang:localtime_to_universaltime(Local) =:= calendar:local_time_to_universal_time(Local)]),
    [io:format("rfc3339 ~p: ~s~n", [Opts, calendar:system_time_to_rfc3339(T, Opts)])
     || {T, Opts} <- [{0, [{offset, "Z"}]},
                      {1709987400, [{offset, 3600}]},
                      {1709987400123, [{unit, millisecond}, {offset, -5400000}]},
                      {-1500, [{unit, millisecond}, {offset, "Z"}]},
                      {1709987400000007, [{unit, microsecond}, {offset, "+05:30"}, {time_designator, $\s}]},
                      {1709987400000000001, [{unit, nanosecond}, {offset, "z"}]}]],
    [io:format("parse ~s: ~p~n", [S, calendar:rfc3339_to_system_time(S, Opts)])
     || {S, Opts} <- [{"1970-01-01T00:00:00Z", []},
                      {"2024-03-10T12:30:00+02:00", [{unit, second}]},
                      {"2024-03-10t12:30:00.987654-01", [{unit, microsecond}]},
                      {"1969-12-31T23:59:59.5Z", [{unit, millisecond}]},
                      {"2024-03-10T12:30:00.1Z", [{unit, nanosecond}]}]],
    [io:format("bad ~p: ~p~n", [S, err(fun() -> calendar:rfc3339_to_system_time(S) end)])
     || S <- ["2024-03-10", "2024-03-10T12:30:00", "2024-03-10T12:30:00+0200",
              "2024-03-1xT12:30:00Z"]],
    io:format("bad local: ~p~n", [err(fun() -> erlang:universaltime_to_localtime({{2024, 2, 30}, {0, 0, 0}}) end)]),
    io:format("bad flag: ~p~n", [err(fun() -> erlang:localtime_to_universaltime(Now, sometimes) end)]),
    io:format("too early: ~p~n", [err(fun() -> erlang:universaltime_to_posixtime({{1599, 12, 31}, {0, 0, 0}}) end)]).

nodes_and_modules() ->
    io:format("nodes: ~p ~p ~p ~p~n", [nodes(), nodes(this), nodes([visible, hidden]), nodes(known)]),
    io:format("bad nodes: ~p~n", [err(fun() -> nodes(everything) end)]),
    io:format("monitor self: ~p~n", [monitor_node(node(), true)]),
    io:format("monitor other: ~p~n", [err(fun() -> monitor_node('peer@elsewhere', true) end)]),
    io:format("loaded: ~p ~p ~p~n", [erlang:module_loaded(?MODULE), erlang:module_loaded(no_such_module),
                                     err(fun() -> erlang:module_loaded("lists") end)]).

binaries() ->
    Packet = <<"HDR:payload-bytes;">>,
    io:format("slice: ~p ~p~n", [binary_to_list(Packet, 5, 11), binary_to_list(Packet, 1, 1)]),
    [io:format("bad slice ~p: ~p~n", [{S, E}, err(fun() -> binary_to_list(Packet, S, E) end)])
     || {S, E} <- [{0, 3}, {4, 3}, {1, 19}]].

paths() ->
    io:format("append: ~p ~p ~p~n", [filename:append("/var/log", "app.log"),
                                     filename:append(<<"/var">>, "log"),
                                     filename:append("/var", <<"log">>)]),
    io:format("append odd: ~p ~p~n", [filename:append("", "x"), filename:append("dir/", "/x")]),
    io:format("absname_join: ~p ~p~n", [filename:absname_join("/srv", ["www", "/index.html"]),
                                        filename:absname_join("/srv", "/etc/passwd")]).

io_geometry() ->
    io:format("columns: ~p rows: ~p~n", [io:columns(), io:rows()]),
    io:format("columns of user: ~p~n", [io:columns(user)]),
    io:format("printable range: ~p~n", [io:printable_range()]),
    io:format("timer:start: ~p~n", [timer:start()]).

%% quoting writes names for a Latin-1 terminal: what Latin-1 cannot show
%% becomes \x{...}, and names that need quotes get them.
quoting() ->
    Names = ["plain", "caf\x{e9}", "tab\there", "\x{41f}\x{440}\x{438}\x{432}\x{435}\x{442}", "it's", "back\\slash"],
    [io:format("~s ~s ~s~n", [io_lib:write_string_as_latin1(N), io_lib:write_string_as_latin1(N, $'),
                               io_lib:write_atom_as_latin1(list_to_atom(N))]) || N <- Names],
    io:format("~s ~s ~s ~s~n", [io_lib:write_char_as_latin1(C) || C <- [$a, $\s, 16#263A, 7]]),
    io:format("~s ~s~n", [io_lib:write_latin1_char($\xe9), io_lib:write_latin1_string("na\x{ef}ve")]),
    io:format("~w ~w~n", [io_lib:write_unicode_string([16#263A]), io_lib:write_unicode_char(16#263A)]),
    io:format("quote: ~w~n", [[io_lib:quote_atom(A, atom_to_list(A)) || A <- [ok, 'Ok', 'end', 'a b', a@b, '\x{e9}t\x{e9}']]]),
    io:format("latin1 only: ~p~n", [err(fun() -> io_lib:write_latin1_string([$a, 16#263A, $b]) end)]),
    io:format("latin1 char: ~p~n", [err(fun() -> io_lib:write_latin1_char(16#263A) end)]).

%% limits cuts deep terms down before they go into a log line.
limits() ->
    Request = {request, "GET", [{host, "example.org"}, {path, ["api", "v1", {id, 42}]}],
               #{headers => [{accept, "*/*"}], body => <<"{}">>}},
    [io:format("depth ~w: ~w~n", [D, io_lib:limit_term(Request, D)]) || D <- [0, 1, 2, 3, 4, 6, 10]],
    io:format("same term: ~w~n", [io_lib:limit_term(Request, 20) =:= Request]),
    io:format("long list: ~w~n", [io_lib:limit_term(lists:seq(1, 100), 5)]),
    io:format("printable: ~p~n", [io_lib:limit_term(["a long printable string"], 2)]).

errors() ->
    io:format("nif_error: ~p~n", [err(fun() -> erlang:nif_error(not_loaded) end)]),
    io:format("zf: ~p~n", [err(fun() -> lists:zf(fun(X) -> X end, [1]) end)]),
    io:format("umerge: ~p~n", [err(fun() -> lists:umerge(fun(A, B) -> A =< B end, [1, 2], bad) end)]),
    io:format("umerge fun: ~p~n", [err(fun() -> lists:umerge(not_a_fun, [], [1]) end)]),
    io:format("append: ~p~n", [err(fun() -> filename:append(dir, "x") end)]),
    io:format("append binary: ~p~n", [err(fun() -> filename:append(<<"dir">>, [-1]) end)]),
    io:format("columns: ~p~n", [err(fun() -> io:columns(42) end)]).

%% err runs F and shows the error it raises with the top of its trace,
%% funs left out of the arguments (their printed names differ by compiler).
err(F) ->
    try F() of
        V -> {no_error, V}
    catch
        Class:Reason:Stack -> {Class, Reason, top(Stack)}
    end.

top([{M, Fn, Args, Loc} | _]) when is_list(Args) ->
    {M, Fn, [A || A <- Args, not is_function(A)], Loc};
top([Top | _]) ->
    Top.
