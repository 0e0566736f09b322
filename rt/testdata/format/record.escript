#!/usr/bin/env escript
%% -*- erlang -*-
%%! +pc latin1
%%
%% Records what BEAM prints for each case below into golden.txt, which
%% rt/format_golden_test.go replays against our Go printer byte for byte.
%%
%% usage (from the repository root, with Erlang/OTP 25 installed):
%%     escript rt/testdata/format/record.escript > rt/testdata/format/golden.txt
%%
%% A case is {Format, Args} (a call of io_lib:format/2) or
%% {call, Module, Function, Args, How} where How is chars (the result is a
%% character list, compared flattened) or term (the result is compared as
%% written by ~w). Each case becomes one record in golden.txt:
%%
%%     # <the case, printed on one line for humans>
%%     in <hex of term_to_binary(Case)>
%%     out                       then the output, one "|" line per line:
%%     |first line               the text after "|" is UTF-8; lines are
%%     |second line              split at \n, so a trailing "|" alone means
%%                               the output ends with a newline
%%     outc 104 105              instead, when the output holds control
%%                               characters other than \n: the code points
%%     err error:badarg          instead, when the call raises
%%
%% Keep terms to what the Go test can rebuild from the external format:
%% no funs, refs or ports (those are unit-tested separately).
-mode(compile).

main(_) ->
    io:setopts([{encoding, unicode}]),
    lists:foreach(fun record/1, cases()).

record(Case) ->
    Hex = binary_to_list(binary:encode_hex(term_to_binary(Case))),
    io:format("# ~ts~nin ~s~n", [show(Case), Hex]),
    try run(Case) of
        Out -> emit(Out)
    catch
        Class:Reason -> io:format("err ~w:~w~n", [Class, Reason])
    end.

show(Case) ->
    S = lists:flatten(io_lib:format("~1000000tp", [Case])),
    [if C =:= $\n -> $\s; true -> C end || C <- S].

run({call, M, F, Args, chars}) ->
    lists:flatten(apply(M, F, Args));
run({call, M, F, Args, term}) ->
    lists:flatten(io_lib:format("~w", [apply(M, F, Args)]));
run({Format, Args}) ->
    lists:flatten(io_lib:format(Format, Args)).

emit(Out) ->
    case lists:any(fun(C) -> (C < 32 andalso C =/= $\n) orelse C > 16#10FFFF
                                 orelse (C >= 16#D800 andalso C =< 16#DFFF)
                   end, Out) of
        true ->
            io:format("outc~s~n", [[[$\s | integer_to_list(C)] || C <- Out]]);
        false ->
            io:format("out~n"),
            [io:format("|~ts~n", [L]) || L <- string:split(Out, "\n", all)]
    end.

cases() ->
    lists:append([integers(), floats(), float_controls(), strings(),
                  chars(), atoms(), writes(), binaries(), pretty_basic(),
                  pretty_wrap(), pretty_column(), pretty_maps(),
                  depth_limits(), unicode(), errors(), io_lib_calls(),
                  random_terms(), random_floats()]).

%% ~w ~p ~b ~B ~x ~X ~+ ~# with widths, padding and bases.
integers() ->
    Ns = [0, 1, -1, 42, -42, 255, 1000000, 16#7FFFFFFFFFFFFFFF,
          -16#8000000000000000, 1 bsl 64, -(1 bsl 70),
          123456789012345678901234567890],
    [{"~w", [N]} || N <- Ns] ++
    [{"~p", [N]} || N <- Ns] ++
    [{F, [N]} || N <- [0, 42, -42, 255, 1 bsl 64],
                 F <- ["~b", "~.16b", "~.2b", "~.36b", "~.16B", "~8b",
                       "~-8b|", "~8.16.0B", "~.8#", "~.16+", "~#", "~+",
                       "~.16#", "~.2+", "~3b", "~8..b|"]] ++
    [{F, [N, P]} || N <- [0, 255, -255],
                    P <- ['0x', "0x", [$#, "x"], ''],
                    F <- ["~.16x", "~.16X", "~10.16x|", "~-10.16X|"]] ++
    [{"~*b|~-*b|", [6, 7, 6, 7]}, {"~*.*.*b|", [8, 16, $0, 255]},
     {"~.*b", [2, 5]}, {"~5.10.xb", [42]}, {"~i~w", [skipped, shown]}].

%% Shortest round-trip floats, as ~w and ~p print them.
floats() ->
    Fs = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1/3, 2/3, 3.14, 100.0,
          1.0e10, 1.0e15, 1.0e16, 1.0e17, 1.0e21, 1.0e22, 1.0e23,
          1.0e-5, 1.0e-4, 0.001, 0.0001234, 1.0e-10, 1.0e100, -1.0e100,
          1.0e300, 1.5e300, 123456789.0, 12345600.0, 1234567890123456.0,
          9007199254740991.0, 9007199254740992.0, 9007199254740993.0,
          18014398509481984.0, 5.0e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 0.5, 0.25, 0.125, 1.0e-7, 6.02214076e23,
          -2.5, 299792458.0, 1.1, 2.675, 1.0e-323, 4.35, 0.30000000000000004],
    [{"~w", [F]} || F <- Fs] ++ [{"~p", [F]} || F <- Fs].

%% ~e ~f ~g with precision, width, padding and rounding.
float_controls() ->
    Fs = [0.0, -0.0, 1.0, 0.1, 1/3, -2.5, 3.14159265, 0.5, 1.5, 2.5, 0.05,
          0.125, 123456.789, 1.0e-10, 1.0e10, 1.0e100, 9.999, 99.95, 5.0e-324,
          0.0001, 1234.5, 0.099999, 1.0e22],
    Cs = ["~e", "~f", "~g", "~.2e", "~.2f", "~.0f", "~.1f", "~.3g",
          "~.1g", "~.10f", "~.15e", "~12.3f|", "~-12.3e|", "~12.3.0f|",
          "~12.4g|", "~.3.*f", "~3.1f|", "~.20f", "~.2g"],
    [{C, if C =:= "~.3.*f" -> [$_, F]; true -> [F] end} || F <- Fs, C <- Cs].

%% ~s with lists, binaries, atoms and iolists; width, precision, padding.
strings() ->
    Ss = ["", "abc", "hello world", <<"bin">>, abc, 'Quoted atom',
          ["io", [$l, "is"], <<"t">>], [$a, <<"b">> | <<"c">>],
          "tab\there", "new\nline", [233, 224], <<233, 224>>],
    Cs = ["~s", "~10s|", "~-10s|", "~.2s|", "~10.2s|", "~-10.2s|",
          "~10..s|", "~10.5.*s|", "~3s|", "~5.5s|", "~.10s|", "~-3.5s|"],
    [{C, if C =:= "~10.5.*s|" -> [$., S]; true -> [S] end}
     || S <- Ss, C <- Cs] ++
    [{"~ts", [S]} || S <- Ss] ++
    [{"~s~s~s", ["a", "b", "c"]}, {"no controls", []},
     {"~~ ~n ~3n ~-3~|", []}, {<<"binary ~s format">>, ["x"]},
     {'atom ~w format', [x]}, {["deep", "~w"], []},
     {"tilde in arg ~s", ["~p"]}].

chars() ->
    [{C, [A]} || A <- [$a, $\s, $~, 0, 10, 255, 256 + $a, -1 band 255],
                 C <- ["~c", "~5c|", "~-5c|", "~.3c|", "~5.3c|",
                       "~-5.3c|", "~5.3.xc|"]] ++
    [{"~tc", [955]}, {"~5tc|", [955]}, {"~c", [955]}, {"~*c", [3, $z]}].

atoms() ->
    As = [a, abc, 'Abc', 'a b', '', 'a-b', 'a@b', 'a_B9', '_x', '9a',
          'case', 'of', 'end', 'fun', 'receive', 'after', 'when', 'begin',
          'try', 'catch', 'andalso', 'orelse', 'div', 'rem', 'band', 'bor',
          'bxor', 'bnot', 'bsl', 'bsr', 'or', 'and', 'not', 'xor', 'if',
          'cond', 'let', 'query', 'spec', 'maybe', 'else', true, false,
          undefined, ok, 'it\'s', 'back\\slash', 'new\nline', 'tab\t',
          'ctrl\^A', [233], 'é', 'ßa', 'aß', 'Ärger', 'a÷', '÷',
          list_to_atom([955]), list_to_atom([$a, 955]), 'del\d', 'x.y',
          'nonode@nohost', '[]', '{}', 'A', 'ÿ', 'aÿ', 'a×', 'aÞ'],
    [{C, [A]} || A <- As, is_atom(A), C <- ["~w", "~p", "~s", "~tw", "~tp"]].

%% ~w of compound terms.
writes() ->
    Ts = [[], {}, #{}, [1, 2, 3], [1 | 2], [1, 2 | 3], [[]], {a}, {a, b},
          {1, {2, {3}}}, "abc", [$a, 0], [a | b], #{a => 1},
          #{b => 2, a => 1, 1 => x, 1.0 => y, "s" => z, {t} => t},
          #{#{k => v} => [#{}]}, {[], {}, #{}}, [[1, 2], [3 | 4]],
          [{a, 1}, {b, 2}], {"str", <<"bin">>, 'at om'}],
    [{C, [T]} || T <- Ts, C <- ["~w", "~p"]] ++
    [{"~w", [lists:seq(1, 30)]}, {"~w", [list_to_tuple(lists:seq(1, 30))]},
     {"~20w|", [[1, 2, 3]]}, {"~-20w|", [{a, b}]}, {"~5w|", [abcdefgh]},
     {"~.3w|", [abcdefgh]}, {"~10.3w|", [abcdefgh]}, {"~10.4.*w|", [$-, xy]},
     {"~w", [self()]}, {"~p", [[self(), self()]]}].

binaries() ->
    Bs = [<<>>, <<1, 2, 3>>, <<"abc">>, <<1:3>>, <<1, 2:3>>, <<"ab", 5:4>>,
          <<0>>, <<255>>, <<"a\nb">>, <<"with \"quotes\" \\">>,
          <<"tab\t">>, <<"x", 0>>, <<233, 224>>, <<"é"/utf8>>,
          <<"λ"/utf8>>, <<"aλb"/utf8>>, <<128, 129>>,
          list_to_binary(lists:seq(32, 126)),
          list_to_binary(lists:seq(0, 99)),
          list_to_binary(lists:duplicate(100, $x)),
          list_to_binary(lists:duplicate(30, "abc ")),
          <<"printable then bad", 1, 2, 3>>,
          <<1, 2, 3, "then printable">>, <<"\e[1m">>,
          list_to_binary(lists:seq(1, 255))],
    [{C, [B]} || B <- Bs, C <- ["~w", "~p", "~tp", "~s"]] ++
    [{"~p", [[<<"a">>, <<"b">>]]}, {"~p", [{<<1, 2>>, <<"ok">>}]},
     {"~p", [<<1:1>>]}, {"~p", [<<0:7>>]}, {"~w", [<<16#FFFF:16, 3:2>>]},
     {"~p", [lists:duplicate(5, list_to_binary(lists:seq(1, 40)))]},
     {"~p", [{key, list_to_binary(lists:seq(200, 255))}]}].

%% ~p: strings, printable lists, nesting that fits on one line.
pretty_basic() ->
    Ts = ["abc", "", [1, 2], [10], "a\nb", "\t\r\v\b\f\e", [127], [160],
          [255], [256], [31], "tab\tend", "quote\"s", "back\\slash",
          [$a | $b], ["abc", "def"], [[65], [66, 0]], {"a", [1]},
          [$a, $b, 128], [200, 201], "x\0", [7], [$a, 955],
          {1.5, -2, "s"}, [[]], [[], []], {{{}}}, [a, {b, [c, #{d => e}]}]],
    [{"~p", [T]} || T <- Ts] ++ [{"~tp", [T]} || T <- Ts] ++
    [{"~lp", [T]} || T <- ["abc", [[65], "x"], <<"abc">>]] ++
    [{"~w", [T]} || T <- ["a\nb", [$a | $b]]].

%% ~p of terms too long for one line: the 80-column layout.
pretty_wrap() ->
    Seq = lists:seq(1, 100),
    Prop = [{list_to_atom("key_" ++ integer_to_list(I)), I * 1000}
            || I <- lists:seq(1, 20)],
    Rec = {person, "Joe Armstrong", 'joe@erlang.org', {1950, 12, 27},
           [erlang, prolog, smalltalk], #{role => inventor, team => ericsson}},
    Nested = {state, [{conn, N, {127, 0, 0, N}, [{opt, true}, {timeout, 5000}]}
                      || N <- lists:seq(1, 4)], undefined, []},
    Tree = fun Tree(0) -> leaf;
               Tree(D) -> {node, D, Tree(D - 1), Tree(D - 1)} end,
    Strs = [lists:duplicate(I, $a + I) || I <- lists:seq(1, 12)],
    Long = lists:duplicate(3, "a string that is quite long, forty-five chars"),
    Ts = [Seq, lists:seq(1000, 1060), list_to_tuple(Seq), Prop, Rec, Nested,
          Tree(3), Tree(5), Strs, Long,
          [{a, Seq}], {Seq}, {tag, Seq}, {tag, Seq, Seq},
          {a_much_longer_tag_name_here, [1, 2, 3], {x, y}, lists:seq(1, 30)},
          {ok, Prop}, {error, {badmatch, Rec}},
          [Rec, Rec], {[Rec], Seq},
          lists:duplicate(10, {x, "str", 1.5}),
          [[I, I + 1] || I <- lists:seq(1, 30)],
          {{a, b}, lists:seq(1, 40)}, {1, lists:seq(1, 40)},
          {"str", lists:seq(1, 40)},
          [{"name", "value"} || _ <- lists:seq(1, 8)],
          lists:duplicate(30, abc) ++ [lists:seq(1, 20)],
          [lists:seq(1, 30) | tail_atom],
          [lists:seq(1, 10) | lists:seq(1, 30)],
          lists:seq(1, 30) ++ [{a, b} | c],
          {list_to_atom(lists:duplicate(40, $t)), lists:seq(1, 30)},
          {list_to_atom(lists:duplicate(70, $t)), lists:seq(1, 30)},
          {x, {y, {z, {w, lists:seq(1, 40)}}}},
          [{I, lists:duplicate(I, $z)} || I <- lists:seq(1, 14)],
          [I / 4 || I <- lists:seq(1, 30)],
          [1.0e100 * I || I <- lists:seq(1, 10)]],
    [{"~p", [T]} || T <- Ts] ++
    [{"~w", [Rec]}, {"~p~n", [Rec]}, {"~70p", [Seq]}, {"~40p", [Rec]},
     {"~20p", [Prop]}, {"~1p", [[a, b]]}, {"~0p", [Seq]}, {"~p", [[Seq]]},
     {"~-40p|", [{a, b}]}, {"~5.3p|", [lists:seq(1, 10)]}].

%% ~p after other text: the column where ~p starts sets its indentation.
pretty_column() ->
    Seq = lists:seq(1, 40),
    Prop = [{list_to_atom("k" ++ integer_to_list(I)), I} || I <- lists:seq(1, 15)],
    Rec = {config, "/usr/local/lib", [verbose, {level, 3}], #{a => 1, b => 2}},
    [{"Result: ~p~n", [Seq]}, {"Result: ~p~n", [Prop]},
     {"Result: ~p~n", [Rec]}, {"~s~p", [lists:duplicate(30, $.), Seq]},
     {"~s~p", [lists:duplicate(60, $.), Seq]},
     {"~s~p", [lists:duplicate(75, $.), Rec]},
     {"a~nb ~p", [Seq]}, {"\t~p", [Seq]}, {"ab\tc~p", [Seq]},
     {"~w ~p ~p", [x, Seq, Seq]}, {"~10s~p", ["abc", Seq]},
     {"~5.2p~p", [Seq, Seq]}, {"~p ~p", [Seq, Rec]}, {"~.10p", [Seq]},
     {"x~.0p", [Seq]}, {"~.50p", [Rec]}, {"~ts~p", [[955, 955], Seq]},
     {"~i~c~p", [skip, $x, Seq]}, {"~4c~p", [$x, Seq]}].

pretty_maps() ->
    M10 = maps:from_list([{list_to_atom([$k, $a + I]), {I, I * I, [I]}}
                          || I <- lists:seq(0, 9)]),
    Big = maps:from_list([{I, I} || I <- lists:seq(1, 20)]),
    Nested = #{config => #{db => #{host => "localhost", port => 5432,
                                   pool => lists:seq(1, 10)},
                           cache => #{ttl => 3600, size => 1000000}},
               users => [#{name => "a", id => 1}, #{name => "b", id => 2}]},
    LongKey = #{lists:seq(1, 40) => lists:seq(1, 40), short => 1},
    [{"~p", [T]} || T <- [M10, Big, Nested, LongKey, #{a => Big},
                          #{{tuple, key} => "value", [1] => <<"b">>},
                          #{list_to_atom(lists:duplicate(30, $k)) =>
                                lists:duplicate(60, $v)},
                          [M10], {M10, M10}]] ++
    [{"Map: ~p~n", [Nested]}, {"~w", [M10]}, {"~50p", [M10]}].

depth_limits() ->
    Ts = [lists:seq(1, 10), {a, b, c, d}, [{a, [b, [c, [d]]]}], "abcdef",
          <<"abcdefghijklmnopqrstuvwxyz">>, <<1, 2, 3, 4, 5, 6, 7, 8, 9>>,
          #{a => 1, b => #{c => 2}, d => 3}, [1 | 2], [1, 2 | 3],
          {[1, 2, 3], {4, 5}}, [[1, 2, 3], [4, 5, 6]], <<1, 2, 3:4>>,
          lists:duplicate(5, "str"), {}, [], x],
    [{C, [T, D]} || T <- Ts, D <- [0, 1, 2, 3, 5, -1], C <- ["~P", "~W"]] ++
    [{"~P", [lists:seq(1, 100), 50]}, {"~P", [{tag, lists:seq(1, 100)}, 40]},
     {"~20P|", [lists:seq(1, 10), 5]}].

%% ~t: Unicode strings, atoms and binaries.
unicode() ->
    U = [955, 945, 946], % λαβ
    [{C, [T]} || T <- [U, [$a | U], <<"λαβ"/utf8>>, list_to_atom(U),
                       [U, <<"é"/utf8>>], [128512]],
                 C <- ["~tp", "~tw", "~ts", "~p", "~w", "~10ts|", "~-6.2ts|"],
                 not (C =:= "~ts" andalso is_atom(T) andalso false)] ++
    [{"~tp", [lists:duplicate(30, U)]}, {"~tp", [{U, U}]},
     {"~ts", ["é"]}, {"~s", ["é"]}, {"~ts~tp", [U, lists:seq(1, 30)]},
     {"~tp", [[16#D7FF]]}, {"~tp", [[16#E000]]}, {"~tp", [[16#FFFE]]},
     {"~tp", [[16#10000]]}, {"~tp", [[16#10FFFF]]}, {"~tp", [[16#110000]]}].

%% Bad formats and arguments raise error:badarg.
errors() ->
    [{"~d", [1]}, {"~q", [x]}, {"~p", []}, {"~p", [a, b]}, {"~s", [1]},
     {"~s", [[a]]}, {"~s", [[256]]}, {"~s", [<<1:3>>]}, {"~c", [a]},
     {"~b", [1.0]}, {"~f", [1]}, {"~e", [1]}, {"~g", [a]}, {"~x", [1]},
     {"~.1b", [5]}, {"~.37b", [5]}, {"~.1e", [1.0]}, {"~.0g", [1.0]},
     {"~.0e", [1.0]}, {"~5.10f", [1.0]}, {"~*b", [a, 1]}, {"~P", [x, y]},
     {"~W", [x]}, {"~", []}, {"~10", []}, {"abc", [x]}, {"~p", x},
     {[$~, $p | x], [1]}, {"~x", [1, 2]}, {"~s", [[$a | $b]]},
     {"~ts", [[-1]]}, {"~s", [{}]}, {"~ts", [<<255>>]}, {"~ts", [[16#110000]]},
     {"~-0s|", ["a"]}, {"~0s|", ["abc"]}, {"~.*s", [-1, "abc"]},
     {"~*s|", [-5, "ab"]}, {"~5.3s|", ["a"]}, {"~3.5s|", ["a"]},
     {"~2.5c|", [$a]}, {"~2.5f|", [1.5]}, {"~n", [x]}, {foo, []}, {1, []}].

%% Other io_lib functions, compared flattened (chars) or as ~w (term).
io_lib_calls() ->
    Ts = [a, 'B', "str", [1, 2], {x, "y"}, <<"b">>, 1.5, -3, #{k => v}],
    [{call, io_lib, write, [T], chars} || T <- Ts] ++
    [{call, io_lib, write, [{a, [b, [c, [d]]]}, D], chars} || D <- [1, 2, 3]] ++
    [{call, io_lib, print, [T], chars} || T <- Ts] ++
    [{call, io_lib, print, [lists:seq(1, 40), 10, 60, -1], chars},
     {call, io_lib, write_atom, ['a b'], chars},
     {call, io_lib, write_atom, [ok], chars},
     {call, io_lib, write_string, ["a\"b\n"], chars},
     {call, io_lib, write_string, ["x'y", $'], chars},
     {call, io_lib, write_char, [$a], chars},
     {call, io_lib, write_char, [$\s], chars},
     {call, io_lib, write_char, [$\n], chars},
     {call, io_lib, nl, [], chars},
     {call, io_lib, format, ["~p", [x]], chars},
     {call, io_lib, fwrite, ["~w", [x]], chars},
     {call, io_lib, indentation, ["ab\ncd\tx", 3], term},
     {call, io_lib, chars_length, [["ab", [$c]]], term}] ++
    [{call, io_lib, F, [T], term}
     || F <- [printable_list, printable_latin1_list, printable_unicode_list,
              char_list, deep_char_list, latin1_char_list],
        T <- ["abc", [], [955], [1], [$a | $b], ["ab"], [256], [16#D800],
              "a\nb", [160], [159], x]].

%% Random terms of many shapes and sizes (a fixed seed, so the file is
%% stable), printed with ~p at several columns, widths and depths.
random_terms() ->
    rand:seed(exsss, {17, 4, 1999}),
    Fmts = ["~p", "~p", "~tp", "Some prefix: ~p~n", "~50p", "~120p",
            "~P", "~lp", "~s~p"],
    Narrow = ["~20p", "~30p", "~40p", "~25P", "~s~p", "~10.30p"],
    lists:append([random_case(Fmts) || _ <- lists:seq(1, 400)] ++
                 [random_case(Narrow) || _ <- lists:seq(1, 300)]).

random_case(Fmts) ->
    T = rterm(rand:uniform(5)),
    F = lists:nth(rand:uniform(length(Fmts)), Fmts),
    Args = case F of
               "~P" -> [T, rand:uniform(12)];
               "~25P" -> [T, rand:uniform(12)];
               "~s~p" -> [lists:duplicate(rand:uniform(70), $-), T];
               _ -> [T]
           end,
    [{F, Args}].

rterm(0) -> ratom();
rterm(D) ->
    case rand:uniform(14) of
        1 -> ratom();
        2 -> rand:uniform(1000) - 500;
        3 -> rand:uniform(1 bsl 70);
        4 -> rand:uniform() * 1000;
        5 -> rstring();
        6 -> unicode:characters_to_binary(rstring());
        7 -> list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(40))]);
        8 -> [rterm(D - 1) || _ <- lists:seq(1, rand:uniform(12))];
        9 -> list_to_tuple([ratom() | [rterm(D - 1) || _ <- lists:seq(1, rand:uniform(6))]]);
        10 -> list_to_tuple([rterm(D - 1) || _ <- lists:seq(1, rand:uniform(5))]);
        11 -> maps:from_list([{rkey(), rterm(D - 1)} || _ <- lists:seq(1, rand:uniform(6))]);
        12 -> [{ratom(), rterm(D - 1)} || _ <- lists:seq(1, rand:uniform(8))];
        13 -> [rterm(D - 1) | rterm(0)];
        14 -> lists:seq(1, rand:uniform(60))
    end.

rkey() ->
    case rand:uniform(3) of
        1 -> ratom();
        2 -> rand:uniform(100);
        3 -> rstring()
    end.

ratom() ->
    Names = [ok, error, undefined, true, foo, bar, 'Quoted', 'with space',
             state, a_rather_long_atom_name_for_testing, x, 'CASE', 'end',
             request_id, timeout, infinity, nodedown, 'EXIT', badarg, list_to_atom([955]), 'é', ''],
    lists:nth(rand:uniform(length(Names)), Names).

rstring() ->
    Words = ["hello", "world", "foo", "bar baz", "a\nb", "quote\"d",
             "Erlang/OTP", "", "x", "tab\there", "é", "0123456789", [955, 945], [16#1F600], "\e[0m",
             [200, 201], [128, 159]],
    lists:append([lists:nth(rand:uniform(length(Words)), Words)
                  || _ <- lists:seq(1, rand:uniform(4))]).

random_floats() ->
    rand:seed(exsss, {3, 1, 4}),
    Cs = ["~w", "~e", "~f", "~g", "~.3e", "~.2f", "~.12g", "~15.4f|", "~.1g"],
    [{lists:nth(rand:uniform(length(Cs)), Cs), [rfloat()]}
     || _ <- lists:seq(1, 300)].

rfloat() ->
    case rand:uniform(3) of
        1 -> (rand:uniform() - 0.5) * math:pow(10, rand:uniform(40) - 20);
        2 -> float(rand:uniform(100000)) / 8;
        3 -> <<F/float>> = <<(rand:uniform(16#7FEFFFFFFFFFFFFF)):64>>, F
    end.
