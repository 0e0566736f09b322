-module(otp_server).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2, code_change/3]).

%% A key-value store as a gen_server, exercising the API around the happy
%% path: named and anonymous starts, call timeouts and the exits a failed
%% call raises, casts, stray messages, {noreply, S, Timeout}, hibernate,
%% replies sent later from another process, and terminate on stop.

init({fail, Why}) -> {stop, Why};
init(ignore_me) -> ignore;
init(Name) ->
    process_flag(trap_exit, true),
    {ok, #{name => Name, data => #{}, idle => 0}}.

handle_call({put, K, V}, _From, S = #{data := D}) ->
    {reply, ok, S#{data := D#{K => V}}};
handle_call({get, K}, _From, S = #{data := D}) ->
    {reply, maps:find(K, D), S};
handle_call(keys, _From, S = #{data := D}) ->
    {reply, lists:sort(maps:keys(D)), S, hibernate};
handle_call({slow, Ms}, _From, S) ->
    receive after Ms -> ok end,
    {reply, slow_done, S};
handle_call({later, Ms}, From, S) ->
    %% the reply comes from a helper process, after the server went on
    spawn(fun() -> receive after Ms -> gen_server:reply(From, {late, Ms}) end end),
    {noreply, S};
handle_call(idle_soon, _From, S) ->
    {reply, ok, S, 20};
handle_call(idle_count, _From, S = #{idle := N}) ->
    {reply, N, S};
handle_call(stop_me, _From, S) ->
    {stop, normal, stopping, S};
handle_call(crash, _From, _S) ->
    error(on_purpose).

handle_cast({put, K, V}, S = #{data := D}) ->
    {noreply, S#{data := D#{K => V}}};
handle_cast(hibernate, S) ->
    {noreply, S, hibernate};
handle_cast({ping, Pid}, S) ->
    Pid ! {pong, self()},
    {noreply, S}.

handle_info(timeout, S = #{idle := N}) ->
    {noreply, S#{idle := N + 1}};
handle_info({sync, Pid}, S) ->
    Pid ! synced,
    {noreply, S};
handle_info(Msg, S = #{name := Name}) ->
    io:format("~p: info ~p~n", [Name, Msg]),
    {noreply, S}.

terminate(Reason, #{name := Name, data := D}) ->
    io:format("~p: terminate ~p with ~p keys~n", [Name, Reason, map_size(D)]).

code_change(_Old, S, _Extra) -> {ok, S}.

sync(Server) ->
    whereis_pid(Server) ! {sync, self()},
    receive synced -> ok end.

whereis_pid(P) when is_pid(P) -> P;
whereis_pid(N) -> whereis(N).

main() ->
    logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    {ok, Reg} = gen_server:start_link({local, store}, ?MODULE, store, []),
    io:format("registered: ~p~n", [whereis(store) =:= Reg]),
    {error, {already_started, Reg}} = gen_server:start({local, store}, ?MODULE, other, []),
    io:format("already started: ok~n"),
    {ok, Anon} = gen_server:start(?MODULE, anon, []),
    io:format("anonymous registered: ~p~n", [lists:member(Anon, [whereis(N) || N <- registered()])]),
    io:format("start failing: ~p~n", [gen_server:start(?MODULE, {fail, no_way}, [])]),
    io:format("start ignored: ~p~n", [gen_server:start(?MODULE, ignore_me, [])]),
    ok = gen_server:call(store, {put, a, 1}),
    ok = gen_server:call(Reg, {put, b, 2}),
    gen_server:cast(store, {put, c, 3}),
    io:format("get a: ~p~n", [gen_server:call(store, {get, a})]),
    io:format("get z: ~p~n", [gen_server:call(store, {get, z})]),
    io:format("keys: ~p~n", [gen_server:call(store, keys)]),
    gen_server:cast(store, hibernate),
    gen_server:cast(store, {ping, self()}),
    receive {pong, Reg} -> io:format("pong after hibernate~n") end,
    store ! hello,
    sync(store),
    %% a call that times out: the caller gets an exit, the late reply is dropped
    R1 = (catch gen_server:call(store, {slow, 200}, 50)),
    io:format("timeout: ~p~n", [R1]),
    io:format("after timeout: ~p~n", [gen_server:call(store, {get, b})]),
    receive Stray -> io:format("stray: ~p~n", [Stray]) after 0 -> io:format("no stray reply~n") end,
    %% replies from another process
    io:format("later: ~p~n", [gen_server:call(store, {later, 30})]),
    %% {reply, R, S, Timeout}: the server gets timeout when idle
    ok = gen_server:call(store, idle_soon),
    receive after 100 -> ok end,
    io:format("idle timeouts: ~p~n", [gen_server:call(store, idle_count)]),
    %% calls to nothing
    io:format("noproc name: ~p~n", [catch gen_server:call(nobody, hi)]),
    {ok, Tmp} = gen_server:start(?MODULE, tmp, []),
    Mon = monitor(process, Tmp),
    io:format("stop_me: ~p~n", [gen_server:call(Tmp, stop_me)]),
    receive {'DOWN', Mon, process, Tmp, R2} -> io:format("tmp down: ~p~n", [R2]) end,
    io:format("noproc pid: ~p~n", [element(1, catch gen_server:call(Tmp, hi))]),
    %% a crash in handle_call: the caller sees the reason
    {ok, Bad} = gen_server:start(?MODULE, bad, []),
    {'EXIT', {{Err, _Stack}, {gen_server, call, [Bad, crash]}}} = (catch gen_server:call(Bad, crash)),
    io:format("crash: ~p~n", [Err]),
    %% casts to nothing are fine
    io:format("cast to nobody: ~p~n", [gen_server:cast(nobody, x)]),
    ok = gen_server:stop(Anon),
    ok = gen_server:stop(store, shutdown, 1000),
    io:format("store gone: ~p~n", [whereis(store)]),
    io:format("stop noproc: ~p~n", [catch gen_server:stop(store)]),
    ok.
