#!/usr/bin/env escript
%% Writes phash.txt: one line per term of the corpus below,
%% "Hex<TAB>phash2(T, 2^32)<TAB>phash2(T)<TAB>phash(T, 2^32)<TAB>phash(T, 7919)",
%% Hex being term_to_binary(T) in hex. Run from rt/testdata/hash:
%% escript record.escript
-compile(nowarn_deprecated_function).

main(_) ->
    rand:seed(exsss, {1, 2, 3}),
    Out = [line(T) || T <- corpus()],
    ok = file:write_file("phash.txt", Out).

line(T) ->
    Hex = binary:encode_hex(term_to_binary(T)),
    io_lib:format("~s\t~w\t~w\t~w\t~w~n",
                  [Hex, erlang:phash2(T, 1 bsl 32), erlang:phash2(T),
                   erlang:phash(T, 1 bsl 32), erlang:phash(T, 7919)]).

ints() ->
    Small = [0, 1, 2, -1, -2, 7, 255, 256, -255, 1000, 65535, 65536, -65536,
             16#7ffffff, 16#8000000, -16#8000000, -16#8000001, 16#7fffffff,
             16#80000000, 16#ffffffff, 16#100000000, -16#100000000,
             1 bsl 40, -(1 bsl 40), (1 bsl 59) - 1, 1 bsl 59, -(1 bsl 59),
             (1 bsl 60) - 1, 1 bsl 60, -(1 bsl 60) - 1, (1 bsl 63) - 1, 1 bsl 63,
             1 bsl 64, -(1 bsl 64), (1 bsl 64) - 1, 1 bsl 95, (1 bsl 96) + 5,
             -(1 bsl 100) + 3, 1 bsl 128, 123456789012345678901234567890123456789],
    Rand = [rand:uniform(1 bsl B) * S || B <- [5, 20, 30, 40, 62, 70, 130, 300],
                                        S <- [1, -1], _ <- [1, 2]],
    Small ++ Rand.

floats() ->
    [0.0, -0.0, 1.0, -1.0, 0.5, 3.14159, 1.0e100, -2.5e-300, 123456.789,
     float(1 bsl 60), 1.0e-320].

atoms() ->
    [a, b, ok, error, true, false, undefined, 'hello world', abcdefghijklmnop,
     'Ω', 'ñandú', '', aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,
     nonode@nohost, 'Elixir.Foo.Bar'].

bins() ->
    [<<>>, <<0>>, <<1,2,3>>, <<"abc">>, <<"hello world">>, <<"0123456789ab">>,
     <<"0123456789abc">>, list_to_binary(lists:seq(0, 255)),
     <<1:1>>, <<5:3>>, <<1,2,3:4>>, <<"abcdefghijklm", 3:2>>, <<255:7>>,
     list_to_binary(lists:duplicate(100, $x))].

lists_() ->
    [[], [0], [1], [255], [256], [-1], "a", "ab", "abc", "abcd", "abcde",
     "hello world", [1,2,3], [1,2,300], [300,1,2], [1,2,3,4,5,6,7,8,9],
     [a], [a,b], [[]], [[],[]], [1|2], [a|b], "ab" ++ c, [1,2|<<3>>],
     [{1,2}], [1.5], lists:seq(1, 100), lists:seq(250, 260), "Ω∑",
     [[1,2],[3,[4]]], [-5,6], [1 bsl 70]].

tuples() ->
    [{}, {a}, {1}, {[]}, {a,b}, {1,2}, {1,2,3}, {{}}, {a,{b,{c}}},
     {"abc", <<"abc">>, abc}, {1.0, 1}, list_to_tuple(lists:seq(1, 30)),
     {ok, [1,2,3]}, {error, {badarg, []}}].

maps_() ->
    [#{}, #{a => 1}, #{1 => a}, #{a => 1, b => 2}, #{b => 2, a => 1},
     #{[] => []}, #{{a,b} => "x", 1.0 => 2, <<"k">> => #{}},
     maps:from_list([{I, I * I} || I <- lists:seq(1, 32)]),
     maps:from_list([{I, I * I} || I <- lists:seq(1, 33)]),
     maps:from_list([{integer_to_list(I), I} || I <- lists:seq(1, 200)]),
     #{a => #{b => #{c => []}}}].

funs() ->
    [fun lists:map/2, fun erlang:self/0, fun a:b/0].

random_terms(0) -> [];
random_terms(N) -> [rt(3) | random_terms(N - 1)].

rt(0) -> leaf();
rt(D) ->
    case rand:uniform(6) of
        1 -> list_to_tuple([rt(D - 1) || _ <- lists:seq(1, rand:uniform(4) - 1)]);
        2 -> [rt(D - 1) || _ <- lists:seq(1, rand:uniform(5) - 1)];
        3 -> maps:from_list([{rt(D - 1), rt(D - 1)} || _ <- lists:seq(1, rand:uniform(4) - 1)]);
        4 -> [rt(D - 1) | rt(D - 1)];
        _ -> leaf()
    end.

leaf() ->
    L = ints() ++ floats() ++ atoms() ++ bins() ++ ["xy", [], {}],
    lists:nth(rand:uniform(length(L)), L).

corpus() ->
    ints() ++ floats() ++ atoms() ++ bins() ++ lists_() ++ tuples() ++ maps_() ++
        funs() ++ [{X, Y} || X <- [a, 1, [], "s"], Y <- [b, 2, [], <<>>]] ++
        random_terms(150).
