-module(otp_door_hef).
-behaviour(gen_statem).
-export([run/0]).
-export([init/1, callback_mode/0, handle_event/4, terminate/3]).

%% The code lock of otp_door in handle_event_function mode: one callback,
%% states as tuples {locked, Tries} and open, a generic {timeout, Name}
%% and an event timeout.

init(Code) -> {ok, {locked, 0}, Code}.

callback_mode() -> [handle_event_function, state_enter].

handle_event(enter, Old, State, _Code) ->
    io:format("  hef: ~p -> ~p~n", [Old, State]),
    keep_state_and_data;
handle_event(cast, {code, Code}, {locked, _}, Code) ->
    {next_state, open, Code, [{{timeout, close}, 30, close}]};
handle_event(cast, {code, _}, {locked, N}, Code) ->
    {next_state, {locked, N + 1}, Code};
handle_event(cast, {code, _}, open, _Code) ->
    {keep_state_and_data, postpone};
handle_event({timeout, close}, close, open, Code) ->
    {next_state, {locked, 0}, Code, [{timeout, 20, idle}]};
handle_event(timeout, idle, State, _Code) ->
    io:format("  hef: idle in ~p~n", [State]),
    keep_state_and_data;
handle_event({call, From}, state, State, _Code) ->
    {keep_state_and_data, {reply, From, State}};
handle_event({call, From}, {stop, Why}, _State, _Code) ->
    {stop_and_reply, Why, {reply, From, stopped}};
handle_event({call, From}, repeat, _State, _Code) ->
    {repeat_state_and_data, [{reply, From, repeated}]}.

terminate(Reason, State, _Code) ->
    io:format("  hef: terminate ~p in ~p~n", [Reason, State]).

run() ->
    {ok, D} = gen_statem:start(?MODULE, secret, []),
    gen_statem:cast(D, {code, wrong}),
    gen_statem:cast(D, {code, secret}),
    gen_statem:cast(D, {code, again}),
    io:format("hef state: ~p~n", [gen_statem:call(D, state)]),
    receive after 100 -> ok end,
    io:format("hef state: ~p~n", [gen_statem:call(D, state)]),
    io:format("hef repeat: ~p~n", [gen_statem:call(D, repeat)]),
    Ref = monitor(process, D),
    Stopped = gen_statem:call(D, {stop, shutdown}),
    receive {'DOWN', Ref, process, D, R} -> io:format("hef stop: ~p, down: ~p~n", [Stopped, R]) end,
    ok = gen_statem:stop(element(2, gen_statem:start(?MODULE, x, []))),
    ok.
