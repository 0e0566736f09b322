%% A PNG reader: builds a small PNG file (signature, IHDR, tEXt, IDAT,
%% IEND chunks with an Adler-style check word of our own instead of
%% CRC-32), then walks its chunks and decodes the header fields.
-module(bits_png).
-export([main/0]).

-define(SIGNATURE, <<137, $P, $N, $G, $\r, $\n, 26, $\n>>).

chunk(Type, Data) ->
    <<(byte_size(Data)):32, Type:4/binary, Data/binary, (check(<<Type/binary, Data/binary>>)):32>>.

%% A simple 32-bit check: two running sums, as Adler-32 has them.
check(Bin) -> check(Bin, 1, 0).
check(<<B, Rest/binary>>, A, S) ->
    A1 = (A + B) rem 65521,
    check(Rest, A1, (S + A1) rem 65521);
check(<<>>, A, S) -> (S bsl 16) bor A.

image(W, H) ->
    IHDR = <<W:32, H:32, 8, 2, 0, 0, 0>>,
    Rows = << <<0, (pixels(W, Y))/binary>> || Y <- lists:seq(0, H - 1) >>,
    iolist_to_binary([?SIGNATURE, chunk(<<"IHDR">>, IHDR),
                      chunk(<<"tEXt">>, <<"Title", 0, "erl2go">>),
                      chunk(<<"IDAT">>, Rows), chunk(<<"IEND">>, <<>>)]).

pixels(W, Y) -> << <<X, Y, ((X * Y) rem 256)>> || X <- lists:seq(0, W - 1) >>.

read(<<137, "PNG", "\r\n", 26, "\n", Chunks/binary>>) -> chunks(Chunks, []);
read(<<Magic:8/binary, _/binary>>) -> {error, {not_png, Magic}};
read(_) -> {error, too_short}.

chunks(<<Len:32, Type:4/binary, Data:Len/binary, Check:32, Rest/binary>>, Acc) ->
    Ok = Check =:= check(<<Type/binary, Data/binary>>),
    C = {binary_to_atom(Type, latin1), Len, Ok, decode(Type, Data)},
    case Type of
        <<"IEND">> -> {ok, lists:reverse([C | Acc]), byte_size(Rest)};
        _ -> chunks(Rest, [C | Acc])
    end;
chunks(Rest, Acc) -> {truncated, lists:reverse(Acc), Rest}.

decode(<<"IHDR">>, <<W:32, H:32, Depth, ColorType, Compression, Filter, Interlace>>) ->
    #{width => W, height => H, depth => Depth, color => color(ColorType),
      compression => Compression, filter => Filter, interlace => Interlace =:= 1};
decode(<<"tEXt">>, Data) ->
    [Key, Value] = binary:split(Data, <<0>>),
    {Key, Value};
decode(<<"IDAT">>, Data) ->
    {rows, [Filter || <<Filter, _:12/binary>> <= Data]};
decode(_, Data) -> Data.

color(0) -> grey;
color(2) -> rgb;
color(3) -> palette;
color(6) -> rgba.

main() ->
    Png = image(4, 3),
    io:format("~w bytes~n~w~n", [byte_size(Png), binary:part(Png, 0, 33)]),
    {ok, Chunks, Trailing} = read(Png),
    [io:format("~p~n", [C]) || C <- Chunks],
    io:format("trailing ~p~n", [Trailing]),
    <<Head:40/binary, _/binary>> = Png,
    io:format("~p~n", [read(Head)]),
    io:format("~p~n", [read(<<"GIF89a", 0, 0, 1>>)]),
    io:format("~p~n", [read(<<"GIF">>)]),
    Bad = <<(binary:part(Png, 0, 19))/binary, 9, (binary:part(Png, 20, byte_size(Png) - 20))/binary>>,
    {ok, [{'IHDR', _, Ok, Hdr} | _], _} = read(Bad),
    io:format("corrupted IHDR: check ~p, width ~p~n", [Ok, maps:get(width, Hdr)]).
