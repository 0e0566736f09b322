%% A reverse Polish notation calculator and its EUnit tests.
-module(rpn).
-export([eval/1]).
-include_lib("eunit/include/eunit.hrl").

%% eval("3 4 + 2 *") -> 14
eval(Text) ->
    case lists:foldl(fun step/2, [], tokens(Text, [], [])) of
        [Result] -> Result;
        Stack -> erlang:error({bad_expression, Stack})
    end.

%% tokens("1 2 +", [], []) -> ["1", "2", "+"]
tokens([], [], Acc) -> lists:reverse(Acc);
tokens([], Tok, Acc) -> lists:reverse([lists:reverse(Tok) | Acc]);
tokens([$\s | Rest], [], Acc) -> tokens(Rest, [], Acc);
tokens([$\s | Rest], Tok, Acc) -> tokens(Rest, [], [lists:reverse(Tok) | Acc]);
tokens([C | Rest], Tok, Acc) -> tokens(Rest, [C | Tok], Acc).

step("+", [B, A | S]) -> [A + B | S];
step("-", [B, A | S]) -> [A - B | S];
step("*", [B, A | S]) -> [A * B | S];
step("/", [B, A | S]) -> [A / B | S];
step("neg", [A | S]) -> [-A | S];
step("sum", S) -> [lists:sum(S)];
step(Token, S) -> [list_to_integer(Token) | S].

-ifdef(TEST).

single_number_test() -> ?assertEqual(42, eval("42")).
addition_test() -> ?assertEqual(7, eval("3 4 +")).
negate_test() -> ?assertEqual(-5, eval("5 neg")).
division_test() -> ?assertEqual(2.5, eval("5 2 /")).
sum_test() -> ?assertEqual(10, eval("1 2 3 4 sum")).
empty_is_error_test() -> ?assertError({bad_expression, []}, eval("")).
leftover_is_error_test() -> ?assertError({bad_expression, [2, 1]}, eval("1 2")).
bad_token_test() -> ?assertError(badarg, eval("1 x +")).
divide_by_zero_test() -> ?assertError(badarith, eval("1 0 /")).

%% One test per row: {Expression, Value}.
table_test_() ->
    [{Expr, ?_assertEqual(Value, eval(Expr))} ||
        {Expr, Value} <- [{"1 1 +", 2}, {"2 3 *", 6}, {"10 4 -", 6}, {"3 4 + 2 *", 14},
                          {"2 3 4 * +", 14}, {"5 1 2 + 4 * + 3 -", 14}, {"0 neg", 0},
                          {"7 neg neg", 7}, {"1 2 3 sum", 6}, {"100 10 /", 10.0}]].

%% Sums of 1..N for N from 1 to 30 against N(N+1)/2.
sums_test_() ->
    {"sums of 1..N",
     [?_assertEqual(N * (N + 1) div 2,
                    eval(lists:append([integer_to_list(I) ++ " " || I <- lists:seq(1, N)]) ++ "sum"))
      || N <- lists:seq(1, 30)]}.

fixture_test_() ->
    {setup, fun() -> "6 7 *" end, fun(_) -> ok end,
     fun(Expr) -> [?_assertEqual(42, eval(Expr)), ?_assertMatch(N when N > 40, eval(Expr))] end}.

foreach_test_() ->
    {foreach, fun() -> 2 end,
     [fun(X) -> ?_assertEqual(X * 2, eval(integer_to_list(X) ++ " 2 *")) end,
      fun(X) -> ?_assertNotEqual(X, eval(integer_to_list(X) ++ " neg")) end]}.

-endif.
