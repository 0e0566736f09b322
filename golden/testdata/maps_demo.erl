-module(maps_demo).
-export([main/0]).

count_words(Words) ->
    lists:foldl(fun(W, M) ->
                        case M of
                            #{W := C} -> M#{W := C + 1};
                            _ -> M#{W => 1}
                        end
                end, #{}, Words).

words(S) -> words(S, [], []).

words([], [], Acc) -> lists:reverse(Acc);
words([], W, Acc) -> words([], [], [lists:reverse(W) | Acc]);
words([$\s | T], [], Acc) -> words(T, [], Acc);
words([$\s | T], W, Acc) -> words(T, [], [lists:reverse(W) | Acc]);
words([C | T], W, Acc) -> words(T, [C | W], Acc).

lookup(Key, M) when is_map_key(Key, M) -> {found, map_get(Key, M)};
lookup(_, _) -> missing.

main() ->
    M = #{a => 1, b => 2},
    io:format("~p~n", [M]),
    M2 = M#{c => 3, a := 10},
    io:format("~p ~p~n", [M2, map_size(M2)]),
    io:format("~p ~p~n", [lookup(a, M2), lookup(z, M2)]),
    io:format("~p~n", [map_get(b, M2)]),
    #{c := C} = M2,
    io:format("c=~p~n", [C]),
    W = count_words(words("the cat and the dog and the bird")),
    io:format("~p~n", [lists:sort(maps:to_list(W))]),
    io:format("~p~n", [maps:get(missing, W, default)]),
    {'EXIT', {BadKey, _}} = (catch M#{zzz := 1}),
    io:format("~p~n", [BadKey]),
    io:format("~p~n", [maps:keys(M2)]),
    Nested = #{k => #{inner => [1, 2]}},
    #{k := #{inner := [First | _]}} = Nested,
    io:format("~p~n", [First]),
    ok.
