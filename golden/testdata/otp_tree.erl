-module(otp_tree).
-behaviour(supervisor).
-export([main/0, init/1, log/2]).

%% A three-level supervision tree for a small shop:
%%
%%   top (one_for_one, at most 1 restart)
%%     billing  (one_for_all)         ledger, invoices, mailer
%%     orders   (rest_for_one)        db, cache, api
%%     sessions (simple_one_for_one)  session workers started on demand
%%
%% Workers are otp_tree_worker gen_servers. Crashes are restarted by
%% strategy; the supervisor API is exercised; in the end billing exceeds
%% its restart intensity, gives up, and so does top. A logger handler of
%% this module prints the stable part of each report (pids vary).

init(top) ->
    Flags = #{strategy => one_for_one, intensity => 1, period => 60},
    Children = [
        #{id => billing, start => {supervisor, start_link, [{local, billing}, ?MODULE, billing]},
          type => supervisor},
        {orders, {supervisor, start_link, [{local, orders}, ?MODULE, orders]},
         permanent, infinity, supervisor, [?MODULE]},
        #{id => sessions, start => {supervisor, start_link, [{local, sessions}, ?MODULE, sessions]},
          restart => permanent, shutdown => infinity, type => supervisor}
    ],
    {ok, {Flags, Children}};
init(billing) ->
    {ok, {#{strategy => one_for_all, intensity => 2, period => 60},
          [worker(ledger, permanent, 1000), worker(invoices, transient, brutal_kill),
           worker(mailer, temporary, 50)]}};
init(orders) ->
    {ok, {{rest_for_one, 3, 60},
          [worker(db, permanent, infinity), worker(cache, permanent, 1000),
           worker(api, transient, 1000)]}};
init(sessions) ->
    {ok, {#{strategy => simple_one_for_one},
          [#{id => session, start => {otp_tree_worker, start_link, []}, restart => transient,
             shutdown => 1000}]}}.

worker(Name, Restart, Shutdown) ->
    #{id => Name, start => {otp_tree_worker, start_link, [Name]}, restart => Restart,
      shutdown => Shutdown, type => worker, modules => [otp_tree_worker]}.

%% logger handler: one line per report
log(#{level := Level, msg := {report, #{label := {supervisor, Ctx}, report := R}}}, _) ->
    Off = proplists:get_value(offender, R),
    io:format("  [~p] supervisor ~p: ~p ~p, child ~p~n",
              [Level, proplists:get_value(supervisor, R), Ctx, proplists:get_value(reason, R),
               child_id(Off)]);
log(#{level := Level, msg := {report, #{label := {gen_server, terminate}, name := Name, reason := Why}}}, _) ->
    io:format("  [~p] server ~p terminated: ~p~n", [Level, Name, without_stack(Why)]);
log(#{level := Level, msg := {report, #{label := {proc_lib, crash}, report := [Info, _]}}}, _) ->
    {Class, Reason, _Stack} = proplists:get_value(error_info, Info),
    io:format("  [~p] crash of ~p: ~p:~p~n",
              [Level, proplists:get_value(registered_name, Info), Class, Reason]);
log(#{level := Level, msg := Msg}, _) ->
    io:format("  [~p] other ~p~n", [Level, Msg]).

without_stack({Why, [{_, _, _, _} | _]}) -> Why;
without_stack(Why) -> Why.

child_id(Off) when is_list(Off) ->
    case proplists:get_value(id, Off) of
        undefined -> proplists:get_value(mfargs, Off);
        Id -> Id
    end;
child_id(_) -> none.

%% crash a worker and wait until it is gone and its supervisor has dealt
%% with it (the supervisor sees the exit before the call that follows)
crash(Name, Sup) ->
    Pid = whereis(Name),
    Ref = monitor(process, Pid),
    gen_server:cast(Name, crash),
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    catch supervisor:count_children(Sup),
    ok.

ids(Sup) -> [Id || {Id, _, _, _} <- supervisor:which_children(Sup)].

alive(Sup) -> [{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(Sup)].

main() ->
    process_flag(trap_exit, true),
    logger:remove_handler(default),
    ok = logger:add_handler(tree, ?MODULE, #{}),
    {ok, Top} = supervisor:start_link({local, top}, ?MODULE, top),
    io:format("top: ~p~n", [ids(top)]),
    io:format("top counts: ~p~n", [supervisor:count_children(top)]),
    io:format("billing: ~p~n", [supervisor:which_children(billing) =/= []]),
    io:format("orders counts: ~p~n", [supervisor:count_children(orders)]),
    %% one_for_all: every billing worker restarts
    io:format("-- crash invoices~n"),
    crash(invoices, billing),
    io:format("billing after: ~p~n", [alive(billing)]),
    %% rest_for_one: cache and the ones after it restart, db does not
    io:format("-- crash cache~n"),
    crash(cache, orders),
    io:format("orders after: ~p~n", [alive(orders)]),
    %% a transient child that stops normally is not restarted
    io:format("-- api stops normally~n"),
    %% wait for api's death, then for the supervisor to have seen it (its
    %% 'EXIT' from api is queued before our call)
    ApiRef = monitor(process, whereis(api)),
    ok = gen_server:call(api, stop_normal),
    receive {'DOWN', ApiRef, process, _, _} -> ok end,
    _ = supervisor:which_children(orders),
    io:format("orders after: ~p~n", [alive(orders)]),
    io:format("restart api: ~p~n", [element(1, supervisor:restart_child(orders, api))]),
    io:format("restart running: ~p~n", [supervisor:restart_child(orders, api)]),
    %% terminate, restart and delete children by hand
    io:format("-- by hand~n"),
    io:format("terminate db: ~p~n", [supervisor:terminate_child(orders, db)]),
    io:format("orders after: ~p~n", [alive(orders)]),
    io:format("delete running: ~p~n", [supervisor:delete_child(orders, cache)]),
    io:format("restart db: ~p~n", [element(1, supervisor:restart_child(orders, db))]),
    io:format("terminate unknown: ~p~n", [supervisor:terminate_child(orders, nobody)]),
    io:format("terminate api: ~p~n", [supervisor:terminate_child(orders, api)]),
    io:format("delete api: ~p~n", [supervisor:delete_child(orders, api)]),
    io:format("orders: ~p~n", [ids(orders)]),
    io:format("add api: ~p~n",
              [element(1, supervisor:start_child(orders, worker(api, transient, 1000)))]),
    io:format("add again: ~p~n",
              [element(1, element(2, supervisor:start_child(orders, worker(api, transient, 1000))))]),
    io:format("orders: ~p~n", [ids(orders)]),
    %% simple_one_for_one: children come from the template
    io:format("-- sessions~n"),
    {ok, S1} = supervisor:start_child(sessions, [alice]),
    {ok, _} = supervisor:start_child(sessions, [bob]),
    io:format("sessions: ~p~n", [supervisor:count_children(sessions)]),
    crash(alice, sessions),
    io:format("alice restarted: ~p~n", [is_pid(whereis(alice)) andalso whereis(alice) =/= S1]),
    BobRef = monitor(process, whereis(bob)),
    ok = gen_server:call(bob, stop_normal),
    receive {'DOWN', BobRef, process, _, _} -> ok end,
    io:format("sessions: ~p~n", [supervisor:count_children(sessions)]),
    io:format("terminate alice: ~p~n", [supervisor:terminate_child(sessions, whereis(alice))]),
    io:format("sessions: ~p~n", [supervisor:count_children(sessions)]),
    %% billing gives up at its third restart in a minute; top restarts it
    io:format("-- too many crashes~n"),
    crash(ledger, billing),
    Billing = whereis(billing),
    BRef = monitor(process, Billing),
    crash(ledger, billing),
    receive {'DOWN', BRef, process, Billing, BWhy} -> ok end,
    supervisor:count_children(top),
    io:format("billing gave up: ~p~n", [BWhy]),
    io:format("billing again: ~p~n", [is_pid(whereis(billing)) andalso whereis(billing) =/= Billing]),
    %% billing gives up again: a second restart in a minute is one too many
    %% for top, which stops what is left and exits
    io:format("-- billing gives up again~n"),
    crash(ledger, billing),
    crash(ledger, billing),
    crash(ledger, billing),
    receive {'EXIT', Top, Why} -> io:format("top exited: ~p~n", [Why]) end,
    io:format("left: ~p~n", [[N || N <- [top, billing, orders, sessions, ledger, db], whereis(N) =/= undefined]]),
    ok.
