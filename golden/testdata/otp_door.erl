-module(otp_door).
-behaviour(gen_statem).
-export([main/0]).
-export([init/1, callback_mode/0, terminate/3]).
-export([locked/3, open/3, suspended/3]).

%% A code lock on a door, as a gen_statem in state_functions mode with
%% state enter calls: the right code opens the door for a while (a state
%% timeout locks it again), wrong codes lock it out, requests made while
%% suspended are postponed until the lock is usable. otp_door_hef is the
%% same lock written in handle_event_function mode.

init(Code) ->
    {ok, locked, #{code => Code, input => [], wrong => 0, log => []}}.

callback_mode() -> [state_functions, state_enter].

locked(enter, _Old, Data) ->
    {keep_state, note(locked, Data#{input := []})};
locked(cast, {button, B}, Data = #{code := Code, input := In}) ->
    Input = In ++ [B],
    if
        Input =:= Code ->
            {next_state, open, Data#{wrong := 0}};
        length(Input) < length(Code) ->
            {keep_state, Data#{input := Input}, [{state_timeout, 500, reset}]};
        true ->
            wrong(Data)
    end;
locked(state_timeout, reset, Data) ->
    {keep_state, note(reset, Data#{input := []})};
locked({call, From}, status, Data) ->
    {keep_state_and_data, [{reply, From, {locked, length(maps:get(input, Data))}}]};
locked(EventType, Event, Data) ->
    common(EventType, Event, Data).

wrong(Data = #{wrong := W}) when W >= 1 ->
    {next_state, suspended, Data#{wrong := 0}};
wrong(Data = #{wrong := W}) ->
    {keep_state, note(wrong, Data#{input := [], wrong := W + 1})}.

open(enter, _Old, Data) ->
    {keep_state, note(opened, Data), [{state_timeout, 40, lock}]};
open(state_timeout, lock, Data) ->
    {next_state, locked, note(auto_lock, Data)};
open(cast, {button, _}, Data) ->
    {keep_state, note(ignored_button, Data)};
open({call, From}, status, _Data) ->
    {keep_state_and_data, [{reply, From, open}]};
open({call, From}, lock, Data) ->
    {next_state, locked, note(manual_lock, Data), [{reply, From, ok}]};
open(EventType, Event, Data) ->
    common(EventType, Event, Data).

suspended(enter, _Old, Data) ->
    {keep_state, note(suspended, Data), [{state_timeout, 30, resume}]};
suspended(state_timeout, resume, Data) ->
    {next_state, locked, note(resumed, Data)};
suspended({call, _From}, status, _Data) ->
    {keep_state_and_data, [postpone]};
suspended(cast, {button, _}, _Data) ->
    {keep_state_and_data, postpone};
suspended(EventType, Event, Data) ->
    common(EventType, Event, Data).

%% events every state handles the same way
common({call, From}, log, Data = #{log := Log}) ->
    {keep_state, Data#{log := []}, [{reply, From, lists:reverse(Log)}]};
common({call, From}, {code, New}, Data) ->
    {keep_state, Data#{code := New}, {reply, From, changed}};
common({call, From}, stop, Data) ->
    {stop_and_reply, normal, [{reply, From, bye}], Data};
common(info, {tick, N}, Data) ->
    {keep_state, note({tick, N}, Data), [{next_event, internal, {tock, N}}]};
common(internal, {tock, N}, Data) ->
    {keep_state, note({tock, N}, Data)};
common(cast, crash, _Data) ->
    {keep_state_and_data, [not_an_action]}.

note(What, Data = #{log := Log}) -> Data#{log := [What | Log]}.

terminate(Reason, State, #{log := Log}) ->
    io:format("terminate ~p in ~p, ~p log entries~n", [Reason, State, length(Log)]).

press(Door, Buttons) -> [gen_statem:cast(Door, {button, B}) || B <- Buttons], ok.

show(Door, Label) ->
    io:format("~s: ~p ~p~n", [Label, gen_statem:call(Door, status), gen_statem:call(Door, log)]).

main() ->
    logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    {ok, Door} = gen_statem:start_link({local, door}, ?MODULE, [1, 2, 3], []),
    show(door, "start"),
    press(door, [1, 2]),
    show(door, "two buttons"),
    press(door, [3]),
    show(Door, "code entered"),
    press(door, [9]),
    show(Door, "button while open"),
    ok = gen_statem:call(door, lock),
    show(Door, "locked by hand"),
    press(door, [1, 2, 3]),
    receive after 120 -> ok end,
    show(Door, "after the open timeout"),
    press(door, [1]),
    receive after 700 -> ok end,
    show(Door, "after the input timeout"),
    press(door, [4, 4, 4]),
    show(Door, "one wrong code"),
    %% the second wrong code suspends the lock; what comes meanwhile waits
    press(door, [5, 5, 5, 1, 2, 3]),
    show(Door, "postponed through suspension"),
    receive after 100 -> ok end,
    show(Door, "later"),
    changed = gen_statem:call(Door, {code, [7]}),
    Door ! {tick, 1},
    press(Door, [7]),
    show(Door, "new code"),
    receive after 100 -> ok end,
    io:format("call timeout: ~p~n", [catch gen_statem:call(nodoor, status, 100)]),
    Ref = monitor(process, Door),
    bye = gen_statem:call(Door, stop),
    receive {'DOWN', Ref, process, Door, Down} -> io:format("door down: ~p~n", [Down]) end,
    otp_door_hef:run(),
    %% a bad action crashes the machine; the linked caller traps it
    {ok, D2} = gen_statem:start_link(?MODULE, [0], []),
    gen_statem:cast(D2, crash),
    receive {'EXIT', D2, {Why, _Stack}} -> io:format("crashed: ~p~n", [Why]) end,
    ok.
