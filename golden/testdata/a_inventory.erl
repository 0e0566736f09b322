%% An inventory of items held in nested records: defaults, updates, field
%% access (#r.f), record_info, is_record and record patterns in heads and
%% guards.
-module(a_inventory).
-export([main/0]).

-record(price, {amount = 0 :: integer(), currency = eur :: atom()}).
-record(location, {aisle = 1, shelf = a, bin}).
-record(item, {sku, name = "unnamed", qty = 0, price = #price{},
               where = #location{}, tags = []}).
-record(stock, {items = [] :: [#item{}], log = [], next_sku = 100}).

new() -> #stock{}.

add(Name, Qty, Cents, Aisle, S = #stock{items = Items, next_sku = Sku}) ->
    Item = #item{sku = Sku, name = Name, qty = Qty,
                 price = #price{amount = Cents},
                 where = #location{aisle = Aisle, bin = Sku rem 7}},
    log({added, Sku}, S#stock{items = [Item | Items], next_sku = Sku + 1}).

log(Event, S) -> S#stock{log = [Event | S#stock.log]}.

find(Sku, #stock{items = Items}) ->
    case lists:keyfind(Sku, #item.sku, Items) of
        false -> {error, {no_such_sku, Sku}};
        Item -> {ok, Item}
    end.

take(Sku, N, S) ->
    case find(Sku, S) of
        {ok, #item{qty = Q}} when Q < N ->
            log({short, Sku, N - Q}, S);
        {ok, #item{qty = Q} = It} ->
            It2 = It#item{qty = Q - N},
            Items = lists:keyreplace(Sku, #item.sku, S#stock.items, It2),
            log({took, Sku, N}, S#stock{items = Items});
        {error, _} = E ->
            log(E, S)
    end.

reprice(Pct, S) ->
    Items = [I#item{price = P#price{amount = P#price.amount * (100 + Pct) div 100}}
             || #item{price = P} = I <- S#stock.items],
    log({reprice, Pct}, S#stock{items = Items}).

move(Sku, Aisle, S) ->
    {ok, It} = find(Sku, S),
    Where = It#item.where,
    It2 = It#item{where = Where#location{aisle = Aisle, shelf = b}},
    S#stock{items = lists:keystore(Sku, #item.sku, S#stock.items, It2)}.

tag(Sku, Tag, S) ->
    {ok, It = #item{tags = Tags}} = find(Sku, S),
    S#stock{items = lists:keystore(Sku, #item.sku, S#stock.items,
                                   It#item{tags = lists:usort([Tag | Tags])})}.

value(#stock{items = Items}) ->
    lists:sum([Q * A || #item{qty = Q, price = #price{amount = A}} <- Items]).

by_aisle(#stock{items = Items}) ->
    lists:foldl(fun(#item{where = #location{aisle = A}, name = N}, Acc) ->
                        orddict:append(A, N, Acc)
                end, orddict:new(), Items).

describe(X) when is_record(X, item) -> {item, X#item.sku};
describe(X) when is_record(X, price, 3) -> {price, X#price.amount};
describe(#location{aisle = A}) -> {location, A};
describe(_) -> other.

report(S) ->
    io:format("~-6s ~-10s ~5s ~9s  ~s~n", ["sku", "name", "qty", "price", "where"]),
    lists:foreach(
      fun(#item{sku = Sku, name = N, qty = Q, price = #price{amount = A, currency = C},
                where = #location{aisle = Ai, shelf = Sh, bin = B}, tags = T}) ->
              io:format("~-6w ~-10s ~5w ~6.2f ~3s  ~w/~w/~w ~w~n",
                        [Sku, N, Q, A / 100, C, Ai, Sh, B, T])
      end, lists:keysort(#item.sku, S#stock.items)).

main() ->
    io:format("fields: ~p~n", [record_info(fields, item)]),
    io:format("sizes: ~w ~w ~w~n", [record_info(size, item), record_info(size, price),
                                     record_info(size, stock)]),
    io:format("default item: ~p~n", [#item{}]),
    io:format("index of qty: ~w~n", [#item.qty]),
    S0 = new(),
    S1 = add("bolt", 500, 12, 3, S0),
    S2 = add("nut", 800, 7, 3, S1),
    S3 = add("hinge", 40, 350, 5, S2),
    S4 = add("gasket", 15, 1299, 1, S3),
    S5 = take(101, 300, take(102, 50, take(100, 1000, S4))),
    S6 = take(999, 1, reprice(10, S5)),
    S7 = tag(102, fragile, tag(102, metal, tag(100, metal, move(103, 9, S6)))),
    report(S7),
    io:format("total value: ~.2f ~s~n", [value(S7) / 100, eur]),
    io:format("by aisle: ~p~n", [by_aisle(S7)]),
    io:format("log: ~p~n", [lists:reverse(S7#stock.log)]),
    {ok, Hinge} = find(102, S7),
    io:format("~p~n", [[describe(X) || X <- [Hinge, Hinge#item.price, Hinge#item.where,
                                               {price, 1}, {item}]]]),
    io:format("is_record: ~w ~w ~w~n", [is_record(Hinge, item), is_record(S7, item),
                                        is_record(Hinge, item, 7)]),
    Bad = try (S7#stock.items)#price.amount
          catch error:{badrecord, R} -> {badrecord, is_list(R)}
          end,
    io:format("bad access: ~p~n", [Bad]),
    io:format("next sku ~b, ~b items, tuple size ~b~n",
              [S7#stock.next_sku, length(S7#stock.items), tuple_size(Hinge)]).
