-module(eu_stack_tests).
-include_lib("eunit/include/eunit.hrl").

push_pop_test() ->
    S = eu_stack:push(2, eu_stack:push(1, eu_stack:new())),
    ?assertMatch({2, [1]}, eu_stack:pop(S)).

empty_test() -> ?assertError(empty, eu_stack:pop(eu_stack:new())).

size_test_() ->
    [?_assertEqual(N, eu_stack:size(lists:seq(1, N))) || N <- [0, 1, 5]] ++
    [?_assertEqual(1, eu_stack:size(eu_stack:new()))].
