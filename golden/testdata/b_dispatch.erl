-module(b_dispatch).
-export([main/0, add/2, sub/2, mul/2, divide/2, neg/1, shout/1, handle/2]).

%% Dynamic dispatch: a command table of {Module, Function} pairs, calls
%% through apply/2,3 and M:F(A) with variables, erlang:function_exported/3,
%% fun M:F/A and fun F/A values passed around, and undef caught.

add(A, B) -> A + B.
sub(A, B) -> A - B.
mul(A, B) -> A * B.
divide(_, 0) -> erlang:error(badarith);
divide(A, B) -> A / B.
neg(A) -> -A.
shout(S) -> string:uppercase(S) ++ "!".

handle(ping, State) -> {pong, State + 1};
handle({echo, X}, State) -> {X, State};
handle(_, State) -> {unknown, State}.

twice(F, X) -> F(F(X)).

id(X) -> X.

compose(Fs) -> fun(X) -> lists:foldl(fun(F, Acc) -> F(Acc) end, X, Fs) end.

table() ->
    #{"+" => {?MODULE, add}, "-" => {?MODULE, sub}, "*" => {?MODULE, mul},
      "/" => {?MODULE, divide}, "max" => {erlang, max}, "min" => {erlang, min},
      "pow" => {math, pow}, "nope" => {?MODULE, missing}, "gone" => {no_such_module, f}}.

%% A tiny RPN calculator: each operator is looked up and applied.
rpn(Tokens) -> rpn(Tokens, []).

rpn([], [X]) -> {ok, X};
rpn([], Stack) -> {error, {stack, Stack}};
rpn([T | Ts], Stack) ->
    case maps:find(T, table()) of
        {ok, {M, F}} ->
            [B, A | Rest] = Stack,
            try M:F(A, B) of
                V -> rpn(Ts, [V | Rest])
            catch
                error:undef -> {error, {undef, M, F}};
                error:badarith -> {error, {badarith, T}}
            end;
        error ->
            rpn(Ts, [list_to_integer(T) | Stack])
    end.

exported() ->
    Checks = [{?MODULE, add, 2}, {?MODULE, twice, 2}, {?MODULE, neg, 1},
              {lists, reverse, 1}, {lists, reverse, 3}, {erlang, abs, 1}, {nomod, f, 0}],
    [{F, A, erlang:function_exported(M, F, A)} || {M, F, A} <- Checks].

main() ->
    [io:format("~s => ~p~n", [E, rpn(string:lexemes(E, " "))])
     || E <- ["3 4 +", "10 2 8 * + 3 -", "2 10 pow", "7 0 /", "1 2 nope", "5 6 gone",
              "9 3 max 4 min", "1 2"]],
    io:format("exported: ~p~n", [exported()]),
    Mod = b_dispatch,
    Fun = neg,
    io:format("M:F(A) ~p, apply/3 ~p, apply/2 ~p~n",
              [Mod:Fun(5), apply(Mod, add, [2, 3]), apply(fun ?MODULE:mul/2, [6, 7])]),
    Neg = fun neg/1,
    Shout = fun ?MODULE:shout/1,
    io:format("twice: ~p ~p~n", [twice(Neg, 9), twice(fun(X) -> X * 3 end, 2)]),
    io:format("shout: ~s~n", [Shout("hello")]),
    Pipeline = compose([fun neg/1, fun(X) -> X * 10 end, fun erlang:abs/1, fun integer_to_list/1]),
    io:format("pipeline: ~p~n", [Pipeline(-4)]),
    io:format("is_function: ~p ~p ~p~n",
              [is_function(Neg, 1), is_function(Shout, 2), is_function(fun lists:map/2)]),
    {Replies, Final} = lists:mapfoldl(fun(Msg, S) -> apply(?MODULE, handle, [Msg, S]) end,
                                      0, [ping, {echo, hi}, ping, what, ping]),
    io:format("handled: ~p final ~p~n", [Replies, Final]),
    Calls = [{erlang, length, [[a, b]]}, {lists, seq, [1, 4]}, {?MODULE, divide, [1, 0]},
             {?MODULE, add, [1]}, {string, missing_fun, []}],
    [io:format("~p:~p/~p -> ~p~n", [M, F, length(A),
                                    try apply(M, F, A) of V -> {ok, V}
                                    catch C:R -> {C, R} end])
     || {M, F, A} <- Calls],
    BadFun = try (fun(X) -> X end)(1, 2) catch error:{badarity, _} -> badarity end,
    NotFun = try (id(x))(1) catch error:{badfun, B} -> {badfun, B} end,
    io:format("~p ~p~n", [BadFun, NotFun]),
    ok.
