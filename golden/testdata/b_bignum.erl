-module(b_bignum).
-export([main/0]).

%% Number theory on bignums: factorials and their digit sums, modular
%% exponentiation, Miller-Rabin with fixed witnesses, integer square and
%% cube roots by Newton's method, the extended Euclidean algorithm and
%% modular inverses, RSA with small textbook primes, Pell equations, and
%% div/rem/band/bsr on negative bignums.

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

digit_sum(N) -> lists:sum([D - $0 || D <- integer_to_list(N)]).

powmod(_, 0, M) -> 1 rem M;
powmod(B, E, M) when E rem 2 =:= 0 ->
    H = powmod(B, E div 2, M),
    H * H rem M;
powmod(B, E, M) -> B * powmod(B, E - 1, M) rem M.

is_prime(N) when N < 2 -> false;
is_prime(N) when N < 4 -> true;
is_prime(N) when N rem 2 =:= 0 -> false;
is_prime(N) ->
    {S, D} = split2(N - 1, 0),
    Witnesses = [W || W <- [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41], W < N],
    lists:all(fun(A) -> mr(A, S, D, N) end, Witnesses).

split2(D, S) when D rem 2 =:= 0 -> split2(D div 2, S + 1);
split2(D, S) -> {S, D}.

mr(A, S, D, N) ->
    case powmod(A, D, N) of
        1 -> true;
        X -> mr_loop(X, S - 1, N)
    end.

mr_loop(X, _, N) when X =:= N - 1 -> true;
mr_loop(_, 0, _) -> false;
mr_loop(X, K, N) -> mr_loop(X * X rem N, K - 1, N).

isqrt(0) -> 0;
isqrt(N) -> newton(N, N, fun(X) -> (X + N div X) div 2 end).

icbrt(0) -> 0;
icbrt(N) -> newton(N, N, fun(X) -> (2 * X + N div (X * X)) div 3 end).

newton(_, X, Step) ->
    Y = Step(X),
    if Y >= X -> X; true -> newton(0, Y, Step) end.

egcd(A, 0) -> {A, 1, 0};
egcd(A, B) ->
    {G, X, Y} = egcd(B, A rem B),
    {G, Y, X - (A div B) * Y}.

modinv(A, M) ->
    {1, X, _} = egcd(A, M),
    ((X rem M) + M) rem M.

%% The fundamental solution of x^2 - D*y^2 = 1 from the convergents of
%% the continued fraction of sqrt(D).
pell(D) ->
    A0 = isqrt(D),
    iterate_pell(D, A0, 0, 1, A0, 1, 0, 0, 1).

iterate_pell(D, A0, M, Dd, A, H1, H2, K1, K2) ->
    H = A * H1 + H2,
    K = A * K1 + K2,
    case H * H - D * K * K of
        1 -> {H, K};
        _ ->
            M1 = Dd * A - M,
            D1 = (D - M1 * M1) div Dd,
            A1 = (A0 + M1) div D1,
            iterate_pell(D, A0, M1, D1, A1, H, H1, K, K1)
    end.

main() ->
    F100 = fact(100),
    io:format("100! has ~w digits, digit sum ~w, trailing zeros ~w~n",
              [length(integer_to_list(F100)), digit_sum(F100),
               length(lists:takewhile(fun(C) -> C =:= $0 end, lists:reverse(integer_to_list(F100))))]),
    io:format("25! = ~w~n", [fact(25)]),
    io:format("2^127-1 prime: ~w, 2^128+1 prime: ~w~n", [is_prime((1 bsl 127) - 1), is_prime((1 bsl 128) + 1)]),
    io:format("primes near 10^18: ~w~n", [[N || N <- lists:seq(1000000000000000000, 1000000000000000200), is_prime(N)]]),
    io:format("carmichael 561 prime? ~w, 1105? ~w~n", [is_prime(561), is_prime(1105)]),
    io:format("3^1000 mod 10^9+7 = ~w~n", [powmod(3, 1000, 1000000007)]),
    Big = fact(30) * fact(20) + 12345,
    io:format("isqrt ~w, check ~w~n", [isqrt(Big), isqrt(Big) * isqrt(Big) =< Big andalso (isqrt(Big) + 1) * (isqrt(Big) + 1) > Big]),
    io:format("isqrt(10^40) = ~w, icbrt(10^30) = ~w, icbrt(2^100) = ~w~n",
              [isqrt(10000000000000000000000000000000000000000), icbrt(1000000000000000000000000000000), icbrt(1 bsl 100)]),
    io:format("egcd(240, 46) = ~w, modinv(17, 3120) = ~w~n", [egcd(240, 46), modinv(17, 3120)]),
    P = 1000000007, Q = 998244353, N = P * Q, Phi = (P - 1) * (Q - 1), E = 65537,
    D = modinv(E, Phi),
    Msg = 123456789012345678,
    C = powmod(Msg, E, N),
    io:format("rsa n=~w d=~w~n  cipher ~w, plain back ~w~n", [N, D, C, powmod(C, D, N) =:= Msg]),
    io:format("pell x^2-61y^2=1: ~w~n", [pell(61)]),
    io:format("pell x^2-109y^2=1: ~w~n", [pell(109)]),
    Neg = -(1 bsl 100) - 7,
    io:format("neg div/rem: ~w ~w ~w ~w~n", [Neg div 1000, Neg rem 1000, Neg div -(1 bsl 64), Neg rem (1 bsl 64)]),
    io:format("neg bits: ~w ~w ~w~n", [Neg band 16#FFFF, Neg bsr 90, Neg bxor -1]),
    io:format("abs/sign: ~w ~w~n", [abs(Neg), -Neg > 0]),
    io:format("big to float: ~w ~w~n", [float(F100 div fact(90)), F100 / fact(98)]),
    io:format("base 36: ~s~n", [integer_to_list(F100 div fact(80), 36)]),
    io:format("gcd chain: ~w~n", [lists:foldl(fun(X, G) -> element(1, egcd(X, G)) end, 0,
                                              [fact(20) * 7, fact(19) * 21, fact(21) * 35])]),
    ok.
