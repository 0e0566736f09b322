%% Big-integer arithmetic: factorials, modular exponentiation, gcd and
%% extended gcd, a small RSA round trip, Fibonacci by doubling, digit sums,
%% integer square roots and integer_to_list in other bases.
-module(a_bignum).
-export([main/0]).

fact(N) -> fact(N, 1).
fact(0, Acc) -> Acc;
fact(N, Acc) -> fact(N - 1, N * Acc).

modpow(_, 0, M) -> 1 rem M;
modpow(B, E, M) when E rem 2 =:= 0 ->
    H = modpow(B, E div 2, M),
    H * H rem M;
modpow(B, E, M) -> B * modpow(B, E - 1, M) rem M.

gcd(A, 0) -> abs(A);
gcd(A, B) -> gcd(B, A rem B).

egcd(A, 0) -> {A, 1, 0};
egcd(A, B) ->
    {G, X, Y} = egcd(B, A rem B),
    {G, Y, X - (A div B) * Y}.

modinv(A, M) ->
    {1, X, _} = egcd(A, M),
    ((X rem M) + M) rem M.

%% fib(2k) = fib(k) * (2 fib(k+1) - fib(k)); fib(2k+1) = fib(k)^2 + fib(k+1)^2
fib(0) -> {0, 1};
fib(N) ->
    {A, B} = fib(N div 2),
    C = A * (2 * B - A),
    D = A * A + B * B,
    case N rem 2 of
        0 -> {C, D};
        1 -> {D, C + D}
    end.

isqrt(0) -> 0;
isqrt(N) -> isqrt(N, N).
isqrt(N, X) ->
    Y = (X + N div X) div 2,
    if Y >= X -> X;
       true -> isqrt(N, Y)
    end.

digit_sum(N) -> lists:sum([D - $0 || D <- integer_to_list(N)]).

is_probable_prime(N) when N < 2 -> false;
is_probable_prime(N) when N < 4 -> true;
is_probable_prime(N) ->
    lists:all(fun(A) -> modpow(A, N - 1, N) =:= 1 end,
              [A || A <- [2, 3, 5, 7, 11, 13, 17, 19, 23], A < N]).

main() ->
    F100 = fact(100),
    io:format("100! = ~w~n", [F100]),
    io:format("digits ~b, digit sum ~b, trailing zeros ~b~n",
              [length(integer_to_list(F100)), digit_sum(F100),
               length(lists:takewhile(fun(C) -> C =:= $0 end, lists:reverse(integer_to_list(F100))))]),
    io:format("100! in base 36: ~s~n", [integer_to_list(F100, 36)]),
    io:format("2^200 in base 16: ~.16B~n2^64-1 = ~.2b~n", [1 bsl 200, (1 bsl 64) - 1]),
    io:format("hex ~.16x ~.16X ~.16# ~.2#~n", [255, "0x", 48879, "0x", 255, 5]),
    io:format("modpow(3, 10^20, 10^9+7) = ~b~n", [modpow(3, 100000000000000000000, 1000000007)]),
    io:format("gcd(30!, 2^40 * 3^5) = ~b~n", [gcd(fact(30), (1 bsl 40) * 243)]),
    P = 1000000007, Q = 998244353,
    N = P * Q, Phi = (P - 1) * (Q - 1), E = 65537,
    D = modinv(E, Phi),
    Msg = 123456789012345,
    C = modpow(Msg, E, N),
    io:format("rsa: n=~b d=~b~n     c=~b back=~b ok=~w~n", [N, D, C, modpow(C, D, N), modpow(C, D, N) =:= Msg]),
    {F300, _} = fib(300),
    io:format("fib(300) = ~b~n", [F300]),
    io:format("fib(1000) has ~b digits~n", [length(integer_to_list(element(1, fib(1000))))]),
    Two = 2 * 10 bsl 0 * 10 bsl 198,
    io:format("isqrt(2 * 10^200) = ~b~n", [isqrt(2 * pow10(200))]),
    io:format("shift ~w ~w ~w~n", [Two > 0, (1 bsl 100) bsr 98, -(1 bsl 70) bsr 68]),
    io:format("band/bor/bxor: ~b ~b ~b bnot ~b~n",
              [(1 bsl 80 - 1) band 16#FFFF0000, (1 bsl 65) bor 1, (1 bsl 65) bxor (1 bsl 64), bnot (1 bsl 66)]),
    io:format("div/rem of negatives: ~w ~w ~w ~w~n",
              [-F100 div 7 rem 1000, -7 rem 3, 7 div -2, -(1 bsl 70) rem 1000]),
    Primes = [X || X <- [(1 bsl 61) - 1, (1 bsl 61) + 1, 1000000007, 561, 1105, 2147483647], is_probable_prime(X)],
    io:format("probable primes: ~w~n", [Primes]),
    io:format("compare: ~w ~w ~w~n", [F100 > 1.0e157, F100 < 1.0e158, 1 bsl 64 == 18446744073709551616.0]),
    io:format("float of big: ~w ~e~n", [float(1 bsl 100), float(fact(25))]),
    io:format("list_to_integer: ~w ~w~n", [list_to_integer("-zz", 36), list_to_integer("123456789abcdef0123", 16)]),
    io:format("padded: ~40..0b|~n~-40.16B|~n", [fact(20), fact(22)]),
    io:format("abs/sign: ~w ~w ~w~n", [abs(-fact(21)), -fact(21) < 0, max(fact(21), 1.0e20)]),
    Bin = binary:encode_unsigned(fact(22)),
    io:format("as bytes: ~w -> ~w~n", [Bin, binary:decode_unsigned(Bin) =:= fact(22)]).

pow10(0) -> 1;
pow10(N) -> 10 * pow10(N - 1).
