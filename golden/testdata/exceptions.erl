-module(exceptions).
-export([main/0]).

kind(X) ->
    try classify(X) of
        {ok, V} -> {value, V};
        Other -> {other, Other}
    catch
        throw:T -> {thrown, T};
        error:{badmatch, V} -> {badmatch, V};
        error:E when is_atom(E) -> {error_atom, E};
        exit:R -> {exited, R}
    after
        put(cleanups, get_count() + 1)
    end.

get_count() ->
    case get(cleanups) of
        undefined -> 0;
        N -> N
    end.

classify(1) -> {ok, one};
classify(2) -> throw(two);
classify(3) -> 1 = 2;
classify(4) -> error(four);
classify(5) -> exit(five);
classify(6) -> 1 + list_to_atom("a");
classify(7) -> seven.

sign(N) ->
    if N > 0 -> positive;
       N < 0 -> negative
    end.

only_a(a) -> ok.

main() ->
    [io:format("~p -> ~p~n", [I, kind(I)]) || I <- [1, 2, 3, 4, 5, 6, 7]],
    io:format("cleanups: ~p~n", [get(cleanups)]),
    io:format("~p~n", [catch throw(hello)]),
    io:format("~p~n", [catch exit(bye)]),
    {'EXIT', {badarith, _}} = (catch 1 / 0),
    io:format("if_clause: ~p~n", [try sign(0) catch error:if_clause -> caught end]),
    io:format("function_clause: ~p~n", [try only_a(b) catch error:function_clause -> caught end]),
    io:format("case_clause: ~p~n",
              [try case 3 of 1 -> a end catch error:{case_clause, V} -> {caught, V} end]),
    io:format("try_clause: ~p~n",
              [try (try 5 of 1 -> a catch _:_ -> b end) catch error:{try_clause, V2} -> {caught, V2} end]),
    io:format("badarg: ~p~n", [try atom_to_list(42) catch error:badarg -> caught end]),
    io:format("undef: ~p~n", [try nosuchmod:f(1) catch error:undef -> undef end]),
    try
        throw({a, b})
    catch
        Class:Reason:Stack when is_atom(Class) ->
            io:format("~p ~p ~p~n", [Class, Reason, is_list(Stack)])
    end,
    Res = try erlang:error(oops) catch _:_ -> recovered after io:format("after runs~n") end,
    io:format("~p~n", [Res]).
