-module(b_unicode).
-export([main/0]).

%% Unicode text handling: ~ts and ~s, unicode:characters_to_list and
%% characters_to_binary, string functions on non-ASCII text (length,
%% uppercase, lowercase, reverse, slice, pad), UTF-8 byte counts, code
%% point inspection and a word frequency count over a multilingual text.

text() ->
    "Grüße aus Köln! Ça va très bien. Ελληνικά γράμματα. Русский текст. 日本語のテキスト。 naïve café".

main() ->
    T = text(),
    Bin = unicode:characters_to_binary(T),
    io:format("~ts~n", [T]),
    io:format("chars ~w, utf8 bytes ~w, string:length ~w~n", [length(T), byte_size(Bin), string:length(T)]),
    io:format("back to list equal: ~w~n", [unicode:characters_to_list(Bin) =:= T]),
    io:format("upper: ~ts~n", [string:uppercase(T)]),
    io:format("lower: ~ts~n", [string:lowercase("ÀÉÎÕÜ ΣΟΦΊΑ ДОМ")]),
    io:format("titlecase: ~ts ~ts~n", [string:titlecase("élan"), string:titlecase("ßtraße")]),
    io:format("casefold: ~ts~n", [string:casefold("Straße")]),
    io:format("reverse: ~ts~n", [string:reverse("åäö → ñ")]),
    io:format("slice: ~ts|~ts~n", [string:slice(T, 0, 5), string:slice(T, 16, 14)]),
    io:format("pad: [~ts] [~ts]~n", [string:pad("日本", 6), string:pad("ñu", 5, both, $·)]),
    Words = string:lexemes(T, " .!。"),
    io:format("~w words; longest: ~ts~n",
              [length(Words), hd(lists:sort(fun(A, B) -> string:length(A) >= string:length(B) end, Words))]),
    [io:format("  ~-10ts ~2w chars ~2w bytes~n", [W, string:length(W), byte_size(unicode:characters_to_binary(W))])
     || W <- lists:sublist(Words, 6)],
    io:format("code points of Köln: ~w~n", [[C || C <- "Köln"]]),
    io:format("hex of €: ~s~n", [[io_lib:format("~2.16.0B ", [B]) || <<B>> <= <<"€"/utf8>>]]),
    io:format("utf8 decode: ~w~n", [[C || <<C/utf8>> <= <<"añ€😀"/utf8>>]]),
    io:format("binary mixed: ~w~n", [unicode:characters_to_binary(["abc", <<"dé"/utf8>>, [$€, [955]]])]),
    io:format("latin1: ~w ~w~n", [unicode:characters_to_binary("é", unicode, latin1),
                                   unicode:characters_to_list(<<233>>, latin1)]),
    io:format("invalid: ~w~n", [unicode:characters_to_list(<<16#C3, 16#28>>)]),
    io:format("~p~n", [["ascii", "ümlaut", [1000, 2000]]]),
    io:format("~tp~n", [["ascii", "ümlaut", "日本", [1000, 2000]]]),
    io:format("~ts / ~s~n", [<<"bin ü"/utf8>>, "latin ü"]),
    io:format("tokens: ~tp~n", [string:tokens("α,β;γ", ",;")]),
    io:format("equal ignoring case: ~w ~w~n",
              [string:equal("ÄBC", "äbc", true), string:equal("ÄBC", "abc", true)]),
    io:format("find: ~ts | ~ts~n", [string:find(T, "Köln"), string:find(T, "é", trailing)]),
    Freq = lists:foldl(fun(C, M) -> maps:update_with(C, fun(N) -> N + 1 end, 1, M) end, #{},
                       [C || C <- string:lowercase(T), C > 127]),
    Top = lists:sublist(lists:sort(fun({A, X}, {B, Y}) -> {Y, A} =< {X, B} end, maps:to_list(Freq)), 5),
    io:format("top non-ascii: ~ts~n", [[[C, $:, integer_to_list(N), $\s] || {C, N} <- Top]]),
    ok.
