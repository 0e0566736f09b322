%% Parse 10 MB of generated TCP segments with the seed pattern, summing
%% fields so that nothing is optimised away.
-module(tcpparse).
-export([main/0]).

segment(I) ->
    Opts = I rem 3,
    Payload = binary:copy(<<(I band 255)>>, 100 + I rem 200),
    <<(1024 + I rem 1000):16, 80:16, I:32, (I * 7):32, (5 + Opts):4, 0:4,
      (I band 16#3f):8, 65535:16, 0:16, 0:16, 0:(Opts * 32), Payload/binary>>.

%% Segments are framed with a 16-bit length, about 10 MB in all.
stream(I, Size, Acc) when Size >= 10000000 -> {I, Acc};
stream(I, Size, Acc) ->
    S = segment(I),
    stream(I + 1, Size + byte_size(S) + 2, <<Acc/binary, (byte_size(S)):16, S/binary>>).

parse(Segment) ->
    << SourcePort:16, DestinationPort:16, SequenceNumber:32,
       AckNumber:32, DataOffset:4, _Reserved:4, Flags:8,
       WindowSize:16, Checksum:16, UrgentPointer:16,
       Payload/binary>> = Segment,
    OptSize = (DataOffset - 5)*32,
    << Options:OptSize, Message/binary >> = Payload,
    << CWR:1, ECE:1, URG:1, ACK:1, PSH:1,
       RST:1, SYN:1, FIN:1>> = <<Flags:8>>,
    SourcePort + DestinationPort + SequenceNumber + AckNumber + WindowSize + Checksum
        + UrgentPointer + Options + byte_size(Message)
        + CWR + ECE + URG + ACK + PSH + RST + SYN + FIN.

walk(<<Len:16, Segment:Len/binary, Rest/binary>>, N, Sum) ->
    walk(Rest, N + 1, Sum + parse(Segment));
walk(<<>>, N, Sum) -> {N, Sum}.

main() ->
    {_, Stream} = stream(0, 0, <<>>),
    R = lists:foldl(fun(_, _) -> walk(Stream, 0, 0) end, 0, lists:seq(1, 5)),
    io:format("~w bytes, ~p~n", [byte_size(Stream), R]).
