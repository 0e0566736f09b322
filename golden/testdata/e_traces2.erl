%% Stack traces through the standard library, as BEAM prints them: a small
%% data pipeline reads order records, prices them, aggregates them and
%% reports, and every stage that fails is caught and its stack trace
%% printed. The failures happen inside lists, maps, dict, orddict and
%% proplists functions (frames of lists.erl and maps.erl with OTP's lines,
%% lists:map's map_1 recursion, foldl's foldl_1), in funs those functions
%% call, in BIFs (element, setelement, hd, tl, map_get, list_to_atom,
%% binary_to_term, with their error_info), and in float arithmetic, which
%% BEAM computes in line (no {erlang, '*', ...} entry) when an operand is a
%% float.
-module(e_traces2).
-export([main/0, price/1, weight/2, check/1, total/2, tax/2, label/1]).

%% the data is read back from the external format, so that the compiler
%% cannot see what it holds
opaque(X) -> binary_to_term(term_to_binary(X)).

orders() ->
    [#{id => 1, sku => apple, qty => 3, unit => 0.5, tags => [fresh]},
     #{id => 2, sku => pear, qty => 2, unit => 0.75, tags => []},
     #{id => 3, sku => plum, qty => many, unit => 0.2, tags => [ripe]},
     #{id => 4, sku => fig, qty => 1, tags => [dried]},
     #{id => 5, sku => kiwi, qty => 4, unit => 0.3, tags => [fresh | bad]}].

catalogue() -> [{apple, fruit}, {pear, fruit}, {plum, stone}, {fig, dried}].

%% ---- pricing ----

price(#{qty := Q, unit := U}) -> Q * U * 1.0;
price(Order) -> maps:get(unit, Order).

weight(#{qty := Q}, Acc) -> Acc + Q.

check(#{tags := Tags}) -> lists:member(fresh, Tags).

total(Order, Sum) -> Sum + price(Order).

tax(Amount, Rate) when is_float(Rate) -> Amount * Rate + 0.5.

label(Order) -> list_to_atom(maps:get(name, Order, 42)).

%% ---- stages ----

stages() ->
    [{prices, fun(Os) -> lists:map(fun ?MODULE:price/1, Os) end},
     {weights, fun(Os) -> lists:foldl(fun ?MODULE:weight/2, 0, Os) end},
     {totals, fun(Os) -> lists:foldl(fun ?MODULE:total/2, 0.0, Os) end},
     {fresh, fun(Os) -> lists:filter(fun ?MODULE:check/1, Os) end},
     {labels, fun(Os) -> lists:foreach(fun ?MODULE:label/1, Os) end},
     {third, fun(Os) -> maps:get(sku, lists:nth(7, Os)) end},
     {last_tag, fun(Os) -> lists:last(maps:get(tags, lists:nth(2, Os))) end},
     {ids, fun(Os) -> lists:seq(1, length(Os), 0) end},
     {kinds, fun(Os) -> lists:map(fun kind/1, Os) end},
     {by_sku, fun(Os) -> maps:map(fun(_K, O) -> price(O) end, index(Os)) end},
     {sum_qty, fun(Os) -> maps:fold(fun(_K, O, A) -> weight(O, A) end, 0, index(Os)) end},
     {update, fun(Os) -> maps:update(grape, 1, index(Os)) end},
     {find, fun(_) -> maps:find(apple, catalogue()) end},
     {map_get, fun(Os) -> map_get(qty, element(2, list_to_tuple(Os))) end},
     {retag, fun(Os) -> setelement(9, list_to_tuple(Os), none) end},
     {tail, fun(Os) -> tl(lists:nthtail(5, Os)) end},
     {skip, fun(Os) -> lists:nthtail(6, Os) end},
     {double, fun(Os) -> lists:map(fun(O) -> 2 * price(O) end, lists:sublist(Os, 2)) end},
     {taxes, fun(Os) -> lists:map(fun(O) -> tax(maps:get(qty, O), 0.2) end, Os) end},
     {sums, fun(Os) -> lists:sum(lists:map(fun(O) -> maps:get(qty, O) end, Os)) end},
     {pairs, fun(Os) -> lists:zip(Os, tl(Os)) end},
     {reload, fun(_) -> binary_to_term(<<131, 100, 0>>) end},
     {props, fun(Os) -> proplists:get_value(fresh, maps:get(tags, lists:last(Os))) end},
     {dict, fun(_) -> dict:fetch(melon, dict:from_list(catalogue())) end},
     {orddict, fun(_) -> orddict:fetch(melon, orddict:from_list(catalogue())) end},
     {any, fun(Os) -> lists:any(fun(O) -> maps:get(qty, O) > 3 end, Os) end},
     {restock, fun(Os) -> dict:update(plum, fun ?MODULE:price/1, dict:from_list(lists:map(fun by_sku/1, Os))) end},
     {kind_prices, fun(Os) -> orddict:map(fun(_Sku, O) -> price(O) end, orddict:from_list(lists:map(fun by_sku/1, Os))) end},
     {pair_prices, fun(Os) -> lists:zipwith(fun total/2, Os, [0, 1, 2, 3, 4]) end},
     {cheap, fun(Os) -> maps:filter(fun(_K, O) -> price(O) < 1 end, index(Os)) end},
     {watch, fun(Os) -> monitor(order, hd(Os)) end}].

kind(#{sku := Sku}) ->
    {Sku, Kind} = lists:keyfind(Sku, 1, catalogue()),
    Kind.

index(Os) -> maps:from_list(lists:map(fun by_sku/1, Os)).

by_sku(O) -> {maps:get(sku, O), O}.

%% ---- running ----

run_all([], _Orders) -> ok;
run_all([{Name, Stage} | Rest], Orders) ->
    run(Name, Stage, Orders),
    run_all(Rest, Orders).

run(Name, Stage, Orders) ->
    try Stage(Orders) of
        Result -> io:format("~p ok: ~p~n", [Name, Result])
    catch
        Class:Reason:Stack -> io:format("~p ~p:~p~n~p~n", [Name, Class, Reason, Stack])
    end.

%% a fun that catches inside lists:foreach sees foreach_1's frame below it
each_caught(Orders) ->
    lists:foreach(
      fun(O) ->
              try price(O) of
                  P -> io:format("order ~p costs ~p~n", [maps:get(id, O), P])
              catch
                  error:R:St -> io:format("order ~p failed: ~p~n~p~n", [maps:get(id, O), R, St])
              end
      end, Orders).

%% old-style catch of a failure inside a fun that lists:map calls
caught_map(Orders) ->
    case catch lists:map(fun ?MODULE:price/1, Orders) of
        {'EXIT', {Reason, [Top | _]}} -> {caught, Reason, Top};
        Prices -> {prices, Prices}
    end.

main() ->
    Orders = opaque(orders()),
    run_all(stages(), Orders),
    each_caught(Orders),
    io:format("~p~n", [caught_map(Orders)]),
    io:format("~p~n", [caught_map(lists:sublist(Orders, 2))]),
    %% Rate is a literal, which BEAM's compiler puts into the fun: the fun
    %% captures nothing and its frame has arity 1
    Rate = 0.2,
    io:format("~p~n", [catch lists:map(fun(O) -> [tax(maps:get(qty, O), Rate)] end, Orders)]).
