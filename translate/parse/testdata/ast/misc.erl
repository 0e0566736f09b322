-module(misc).
maybe_expr() ->
    maybe
        {ok, A} ?= f(),
        B = g(A),
        {ok, C} ?= h(B),
        C
    else
        {error, E} -> E;
        _ -> other
    end,
    maybe ok end.
unicode() -> 'héllo', "naïve ☃", $é, 'Ünïcödé'.
empty() -> {}, [], <<>>, #{}, fun() -> ok end, "".
nested() -> [[1, [2]], {a, {b}}], [a | [b | [c]]], - - 1, not not true, bnot 1.
precedence(A, B, C) -> A + B * C, (A + B) * C, A =:= B andalso B =/= C orelse C, A ++ B ++ C, A = B = C, A ! B ! C.
guards(X) when is_list(X); is_tuple(X), size(X) > 1; X =:= [] -> ok.
strings() -> "a" "b" "c", "\x{1F600}\^A\101".
catches() -> try a catch throw:X -> X; error:Y:S when Y > 1 -> S; Z -> Z; _:_ -> any end.
%% catch as an operand: only the ANTLR path takes these.
catch_operand(A, B) -> X = catch f(), A + catch B * 2, - catch 1, A ! catch B = 1.
