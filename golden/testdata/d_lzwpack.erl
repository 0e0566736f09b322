-module(d_lzwpack).
-export([main/0]).

%% LZW compression over binaries with variable-width codes packed into
%% a bitstream, checksums, base64/hex framing and a corrupted-input path.

main() ->
    Inputs = [<<"TOBEORNOTTOBEORTOBEORNOT#">>,
              <<"abababababababababababababababab">>,
              <<>>,
              <<"a">>,
              list_to_binary(lists:duplicate(40, "xyz")),
              <<"Ünïcödé bytes: ", 0, 255, 128, 7>>,
              term_to_binary({config, [{port, 8080}, {hosts, ["a", "b"]}]})],
    lists:foreach(fun roundtrip/1, Inputs),
    frames(),
    corrupt(),
    ok.

roundtrip(In) ->
    Codes = compress(In),
    Packed = pack(Codes),
    Unpacked = unpack(Packed, length(Codes)),
    Out = decompress(Unpacked),
    Ratio = case byte_size(In) of
                0 -> 0.0;
                N -> byte_size(Packed) / N
            end,
    io:format("~3w bytes -> ~3w codes -> ~3w bytes (~.3f) ok=~w crc=~.16B adler=~w~n",
              [byte_size(In), length(Codes), byte_size(Packed), Ratio, Out =:= In,
               erlang:crc32(In), erlang:adler32(In)]),
    case length(Codes) < 20 of
        true -> io:format("   codes ~w~n   packed ~p~n", [Codes, Packed]);
        false -> ok
    end.

%% Compression: the dictionary maps byte strings to codes.
init_dict() -> maps:from_list([{<<I>>, I} || I <- lists:seq(0, 255)]).

compress(<<>>) -> [];
compress(<<C, Rest/binary>>) -> compress(Rest, <<C>>, init_dict(), 256, []).

compress(<<>>, W, D, _, Acc) -> lists:reverse([maps:get(W, D) | Acc]);
compress(<<C, Rest/binary>>, W, D, Next, Acc) ->
    WC = <<W/binary, C>>,
    case D of
        #{WC := _} -> compress(Rest, WC, D, Next, Acc);
        _ -> compress(Rest, <<C>>, D#{WC => Next}, Next + 1, [maps:get(W, D) | Acc])
    end.

decompress([]) -> <<>>;
decompress([First | Rest]) ->
    D = maps:from_list([{I, <<I>>} || I <- lists:seq(0, 255)]),
    W = maps:get(First, D),
    decompress(Rest, W, D, 256, [W]).

decompress([], _, _, _, Acc) -> iolist_to_binary(lists:reverse(Acc));
decompress([K | Rest], W, D, Next, Acc) ->
    Entry = case D of
                #{K := E} -> E;
                _ when K =:= Next -> <<W/binary, (binary:first(W))>>;
                _ -> throw({bad_code, K, Next})
            end,
    D1 = D#{Next => <<W/binary, (binary:first(Entry))>>},
    decompress(Rest, Entry, D1, Next + 1, [Entry | Acc]).

%% Codes are written with the width needed for the largest code so far.
width(Next) -> max(9, ceil(math:log2(Next + 1))).

pack(Codes) -> pack(Codes, 256, <<>>).
pack([], _, Bits) ->
    Pad = (8 - bit_size(Bits) rem 8) rem 8,
    <<Bits/bitstring, 0:Pad>>;
pack([C | T], Next, Bits) ->
    W = width(Next),
    pack(T, Next + 1, <<Bits/bitstring, C:W>>).

unpack(Bin, N) -> unpack(Bin, N, 256, []).
unpack(_, 0, _, Acc) -> lists:reverse(Acc);
unpack(Bin, N, Next, Acc) ->
    W = width(Next),
    <<C:W, Rest/bitstring>> = Bin,
    unpack(Rest, N - 1, Next + 1, [C | Acc]).

frames() ->
    Msg = <<"frame me, please">>,
    Packed = pack(compress(Msg)),
    Frame = <<(byte_size(Packed)):16, (erlang:crc32(Packed)):32, Packed/binary>>,
    B64 = base64:encode(Frame),
    io:format("~s~n", [B64]),
    io:format("~s~n", [binary:encode_hex(Frame)]),
    io:format("~s~n", [string:lowercase(binary:encode_hex(binary:part(Frame, 0, 6)))]),
    <<Len:16, Crc:32, Body:Len/binary>> = base64:decode(B64),
    io:format("len=~w crc ok=~w~n", [Len, Crc =:= erlang:crc32(Body)]),
    io:format("~p~n", [binary:decode_hex(<<"48656C6C6F">>)]),
    io:format("~p~n", [[binary:bin_to_list(Msg, {6, 2}), binary:split(Msg, [<<",">>, <<" ">>], [global])]]),
    io:format("~p~n", [binary:matches(Msg, [<<"e">>, <<"me">>])]),
    io:format("~w~n", [binary:longest_common_prefix([<<"frame">>, <<"fraction">>, <<"fray">>])]),
    io:format("~p~n", [<< <<(X bxor 16#5A)>> || <<X>> <= <<"key">> >>]),
    io:format("~p~n", [[X || <<X:4>> <= <<16#AB, 16#CD>>]]),
    io:format("~p~n", [<<1:1, 0:3, 5:4, 16#FFFF:12>>]),
    io:format("~w~n", [binary:copy(<<"ab">>, 3)]).

corrupt() ->
    Good = compress(<<"hello hello hello">>),
    Cases = [{truncated_bits, fun() -> unpack(<<1, 2>>, 3) end},
             {bad_code, fun() -> decompress([65, 900, 66]) end},
             {bad_hex, fun() -> binary:decode_hex(<<"ABC">>) end},
             {bad_part, fun() -> binary:part(<<"abc">>, 2, 5) end},
             {ok_path, fun() -> decompress(Good) end},
             {bad_binary_to_term, fun() -> binary_to_term(<<131, 99>>) end}],
    lists:foreach(
      fun({Name, F}) ->
              try F() of
                  V -> io:format("~w: ~p~n", [Name, V])
              catch
                  throw:T -> io:format("~w: thrown ~p~n", [Name, T]);
                  Class:Reason:St ->
                      io:format("~w: ~w:~p~n   ~p~n", [Name, Class, Reason, hd(St)])
              end
      end, Cases).
