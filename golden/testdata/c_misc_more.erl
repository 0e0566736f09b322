%% erlang BIFs that OTP's own code calls and erl2go added late:
%% list_to_pid/1 and its kin, fun_to_list/1, make_fun/3, is_builtin/3,
%% iolist_to_iovec/1, system_flag/2, decode_packet/3; with
%% filename:basedir/2,3 and io:requests/1,2. A small framing layer parses
%% a byte stream of length-prefixed and line packets; a registry looks
%% processes up by the text of their pids.
-module(c_misc_more).
-export([main/0, echo/0]).

main() ->
    pids(),
    refs_and_ports(),
    funs(),
    iovecs(),
    backtraces(),
    schedulers(),
    framing(),
    basedirs(),
    requests().

show(F) ->
    try F() of
        V -> io:format("~p~n", [V])
    catch
        C:R:St -> io:format("~p:~p in ~p~n", [C, R, hd(St)])
    end.

echo() ->
    receive
        {From, Msg} -> From ! {self(), Msg}, echo();
        stop -> ok
    end.

%% pids: a registry keeps pids as text and turns them back into pids.
pids() ->
    Live = spawn(?MODULE, echo, []),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, process, Dead, normal} -> ok end,
    Registry = #{live => pid_to_list(Live), dead => pid_to_list(Dead), me => pid_to_list(self())},
    LiveBack = list_to_pid(maps:get(live, Registry)),
    LiveBack ! {self(), hello},
    receive {Live, hello} -> io:format("echo answered through its text~n") end,
    io:format("same pids: ~p ~p ~p~n", [LiveBack =:= Live, list_to_pid(maps:get(dead, Registry)) =:= Dead,
                                         list_to_pid(maps:get(me, Registry)) =:= self()]),
    io:format("alive: ~p ~p~n", [is_process_alive(LiveBack), is_process_alive(list_to_pid(maps:get(dead, Registry)))]),
    Live ! stop,
    io:format("~p ~p~n", [list_to_pid("<0.0.0>"), list_to_pid("<00.017.8191>")]),
    [show(fun() -> list_to_pid(S) end) || S <- ["<1.2.3>", "<0.32768.0>", "<0.1.8192>", "<0.1>", " <0.1.0>", "<0.x.0>"]],
    show(fun() -> list_to_pid(<<"<0.1.0>">>) end).

refs_and_ports() ->
    R = make_ref(),
    io:format("ref round trip: ~p~n", [list_to_ref(ref_to_list(R)) =:= R]),
    io:format("~p~n", [list_to_ref("#Ref<0.0.0.77>")]),
    show(fun() -> list_to_ref("#Ref<0.0.77>") end),
    show(fun() -> list_to_ref("#Ref<0.4294967296.0.1>") end),
    P = list_to_port("#Port<0.12>"),
    io:format("~p ~p ~p~n", [P, port_to_list(P), is_port(P)]),
    show(fun() -> list_to_port("#Port<0.4294967296>") end),
    show(fun() -> port_to_list(port) end).

funs() ->
    io:format("~s ~s~n", [erlang:fun_to_list(fun lists:map/2), erlang:fun_to_list(fun 'my mod':'my fun'/0)]),
    Rev = erlang:make_fun(lists, reverse, 1),
    io:format("~p ~p ~p~n", [Rev, Rev([1, 2, 3]), Rev =:= fun lists:reverse/1]),
    Missing = erlang:make_fun(no_such_module, run, 1),
    io:format("~p ~p~n", [Missing, erlang:fun_info(Missing, type)]),
    show(fun() -> Missing(1) end),
    show(fun() -> erlang:make_fun(lists, reverse, 256) end),
    show(fun() -> erlang:make_fun("lists", reverse, 1) end),
    show(fun() -> erlang:fun_to_list(lists) end),
    Add = fun(X) -> X + 1 end,
    io:format("~p ~p ~p~n", [erlang:fun_info_mfa(fun lists:map/2), erlang:fun_info_mfa(Add),
                             erlang:check_old_code(lists)]),
    show(fun() -> erlang:fun_info_mfa({lists, map}) end),
    Builtin = [{M, F, A} || {M, F, A} <- [{erlang, '+', 2}, {erlang, length, 1}, {erlang, apply, 3},
                                          {lists, reverse, 2}, {lists, map, 2}, {maps, get, 2}, {maps, map, 2},
                                          {ets, lookup, 2}, {math, sqrt, 1}, {erlang, no_such, 0},
                                          {?MODULE, main, 0}, {erlang, length, -1}],
                            erlang:is_builtin(M, F, A)],
    io:format("builtin: ~p~n", [Builtin]),
    show(fun() -> erlang:is_builtin(erlang, "length", 1) end).

%% iovecs: what iolist_to_iovec/1 merges and what it keeps whole.
iovecs() ->
    B = fun(N) -> binary:copy(<<"x">>, N) end,
    Shapes = [[B(300), B(70)], [B(64), B(65)], [B(3), B(1000)], [B(200), B(311)], [B(200), B(312)],
              [B(1000), "ab", B(1000)], [B(250), B(10), B(600)], [B(256), $a]],
    [io:format("~w~n", [[byte_size(X) || X <- erlang:iolist_to_iovec(S)]]) || S <- Shapes],
    io:format("~p~n", [erlang:iolist_to_iovec([<<"ab">>, $c, [<<"d">>, [], "ef"] | <<"g">>])]),
    io:format("~p ~p~n", [erlang:iolist_to_iovec(<<>>), erlang:iolist_to_iovec([[], <<>>])]),
    show(fun() -> erlang:iolist_to_iovec([256]) end),
    show(fun() -> erlang:iolist_to_iovec([<<1:3>>]) end).

%% backtraces: backtrace_depth sets how many frames a trace keeps.
backtraces() ->
    Depth = fun() ->
                    try level1(x) catch error:_:St -> {length(St), [element(2, E) || E <- lists:sublist(St, 2)]} end
            end,
    io:format("default ~p~n", [Depth()]),
    Old = erlang:system_flag(backtrace_depth, 2),
    io:format("was ~p, now ~p~n", [Old, Depth()]),
    io:format("was ~p~n", [erlang:system_flag(backtrace_depth, 0)]),
    io:format("at 0 ~p, caught ~p~n", [Depth(), catch level1(y)]),
    io:format("was ~p~n", [erlang:system_flag(backtrace_depth, 500)]),
    io:format("capped to ~p~n", [erlang:system_flag(backtrace_depth, Old)]),
    show(fun() -> erlang:system_flag(backtrace_depth, -1) end),
    show(fun() -> erlang:system_flag(backtrace_depth, deep) end).

level1(X) -> [level2(X)].
level2(X) -> [level3(X)].
level3(X) -> [level4(X)].
level4(X) -> [list_to_integer(atom_to_list(X))].

schedulers() ->
    All = erlang:system_info(schedulers),
    Old = erlang:system_flag(schedulers_online, 1),
    io:format("online was all: ~p, now ~p~n", [Old =:= All, erlang:system_info(schedulers_online)]),
    io:format("back: ~p ~p~n", [erlang:system_flag(schedulers_online, Old), erlang:system_info(schedulers_online) =:= All]),
    show(fun() -> erlang:system_flag(schedulers_online, 0) end),
    try erlang:system_flag(schedulers_online, All + 1)
    catch error:badarg -> io:format("no more online than there are~n")
    end,
    FS = erlang:system_flag(fullsweep_after, 10),
    io:format("fullsweep_after ~p ~p~n", [FS, erlang:system_flag(fullsweep_after, FS)]),
    io:format("min_heap_size ~p~n", [erlang:system_flag(min_heap_size, erlang:system_flag(min_heap_size, 1000))]),
    show(fun() -> erlang:system_flag(no_such_flag, 1) end),
    show(fun() -> erlang:system_flag(min_heap_size, -5) end).

%% framing: a stream of 2-byte length-prefixed frames cut anywhere.
framing() ->
    Frames = [<<"hello">>, <<>>, <<"frame three">>, binary:copy(<<"z">>, 300)],
    Stream = iolist_to_binary([[<<(byte_size(F)):16>>, F] || F <- Frames]),
    {A, Rest} = split_binary(Stream, 10),
    {B, C} = split_binary(Rest, 20),
    Got = frames([A, B, C], <<>>, []),
    io:format("frames ~p~n", [[case byte_size(F) > 20 of true -> {long, byte_size(F)}; false -> F end || F <- Got]]),
    Lines = <<"GET /index\r\nHost: x\nno end">>,
    io:format("~p~n", [lines(Lines, [])]),
    Opts = [{line_length, 4}],
    io:format("~p ~p~n", [erlang:decode_packet(line, <<"abcdefgh\n">>, Opts), erlang:decode_packet(line, <<"ab">>, Opts)]),
    io:format("~p~n", [erlang:decode_packet(line, <<"a;b;c">>, [{line_delimiter, $;}])]),
    io:format("~p ~p~n", [erlang:decode_packet(4, <<0, 0, 1, 0, "abc">>, []),
                          erlang:decode_packet(4, <<0, 0, 1, 0, "abc">>, [{packet_size, 100}])]),
    io:format("~p ~p ~p~n", [erlang:decode_packet(1, <<2, "abc">>, []), erlang:decode_packet(raw, <<"abc">>, []),
                             erlang:decode_packet(0, <<>>, [])]),
    io:format("~p~n", [erlang:decode_packet(sunrm, <<128, 0, 0, 2, "hi!">>, [])]),
    Ber = <<16#30, 16#81, 5, 2, 1, 7, 4, 0, 16#30, 16#80>>,
    io:format("~p ~p~n", [erlang:decode_packet(asn1, Ber, []), erlang:decode_packet(asn1, binary:part(Ber, 0, 4), [])]),
    io:format("~p ~p~n", [erlang:decode_packet(asn1, <<16#30, 16#80, 1, 0, 0>>, []),
                          erlang:decode_packet(asn1, <<16#30, 16#85, 0, 0, 0, 0, 1>>, [])]),
    io:format("~p~n", [erlang:decode_packet(2, <<0, 1, 7, 5:4>>, [])]),
    show(fun() -> erlang:decode_packet(3, <<>>, []) end),
    show(fun() -> erlang:decode_packet(raw, "abc", []) end),
    show(fun() -> erlang:decode_packet(line, <<>>, [{packet_size, -1}]) end).

frames([], _Buf, Acc) ->
    lists:reverse(Acc);
frames([Chunk | Chunks], Buf0, Acc) ->
    Buf = <<Buf0/binary, Chunk/binary>>,
    case erlang:decode_packet(2, Buf, []) of
        {ok, Frame, Rest} -> frames([Rest | Chunks], <<>>, [Frame | Acc]);
        {more, Need} ->
            io:format("waiting for ~p bytes, have ~p~n", [Need, byte_size(Buf)]),
            frames(Chunks, Buf, Acc)
    end.

lines(Bin, Acc) ->
    case erlang:decode_packet(line, Bin, []) of
        {ok, Line, Rest} -> lines(Rest, [Line | Acc]);
        {more, undefined} -> {lists:reverse(Acc), Bin}
    end.

basedirs() ->
    os:putenv("HOME", "/home/erl"),
    [os:unsetenv(V) || V <- ["XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_DIRS",
                             "XDG_CONFIG_DIRS", "APPDATA", "LOCALAPPDATA"]],
    Types = [user_data, user_config, user_cache, user_log, site_data, site_config],
    [io:format("~p ~p~n", [T, filename:basedir(T, "myapp")]) || T <- Types],
    io:format("~p~n", [filename:basedir(user_log, <<"myapp">>, #{version => "1.2"})]),
    os:putenv("XDG_CONFIG_HOME", "/cfg"),
    os:putenv("XDG_DATA_DIRS", "/opt/share::/usr/share/"),
    os:putenv("XDG_CACHE_HOME", ""),
    io:format("~p ~p ~p~n", [filename:basedir(user_config, "myapp"), filename:basedir(site_data, "myapp"),
                             filename:basedir(user_cache, "myapp")]),
    [io:format("~p ~p~n", [Os, filename:basedir(user_cache, "myapp", #{os => Os, author => "me", version => "2"})])
     || Os <- [linux, darwin, windows]],
    os:putenv("APPDATA", "C:/Users/erl/AppData/Roaming"),
    io:format("~p~n", [filename:basedir(user_data, "myapp", #{os => windows})]),
    show(fun() -> filename:basedir(user_stuff, "myapp") end),
    show(fun() -> filename:basedir(user_data, myapp) end),
    show(fun() -> filename:basedir(user_data, "myapp", [{os, linux}]) end).

requests() ->
    R = io:requests([{format, "~s has ~b items~n", ["cart", 3]}, nl, {put_chars, unicode, "done\n"},
                     {write, {total, 9.5}}, nl]),
    io:format("requests: ~p~n", [R]),
    io:format("~p~n", [io:requests(standard_io, [{format, "first~n", []}, {bogus}, nl])]).
