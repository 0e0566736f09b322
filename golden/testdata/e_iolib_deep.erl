%% A report builder that keeps io_lib's results as they come, deep lists,
%% and measures, matches and stores them before flattening: the shapes
%% must be BEAM's, not just the text.
-module(e_iolib_deep).
-export([main/0]).

-record(item, {sku, name, qty, price}).

items() ->
    [#item{sku = 'A-100', name = "widget", qty = 3, price = 2.5},
     #item{sku = b200, name = "gadget deluxe", qty = 12, price = 19.99},
     #item{sku = c3, name = <<"bin name">>, qty = 0, price = 0.1},
     #item{sku = 'd 4', name = [$g, "iz", [$m, $o]], qty = 1000, price = 1234.5}].

%% One row: each cell formatted on its own, kept deep.
row(#item{sku = S, name = N, qty = Q, price = P}) ->
    [io_lib:format("~-8w", [S]), io_lib:format("~-14s", [N]),
     io_lib:format("~6b", [Q]), io_lib:format("~10.2f", [P])].

%% The first element of a cell tells how it was built: a control that
%% io_lib keeps as a sublist, or characters spliced in.
kind([H | _]) when is_list(H) -> nested;
kind([H | _]) when is_integer(H) -> flat;
kind([]) -> empty.

measure(Cell) ->
    {length(Cell), lists:flatlength(Cell), iolist_size(Cell), kind(Cell)}.

report() ->
    Rows = [row(I) || I <- items()],
    lists:foreach(
      fun(Cells) ->
              io:format("~s|~n", [Cells]),
              io:format("  ~w~n", [[measure(C) || C <- Cells]])
      end, Rows),
    Total = lists:sum([Q * P || #item{qty = Q, price = P} <- items()]),
    Line = io_lib:format("total ~.2f over ~w items~n", [Total, length(Rows)]),
    io:format("~s", [Line]),
    io:format("total line: ~w~n", [measure(Line)]).

%% Shapes as ~w shows them.
shapes() ->
    Samples = [io_lib:format("~w and ~w", [a, b]),
               io_lib:format("x~pz", [{1, "ab"}]),
               io_lib:format("~5.2f|~s~n", [3.14159, "hi"]),
               io_lib:format("~10s|~-6w|", ["ab", xy]),
               io_lib:format("~.3s|~3.3s|", ["abcdef", "a"]),
               io_lib:format("~p", [#{k => [1, 2], <<"b">> => {}}]),
               io_lib:format("~P", [lists:seq(1, 10), 4]),
               io_lib:format(["lit", $~, $w, [[$x]]], [ok]),
               io_lib:format("plain ~c~~~n", [$!]),
               io_lib:write({a, [1, 2], <<3>>}),
               io_lib:write([1, 2, 3, 4], 3),
               io_lib:print({tag, "str"})],
    lists:foreach(fun(S) -> io:format("~w~n", [S]) end, Samples).

%% ~p breaks long terms across lines; count the lines and the indentation.
pretty() ->
    Term = {config, [{name, "server-" ++ integer_to_list(N)} || N <- lists:seq(1, 6)],
            #{ports => lists:seq(8000, 8012), mode => active}},
    Deep = io_lib:format("config = ~p~n", [Term]),
    Flat = lists:flatten(Deep),
    Lines = string:split(Flat, "\n", all),
    io:format("~s", [Deep]),
    io:format("lines ~w, deep length ~w, flat length ~w~n",
              [length(Lines), length(Deep), length(Flat)]),
    Indents = [length(L) - length(string:trim(L, leading)) || L <- Lines, L =/= []],
    io:format("indents ~w~n", [Indents]),
    [Body] = [E || E <- Deep, is_list(E)],
    io:format("~w characters before the term; it is a ~w-element list starting with ~w~n",
              [length(lists:takewhile(fun is_integer/1, Deep)), length(Body), hd(Body)]).

%% Deep results as map keys and in comparisons: equal text, other shapes.
cache() ->
    K1 = io_lib:format("~w", [key]),
    K2 = io_lib:format("key", []),
    K3 = "key",
    M = #{K1 => first, K2 => second},
    io:format("~w ~w ~w ~w~n", [map_size(M), K1 =:= K2, K2 =:= K3,
                                lists:flatten(K1) =:= K3]),
    io:format("~w ~w~n", [maps:get(K1, M), maps:get(K3, M, none)]),
    Sorted = lists:sort([io_lib:format("~w", [b]), io_lib:format("~s", ["a"]),
                         io_lib:format("c", []), io_lib:format("~3w", [d])]),
    io:format("~w~n", [Sorted]),
    io:format("~p~n", [erlang:external_size(io_lib:format("~p~p", [x, y]))]).

%% Padding trees: width W makes a balanced tree of pad characters.
padding() ->
    lists:foreach(
      fun(W) ->
              [Pad | _] = Cell = io_lib:format("~*s", [W, "ab"]),
              io:format("~2w ~w ~w~n", [W, length(Cell), Pad])
      end, [2, 3, 4, 5, 8, 13]).

main() ->
    report(),
    shapes(),
    pretty(),
    cache(),
    padding().
