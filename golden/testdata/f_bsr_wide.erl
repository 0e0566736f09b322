-module(f_bsr_wide).
-export([main/0]).

%% The number of bits needed to store an integer, 64 at a time, as the
%% compiler's v3_core counts them: a shift as wide as a machine word inside
%% a loop over small integers.
count_bits(Int) ->
    count_bits_1(abs(Int), 64).

count_bits_1(0, Bits) -> Bits;
count_bits_1(Int, Bits) -> count_bits_1(Int bsr 64, Bits + 64).

%% Wider shifts still, and of negative numbers (which end at -1).
shifts(N) ->
    [N bsr 63, N bsr 64, N bsr 65, N bsr 200, (N * 3) bsr 100].

sign_loop(N, Acc) when N =:= -1; N =:= 0 -> {N, Acc};
sign_loop(N, Acc) -> sign_loop(N bsr 70, Acc + 1).

main() ->
    io:format("~p~n", [[count_bits(X) || X <- [0, 1, -5, 1 bsl 62, 1 bsl 64, -(1 bsl 130), 12345678901234567890123]]]),
    io:format("~p~n", [[shifts(X) || X <- [0, 1, -1, 1000, -1000, 1 bsl 70, -(1 bsl 70)]]]),
    io:format("~p~n", [[sign_loop(X, 0) || X <- [5, -5, 1 bsl 100, -(1 bsl 140)]]]).
