%% Stack traces as BEAM prints them, in a small calculator: programs of
%% nested expressions are evaluated, and every error is caught with its
%% stack trace and printed. The traces show that a function whose last act
%% is a call has no frame of its own (last call optimisation: eval's calls
%% of apply_op, funs that end in a call, apply/2,3, calls through a module
%% name), that a BIF or an operator that fails puts its own entry on top
%% ({erlang, '*', [x, 2], [...]}), and that operators BEAM computes in line
%% with a small constant (X + 1, X - 1) or as floats (/) do not. A worker
%% process that crashes is reported by its monitor and by a logger handler.
-module(e_traces).
-export([main/0, log/2, double/1, checked/2]).

%% the programs are read back from the external format, so that the
%% compiler cannot see what they hold
opaque(X) -> binary_to_term(term_to_binary(X)).

%% ---- the evaluator ----

eval({num, N}, _Env) -> N;
eval({var, V}, Env) -> lookup(V, Env);
eval({neg, A}, Env) -> negate(eval(A, Env));
eval({op, Op, A, B}, Env) -> apply_op(Op, eval(A, Env), eval(B, Env));
eval({inc, A}, Env) -> eval(A, Env) + 1;
eval({dec, A}, Env) -> eval(A, Env) - 1;
eval({call, F, Args}, Env) -> call(F, eval_all(Args, Env));
eval({ext, M, F, Args}, Env) -> M:F(eval_all(Args, Env));
eval({pick, I, T}, Env) -> element(eval(I, Env), eval(T, Env));
eval({let_, V, E, Body}, Env) -> eval(Body, [{V, eval(E, Env)} | Env]);
eval({'if', C, T, E}, Env) ->
    case eval(C, Env) of
        0 -> eval(E, Env);
        _ -> checked_int(eval(T, Env))
    end;
eval({all, Es}, Env) -> all_true(Es, Env).

checked_int(X) when is_integer(X) -> X;
checked_int(X) -> error({not_integer, X}).

eval_all([], _Env) -> [];
eval_all([E | Es], Env) -> [eval(E, Env) | eval_all(Es, Env)].

all_true([], _Env) -> 1;
all_true([E | Es], Env) -> eval(E, Env) =/= 0 andalso all_true(Es, Env).

lookup(V, [{V, X} | _]) -> X;
lookup(V, [_ | Env]) -> lookup(V, Env);
lookup(V, []) -> throw({unbound, V}).

negate(X) -> -X.

apply_op('+', X, Y) -> X + Y;
apply_op('-', X, Y) -> 1 - Y + X;
apply_op('*', X, Y) -> X * Y;
apply_op('/', X, Y) -> X / Y;
apply_op('div', X, Y) -> X div Y;
apply_op('rem', X, Y) -> X rem Y;
apply_op('band', X, Y) -> X band Y;
apply_op('bsl', X, Y) -> X bsl Y;
apply_op('bnot', X, _) -> bnot X;
apply_op(Op, X, Y) -> checked(Op, [X, Y]).

checked(Op, Args) -> error({bad_op, Op}, Args).

%% ---- built-in functions, looked up by name ----

builtins() ->
    #{double => fun(X) -> double(X) end,
      twice => fun(X) -> double(double(X)) end,
      atom => fun(S) -> list_to_atom(S) end,
      first => fun(T) -> element(1, T) end,
      set => fun(T, I) -> setelement(I, T, set) end,
      tuple => fun(L) -> apply(fun erlang:list_to_tuple/1, [L]) end,
      sum3 => fun(A, B, C) -> erlang:apply(?MODULE, checked, ['+', [A, B, C]]) end,
      scale => fun(X, K) -> R = apply(fun double/1, [X]), R * K end}.

double(X) -> X * 2.

call(Name, Args) ->
    case maps:find(Name, builtins()) of
        {ok, F} -> apply(F, Args);
        error -> missing(Name, Args)
    end.

missing(Name, Args) -> (list_to_atom("no_" ++ atom_to_list(Name))):run(Args).

%% ---- running programs ----

programs() ->
    [{mul_atom, {op, '*', {var, x}, {num, 2}}},
     {nested_add, {op, '+', {num, 1}, {op, '+', {var, x}, {var, y}}}},
     {minus, {op, '-', {var, y}, {var, x}}},
     {inc, {let_, z, {var, x}, {inc, {var, z}}}},
     {dec, {dec, {var, x}}},
     {fdiv, {op, '/', {num, 1}, {num, 0}}},
     {intdiv, {op, 'div', {num, 7}, {num, 0}}},
     {rem_, {op, 'rem', {var, x}, {num, 3}}},
     {band_, {op, 'band', {num, 6}, {var, x}}},
     {shift, {op, 'bsl', {num, 1}, {var, x}}},
     {shift_big, {op, 'bsl', {num, 1}, {num, 100000000000000000000}}},
     {bnot_, {op, 'bnot', {var, x}, {num, 0}}},
     {neg, {neg, {var, x}}},
     {bad_op, {op, pow, {num, 2}, {num, 10}}},
     {unbound, {op, '+', {num, 1}, {var, w}}},
     {double, {call, double, [{var, x}]}},
     {twice, {call, twice, [{var, x}]}},
     {atom, {call, atom, [{var, x}]}},
     {first, {call, first, [{var, y}]}},
     {set, {call, set, [{var, t}, {num, 9}]}},
     {tuple, {call, tuple, [{var, x}]}},
     {sum3, {call, sum3, [{num, 1}, {num, 2}, {num, 3}]}},
     {scale, {call, scale, [{var, x}, {num, 3}]}},
     {scale_k, {call, scale, [{num, 4}, {var, x}]}},
     {unknown, {call, cube, [{num, 3}]}},
     {ext, {ext, ?MODULE, double, [{var, x}]}},
     {ext_undef, {ext, nomod, go, [{num, 1}]}},
     {pick, {pick, {num, 4}, {var, t}}},
     {branch, {'if', {num, 1}, {op, '*', {var, x}, {num, 5}}, {num, 0}}},
     {else_branch, {'if', {num, 0}, {num, 1}, {neg, {var, x}}}},
     {not_int, {'if', {num, 1}, {var, t}, {num, 0}}},
     {all, {all, [{num, 1}, {op, 'div', {num, 1}, {num, 0}}]}},
     {fine, {op, '+', {num, 40}, {num, 2}}}].

env() -> [{x, a}, {y, 3}, {t, {p, q}}].

report(Name, Fun) ->
    try Fun() of
        Value -> io:format("~p = ~p~n", [Name, Value])
    catch
        Class:Reason:Stack -> io:format("~p ~p:~p~n~p~n", [Name, Class, Reason, Stack])
    end.

run_all([], _Env) -> ok;
run_all([{Name, Prog} | Rest], Env) ->
    report(Name, fun() -> eval(Prog, Env) end),
    run_all(Rest, Env).

%% old-style catch keeps the frame of the function around it
caught(Prog, Env) ->
    case catch eval(Prog, Env) of
        {'EXIT', {Reason, [Top | _]}} -> {caught, Reason, Top};
        Value -> {value, Value}
    end.

%% a body in try ... after is no tail call: its function stays in the trace
guarded(Prog, Env) ->
    try eval(Prog, Env) after io:format("after ~p~n", [element(1, Prog)]) end.

%% ---- a worker process that crashes ----

log(#{level := error, msg := {Format, Args}}, #{to := To}) ->
    Text = lists:flatten(io_lib:format(Format, Args)),
    [_Header | Lines] = string:split(Text, "\n"),
    To ! {report, Lines};
log(_Event, _Config) -> ok.

worker(Prog, Env) -> eval(Prog, Env).

crash(Prog, Env) ->
    {Pid, Ref} = spawn_monitor(fun() -> worker(Prog, Env) end),
    receive
        {'DOWN', Ref, process, Pid, Reason} -> io:format("worker died: ~p~n", [Reason])
    end,
    receive
        {report, Lines} -> io:format("logged: ~s", [Lines])
    after 2000 -> io:format("no report~n")
    end.

%% ++ with cells written out on its left: BEAM's compiler joins the cells
%% in front of Tail ++ Right, unless Tail is a constant that is no list;
%% the badarg shows which.
appends(X, T) ->
    [hd(element(2, element(2, catch F()))) ||
        F <- [fun() -> [X | T] ++ [] end,
              fun() -> [X, a | 1] ++ [] end,
              fun() -> [X | <<>>] ++ [z] end,
              fun() -> [X | {X}] ++ [] end,
              fun() -> [X, a | T] ++ [z] end]].

main() ->
    io:format("~p~n", [[Args || {erlang, '++', Args, _} <- appends(opaque(u), opaque(v))]]),
    Env = opaque(env()),
    run_all(opaque(programs()), Env),
    io:format("~p~n", [caught(opaque({op, '*', {var, x}, {var, x}}), Env)]),
    io:format("~p~n", [catch guarded(opaque({call, first, [{var, x}]}), Env)]),
    register(e_traces_main, self()),
    logger:remove_handler(default),
    ok = logger:add_handler(watch, ?MODULE, #{to => e_traces_main}),
    crash(opaque({let_, k, {num, 2}, {op, '*', {var, x}, {var, k}}}), Env),
    crash(opaque({call, atom, [{num, 7}]}), Env).
