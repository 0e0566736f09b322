-module(rle).
-export([main/0]).

encode([]) -> [];
encode([H | T]) -> encode(T, H, 1, []).

encode([], C, N, Acc) -> lists:reverse([{C, N} | Acc]);
encode([C | T], C, N, Acc) -> encode(T, C, N + 1, Acc);
encode([D | T], C, N, Acc) -> encode(T, D, 1, [{C, N} | Acc]).

decode(Pairs) -> lists:flatmap(fun({C, N}) -> lists:duplicate(N, C) end, Pairs).

to_string(Pairs) ->
    lists:flatten([integer_to_list(N) ++ [C] || {C, N} <- Pairs]).

roman(0) -> [];
roman(N) when N >= 1000 -> "M" ++ roman(N - 1000);
roman(N) when N >= 900 -> "CM" ++ roman(N - 900);
roman(N) when N >= 500 -> "D" ++ roman(N - 500);
roman(N) when N >= 400 -> "CD" ++ roman(N - 400);
roman(N) when N >= 100 -> "C" ++ roman(N - 100);
roman(N) when N >= 90 -> "XC" ++ roman(N - 90);
roman(N) when N >= 50 -> "L" ++ roman(N - 50);
roman(N) when N >= 40 -> "XL" ++ roman(N - 40);
roman(N) when N >= 10 -> "X" ++ roman(N - 10);
roman(9) -> "IX";
roman(N) when N >= 5 -> "V" ++ roman(N - 5);
roman(4) -> "IV";
roman(N) -> "I" ++ roman(N - 1).

main() ->
    E = encode("aaabccddddde"),
    io:format("~p~n", [E]),
    io:format("~s~n", [to_string(E)]),
    io:format("~s~n", [decode(E)]),
    io:format("~p~n", [decode(E) =:= "aaabccddddde"]),
    [io:format("~p = ~s~n", [N, roman(N)]) || N <- [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]],
    ok.
