%% A length-prefixed frame decoder, as a stream protocol reads it: bytes
%% arrive in chunks of any size, complete frames are taken off the front of
%% the buffer and the incomplete rest waits for the next chunk.
-module(bits_frames).
-export([main/0]).

encode(Type, Body) when is_atom(Type) ->
    T = type_code(Type),
    <<T:8, (byte_size(Body)):16/big, Body/binary>>.

type_code(ping) -> 1;
type_code(data) -> 2;
type_code(close) -> 3.

code_type(1) -> ping;
code_type(2) -> data;
code_type(3) -> close;
code_type(N) -> {unknown, N}.

%% decode(Buffer) -> {Frames, Rest}
decode(Buffer) -> decode(Buffer, []).

decode(<<Type:8, Len:16, Body:Len/binary, Rest/binary>>, Acc) ->
    decode(Rest, [{code_type(Type), Body} | Acc]);
decode(Rest, Acc) ->
    {lists:reverse(Acc), Rest}.

%% Feed the stream in chunks of N bytes.
feed(Stream, N) -> feed(Stream, N, <<>>, []).

feed(<<>>, _N, Buffer, Acc) ->
    {lists:append(lists:reverse(Acc)), Buffer};
feed(Stream, N, Buffer, Acc) ->
    Take = min(N, byte_size(Stream)),
    <<Chunk:Take/binary, More/binary>> = Stream,
    {Frames, Rest} = decode(<<Buffer/binary, Chunk/binary>>),
    feed(More, N, Rest, [Frames | Acc]).

%% Type-length-value records with a 1-byte tag and a variable-length length:
%% lengths below 128 take one byte, others two with the top bit set.
tlv(<<>>) -> [];
tlv(<<Tag, 0:1, Len:7, V:Len/binary, Rest/binary>>) -> [{Tag, V} | tlv(Rest)];
tlv(<<Tag, 1:1, Len:15, V:Len/binary, Rest/binary>>) -> [{Tag, byte_size(V)} | tlv(Rest)];
tlv(Bad) -> [{bad, Bad}].

count_frames(<<_:8, Len:16, _:Len/binary, Rest/binary>>, N) -> count_frames(Rest, N + 1);
count_frames(<<>>, N) -> N;
count_frames(_, N) -> {partial, N}.

main() ->
    Stream = <<(encode(ping, <<>>))/binary, (encode(data, <<"hello">>))/binary,
               (encode(data, <<"world, this is a longer frame">>))/binary,
               (encode(close, <<0, 1>>))/binary, 9, 0, 1, $x>>,
    io:format("stream ~w bytes~n", [byte_size(Stream)]),
    io:format("~p~n", [decode(Stream)]),
    [io:format("chunks of ~w: ~p~n", [N, feed(Stream, N)]) || N <- [1, 3, 7, 100]],
    Partial = binary:part(Stream, 0, 12),
    io:format("partial: ~p~n", [decode(Partial)]),
    io:format("count: ~p ~p ~p~n", [count_frames(Stream, 0), count_frames(Partial, 0),
                                    count_frames(<<>>, 0)]),
    Big = binary:copy(<<"ab">>, 150),
    TLV = <<1, 3, "abc", 2, 0, 3, 1:1, 300:15, Big/binary, 4, 5, "xy">>,
    io:format("~p~n", [tlv(TLV)]).
