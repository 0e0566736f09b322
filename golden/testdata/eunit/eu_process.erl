%% Which process runs what: the tests of a module share one process (and
%% its dictionary) with the generators; a fixture's setup and cleanup run
%% in that process, its tests in a new one unless the fixture is local;
%% {spawn, Tests} runs Tests in a new process.
-module(eu_process).
-include_lib("eunit/include/eunit.hrl").

a_put_test() -> put(shared, a).

b_get_test() -> ?assertEqual(a, get(shared)).

generator_test_() ->
    Self = self(),
    [?_assertEqual(Self, self())].

local_fixture_test_() ->
    {setup, local,
     fun() -> put(fixture, local), self() end,
     fun(_) -> ok end,
     fun(Setup) -> [?_assertEqual(Setup, self()), ?_assertEqual(local, get(fixture))] end}.

spawn_fixture_test_() ->
    {setup,
     fun() -> put(fixture, spawned), self() end,
     fun(_) -> put(cleanup_ran, yes) end,
     fun(Setup) -> [?_assertNotEqual(Setup, self()), ?_assertEqual(undefined, get(fixture)),
                    ?_assertEqual(undefined, get(shared))] end}.

cleanup_ran_here_test() -> ?assertEqual(yes, get(cleanup_ran)).

foreach_test_() ->
    {foreach, fun() -> self() end,
     [fun(Setup) -> ?_assertNotEqual(Setup, self()) end,
      fun(_) -> ?_assertEqual(undefined, get(shared)) end]}.

spawn_test_() -> {spawn, [?_assertEqual(undefined, get(shared))]}.
