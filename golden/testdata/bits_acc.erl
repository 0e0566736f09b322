%% Loops that grow a bitstring or a binary step by step: a bit packer, a
%% run-length encoder, a varint writer, and accumulators that are read on
%% the way (guards, other clauses), start as something else, or go wrong.
-module(bits_acc).
-export([main/0]).

%% Pack 3-bit codes, then read them back.
pack([], Acc) -> Acc;
pack([C | Cs], Acc) -> pack(Cs, <<Acc/bits, C:3>>).

unpack(<<C:3, Rest/bits>>, Acc) -> unpack(Rest, [C | Acc]);
unpack(<<>>, Acc) -> lists:reverse(Acc);
unpack(Bits, Acc) -> {leftover, Bits, lists:reverse(Acc)}.

%% Unary-coded lengths: N ones and a zero, stopping once the output is long.
unary([], Acc) -> {done, Acc};
unary(_, Acc) when bit_size(Acc) > 40 -> {full, bit_size(Acc), Acc};
unary([N | Ns], Acc) -> unary(Ns, <<Acc/bits, (1 bsl N - 1):N, 0:1>>).

%% LEB128 varints, byte-aligned.
varints([], Acc) -> Acc;
varints([N | Ns], Acc) -> varints(Ns, <<Acc/binary, (varint(N))/binary>>).

varint(N) when N < 128 -> <<N>>;
varint(N) -> <<1:1, (N band 127):7, (varint(N bsr 7))/binary>>.

%% Run-length encoding with a check of the size on the way.
rle(<<B, Rest/binary>>, B, N, Acc) when N < 255 -> rle(Rest, B, N + 1, Acc);
rle(<<B, Rest/binary>>, Prev, N, Acc) -> rle(Rest, B, 1, <<Acc/binary, N, Prev>>);
rle(<<>>, Prev, N, Acc) -> {byte_size(Acc) + 2, <<Acc/binary, N, Prev>>}.

%% /binary after an odd number of bits is badarg; a start that is not a
%% bitstring is fine until something is appended to it.
odd(0, Acc) -> Acc;
odd(N, Acc) -> odd(N - 1, <<Acc/binary, 1:1>>).

alternate(0, Acc) -> Acc;
alternate(N, Acc) when N rem 2 =:= 0 -> alternate(N - 1, <<Acc/bits, 1:1>>);
alternate(N, Acc) -> alternate(N - 1, <<Acc/bits, 0:2>>).

%% Appends and pass-ons in case and if branches.
walk([], Acc) -> Acc;
walk([H | T], Acc) ->
    case H of
        {a, X} -> walk(T, <<Acc/bits, X:2>>);
        {b, X} when X > 3 -> walk(T, <<Acc/bits, X:5>>);
        _ -> if H =:= c -> walk(T, Acc); true -> walk(T, <<Acc/bits, 1:1>>) end
    end.

main() ->
    Codes = [I rem 8 || I <- lists:seq(1, 50)],
    P = pack(Codes, <<>>),
    io:format("~p ~p~n", [bit_size(P), unpack(P, []) =:= Codes]),
    io:format("~p~n", [pack([1, 2, 3], <<5:2>>)]),
    io:format("~p~n", [unpack(pack([7, 7], <<1:1>>), [])]),
    io:format("~p~n", [unary([3, 1, 4, 1, 5], <<>>)]),
    io:format("~p~n", [unary([9, 9, 9, 9, 9, 9], <<>>)]),
    V = varints([1, 127, 128, 300, 16384, 1 bsl 40], <<>>),
    io:format("~p ~p~n", [byte_size(V), V]),
    Data = <<"aaaabbbcccccccccccd", 0:2000>>,
    io:format("~p~n", [rle(Data, hd(binary_to_list(Data)), 0, <<>>)]),
    io:format("~p~n", [odd(0, notabinary)]),
    io:format("~p~n", [try odd(1, notabinary) catch error:R1 -> R1 end]),
    io:format("~p~n", [odd(1, <<"x">>)]),
    io:format("~p~n", [try odd(2, <<"x">>) catch error:R2 -> R2 end]),
    io:format("~p~n", [alternate(7, <<>>)]),
    io:format("~p~n", [walk([{a, 1}, {b, 9}, c, {b, 1}, x, {a, 3}], <<>>)]),
    Big = pack(lists:duplicate(100000, 5), <<>>),
    io:format("~p ~p~n", [bit_size(Big), erlang:md5(Big)]).
