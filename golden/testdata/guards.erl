-module(guards).
-export([main/0]).

size_of(T) when tuple_size(T) > 2 -> big_tuple;
size_of(T) when is_tuple(T) -> small_tuple;
size_of(L) when length(L) > 2 -> long_list;
size_of(L) when is_list(L) -> short_list;
size_of(_) -> other.

check(X) when is_integer(X) andalso X rem 2 =:= 0 -> even;
check(X) when is_integer(X) orelse is_float(X) -> number;
check(X) when not is_atom(X) -> not_atom;
check(_) -> atom.

first(L) when hd(L) =:= a -> starts_with_a;
first(_) -> no.

range(X) when X > 10; X < -10 -> far;
range(_) -> near.

main() ->
    io:format("~p~n", [[size_of(X) || X <- [{1, 2, 3}, {1}, [1, 2, 3], [1], foo, "ab"]]]),
    io:format("~p~n", [[check(X) || X <- [4, 3, 1.5, "s", ok]]]),
    io:format("~p~n", [[first(X) || X <- [[a, b], [b], [], not_a_list]]]),
    io:format("~p~n", [[range(X) || X <- [20, 0, -20]]]),
    io:format("~p~n", [[X || X <- [1, a, 2.0, "b", {}], is_number(X)]]),
    B = 5,
    io:format("~p~n", [[case X of B -> same; _ -> diff end || X <- [4, 5, 6]]]),
    io:format("~p~n", [true andalso (1 < 2)]),
    {'EXIT', {Why, _}} = (catch (1 andalso true)),
    io:format("~p~n", [Why]),
    ok.
