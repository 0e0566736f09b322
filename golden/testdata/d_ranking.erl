-module(d_ranking).
-export([main/0]).

%% A league table: results are folded into standings, then sorted and
%% merged in every way the lists module offers (custom funs, keysort,
%% ukeysort, merge/umerge variants, partition and friends).

-record(team, {name, played = 0, won = 0, drawn = 0, lost = 0, gf = 0, ga = 0}).

results() ->
    [{"Ajax", 2, "Benfica", 1}, {"Celtic", 0, "Dynamo", 0}, {"Benfica", 3, "Celtic", 3},
     {"Dynamo", 1, "Ajax", 4}, {"Ajax", 1, "Celtic", 1}, {"Benfica", 2, "Dynamo", 0},
     {"Celtic", 2, "Ajax", 0}, {"Dynamo", 2, "Benfica", 2}, {"Eagles", 5, "Ajax", 5},
     {"Eagles", 0, "Benfica", 1}, {"Celtic", 1, "Eagles", 1}, {"Dynamo", 3, "Eagles", 0}].

main() ->
    Table = standings(results()),
    print(Table),
    sorts(Table),
    keysorts(),
    merges(),
    splitting(),
    errors(),
    ok.

standings(Results) ->
    M = lists:foldl(fun({H, HG, A, AG}, Acc) ->
                            Acc1 = record(H, HG, AG, Acc),
                            record(A, AG, HG, Acc1)
                    end, #{}, Results),
    Teams = maps:values(M),
    lists:sort(fun(A, B) -> rank_key(A) =< rank_key(B) end, Teams).

record(Name, For, Against, Acc) ->
    T0 = maps:get(Name, Acc, #team{name = Name}),
    T1 = T0#team{played = T0#team.played + 1, gf = T0#team.gf + For, ga = T0#team.ga + Against},
    T = if For > Against -> T1#team{won = T1#team.won + 1};
           For =:= Against -> T1#team{drawn = T1#team.drawn + 1};
           true -> T1#team{lost = T1#team.lost + 1}
        end,
    Acc#{Name => T}.

points(#team{won = W, drawn = D}) -> 3 * W + D.

rank_key(T = #team{gf = F, ga = A, name = N}) -> {-points(T), -(F - A), -F, N}.

print(Table) ->
    io:format("~-3s ~-8s ~2s ~2s ~2s ~2s ~5s ~3s~n", ["#", "Team", "P", "W", "D", "L", "Goals", "Pts"]),
    lists:foldl(
      fun(T, I) ->
              io:format("~-3w ~-8s ~2w ~2w ~2w ~2w ~5s ~3w~n",
                        [I, T#team.name, T#team.played, T#team.won, T#team.drawn, T#team.lost,
                         io_lib:format("~w:~w", [T#team.gf, T#team.ga]), points(T)]),
              I + 1
      end, 1, Table),
    io:format("~p~n", [hd(Table)]).

sorts(Table) ->
    Names = [T#team.name || T <- Table],
    io:format("~p~n", [lists:sort(Names)]),
    io:format("~p~n", [lists:reverse(lists:sort(Names))]),
    io:format("~p~n", [lists:sort(fun(A, B) -> length(A) =< length(B) end, Names)]),
    io:format("~p~n", [lists:usort(fun(A, B) -> length(A) =< length(B) end, Names)]),
    io:format("~p~n", [lists:usort([T#team.won || T <- Table])]),
    Tuples = [{T#team.name, points(T), T#team.gf} || T <- Table],
    io:format("~p~n", [lists:sort(fun({_, P1, _}, {_, P2, _}) -> P1 >= P2 end, Tuples)]),
    io:format("~p~n", [lists:max(Tuples)]),
    io:format("~p~n", [lists:min([{P, N} || {N, P, _} <- Tuples])]).

keysorts() ->
    L = [{b, 2, x}, {a, 3, y}, {c, 1, z}, {a, 1, w}, {b, 2, v}, {d, 3, u}],
    io:format("~p~n", [lists:keysort(1, L)]),
    io:format("~p~n", [lists:keysort(2, L)]),
    io:format("~p~n", [lists:ukeysort(1, L)]),
    io:format("~p~n", [lists:ukeysort(2, L)]),
    io:format("~p~n", [lists:keysort(3, L)]),
    io:format("~p~n", [lists:keyfind(a, 1, L)]),
    io:format("~p~n", [lists:keytake(2, 2, L)]),
    io:format("~p~n", [lists:keyreplace(c, 1, L, {c, 100, new})]),
    io:format("~p~n", [lists:keystore(e, 1, L, {e, 0, tail})]),
    io:format("~p~n", [lists:keydelete(b, 1, L)]),
    io:format("~p~n", [lists:keymap(fun(X) -> X * 10 end, 2, L)]),
    io:format("~p~n", [lists:keysearch(3, 2, L)]).

merges() ->
    A = [1, 3, 5, 7], B = [2, 3, 6, 8], C = [0, 4, 9],
    io:format("~w~n", [lists:merge(A, B)]),
    io:format("~w~n", [lists:umerge(A, B)]),
    io:format("~w~n", [lists:merge3(A, B, C)]),
    io:format("~w~n", [lists:umerge3(A, B, C)]),
    io:format("~w~n", [lists:merge([A, B, C])]),
    io:format("~w~n", [lists:umerge([A, B, C, A])]),
    Desc = fun(X, Y) -> X >= Y end,
    io:format("~w~n", [lists:merge(Desc, lists:reverse(A), lists:reverse(B))]),
    io:format("~w~n", [lists:umerge(Desc, lists:reverse(A), lists:reverse(B))]),
    K1 = [{1, a}, {3, c}, {5, e}], K2 = [{2, b}, {3, cc}, {6, f}],
    io:format("~p~n", [lists:keymerge(1, K1, K2)]),
    io:format("~p~n", [lists:ukeymerge(1, K1, K2)]).

splitting() ->
    L = lists:seq(1, 20),
    io:format("~p~n", [lists:partition(fun(X) -> X rem 3 =:= 0 end, L)]),
    io:format("~p~n", [lists:splitwith(fun(X) -> X < 6 end, L)]),
    io:format("~p~n", [lists:split(7, L)]),
    io:format("~p~n", [lists:dropwhile(fun(X) -> X < 15 end, L)]),
    io:format("~p~n", [lists:takewhile(fun(X) -> X * X < 50 end, L)]),
    io:format("~p~n", [lists:filtermap(fun(X) when X rem 4 =:= 0 -> {true, X div 4};
                                          (X) -> X =:= 5 end, L)]),
    io:format("~p~n", [lists:mapfoldl(fun(X, S) -> {X * S, S + X} end, 0, lists:sublist(L, 6))]),
    io:format("~p~n", [lists:mapfoldr(fun(X, S) -> {X + S, S + 1} end, 0, lists:sublist(L, 6))]),
    io:format("~p~n", [lists:zipwith3(fun(X, Y, Z) -> X * Y + Z end, [1, 2, 3], [4, 5, 6], [7, 8, 9])]),
    io:format("~p~n", [lists:unzip3([{a, 1, x}, {b, 2, y}])]),
    io:format("~p~n", [lists:flatmap(fun(X) -> lists:duplicate(X, X) end, [1, 2, 3])]),
    io:format("~p~n", [lists:subtract([1, 2, 3, 2, 1], [2, 1])]),
    io:format("~p~n", [lists:search(fun(X) -> X > 17 end, L)]),
    io:format("~p~n", [lists:enumerate(10, [a, b, c])]),
    io:format("~p~n", [lists:uniq([3, 1, 3, 2, 1])]),
    io:format("~p~n", [lists:droplast([1, 2, 3])]),
    io:format("~p~n", [[lists:prefix([1, 2], L), lists:suffix([19, 20], L)]]),
    io:format("~p~n", [lists:nthtail(17, L)]).

errors() ->
    Cases = [fun() -> lists:keysort(0, [{a}]) end,
             fun() -> lists:keysort(2, [{a}, {b}]) end,
             fun() -> lists:sort(fun(_, _) -> perhaps end, [1, 2, 3]) end,
             fun() -> lists:split(30, [1, 2]) end,
             fun() -> lists:nth(0, [1]) end,
             fun() -> lists:merge(a, [1]) end,
             fun() -> lists:zip([1, 2], [a]) end,
             fun() -> lists:sort([3 | 4]) end,
             fun() -> lists:max([]) end,
             fun() -> lists:seq(5, 1) end,
             fun() -> lists:sublist([1, 2], -1) end],
    lists:foreach(
      fun(F) ->
              try F() of
                  V -> io:format("value ~p~n", [V])
              catch
                  Class:Reason:St ->
                      io:format("~w:~p~n  ~p~n", [Class, Reason, lists:sublist(St, 2)])
              end
      end, Cases).
