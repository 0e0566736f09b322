%% Building binaries in loops: an accumulator that grows segment by
%% segment (appended in place, as on BEAM), every segment type, sizes from
%% variables and expressions, bignums, floats and bitstrings that are not a
%% whole number of bytes.
-module(bits_build).
-export([main/0]).

squares(N) -> squares(1, N, <<>>).
squares(I, N, Acc) when I > N -> Acc;
squares(I, N, Acc) -> squares(I + 1, N, <<Acc/binary, (I * I):16>>).

%% Variable-width fields: each value in as few bits as it needs, after a
%% 5-bit width.
pack(Xs) -> pack(Xs, <<>>).
pack([], Acc) -> Acc;
pack([X | Xs], Acc) ->
    W = width(X),
    pack(Xs, <<Acc/bitstring, W:5, X:W>>).

width(0) -> 1;
width(X) -> width(X, 0).
width(0, W) -> W;
width(X, W) -> width(X bsr 1, W + 1).

unpack(<<>>) -> [];
unpack(<<W:5, X:W, Rest/bitstring>>) -> [X | unpack(Rest)];
unpack(Bits) -> [{padding, bit_size(Bits)}].

repeat(_Bin, 0, Acc) -> Acc;
repeat(Bin, N, Acc) -> repeat(Bin, N - 1, <<Acc/binary, Bin/binary>>).

%% An integer in a float pattern stands for the float.
is_three(<<3:32/float>>) -> yes;
is_three(<<-1:64/float-little>>) -> minus_one;
is_three(_) -> no.

hexdump(Bin) -> [hex(B) || <<B>> <= Bin].
hex(B) -> [hd(integer_to_list(B bsr 4, 16)), hd(integer_to_list(B band 15, 16))].

main() ->
    S = squares(300),
    io:format("squares: ~w bytes, last ~w~n", [byte_size(S), binary:part(S, 596, 4)]),
    <<First:16, Second:16, _/binary>> = S,
    io:format("first ~w ~w~n", [First, Second]),
    Xs = [0, 1, 2, 3, 7, 8, 255, 256, 1000, 65535, 123456789],
    P = pack(Xs),
    io:format("packed ~w bits: ~w~n", [bit_size(P), P]),
    io:format("unpacked ~w~n", [unpack(P)]),
    io:format("padded ~w~n", [unpack(<<P/bitstring, 0:3>>)]),
    N = 1 bsl 70 + 12345,
    Big = <<N:72, (-N):80/signed, N:72/little>>,
    <<A:72, B:80/signed, C:72/little>> = Big,
    io:format("bignums ~w ~w ~w ~w~n", [Big, A =:= N, B =:= -N, C =:= N]),
    Ints = <<-1:8, -1:16/signed-little, 300:8, 1:1, 0:2, 5:5, 16#1234:16/little, 7:4/unit:2>>,
    io:format("ints ~w~n", [Ints]),
    <<M1:8/signed, M2:16/signed-little, M3, _:3, M4:5, M5:16/little, M6:4/unit:2>> = Ints,
    io:format("back ~w~n", [[M1, M2, M3, M4, M5, M6]]),
    Fs = <<1.5/float, 2.25:32/float, -0.5:16/float, 3:64/float-little, 1.0e10:32/float>>,
    io:format("floats ~w~n", [Fs]),
    <<F1/float, F2:32/float, F3:16/float, F4:64/float-little, F5:32/float>> = Fs,
    io:format("back ~w~n", [[F1, F2, F3, F4, F5]]),
    Size = 3,
    Bits = <<5:Size, 1:(Size * 2 - 1), "ab", <<1:1>>/bitstring, 6:Size/unit:2>>,
    io:format("bits ~w (~w bits)~n", [Bits, bit_size(Bits)]),
    Part = <<"abcdef">>,
    io:format("parts ~w ~w~n", [<<Part:3/binary, "-", Part:2/bytes>>, <<Part:12/bits>>]),
    io:format("strings ~w ~w ~w~n", [<<"GET ", "/">>, <<"ab":16>>, <<"xy":4/little-unit:4>>]),
    R = repeat(<<"ab">>, 1000, <<>>),
    io:format("repeat ~w ~w~n", [byte_size(R), binary:part(R, 1996, 4)]),
    io:format("hex ~s~n", [hexdump(<<222, 173, 190, 239, 0, 15>>)]),
    io:format("three ~w~n", [[is_three(<<X:32/float>>) || X <- [3, 3.0, 3.5]]
                             ++ [is_three(<<-1.0:64/float-little>>)]]),
    io:format("empty ~w ~w ~w~n", [<<>>, <<<<>>/binary>>, <<0:0, "">>]).
