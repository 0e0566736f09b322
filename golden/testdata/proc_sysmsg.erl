-module(proc_sysmsg).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, terminate/2]).
-export([callback_mode/0, ready/3]).

%% System messages as sys sends them ({system, From, Request}, answered as
%% gen:reply does), written out by hand so that no sys module is needed:
%% the state of a gen_server and of a gen_statem read and replaced, a fun
%% that fails, and termination, and proc_lib:stop with its reasons.

ask(P, Req) ->
    Ref = make_ref(),
    P ! {system, {self(), Ref}, Req},
    receive {Ref, Reply} -> Reply after 1000 -> timeout end.

main() ->
    {ok, S} = gen_server:start(?MODULE, #{hits => 0}, []),
    io:format("~p~n", [ask(S, get_state)]),
    io:format("~p~n", [ask(S, {replace_state, fun(M) -> M#{hits := 7} end})]),
    io:format("~p~n", [gen_server:call(S, hit)]),
    {error, {callback_failed, Where, {Class, Reason}}} =
        ask(S, {replace_state, fun(M) -> maps:get(missing, M) end}),
    io:format("~p ~p ~p~n", [Where, Class, Reason]),
    io:format("~p~n", [ask(S, get_state)]),
    %% The server answers ok before it runs terminate/2 (as OTP's does), so
    %% the answer is printed after its 'DOWN', when terminate/2 has printed.
    Mon = monitor(process, S),
    Stopped = ask(S, {terminate, {shutdown, asked}}),
    receive {'DOWN', Mon, process, S, Why} -> io:format("~p, down ~p~n", [Stopped, Why]) end,

    {ok, M} = gen_statem:start(?MODULE, [], []),
    io:format("~p~n", [ask(M, get_state)]),
    io:format("~p~n", [ask(M, {replace_state, fun({St, D}) -> {St, [x | D]} end})]),
    io:format("~p~n", [gen_statem:call(M, data)]),
    ok = proc_lib:stop(M),
    io:format("alive ~p~n", [is_process_alive(M)]),

    process_flag(trap_exit, true),
    {ok, L} = gen_server:start_link(?MODULE, #{hits => 1}, []),
    ok = proc_lib:stop(L, {shutdown, done}, 1000),
    receive {'EXIT', L, Why2} -> io:format("exit ~p~n", [Why2]) end,
    io:format("~p~n", [catch proc_lib:stop(L)]),
    io:format("~p~n", [catch proc_lib:stop(not_registered, normal, 100)]),
    {messages, Left} = process_info(self(), messages),
    io:format("left ~p~n", [Left]).

init(State) when is_map(State) -> {ok, State};
init([]) -> {ok, ready, []}.
handle_call(hit, _From, #{hits := N} = M) -> {reply, N + 1, M#{hits := N + 1}}.
handle_cast(_, M) -> {noreply, M}.
terminate(Reason, State) -> io:format("terminate ~p ~p~n", [Reason, State]).

callback_mode() -> state_functions.
ready({call, From}, data, D) -> {keep_state_and_data, [{reply, From, D}]}.
