-module(d_exprlang).
-export([main/0]).

%% A tokenizer, recursive-descent parser and evaluator for a small
%% expression language with let-bindings, functions and comparison;
%% errors are reported with throw and caught at the top.

main() ->
    Progs = ["1 + 2 * 3",
             "(1 + 2) * 3 - 4 / 8",
             "let x = 5 in x * x + 1",
             "let sq = fn(a) -> a * a in sq(7) + sq(2)",
             "2 ^ 10 ^ 2",
             "if 3 > 2 then 10 else 20",
             "let f = fn(n) -> if n < 2 then 1 else n * f(n - 1) in f(20)",
             "max(3, 9, 4) + min(2.5, 1)",
             "10 / 4 + 7 % 3",
             "-(3 - 5) * -2",
             "1 + ",
             "let = 4",
             "foo + 1",
             "3 $ 4",
             "10 / (5 - 5)",
             "sq(2)",
             "let g = fn(a, b) -> a + b in g(1)",
             "2.5e3 * 4",
             "((((1))))",
             "12 ! 3"],
    lists:foreach(fun run/1, Progs),
    io:format("~p~n", [parse(tokens("let f = fn(n) -> n + 1 in f(2) * 3"))]),
    Env = #{"pi" => 3.141592653589793, "e" => 2.718281828459045},
    io:format("~p~n", [eval(parse(tokens("pi * e ^ 2")), Env)]),
    ok.

run(Src) ->
    try
        Toks = tokens(Src),
        Ast = parse(Toks),
        V = eval(Ast, #{}),
        io:format("~-45s = ~p~n", [Src, V])
    catch
        throw:{lex_error, Pos, Ch} ->
            io:format("~-45s ! lex error at ~w: unexpected ~tc~n", [Src, Pos, Ch]);
        throw:{parse_error, Expected, Got} ->
            io:format("~-45s ! parse error: expected ~s, got ~p~n", [Src, Expected, Got]);
        throw:{eval_error, Why} ->
            io:format("~-45s ! eval error: ~p~n", [Src, Why]);
        error:Reason:St ->
            io:format("~-45s ! crash ~p in ~p~n", [Src, Reason, element(1, hd(St))])
    end.

%% Tokenizer

tokens(S) -> tokens(S, 1, []).

tokens([], _, Acc) -> lists:reverse([eof | Acc]);
tokens([C | T], P, Acc) when C =:= $\s; C =:= $\t -> tokens(T, P + 1, Acc);
tokens([C | _] = S, P, Acc) when C >= $0, C =< $9 ->
    {Num, Rest} = number(S),
    tokens(Rest, P + length(S) - length(Rest), [{num, Num} | Acc]);
tokens([C | _] = S, P, Acc) when C >= $a, C =< $z ->
    {Word, Rest} = lists:splitwith(fun(X) -> (X >= $a andalso X =< $z) orelse (X >= $0 andalso X =< $9) end, S),
    Tok = case Word of
              "let" -> 'let'; "in" -> in; "fn" -> fn; "if" -> 'if';
              "then" -> then; "else" -> else;
              _ -> {id, Word}
          end,
    tokens(Rest, P + length(Word), [Tok | Acc]);
tokens("->" ++ T, P, Acc) -> tokens(T, P + 2, [arrow | Acc]);
tokens([C | T], P, Acc) ->
    case lists:member(C, "+-*/%^()=,<>") of
        true -> tokens(T, P + 1, [list_to_atom([C]) | Acc]);
        false -> throw({lex_error, P, C})
    end.

number(S) ->
    case string:to_float(S) of
        {F, Rest} when is_float(F) -> {F, Rest};
        {error, _} ->
            {I, Rest} = string:to_integer(S),
            {I, Rest}
    end.

%% Parser: expr := 'let' id '=' expr 'in' expr | 'if' cmp 'then' expr 'else' expr | cmp

parse(Toks) ->
    case expr(Toks) of
        {Ast, [eof]} -> Ast;
        {_, [T | _]} -> throw({parse_error, "end of input", T})
    end.

expr(['let', {id, X}, '=' | T]) ->
    {E1, T1} = expr(T),
    T2 = expect(in, T1),
    {E2, T3} = expr(T2),
    {{'let', X, E1, E2}, T3};
expr(['let' | [T | _]]) -> throw({parse_error, "identifier", T});
expr(['if' | T]) ->
    {C, T1} = cmp(T),
    {A, T2} = expr(expect(then, T1)),
    {B, T3} = expr(expect(else, T2)),
    {{'if', C, A, B}, T3};
expr([fn, '(' | T]) ->
    {Params, T1} = params(T, []),
    {Body, T2} = expr(expect(arrow, T1)),
    {{fn, Params, Body}, T2};
expr(T) -> cmp(T).

params([{id, X}, ',' | T], Acc) -> params(T, [X | Acc]);
params([{id, X}, ')' | T], Acc) -> {lists:reverse([X | Acc]), T};
params([T | _], _) -> throw({parse_error, "parameter", T}).

expect(Tok, [Tok | T]) -> T;
expect(Tok, [Got | _]) -> throw({parse_error, atom_to_list(Tok), Got}).

cmp(T) ->
    {L, T1} = additive(T),
    case T1 of
        [Op | T2] when Op =:= '<'; Op =:= '>' ->
            {R, T3} = additive(T2),
            {{Op, L, R}, T3};
        _ -> {L, T1}
    end.

additive(T) -> {L, T1} = term(T), additive_rest(L, T1).
additive_rest(L, [Op | T]) when Op =:= '+'; Op =:= '-' ->
    {R, T1} = term(T), additive_rest({Op, L, R}, T1);
additive_rest(L, T) -> {L, T}.

term(T) -> {L, T1} = power(T), term_rest(L, T1).
term_rest(L, [Op | T]) when Op =:= '*'; Op =:= '/'; Op =:= '%' ->
    {R, T1} = power(T), term_rest({Op, L, R}, T1);
term_rest(L, T) -> {L, T}.

power(T) ->
    {B, T1} = unary(T),
    case T1 of
        ['^' | T2] -> {E, T3} = power(T2), {{'^', B, E}, T3};
        _ -> {B, T1}
    end.

unary(['-' | T]) -> {E, T1} = unary(T), {{neg, E}, T1};
unary(T) -> primary(T).

primary([{num, N} | T]) -> {{num, N}, T};
primary([{id, F}, '(' | T]) -> {Args, T1} = args(T, []), {{call, F, Args}, T1};
primary([{id, X} | T]) -> {{var, X}, T};
primary(['(' | T]) -> {E, T1} = expr(T), {E, expect(')', T1)};
primary([T | _]) -> throw({parse_error, "operand", T}).

args(T, Acc) ->
    {E, T1} = expr(T),
    case T1 of
        [',' | T2] -> args(T2, [E | Acc]);
        [')' | T2] -> {lists:reverse([E | Acc]), T2};
        [Got | _] -> throw({parse_error, "',' or ')'", Got})
    end.

%% Evaluator

eval({num, N}, _) -> N;
eval({var, X}, Env) ->
    case maps:find(X, Env) of
        {ok, V} -> V;
        error -> throw({eval_error, {unbound, X}})
    end;
eval({neg, E}, Env) -> -eval(E, Env);
eval({'let', X, {fn, Ps, B}, Body}, Env) ->
    Clo = {closure, Ps, B, X},
    eval(Body, Env#{X => Clo});
eval({'let', X, E, Body}, Env) -> eval(Body, Env#{X => eval(E, Env)});
eval({'if', C, A, B}, Env) ->
    case eval(C, Env) of
        true -> eval(A, Env);
        false -> eval(B, Env)
    end;
eval({fn, Ps, B}, _) -> {closure, Ps, B, anonymous};
eval({call, F, Args}, Env) ->
    Vs = [eval(A, Env) || A <- Args],
    call(F, Vs, Env);
eval({'/', A, B}, Env) ->
    case eval(B, Env) of
        Z when Z == 0 -> throw({eval_error, division_by_zero});
        D -> eval(A, Env) / D
    end;
eval({'^', A, B}, Env) -> pow(eval(A, Env), eval(B, Env));
eval({Op, A, B}, Env) -> binop(Op, eval(A, Env), eval(B, Env)).

pow(B, E) when is_integer(B), is_integer(E), E >= 0 -> ipow(B, E, 1);
pow(B, E) -> math:pow(B, E).

ipow(_, 0, Acc) -> Acc;
ipow(B, E, Acc) -> ipow(B, E - 1, Acc * B).

binop('+', A, B) -> A + B;
binop('-', A, B) -> A - B;
binop('*', A, B) -> A * B;
binop('%', A, B) -> A rem B;
binop('<', A, B) -> A < B;
binop('>', A, B) -> A > B.

call("max", Vs, _) when Vs =/= [] -> lists:max(Vs);
call("min", Vs, _) when Vs =/= [] -> lists:min(Vs);
call(F, Vs, Env) ->
    case maps:find(F, Env) of
        {ok, {closure, Ps, Body, Self} = Clo} when length(Ps) =:= length(Vs) ->
            Env1 = maps:merge(Env, maps:from_list(lists:zip(Ps, Vs))),
            eval(Body, Env1#{Self => Clo});
        {ok, {closure, Ps, _, _}} ->
            throw({eval_error, {arity, F, length(Ps), length(Vs)}});
        error ->
            throw({eval_error, {undefined_function, F}})
    end.
