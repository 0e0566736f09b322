-module(b_loops).
-export([main/0]).

%% Accumulator loops and tail recursion at scale: sums and folds over
%% hundreds of thousands of iterations, mutual recursion between several
%% functions, a Collatz search, a state machine counting words, and
%% body-recursive versions compared with their tail-recursive twins.

sum_to(N) -> sum_to(N, 0).
sum_to(0, Acc) -> Acc;
sum_to(N, Acc) -> sum_to(N - 1, Acc + N).

body_len([]) -> 0;
body_len([_ | T]) -> 1 + body_len(T).

tail_len(L) -> tail_len(L, 0).
tail_len([], N) -> N;
tail_len([_ | T], N) -> tail_len(T, N + 1).

is_even(0) -> true;
is_even(N) when N > 0 -> is_odd(N - 1).
is_odd(0) -> false;
is_odd(N) when N > 0 -> is_even(N - 1).

%% Three-way mutual recursion: a digit-sum automaton mod 3.
r0([]) -> 0;
r0([D | Ds]) -> step(D, fun r0/1, fun r1/1, fun r2/1, Ds).
r1([]) -> 1;
r1([D | Ds]) -> step(D, fun r1/1, fun r2/1, fun r0/1, Ds).
r2([]) -> 2;
r2([D | Ds]) -> step(D, fun r2/1, fun r0/1, fun r1/1, Ds).

step(D, Same, Next, Next2, Ds) ->
    case (D - $0) rem 3 of
        0 -> Same(Ds);
        1 -> Next(Ds);
        2 -> Next2(Ds)
    end.

collatz_len(1, Len) -> Len;
collatz_len(N, Len) when N rem 2 =:= 0 -> collatz_len(N div 2, Len + 1);
collatz_len(N, Len) -> collatz_len(3 * N + 1, Len + 1).

longest_collatz(Limit) -> longest_collatz(1, Limit, {0, 0}).
longest_collatz(N, Limit, Best) when N > Limit -> Best;
longest_collatz(N, Limit, {_, BestLen} = Best) ->
    L = collatz_len(N, 1),
    longest_collatz(N + 1, Limit, if L > BestLen -> {N, L}; true -> Best end).

%% Word counter as a two-state machine over characters.
words(S) -> out_word(S, 0).
out_word([], N) -> N;
out_word([C | Cs], N) when C =:= $\s; C =:= $\n; C =:= $\t -> out_word(Cs, N);
out_word([_ | Cs], N) -> in_word(Cs, N + 1).
in_word([], N) -> N;
in_word([C | Cs], N) when C =:= $\s; C =:= $\n; C =:= $\t -> out_word(Cs, N);
in_word([_ | Cs], N) -> in_word(Cs, N).

fib_iter(N) -> fib_iter(N, 0, 1).
fib_iter(0, A, _) -> A;
fib_iter(N, A, B) -> fib_iter(N - 1, B, A + B).

%% Several accumulators at once: count, sum, min, max and sum of squares.
stats(L) -> stats(L, 0, 0, infinity, minus_infinity, 0).
stats([], N, S, Mn, Mx, Sq) ->
    Mean = S / N,
    {N, S, Mn, Mx, Mean, math:sqrt(Sq / N - Mean * Mean)};
stats([X | Xs], N, S, Mn, Mx, Sq) ->
    stats(Xs, N + 1, S + X, min2(X, Mn), max2(X, Mx), Sq + X * X).

min2(X, infinity) -> X;
min2(X, Y) -> min(X, Y).
max2(X, minus_infinity) -> X;
max2(X, Y) -> max(X, Y).

countdown(0, Acc) -> Acc;
countdown(N, Acc) ->
    Acc1 = case N rem 15 of
               0 -> Acc#{fizzbuzz := maps:get(fizzbuzz, Acc) + 1};
               R when R rem 5 =:= 0 -> Acc#{buzz := maps:get(buzz, Acc) + 1};
               R when R rem 3 =:= 0 -> Acc#{fizz := maps:get(fizz, Acc) + 1};
               _ -> Acc
           end,
    countdown(N - 1, Acc1).

main() ->
    io:format("sum_to(1000000) = ~w~n", [sum_to(1000000)]),
    Big = lists:seq(1, 200000),
    io:format("lengths ~w ~w ~w~n", [body_len(Big), tail_len(Big), length(Big)]),
    io:format("even(100001)=~w odd(100001)=~w~n", [is_even(100001), is_odd(100001)]),
    Digits = integer_to_list(fib_iter(300)),
    io:format("fib(300) has ~w digits, mod-3 automaton ~w, rem ~w~n",
              [length(Digits), r0(Digits), fib_iter(300) rem 3]),
    io:format("fib(90) = ~w~n", [fib_iter(90)]),
    io:format("longest collatz below 30000: ~w~n", [longest_collatz(30000)]),
    Text = lists:flatten(lists:duplicate(5000, "the cat  sat\ton the\nmat ")),
    io:format("words: ~w in ~w chars~n", [words(Text), length(Text)]),
    {N, S, Mn, Mx, Mean, Sd} = stats([(X * 7919) rem 1000 || X <- lists:seq(1, 150000)]),
    io:format("stats n=~w sum=~w min=~w max=~w mean=~.4f sd=~.4f~n", [N, S, Mn, Mx, Mean, Sd]),
    io:format("fizzbuzz counts ~p~n", [countdown(300000, #{fizz => 0, buzz => 0, fizzbuzz => 0})]),
    F = lists:foldl(fun(X, {A, B}) -> {B, (A + B + X) rem 1000000007} end, {0, 1}, lists:seq(1, 300000)),
    io:format("fold pair ~w~n", [F]),
    ok.
