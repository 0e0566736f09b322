%% Loops whose integer parameters erl2go holds natively: counters that
%% cross into bignums on the way, start as bignums, floats or atoms, count
%% down through negative numbers, sums over a binary, and errors raised
%% inside such a loop (their reasons and stack traces).
-module(bits_natloop).
-export([main/0]).

%% Counts up by Step, appending the low bytes; leaves the native range
%% (2^60) after a few steps when started near it.
up(N, Stop, _Step, Acc) when N >= Stop -> {N, Acc};
up(N, Stop, Step, Acc) -> up(N + Step, Stop, Step, <<Acc/binary, (N band 255), N:64/little>>).

%% Counts down through zero, summing.
down(N, Stop, S) when N =< Stop -> {N, S};
down(N, Stop, S) -> down(N - 3, Stop, S + N * 2).

%% A literal pattern on a native parameter, a negative one too.
ticks(0, Acc) -> Acc;
ticks(-5, Acc) -> ticks(-6, [minus_five | Acc]);
ticks(N, Acc) when N > 0 -> ticks(N - 1, [N | Acc]);
ticks(N, Acc) -> ticks(N + 2, Acc).

%% The sum over a binary's fields; S grows past the native range when the
%% start is large.
sum(<<A:32, B:16/little, C:8/signed, Rest/binary>>, S) -> sum(Rest, S + A + B - C);
sum(<<>>, S) -> S;
sum(Other, S) -> {leftover, Other, S}.

%% Binaries of fixed segments over native values: wrapping, literals,
%% signed and little-endian fields, after an unaligned prefix too.
fields(0, Acc) -> Acc;
fields(N, Acc) ->
    fields(N - 1, [<<N:8, (-N):16, (N * 1000):32/little, "xy", 300:8, (N bsl 40):64/signed>>,
                   <<1:1, N:16, "z">> | Acc]).

%% Errors inside a native loop.
divide(0, Acc) -> Acc;
divide(N, Acc) -> divide(N - 1, Acc + 100 div (N - 3)).

badseg(0, Acc) -> Acc;
badseg(N, Acc) -> badseg(N - 1, <<Acc/binary, N:8, (element(N, {a, b})):8>>).

nomatch(N) when N > 10 -> nomatch(N - 4);
nomatch(5) -> five.

%% The error and the innermost frame of this module.
trace(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R:St ->
            [Top | _] = [{Fn, A} || {?MODULE, Fn, A, _} <- St],
            {C, R, Top}
    end.

main() ->
    Big = 1 bsl 60,
    io:format("~p~n", [up(1, 40, 7, <<>>)]),
    {N1, B1} = up(Big - 20, Big + 20, 9, <<>>),
    io:format("~p ~p ~p~n", [N1, byte_size(B1), binary:part(B1, byte_size(B1) - 9, 9)]),
    {N2, B2} = up(-Big - 30, -Big + 10, 11, <<>>),
    io:format("~p ~p ~p~n", [N2, byte_size(B2), B2]),
    {N3, _} = up(Big * 4, Big * 4 + 3, 1, <<>>),
    io:format("~p~n", [N3]),
    io:format("~p~n", [trace(fun() -> up(1.5, 4, 1, <<>>) end)]),
    io:format("~p~n", [trace(fun() -> up(0, 4, 1.5, <<>>) end)]),
    io:format("~p~n", [trace(fun() -> up(0, 4, one, <<>>) end)]),
    io:format("~p~n", [down(20, -20, 0)]),
    io:format("~p~n", [down(Big + 5, Big - 10, 0)]),
    io:format("~p~n", [down(10, 0, Big * Big)]),
    io:format("~p~n", [ticks(6, [])]),
    io:format("~p~n", [ticks(-9, [])]),
    Data = << <<(I * 7919):32, (I * 31):16/little, (I - 50):8/signed>> || I <- lists:seq(1, 100) >>,
    io:format("~p~n", [sum(Data, 0)]),
    io:format("~p~n", [sum(Data, Big - 1000)]),
    io:format("~p~n", [sum(Data, -Big)]),
    io:format("~p~n", [sum(<<Data/binary, 1, 2>>, 7)]),
    io:format("~p~n", [sum(Data, 2.5)]),
    io:format("~p~n", [trace(fun() -> sum(Data, x) end)]),
    io:format("~p~n", [fields(3, [])]),
    io:format("~p~n", [trace(fun() -> divide(6, 0) end)]),
    io:format("~p~n", [trace(fun() -> badseg(3, <<>>) end)]),
    io:format("~p~n", [trace(fun() -> nomatch(23) end)]),
    io:format("~p~n", [trace(fun() -> nomatch(22) end)]).
