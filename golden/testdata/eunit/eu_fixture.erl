%% Fixtures: setup with and without cleanup, foreach, foreachx, failing
%% setup and cleanup, instantiators.
-module(eu_fixture).
-include_lib("eunit/include/eunit.hrl").

start() -> [{count, 0}].
stop(_) -> ok.

setup_test_() ->
    {setup, fun start/0, fun stop/1,
     fun(State) ->
         [?_assertEqual(0, element(2, lists:keyfind(count, 1, State))),
          ?_assertEqual(1, element(2, lists:keyfind(count, 1, State)))]
     end}.

setup_no_cleanup_test_() ->
    {setup, fun() -> 10 end, fun(N) -> [?_assert(N > 5), ?_assert(N > 50)] end}.

setup_where_test_() ->
    {setup, spawn, fun() -> ok end, fun(_) -> ok end, [?_test(ok)]}.

titled_setup_test_() ->
    {"with a state", {setup, fun start/0, fun stop/1, fun(S) -> ?_assertMatch([_], S) end}}.

foreach_test_() ->
    {foreach, fun() -> {state, 1} end, fun(_) -> ok end,
     [fun({state, N}) -> ?_assertEqual(1, N) end,
      fun({state, N}) -> [?_assertEqual(2, N), ?_assert(is_integer(N))] end]}.

foreachx_test_() ->
    {foreachx, fun(X) -> X * 10 end, fun(_X, _R) -> ok end,
     [{1, fun(X, R) -> ?_assertEqual(X * 10, R) end},
      {2, fun(X, R) -> ?_assertEqual(X, R) end}]}.

setup_fails_test_() ->
    {setup, fun() -> erlang:error(no_database) end, fun stop/1, [?_test(ok)]}.

after_failed_setup_test() -> ok.
