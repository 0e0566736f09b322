-module(c_funs).
-export([main/0, adder/1, counter_step/2]).

%% Funs as values: BEAM's names for them, closures that compare equal when
%% they capture equal values, and errors raised inside funs.

adder(N) -> fun(X) -> X + N end.

counter_step(Name, Step) ->
    fun({Name2, Count}) when Name2 =:= Name -> {Name, Count + Step};
       (Other) -> Other
    end.

compose(Fs) ->
    lists:foldr(fun(F, Acc) -> fun(X) -> F(Acc(X)) end end, fun(X) -> X end, Fs).

main() ->
    A1 = adder(1), A1b = adder(1), A2 = adder(2),
    io:format("equal closures: ~p ~p~n", [A1 =:= A1b, A1 == A2]),
    io:format("same hash: ~p~n", [erlang:phash2(A1) =:= erlang:phash2(A1b)]),
    io:format("as map keys: ~p~n", [maps:size(#{A1 => one, A1b => also_one, A2 => two})]),
    io:format("usort: ~p~n", [length(lists:usort([A1, A2, A1b, adder(2), adder(3)]))]),
    io:format("envs: ~p~n", [[element(2, erlang:fun_info(F, env)) || F <- lists:sort([A2, adder(3), A1])]]),
    io:format("names: ~p~n", [[element(2, erlang:fun_info(F, name))
                                || F <- [A1, counter_step(x, 1), compose([]), fun main/0,
                                         fun lists:reverse/1]]]),
    Named = fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end,
    io:format("named: ~p ~p~n", [erlang:fun_info(Named, name), Named(20)]),
    Inc = compose([adder(10), adder(5), fun(X) -> X * 2 end]),
    io:format("composed: ~p~n", [Inc(1)]),
    Nested = [fun() -> {I, fun(Y) -> I * Y end} end || I <- [1, 2]],
    io:format("nested: ~p~n", [[begin {I, G} = F(), {I, G(10), erlang:fun_info(G, name)} end || F <- Nested]]),
    io:format("arity/type: ~p ~p~n", [erlang:fun_info(A1, arity), erlang:fun_info(fun lists:map/2, type)]),
    Step = counter_step(hits, 5),
    io:format("step: ~p ~p~n", [Step({hits, 1}), Step({misses, 1})]),
    try (adder(1))(foo) of
        V -> io:format("no error: ~p~n", [V])
    catch error:badarith:St ->
        {M, F, Arity, _} = lists:keyfind(c_funs, 1, St),
        io:format("badarith in ~p:~p/~p~n", [M, F, Arity])
    end,
    Bad = fun(X) when X > 0 -> X end,
    try Bad(-1) catch error:function_clause:St2 ->
        [{M2, F2, Args2, _} | _] = St2,
        io:format("function_clause in ~p:~p ~p~n", [M2, F2, Args2])
    end.
