%% A double-entry ledger on maps: accounts in a map of maps, postings that
%% move money between them, map patterns in heads, => and := updates (and
%% the badkey error of :=), map_get, and the maps module's traversals.
-module(a_ledger).
-export([main/0]).

open(Names) ->
    maps:from_list([{N, #{balance => 0, postings => 0}} || N <- Names]).

post(From, To, Amount, Ledger) when Amount > 0 ->
    #{From := #{balance := FB, postings := FP} = FA,
      To := #{balance := TB, postings := TP} = TA} = Ledger,
    Ledger#{From := FA#{balance := FB - Amount, postings := FP + 1},
            To := TA#{balance := TB + Amount, postings := TP + 1}}.

apply_all(Txs, Ledger) ->
    lists:foldl(
      fun({F, T, A} = Tx, {L, Errs}) ->
              try {post(F, T, A, L), Errs}
              catch error:{badmatch, _} -> {L, [{unknown_account, Tx} | Errs]};
                    error:function_clause -> {L, [{bad_amount, Tx} | Errs]}
              end
      end, {Ledger, []}, Txs).

balances(Ledger) ->
    maps:map(fun(_Name, #{balance := B}) -> B end, Ledger).

summary(#{balance := B, postings := P}) when B < 0 -> {overdrawn, -B, P};
summary(#{balance := 0, postings := 0}) -> unused;
summary(#{balance := B}) -> {ok, B}.

main() ->
    L0 = open([cash, bank, rent, food, salary, savings]),
    Txs = [{salary, bank, 3000}, {bank, cash, 200}, {bank, rent, 950},
           {cash, food, 120}, {bank, savings, 500}, {cash, food, 45},
           {bank, travel, 300}, {food, cash, -5}, {savings, bank, 100}],
    {L1, Errs} = apply_all(Txs, L0),
    Bal = balances(L1),
    io:format("balances: ~p~n", [Bal]),
    io:format("errors: ~p~n", [lists:reverse(Errs)]),
    io:format("bank via map_get: ~w, size ~w~n", [map_get(balance, map_get(bank, L1)), map_size(L1)]),
    Total = maps:fold(fun(_, B, Acc) -> B + Acc end, 0, Bal),
    io:format("sum of balances (must be 0): ~w~n", [Total]),
    Positive = maps:filter(fun(_, B) -> B > 0 end, Bal),
    io:format("positive: ~w~n", [Positive]),
    io:format("with/without: ~w ~w~n", [maps:with([cash, food, nope], Bal),
                                        maps:keys(maps:without([cash, food], Bal))]),
    Budget = #{food => 150, rent => 950, fun_money => 80},
    Merged = maps:merge(Bal, Budget),
    io:format("merged: ~w~n", [Merged]),
    Spent = maps:fold(
              fun(K, Limit, Acc) ->
                      case Bal of
                          #{K := Used} -> Acc#{K => {Used, Limit, Limit - Used}};
                          #{} -> Acc#{K => {none, Limit}}
                      end
              end, #{}, Budget),
    io:format("budget check: ~p~n", [Spent]),
    Counts = lists:foldl(fun({F, T, _}, Acc) ->
                                 maps:update_with(T, fun(N) -> N + 1 end, 1,
                                                  maps:update_with(F, fun(N) -> N + 1 end, 1, Acc))
                         end, #{}, Txs),
    io:format("mentions: ~w~n", [Counts]),
    io:format("summaries: ~p~n", [maps:map(fun(_, A) -> summary(A) end, L1)]),
    It = maps:iterator(Bal),
    io:format("iterated: ~w~n", [walk(maps:next(It), [])]),
    BadKey = try Bal#{travel := 1}
             catch error:{badkey, K} -> {badkey, K}
             end,
    io:format("update of missing key: ~p~n", [BadKey]),
    BadMap = try (lists:sum([1]))#{a => 1}
             catch error:{badmap, V} -> {badmap, V}
             end,
    io:format("update of non-map: ~p~n", [BadMap]),
    io:format("find/get/take: ~p ~p ~p~n",
              [maps:find(rent, Bal), maps:get(travel, Bal, missing),
               element(1, maps:take(cash, Bal))]),
    Nested = #{a => #{b => #{c => 1}}},
    #{a := #{b := #{c := C}}} = Nested,
    io:format("nested c=~b, keys ~w, values ~w~n",
              [C, maps:keys(Bal), lists:sort(maps:values(Bal))]),
    Inverted = maps:fold(fun(K, V, Acc) -> maps:update_with(V, fun(Ks) -> [K | Ks] end, [K], Acc) end,
                         #{}, #{a => 1, b => 2, c => 1, d => 3, e => 2}),
    io:format("inverted: ~w~n", [maps:map(fun(_, Ks) -> lists:sort(Ks) end, Inverted)]),
    Monthly = [#{rent => 950, food => 300}, #{food => 280, travel => 120}, #{rent => 950, fun_money => 60}],
    Summed = lists:foldl(fun(M, Acc) -> maps:merge_with(fun(_, A, B) -> A + B end, Acc, M) end, #{}, Monthly),
    io:format("merge_with: ~w~n", [Summed]),
    io:format("intersect: ~w ~w~n", [maps:intersect(Bal, Summed),
                                      maps:intersect_with(fun(_, B, S) -> B - S end, Bal, Summed)]),
    Groups = maps:groups_from_list(fun({_, _, A}) -> A >= 300 end, fun({F, T, _}) -> {F, T} end, Txs),
    io:format("groups: ~p~n", [Groups]),
    io:format("~-10s|~10s|~n", ["account", "balance"]),
    [io:format("~-10s|~10.2f|~n", [atom_to_list(K), V / 1]) || {K, V} <- lists:keysort(2, maps:to_list(Bal))],
    ok.

walk(none, Acc) -> lists:reverse(Acc);
walk({K, V, It}, Acc) -> walk(maps:next(It), [{K, V} | Acc]).
