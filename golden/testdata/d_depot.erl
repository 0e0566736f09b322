-module(d_depot).
-export([main/0]).

%% A warehouse: records kept in gb_trees by SKU, bins as gb_sets, an
%% orddict of suppliers, proplists options, sets of tags and a queue of
%% pending orders, with reports printed through ~p of nested terms.

-record(item, {sku, name, qty = 0, bin, tags = [], price = 0.0}).
-record(order, {id, lines = [], status = new}).

main() ->
    Items = [#item{sku = 1001, name = "bolt M6", qty = 500, bin = {a, 1}, tags = [metal, small], price = 0.05},
             #item{sku = 1002, name = "nut M6", qty = 800, bin = {a, 2}, tags = [metal, small], price = 0.03},
             #item{sku = 2001, name = "drill", qty = 4, bin = {c, 7}, tags = [tool, power], price = 89.9},
             #item{sku = 2002, name = "saw", qty = 0, bin = {c, 8}, tags = [tool], price = 24.5},
             #item{sku = 3001, name = "glue", qty = 37, bin = {b, 3}, tags = [chem], price = 4.75}],
    Stock = lists:foldl(fun(I, T) -> gb_trees:insert(I#item.sku, I, T) end, gb_trees:empty(), Items),
    io:format("size ~w, smallest ~w, largest ~w~n",
              [gb_trees:size(Stock), element(1, gb_trees:smallest(Stock)), element(1, gb_trees:largest(Stock))]),
    io:format("~p~n", [gb_trees:lookup(2001, Stock)]),
    io:format("~p~n", [gb_trees:lookup(9999, Stock)]),
    io:format("~p~n", [gb_trees:keys(Stock)]),
    Bins = gb_sets:from_list([I#item.bin || I <- Items]),
    io:format("bins ~p~n", [gb_sets:to_list(Bins)]),
    io:format("~p ~p~n", [gb_sets:is_member({c, 7}, Bins), gb_sets:is_member({z, 0}, Bins)]),
    io:format("~p~n", [gb_sets:to_list(gb_sets:filter(fun({Row, _}) -> Row =/= a end, Bins))]),
    {Next, _} = gb_sets:take_smallest(Bins),
    io:format("next bin ~p, after {b,3}: ~p~n", [Next, gb_sets:next(gb_sets:iterator_from({b, 4}, Bins))]),
    Tags = lists:foldl(fun(I, S) -> sets:union(S, sets:from_list(I#item.tags)) end, sets:new(), Items),
    io:format("tags ~p~n", [lists:sort(sets:to_list(Tags))]),
    Suppliers = orddict:from_list([{acme, [1001, 1002]}, {tooly, [2001]}, {glueco, [3001]}]),
    S2 = orddict:append(tooly, 2002, orddict:update_counter(calls, 1, Suppliers)),
    io:format("~p~n", [S2]),
    io:format("~p~n", [orddict:fetch(tooly, S2)]),
    io:format("~p~n", [orddict:merge(fun(_, A, B) -> A ++ B end, S2, orddict:from_list([{acme, [1003]}]))]),
    Opts = [{reorder_level, 10}, verbose, {currency, "EUR"}, {reorder_level, 20}],
    io:format("~p ~p ~p ~p~n", [proplists:get_value(reorder_level, Opts), proplists:get_bool(verbose, Opts),
                                proplists:get_value(missing, Opts, none), proplists:get_all_values(reorder_level, Opts)]),
    io:format("~p~n", [proplists:delete(reorder_level, Opts)]),
    Low = [I || {_, I} <- gb_trees:to_list(Stock), I#item.qty < proplists:get_value(reorder_level, Opts)],
    io:format("low stock: ~p~n", [[{I#item.sku, I#item.name, I#item.qty} || I <- Low]]),
    Value = lists:foldl(fun({_, #item{qty = Q, price = P}}, Acc) -> Acc + Q * P end, 0.0, gb_trees:to_list(Stock)),
    io:format("stock value ~.2f~n", [Value]),
    Orders = queue:from_list([#order{id = 1, lines = [{1001, 100}, {2001, 1}]},
                              #order{id = 2, lines = [{2002, 1}]},
                              #order{id = 3, lines = [{3001, 40}]},
                              #order{id = 4, lines = [{1002, 50}, {9999, 1}]}]),
    {Stock2, Done} = process(Orders, Stock, []),
    lists:foreach(fun(O) -> io:format("~p~n", [O]) end, lists:reverse(Done)),
    io:format("~p~n", [[{K, (gb_trees:get(K, Stock2))#item.qty} || K <- gb_trees:keys(Stock2)]]),
    Updated = gb_trees:update(2002, (gb_trees:get(2002, Stock2))#item{qty = 12}, Stock2),
    Del = gb_trees:delete_any(1002, Updated),
    io:format("~p~n", [gb_trees:values(gb_trees:map(fun(_, I) -> I#item.qty end, Del))]),
    Iter = gb_trees:iterator(Del),
    {K1, _, Iter2} = gb_trees:next(Iter),
    {K2, _, _} = gb_trees:next(Iter2),
    io:format("first two ~p ~p~n", [K1, K2]),
    io:format("~p~n", [gb_trees:get(3001, Del)]),
    io:format("~p~n", [record_info(fields, item)]),
    errors(Del),
    ok.

process(Q, Stock, Done) ->
    case queue:out(Q) of
        {empty, _} -> {Stock, Done};
        {{value, O}, Q2} ->
            try fulfil(O#order.lines, Stock) of
                Stock2 -> process(Q2, Stock2, [O#order{status = shipped} | Done])
            catch
                throw:{short, Sku, Have, Want} ->
                    process(Q2, Stock, [O#order{status = {backorder, Sku, Want - Have}} | Done]);
                error:{unknown_sku, Sku} ->
                    process(Q2, Stock, [O#order{status = {rejected, Sku}} | Done])
            end
    end.

fulfil([], Stock) -> Stock;
fulfil([{Sku, N} | Rest], Stock) ->
    case gb_trees:lookup(Sku, Stock) of
        none -> erlang:error({unknown_sku, Sku});
        {value, #item{qty = Q}} when Q < N -> throw({short, Sku, Q, N});
        {value, I} -> fulfil(Rest, gb_trees:update(Sku, I#item{qty = I#item.qty - N}, Stock))
    end.

errors(Stock) ->
    Cases = [fun() -> gb_trees:insert(1001, x, Stock) end,
             fun() -> gb_trees:get(4242, Stock) end,
             fun() -> gb_trees:update(4242, x, Stock) end,
             fun() -> gb_trees:smallest(gb_trees:empty()) end,
             fun() -> gb_sets:add_element(1, not_a_set) end,
             fun() -> orddict:fetch(nope, [{a, 1}]) end,
             fun() -> queue:get(queue:new()) end,
             fun() -> (hd(gb_trees:values(Stock)))#order.id end,
             fun() -> proplists:get_value(a, not_a_list) end],
    lists:foreach(
      fun(F) ->
              try F() of
                  V -> io:format("value ~p~n", [V])
              catch
                  Class:Reason:St -> io:format("~w:~p~n  ~p~n", [Class, Reason, lists:sublist(St, 2)])
              end
      end, Cases).
