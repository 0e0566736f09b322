-module(otp_app).
-behaviour(application).
-behaviour(supervisor).
-export([main/0, start/2, stop/1, init/1, counter/1]).

%% An application, loaded from its spec, started, asked for its
%% environment and stopped: application:start calls start/2, which starts
%% the top supervisor; application:stop stops the tree and calls stop/1.

spec() ->
    {application, otp_shop,
     [{description, "a tiny shop"},
      {vsn, "1.0.0"},
      {modules, [otp_app]},
      {registered, [shop_sup]},
      {applications, [kernel, stdlib]},
      {mod, {otp_app, [from_spec]}},
      {env, [{port, 8080}, {currency, eur}]}]}.

start(normal, Args) ->
    io:format("start/2 with ~p~n", [Args]),
    supervisor:start_link({local, shop_sup}, ?MODULE, []).

stop(State) ->
    io:format("stop/1 with ~p~n", [State]),
    ok.

init([]) ->
    {ok, {#{strategy => one_for_one},
          [#{id => counter, start => {?MODULE, counter, [0]}}]}}.

counter(N) ->
    Pid = spawn_link(fun() -> count(N) end),
    register(shop_counter, Pid),
    {ok, Pid}.

count(N) ->
    receive
        {add, From} -> From ! {count, N + 1}, count(N + 1)
    end.

main() ->
    logger:set_primary_config(metadata, #{time => 1764115200000000}),
    logger:update_formatter_config(default, #{time_offset => "Z"}),
    io:format("load: ~p~n", [application:load(spec())]),
    io:format("load again: ~p~n", [application:load(spec())]),
    io:format("port: ~p~n", [application:get_env(otp_shop, port)]),
    io:format("missing: ~p ~p~n", [application:get_env(otp_shop, nothing),
                                   application:get_env(otp_shop, nothing, default)]),
    ok = application:set_env(otp_shop, port, 9090),
    io:format("port now: ~p~n", [application:get_env(otp_shop, port)]),
    io:format("key: ~p~n", [application:get_key(otp_shop, vsn)]),
    io:format("start: ~p~n", [application:start(otp_shop)]),
    io:format("start again: ~p~n", [application:start(otp_shop)]),
    io:format("running: ~p~n", [lists:keymember(otp_shop, 1, application:which_applications())]),
    shop_counter ! {add, self()},
    receive {count, C} -> io:format("count: ~p~n", [C]) end,
    io:format("children: ~p~n", [[Id || {Id, _, _, _} <- supervisor:which_children(shop_sup)]]),
    Stopped = application:stop(otp_shop),
    logger_std_h:filesync(default),
    io:format("stop: ~p~n", [Stopped]),
    io:format("after stop: ~p ~p~n", [whereis(shop_sup), whereis(shop_counter)]),
    io:format("running: ~p~n", [lists:keymember(otp_shop, 1, application:which_applications())]),
    io:format("stop again: ~p~n", [application:stop(otp_shop)]),
    io:format("unknown: ~p~n", [application:start(no_such_app)]),
    io:format("unload: ~p~n", [application:unload(otp_shop)]),
    io:format("port after unload: ~p~n", [application:get_env(otp_shop, port)]).
