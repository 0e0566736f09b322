%% A small functional language: expressions compile to code for a stack
%% machine with environments and closures (lambda, application, let,
%% letrec through a recursive environment cell, if, primitives); a direct
%% interpreter built on Erlang funs checks the machine's answers.
-module(a_stackvm).
-export([main/0]).

%% ---- compiler: Expr -> [Instr] ----
%% Expr: {int, N} | {var, X} | {lam, X, E} | {app, F, A} | {prim, Op, A, B}
%%     | {'if', C, T, E} | {'let', X, E, B} | {letrec, F, X, Body, In}

compile({int, N}) -> [{push, N}];
compile({var, X}) -> [{load, X}];
compile({lam, X, B}) -> [{closure, X, compile(B) ++ [ret]}];
compile({app, F, A}) -> compile(F) ++ compile(A) ++ [call];
compile({prim, Op, A, B}) -> compile(A) ++ compile(B) ++ [{prim, Op}];
compile({'if', C, T, E}) -> compile(C) ++ [{branch, compile(T), compile(E)}];
compile({'let', X, E, B}) -> compile({app, {lam, X, B}, E});
compile({letrec, F, X, Body, In}) ->
    [{rec_closure, F, X, compile(Body) ++ [ret]}, {bind, F}] ++ compile(In) ++ [{unbind, F}].

%% ---- machine: {Stack, Env, Code, Dump} ----

run(Code) -> run(Code, [], #{}, [], 0).

run([], [V], _, [], Steps) -> {V, Steps};
run([{push, N} | C], S, E, D, K) -> run(C, [N | S], E, D, K + 1);
run([{load, X} | C], S, E, D, K) -> run(C, [lookup(X, E) | S], E, D, K + 1);
run([{closure, X, B} | C], S, E, D, K) -> run(C, [{clo, X, B, E} | S], E, D, K + 1);
run([{rec_closure, F, X, B} | C], S, E, D, K) ->
    Self = {rclo, F, X, B, E},
    run(C, [Self | S], E, D, K + 1);
run([{bind, F} | C], [V | S], E, D, K) -> run(C, S, E#{F => V}, D, K + 1);
run([{unbind, F} | C], S, E, D, K) -> run(C, S, maps:remove(F, E), D, K + 1);
run([call | C], [A, {clo, X, B, CE} | S], E, D, K) ->
    run(B, [], CE#{X => A}, [{S, E, C} | D], K + 1);
run([call | C], [A, {rclo, F, X, B, CE} = Self | S], E, D, K) ->
    run(B, [], CE#{F => Self, X => A}, [{S, E, C} | D], K + 1);
run([call | _], [_, NotFun | _], _, _, _) -> error({not_a_function, NotFun});
run([ret], [V], _, [{S, E, C} | D], K) -> run(C, [V | S], E, D, K + 1);
run([{prim, Op} | C], [B, A | S], E, D, K) -> run(C, [prim(Op, A, B) | S], E, D, K + 1);
run([{branch, T, F} | C], [V | S], E, D, K) ->
    Next = case V of
               0 -> F;
               _ -> T
           end,
    run(Next ++ C, S, E, D, K + 1).

lookup(X, E) ->
    case E of
        #{X := V} -> V;
        #{} -> throw({unbound, X})
    end.

prim('+', A, B) -> A + B;
prim('-', A, B) -> A - B;
prim('*', A, B) -> A * B;
prim('<', A, B) when A < B -> 1;
prim('<', _, _) -> 0;
prim('=', A, A) -> 1;
prim('=', _, _) -> 0.

%% ---- reference interpreter on Erlang closures ----

eval({int, N}, _) -> N;
eval({var, X}, Env) -> lookup(X, Env);
eval({lam, X, B}, Env) -> fun(A) -> eval(B, Env#{X => A}) end;
eval({app, F, A}, Env) -> (eval(F, Env))(eval(A, Env));
eval({prim, Op, A, B}, Env) -> prim(Op, eval(A, Env), eval(B, Env));
eval({'if', C, T, E}, Env) ->
    case eval(C, Env) of
        0 -> eval(E, Env);
        _ -> eval(T, Env)
    end;
eval({'let', X, E, B}, Env) -> eval(B, Env#{X => eval(E, Env)});
eval({letrec, F, X, Body, In}, Env) ->
    Rec = fun Self(A) -> eval(Body, Env#{F => Self, X => A}) end,
    eval(In, Env#{F => Rec}).

%% ---- programs ----

v(X) -> {var, X}.
i(N) -> {int, N}.
app(F, A) -> {app, F, A}.
app(F, A, B) -> {app, {app, F, A}, B}.

programs() ->
    Fact = {letrec, fact, n,
            {'if', {prim, '<', v(n), i(2)}, i(1), {prim, '*', v(n), app(v(fact), {prim, '-', v(n), i(1)})}},
            app(v(fact), i(20))},
    Fib = {letrec, fib, n,
           {'if', {prim, '<', v(n), i(2)}, v(n),
            {prim, '+', app(v(fib), {prim, '-', v(n), i(1)}), app(v(fib), {prim, '-', v(n), i(2)})}},
           app(v(fib), i(15))},
    Adder = {'let', add, {lam, x, {lam, y, {prim, '+', v(x), v(y)}}},
             {'let', inc, app(v(add), i(1)), app(v(inc), app(v(inc), i(40)))}},
    Compose = {'let', compose, {lam, f, {lam, g, {lam, x, app(v(f), app(v(g), v(x)))}}},
               {'let', dbl, {lam, x, {prim, '*', v(x), i(2)}},
                app(app(v(compose), v(dbl), v(dbl)), i(5))}},
    Church = {'let', two, {lam, f, {lam, x, app(v(f), app(v(f), v(x)))}},
              {'let', three, {lam, f, {lam, x, app(v(f), app(v(f), app(v(f), v(x))))}},
               {'let', mult, {lam, m, {lam, n, {lam, f, app(v(m), app(v(n), v(f)))}}},
                app(app(v(mult), v(two), v(three)), {lam, k, {prim, '+', v(k), i(1)}}, i(0))}}},
    Shadow = {'let', x, i(1), {'let', f, {lam, y, {prim, '+', v(x), v(y)}},
                               {'let', x, i(100), app(v(f), v(x))}}},
    [{fact20, Fact}, {fib15, Fib}, {adder, Adder}, {compose, Compose}, {church, Church},
     {shadow, Shadow}, {unbound, {prim, '+', i(1), v(zz)}}, {not_fun, app(i(3), i(4))}].

main() ->
    lists:foreach(
      fun({Name, P}) ->
              Code = compile(P),
              Machine = try run(Code) of
                            {V, Steps} -> {V, Steps}
                        catch
                            throw:T -> {thrown, T};
                            error:{not_a_function, X} -> {not_a_function, X}
                        end,
              Direct = try eval(P, #{}) catch C:R -> {C, element(1, R)} end,
              io:format("~-8s ~4b instrs  ~-36w direct ~w~n", [Name, length(Code), Machine, Direct])
      end, programs()),
    io:format("code for adder:~n~p~n", [compile(element(2, lists:keyfind(adder, 1, programs())))]).
