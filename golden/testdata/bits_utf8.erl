%% A UTF-8 walker: decode code points by hand from the byte patterns and
%% with the utf8 type, count, validate, transcode to UTF-16 and UTF-32.
-module(bits_utf8).
-export([main/0]).

%% Hand-written decoder on the leading bits of each byte.
decode(<<>>) -> [];
decode(<<0:1, C:7, Rest/binary>>) -> [C | decode(Rest)];
decode(<<2#110:3, A:5, 2#10:2, B:6, Rest/binary>>) -> [(A bsl 6) bor B | decode(Rest)];
decode(<<2#1110:4, A:4, 2#10:2, B:6, 2#10:2, C:6, Rest/binary>>) ->
    [(A bsl 12) bor (B bsl 6) bor C | decode(Rest)];
decode(<<2#11110:5, A:3, 2#10:2, B:6, 2#10:2, C:6, 2#10:2, D:6, Rest/binary>>) ->
    [(A bsl 18) bor (B bsl 12) bor (C bsl 6) bor D | decode(Rest)];
decode(<<Bad, Rest/binary>>) -> [{bad, Bad} | decode(Rest)].

%% The same with the utf8 type.
walk(<<C/utf8, Rest/binary>>, Acc) -> walk(Rest, [C | Acc]);
walk(<<>>, Acc) -> {ok, lists:reverse(Acc)};
walk(<<Bad, _/binary>>, Acc) -> {error, Bad, length(Acc)}.

count(Bin) -> count(Bin, 0).
count(<<_/utf8, Rest/binary>>, N) -> count(Rest, N + 1);
count(<<>>, N) -> N;
count(_, N) -> {invalid_after, N}.

encode(Cs) -> encode(Cs, <<>>).
encode([C | Cs], Acc) -> encode(Cs, <<Acc/binary, C/utf8>>);
encode([], Acc) -> Acc.

to_utf16(Bin, Endian) -> to_utf16(Bin, Endian, <<>>).
to_utf16(<<C/utf8, Rest/binary>>, big, Acc) -> to_utf16(Rest, big, <<Acc/binary, C/utf16>>);
to_utf16(<<C/utf8, Rest/binary>>, little, Acc) -> to_utf16(Rest, little, <<Acc/binary, C/utf16-little>>);
to_utf16(<<>>, _, Acc) -> Acc.

from_utf16(<<C/utf16, Rest/binary>>) -> [C | from_utf16(Rest)];
from_utf16(<<>>) -> [].

from_utf16le(<<C/utf16-little, Rest/binary>>) -> [C | from_utf16le(Rest)];
from_utf16le(<<>>) -> [].

utf32(Cs) -> << <<C/utf32>> || C <- Cs >>.

from_utf32(Bin) -> [C || <<C/utf32>> <= Bin].

main() ->
    Text = <<"Grüße, 世界! 𝄞 ok"/utf8>>,
    io:format("~w bytes: ~w~n", [byte_size(Text), Text]),
    Cs = decode(Text),
    io:format("decoded ~w~n", [Cs]),
    io:format("walk ~w~n", [walk(Text, [])]),
    io:format("count ~w, same as length: ~w~n", [count(Text), count(Text) =:= length(Cs)]),
    io:format("round trip ~w~n", [encode(Cs) =:= Text]),
    U16 = to_utf16(Text, big),
    io:format("utf16 ~w bytes ~w~n", [byte_size(U16), from_utf16(U16) =:= Cs]),
    U16LE = to_utf16(Text, little),
    io:format("utf16le ~w~n", [binary:part(U16LE, 0, 8)]),
    io:format("utf16le back ~w~n", [from_utf16le(U16LE) =:= Cs]),
    U32 = utf32(Cs),
    io:format("utf32 ~w bytes, back ~w~n", [byte_size(U32), from_utf32(U32) =:= Cs]),
    Broken = <<"ab", 16#C3, "c", 16#E4, 16#B8, 16#96, 16#FF, "z">>,
    io:format("broken decode ~w~n", [decode(Broken)]),
    io:format("broken walk ~w~n", [walk(Broken, [])]),
    io:format("broken count ~w~n", [count(Broken)]),
    io:format("literal ~w ~w ~w~n", [<<"é"/utf8>>, <<"é"/utf16>>, <<"é"/utf32-little>>]),
    io:format("chars ~w ~w~n", [<<$a/utf8, 16#10FFFF/utf8>>, <<16#1F600/utf16-little>>]).
