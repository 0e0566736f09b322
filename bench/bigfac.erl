-module(bigfac).
-export([main/0]).
fac(0, Acc) -> Acc;
fac(N, Acc) -> fac(N - 1, N * Acc).
main() -> io:format("~p~n", [length(integer_to_list(fac(20000, 1)))]).
