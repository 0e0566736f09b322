%% A protocol-header parser: IPv4 and UDP headers built with the bit
%% syntax, parsed back field by field, with the Internet checksum computed
%% over 16-bit words.
-module(bits_header).
-export([main/0]).

ipv4(Src, Dst, Proto, Payload) ->
    Len = 20 + byte_size(Payload),
    H0 = <<4:4, 5:4, 0:6, 0:2, Len:16, 16#1c46:16, 0:1, 1:1, 0:1, 0:13,
           64:8, Proto:8, 0:16, (addr(Src))/binary, (addr(Dst))/binary>>,
    Sum = checksum(H0),
    <<Before:10/binary, _:16, After/binary>> = H0,
    <<Before/binary, Sum:16, After/binary, Payload/binary>>.

addr({A, B, C, D}) -> <<A, B, C, D>>.

udp(SrcPort, DstPort, Data) ->
    <<SrcPort:16, DstPort:16, (8 + byte_size(Data)):16, 0:16, Data/binary>>.

%% One's complement sum of 16-bit words (a trailing odd byte is padded).
checksum(Bin) -> checksum(Bin, 0).

checksum(<<W:16, Rest/binary>>, Acc) -> checksum(Rest, Acc + W);
checksum(<<B:8>>, Acc) -> checksum(<<>>, Acc + (B bsl 8));
checksum(<<>>, Acc) when Acc > 16#ffff -> checksum(<<>>, (Acc band 16#ffff) + (Acc bsr 16));
checksum(<<>>, Acc) -> bnot Acc band 16#ffff.

parse_ipv4(<<4:4, IHL:4, DSCP:6, ECN:2, TotalLen:16, Id:16, _:1, DF:1, MF:1, FragOff:13,
             TTL:8, Proto:8, Sum:16, S1, S2, S3, S4, D1, D2, D3, D4, Rest/binary>> = Packet)
  when IHL >= 5 ->
    OptLen = (IHL - 5) * 4,
    <<Options:OptLen/binary, Payload/binary>> = Rest,
    <<Header:(IHL * 4)/binary, _/binary>> = Packet,
    Valid = checksum(Header) =:= 0,
    {ipv4, #{dscp => DSCP, ecn => ECN, len => TotalLen, id => Id, df => DF, mf => MF,
             frag => FragOff, ttl => TTL, proto => proto(Proto), sum => Sum, valid => Valid,
             src => {S1, S2, S3, S4}, dst => {D1, D2, D3, D4}, options => Options},
     Payload};
parse_ipv4(<<Version:4, _/bits>>) ->
    {error, {version, Version}};
parse_ipv4(_) ->
    {error, truncated}.

proto(1) -> icmp;
proto(6) -> tcp;
proto(17) -> udp;
proto(N) -> N.

parse_udp(<<Src:16, Dst:16, Len:16, Sum:16, Data:(Len - 8)/binary>>) ->
    {udp, Src, Dst, Sum, Data};
parse_udp(Other) ->
    {bad_udp, byte_size(Other)}.

show(Name, Value) -> io:format("  ~-8s ~p~n", [Name, Value]).

main() ->
    Udp = udp(5353, 53, <<"query: example.org">>),
    Packet = ipv4({192, 168, 1, 20}, {8, 8, 8, 8}, 17, Udp),
    io:format("packet ~w bytes, checksum ok: ~p~n", [byte_size(Packet), checksum(binary:part(Packet, 0, 20)) =:= 0]),
    {ipv4, F, Payload} = parse_ipv4(Packet),
    [show(K, maps:get(K, F)) || K <- lists:sort(maps:keys(F))],
    io:format("~p~n", [parse_udp(Payload)]),
    io:format("~p~n", [parse_ipv4(<<6:4, 0:4, 1, 2, 3>>)]),
    io:format("~p~n", [parse_ipv4(<<69, 0, 0>>)]),
    io:format("~p~n", [parse_ipv4(<<>>)]),
    Corrupt = <<(binary:part(Packet, 0, 8))/binary, 1, (binary:part(Packet, 9, byte_size(Packet) - 9))/binary>>,
    {ipv4, G, _} = parse_ipv4(Corrupt),
    io:format("corrupt: ttl ~p valid ~p~n", [maps:get(ttl, G), maps:get(valid, G)]),
    WithOpts = <<16#46, 0, 28:16, 0:16, 0:16, 32, 6, 0:16, 10, 0, 0, 1, 10, 0, 0, 2,
                 1, 1, 1, 0, "DATA">>,
    {ipv4, H, P2} = parse_ipv4(WithOpts),
    io:format("options ~w payload ~p proto ~p~n", [maps:get(options, H), P2, maps:get(proto, H)]),
    io:format("~p~n", [parse_udp(<<1:16, 2:16, 100:16, 0:16, "short">>)]).
