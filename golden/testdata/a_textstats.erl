%% Text statistics with the string module: lexemes, case folding, trimming,
%% padding, searching and replacing, word frequencies and line wrapping.
-module(a_textstats).
-export([main/0]).

text() ->
    "  The quick brown fox jumps over the lazy dog.\n"
    "The dog sleeps; the fox runs away, quick as ever!\n"
    "\n"
    "A   lazy afternoon: dogs, foxes and one very quick cat.  \n".

words(Text) ->
    [string:lowercase(W) || W <- string:lexemes(Text, " \n\t.,;:!?")].

freq(Words) ->
    lists:foldl(fun(W, M) -> maps:update_with(W, fun(N) -> N + 1 end, 1, M) end, #{}, Words).

top(N, Freq) ->
    Sorted = lists:sort(fun({W1, C1}, {W2, C2}) -> {C2, W1} =< {C1, W2} end, maps:to_list(Freq)),
    lists:sublist(Sorted, N).

wrap(Words, Width) -> wrap(Words, Width, [], []).

wrap([], _, Line, Acc) -> lists:reverse([string:join(lists:reverse(Line), " ") | Acc]);
wrap([W | Ws], Width, [], Acc) -> wrap(Ws, Width, [W], Acc);
wrap([W | Ws], Width, Line, Acc) ->
    Len = length(string:join(lists:reverse(Line), " ")),
    case Len + 1 + length(W) =< Width of
        true -> wrap(Ws, Width, [W | Line], Acc);
        false -> wrap(Ws, Width, [W], [string:join(lists:reverse(Line), " ") | Acc])
    end.

vowels(S) -> length([C || C <- string:lowercase(S), lists:member(C, "aeiou")]).

main() ->
    T = text(),
    Lines = string:split(T, "\n", all),
    io:format("~b lines (~b non-blank), ~b chars~n",
              [length(Lines), length([L || L <- Lines, string:trim(L) =/= ""]), string:length(T)]),
    lists:foreach(fun({I, L}) -> io:format("~2b: ~-52s|~n", [I, string:trim(L)]) end,
                  lists:zip(lists:seq(1, length(Lines)), Lines)),
    Ws = words(T),
    io:format("~b words, ~b distinct, longest ~s~n",
              [length(Ws), maps:size(freq(Ws)),
               lists:last(lists:sort(fun(A, B) -> {length(A), A} =< {length(B), B} end, Ws))]),
    io:format("top 5: ~p~n", [top(5, freq(Ws))]),
    Avg = lists:sum([length(W) || W <- Ws]) / length(Ws),
    io:format("average word length ~.3f, vowels ~w~n", [Avg, vowels(T)]),
    io:format("upper: ~s~n", [string:uppercase("quick brown fox")]),
    io:format("titlecase: ~w ~ts ~s~n", [string:titlecase("élan"), string:titlecase("vital"),
                                         string:casefold("MiXeD")]),
    io:format("find: ~p~n~p~n", [string:find(T, "fox"), string:find(T, "fox", trailing)]),
    io:format("find none: ~p, prefix ~p~n", [string:find(T, "wolf"), string:prefix("foxes", "fox")]),
    io:format("replace: ~p~n", [lists:flatten(string:replace("a-b-c-d", "-", "+", all))]),
    io:format("replace first: ~p~n", [lists:flatten(string:replace("a-b-c-d", "-", "+"))]),
    io:format("pad: [~s] [~s] [~s]~n", [string:pad("left", 10), string:pad("right", 10, leading),
                                      string:pad("mid", 9, both, $*)]),
    io:format("trim: [~s] [~s] [~s]~n", [string:trim("  x  "), string:trim("..x..", leading, "."),
                                       string:trim("xyyzz", trailing, "yz")]),
    io:format("slice/reverse: ~p ~p~n", [string:slice("hello world", 3, 5), string:reverse("stressed")]),
    io:format("equal ~w ~w, is_empty ~w ~w~n",
              [string:equal("Fox", "fox"), string:equal("Fox", "fox", true),
               string:is_empty(""), string:is_empty(" ")]),
    io:format("to_integer: ~p ~p, to_float: ~p~n",
              [string:to_integer("42 apples"), string:to_integer("x1"), string:to_float("2.5e3kg")]),
    io:format("nth lexeme: ~p, lexemes: ~p~n",
              [string:nth_lexeme("a,b,,c", 3, ","), string:lexemes("a,b,,c", ",")]),
    io:format("split trailing: ~p~n", [string:split("k=v=w", "=", trailing)]),
    io:format("chomp: ~p, chr: ~w, str: ~w~n",
              [string:chomp("line\n"), string:chr("hello", $l), string:str("hello", "lo")]),
    Wrapped = wrap(Ws, 28),
    io:format("wrapped at 28:~n"),
    [io:format("  |~-28s|~n", [L]) || L <- Wrapped],
    Centered = [string:pad(L, 32, both) || L <- Wrapped],
    io:format("centered:~n~s~n", [lists:join("\n", Centered)]),
    Acronym = [string:to_upper(hd(W)) || W <- string:lexemes("portable network graphics", " ")],
    io:format("acronym ~s, ~w~n", [Acronym, Acronym]),
    Hist = lists:foldl(fun(W, M) -> maps:update_with(length(W), fun(N) -> N + 1 end, 1, M) end, #{}, Ws),
    [io:format("~2b ~s~n", [Len, lists:duplicate(N, $#)]) || {Len, N} <- lists:sort(maps:to_list(Hist))],
    ok.
