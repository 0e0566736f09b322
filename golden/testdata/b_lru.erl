-module(b_lru).
-export([main/0]).

%% An LRU cache on two maps: key -> {Value, Tick} and Tick -> key, so the
%% least recently used entry is the smallest tick. A cache wraps a slow
%% function (a pseudo-random "disk read") and the hit rates of several
%% capacities are compared on the same access pattern.

-record(lru, {cap, tick = 0, entries = #{}, order = #{}, hits = 0, misses = 0, evicted = []}).

new(Cap) when is_integer(Cap), Cap > 0 -> #lru{cap = Cap}.

get(K, #lru{entries = E} = C) ->
    case E of
        #{K := {V, _}} -> {ok, V, touch(K, V, C#lru{hits = C#lru.hits + 1})};
        #{} -> {miss, C#lru{misses = C#lru.misses + 1}}
    end.

touch(K, V, #lru{tick = T, entries = E, order = O} = C) ->
    O1 = case E of
             #{K := {_, Old}} -> maps:remove(Old, O);
             _ -> O
         end,
    C#lru{tick = T + 1, entries = E#{K => {V, T}}, order = O1#{T => K}}.

put(K, V, #lru{cap = Cap, entries = E} = C) ->
    C1 = touch(K, V, C),
    case map_size(E) >= Cap andalso not is_map_key(K, E) of
        true -> evict(C1);
        false -> C1
    end.

evict(#lru{entries = E, order = O, evicted = Ev} = C) ->
    Oldest = lists:min(maps:keys(O)),
    #{Oldest := K} = O,
    C#lru{entries = maps:remove(K, E), order = maps:remove(Oldest, O), evicted = [K | Ev]}.

keys_by_age(#lru{order = O}) ->
    [K || {_, K} <- lists:keysort(1, maps:to_list(O))].

slow_read(K) -> (K * 7919 + 13) rem 1009.

cached_read(K, C) ->
    case get(K, C) of
        {ok, V, C1} -> {V, C1};
        {miss, C1} ->
            V = slow_read(K),
            {V, put(K, V, C1)}
    end.

%% An access pattern with locality: a working set that drifts.
pattern(N) -> pattern(N, 1, []).
pattern(0, _, Acc) -> lists:reverse(Acc);
pattern(N, S, Acc) ->
    S1 = (S * 16807) rem 2147483647,
    Base = (N div 50) * 3,
    K = Base + (S1 rem 12),
    pattern(N - 1, S1, [K | Acc]).

run(Cap, Keys) ->
    {Sum, C} = lists:foldl(fun(K, {Acc, C0}) ->
                                   {V, C1} = cached_read(K, C0),
                                   {Acc + V, C1}
                           end, {0, new(Cap)}, Keys),
    #lru{hits = H, misses = M, evicted = Ev} = C,
    io:format("cap ~3w: hits ~4w misses ~4w rate ~5.1f% evictions ~4w sum ~w~n",
              [Cap, H, M, 100 * H / (H + M), length(Ev), Sum]),
    C.

main() ->
    C0 = lists:foldl(fun({K, V}, C) -> put(K, V, C) end, new(3),
                     [{a, 1}, {b, 2}, {c, 3}]),
    io:format("order ~w~n", [keys_by_age(C0)]),
    {ok, 1, C1} = get(a, C0),
    io:format("after get(a) ~w~n", [keys_by_age(C1)]),
    C2 = put(d, 4, C1),
    io:format("after put(d) ~w evicted ~w~n", [keys_by_age(C2), C2#lru.evicted]),
    C3 = put(c, 30, C2),
    io:format("after put(c) ~w size ~w~n", [keys_by_age(C3), map_size(C3#lru.entries)]),
    {miss, C4} = get(b, C3),
    io:format("stats hits=~w misses=~w entries=~p~n",
              [C4#lru.hits, C4#lru.misses, C4#lru.entries]),
    Keys = pattern(3000),
    io:format("distinct keys ~w of ~w accesses~n", [length(lists:usort(Keys)), length(Keys)]),
    Final = [run(Cap, Keys) || Cap <- [1, 4, 8, 12, 16, 64]],
    Last = lists:last(Final),
    io:format("largest cache holds ~w, most recent ~w~n",
              [map_size(Last#lru.entries), lists:sublist(lists:reverse(keys_by_age(Last)), 5)]),
    io:format("bad capacity: ~p~n", [try new(0) catch error:R -> R end]),
    ok.
