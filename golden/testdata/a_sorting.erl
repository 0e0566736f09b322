%% Sorting: merge sort, quicksort, insertion sort and a heap sort on a
%% leftist heap, checked against lists:sort; lists:usort, keysort, sort/2,
%% ukeymerge; and Erlang's term order across types.
-module(a_sorting).
-export([main/0]).

msort([]) -> [];
msort([X]) -> [X];
msort(L) ->
    {A, B} = lists:split(length(L) div 2, L),
    merge(msort(A), msort(B)).

merge([], B) -> B;
merge(A, []) -> A;
merge([X | A], [Y | _] = B) when X =< Y -> [X | merge(A, B)];
merge(A, [Y | B]) -> [Y | merge(A, B)].

qsort([]) -> [];
qsort([P | T]) ->
    qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).

isort(L) -> lists:foldl(fun insert/2, [], L).
insert(X, [Y | T]) when X > Y -> [Y | insert(X, T)];
insert(X, L) -> [X | L].

%% Leftist heap: {Rank, Value, Left, Right} | nil.
hmerge(nil, H) -> H;
hmerge(H, nil) -> H;
hmerge({_, X, L1, R1}, {_, Y, _, _} = H2) when X =< Y ->
    make(X, L1, hmerge(R1, H2));
hmerge(H1, H2) -> hmerge(H2, H1).

make(X, A, B) ->
    case rank(A) >= rank(B) of
        true -> {rank(B) + 1, X, A, B};
        false -> {rank(A) + 1, X, B, A}
    end.

rank(nil) -> 0;
rank({R, _, _, _}) -> R.

hsort(L) ->
    H = lists:foldl(fun(X, Acc) -> hmerge({1, X, nil, nil}, Acc) end, nil, L),
    drain(H).

drain(nil) -> [];
drain({_, X, L, R}) -> [X | drain(hmerge(L, R))].

%% A linear congruential generator, so the data is the same everywhere.
lcg(0, _) -> [];
lcg(N, S) ->
    S1 = (S * 1103515245 + 12345) rem 2147483648,
    [S1 rem 1000 | lcg(N - 1, S1)].

main() ->
    Data = lcg(200, 42),
    io:format("first 12: ~w~n", [lists:sublist(Data, 12)]),
    Ref = lists:sort(Data),
    Results = [{Name, F(Data) =:= Ref} || {Name, F} <- [{msort, fun msort/1}, {qsort, fun qsort/1},
                                                      {isort, fun isort/1}, {hsort, fun hsort/1}]],
    io:format("agree with lists:sort: ~p~n", [Results]),
    io:format("min ~b max ~b median ~b~n", [hd(Ref), lists:last(Ref), lists:nth(100, Ref)]),
    U = lists:usort(Data),
    io:format("distinct: ~b, duplicates: ~w~n", [length(U), lists:sublist(Data -- U, 8)]),
    io:format("descending: ~w~n", [lists:sublist(lists:sort(fun(A, B) -> A >= B end, Data), 10)]),
    People = [{"ann", 31, oslo}, {"bob", 25, rome}, {"cy", 31, lima}, {"di", 19, oslo},
              {"ed", 25, lima}, {"flo", 42, rome}],
    io:format("by age (stable): ~p~n", [lists:keysort(2, People)]),
    io:format("by city then name: ~p~n",
              [lists:sort(fun({N1, _, C1}, {N2, _, C2}) -> {C1, N1} =< {C2, N2} end, People)]),
    io:format("ukeysort city: ~w~n", [[C || {_, _, C} <- lists:ukeysort(3, People)]]),
    io:format("keymerge: ~w~n", [lists:keymerge(1, [{1, a}, {3, c}, {5, e}], [{2, b}, {3, x}, {4, d}])]),
    io:format("ukeymerge: ~w~n", [lists:ukeymerge(2, [{a, 1}, {c, 3}], [{b, 1}, {d, 2}, {e, 3}, {f, 4}])]),
    io:format("umerge: ~w~n", [lists:umerge([1, 3, 5, 7], [2, 3, 4, 7, 8])]),
    Runs = [lists:sort(lcg(6, S)) || S <- [1, 2, 3]],
    io:format("merge of runs: ~w~n", [lists:merge(Runs)]),
    io:format("umerge/merge3: ~w ~w~n", [lists:umerge([[1, 4], [1, 2], [4, 9]]), lists:merge3([3], [1, 3.0], [2])]),
    io:format("search: ~p ~p~n", [lists:search(fun(X) -> X > 900 end, Data), lists:search(fun(X) -> X > 999 end, Data)]),
    io:format("uniq by tens: ~w~n", [lists:uniq(fun(X) -> X div 100 end, Data)]),
    Mixed = [{b, 2}, "str", 3.5, atom, [1, 2], 7, <<"bin">>, #{k => v}, {a}, -1, [],
             1.0, 1, {a, 1, x}, self_ref, <<>>, #{}, zzz, 2.0e3],
    Sorted = lists:sort(Mixed),
    io:format("term order:~n~p~n", [Sorted]),
    io:format("1 == 1.0: ~w, 1 =:= 1.0: ~w, sort [1, 1.0]: ~w, [1.0, 1]: ~w~n",
              [1 == 1.0, 1 =:= 1.0, lists:sort([1, 1.0]), lists:sort([1.0, 1])]),
    io:format("usort [1, 1.0, 1]: ~w~n", [lists:usort([1, 1.0, 1])]),
    Words = string:lexemes("the Quick brown fox Jumps over The lazy Dog", " "),
    io:format("case-sensitive: ~p~n", [lists:sort(Words)]),
    io:format("case-insensitive: ~p~n",
              [lists:sort(fun(A, B) -> string:lowercase(A) =< string:lowercase(B) end, Words)]),
    io:format("by length: ~p~n",
              [lists:sort(fun(A, B) -> length(A) =< length(B) end, Words)]),
    io:format("partition evens: ~w~n", [lists:partition(fun(X) -> X rem 2 =:= 0 end, lists:sublist(Ref, 15))]),
    Buckets = lists:foldl(fun(X, Acc) -> orddict:update_counter(X div 100, 1, Acc) end, [], Data),
    [io:format("~3b-~3b ~-30s ~2b~n", [B * 100, B * 100 + 99, lists:duplicate(N, $=), N])
     || {B, N} <- Buckets],
    io:format("max/min of mixed: ~p ~p~n", [lists:max(Mixed), lists:min(Mixed)]),
    ok.
