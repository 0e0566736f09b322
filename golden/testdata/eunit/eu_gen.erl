%% Generators: titles, deep lists, nested generators, {M, F} pairs,
%% ordering and timeout wrappers, {with, X, Fs}, names starting with a digit.
-module(eu_gen).
-include_lib("eunit/include/eunit.hrl").

-export([helper/0]).

helper() -> ok.

square(X) -> X * X.

squares_test_() ->
    [?_assertEqual(X * X, square(X)) || X <- [1, 2, 3]].

titled_test_() ->
    {"squares of small numbers",
     [{"zero", ?_assertEqual(0, square(0))},
      {"one", ?_assertEqual(1, square(1))},
      {"wrong", ?_assertEqual(5, square(2))}]}.

deep_test_() ->
    [?_test(ok), [?_assert(true), [[?_assertNot(false)]]], ?_assertEqual(2, length([a, b, c]))].

nested_test_() ->
    {generator, fun() -> [?_assertMatch([_, _], lists:seq(1, 2)), {generator, fun deeper/0}] end}.

deeper() -> [?_assertError(function_clause, square_only_ints(a))].

square_only_ints(X) when is_integer(X) -> X * X.

pairs_test_() ->
    [{eu_gen, helper}, {?MODULE, helper}].

wrappers_test_() ->
    [{inorder, [?_test(ok), ?_test(ok)]},
     {inparallel, [?_assert(1 < 2), ?_assert(2 < 1)]},
     {timeout, 10, ?_test(ok)},
     {spawn, ?_assertEqual(4, square(2))}].

with_test_() ->
    {with, [3, 1, 2], [fun(L) -> ?assertEqual(3, length(L)) end,
                       fun(L) -> ?assertEqual([1, 2, 3], L) end]}.

'1_empty_list_test_'() -> ?_assertEqual([], lists:reverse([])).

'2_single_title_test_'() -> {"a single titled test", ?_assertEqual(1, 2)}.
