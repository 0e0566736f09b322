#!/usr/bin/env escript
%% Records bit syntax, external term format, binary and unicode test
%% vectors from BEAM for rt's Go tests, which read them without Erlang.
%% Re-run after changing a case list, from the repository root:
%%
%%     escript rt/testdata/bits/vectors.escript rt/testdata/bits
%%
%% Output files (one case a line, fields separated by tabs, binaries in hex):
%%   construct.txt  Expr  Result             Result = Hex/BitSize | error:Reason
%%   match.txt      Pattern  Subject  Result Result = nomatch | Hex(term_to_binary({Vars...}))
%%   etf.txt        Mode  Hex(term_to_binary(T))  Option:Hex(term_to_binary(T, Options))...
%%                  Mode exact: ours must be byte-equal; decode: only read;
%%                  bytes: Hex(Input) Hex(term_to_binary(binary_to_term(Input))) | badarg
%%   calls.txt      Module  Function  Hex(term_to_binary(Args))  Result
%%                  Result = ok:Hex(term_to_binary(Value)) | Class:Hex(term_to_binary(Reason))
-mode(compile).

main([Dir]) ->
    write(Dir, "construct.txt", [construct(E) || E <- construct_cases()]),
    write(Dir, "match.txt", [match(P, S) || {P, S} <- match_cases()]),
    write(Dir, "etf.txt", [etf(T) || T <- etf_terms()] ++ [etf_decode(H) || H <- etf_decode_only()]),
    write(Dir, "calls.txt", [call(M, F, A) || {M, F, A} <- call_cases()]).

write(Dir, Name, Lines) ->
    ok = file:write_file(filename:join(Dir, Name), [[unicode:characters_to_binary(L), $\n] || L <- Lines]),
    io:format("~s: ~p cases~n", [Name, length(Lines)]).

hex(B) when is_bitstring(B) ->
    Whole = byte_size(B) - (case bit_size(B) rem 8 of 0 -> 0; _ -> 1 end),
    <<W:Whole/binary, T/bits>> = B,
    Pad = (8 - bit_size(T)) rem 8,
    Last = case T of <<>> -> <<>>; _ -> <<T/bits, 0:Pad>> end,
    binary:encode_hex(<<W/binary, Last/binary>>).

bits(B) -> [hex(B), "/", integer_to_list(bit_size(B))].

eval(Src, Bindings) ->
    {ok, Toks, _} = erl_scan:string(lists:flatten(Src) ++ "."),
    {ok, [Expr]} = erl_parse:parse_exprs(Toks),
    {value, V, _} = erl_eval:expr(Expr, Bindings),
    V.

construct(Src) ->
    R = try bits(eval(Src, [])) catch error:Reason -> ["error:", atom_to_list(Reason)] end,
    [Src, $\t, R].

match(Pat, Subject) ->
    {ok, Toks, _} = erl_scan:string(Pat),
    Vars = lists:usort([V || {var, _, V} <- Toks, V =/= '_']) -- ['Subject'],
    Ordered = [V || V <- vars_in_order(Toks), lists:member(V, Vars)],
    Tuple = "{" ++ lists:join(",", [atom_to_list(V) || V <- Ordered]) ++ "}",
    Src = "case Subject of " ++ Pat ++ " -> " ++ Tuple ++ "; _ -> nomatch end",
    R = case eval(Src, [{'Subject', Subject}]) of
            nomatch -> "nomatch";
            T -> hex(term_to_binary(T))
        end,
    [Pat, $\t, bits(Subject), $\t, R].

vars_in_order(Toks) ->
    lists:foldl(fun({var, _, V}, Acc) -> case lists:member(V, Acc) of true -> Acc; false -> Acc ++ [V] end;
                   (_, Acc) -> Acc end, [], Toks).

etf(T) ->
    B = term_to_binary(T),
    Mode = case exact(T) of true -> "exact"; false -> "decode" end,
    Others = [{"minor0", term_to_binary(T, [{minor_version, 0}])},
              {"minor2", term_to_binary(T, [{minor_version, 2}])},
              {"compressed", term_to_binary(T, [compressed])},
              {"compressed9", term_to_binary(T, [{compressed, 9}, {minor_version, 2}])}],
    lists:join($\t, [Mode, hex(B) | [[Tag, ":", hex(O)] || {Tag, O} <- Others]]).

etf_decode(Hex) ->
    B = binary:decode_hex(Hex),
    R = try hex(term_to_binary(binary_to_term(B))) catch error:badarg -> "badarg" end,
    ["bytes", $\t, Hex, $\t, R].

%% exact is false for terms whose encoding depends on BEAM's internal map
%% hash order (maps above 32 keys), which the Go runtime does not copy.
exact(M) when is_map(M) -> map_size(M) =< 32 andalso exact(maps:to_list(M));
exact(L) when is_list(L) -> exact_list(L);
exact(T) when is_tuple(T) -> exact(tuple_to_list(T));
exact(_) -> true.

exact_list([H | T]) -> exact(H) andalso exact_list(T);
exact_list([]) -> true;
exact_list(T) -> exact(T).

call(M, F, A) ->
    R = try {ok, apply(M, F, A)} catch C:Reason -> {C, Reason} end,
    Res = case R of
              {ok, V} -> ["ok:", hex(term_to_binary(V))];
              {C2, Reason2} -> [atom_to_list(C2), ":", hex(term_to_binary(Reason2))]
          end,
    [atom_to_list(M), $\t, atom_to_list(F), $\t, hex(term_to_binary(A)), $\t, Res].

construct_cases() ->
    ["<<>>", "<<1>>", "<<1,2,3>>", "<<256>>", "<<-1>>", "<<-1:8/unsigned>>", "<<-1:12/little-signed>>",
     "<<-1:12/little>>", "<<16#ABC:12/little>>", "<<16#ABCDE:20/little>>", "<<16#123456789:36/little>>",
     "<<16#123456789:36>>", "<<16#123456789:36/signed>>", "<<-2:12/little-signed>>", "<<1:1>>", "<<1:1,1:1,1:1>>",
     "<<5:3, 255:8, 1:2>>", "<<1:0>>", "<<300:8>>", "<<(1 bsl 70):80>>", "<<(1 bsl 70):80/little>>",
     "<<(-(1 bsl 70)):72/signed>>", "<<(-(1 bsl 70)):75/little>>", "<<(1 bsl 70 + 12345):71/little>>",
     "<<(1 bsl 70):8>>", "<<(1 bsl 64 - 1):64>>", "<<(1 bsl 64 - 1):64/little>>", "<<(-(1 bsl 63)):64/signed>>",
     "<<16#0102030405060708:64/little>>", "<<16#01020304:32/little>>", "<<16#0102:16/little>>",
     "<<1:3, 16#0102:16/little>>", "<<1:3, 16#01020304:32>>", "<<1:3, (1 bsl 70):80>>", "<<1:5, 16#1234:13/little>>",
     "<<1:3/unit:8>>", "<<7:2/unit:3>>", "<<a:8>>", "<<1.5:8>>", "<<1:(-1)>>",
     "<<1.5/float>>", "<<1.5:64/float>>", "<<1.5:32/float>>", "<<1.5:16/float>>", "<<-1.5:16/float-little>>",
     "<<1.5:64/float-little>>", "<<1.5:32/float-little>>", "<<0.1:16/float>>", "<<0.1:32/float>>",
     "<<65504.0:16/float>>", "<<65520.0:16/float>>", "<<70000.0:16/float>>", "<<1.0e300:32/float>>",
     "<<5.0e-8:16/float>>", "<<1.0e-8:16/float>>", "<<3.0e-8:16/float>>", "<<6.1e-5:16/float>>",
     "<<1.0e-40:32/float>>", "<<-0.0:16/float>>", "<<-0.0/float>>", "<<1:64/float>>", "<<-1:32/float>>",
     "<<(1 bsl 70):64/float>>", "<<(1 bsl 1100):64/float>>", "<<1.0:8/float>>", "<<1.0:24/float>>", "<<a/float>>",
     "<<1:3, 1.5/float>>", "<<1:3, 2.5:16/float>>", "<<0.333:16/float>>", "<<1234.5678:16/float>>",
     "<<\"abc\">>", "<<\"\">>", "<<\"abc\":16>>", "<<\"ab\":4>>", "<<\"abc\"/utf16>>", "<<\"ab\"/utf32-little>>",
     "<<\"ab\"/utf8>>", "<<1:1, \"ab\">>",
     "<<65/utf8>>", "<<233/utf8>>", "<<16#20AC/utf8>>", "<<16#1F600/utf8>>", "<<16#10FFFF/utf8>>",
     "<<16#D800/utf8>>", "<<16#110000/utf8>>", "<<(-1)/utf8>>", "<<a/utf8>>",
     "<<65/utf16>>", "<<16#20AC/utf16-little>>", "<<16#1F600/utf16>>", "<<16#1F600/utf16-little>>",
     "<<16#10FFFF/utf16-little>>", "<<16#DFFF/utf16>>", "<<16#1F600/utf32>>", "<<16#1F600/utf32-little>>",
     "<<16#110000/utf32>>", "<<1:2, 16#20AC/utf8>>", "<<1:2, 16#1F600/utf16>>",
     "<<<<1,2,3>>/binary>>", "<<<<1,2,3>>:2/binary>>", "<<<<1,2,3>>:4/binary>>", "<<<<1:1>>/binary>>",
     "<<<<1:1>>/bits>>", "<<<<1,2,3>>:1/binary-unit:3>>", "<<<<1,2,3>>:2/bits>>", "<<<<1,2,3>>:0/binary>>",
     "<<1:1, <<1,2,3>>/binary>>", "<<1:1, <<255:7>>/bits>>", "<<<<1:1>>/bits, <<1:1>>/bits, 7:6>>",
     "<<\"a\"/binary>>", "<<1.5/binary>>", "<<<<1,2,3,4>>:3/binary-unit:8>>", "<<<<1,2,3,4>>/binary-unit:16>>",
     "<<<<1,2,3>>/binary-unit:16>>",      "<<1,<<2,3:4>>/bits,4>>", "<<\"ā\">>", "<<256, 257:8, -255>>", "<<1:1, 16#FFFF:12/little-signed>>",
     "<<(1 bsl 200):201/little-signed>>", "<<(-(1 bsl 200)):201/little-signed>>", "<<-1:100>>", "<<-1:100/little>>",
     "<<(-(1 bsl 100)):100>>", "<<1:7/little>>", "<<16#1FF:9/little>>", "<<16#1FF:9/little-signed>>",
     "<<1:1, 16#123456789ABCDEF0:64/little>>", "<<1:1, -1:64/signed>>", "<<1:7, 16#123456789ABCDEF:60/little>>",
     "<<16#0102:16/native>>", "<<16#010203:24/native-signed>>", "<<1.5:32/float-native>>", "<<16#1F600/utf16-native>>",
     "<<16#1F600/utf32-native>>", "<<(1 bsl 65):66/native>>"].

match_cases() ->
    B = fun(L) -> list_to_binary(L) end,
    [{"<<X:12/little-signed>>", <<255, 15:4>>}, {"<<X:12/little>>", <<16#BC, 16#A:4>>},
     {"<<X:12/little, R/bits>>", <<16#BC, 16#AF>>}, {"<<X:20/little>>", <<16#DE, 16#BC, 16#A:4>>},
     {"<<X:36/little>>", <<137,103,69,35,1:4>>}, {"<<X:36>>", <<137,103,69,35,1:4>>},
     {"<<X:36/signed>>", <<137,103,69,35,9:4>>}, {"<<X:3/little-signed, _/bits>>", B([1,2,3])},
     {"<<X:3/signed, _/bits>>", B([255])}, {"<<X:64>>", <<-1:64>>}, {"<<X:64/signed>>", <<-1:64>>},
     {"<<X:64/little>>", <<1,2,3,4,5,6,7,128>>}, {"<<X:64/little-signed>>", <<1,2,3,4,5,6,7,128>>},
     {"<<X:80>>", <<-1:80>>}, {"<<X:80/signed>>", <<-1:80>>}, {"<<X:80/little>>", <<1:80/little>>},
     {"<<X:75/little-signed, R/bits>>", <<-(1 bsl 70):75/little, 5:5>>}, {"<<X:200/little-signed>>", <<1:200/little>>},
     {"<<X:201/signed>>", <<-5:201>>}, {"<<_:1, X:64/little, _:7>>", <<0:1, 1234567890123:64/little, 0:7>>},
     {"<<_:1, X:64, Y:7>>", <<0:1, -3:64, 9:7>>}, {"<<_:3, X:80, _:5>>", <<0:3, -3:80, 9:5>>},
     {"<<X:16, Y:16, Z:32>>", B([1,2,3,4,5,6,7,8])}, {"<<X:16, Y:16, Z:32>>", B([1,2,3,4,5,6,7])},
     {"<<X:16/little, Y:16/signed, Z:32/little-signed>>", B([1,2,255,254,5,6,7,255])},
     {"<<X:4, Y:4, Z:8>>", B([16#AB, 16#CD])}, {"<<X:1, Y:1, Z:6, R/binary>>", B([16#AB, 16#CD])},
     {"<<X:1, Y:1, Z:6, R/binary>>", <<16#AB, 16#CD:7>>}, {"<<X:1, Y:1, Z:6, R/bits>>", <<16#AB, 16#CD:7>>},
     {"<<X/float>>", <<1.5/float>>}, {"<<X:32/float>>", <<1.5:32/float>>}, {"<<X:16/float>>", <<1.5:16/float>>},
     {"<<X:16/float>>", <<124,0>>}, {"<<X:16/float>>", <<126,0>>}, {"<<X:32/float>>", <<127,128,0,0>>},
     {"<<X:64/float>>", <<16#7FF0:16, 0:48>>}, {"<<X:64/float>>", <<16#7FF8:16, 0:48>>},
     {"<<X:16/float>>", <<0,1>>}, {"<<X:16/float>>", <<128,0>>}, {"<<X:16/float-little>>", <<0,60>>},
     {"<<X:32/float-little>>", <<0,0,192,63>>}, {"<<X:64/float-little>>", <<1.5:64/float-little>>},
     {"<<X:8/float>>", <<1>>}, {"<<X:24/float>>", <<1,2,3>>}, {"<<_:3, X:32/float, _:5>>", <<0:3, 2.5:32/float, 0:5>>},
     {"<<X:16/float, _/binary>>", <<59,0,1>>}, {"<<X:32/float>>", <<1.0e-40:32/float>>},
     {"<<X/utf8, R/bits>>", B([237,160,128])}, {"<<X/utf8, R/bits>>", B([192,128])},
     {"<<X/utf8, R/bits>>", B([240,144,128,128])}, {"<<X/utf8, R/bits>>", B([244,144,128,128])},
     {"<<X/utf8, R/bits>>", B([195,169,65])}, {"<<X/utf8, R/bits>>", B([195])}, {"<<X/utf8, R/bits>>", <<1:1>>},
     {"<<X/utf8, R/bits>>", <<65, 1:1>>}, {"<<X/utf8, R/bits>>", B([226,130,172])}, {"<<X/utf8, R/bits>>", B([224,130,172])},
     {"<<X/utf8, R/bits>>", B([240,159,152,128])}, {"<<X/utf8, R/bits>>", B([248,136,128,128,128])},
     {"<<X/utf8, R/bits>>", B([128])}, {"<<X/utf8, R/bits>>", B([226,40,172])}, {"<<_:1, X/utf8, R/bits>>", <<0:1, 226,130,172, 0:7>>},
     {"<<X/utf16-little, R/bits>>", B([0,216,0,220])}, {"<<X/utf16-little, R/bits>>", B([0,220])},
     {"<<X/utf16-little, R/bits>>", B([0,216])}, {"<<X/utf16-little, R/bits>>", B([65,0])},
     {"<<X/utf16, R/bits>>", B([216,61,222,0])}, {"<<X/utf16, R/bits>>", B([216,61,0,65])}, {"<<X/utf16, R/bits>>", B([0])},
     {"<<X/utf32, R/bits>>", B([0,0,216,0])}, {"<<X/utf32, R/bits>>", B([0,17,0,0])}, {"<<X/utf32, R/bits>>", B([0,0,0,65])},
     {"<<X/utf32-little, R/bits>>", B([0,246,1,0,9])}, {"<<X/utf32, R/bits>>", B([0,0,1])},
     {"<<N:8, Body:N/binary, Rest/binary>>", B([3,1,2,3,4,5])}, {"<<N:8, Body:N/binary, Rest/binary>>", B([9,1,2])},
     {"<<N:4, Body:N/bits, Rest/bits>>", B([16#53,16#FF])}, {"<<N:8, Body:N/binary-unit:4, Rest/bits>>", B([3,1,2,3,4])},
     {"<<\"ab\", R/binary>>", <<"abc">>}, {"<<\"ab\", R/binary>>", <<"acb">>}, {"<<_:4, \"ab\", R/bits>>", <<0:4, "ab", 5:4>>},
     {"<<X:8, \"b\", Y:8>>", <<"abc">>}, {"<<R/binary>>", <<1:1>>}, {"<<R/bits>>", <<1:1>>}, {"<<>>", <<>>}, {"<<>>", <<1>>},
     {"<<X:0, R/bits>>", <<1>>}, {"<<A:2/binary, B:2/binary>>", B([1,2,3,4])}, {"<<A:2/binary, B/binary-unit:16>>", B([1,2,3,4,5])},
     {"<<A:2/binary, B/binary-unit:16>>", B([1,2,3,4,5,6])}, {"<<A:9/bits, B:7/bits>>", B([255, 1])}, {"<<_:3, A:2/binary, B/bits>>", B([1,2,3,4])},
     {"<<SrcPort:16, DstPort:16, Seq:32, Ack:32, Off:4, _:4, Flags:8, Win:16, Csum:16, Urg:16, Payload/binary>>",
      B([0,80,195,80, 1,2,3,4, 5,6,7,8, 16#50, 16#18, 1,0, 16#AB,16#CD, 0,0, 104,105])},
     {"<<X:8, 1:8>>", B([5, 1])}, {"<<X:8, 1:8>>", B([5, 2])}, {"<<X:8, -1:8/signed>>", B([5, 255])},
     {"<<X:16/bits, Y/bits>>", <<1, 2:3>>}, {"<<X:7, Y:9/signed>>", B([255, 255])},
     {"<<X:16/native, Y:32/float-native>>", <<1, 2, 0, 0, 192, 63>>}, {"<<X/utf16-native>>", B([61, 216, 0, 222])},
     {"<<X:64/native-unsigned>>", <<-1:64>>}, {"<<X:64, Y/binary>>", <<1:1, 0:63, 7>>}].

etf_terms() ->
    BigMap = maps:from_list([{I, I * I} || I <- lists:seq(1, 40)]),
    [0, 1, 255, 256, -1, -256, 1 bsl 27, (1 bsl 31) - 1, 1 bsl 31, -(1 bsl 31), -(1 bsl 31) - 1,
     1 bsl 40, -(1 bsl 40), (1 bsl 64) - 1, 1 bsl 64, -(1 bsl 64), 1 bsl 2040, 1 bsl 2048, -(1 bsl 3000),
     123456789012345678901234567890, 0.0, -0.0, 1.5, -1.5, 3.141592653589793, 1.0e300, -1.0e-300, 5.0e-324,
     2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 100.0, 1.0e15, 1.0e16, 123456.789,
     a, ok, true, false, '', 'hello world', 'é', 'Ünïcödé', list_to_atom([1046, 1047]), list_to_atom([128512]),
     list_to_atom(lists:duplicate(255, $a)), list_to_atom(lists:duplicate(255, 1046)),
     [], "abc", "", [1, 2, 3], [256], [1, 2 | 3], [a | b], [[]], "é", [1046], lists:seq(1, 300),
     lists:duplicate(65536, $x), [1, "abc", a, {b}], [-1], [1.5],
     {}, {a}, {a, b}, {1, {2, {3, {}}}}, list_to_tuple(lists:seq(1, 255)), list_to_tuple(lists:seq(1, 256)),
     #{}, #{a => 1}, #{a => 1, b => 2}, #{1 => a, a => 1, 1.0 => b}, #{{x} => [y], <<"k">> => #{z => 1}},
     maps:from_list([{I, I} || I <- lists:seq(1, 32)]), BigMap, #{big => BigMap},
     <<>>, <<1, 2, 3>>, <<1:1>>, <<1, 2, 3:4>>, <<0:7>>, binary:copy(<<"ab">>, 1000),
     {<<"key">>, [<<1:3>>, #{}], {[], ""}}, [{ok, 1}, {error, <<"x">>}, {'EXIT', [1 | 2]}],
     lists:duplicate(100, {a, <<"bb">>, "cc"}), fun lists:map/2, fun erlang:length/1].

%% Encodings BEAM reads but does not write by default, and broken ones.
etf_decode_only() ->
    [<<"8364000161">>, <<"83730161">>, <<"8376000161">>, <<"83770161">>, <<"8363312E3530303030303030303030303030303030303030652B303000000000000000">>,
     <<"836E000000">>, <<"836F0000000000">>, <<"836E0100">>, <<"836E01010000">>, <<"836E020001">>, <<"836E0200FF00">>,
     <<"8368">>, <<"83">>, <<"">>, <<"84">>, <<"836A00">>, <<"836B00">>, <<"836C00000001616A">>, <<"836C0000000261">>,
     <<"836D00000002AB">>, <<"834D000000010000">>, <<"834D0000000109FF">>, <<"834D0000000100">>, <<"8374000000016101">>,
     <<"837400000002610161026101610262">>, <<"8364000180">>, <<"8376000280FF">>, <<"837702C328">>, <<"83640000">>,
     <<"8350000000046A">>, <<"83500000000578DACB050000A400A5">>, <<"8350000000FF78DA">>,
     <<"83500000000478DA4B040000620062">>, <<"8346FFF0000000000000">>, <<"83467FF8000000000000">>, <<"8361">>,
     <<"8362FFFF">>, <<"8368026101">>, <<"8369000000">>, <<"8369FFFFFFFF">>, <<"836CFFFFFFFF6A">>, <<"836BFFFF">>,
     <<"836A6A">>, <<"8371640001616400016161FF">>, <<"83716400016164000161610100">>, <<"83740000000161">>,
     <<"8369000000016101">>, <<"836B000161">>, <<"836E03000100000000">>, <<"836C000000006A">>, <<"836C00000000616A">>,
     <<"8376000161">>, <<"837700">>, <<"8364010061">>, <<"836D00000000">>, <<"834D0000000008">>, <<"834D00000001FF09">>].

call_cases() ->
    Bin = <<"hello world, hello erlang">>,
    [{binary, split, [Bin, <<" ">>]}, {binary, split, [Bin, <<" ">>, [global]]},
     {binary, split, [Bin, [<<" ">>, <<", ">>], [global]]}, {binary, split, [<<" a  b ">>, <<" ">>, [global, trim]]},
     {binary, split, [<<" a  b ">>, <<" ">>, [global, trim_all]]}, {binary, split, [<<"abc">>, <<"x">>]},
     {binary, split, [<<>>, <<"x">>, [global]]}, {binary, split, [<<"abc">>, <<>>]}, {binary, split, [<<"abc">>, []]},
     {binary, split, [Bin, <<"l">>, [{scope, {5, 10}}, global]]}, {binary, split, [<<"aaa">>, <<"aa">>, [global]]},
     {binary, split, [<<"abcabc">>, [<<"bc">>, <<"b">>], [global]]}, {binary, split, [<<"abc">>, <<"b">>, [bad]]},
     {binary, split, [<<"a,b,,c,,">>, <<",">>, [global, trim]]}, {binary, split, [<<",,a">>, <<",">>, [trim_all]]},
     {binary, split, [<<1:1>>, <<"a">>]}, {binary, split, [<<"abc">>, <<"b">>, [{scope, {4, 1}}]]},
     {binary, match, [Bin, <<"llo">>]}, {binary, match, [Bin, [<<"world">>, <<"wor">>, <<"o">>]]},
     {binary, match, [Bin, <<"zz">>]}, {binary, match, [Bin, <<"llo">>, [{scope, {5, 20}}]]},
     {binary, match, [Bin, <<"llo">>, [{scope, {25, -10}}]]}, {binary, match, [Bin, <<"llo">>, [{scope, {26, 0}}]]},
     {binary, match, [Bin, <<"llo">>, [{scope, {20, 10}}]]},
     {binary, matches, [Bin, <<"llo">>]}, {binary, matches, [Bin, [<<"l">>, <<"ll">>]]}, {binary, matches, [<<"aaaa">>, <<"aa">>]},
     {binary, matches, [Bin, [<<"he">>, <<"hello">>, <<"o">>]]}, {binary, matches, [Bin, <<"o">>, [{scope, {0, 10}}]]},
     {binary, replace, [Bin, <<"hello">>, <<"bye">>]}, {binary, replace, [Bin, <<"hello">>, <<"bye">>, [global]]},
     {binary, replace, [Bin, <<"o">>, <<"[]">>, [global, {insert_replaced, 1}]]},
     {binary, replace, [Bin, <<"o">>, <<"[]">>, [global, {insert_replaced, [0, 1, 2]}]]},
     {binary, replace, [Bin, [<<"l">>, <<"e">>], <<>>, [global]]}, {binary, replace, [<<"abc">>, <<"b">>, "x"]},
     {binary, part, [Bin, 0, 5]}, {binary, part, [Bin, {6, 5}]}, {binary, part, [Bin, 5, -5]}, {binary, part, [Bin, 30, 1]},
     {binary, part, [Bin, 25, 0]}, {binary, part, [Bin, -1, 2]},
     {binary, copy, [<<"ab">>]}, {binary, copy, [<<"ab">>, 3]}, {binary, copy, [<<"ab">>, 0]}, {binary, copy, [<<"ab">>, -1]},
     {binary, copy, [<<1:1>>, 2]},
     {binary, decode_unsigned, [<<1, 2>>]}, {binary, decode_unsigned, [<<1, 2>>, little]}, {binary, decode_unsigned, [<<>>]},
     {binary, decode_unsigned, [binary:copy(<<255>>, 20)]}, {binary, decode_unsigned, [<<1, 0, 0, 0, 0, 0, 0, 0, 0>>, little]},
     {binary, decode_unsigned, [<<1, 2>>, middle]}, {binary, decode_unsigned, [<<1:1>>]},
     {binary, encode_unsigned, [258]}, {binary, encode_unsigned, [258, little]}, {binary, encode_unsigned, [0]},
     {binary, encode_unsigned, [1 bsl 100]}, {binary, encode_unsigned, [-1]}, {binary, encode_unsigned, [(1 bsl 64) + 1, little]},
     {binary, first, [<<"abc">>]}, {binary, first, [<<>>]}, {binary, last, [<<"abc">>]}, {binary, last, [<<>>]},
     {binary, at, [<<"abc">>, 1]}, {binary, at, [<<"abc">>, 3]}, {binary, at, [<<"abc">>, -1]},
     {binary, bin_to_list, [<<"abc">>]}, {binary, bin_to_list, [<<"abcde">>, 1, 3]}, {binary, bin_to_list, [<<"abcde">>, {4, -2}]},
     {binary, bin_to_list, [<<"abc">>, 2, 5]}, {binary, bin_to_list, [<<1:1>>]},
     {binary, list_to_bin, [[1, <<2>>, [3]]]}, {binary, list_to_bin, [[256]]}, {binary, list_to_bin, [<<1>>]},
     {binary, longest_common_prefix, [[<<"erlang">>, <<"ergonomy">>]]}, {binary, longest_common_prefix, [[<<"erlang">>]]},
     {binary, longest_common_prefix, [[<<"erlang">>, <<"perl">>]]}, {binary, longest_common_prefix, [[]]},
     {binary, longest_common_suffix, [[<<"erlang">>, <<"fang">>]]}, {binary, longest_common_suffix, [[<<"a">>, <<>>]]},
     {binary, encode_hex, [<<1, 171, 255, 0>>]}, {binary, encode_hex, [<<>>]}, {binary, encode_hex, [<<1:1>>]},
     {binary, decode_hex, [<<"01aBfF">>]}, {binary, decode_hex, [<<"1">>]}, {binary, decode_hex, [<<"zz">>]},
     {erlang, external_size, [{a, b}]}, {erlang, external_size, [1.5, [{minor_version, 0}]]},
     {erlang, binary_part, [<<1, 2, 3>>, 1, -1]}, {erlang, binary_part, [<<1, 2, 3>>, {3, 0}]},
     {erlang, binary_part, [<<1, 2, 3>>, {3, -3}]}, {erlang, binary_part, [<<1, 2, 3:4>>, 0, 1]},
     {erlang, binary_part, [<<1, 2, 3>>, 2, 2]}, {erlang, binary_part, [<<1, 2, 3>>, {0, a}]},
     {erlang, split_binary, [<<1, 2, 3>>, 4]}, {erlang, split_binary, [<<1, 2, 3:4>>, 1]}, {erlang, split_binary, [<<1, 2, 3>>, 0]},
     {erlang, split_binary, [<<1, 2, 3>>, -1]},
     {erlang, bitstring_to_list, [<<1, 2, 3:4>>]}, {erlang, bitstring_to_list, [<<>>]}, {erlang, bitstring_to_list, [a]},
     {erlang, list_to_bitstring, [[1, <<2:3>>, [<<3>>]]]}, {erlang, list_to_bitstring, [[<<2:3>> | <<1:1>>]]},
     {erlang, list_to_bitstring, [[256]]}, {erlang, list_to_bitstring, [<<1:1>>]}, {erlang, list_to_bitstring, [[<<1:1>>, 1]]},
     {erlang, term_to_binary, [{a, [1, 2]}, []]}, {erlang, term_to_binary, [1.5, [{minor_version, 0}]]},
     {erlang, term_to_binary, [a, [bad]]}, {erlang, term_to_binary, [a, [{minor_version, 3}]]},
     {erlang, binary_to_term, [<<131, 100, 0, 1, 97>>, [safe]]}, {erlang, binary_to_term, [<<131, 97, 1, 2>>, [used]]},
     {erlang, binary_to_term, [<<131, 97, 1, 2>>]}, {erlang, binary_to_term, [<<131, 97, 1>>, [bad]]},
     {erlang, binary_to_term, [<<131, 100, 0, 8, "notexist">>, [safe]]}, {erlang, binary_to_term, [a]},
     {erlang, binary_to_term, [term_to_binary(fun erlang:length/1), [safe]]},
     {erlang, binary_to_term, [<<131, 113, 100, 0, 5, "lists", 100, 0, 2, "ok", 97, 7>>, [safe]]},
     {erlang, binary_to_term, [term_to_binary(fun erlang:nolength/1)]},
     {unicode, characters_to_binary, ["abc"]}, {unicode, characters_to_binary, [[97, <<"é"/utf8>>, [1046]]]},
     {unicode, characters_to_binary, [[1046, -1]]}, {unicode, characters_to_binary, [[97, 16#D800, 98]]},
     {unicode, characters_to_binary, [[97, <<255>>, 98]]}, {unicode, characters_to_binary, [[97, <<195>>]]},
     {unicode, characters_to_binary, [<<"abc">>]}, {unicode, characters_to_binary, [a]},
     {unicode, characters_to_binary, [[233, 1046], unicode, latin1]}, {unicode, characters_to_binary, [[233], unicode, latin1]},
     {unicode, characters_to_binary, [<<233>>, latin1]}, {unicode, characters_to_binary, [<<233>>, latin1, utf8]},
     {unicode, characters_to_binary, ["ab", unicode, utf16]}, {unicode, characters_to_binary, [[128512], unicode, {utf16, little}]},
     {unicode, characters_to_binary, [[128512], unicode, utf32]}, {unicode, characters_to_binary, [<<0, 97, 216, 61>>, utf16, utf8]},
     {unicode, characters_to_binary, [<<0, 97, 216, 61, 222, 0>>, utf16, utf8]}, {unicode, characters_to_binary, [<<0, 0, 0, 97, 0, 0>>, utf32]},
     {unicode, characters_to_binary, [[97, <<1:1>>]]}, {unicode, characters_to_binary, [[<<"a">> | <<"b">>]]},
     {unicode, characters_to_binary, [[97 | 98]]}, {unicode, characters_to_binary, [[[[97]], [], <<"b">>]]},
     {unicode, characters_to_binary, [<<237, 160, 128>>]}, {unicode, characters_to_binary, [<<192, 128>>]},
     {unicode, characters_to_binary, [<<240, 159, 152>>]}, {unicode, characters_to_binary, [[<<240, 159>>, <<152, 128>>]]},
     {unicode, characters_to_binary, [[<<240, 159>>, 97]]}, {unicode, characters_to_binary, ["abc", utf8, latin1]},
     {unicode, characters_to_binary, [[1, 2], bad]},
     {unicode, characters_to_list, [<<"abc"/utf8>>]}, {unicode, characters_to_list, [<<"é€"/utf8>>]},
     {unicode, characters_to_list, [<<233, 97>>]}, {unicode, characters_to_list, [<<97, 195>>]},
     {unicode, characters_to_list, [<<233, 97>>, latin1]}, {unicode, characters_to_list, [[97, <<98>>, [99]]]},
     {unicode, characters_to_list, [[97, -5]]}, {unicode, characters_to_list, [<<0, 97, 0, 98>>, utf16]},
     {unicode, characters_to_list, [<<97, 0>>, {utf16, little}]}, {unicode, characters_to_list, [<<0, 0, 0, 97, 0>>, utf32]},
     {unicode, characters_to_list, [a]}, {unicode, characters_to_list, [[<<195>>, <<169>>]]},
     {unicode, characters_to_list, [[1114112]]},
     {unicode, characters_to_binary, [<<97, 208, 150, 98>>, unicode, latin1]},
     {unicode, characters_to_binary, [[<<97, 208, 150>>, 98], unicode, latin1]},
     {unicode, characters_to_binary, [[97, [1046], 98], unicode, latin1]},
     {unicode, characters_to_binary, [<<97, 208, 150>>, utf8, {utf16, little}]},
     {unicode, characters_to_binary, [[1, [2, [3, -1, 4], 5], 6]]}, {unicode, characters_to_binary, [[1 | <<255>>]]},
     {unicode, characters_to_binary, [[<<195>> | <<169>>]]}, {unicode, characters_to_binary, [[<<195>>, [], <<169>>]]},
     {unicode, characters_to_binary, [[<<195>>, <<97>>, 1]]}, {unicode, characters_to_binary, [[[97, -1] | <<1>>]]},
     {unicode, characters_to_binary, [[97, <<98, 255>>]]}, {unicode, characters_to_list, [[<<97>>, <<255>>, 98]]},
     {unicode, bom_to_encoding, [<<239, 187, 191, 1>>]}, {unicode, bom_to_encoding, [<<254, 255>>]},
     {unicode, bom_to_encoding, [<<255, 254>>]}, {unicode, bom_to_encoding, [<<0, 0, 254, 255>>]},
     {unicode, bom_to_encoding, [<<255, 254, 0, 0>>]}, {unicode, bom_to_encoding, [<<1, 2>>]},
     {unicode, encoding_to_bom, [unicode]}, {unicode, encoding_to_bom, [{utf16, little}]},
     {unicode, encoding_to_bom, [utf16]}, {unicode, encoding_to_bom, [{utf32, little}]},
     {unicode, encoding_to_bom, [utf32]}, {unicode, encoding_to_bom, [latin1]}, {unicode, encoding_to_bom, [bad]}]
    ++ more_call_cases().

%% Options and edge cases: scopes with trim and replace, overlapping and
%% empty patterns, bad arguments, incomplete UTF-16/32 input.
more_call_cases() ->
    Bin = <<"a-b--c-d">>,
    [{binary, split, [Bin, <<"-">>, [global, trim, {scope, {0, 5}}]]},
     {binary, split, [Bin, <<"-">>, [trim_all, global, {scope, {1, 6}}]]},
     {binary, split, [Bin, <<"-">>, [{scope, {8, -3}}]]}, {binary, split, [Bin, <<"-">>, [{scope, {9, 0}}]]},
     {binary, split, [Bin, <<"-">>, [global, {scope, {2, 1}}]]}, {binary, split, [Bin, [<<"-">>, <<"--">>], [global]]},
     {binary, split, [<<"--">>, <<"-">>, [global, trim]]}, {binary, split, [<<"--">>, <<"-">>, [global, trim_all]]},
     {binary, split, [a, <<"-">>]}, {binary, split, [Bin, [<<>>]]}, {binary, split, [Bin, <<"-">>, global]},
     {binary, match, [Bin, <<>>]}, {binary, match, [Bin, [<<"b--">>, <<"b-">>, <<"-">>]]},
     {binary, match, [Bin, <<"-">>, []]}, {binary, match, [Bin, <<"-">>, [{scope, {2, 6}}, {scope, {0, 1}}]]},
     {binary, match, [Bin, <<"-">>, [{scope, {0, 9}}]]},
     {binary, matches, [<<"abababa">>, <<"aba">>]}, {binary, matches, [<<"abababa">>, [<<"ab">>, <<"aba">>, <<"b">>]]},
     {binary, matches, [Bin, <<"-">>, [{scope, {8, -6}}]]}, {binary, matches, [Bin, [], []]},
     {binary, replace, [Bin, <<"-">>, <<"+">>, [global, {scope, {2, 4}}]]},
     {binary, replace, [Bin, <<"-">>, <<"<>">>, [{insert_replaced, 2}]]},
     {binary, replace, [Bin, <<"-">>, <<"<>">>, [{insert_replaced, 3}]]},
     {binary, replace, [Bin, [<<"--">>, <<"-">>], <<"_">>, [global]]}, {binary, replace, [Bin, <<>>, <<"x">>]},
     {binary, replace, [<<>>, <<"a">>, <<"b">>, [global]]},
     {binary, part, [<<"abc">>, {1, 3}]}, {binary, part, [<<"abc">>, {3, -3}]}, {binary, part, [<<"abc">>, {0, a}]},
     {binary, part, [<<1:1>>, 0, 0]},
     {binary, copy, [a, 2]}, {binary, copy, [<<"xy">>, 1]},
     {binary, decode_unsigned, [<<0, 0, 1>>, big]}, {binary, decode_unsigned, [<<255, 0, 0, 0, 0, 0, 0, 0, 128>>]},
     {binary, decode_unsigned, [a]}, {binary, encode_unsigned, [16#8000000000000000]},
     {binary, encode_unsigned, [0, little]}, {binary, encode_unsigned, [1.0]}, {binary, encode_unsigned, [5, middle]},
     {binary, first, [a]}, {binary, first, [<<1:1>>]}, {binary, last, [<<1, 2:4>>]},
     {binary, at, [<<"abc">>, 0]}, {binary, at, [<<"abc">>, a]}, {binary, at, [a, 0]},
     {binary, bin_to_list, [<<"abcde">>, {5, -5}]}, {binary, bin_to_list, [<<"abcde">>, {5, 1}]},
     {binary, bin_to_list, [<<"abcde">>, -1, 1]}, {binary, bin_to_list, [a]},
     {binary, longest_common_prefix, [[<<"abc">>, <<"abd">>, <<"ab">>]]},
     {binary, longest_common_prefix, [[<<"abc">>, <<>>]]}, {binary, longest_common_prefix, [[<<"a">>, a]]},
     {binary, longest_common_prefix, [a]}, {binary, longest_common_prefix, [[<<"ab">>, <<"ab">>]]},
     {binary, longest_common_prefix, [[<<"ab">>, <<1:1>>]]},
     {unicode, characters_to_binary, [<<0, 97, 216>>, utf16]}, {unicode, characters_to_binary, [<<0, 97, 216, 61>>, {utf16, big}]},
     {unicode, characters_to_binary, [<<97, 0, 61, 216, 0, 222>>, {utf16, little}, utf8]},
     {unicode, characters_to_binary, [<<97, 0, 0, 0, 0, 0, 17, 0>>, {utf32, little}]},
     {unicode, characters_to_binary, [[<<"ab">>, 16#10FFFF], utf8, utf32]},
     {unicode, characters_to_binary, [<<"ab">>, latin1, latin1]},
     {unicode, characters_to_binary, [[256], latin1]}, {unicode, characters_to_binary, [[255, 254], latin1, utf8]},
     {unicode, characters_to_list, [<<"é"/utf8>>, unicode]}, {unicode, characters_to_list, [<<216, 61, 222, 0>>, utf16]},
     {unicode, characters_to_list, [<<0, 0, 216, 0>>, utf32]}, {unicode, characters_to_list, [<<0, 0, 0>>, {utf32, big}]},
     {unicode, characters_to_list, [[[<<"a">>, 98] | <<"c">>]]}, {unicode, characters_to_list, [<<"abc">>, bad]}].
