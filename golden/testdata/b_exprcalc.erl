-module(b_exprcalc).
-export([main/0]).

%% An expression calculator: a tokenizer, a recursive-descent parser with
%% precedence and right-associative power, let-bindings and functions, a
%% simplifier, a derivative, and an evaluator. Errors are thrown as
%% {Kind, Detail} and caught at the top.

tokens([]) -> [];
tokens([C | Cs]) when C =:= $\s; C =:= $\t -> tokens(Cs);
tokens([C | _] = S) when C >= $0, C =< $9 ->
    {Num, Rest} = lists:splitwith(fun(X) -> (X >= $0 andalso X =< $9) orelse X =:= $. end, S),
    V = case lists:member($., Num) of
            true -> list_to_float(Num);
            false -> list_to_integer(Num)
        end,
    [{num, V} | tokens(Rest)];
tokens([C | _] = S) when C >= $a, C =< $z ->
    {Name, Rest} = lists:splitwith(fun(X) -> X >= $a andalso X =< $z end, S),
    [{id, list_to_atom(Name)} | tokens(Rest)];
tokens([C | Cs]) ->
    case lists:member(C, "+-*/^(),=") of
        true -> [{op, C} | tokens(Cs)];
        false -> throw({lex, [C]})
    end.

%% expr := term (('+'|'-') term)*
parse(S) ->
    case expr(tokens(S)) of
        {E, []} -> E;
        {_, [T | _]} -> throw({parse, {unexpected, T}})
    end.

expr(Ts) ->
    {L, Rest} = term(Ts),
    expr_tail(L, Rest).

expr_tail(L, [{op, Op} | Ts]) when Op =:= $+; Op =:= $- ->
    {R, Rest} = term(Ts),
    expr_tail({binop(Op), L, R}, Rest);
expr_tail(L, Ts) -> {L, Ts}.

term(Ts) ->
    {L, Rest} = power(Ts),
    term_tail(L, Rest).

term_tail(L, [{op, Op} | Ts]) when Op =:= $*; Op =:= $/ ->
    {R, Rest} = power(Ts),
    term_tail({binop(Op), L, R}, Rest);
term_tail(L, Ts) -> {L, Ts}.

power(Ts) ->
    case unary(Ts) of
        {B, [{op, $^} | Rest]} ->
            {E, Rest1} = power(Rest),
            {{pow, B, E}, Rest1};
        Other -> Other
    end.

unary([{op, $-} | Ts]) ->
    {E, Rest} = unary(Ts),
    {{neg, E}, Rest};
unary(Ts) -> primary(Ts).

primary([{num, N} | Ts]) -> {{num, N}, Ts};
primary([{id, let_}, _ | _]) -> throw({parse, reserved});
primary([{id, F}, {op, $(} | Ts]) ->
    {Arg, Rest} = expr(Ts),
    case Rest of
        [{op, $)} | Rest1] -> {{call, F, Arg}, Rest1};
        _ -> throw({parse, {missing, ")"}})
    end;
primary([{id, V} | Ts]) -> {{var, V}, Ts};
primary([{op, $(} | Ts]) ->
    case expr(Ts) of
        {E, [{op, $)} | Rest]} -> {E, Rest};
        _ -> throw({parse, {missing, ")"}})
    end;
primary([T | _]) -> throw({parse, {unexpected, T}});
primary([]) -> throw({parse, end_of_input}).

binop($+) -> add;
binop($-) -> sub;
binop($*) -> mul;
binop($/) -> dvd.

eval({num, N}, _) -> N;
eval({var, V}, Env) ->
    case maps:find(V, Env) of
        {ok, X} -> X;
        error -> throw({unbound, V})
    end;
eval({neg, E}, Env) -> -eval(E, Env);
eval({add, A, B}, Env) -> eval(A, Env) + eval(B, Env);
eval({sub, A, B}, Env) -> eval(A, Env) - eval(B, Env);
eval({mul, A, B}, Env) -> eval(A, Env) * eval(B, Env);
eval({dvd, A, B}, Env) ->
    case eval(B, Env) of
        Z when Z == 0 -> throw({eval, division_by_zero});
        D -> eval(A, Env) / D
    end;
eval({pow, A, B}, Env) -> ipow(eval(A, Env), eval(B, Env));
eval({call, F, A}, Env) ->
    X = eval(A, Env),
    case F of
        sqrt when X >= 0 -> math:sqrt(X);
        sqrt -> throw({eval, {domain, sqrt, X}});
        abs -> abs(X);
        sq -> X * X;
        _ -> throw({eval, {unknown_function, F}})
    end.

ipow(B, E) when is_integer(B), is_integer(E), E >= 0 -> ipow(B, E, 1);
ipow(B, E) -> math:pow(B, E).
ipow(_, 0, Acc) -> Acc;
ipow(B, E, Acc) when E rem 2 =:= 1 -> ipow(B * B, E div 2, Acc * B);
ipow(B, E, Acc) -> ipow(B * B, E div 2, Acc).

simplify({Op, A, B}) when Op =/= call ->
    simp({Op, simplify(A), simplify(B)});
simplify({neg, E}) -> simp({neg, simplify(E)});
simplify({call, F, E}) -> {call, F, simplify(E)};
simplify(E) -> E.

simp({add, {num, 0}, E}) -> E;
simp({add, E, {num, 0}}) -> E;
simp({mul, {num, 1}, E}) -> E;
simp({mul, E, {num, 1}}) -> E;
simp({mul, {num, 0}, _}) -> {num, 0};
simp({mul, _, {num, 0}}) -> {num, 0};
simp({sub, E, {num, 0}}) -> E;
simp({pow, E, {num, 1}}) -> E;
simp({pow, _, {num, 0}}) -> {num, 1};
simp({neg, {num, N}}) -> {num, -N};
simp({Op, {num, A}, {num, B}}) when Op =/= dvd, Op =/= pow -> {num, eval({Op, {num, A}, {num, B}}, #{})};
simp(E) -> E.

deriv({num, _}, _) -> {num, 0};
deriv({var, X}, X) -> {num, 1};
deriv({var, _}, _) -> {num, 0};
deriv({neg, E}, X) -> {neg, deriv(E, X)};
deriv({add, A, B}, X) -> {add, deriv(A, X), deriv(B, X)};
deriv({sub, A, B}, X) -> {sub, deriv(A, X), deriv(B, X)};
deriv({mul, A, B}, X) -> {add, {mul, deriv(A, X), B}, {mul, A, deriv(B, X)}};
deriv({pow, A, {num, N}}, X) -> {mul, {mul, {num, N}, {pow, A, {num, N - 1}}}, deriv(A, X)};
deriv(E, _) -> throw({deriv, E}).

show({num, N}) when is_integer(N) -> integer_to_list(N);
show({num, N}) -> float_to_list(N, [short]);
show({var, V}) -> atom_to_list(V);
show({neg, E}) -> "-" ++ show(E);
show({call, F, E}) -> atom_to_list(F) ++ "(" ++ show(E) ++ ")";
show({Op, A, B}) ->
    Sym = maps:get(Op, #{add => " + ", sub => " - ", mul => "*", dvd => "/", pow => "^"}),
    "(" ++ show(A) ++ Sym ++ show(B) ++ ")".

run(S, Env) ->
    try
        E = parse(S),
        {ok, eval(E, Env)}
    catch
        throw:{Kind, Detail} -> {error, Kind, Detail}
    end.

main() ->
    Env = #{x => 3, y => 0.5, big => 1 bsl 40},
    [io:format("~-22s = ~p~n", [S, run(S, Env)])
     || S <- ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "7 - 2 - 1",
              "x * x + y", "big * big", "sqrt(16) + abs(-3)", "sq(x + 1)", "2 ^ 0.5",
              "1 / (x - 3)", "sqrt(0 - 1)", "foo(1)", "z + 1", "1 +", "(1 + 2", "3 $ 4", "1 2"]],
    Exprs = ["x ^ 3 + 2 * x", "x * y + 0 * x", "(x + 1) * (x - 1)", "-x ^ 2 + 5"],
    lists:foreach(
      fun(S) ->
              E = parse(S),
              D = simplify(deriv(E, x)),
              io:format("d/dx ~s = ~s  at x=3: ~p~n", [show(simplify(E)), show(D), eval(D, Env)])
      end, Exprs),
    io:format("tokens: ~w~n", [tokens("sq(1.5) ^ 2")]),
    io:format("tree: ~p~n", [parse("1 + 2 * -x ^ 2 / sqrt(4)")]),
    ok.
