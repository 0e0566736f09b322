-module(report).
-export([main/0]).

-record(item, {name, qty, price}).

items() ->
    [#item{name = "widget", qty = 4, price = 2.5},
     #item{name = "gadget", qty = 1, price = 10.0},
     #item{name = "doohickey", qty = 12, price = 0.75},
     #item{name = "thingamajig", qty = 0, price = 99.99}].

line(#item{name = N, qty = Q, price = P}) ->
    io_lib:format("~-12s ~3w x ~7.2f = ~8.2f~n", [N, Q, P, Q * P]).

total(Items) -> lists:foldl(fun(#item{qty = Q, price = P}, Acc) -> Acc + Q * P end, 0, Items).

by_value(Items) ->
    lists:sort(fun(A, B) -> A#item.qty * A#item.price >= B#item.qty * B#item.price end, Items).

main() ->
    Items = items(),
    io:format("~s", [[line(I) || I <- Items]]),
    io:format("~s~n", [lists:duplicate(40, $-)]),
    io:format("~-12s ~28.2f~n", ["total", total(Items)]),
    io:format("top: ~s~n", [(hd(by_value(Items)))#item.name]),
    InStock = [I#item.name || I <- Items, I#item.qty > 0],
    io:format("in stock: ~s~n", [lists:join(", ", InStock)]),
    io:format("~p~n", [[{N, Q} || #item{name = N, qty = Q} <- Items, Q >= 4]]),
    io:format("~10.3f|~-8s|~8s|~c~n", [3.14159, "left", "right", $!]),
    io:format("~e ~g~n", [12345.678, 0.5]),
    ok.
