-module(dynamic).
-export([main/0, square/1, cube/1]).

square(X) -> X * X.
cube(X) -> X * X * X.

call_all(Mod, Names, Arg) ->
    [case erlang:function_exported(Mod, F, 1) of
         true -> {F, Mod:F(Arg)};
         false -> {F, not_exported}
     end || F <- Names].

main() ->
    io:format("~p~n", [call_all(dynamic, [square, cube, quad], 3)]),
    M = list_to_atom("dyn" ++ "amic"),
    io:format("~p~n", [apply(M, square, [12])]),
    F = fun M:cube/1,
    io:format("~p~n", [lists:map(F, [1, 2, 3])]),
    Name = square,
    G = fun dynamic:Name/1,
    io:format("~p~n", [G(9)]),
    io:format("~p~n", [try apply(dynamic, nope, []) catch error:undef -> undef end]),
    io:format("~p~n", [try (fun lists:nosuch/0)() catch error:undef -> undef end]),
    io:format("~p~n", [erlang:apply(fun(A, B) -> {B, A} end, [x, y])]),
    io:format("~p~n", [lists:foldl(fun erlang:max/2, 0, [3, 9, 2])]),
    put(counter, 1),
    put(counter, get(counter) + 1),
    io:format("~p ~p ~p~n", [get(counter), erase(counter), get(counter)]),
    ok.
