-module(b_inventory).
-export([main/0]).

%% A warehouse inventory with records: items with nested supplier records,
%% stock movements applied with keystore/keytake, reports grouped with
%% maps:groups_from_list, and many lists and maps library functions
%% (keysort, ukeysort, partition, mapfoldl, foldr, zipwith3, enumerate,
%% uniq, filtermap, merge_with, intersect_with, splitwith, nthtail).

-record(supplier, {name, country = "NL", rating = 3}).
-record(item, {sku, name, qty = 0, price = 0.0, supplier = #supplier{name = "acme"}, tags = []}).

items() ->
    [#item{sku = "A-100", name = "bolt", qty = 500, price = 0.05, tags = [metal, small]},
     #item{sku = "A-200", name = "nut", qty = 800, price = 0.03, tags = [metal, small]},
     #item{sku = "B-100", name = "hammer", qty = 25, price = 12.5,
           supplier = #supplier{name = "toolco", country = "DE", rating = 5}, tags = [tool]},
     #item{sku = "B-200", name = "saw", qty = 10, price = 22.0,
           supplier = #supplier{name = "toolco", country = "DE", rating = 5}, tags = [tool, sharp]},
     #item{sku = "C-100", name = "glue", qty = 0, price = 4.75,
           supplier = #supplier{name = "stickit", rating = 2}, tags = [liquid]},
     #item{sku = "C-200", name = "tape", qty = 60, price = 2.0, tags = []}].

value(#item{qty = Q, price = P}) -> Q * P.

apply_moves(Items, Moves) ->
    lists:foldl(fun move/2, Items, Moves).

move({receive_stock, Sku, N}, Items) ->
    case lists:keyfind(Sku, #item.sku, Items) of
        #item{qty = Q} = I -> lists:keystore(Sku, #item.sku, Items, I#item{qty = Q + N});
        false -> Items
    end;
move({ship, Sku, N}, Items) ->
    case lists:keytake(Sku, #item.sku, Items) of
        {value, #item{qty = Q} = I, Rest} when Q >= N -> [I#item{qty = Q - N} | Rest];
        {value, #item{qty = Q, name = Name}, _} ->
            io:format("  cannot ship ~w ~s, only ~w~n", [N, Name, Q]),
            Items;
        false -> Items
    end;
move({reprice, Sku, Pct}, Items) ->
    [case I of
         #item{sku = Sku, price = P} -> I#item{price = round(P * (100 + Pct)) / 100};
         _ -> I
     end || I <- Items];
move({new, Item}, Items) -> Items ++ [Item].

main() ->
    Items0 = items(),
    io:format("total value ~.2f~n", [lists:sum([value(I) || I <- Items0])]),
    Moves = [{ship, "A-100", 120}, {receive_stock, "C-100", 40}, {ship, "B-200", 11},
             {reprice, "B-100", 10}, {new, #item{sku = "D-100", name = "drill", qty = 3, price = 89.99}},
             {ship, "X-999", 1}, {receive_stock, "A-200", 200}],
    Items = apply_moves(Items0, Moves),
    io:format("after moves:~n"),
    [io:format("  ~-6s ~-7s ~4w x ~6.2f = ~8.2f  (~s, ~s)~n",
               [S, N, Q, P, Q * P, Sup#supplier.name, Sup#supplier.country])
     || #item{sku = S, name = N, qty = Q, price = P, supplier = Sup} <- lists:keysort(#item.sku, Items)],
    {InStock, Out} = lists:partition(fun(#item{qty = Q}) -> Q > 0 end, Items),
    io:format("in stock ~w, out ~p~n", [length(InStock), [N || #item{name = N} <- Out]]),
    BySupplier = maps:groups_from_list(fun(#item{supplier = #supplier{name = N}}) -> N end,
                                       fun(#item{name = N}) -> N end, Items),
    io:format("by supplier ~p~n", [BySupplier]),
    {Numbered, Total} = lists:mapfoldl(fun(#item{qty = Q} = I, Acc) -> {{I#item.sku, Acc}, Acc + Q} end, 0,
                                       lists:keysort(#item.sku, Items)),
    io:format("running totals ~p, total ~w~n", [Numbered, Total]),
    Tags = lists:uniq(lists:append([T || #item{tags = T} <- Items])),
    io:format("tags ~w~n", [Tags]),
    io:format("enumerate ~w~n", [lists:enumerate(10, [N || #item{name = N} <- lists:sublist(Items, 3)])]),
    io:format("zipwith3 ~w~n", [lists:zipwith3(fun(A, B, C) -> A * B + C end, [1, 2, 3], [4, 5, 6], [7, 8, 9])]),
    io:format("foldr ~p~n", [lists:foldr(fun(#item{name = N}, Acc) -> [N | Acc] end, [], Items)]),
    io:format("ukeysort ~w~n", [lists:ukeysort(1, [{b, 1}, {a, 2}, {b, 3}, {a, 4}, {c, 5}])]),
    {Front, Back} = lists:splitwith(fun(#item{qty = Q}) -> Q > 20 end, Items),
    io:format("splitwith ~p ~p~n", [[N || #item{name = N} <- Front], length(Back)]),
    io:format("nthtail ~w~n", [length(lists:nthtail(2, Items))]),
    Ratings = maps:from_list([{S#supplier.name, S#supplier.rating} || #item{supplier = S} <- Items]),
    Counts = maps:from_list([{K, length(V)} || {K, V} <- maps:to_list(BySupplier)]),
    io:format("filtermap ~p~n", [maps:filtermap(fun(_, R) when R >= 3 -> {true, R * 10}; (_, _) -> false end, Ratings)]),
    io:format("merge_with ~p~n", [maps:merge_with(fun(_, R, C) -> {R, C} end, Ratings, Counts)]),
    io:format("intersect_with ~p~n",
              [maps:intersect_with(fun(_, R, C) -> R * C end, Ratings, #{"acme" => 2, "nobody" => 9})]),
    io:format("fold ~w~n", [maps:fold(fun(_, V, Acc) -> V + Acc end, 0, Ratings)]),
    io:format("record info ~w ~w~n", [record_info(size, item), record_info(fields, supplier)]),
    io:format("is_record ~w ~w~n", [is_record(hd(Items), item), is_record({item, 1}, item)]),
    Default = #item{},
    io:format("default item ~p~n", [Default]),
    ok.
