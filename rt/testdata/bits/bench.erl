%% BEAM's side of rt's BenchmarkTCPParse10MB and BenchmarkAppend1MB: the
%% same work, timed in wall and CPU time. Run from this directory with
%%     erlc bench.erl && erl -noshell -s bench main -s init stop
-module(bench).
-export([main/0]).
segs(Total) -> segs(Total, 0, []).
segs(Total, N, Acc) when N >= Total -> {Acc, N};
segs(Total, N, Acc) ->
    Len = 20 + rand:uniform(1461) - 1,
    <<H:12/binary, _, R/binary>> = crypto:strong_rand_bytes(Len),
    S = <<H/binary, 16#50, R/binary>>,
    segs(Total, N + Len, [S | Acc]).
parse([], Sum) -> Sum;
parse([S | T], Sum) ->
    <<Src:16, Dst:16, _Seq:32, _Ack:32, Off:4, _:4, _Flags:8, _Win:16, _Csum:16, _Urg:16, P/binary>> = S,
    parse(T, Sum + Src + Dst + Off + byte_size(P)).
sum(<<X, Rest/binary>>, N) -> sum(Rest, N + X);
sum(<<>>, N) -> N.
app(0, Acc) -> Acc;
app(N, Acc) -> app(N - 1, <<Acc/binary, (N band 255)>>).
main() ->
    {Segs, Total} = segs(10 bsl 20),
    parse(Segs, 0),
    statistics(runtime), {T1, _} = timer:tc(fun() -> [parse(Segs, 0) || _ <- lists:seq(1, 10)] end), {_, C1} = statistics(runtime), io:format("cpu ~.1f ns/segment~n", [C1 * 1.0e6 / 10 / length(Segs)]),
    io:format("BEAM tcp parse: ~p segments, ~p bytes, ~.1f us per 10MB pass, ~.1f ns/segment~n", [length(Segs), Total, T1/10, T1*1000/10/length(Segs)]),
    statistics(runtime), {T2, B} = timer:tc(fun() -> [app(1 bsl 20, <<>>) || _ <- lists:seq(1, 10)] end), {_, C2} = statistics(runtime), io:format("cpu ~.1f ns/append~n", [C2 * 1.0e6 / 10 / (1 bsl 20)]),
    io:format("BEAM append 1MB: ~.1f us per 1MB, ~.2f ns/append (~p)~n", [T2/10, T2*1000/10/(1 bsl 20), byte_size(hd(B))]),
    Bin = binary:copy(<<0>>, 1 bsl 20),
    statistics(runtime), [sum(Bin, 0) || _ <- lists:seq(1, 10)], {_, C3} = statistics(runtime),
    io:format("BEAM walk 1MB: cpu ~.2f ns/byte~n", [C3 * 1.0e6 / 10 / (1 bsl 20)]).
