%% A calculator: a tokenizer, a recursive-descent parser (precedence
%% climbing for binary operators, right-associative ^, unary minus,
%% function calls) and an evaluator over an environment of variables.
-module(a_calc).
-export([main/0]).

%% ---- tokens ----

tokens([]) -> [];
tokens([C | T]) when C =:= $\s; C =:= $\t -> tokens(T);
tokens([C | _] = S) when C >= $0, C =< $9 ->
    {Digits, Rest} = lists:splitwith(fun(X) -> X >= $0 andalso X =< $9 orelse X =:= $. end, S),
    Num = case lists:member($., Digits) of
              true -> list_to_float(Digits);
              false -> list_to_integer(Digits)
          end,
    [{num, Num} | tokens(Rest)];
tokens([C | _] = S) when C >= $a, C =< $z ->
    {Name, Rest} = lists:splitwith(fun(X) -> X >= $a andalso X =< $z orelse X >= $0 andalso X =< $9 end, S),
    [{id, list_to_atom(Name)} | tokens(Rest)];
tokens([C | T]) ->
    case lists:member(C, "+-*/^(),=%") of
        true -> [{op, C} | tokens(T)];
        false -> throw({bad_char, [C]})
    end.

%% ---- parser ----

prec($=) -> {1, right};
prec($+) -> {2, left};
prec($-) -> {2, left};
prec($*) -> {3, left};
prec($/) -> {3, left};
prec($%) -> {3, left};
prec($^) -> {5, right};
prec(_) -> none.

parse(Toks) ->
    case expr(Toks, 0) of
        {E, []} -> E;
        {_, [T | _]} -> throw({unexpected, T})
    end.

expr(Toks, Min) ->
    {Lhs, Rest} = unary(Toks),
    climb(Lhs, Rest, Min).

climb(Lhs, [{op, Op} | Rest] = Toks, Min) ->
    case prec(Op) of
        {P, Assoc} when P >= Min ->
            Next = case Assoc of left -> P + 1; right -> P end,
            {Rhs, Rest2} = expr(Rest, Next),
            climb({bin, Op, Lhs, Rhs}, Rest2, Min);
        _ -> {Lhs, Toks}
    end;
climb(Lhs, Toks, _) -> {Lhs, Toks}.

unary([{op, $-} | T]) ->
    {E, Rest} = expr(T, 4),
    {{neg, E}, Rest};
unary(Toks) -> primary(Toks).

primary([{num, N} | T]) -> {{num, N}, T};
primary([{id, F}, {op, $(} | T]) ->
    {Args, Rest} = args(T, []),
    {{call, F, Args}, Rest};
primary([{id, V} | T]) -> {{var, V}, T};
primary([{op, $(} | T]) ->
    case expr(T, 0) of
        {E, [{op, $)} | Rest]} -> {E, Rest};
        {_, Rest} -> throw({expected_close, Rest})
    end;
primary([]) -> throw(unexpected_end);
primary([T | _]) -> throw({unexpected, T}).

args([{op, $)} | T], []) -> {[], T};
args(Toks, Acc) ->
    {E, Rest} = expr(Toks, 0),
    case Rest of
        [{op, $,} | More] -> args(More, [E | Acc]);
        [{op, $)} | More] -> {lists:reverse([E | Acc]), More}
    end.

%% ---- evaluator ----

eval({num, N}, Env) -> {N, Env};
eval({var, V}, Env) ->
    case maps:find(V, Env) of
        {ok, X} -> {X, Env};
        error -> throw({unbound, V})
    end;
eval({neg, E}, Env) -> {X, Env1} = eval(E, Env), {-X, Env1};
eval({bin, $=, {var, V}, E}, Env) ->
    {X, Env1} = eval(E, Env),
    {X, Env1#{V => X}};
eval({bin, Op, L, R}, Env) ->
    {A, Env1} = eval(L, Env),
    {B, Env2} = eval(R, Env1),
    {arith(Op, A, B), Env2};
eval({call, F, Args}, Env) ->
    {Vals, Env1} = lists:mapfoldl(fun eval/2, Env, Args),
    {call(F, Vals), Env1}.

arith($+, A, B) -> A + B;
arith($-, A, B) -> A - B;
arith($*, A, B) -> A * B;
arith($/, A, B) when is_integer(A), is_integer(B), B =/= 0, A rem B =:= 0 -> A div B;
arith($/, A, B) -> A / B;
arith($%, A, B) -> A rem B;
arith($^, A, B) when is_integer(A), is_integer(B), B >= 0 -> pow(A, B, 1);
arith($^, A, B) -> math:pow(A, B).

pow(_, 0, Acc) -> Acc;
pow(A, N, Acc) -> pow(A, N - 1, Acc * A).

call(sqrt, [X]) -> math:sqrt(X);
call(max, [X | Xs]) -> lists:foldl(fun erlang:max/2, X, Xs);
call(min, [X | Xs]) -> lists:foldl(fun erlang:min/2, X, Xs);
call(abs, [X]) -> abs(X);
call(F, Args) -> throw({unknown_function, F, length(Args)}).

show({num, N}) -> io_lib:format("~w", [N]);
show({var, V}) -> atom_to_list(V);
show({neg, E}) -> ["(-", show(E), ")"];
show({bin, Op, L, R}) -> ["(", show(L), [$\s, Op, $\s], show(R), ")"];
show({call, F, Args}) -> [atom_to_list(F), "(", lists:join(", ", [show(A) || A <- Args]), ")"].

run(Line, Env) ->
    try
        Ast = parse(tokens(Line)),
        {V, Env1} = eval(Ast, Env),
        io:format("~-22s ~-34s = ~p~n", [Line, lists:flatten(show(Ast)), V]),
        Env1
    catch
        throw:Why ->
            io:format("~-22s error: ~p~n", [Line, Why]),
            Env;
        error:Why:Stack ->
            [{M, F, A, _} | _] = Stack,
            io:format("~-22s crash: ~p in ~w:~w/~w~n", [Line, Why, M, F, arity(A)]),
            Env
    end.

arity(A) when is_list(A) -> length(A);
arity(A) -> A.

main() ->
    Lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "12 / 4",
             "17 % 5", "x = 7", "y = x * 6", "x + y / 7", "sqrt(16) + max(1, 9, 4)",
             "min(3, -x, 2)", "2 ^ 100", "abs(-3.5) * 2", "1 / 0", "z + 1", "3 $ 4",
             "(1 + 2", "foo(1)", "2 ^ 0.5", "a = b = 5", "a + b"],
    Env = lists:foldl(fun run/2, #{}, Lines),
    io:format("final env: ~p~n", [lists:sort(maps:to_list(Env))]).
