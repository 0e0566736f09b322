%% Compression round trips: run-length encoding, LZW with a map as the
%% dictionary, packing LZW codes into a bitstring of growing code widths,
%% and checksums (crc32, adler32, md5) and base64 of the results.
-module(a_compress).
-export([main/0]).

%% ---- run-length ----

rle([]) -> [];
rle([C | T]) -> rle(T, C, 1, []).

rle([C | T], C, N, Acc) -> rle(T, C, N + 1, Acc);
rle([D | T], C, N, Acc) -> rle(T, D, 1, [{C, N} | Acc]);
rle([], C, N, Acc) -> lists:reverse([{C, N} | Acc]).

unrle(Runs) -> lists:append([lists:duplicate(N, C) || {C, N} <- Runs]).

rle_text(Runs) ->
    lists:append([case N of 1 -> [C]; _ -> integer_to_list(N) ++ [C] end || {C, N} <- Runs]).

%% ---- LZW ----

lzw(S) ->
    Dict = maps:from_list([{[C], C} || C <- lists:seq(0, 255)]),
    lzw(S, [], Dict, 256, []).

lzw([], [], _, _, Out) -> lists:reverse(Out);
lzw([], W, Dict, _, Out) -> lists:reverse([maps:get(W, Dict) | Out]);
lzw([C | T], W, Dict, Next, Out) ->
    WC = W ++ [C],
    case maps:is_key(WC, Dict) of
        true -> lzw(T, WC, Dict, Next, Out);
        false -> lzw(T, [C], Dict#{WC => Next}, Next + 1, [maps:get(W, Dict) | Out])
    end.

unlzw([]) -> [];
unlzw([First | Codes]) ->
    Dict = maps:from_list([{C, [C]} || C <- lists:seq(0, 255)]),
    W = maps:get(First, Dict),
    unlzw(Codes, W, Dict, 256, [W]).

unlzw([], _, _, _, Acc) -> lists:append(lists:reverse(Acc));
unlzw([K | Ks], W, Dict, Next, Acc) ->
    Entry = case Dict of
                #{K := E} -> E;
                #{} when K =:= Next -> W ++ [hd(W)]
            end,
    unlzw(Ks, Entry, Dict#{Next => W ++ [hd(Entry)]}, Next + 1, [Entry | Acc]).

%% ---- bit packing: code I is written with as many bits as code 256 + I
%% could need ----

width(N) -> width(N, 9).
width(N, W) when N < 1 bsl W -> W;
width(N, W) -> width(N, W + 1).

pack(Codes) ->
    {Bits, _} = lists:foldl(fun(C, {Acc, I}) ->
                                    W = width(256 + I),
                                    {<<Acc/bitstring, C:W>>, I + 1}
                            end, {<<>>, 0}, Codes),
    Bits.

unpack(Bits) -> unpack(Bits, 0, []).

unpack(<<>>, _, Acc) -> lists:reverse(Acc);
unpack(Bits, I, Acc) ->
    W = width(256 + I),
    <<C:W, Rest/bitstring>> = Bits,
    unpack(Rest, I + 1, [C | Acc]).

main() ->
    Samples = ["aaaabbbccd", "TOBEORNOTTOBEORTOBEORNOT",
               lists:flatten(lists:duplicate(20, "abcab")), "", "x",
               "the rain in spain stays mainly in the plain"],
    lists:foreach(
      fun(S) ->
              Runs = rle(S),
              Codes = lzw(S),
              Packed = pack(Codes),
              ok = check(unrle(Runs) =:= S, rle),
              ok = check(unlzw(Codes) =:= S, lzw),
              ok = check(unpack(Packed) =:= Codes, pack),
              io:format("~-24s rle ~3b ~-14s lzw ~3b codes ~4b bits (~5.1f%)~n",
                        [lists:sublist(S, 24), length(Runs), lists:sublist(rle_text(Runs), 14),
                         length(Codes), bit_size(Packed), ratio(bit_size(Packed), 8 * length(S))])
      end, Samples),
    Text = "TOBEORNOTTOBEORTOBEORNOT",
    io:format("lzw codes: ~w~n", [lzw(Text)]),
    Packed = pack(lzw(Text)),
    Bytes = <<Packed/bitstring, 0:((8 - bit_size(Packed) rem 8) rem 8)>>,
    io:format("packed: ~w~n", [Bytes]),
    io:format("base64: ~s~n", [base64:encode(Bytes)]),
    io:format("crc32 ~.16B adler32 ~.16B~n", [erlang:crc32(Text), erlang:adler32(Text)]),
    io:format("crc32 in two parts equal: ~w~n",
              [erlang:crc32(erlang:crc32("TOBEORNOT"), "TOBEORTOBEORNOT") =:= erlang:crc32(Text)]),
    io:format("md5: ~s~n", [[io_lib:format("~2.16.0b", [B]) || <<B>> <= erlang:md5(Text)]]),
    Big = lists:flatten([integer_to_list(N) || N <- lists:seq(1, 300)]),
    BigCodes = lzw(Big),
    io:format("digits 1..300: ~b chars, ~b codes, max code ~b, ~b bits~n",
              [length(Big), length(BigCodes), lists:max(BigCodes), bit_size(pack(BigCodes))]).

check(true, _) -> ok;
check(false, What) -> {failed, What}.

ratio(_, 0) -> 0.0;
ratio(A, B) -> 100 * A / B.
