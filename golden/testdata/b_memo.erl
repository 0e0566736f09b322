-module(b_memo).
-export([main/0]).

%% The process dictionary used sequentially: memoised Fibonacci and
%% binomial coefficients, a memoised partition count, call counters, an
%% undo stack, and get/put/erase semantics.

fib(N) when N < 2 -> N;
fib(N) ->
    case get({fib, N}) of
        undefined ->
            bump(fib_misses),
            V = fib(N - 1) + fib(N - 2),
            put({fib, N}, V),
            V;
        V ->
            bump(fib_hits),
            V
    end.

bump(Counter) ->
    Old = case get(Counter) of undefined -> 0; C -> C end,
    put(Counter, Old + 1).

binom(_, 0) -> 1;
binom(N, N) -> 1;
binom(N, K) ->
    memo({binom, N, K}, fun() -> binom(N - 1, K - 1) + binom(N - 1, K) end).

%% Partitions of N into parts no larger than M.
parts(0, _) -> 1;
parts(N, _) when N < 0 -> 0;
parts(_, 0) -> 0;
parts(N, M) -> memo({parts, N, M}, fun() -> parts(N - M, M) + parts(N, M - 1) end).

memo(Key, Compute) ->
    case get(Key) of
        undefined -> V = Compute(), put(Key, V), V;
        V -> V
    end.

clear(Tag) ->
    [erase(K) || {K, _} <- get(), is_tuple(K), element(1, K) =:= Tag],
    ok.

count(Tag) -> length([K || {K, _} <- get(), is_tuple(K), element(1, K) =:= Tag]).

%% An editor buffer with an undo stack kept in the dictionary.
edit(Op) ->
    Text = get(text),
    put(undo, [Text | get(undo)]),
    put(text, apply_op(Op, Text)).

apply_op({append, S}, T) -> T ++ S;
apply_op({delete_last, N}, T) -> lists:sublist(T, max(0, length(T) - N));
apply_op(upcase, T) -> string:uppercase(T).

undo() ->
    case get(undo) of
        [] -> nothing_to_undo;
        [Prev | Rest] -> put(undo, Rest), put(text, Prev)
    end.

main() ->
    io:format("fib(90) = ~w~n", [fib(90)]),
    io:format("fib(300) = ~w~n", [fib(300)]),
    io:format("hits ~w misses ~w cached ~w~n", [get(fib_hits), get(fib_misses), count(fib)]),
    io:format("binom(60,30) = ~w, binom(100,50) = ~w~n", [binom(60, 30), binom(100, 50)]),
    io:format("pascal row 10: ~w~n", [[binom(10, K) || K <- lists:seq(0, 10)]]),
    io:format("partitions: ~w~n", [[parts(N, N) || N <- [1, 5, 10, 50, 100, 200]]]),
    io:format("memo entries: fib ~w binom ~w parts ~w~n", [count(fib), count(binom), count(parts)]),
    clear(parts),
    io:format("after clear(parts): ~w, fib still ~w~n", [count(parts), count(fib)]),
    io:format("put returns old: ~p ~p~n", [put(color, red), put(color, blue)]),
    io:format("get/1 ~p, erase/1 ~p, get after ~p~n", [get(color), erase(color), get(color)]),
    put(a, 1), put(b, 1), put(c, 2),
    io:format("keys with value 1: ~p~n", [lists:sort([K || {K, 1} <- get()])]),
    put(text, ""), put(undo, []),
    [edit(Op) || Op <- [{append, "hello"}, {append, " world"}, upcase, {delete_last, 3}]],
    io:format("text ~p, undo depth ~w~n", [get(text), length(get(undo))]),
    undo(), undo(),
    io:format("after two undos ~p~n", [get(text)]),
    undo(), undo(),
    io:format("after all undos ~p, again: ~p~n", [get(text), undo()]),
    All = get(),
    io:format("dictionary size ~w, small entries ~p~n",
              [length(All), lists:sort([E || {K, _} = E <- All, is_atom(K), K =/= undo])]),
    clear(fib), clear(binom),
    io:format("final keys ~p~n", [lists:sort([K || {K, _} <- get()])]),
    ok.
