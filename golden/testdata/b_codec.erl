-module(b_codec).
-export([main/0]).

%% Encodings written by hand and checked against the library: base64
%% (against the base64 module), hex (against binary:encode_hex), LEB128
%% varints with zigzag for negatives, run-length encoding of binaries, a
%% table-driven CRC-32, and a Vigenere cipher.

b64(Bin) -> b64(Bin, <<>>).
b64(<<A:6, B:6, C:6, D:6, Rest/binary>>, Acc) ->
    b64(Rest, <<Acc/binary, (c(A)), (c(B)), (c(C)), (c(D))>>);
b64(<<A:6, B:6, C:4>>, Acc) -> <<Acc/binary, (c(A)), (c(B)), (c(C bsl 2)), $=>>;
b64(<<A:6, B:2>>, Acc) -> <<Acc/binary, (c(A)), (c(B bsl 4)), $=, $=>>;
b64(<<>>, Acc) -> Acc.

c(N) when N < 26 -> $A + N;
c(N) when N < 52 -> $a + N - 26;
c(N) when N < 62 -> $0 + N - 52;
c(62) -> $+;
c(63) -> $/.

hex(Bin) -> << <<(hexdigit(N))>> || <<N:4>> <= Bin >>.
hexdigit(N) when N < 10 -> $0 + N;
hexdigit(N) -> $A + N - 10.

unhex(Hex) -> << <<(list_to_integer([H, L], 16))>> || <<H, L>> <= Hex >>.

%% LEB128: 7 bits a byte, high bit set on all but the last.
varint(N) when N < 128 -> <<N>>;
varint(N) -> <<1:1, (N band 127):7, (varint(N bsr 7))/binary>>.

unvarint(<<0:1, N:7, Rest/binary>>) -> {N, Rest};
unvarint(<<1:1, N:7, Rest/binary>>) ->
    {Hi, Rest1} = unvarint(Rest),
    {(Hi bsl 7) bor N, Rest1}.

zigzag(N) when N >= 0 -> N bsl 1;
zigzag(N) -> ((-N) bsl 1) - 1.
unzigzag(Z) when Z band 1 =:= 0 -> Z bsr 1;
unzigzag(Z) -> -((Z + 1) bsr 1).

encode_all(Ns) -> << <<(varint(zigzag(N)))/binary>> || N <- Ns >>.
decode_all(<<>>) -> [];
decode_all(Bin) ->
    {Z, Rest} = unvarint(Bin),
    [unzigzag(Z) | decode_all(Rest)].

rle(<<>>) -> [];
rle(<<B, Rest/binary>>) -> rle(Rest, B, 1, []).
rle(<<B, Rest/binary>>, B, N, Acc) when N < 255 -> rle(Rest, B, N + 1, Acc);
rle(<<C, Rest/binary>>, B, N, Acc) -> rle(Rest, C, 1, [{N, B} | Acc]);
rle(<<>>, B, N, Acc) -> lists:reverse([{N, B} | Acc]).

unrle(Runs) -> << <<(binary:copy(<<B>>, N))/binary>> || {N, B} <- Runs >>.

crc_table() ->
    list_to_tuple([crc_entry(N, 8) || N <- lists:seq(0, 255)]).
crc_entry(C, 0) -> C;
crc_entry(C, K) when C band 1 =:= 1 -> crc_entry(16#EDB88320 bxor (C bsr 1), K - 1);
crc_entry(C, K) -> crc_entry(C bsr 1, K - 1).

crc32(Bin) ->
    T = crc_table(),
    Crc = lists:foldl(fun(B, C) -> element(((C bxor B) band 255) + 1, T) bxor (C bsr 8) end,
                      16#FFFFFFFF, binary_to_list(Bin)),
    Crc bxor 16#FFFFFFFF.

vigenere(Text, Key, Dir) ->
    K = [C - $A || C <- string:uppercase(Key)],
    vig(Text, K, K, Dir).
vig([], _, _, _) -> [];
vig(Text, [], Key, Dir) -> vig(Text, Key, Key, Dir);
vig([C | Cs], [K | Ks], Key, Dir) when C >= $A, C =< $Z ->
    [$A + (C - $A + Dir * K + 26) rem 26 | vig(Cs, Ks, Key, Dir)];
vig([C | Cs], Ks, Key, Dir) -> [C | vig(Cs, Ks, Key, Dir)].

main() ->
    Samples = [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foobar">>, <<0, 255, 128, 7>>,
               <<"Many hands make light work.">>],
    [io:format("~-32w ~s ~w~n", [S, b64(S), b64(S) =:= base64:encode(S)]) || S <- Samples],
    All = list_to_binary(lists:seq(0, 255)),
    io:format("all bytes agree: ~w, decode back: ~w~n",
              [b64(All) =:= base64:encode(All), base64:decode(b64(All)) =:= All]),
    io:format("mime: ~p~n", [base64:mime_decode("TWFu\r\nIGhh bmRz!")]),
    io:format("hex: ~s ~w ~w~n", [hex(<<"Hi!", 0, 255>>), hex(All) =:= binary:encode_hex(All),
                                  unhex(hex(All)) =:= All]),
    Ns = [0, 1, -1, 63, -64, 64, 300, -300, 16384, 1 bsl 40, -(1 bsl 40), 1 bsl 70],
    Enc = encode_all(Ns),
    io:format("varints: ~w bytes ~w~n  back ~w~n", [byte_size(Enc), Enc, decode_all(Enc) =:= Ns]),
    io:format("varint(300) = ~w, zigzag ~w~n", [varint(300), [zigzag(N) || N <- [0, -1, 1, -2, 2]]]),
    Img = <<0, 0, 0, 0, 0, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, (binary:copy(<<9>>, 300))/binary>>,
    Runs = rle(Img),
    io:format("rle ~w -> ~w runs ~w, round trip ~w~n", [byte_size(Img), length(Runs), Runs, unrle(Runs) =:= Img]),
    [io:format("crc32(~p) = ~8.16.0B~n", [S, crc32(S)])
     || S <- [<<>>, <<"a">>, <<"123456789">>, <<"The quick brown fox jumps over the lazy dog">>]],
    Secret = vigenere("ATTACK AT DAWN", "lemon", 1),
    io:format("vigenere: ~s -> ~s~n", [Secret, vigenere(Secret, "LEMON", -1)]),
    ok.
