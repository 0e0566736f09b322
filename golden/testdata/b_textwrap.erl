-module(b_textwrap).
-export([main/0]).

%% Text processing on binaries: split a document into paragraphs and words
%% with the binary module, count word frequencies, wrap and justify text
%% to a column width, centre headings, replace words, and build a
%% concordance (word -> line numbers) from a map of lists.

doc() ->
    <<"The Erlang runtime system is designed for systems that must run forever.\n"
      "Processes are cheap, isolated, and communicate only by message passing.\n"
      "\n"
      "Failures are expected: a supervisor restarts the processes that crash, "
      "and the system as a whole keeps running. Hot code loading lets a system "
      "be upgraded while it runs.\n"
      "\n"
      "Pattern matching, immutable data and tail recursion make programs short; "
      "binaries make protocols easy to parse.">>.

paragraphs(Doc) -> [P || P <- binary:split(Doc, <<"\n\n">>, [global]), P =/= <<>>].

words(Text) ->
    [string:lowercase(W) || W <- binary:split(Text, [<<" ">>, <<"\n">>, <<",">>, <<".">>, <<":">>, <<";">>],
                                              [global, trim_all])].

wrap(Text, Width) ->
    Words = binary:split(Text, [<<" ">>, <<"\n">>], [global, trim_all]),
    lists:reverse([lists:reverse(L) || L <- fill(Words, Width, [], 0, [])]).

fill([], _, Line, _, Acc) -> [Line | Acc];
fill([W | Ws], Width, [], 0, Acc) -> fill(Ws, Width, [W], byte_size(W), Acc);
fill([W | Ws], Width, Line, Len, Acc) when Len + 1 + byte_size(W) =< Width ->
    fill(Ws, Width, [W | Line], Len + 1 + byte_size(W), Acc);
fill(Ws, Width, Line, _, Acc) -> fill(Ws, Width, [], 0, [Line | Acc]).

justify([W], _) -> W;
justify(Words, Width) ->
    Gaps = length(Words) - 1,
    Spaces = Width - lists:sum([byte_size(W) || W <- Words]),
    {Base, Extra} = {Spaces div Gaps, Spaces rem Gaps},
    iolist_to_binary(
      join_gaps(Words, Base, Extra)).

centre(Text, Width) ->
    Pad = max(0, Width - string:length(Text)),
    [lists:duplicate(Pad div 2, $\s), Text].

concordance(Doc) ->
    Lines = lists:enumerate(binary:split(Doc, <<"\n">>, [global])),
    M = lists:foldl(fun({N, Line}, Acc) ->
                            lists:foldl(fun(W, A) ->
                                                maps:update_with(W, fun(Ns) -> [N | Ns] end, [N], A)
                                        end, Acc, lists:usort(words(Line)))
                    end, #{}, Lines),
    maps:map(fun(_, Ns) -> lists:reverse(Ns) end, M).

main() ->
    Doc = doc(),
    Ps = paragraphs(Doc),
    io:format("~w paragraphs, ~w bytes, ~w lines~n",
              [length(Ps), byte_size(Doc), length(binary:matches(Doc, <<"\n">>)) + 1]),
    Words = words(Doc),
    Freq = lists:foldl(fun(W, M) -> maps:update_with(W, fun(N) -> N + 1 end, 1, M) end, #{}, Words),
    Top = lists:sublist(lists:sort(fun({A, X}, {B, Y}) -> {Y, A} =< {X, B} end, maps:to_list(Freq)), 8),
    io:format("~w words, ~w distinct; top: ~s~n",
              [length(Words), map_size(Freq), lists:join(", ", [[W, $=, integer_to_list(N)] || {W, N} <- Top])]),
    io:format("~s~n", [centre("WRAPPED AT 40", 40)]),
    lists:foreach(fun(P) ->
                          Lines = wrap(P, 40),
                          {Body, [Last]} = lists:split(length(Lines) - 1, Lines),
                          [io:format("|~s|~n", [justify(L, 40)]) || L <- Body],
                          io:format("|~-40s|~n", [lists:join(" ", Last)]),
                          io:format("~n")
                  end, Ps),
    io:format("replaced: ~s~n", [binary:replace(hd(Ps), [<<"system">>, <<"Erlang">>], <<"***">>, [global])]),
    io:format("positions of 'system': ~w~n", [binary:matches(Doc, <<"system">>)]),
    C = concordance(Doc),
    [io:format("  ~-10s ~w~n", [W, maps:get(W, C)]) || W <- [<<"system">>, <<"processes">>, <<"a">>, <<"the">>]],
    io:format("longest word: ~s~n", [hd(lists:sort(fun(A, B) -> byte_size(A) >= byte_size(B) end, Words))]),
    io:format("string:replace: ~s~n", [string:replace("a-b-c-d", "-", "+", all)]),
    io:format("part/at: ~s ~c ~s~n", [binary:part(Doc, 4, 6), binary:at(Doc, 0), binary:part(Doc, byte_size(Doc), -6)]),
    ok.

%% The first Extra gaps get one space more.
join_gaps([W], _, _) -> [W];
join_gaps([W | Ws], Base, Extra) when Extra > 0 ->
    [W, lists:duplicate(Base + 1, $\s) | join_gaps(Ws, Base, Extra - 1)];
join_gaps([W | Ws], Base, 0) ->
    [W, lists:duplicate(Base, $\s) | join_gaps(Ws, Base, 0)].
