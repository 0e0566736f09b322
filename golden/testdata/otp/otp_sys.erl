-module(otp_sys).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).
-export([callback_mode/0, idle/3, busy/3]).
-export([locked/2, open/2, handle_event/3, handle_sync_event/4, handle_info/3,
         terminate/3, code_change/4]).
-compile(nowarn_deprecated_function).

%% sys and proc_lib:stop against the runtime's gen_server and gen_statem,
%% and OTP's own gen_fsm (with gen and sys), translated from OTP's sources:
%% what a test suite does to look inside a server.
%%
%% otp: stdlib-4.2/src/sys.erl stdlib-4.2/src/gen.erl stdlib-4.2/src/gen_fsm.erl

main() ->
    counter(),
    machine(),
    lock(),
    stopping().

%% A counter server: its state read, replaced, and a replacing fun that fails.
counter() ->
    {ok, P} = gen_server:start(?MODULE, {counter, 41}, []),
    io:format("state ~p~n", [sys:get_state(P)]),
    io:format("replaced ~p~n", [sys:replace_state(P, fun({counter, N}) -> {counter, N + 1} end)]),
    io:format("call ~p~n", [gen_server:call(P, get)]),
    gen_server:cast(P, {add, 10}),
    io:format("after cast ~p~n", [sys:get_state(P, 1000)]),
    try sys:replace_state(P, fun({counter, N}) -> N / 0 end) of
        V -> io:format("unexpected ~p~n", [V])
    catch error:{callback_failed, Where, {Class, Reason}} ->
        io:format("failed in ~p: ~p:~p~n", [Where, Class, Reason])
    end,
    io:format("unchanged ~p~n", [sys:get_state(P)]),
    ok = proc_lib:stop(P),
    io:format("alive ~p~n", [is_process_alive(P)]).

%% A gen_statem: sys shows {State, Data}.
machine() ->
    {ok, Q} = gen_statem:start(?MODULE, {machine, 5}, []),
    io:format("statem ~p~n", [sys:get_state(Q)]),
    ok = gen_statem:cast(Q, work),
    io:format("statem ~p~n", [sys:get_state(Q)]),
    io:format("replaced ~p~n", [sys:replace_state(Q, fun({S, D}) -> {S, D * 2} end)]),
    io:format("call ~p~n", [gen_statem:call(Q, get)]),
    %% sys:terminate returns when the machine has answered, before it has
    %% run terminate/3: wait for it to be gone.
    Mon = monitor(process, Q),
    ok = sys:terminate(Q, normal),
    receive {'DOWN', Mon, process, Q, Why} -> io:format("down ~p~n", [Why]) end,
    io:format("alive ~p~n", [is_process_alive(Q)]).

%% A code lock as OTP's gen_fsm, whose loop answers sys itself.
lock() ->
    {ok, L} = gen_fsm:start_link(?MODULE, {lock, [1, 2, 3]}, []),
    [gen_fsm:send_event(L, {button, D}) || D <- [1, 2, 3]],
    io:format("fsm ~p~n", [gen_fsm:sync_send_all_state_event(L, state)]),
    io:format("fsm ~p~n", [sys:get_state(L)]),
    gen_fsm:send_event(L, {button, 9}),
    io:format("fsm ~p~n", [sys:get_state(L)]),
    ok = gen_fsm:stop(L),
    io:format("alive ~p~n", [is_process_alive(L)]).

%% proc_lib:stop with other reasons, and of a process that is gone.
stopping() ->
    process_flag(trap_exit, true),
    {ok, R} = gen_server:start_link(?MODULE, {counter, 1}, []),
    ok = proc_lib:stop(R, {shutdown, done}, 1000),
    receive {'EXIT', R, Why} -> io:format("exit ~p~n", [Why]) end,
    io:format("~p~n", [catch proc_lib:stop(R)]),
    io:format("~p~n", [catch sys:get_state(R)]),
    {messages, Left} = process_info(self(), messages),
    io:format("left ~p~n", [Left]).

%% gen_server
init({counter, N}) -> {ok, {counter, N}};
init({machine, D}) -> {ok, idle, D};
init({lock, Code}) -> {ok, locked, {[], Code}}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast({add, K}, {counter, N}) -> {noreply, {counter, N + K}}.
handle_info(_, S) -> {noreply, S}.
terminate(Reason, S) -> io:format("terminate ~p ~p~n", [Reason, S]).

%% gen_statem
callback_mode() -> state_functions.
idle(cast, work, D) -> {next_state, busy, D + 1};
idle({call, F}, get, D) -> {keep_state_and_data, [{reply, F, {idle, D}}]}.
busy({call, F}, get, D) -> {keep_state_and_data, [{reply, F, {busy, D}}]}.

%% gen_fsm
locked({button, D}, {So, Code}) ->
    case So ++ [D] of
        Code -> {next_state, open, {[], Code}};
        S when length(S) < length(Code) -> {next_state, locked, {S, Code}};
        _ -> {next_state, locked, {[], Code}}
    end.
open(_, {_, Code}) -> {next_state, locked, {[], Code}}.
handle_event(_, N, S) -> {next_state, N, S}.
handle_sync_event(state, _From, N, S) -> {reply, N, N, S}.
handle_info(_, N, S) -> {next_state, N, S}.
terminate(Reason, N, S) -> io:format("fsm terminate ~p ~p ~p~n", [Reason, N, S]).
code_change(_, N, S, _) -> {ok, N, S}.
