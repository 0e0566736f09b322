%% A small Markdown-to-HTML converter: block structure (headings, lists,
%% code blocks, block quotes, paragraphs) by a line-driven state machine,
%% and inline markup (emphasis, strong, code, links) by a character scanner,
%% with HTML escaping; the output is built as iodata and flattened once.
-module(a_markdown).
-export([main/0]).

document() ->
    "# Release notes\n"
    "\n"
    "Version *2.1* brings **faster** builds & fewer <surprises>.\n"
    "See [the guide](http://example.org/guide) for `make install`.\n"
    "\n"
    "## Changes\n"
    "\n"
    "- parser: handles `maybe`\n"
    "- runtime: *lazy* maps\n"
    "- docs: new [FAQ](faq.html)\n"
    "\n"
    "1. download\n"
    "2. unpack\n"
    "3. run `./configure && make`\n"
    "\n"
    "> Quoted **advice**:\n"
    "> keep it simple.\n"
    "\n"
    "    code block line 1\n"
    "    if (a < b) { return; }\n"
    "\n"
    "Trailing paragraph with an unclosed *star and a lone ` tick.\n".

%% ---- blocks ----

blocks(Lines) -> blocks(Lines, []).

blocks([], Acc) -> lists:reverse(Acc);
blocks(["" | Rest], Acc) -> blocks(Rest, Acc);
blocks([[$# | _] = L | Rest], Acc) ->
    {Hashes, Text} = lists:splitwith(fun(C) -> C =:= $# end, L),
    blocks(Rest, [{heading, length(Hashes), string:trim(Text)} | Acc]);
blocks(["- " ++ _ | _] = Ls, Acc) ->
    {Items, Rest} = lists:splitwith(fun(L) -> lists:prefix("- ", L) end, Ls),
    blocks(Rest, [{ul, [lists:nthtail(2, I) || I <- Items]} | Acc]);
blocks(["> " ++ _ | _] = Ls, Acc) ->
    {Quoted, Rest} = lists:splitwith(fun(L) -> lists:prefix("> ", L) end, Ls),
    blocks(Rest, [{quote, string:join([lists:nthtail(2, Q) || Q <- Quoted], " ")} | Acc]);
blocks(["    " ++ _ | _] = Ls, Acc) ->
    {Code, Rest} = lists:splitwith(fun(L) -> lists:prefix("    ", L) end, Ls),
    blocks(Rest, [{code, [lists:nthtail(4, C) || C <- Code]} | Acc]);
blocks([L | _] = Ls, Acc) ->
    case ordered_item(L) of
        {ok, _} ->
            {Items, Rest} = lists:splitwith(fun(X) -> ordered_item(X) =/= nomatch end, Ls),
            blocks(Rest, [{ol, [T || I <- Items, {ok, T} <- [ordered_item(I)]]} | Acc]);
        nomatch ->
            {Para, Rest} = lists:splitwith(fun(X) -> X =/= "" end, Ls),
            blocks(Rest, [{p, string:join(Para, " ")} | Acc])
    end.

ordered_item(L) ->
    case string:to_integer(L) of
        {N, ". " ++ Text} when is_integer(N) -> {ok, Text};
        _ -> nomatch
    end.

%% ---- inline markup ----

inline([]) -> [];
inline("**" ++ Rest) -> span("**", "strong", Rest);
inline("*" ++ Rest) -> span("*", "em", Rest);
inline("`" ++ Rest) ->
    case string:split(Rest, "`") of
        [Code, After] -> ["<code>", escape(Code), "</code>" | inline(After)];
        [_] -> ["`" | inline(Rest)]
    end;
inline("[" ++ Rest) ->
    case string:split(Rest, "](") of
        [Text, After] ->
            case string:split(After, ")") of
                [Url, More] -> ["<a href=\"", escape(Url), "\">", inline(Text), "</a>" | inline(More)];
                [_] -> ["[" | inline(Rest)]
            end;
        [_] -> ["[" | inline(Rest)]
    end;
inline([C | Rest]) -> [escape([C]) | inline(Rest)].

span(Mark, Tag, Rest) ->
    case string:split(Rest, Mark) of
        [Inner, After] when Inner =/= "" ->
            ["<", Tag, ">", inline(Inner), "</", Tag, ">" | inline(After)];
        _ -> [escape(Mark) | inline(Rest)]
    end.

escape(S) ->
    lists:map(fun($&) -> "&amp;"; ($<) -> "&lt;"; ($>) -> "&gt;"; ($") -> "&quot;"; (C) -> C end, S).

%% ---- rendering ----

render({heading, N, T}) -> io_lib:format("<h~b>~s</h~b>~n", [N, inline(T), N]);
render({p, T}) -> ["<p>", inline(T), "</p>\n"];
render({quote, T}) -> ["<blockquote>", inline(T), "</blockquote>\n"];
render({ul, Items}) -> ["<ul>\n", [["  <li>", inline(I), "</li>\n"] || I <- Items], "</ul>\n"];
render({ol, Items}) -> ["<ol>\n", [["  <li>", inline(I), "</li>\n"] || I <- Items], "</ol>\n"];
render({code, Lines}) -> ["<pre><code>", lists:join("\n", [escape(L) || L <- Lines]), "</code></pre>\n"].

toc(Blocks) ->
    [io_lib:format("~*s~s~n", [2 * (N - 1), "", T]) || {heading, N, T} <- Blocks].

main() ->
    Lines = string:split(document(), "\n", all),
    Blocks = blocks(Lines),
    io:format("~b lines, ~b blocks: ~w~n", [length(Lines), length(Blocks), [element(1, B) || B <- Blocks]]),
    io:format("contents:~n~s", [toc(Blocks)]),
    Html = unicode:characters_to_binary([render(B) || B <- Blocks]),
    io:format("~s", [Html]),
    io:format("html: ~b bytes, ~b tags~n", [byte_size(Html), length(binary:matches(Html, <<"</">>))]),
    io:format("inline: ~p~n", [lists:flatten(inline("a **b *c* d** e"))]),
    io:format("escaped: ~s~n", [escape("<a href=\"x\">&</a>")]),
    Words = [W || B <- Blocks, {p, T} <- [B], W <- string:lexemes(T, " ")],
    io:format("paragraph words: ~b, longest ~p~n",
              [length(Words), hd(lists:sort(fun(A, B) -> length(A) >= length(B) end, Words))]).
