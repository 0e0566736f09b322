-module(b_puzzles).
-export([main/0]).

%% List-comprehension puzzles: pythagorean triples, permutations, n-queens
%% (all solutions and the count for several sizes), cartesian products
%% with filters and nested generators, SEND+MORE=MONEY on a reduced
%% search, and bitstring generators.

triples(N) ->
    [{A, B, C} || A <- lists:seq(1, N), B <- lists:seq(A, N), C <- lists:seq(B, N),
                  A * A + B * B =:= C * C].

primitive(Ts) -> [T || {A, B, _} = T <- Ts, gcd(A, B) =:= 1].

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].

queens(N) -> queens(N, N).
queens(_, 0) -> [[]];
queens(N, K) ->
    [[Q | Qs] || Qs <- queens(N, K - 1), Q <- lists:seq(1, N), safe(Q, Qs, 1)].

safe(_, [], _) -> true;
safe(Q, [Q1 | Qs], D) -> Q =/= Q1 andalso abs(Q - Q1) =/= D andalso safe(Q, Qs, D + 1).

show_board(Qs) ->
    N = length(Qs),
    [io:format("  ~s~n", [[if C =:= Q -> $Q; true -> $. end || C <- lists:seq(1, N)]]) || Q <- Qs].

%% SEND + MORE = MONEY with M = 1 fixed (it must be), S from 8..9.
send_more() ->
    Digits = lists:seq(0, 9),
    [{S, E, N, D, 1, O, R, Y} ||
        S <- [8, 9], O <- [0], E <- Digits -- [S, 1, O], N <- Digits -- [S, 1, O, E],
        D <- Digits -- [S, 1, O, E, N], R <- Digits -- [S, 1, O, E, N, D],
        Y <- Digits -- [S, 1, O, E, N, D, R],
        1000 * S + 100 * E + 10 * N + D + 1000 * 1 + 100 * O + 10 * R + E =:=
            10000 * 1 + 1000 * O + 100 * N + 10 * E + Y].

main() ->
    Ts = triples(40),
    io:format("~w triples up to 40, primitive: ~w~n", [length(Ts), primitive(Ts)]),
    io:format("perms of abc: ~p~n", [perms("abc")]),
    P5 = perms([1, 2, 3, 4, 5]),
    io:format("~w perms of 5, derangements ~w~n",
              [length(P5), length([P || P <- P5,
                                        lists:all(fun({I, X}) -> I =/= X end,
                                                  lists:zip(lists:seq(1, 5), P))])]),
    io:format("queens counts: ~w~n", [[{N, length(queens(N))} || N <- lists:seq(1, 8)]]),
    [First | _] = queens(6),
    io:format("first 6-queens solution ~w:~n", [First]),
    show_board(First),
    Cards = [{R, S} || S <- [clubs, hearts], R <- [ace, king, queen]],
    io:format("cards ~w~n", [Cards]),
    Pairs = [{X, Y} || X <- lists:seq(1, 6), Y <- lists:seq(1, 6), X < Y, (X + Y) rem 4 =:= 0],
    io:format("dice pairs summing to a multiple of 4: ~w~n", [Pairs]),
    Nested = [{I, J, K} || I <- lists:seq(1, 4), J <- lists:seq(I, 4), K <- [I * J], K > 3, K rem 2 =:= 0],
    io:format("nested: ~w~n", [Nested]),
    Words = ["apple", "banana", "cherry", "date"],
    io:format("letter index: ~p~n", [[{W, C} || W <- Words, length(W) > 4, C <- [hd(W)], C =/= $c]]),
    io:format("send+more: ~w~n", [send_more()]),
    Bin = <<"hello world">>,
    io:format("bytes > $m: ~s, pairs ~w~n",
              [[C || <<C>> <= Bin, C > $m], [{A, B} || <<A:4, B:4>> <= <<16#12, 16#34, 16#AB>>]]),
    io:format("binary comp: ~p~n", [<< <<(C - 32)>> || <<C>> <= Bin, C =/= $\s >>]),
    Sieve = fun Sv([]) -> []; Sv([P | Xs]) -> [P | Sv([X || X <- Xs, X rem P =/= 0])] end,
    io:format("primes: ~w~n", [Sieve(lists:seq(2, 120))]),
    Magic = [Sq || [A, B, C, D, E, F, G, H, I] = Sq <- perms(lists:seq(1, 9)), E =:= 5,
                   A + B + C =:= 15, D + E + F =:= 15, G + H + I =:= 15,
                   A + D + G =:= 15, B + E + H =:= 15, C + F + I =:= 15,
                   A + E + I =:= 15, C + E + G =:= 15],
    io:format("~w magic squares, first ~w~n", [length(Magic), hd(Magic)]),
    ok.
