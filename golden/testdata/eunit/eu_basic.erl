%% Plain test functions, passing and failing, with every assertion macro.
-module(eu_basic).
-include_lib("eunit/include/eunit.hrl").

add(A, B) -> A + B.
safe_div(_, 0) -> erlang:error(badarith);
safe_div(A, B) -> A div B.

assert_ok_test() -> ?assert(add(1, 1) =:= 2).
assert_fails_test() -> ?assert(add(1, 1) =:= 3).
assert_not_boolean_test() -> ?assert(add(1, 1)).
assert_not_test() -> ?assertNot(add(1, 1) =:= 2).
assert_comment_test() -> ?assert(lists:member(x, [a, b]), "x is missing").
equal_ok_test() -> ?assertEqual([3, 2, 1], lists:reverse([1, 2, 3])).
equal_fails_test() -> ?assertEqual({ok, 4}, {ok, add(2, 3)}).
equal_comment_test() -> ?assertEqual(1, 2, "one is not two").
not_equal_test() -> ?assertNotEqual(5, add(2, 3)).
match_guard_ok_test() -> ?assertMatch({N, _} when N > 1, {2, x}).
match_guard_fails_test() -> ?assertMatch({N, _} when N > 5, {add(1, 1), [a, b, c]}).
not_match_test() -> ?assertNotMatch([_ | _], lists:seq(1, 3)).
error_ok_test() -> ?assertError(badarith, safe_div(1, 0)).
error_success_test() -> ?assertError(badarith, safe_div(4, 2)).
error_wrong_test() -> ?assertError(badarg, safe_div(1, 0)).
exit_test() -> ?assertExit(normal, exit(normal)).
exit_fails_test() -> ?assertExit(killed, exit({shutdown, 1})).
throw_test() -> ?assertThrow({not_found, _}, throw({not_found, key})).
throw_fails_test() -> ?assertThrow(found, throw(lost)).
exception_test() -> ?assertException(error, {badmatch, _}, begin {a, B} = {b, add(1, 2)}, B end).
not_exception_test() -> ?assertNotException(throw, x, add(1, 2)).
uncaught_error_test() -> [] = lists:reverse([1]).
uncaught_throw_test() -> throw(oops).
uncaught_exit_test() -> exit(bye).
case_clause_test() -> case add(1, 1) of 3 -> ok end.
output_test() -> io:format("some output~n"), ?assertEqual(a, b).
let_if_test() -> ?assertEqual(12, ?LET(X, add(5, 1), ?IF(X > 3, X * 2, X))).
