%% Build a large binary in a loop, appending segments of several types to
%% an accumulator (BEAM appends in place), then walk it back.
-module(binbuild).
-export([main/0]).

build(0, Acc) -> Acc;
build(N, Acc) ->
    build(N - 1, <<Acc/binary, N:32/little, (N band 255), (N rem 1000):16, "ab">>).

sum(<<A:32/little, B, C:16, _:2/binary, Rest/binary>>, S) -> sum(Rest, S + A + B + C);
sum(<<>>, S) -> S.

main() ->
    Bin = build(3000000, <<>>),
    io:format("~w bytes, sum ~w~n", [byte_size(Bin), sum(Bin, 0)]).
