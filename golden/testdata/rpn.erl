-module(rpn).
-export([main/0]).

%% A reverse Polish calculator, as in "Learn You Some Erlang".
rpn(L) when is_list(L) ->
    [Res] = lists:foldl(fun rpn/2, [], tokens(L, [], [])),
    Res.

rpn("+", [N1, N2 | S]) -> [N2 + N1 | S];
rpn("-", [N1, N2 | S]) -> [N2 - N1 | S];
rpn("*", [N1, N2 | S]) -> [N2 * N1 | S];
rpn("/", [N1, N2 | S]) -> [N2 / N1 | S];
rpn("sum", Stack) -> [lists:sum(Stack)];
rpn("prod", Stack) -> [lists:foldl(fun erlang:'*'/2, 1, Stack)];
rpn(X, Stack) -> [read(X) | Stack].

tokens([], [], Acc) -> lists:reverse(Acc);
tokens([], T, Acc) -> tokens([], [], [lists:reverse(T) | Acc]);
tokens([$\s | Rest], [], Acc) -> tokens(Rest, [], Acc);
tokens([$\s | Rest], T, Acc) -> tokens(Rest, [], [lists:reverse(T) | Acc]);
tokens([C | Rest], T, Acc) -> tokens(Rest, [C | T], Acc).

read(N) ->
    try list_to_float(N)
    catch error:badarg -> list_to_integer(N)
    end.

main() ->
    io:format("~p~n", [rpn("3 5 +")]),
    io:format("~p~n", [rpn("10 4 3 + 2 * -")]),
    io:format("~p~n", [rpn("90 34 12 33 55 66 + * - + -")]),
    io:format("~p~n", [rpn("2.5 4 *")]),
    io:format("~p~n", [rpn("1 2 3 4 sum")]),
    io:format("~p~n", [rpn("1 2 3 4 prod")]),
    {'EXIT', {Why, _}} = (catch rpn("1 +")),
    io:format("~p~n", [Why]),
    ok.
