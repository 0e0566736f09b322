%% Binary comprehensions: binary and bitstring generators, list and binary
%% generators mixed, filters, and results that are not whole bytes.
-module(bits_comp).
-export([main/0]).

double(Bin) -> << <<(X * 2)>> || <<X>> <= Bin >>.

%% Split bytes into 3-bit groups; the leftover bits end the generator.
triples(Bin) -> [X || <<X:3>> <= Bin].

%% RGB pixels to grey levels.
grey(Pixels) -> << <<((R * 30 + G * 59 + B * 11) div 100)>> || <<R, G, B>> <= Pixels >>.

%% Pairs from a list generator and a binary generator.
pairs(Tags, Bin) -> [{T, X} || T <- Tags, <<X:4>> <= Bin].

%% A filter on the values and a pattern that skips non-matching elements.
odd_words(Bin) -> [W || <<0:4, W:12>> <= Bin, W rem 2 =:= 1].

%% Bits in, bits out.
invert(Bits) -> << <<(1 - B):1>> || <<B:1>> <= Bits >>.

%% Nested: each byte as its 8 bits.
bits_of(Bin) -> [[B || <<B:1>> <= <<Byte>>] || <<Byte>> <= Bin].

%% A list to a binary of 16-bit little-endian words, with a guard filter.
words(L) -> << <<X:16/little>> || X <- L, is_integer(X), X >= 0 >>.

%% Run-length encoding of bytes, decoded by a comprehension.
unrle(Bin) -> << <<(binary:copy(<<B>>, N))/binary>> || <<N, B>> <= Bin >>.

%% Two binary generators: the product of two byte strings.
table(A, B) -> [X * Y || <<X>> <= A, <<Y>> <= B].

main() ->
    io:format("~w~n", [double(<<1, 2, 3, 100>>)]),
    io:format("~w~n", [triples(<<2#10110001, 2#01000000>>)]),
    io:format("~w~n", [grey(<<255, 255, 255, 0, 0, 0, 200, 100, 50, 1, 2>>)]),
    io:format("~w~n", [pairs([a, b], <<16#12, 16#34>>)]),
    io:format("~w~n", [odd_words(<<16#01, 16#23, 16#F0, 16#01, 16#04, 16#56, 16#00, 16#07>>)]),
    io:format("~w~n", [invert(<<2#1010:4, 2#11:2>>)]),
    io:format("~w~n", [bits_of(<<5, 200>>)]),
    io:format("~w~n", [words([1, 256, -1, x, 65535])]),
    io:format("~p~n", [unrle(<<3, $a, 1, $b, 0, $c, 2, $d>>)]),
    io:format("~w~n", [table(<<1, 2, 3>>, <<10, 20>>)]),
    io:format("~w~n", [<< <<C>> || <<C>> <= <<"hello">>, C =/= $l >>]),
    io:format("~w~n", [<< <<X:5>> || X <- lists:seq(1, 7) >>]),
    io:format("~w~n", [[{X, Y} || <<X:2, Y:2>> <= <<16#1B, 16#E4>>, X < Y]]),
    io:format("~w~n", [[X || <<X:8, X:8>> <= <<1, 1, 2, 3, 4, 4, 5>>]]),
    io:format("~p~n", [[D || <<1:8, L:8, D:L/binary>> <= <<1, 2, "ab", 2, 1, "c", 1, 1, "d", 7>>]]),
    io:format("~w~n", [<< <<>> || _ <- [1, 2, 3] >>]),
    io:format("~w~n", [<< <<X>> || <<X>> <= <<>> >>]).
