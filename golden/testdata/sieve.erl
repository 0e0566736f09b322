-module(sieve).
-export([main/0]).

primes(N) -> sieve(lists:seq(2, N)).

sieve([]) -> [];
sieve([P | Xs]) -> [P | sieve([X || X <- Xs, X rem P =/= 0])].

%% Trial division with an accumulator and a guard that calls a BIF.
is_prime(N) when N < 2 -> false;
is_prime(N) -> is_prime(N, 2).

is_prime(N, D) when D * D > N -> true;
is_prime(N, D) when N rem D =:= 0 -> false;
is_prime(N, D) -> is_prime(N, D + 1).

twin_primes(Ps) -> [{A, B} || {A, B} <- lists:zip(lists:droplast(Ps), tl(Ps)), B - A =:= 2].

main() ->
    Ps = primes(100),
    io:format("~w~n", [Ps]),
    io:format("~p primes below 10000~n", [length([X || X <- lists:seq(1, 10000), is_prime(X)])]),
    io:format("~w~n", [twin_primes(Ps)]),
    io:format("~p~n", [lists:sum(primes(2000))]).
