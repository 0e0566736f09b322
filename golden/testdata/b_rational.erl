-module(b_rational).
-export([main/0]).

%% Exact rational arithmetic on bignums: {Num, Den} in lowest terms with a
%% positive denominator. Harmonic numbers, continued fractions and the
%% convergents of sqrt(2) and e, Bernoulli numbers, Egyptian fractions,
%% and conversion to floats and decimal strings.

make(_, 0) -> erlang:error(zero_denominator);
make(N, D) when D < 0 -> make(-N, -D);
make(N, D) ->
    G = gcd(abs(N), D),
    {N div G, D div G}.

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).

add({A, B}, {C, D}) -> make(A * D + C * B, B * D).
sub({A, B}, {C, D}) -> make(A * D - C * B, B * D).
mul({A, B}, {C, D}) -> make(A * C, B * D).
dvd({A, B}, {C, D}) -> make(A * D, B * C).

to_float({N, D}) -> N / D.

%% Decimal expansion to K places, by long division.
to_decimal({N, D}, K) when N < 0 -> "-" ++ to_decimal({-N, D}, K);
to_decimal({N, D}, K) ->
    Int = integer_to_list(N div D),
    Frac = digits(N rem D, D, K),
    Int ++ "." ++ Frac.

digits(_, _, 0) -> [];
digits(R, D, K) -> [$0 + (R * 10) div D | digits((R * 10) rem D, D, K - 1)].

show({N, 1}) -> integer_to_list(N);
show({N, D}) -> integer_to_list(N) ++ "/" ++ integer_to_list(D).

harmonic(N) -> lists:foldl(fun(K, Acc) -> add(Acc, {1, K}) end, {0, 1}, lists:seq(1, N)).

%% Continued fraction of a rational.
cf({_, 0}) -> [];
cf({N, D}) ->
    Q = floor_div(N, D),
    [Q | cf_rest(N - Q * D, D)].

cf_rest(0, _) -> [];
cf_rest(R, D) -> cf({D, R}).

floor_div(N, D) when N >= 0 -> N div D;
floor_div(N, D) -> -((-N + D - 1) div D).

from_cf([A]) -> {A, 1};
from_cf([A | Rest]) -> add({A, 1}, dvd({1, 1}, from_cf(Rest))).

convergents(Terms) -> [from_cf(lists:sublist(Terms, K)) || K <- lists:seq(1, length(Terms))].

%% Bernoulli numbers by the Akiyama-Tanigawa algorithm.
bernoulli(N) ->
    A0 = [{1, M + 1} || M <- lists:seq(0, N)],
    Final = lists:foldl(fun(_, Acc) -> at_step(Acc, 1) end, A0, lists:seq(1, N)),
    hd(Final).

at_step([_], _) -> [];
at_step([X, Y | Rest], M) ->
    [mul({M, 1}, sub(X, Y)) | at_step([Y | Rest], M + 1)].

%% Greedy Egyptian fractions.
egyptian({0, _}) -> [];
egyptian({N, D}) ->
    C = (D + N - 1) div N,
    [C | egyptian(sub({N, D}, {1, C}))].

main() ->
    H = harmonic(30),
    io:format("H(30) = ~s~n  ~~ ~.12f = ~s~n", [show(H), to_float(H), to_decimal(H, 20)]),
    H100 = harmonic(100),
    {N100, D100} = H100,
    io:format("H(100) has ~w/~w digits~n", [length(integer_to_list(N100)), length(integer_to_list(D100))]),
    io:format("arith: ~s ~s ~s ~s~n",
              [show(add({1, 3}, {1, 6})), show(sub({1, 4}, {3, 4})), show(mul({-2, 3}, {9, 4})), show(dvd({5, 7}, {10, 21}))]),
    io:format("cf(415/93) = ~w, back ~s~n", [cf({415, 93}), show(from_cf(cf({415, 93})))]),
    io:format("cf(-7/3) = ~w~n", [cf(make(-7, 3))]),
    Sqrt2 = [show(C) || C <- convergents([1 | lists:duplicate(9, 2)])],
    io:format("sqrt2 convergents: ~s~n", [string:join(Sqrt2, ", ")]),
    Last = from_cf([1 | lists:duplicate(40, 2)]),
    io:format("sqrt2 ~~ ~s (float ~w, error ~.3e)~n",
              [to_decimal(Last, 30), to_float(Last), abs(to_float(Last) - math:sqrt(2))]),
    ETerms = [2 | lists:append([[1, 2 * K, 1] || K <- lists:seq(1, 10)])],
    E = from_cf(ETerms),
    io:format("e ~~ ~s = ~s~n", [show(E), to_decimal(E, 25)]),
    io:format("bernoulli: ~s~n", [string:join([show(bernoulli(K)) || K <- lists:seq(0, 12)], " ")]),
    io:format("B(30) = ~s~n", [show(bernoulli(30))]),
    io:format("egyptian 4/13: ~w, 5/121: ~w~n", [egyptian({4, 13}), egyptian({5, 121})]),
    Sum = lists:foldl(fun(C, Acc) -> add(Acc, {1, C}) end, {0, 1}, egyptian({5, 121})),
    io:format("check: ~s~n", [show(Sum)]),
    io:format("zero denominator: ~p~n", [try make(1, 0) catch error:R -> R end]),
    io:format("2^200 / 3^20 ~~ ~.6e~n", [to_float(make(1 bsl 200, trunc(math:pow(3, 20))))]),
    ok.
