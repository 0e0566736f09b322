%% Parsing a TCP segment with the bit syntax: the example from "Erlang
%% Highlights: High-level Constructs" (Cesarini), verbatim, around a main/0
%% that builds a segment, parses it and prints its fields.
-module(tcp).
-export([main/0, parse/1, segment/0]).

%% segment/0 builds a TCP segment: ports 443 -> 51234, SYN+ACK, with one
%% 32-bit option word (so DataOffset is 6) and a short message.
segment() ->
    Flags = 2#00010010,
    Options = <<2, 4, 5, 180>>,
    Message = <<"hello, erl2go">>,
    <<443:16, 51234:16, 16#1A2B3C4D:32, 16#00C0FFEE:32,
      6:4, 0:4, Flags:8, 65535:16, 16#BEEF:16, 0:16,
      Options/binary, Message/binary>>.

parse(Segment) ->
    << SourcePort:16, DestinationPort:16, SequenceNumber:32,
       AckNumber:32, DataOffset:4, _Reserved:4, Flags:8,
       WindowSize:16, Checksum:16, UrgentPointer:16,
       Payload/binary>> = Segment,
    OptSize = (DataOffset - 5)*32,
    << Options:OptSize, Message/binary >> = Payload,
    << CWR:1, ECE:1, URG:1, ACK:1, PSH:1,
       RST:1, SYN:1, FIN:1>> = <<Flags:8>>,
    %% Can now process the Message according to the
    %% Options (if any) and the flags CWR, ..., FIN
    #{source_port => SourcePort, destination_port => DestinationPort,
      sequence_number => SequenceNumber, ack_number => AckNumber,
      data_offset => DataOffset, window_size => WindowSize,
      checksum => Checksum, urgent_pointer => UrgentPointer,
      options => Options, message => Message,
      flags => [{cwr, CWR}, {ece, ECE}, {urg, URG}, {ack, ACK},
                {psh, PSH}, {rst, RST}, {syn, SYN}, {fin, FIN}]}.

main() ->
    Segment = segment(),
    io:format("segment: ~w bytes~n~w~n", [byte_size(Segment), Segment]),
    F = parse(Segment),
    io:format("ports ~w -> ~w~n", [maps:get(source_port, F), maps:get(destination_port, F)]),
    io:format("seq ~.16B ack ~.16B~n", [maps:get(sequence_number, F), maps:get(ack_number, F)]),
    io:format("data offset ~w, window ~w, checksum 16#~.16B, urgent ~w~n",
              [maps:get(data_offset, F), maps:get(window_size, F),
               maps:get(checksum, F), maps:get(urgent_pointer, F)]),
    io:format("options ~w~n", [maps:get(options, F)]),
    io:format("flags ~w~n", [[Name || {Name, 1} <- maps:get(flags, F)]]),
    io:format("message ~p~n", [maps:get(message, F)]),
    case catch parse(<<1, 2, 3>>) of
        {'EXIT', {{badmatch, Short}, _}} -> io:format("short segment: badmatch ~w~n", [Short])
    end.
