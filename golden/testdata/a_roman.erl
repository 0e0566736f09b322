%% Roman numerals: conversion both ways with validation, arithmetic on
%% numerals, a table of years, and a strict parser that rejects
%% non-canonical forms by converting back.
-module(a_roman).
-export([main/0]).

-define(TABLE, [{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"},
                {5, "V"}, {4, "IV"}, {1, "I"}]).

to_roman(N) when is_integer(N), N > 0, N < 4000 -> to_roman(N, ?TABLE);
to_roman(N) -> error({out_of_range, N}).

to_roman(0, _) -> "";
to_roman(N, [{V, S} | _] = T) when N >= V -> S ++ to_roman(N - V, T);
to_roman(N, [_ | T]) -> to_roman(N, T).

value($I) -> 1;
value($V) -> 5;
value($X) -> 10;
value($L) -> 50;
value($C) -> 100;
value($D) -> 500;
value($M) -> 1000;
value(C) -> throw({bad_digit, C}).

%% Lenient: subtract a digit that is smaller than the one after it.
from_roman(S) -> from_roman([value(C) || C <- string:uppercase(S)], 0).

from_roman([], Acc) -> Acc;
from_roman([A, B | T], Acc) when A < B -> from_roman(T, Acc + B - A);
from_roman([A | T], Acc) -> from_roman(T, Acc + A).

%% Strict: the canonical spelling of the value must be the input.
parse(S) ->
    try from_roman(S) of
        0 -> {error, empty};
        N ->
            case to_roman(N) =:= string:uppercase(S) of
                true -> {ok, N};
                false -> {error, {not_canonical, S, to_roman(N)}}
            end
    catch
        throw:{bad_digit, C} -> {error, {bad_digit, [C]}};
        error:{out_of_range, N} -> {error, {too_big, N}}
    end.

add(A, B) -> to_roman(from_roman(A) + from_roman(B)).

mul(A, B) -> to_roman(from_roman(A) * from_roman(B)).

main() ->
    Ns = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666, 3888],
    lists:foreach(fun(N) -> R = to_roman(N), io:format("~5b  ~-16s ~5b~n", [N, R, from_roman(R)]) end, Ns),
    All = lists:seq(1, 3999),
    io:format("round trip 1..3999: ~w~n", [lists:all(fun(N) -> from_roman(to_roman(N)) =:= N end, All)]),
    Longest = lists:foldl(fun(N, {Best, L}) ->
                                  case length(to_roman(N)) of
                                      Len when Len > L -> {N, Len};
                                      _ -> {Best, L}
                                  end
                          end, {0, 0}, All),
    io:format("longest numeral: ~p = ~s~n", [Longest, to_roman(element(1, Longest))]),
    Total = lists:sum([length(to_roman(N)) || N <- All]),
    io:format("total letters 1..3999: ~b, average ~.3f~n", [Total, Total / 3999]),
    Freq = lists:foldl(fun(C, M) -> maps:update_with([C], fun(K) -> K + 1 end, 1, M) end, #{},
                       lists:append([to_roman(N) || N <- All])),
    io:format("letter counts: ~p~n", [Freq]),
    io:format("parse: ~p~n", [[parse(S) || S <- ["XIV", "mcmxciv", "IIII", "VX", "IC", "XIXI", "ABC", ""]]]),
    io:format("add: ~s + ~s = ~s~n", ["XLII", "LVIII", add("XLII", "LVIII")]),
    io:format("mul: ~s * ~s = ~s~n", ["XII", "XII", mul("XII", "XII")]),
    Bad = [catch to_roman(X) || X <- [0, 4000, -5, 2.0]],
    io:format("out of range: ~p~n", [[element(1, element(2, B)) || B <- Bad]]),
    Years = [{"Magna Carta", 1215}, {"Gutenberg", 1440}, {"Newton", 1687}, {"Moon", 1969}],
    [io:format("~-12s ~4b ~*s~n", [E, Y, 14, to_roman(Y)]) || {E, Y} <- Years],
    io:format("sorted by numeral: ~p~n", [lists:sort([to_roman(N) || N <- [5, 10, 50, 100, 500, 1000, 1]])]),
    io:format("clock: ~s~n", [string:join([to_roman(H) || H <- lists:seq(1, 12)], " ")]).
