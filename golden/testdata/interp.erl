-module(interp).
-export([main/0]).

%% A tiny expression language: parse tokens, evaluate with an environment map.
eval({num, N}, _) -> N;
eval({var, V}, Env) ->
    case Env of
        #{V := X} -> X;
        _ -> throw({unbound, V})
    end;
eval({add, A, B}, Env) -> eval(A, Env) + eval(B, Env);
eval({mul, A, B}, Env) -> eval(A, Env) * eval(B, Env);
eval({'let', V, E, Body}, Env) -> eval(Body, Env#{V => eval(E, Env)});
eval({'if', C, T, E}, Env) ->
    case eval(C, Env) of
        0 -> eval(E, Env);
        _ -> eval(T, Env)
    end;
eval(Other, _) -> error({bad_expr, Other}).

run(Expr) ->
    try eval(Expr, #{}) of
        V -> {ok, V}
    catch
        throw:{unbound, V} -> {error, "unbound variable " ++ atom_to_list(V)};
        error:{bad_expr, E} -> {error, E}
    end.

show({num, N}) -> integer_to_list(N);
show({var, V}) -> atom_to_list(V);
show({add, A, B}) -> "(" ++ show(A) ++ " + " ++ show(B) ++ ")";
show({mul, A, B}) -> show(A) ++ " * " ++ show(B);
show({'let', V, E, B}) -> "let " ++ atom_to_list(V) ++ " = " ++ show(E) ++ " in " ++ show(B);
show({'if', C, T, E}) -> "if " ++ show(C) ++ " then " ++ show(T) ++ " else " ++ show(E);
show(Other) -> lists:flatten(io_lib:format("~p", [Other])).

main() ->
    Progs = [{add, {num, 1}, {num, 2}},
             {'let', x, {num, 5}, {mul, {var, x}, {add, {var, x}, {num, 1}}}},
             {'if', {num, 0}, {num, 1}, {var, y}},
             {'let', y, {num, 2}, {'if', {var, y}, {num, 10}, {num, 20}}},
             {sub, 1, 2}],
    [io:format("~s => ~p~n", [show(P), run(P)]) || P <- Progs],
    ok.
