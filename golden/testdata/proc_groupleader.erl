%% A test harness that captures what the code under test prints: an I/O
%% server process (OTP's I/O protocol) becomes the group leader of the
%% process running each test, which its children inherit.
-module(proc_groupleader).
-export([main/0]).

%% capture(Acc): an I/O server that keeps output instead of printing it.
capture(Acc) ->
    receive
        {io_request, From, ReplyAs, Req} ->
            {Reply, Acc1} = request(Req, Acc),
            From ! {io_reply, ReplyAs, Reply},
            capture(Acc1);
        {get, From} ->
            From ! {captured, self(), lists:flatten(lists:reverse(Acc))},
            capture([]);
        stop ->
            ok
    end.

request({put_chars, Enc, Chars}, Acc) ->
    try chars(Enc, Chars) of
        L -> {ok, [L | Acc]}
    catch
        _:_ -> {{error, put_chars}, Acc}
    end;
request({put_chars, Enc, M, F, A}, Acc) ->
    try apply(M, F, A) of
        Chars -> {ok, [chars(Enc, Chars) | Acc]}
    catch
        _:_ -> {{error, F}, Acc}
    end;
request({requests, Reqs}, Acc) ->
    lists:foldl(fun(R, {ok, A}) -> request(R, A); (_, Err) -> Err end, {ok, Acc}, Reqs);
request({get_geometry, _}, Acc) ->
    {{error, enotsup}, Acc};
request(_Other, Acc) ->
    {{error, request}, Acc}.

chars(unicode, B) when is_binary(B) -> unicode:characters_to_list(B);
chars(latin1, B) when is_binary(B) -> binary_to_list(B);
chars(_, L) when is_list(L) -> lists:flatten(L).

%% run(Name, Fun): Fun runs in a process of its own whose output is
%% captured; the result and the output are printed.
run(Name, Fun) ->
    G = spawn(fun() -> capture([]) end),
    Self = self(),
    {Pid, Ref} = spawn_monitor(fun() -> receive go -> ok end, Self ! {result, self(), catch Fun()} end),
    true = group_leader(G, Pid),
    Pid ! go,
    Result = receive {result, Pid, R} -> R end,
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    G ! {get, self()},
    Out = receive {captured, G, O} -> O end,
    G ! stop,
    io:format("~s: ~p~n  output: ~p~n", [Name, Result, Out]).

main() ->
    Std = group_leader(),
    io:format("standard group leader: ~p ~p~n", [Std, is_process_alive(Std)]),
    %% the I/O protocol spoken to it by hand
    Std ! {io_request, self(), by_hand, {put_chars, unicode, io_lib, format, ["~s~n", ["by hand"]]}},
    receive {io_reply, by_hand, Reply} -> io:format("reply: ~p~n", [Reply]) end,
    run("format", fun() -> io:format("hello ~s, ~p~n", ["world", {1, 2}]), done end),
    run("all output calls", fun() ->
        io:put_chars("chars "), io:put_chars(<<"binary ">>), io:nl(),
        io:fwrite("~4.2f~n", [3.14159]), io:write({a, "b"}), io:put_chars(standard_io, " std"),
        io:format(standard_io, "~n~w~n", [[1, 2]]), ok end),
    run("unicode", fun() -> io:format("~ts ~s~n", [[955, 955], "caf\x{e9}"]), io:put_chars([1024, $\n]) end),
    run("children inherit", fun() ->
        Self = self(),
        spawn(fun() -> io:format("from child ~p~n", [group_leader() =:= group_leader()]), Self ! done end),
        receive done -> ok end,
        group_leader() =/= Std end),
    run("errors caught", fun() ->
        A = (catch io:format("~p ~p~n", tl([x, only_one]))),
        B = (catch io:put_chars(an_atom)),
        {element(1, element(2, A)), element(1, element(2, B))} end),
    run("io:request", fun() ->
        {io:request(group_leader(), {put_chars, unicode, "raw\n"}),
         io:request({get_geometry, columns}),
         io:request(group_leader(), {get_line, unicode, "> "})} end),
    run("explicit device", fun() ->
        G = group_leader(),
        io:format(G, "to the pid~n", []),
        io:format(user, "to user directly~n", []),
        register(my_capture, G),
        io:format(my_capture, "by name~n", []),
        unregister(my_capture) end),
    %% a process whose group leader is itself cannot print
    Self = self(),
    spawn(fun() ->
        group_leader(self(), self()),
        Self ! {self_gl, catch io:format("x~n")} end),
    receive {self_gl, {'EXIT', {Reason, _}}} -> io:format("own group leader: ~p~n", [Reason]) end,
    %% a group leader that has exited
    Dead = spawn(fun() -> ok end),
    timer:sleep(20),
    spawn(fun() ->
        group_leader(Dead, self()),
        Self ! {dead_gl, catch io:format("x~n"), io:request({put_chars, unicode, "y"})} end),
    receive {dead_gl, {'EXIT', {R2, _}}, R3} -> io:format("dead group leader: ~p ~p~n", [R2, R3]) end,
    %% taking over and restoring one's own group leader
    G = spawn(fun() -> capture([]) end),
    group_leader(G, self()),
    io:format("captured line~n"),
    group_leader(Std, self()),
    G ! {get, self()},
    receive {captured, G, Out} -> io:format("restored; captured ~p~n", [Out]) end,
    io:format("same as before: ~p~n", [group_leader() =:= Std]).
