-module(d_textproc).
-export([main/0]).

%% Text processing over unicode strings and binaries with the string
%% module: lexemes, padding, case folding, normalization, searching,
%% and a small word-frequency report printed with ~ts.

main() ->
    Text = <<"The quick brown fox — jumps over the lazy dog.\n"
             "Ünïcödé text: Straße, ΣΊΣΥΦΟΣ, ǅemal, ﬁne café.\n"
             "  tabs\tand   spaces\r\nend  "/utf8>>,
    basics(Text),
    lexemes(Text),
    casing(),
    searching(),
    padding(),
    frequencies(Text),
    conversions(),
    errors(),
    ok.

basics(Text) ->
    io:format("bytes=~w chars=~w~n", [byte_size(Text), string:length(Text)]),
    Lines = string:split(Text, "\n", all),
    io:format("lines=~w~n", [length(Lines)]),
    lists:foreach(fun(L) -> io:format("[~ts] ~w~n", [string:trim(L), string:length(L)]) end, Lines),
    io:format("~p~n", [string:trim("  xx  ", leading)]),
    io:format("~p~n", [string:trim("..xx..", both, ".")]),
    io:format("~p~n", [string:trim(<<"\r\n\tX\r\n">>, trailing)]),
    io:format("~ts|~ts~n", [string:slice(Text, 4, 5), string:slice(<<"ΣΊΣΥΦΟΣ"/utf8>>, 2)]),
    io:format("~p~n", [string:reverse("abc")]),
    io:format("~ts~n", [string:reverse(<<"añb"/utf8>>)]),
    io:format("~p ~p~n", [string:is_empty(""), string:is_empty(<<" ">>)]),
    io:format("~p~n", [string:equal("abc", <<"ABC">>, true)]).

lexemes(Text) ->
    Words = string:lexemes(Text, " \t\r\n.,:—"),
    io:format("~w words~n", [length(Words)]),
    io:format("~ts~n", [lists:join("/", Words)]),
    io:format("~p~n", [string:lexemes("a,,b,c,", ",")]),
    io:format("~p~n", [string:split("a,,b,c,", ",", all)]),
    io:format("~p~n", [string:split("a=b=c", "=", trailing)]),
    io:format("~p~n", [string:tokens("a1b22c333", "0123456789")]),
    io:format("~p~n", [string:nth_lexeme("alpha beta gamma", 2, " ")]),
    io:format("~p~n", [[string:to_integer(S) || S <- ["42", "-7abc", "x", "+0012", <<"99 bottles">>]]]),
    io:format("~p~n", [[string:to_float(S) || S <- ["3.25", "1.0e3x", "5", "-.5", "2.5e-1"]]]).

casing() ->
    Ws = [<<"Straße"/utf8>>, <<"ΣΊΣΥΦΟΣ"/utf8>>, <<"ǅemal"/utf8>>, "ﬁne", <<"İstanbul"/utf8>>],
    lists:foreach(
      fun(W) ->
              io:format("~ts: up=~ts low=~ts title=~ts fold=~ts~n",
                        [W, string:uppercase(W), string:lowercase(W),
                         string:titlecase(W), string:casefold(W)])
      end, Ws),
    io:format("~p~n", [string:casefold("ABC") =:= string:casefold("abc")]),
    io:format("~p~n", [string:equal(<<"STRASSE">>, <<"straße"/utf8>>, true)]),
    io:format("~p ~p~n", [string:to_upper("hello ÿ"), string:to_lower("MIXED Case")]).

searching() ->
    S = "the cat sat on the mat with the hat",
    io:format("~p~n", [string:find(S, "the")]),
    io:format("~p~n", [string:find(S, "the", trailing)]),
    io:format("~p~n", [string:find(S, "dog")]),
    io:format("~p~n", [string:replace(S, "the", "a")]),
    io:format("~ts~n", [string:replace(S, "at", "og", all)]),
    io:format("~p~n", [string:prefix(S, "the ")]),
    io:format("~p~n", [string:prefix(S, "cat")]),
    io:format("~p~n", [string:take(S, "the c")]),
    io:format("~p~n", [string:take(S, " ", true)]),
    io:format("~p~n", [string:take(S, "tah", false, trailing)]),
    io:format("~p ~p~n", [string:str(S, "sat"), string:rstr(S, "at")]),
    io:format("~p ~p~n", [string:chr(S, $o), string:rchr(S, $t)]),
    io:format("~p~n", [string:span(S, "eht")]),
    io:format("~p~n", [string:cspan(S, "o")]).

padding() ->
    Items = [{"apple", 3}, {<<"crème brûlée"/utf8>>, 12}, {"日本語", 120}],
    lists:foreach(
      fun({N, Q}) ->
              io:format("|~ts|~ts|~ts|~n",
                        [string:pad(N, 15), string:pad(integer_to_list(Q), 6, leading, $0),
                         string:pad(N, 16, both, $*)])
      end, Items),
    io:format("~p~n", [string:pad("toolongvalue", 4)]),
    io:format("~p~n", [string:centre("mid", 9, $-)]),
    io:format("~p ~p~n", [string:left("abc", 6, $.), string:right("abc", 2)]),
    io:format("~p~n", [string:copies("ab", 3)]),
    io:format("~p~n", [string:chars($z, 4, "tail")]).

frequencies(Text) ->
    Words = [string:casefold(W) || W <- string:lexemes(Text, " \t\r\n.,:—")],
    Freq = lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end, #{}, Words),
    Sorted = lists:sort(fun({A, CA}, {B, CB}) -> {CB, A} =< {CA, B} end, maps:to_list(Freq)),
    lists:foreach(fun({W, C}) -> io:format("~-12ts ~3w~n", [W, C]) end, lists:sublist(Sorted, 8)),
    io:format("~p~n", [lists:sublist(Sorted, 3)]).

conversions() ->
    Bin = <<"Ωmega ∑"/utf8>>,
    L = unicode:characters_to_list(Bin),
    io:format("~w~n", [L]),
    io:format("~p~n", [L]),
    io:format("~tp~n", [L]),
    io:format("~p ~tp~n", [Bin, Bin]),
    io:format("~w~n", [unicode:characters_to_binary(L, unicode, utf16)]),
    io:format("~w~n", [unicode:characters_to_binary(["ab", 16#3A9], unicode, latin1)]),
    io:format("~w~n", [unicode:characters_to_list(<<0, 65, 3, 169>>, utf16)]),
    io:format("~w~n", [unicode:characters_to_binary(<<"ok", 255, 1>>)]),
    io:format("~p~n", [io_lib:printable_unicode_list(L)]),
    io:format("~p~n", [io_lib:printable_latin1_list(L)]).

errors() ->
    Cases = [fun() -> string:trim("  x  ", sideways) end,
             fun() -> string:pad("x", -1) end,
             fun() -> unicode:characters_to_list([1 bsl 22]) end,
             fun() -> string:slice("abc", -1) end,
             fun() -> string:uppercase({x}) end],
    lists:foreach(
      fun(F) ->
              try F() of
                  V -> io:format("value ~p~n", [V])
              catch
                  Class:Reason:St -> io:format("~w:~p~n  ~p~n", [Class, Reason, hd(St)])
              end
      end, Cases).
