%% A tokenizer written as states that tail-call each other (one tail-call
%% group), run over a long input in constant stack, with the stack traces
%% of errors raised in different states.
-module(e_states).
-export([main/0]).

start([], Acc) -> lists:reverse(Acc);
start([C | T], Acc) when C >= $0, C =< $9 -> number(T, C - $0, Acc);
start([C | T], Acc) when C >= $a, C =< $z -> word(T, [C], Acc);
start([$\s | T], Acc) -> start(T, Acc);
start([C | T], Acc) when C =:= $+; C =:= $-; C =:= $* -> start(T, [{op, C} | Acc]);
start([$" | T], Acc) -> string(T, [], Acc);
start([C | _], _) -> error({bad_char, C}).

number([C | T], N, Acc) when C >= $0, C =< $9 -> number(T, N * 10 + C - $0, Acc);
number(T, N, Acc) -> start(T, [{num, N} | Acc]).

word([C | T], W, Acc) when C >= $a, C =< $z -> word(T, [C | W], Acc);
word(T, W, Acc) -> start(T, [{word, list_to_atom(lists:reverse(W))} | Acc]).

string([$" | T], S, Acc) -> start(T, [{str, lists:reverse(S)} | Acc]);
string([$\\, C | T], S, Acc) -> string(T, [C | S], Acc);
string([C | T], S, Acc) -> string(T, [C | S], Acc).

%% counting states: even and odd lengths
even([]) -> even;
even([_ | T]) -> odd(T).
odd([]) -> odd;
odd([_ | T]) -> even(T).

opaque(X) -> binary_to_term(term_to_binary(X)).

try_tokens(S) ->
    try {ok, start(opaque(S), [])}
    catch C:R:St -> {C, R, St}
    end.

main() ->
    io:format("~p~n", [try_tokens("12 + foo * \"a\\\"b\" - 7")]),
    io:format("~p~n", [try_tokens("x = 1")]),
    io:format("~p~n", [try_tokens("12 \"open")]),
    io:format("~p~n", [try_tokens("99 bar")]),
    Long = lists:append(lists:duplicate(200000, "ab 12 + ")),
    {ok, Toks} = try_tokens(Long),
    io:format("~p tokens, last ~p~n", [length(Toks), lists:last(Toks)]),
    io:format("~p ~p~n", [even(opaque(lists:seq(1, 1000001))), odd(opaque("abc"))]),
    io:format("~p~n", [catch even(opaque([1, 2 | x]))]).
