%% Integers from binary patterns in arithmetic, comparisons, guards and
%% sizes: a DNS-like header parser, a checksum, and the corner cases where
%% native Go integers must behave as Erlang's (floats, bignums, errors).
-module(bits_native).
-export([main/0]).

header(<<Id:16, QR:1, Op:4, AA:1, TC:1, RD:1, RA:1, 0:3, RCode:4,
         QD:16, AN:16, NS:16, AR:16, Rest/binary>>) when Op < 3, RCode =< 5 ->
    Flags = QR bsl 7 bor Op bsl 3 bor AA bsl 2 bor TC bsl 1 bor RD,
    {Id, Flags, RA, QD + AN + NS + AR, byte_size(Rest)};
header(_) -> bad.

%% One's-complement checksum over 16-bit words.
csum(<<W:16, Rest/binary>>, S) -> csum(Rest, S + W);
csum(<<B>>, S) -> csum(<<>>, S + (B bsl 8));
csum(<<>>, S) -> fold(S).

fold(S) when S > 16#ffff -> fold((S band 16#ffff) + (S bsr 16));
fold(S) -> bnot S band 16#ffff.

%% Signed, little-endian and unaligned fields.
fields(<<A:8/signed, B:16/little, C:12/signed, D:4, E:32/little-signed, F:3, G:5/signed>>) ->
    [A, B, C, D, E, F, G, A * B - C, A - E, -A, bnot G, (A + C) rem 7, (A + C) div 3,
     E bsr 3, D bxor F, abs(C), A < C, A =:= -1, C == -7, E =/= 0, G >= -16].

%% A sum that starts from a term of any type: integers, floats, bignums.
add(S, <<A:32, B:32, C:16>>) -> S + A + B - C.

%% Sizes from native values.
tlv(<<T:8, L:8, V:L/binary, Rest/binary>>, Acc) -> tlv(Rest, [{T, L * 2, V} | Acc]);
tlv(<<>>, Acc) -> lists:reverse(Acc);
tlv(Bad, Acc) -> {error, Bad, lists:reverse(Acc)}.

neg(<<N:8/signed, Bin/binary>>) ->
    case Bin of
        <<X:N/binary, _/binary>> -> {ok, X};
        _ -> nomatch
    end.

build(<<X:8, Y:8>>) ->
    Z = X * 256 + Y,
    W = Z - 40000,
    <<Z:16, W:32/signed, (X + Y):X, (Z band 255)>>.

big(<<X:62, Y:62, _:4>>) -> {X * Y, X + Y + X + Y, X bsl 62, X * 4, -X - Y - 1}.

closure(<<X:16>>) -> F = fun(Y) -> X + Y end, {F(1), F(1.5), [X || _ <- [a, b]], {X}}.

same(<<X:8, X:8>>) -> same;
same(<<X:8, Y:8>>) when X > Y -> {down, X - Y};
same(<<X:8, Y:8>>) -> {up, Y - X}.

sizes(B) when byte_size(B) + 1 > 3 -> {long, byte_size(B) * 8 + bit_size(B)};
sizes(B) -> {short, try byte_size(B) + 1 catch error:R -> R end}.

%% Fields of a binary built from native values, taken apart again.
split(<<X:8, Y:8>>) ->
    <<A:3, B:5/signed, C:4, D:4>> = <<X:8, Y:8>>,
    <<E:4/signed, _:4>> = <<(X - 300):8>>,
    <<F:2, G:3/little, H:3/signed>> = <<(X + Y):4, (-Y):4>>,
    {A, B, C, D, E, F, G, H}.

check(<<X:8>>) -> try <<1:1, _:7>> = <<X:8>>, yes catch error:{badmatch, B} -> {no, B} end.

%% A rest matched again: it is made only when that match fails.
rematch(Seg) ->
    <<Len:8, Payload/binary>> = Seg,
    try <<Body:Len/binary, Tail/binary>> = Payload, {Body, Tail}
    catch error:{badmatch, B} -> {badmatch, B} end.

main() ->
    H = <<16#abcd:16, 1:1, 2:4, 1:1, 0:1, 1:1, 1:1, 0:3, 3:4, 1:16, 2:16, 3:16, 4:16, "payload">>,
    io:format("~p~n", [header(H)]),
    io:format("~p~n", [header(<<0:96>>)]),
    io:format("~p~n", [header(<<1:16, 0:1, 7:4, 0:11, 0:64>>)]),
    io:format("~p~n", [csum(<<"The quick brown fox jumps over the lazy dog.">>, 0)]),
    io:format("~p~n", [csum(list_to_binary(lists:seq(0, 255)), 0)]),
    io:format("~p~n", [fields(<<255, 1, 2, 16#f9, 16#35, 200, 255, 255, 255, 16#f1>>)]),
    io:format("~p~n", [fields(<<127, 255, 255, 16#7f, 16#f0, 0, 0, 0, 128, 16#0f>>)]),
    io:format("~p~n", [[add(S, <<4000000000:32, 4000000000:32, 65535:16>>)
                        || S <- [0, 1.5, 1 bsl 70, -(1 bsl 63), 16#7fffffffffffffff]]]),
    io:format("~p~n", [try add(foo, <<1:32, 2:32, 3:16>>) catch error:R -> R end]),
    io:format("~p~n", [tlv(<<1, 2, "ab", 7, 0, 9, 3, "xyz">>, [])]),
    io:format("~p~n", [tlv(<<1, 5, "ab">>, [])]),
    io:format("~p~n", [[neg(<<N:8/signed, "abcdef">>) || N <- [-1, 0, 3, 9]]]),
    io:format("~p~n", [[build(<<X, Y>>) || {X, Y} <- [{0, 0}, {1, 2}, {200, 100}, {255, 255}]]]),
    io:format("~p~n", [big(<<(1 bsl 62 - 1):62, (1 bsl 61):62, 0:4>>)]),
    io:format("~p~n", [closure(<<40000:16>>)]),
    io:format("~p~n", [[same(B) || B <- [<<3, 3>>, <<9, 2>>, <<2, 9>>]]]),
    io:format("~p~n", [[sizes(B) || B <- [<<1, 2, 3>>, <<1>>, atom, <<1:3>>]]]),
    io:format("~p~n", [[split(<<X, Y>>) || {X, Y} <- [{0, 0}, {255, 1}, {170, 85}, {37, 200}]]]),
    io:format("~p~n", [[check(<<X>>) || X <- [0, 128, 200, 127]]]),
    io:format("~p~n", [[rematch(S) || S <- [<<3, "abcdef">>, <<9, "ab">>, <<0>>, <<2, "ab">>]]]).
