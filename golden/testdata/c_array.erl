-module(c_array).
-export([main/0]).

%% Arrays at work: a prime sieve, a histogram with a default of 0, a
%% sparse table of readings, and a ring buffer of fixed size. The arrays
%% are printed whole, so their trees must have OTP's shape.

sieve(N) ->
    A0 = array:new(N + 1, {default, true}),
    A1 = array:set(0, false, array:set(1, false, A0)),
    sieve(2, N, A1).

sieve(P, N, A) when P * P > N -> A;
sieve(P, N, A) ->
    case array:get(P, A) of
        true -> sieve(P + 1, N, strike(P * P, P, N, A));
        false -> sieve(P + 1, N, A)
    end.

strike(I, _, N, A) when I > N -> A;
strike(I, P, N, A) -> strike(I + P, P, N, array:set(I, false, A)).

histogram(Words) ->
    lists:foldl(fun(W, H) ->
                        L = length(W),
                        array:set(L, array:get(L, H) + 1, H)
                end, array:new({default, 0}), Words).

ring_push(X, {Pos, Buf}) ->
    Size = array:size(Buf),
    {(Pos + 1) rem Size, array:set(Pos, X, Buf)}.

main() ->
    Primes = sieve(100),
    io:format("primes: ~w~n",
              [array:foldr(fun(I, true, Acc) -> [I | Acc];
                              (_, false, Acc) -> Acc
                           end, [], array:map(fun(_, V) -> V end, Primes))]),
    io:format("composites below 20: ~w~n",
              [array:sparse_foldl(fun(I, false, Acc) when I < 20 -> [I | Acc];
                                     (_, _, Acc) -> Acc
                                  end, [], Primes)]),
    io:format("count: ~b~n",
              [array:foldl(fun(_, true, N) -> N + 1; (_, false, N) -> N end, 0, Primes)]),
    Words = string:lexemes("the quick brown fox jumps over the lazy dog and "
                           "keeps running through the extraordinarily long field", " "),
    H = histogram(Words),
    io:format("histogram: ~p~n", [array:to_orddict(H)]),
    io:format("histogram array: ~p~n", [H]),
    Readings = lists:foldl(fun({T, V}, A) -> array:set(T, V, A) end,
                           array:new(), [{3, 20.5}, {17, 21.0}, {250, 19.75}, {1203, 22.25}]),
    io:format("readings: size ~b, sparse ~p~n",
              [array:size(Readings), array:sparse_to_orddict(Readings)]),
    io:format("readings array: ~p~n", [Readings]),
    io:format("reset: ~p~n", [array:sparse_to_list(array:reset(17, Readings))]),
    Scaled = array:sparse_map(fun(I, V) -> {I, V * 2} end, Readings),
    io:format("scaled: ~p~n", [array:sparse_to_list(Scaled)]),
    {_, Ring} = lists:foldl(fun ring_push/2, {0, array:new(4, {default, empty})},
                            [a, b, c, d, e, f]),
    io:format("ring: ~p fixed=~p~n", [array:to_list(Ring), array:is_fix(Ring)]),
    io:format("ring array: ~p~n", [Ring]),
    try array:set(4, g, Ring) of
        _ -> io:format("no error~n")
    catch error:Reason -> io:format("set beyond a fixed array: ~p~n", [Reason])
    end,
    Big = array:from_list(lists:seq(1, 25)),
    io:format("from_list: ~p~n", [Big]),
    io:format("resized: ~p~n", [array:to_list(array:resize(5, Big))]),
    O = array:from_orddict([{0, zero}, {5, five}, {42, answer}]),
    io:format("from_orddict: ~p~n", [O]),
    io:format("foldr: ~p~n", [array:foldr(fun(I, V, Acc) -> [{I, V} | Acc] end, [], array:resize(7, O))]),
    io:format("default: ~p, relaxed: ~p~n",
              [array:default(O), array:is_fix(array:relax(array:fix(O)))]).
