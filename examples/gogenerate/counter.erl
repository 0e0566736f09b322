-module(counter).
-export([word_counts/1, total/1]).

%% word_counts("a b a") -> #{"a" => 2, "b" => 1}
word_counts(Text) ->
    lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end,
                #{}, words(Text, [], [])).

words([], [], Acc) -> Acc;
words([], W, Acc) -> [lists:reverse(W) | Acc];
words([$\s | T], [], Acc) -> words(T, [], Acc);
words([$\s | T], W, Acc) -> words(T, [], [lists:reverse(W) | Acc]);
words([C | T], W, Acc) -> words(T, [C | W], Acc).

total(Numbers) when is_list(Numbers) -> lists:sum(Numbers).
