-module(otp_cache).
-export([main/0]).

%% A cache built on ETS: a set for values with hit counters
%% (update_counter), an ordered_set index for expiry order, a bag of tags
%% and a duplicate_bag access log; lookups with match and select, a sweep
%% with select_delete, folds, and a table that disappears with its owner.

new() ->
    #{values => ets:new(values, [set, public]),
      expiry => ets:new(expiry, [ordered_set]),
      tags => ets:new(tags, [bag]),
      log => ets:new(log, [duplicate_bag])}.

put(C = #{values := V, expiry := E, tags := T}, Key, Value, Expires, Tags) ->
    true = ets:insert(V, {Key, Value, 0}),
    true = ets:insert(E, {{Expires, Key}}),
    [true = ets:insert(T, {Tag, Key}) || Tag <- Tags],
    C.

get(#{values := V, log := L}, Key) ->
    ets:insert(L, {Key, get}),
    case ets:lookup(V, Key) of
        [{Key, Value, _}] ->
            ets:update_counter(V, Key, {3, 1}),
            {ok, Value};
        [] ->
            miss
    end.

expire(#{values := V, expiry := E}, Now) ->
    Old = ets:select(E, [{{{'$1', '$2'}}, [{'=<', '$1', Now}], ['$2']}]),
    N = ets:select_delete(E, [{{{'$1', '$2'}}, [{'=<', '$1', Now}], [true]}]),
    [ets:delete(V, K) || K <- Old],
    {N, Old}.

main() ->
    C = new(),
    put(C, apple, 3, 100, [fruit, red]),
    put(C, banana, 5, 40, [fruit, yellow]),
    put(C, cherry, 7, 70, [fruit, red]),
    put(C, lemon, 2, 20, [fruit, yellow, sour]),
    #{values := V, expiry := E, tags := T, log := L} = C,
    io:format("get: ~p ~p ~p~n", [get(C, apple), get(C, apple), get(C, kiwi)]),
    io:format("get: ~p~n", [get(C, lemon)]),
    io:format("hits: ~p~n", [lists:sort(ets:match(V, {'$1', '_', '$2'}))]),
    io:format("red: ~p~n", [lists:sort(ets:lookup(T, red))]),
    io:format("red keys: ~p~n", [lists:sort(ets:select(T, [{{red, '$1'}, [], ['$1']}]))]),
    io:format("tag count: ~p~n", [ets:select_count(T, [{{'_', '_'}, [], [true]}])]),
    io:format("log: ~p~n", [lists:sort(ets:lookup(L, apple))]),
    io:format("log size: ~p~n", [ets:info(L, size)]),
    %% the ordered_set walks in key order
    io:format("expiry order: ~p~n", [ets:tab2list(E)]),
    io:format("first/next: ~p ~p~n", [ets:first(E), ets:next(E, ets:first(E))]),
    io:format("last/prev: ~p ~p~n", [ets:last(E), ets:prev(E, ets:last(E))]),
    Total = ets:foldl(fun({_, Val, _}, Acc) -> Acc + Val end, 0, V),
    io:format("total value: ~p~n", [Total]),
    io:format("expensive: ~p~n",
              [lists:sort(ets:select(V, [{{'$1', '$2', '_'}, [{'>', '$2', 4}], [{{'$1', '$2'}}]}]))]),
    io:format("match_object: ~p~n", [lists:sort(ets:match_object(V, {'_', '_', 2}))]),
    io:format("expire at 50: ~p~n", [expire(C, 50)]),
    io:format("left: ~p~n", [lists:sort([K || {K, _, _} <- ets:tab2list(V)])]),
    io:format("counter with default: ~p~n", [ets:update_counter(V, fig, {3, 5}, {fig, 1, 0})]),
    io:format("counter clamp: ~p~n", [ets:update_counter(V, fig, {3, -10, 0, 0})]),
    io:format("update_element: ~p ~p~n", [ets:update_element(V, fig, {2, 9}), ets:lookup(V, fig)]),
    io:format("insert_new: ~p ~p~n", [ets:insert_new(V, {fig, 0, 0}), ets:insert_new(V, {plum, 1, 0})]),
    io:format("take: ~p ~p~n", [ets:take(V, plum), ets:member(V, plum)]),
    ets:delete_object(T, {yellow, lemon}),
    io:format("yellow: ~p~n", [ets:lookup(T, yellow)]),
    io:format("match_delete: ~p ~p~n", [ets:match_delete(L, {'_', get}), ets:info(L, size)]),
    {'EXIT', {badarg, [{ets, update_counter, [T, red, 1], [{error_info, Info}]} | _]}} =
        (catch ets:update_counter(T, red, 1)),
    io:format("counter on a bag: ~p~n", [Info]),
    {'EXIT', {badarg, [{ets, update_element, [T, red, {2, x}], [{error_info, Info2}]} | _]}} =
        (catch ets:update_element(T, red, {2, x})),
    io:format("update_element on a bag: ~p~n", [Info2]),
    %% a table dies with the process that owns it
    Self = self(),
    Owner = spawn(fun() ->
                      Tab = ets:new(scratch, [named_table, public]),
                      ets:insert(Tab, {k, v}),
                      Self ! {made, Tab},
                      receive stop -> ok end
                  end),
    receive {made, Tab} -> ok end,
    io:format("owned: ~p ~p~n", [ets:lookup(scratch, k), ets:info(Tab, owner) =:= Owner]),
    Ref = monitor(process, Owner),
    Owner ! stop,
    receive {'DOWN', Ref, process, Owner, _} -> ok end,
    io:format("after owner died: ~p ~p~n", [ets:info(scratch), catch ets:lookup(scratch, k)]),
    ets:delete(T),
    io:format("deleted: ~p~n", [ets:info(T)]),
    ok.
