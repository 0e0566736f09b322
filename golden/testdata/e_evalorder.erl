-module(e_evalorder).
-export([main/0]).

%% The order in which BEAM evaluates the parts of a list, a tuple, a call's
%% arguments, a list's tail and an operator's operands when one of them is a
%% comprehension, a case or a receive, which the generated Go runs as statements of their own:
%% what each step prints shows the order.

p(X) -> io:format("~p ", [X]), X.

line(Label, F) ->
    io:format("~s: ", [Label]),
    R = F(),
    io:format("-> ~p~n", [R]).

pair(A, B) -> {A, B}.

main() ->
    line("list", fun() -> [p(a), [p(X) || X <- [b, c]], p(d)] end),
    line("tuple", fun() -> {p(a), case p(b) of b -> p(c) end, p(d)} end),
    line("args", fun() -> pair(p(a), [p(X) || X <- [b]]) end),
    line("tail", fun() -> [p(a), p(b) | [p(X) || X <- [c]]] end),
    line("nested", fun() -> [{p(a), p(b)}, [p({c, X}) || X <- [1, 2]], if true -> p(d) end] end),
    self() ! go,
    line("receive", fun() -> [p(a), receive go -> p(b) end, p(c)] end),
    line("binary comp", fun() -> {p(a), << <<(p(X))>> || X <- [1, 2] >>} end),
    line("andalso", fun() -> [p(a), p(true) andalso p(b)] end),
    line("block", fun() -> [p(a), begin p(b), p(c) end] end),
    line("plus", fun() -> p(1) + case p(2) of 2 -> p(3) end end),
    line("append", fun() -> p([a]) ++ [p(X) || X <- [b, c]] end),
    line("compare", fun() -> p(1) < begin p(x), p(2) end end),
    line("times", fun() -> p(5) * if true -> p(6) end end),
    line("error", fun() ->
        try [p(a), 1 / length(p([])), [p(X) || X <- [b]]]
        catch error:badarith -> caught
        end
    end),
    ok.
