%% d_histogram: histograms kept in maps of more than 32 keys (integer,
%% float, tuple and binary buckets), printed, folded, merged and shrunk
%% back below 33 keys, where a map is sorted again.
-module(d_histogram).
-export([main/0]).

%% A linear congruential generator, so the data is the same everywhere.
rand_list(0, _, Acc) -> Acc;
rand_list(N, S, Acc) ->
    S1 = (S * 1103515245 + 12345) rem 2147483648,
    rand_list(N - 1, S1, [S1 | Acc]).

count(Keys) ->
    lists:foldl(fun(K, M) -> M#{K => maps:get(K, M, 0) + 1} end, #{}, Keys).

main() ->
    Xs = rand_list(3000, 42, []),
    %% integer buckets: values mod 97, and a few far apart
    Mod = count([X rem 97 || X <- Xs]),
    io:format("~p buckets~n~p~n", [map_size(Mod), Mod]),
    Wide = count([(X rem 50) * 1000003 - 25000000 || X <- Xs]),
    io:format("~w~n", [Wide]),
    %% float buckets: rounded to a tenth
    Floats = count([round((X rem 1000) / 25) / 10 || X <- Xs]),
    io:format("~p~n", [Floats]),
    %% a 2-d histogram with tuple keys
    Grid = count([{X rem 7, (X div 7) rem 9} || X <- Xs]),
    io:format("grid ~p cells: ~w~n", [map_size(Grid), maps:to_list(Grid)]),
    %% binary keys: the first two letters of a made-up name
    Names = [<<($a + X rem 26), ($a + (X div 26) rem 3)>> || X <- Xs],
    ByPrefix = count(Names),
    io:format("~p~n", [ByPrefix]),
    %% the mode, found with a fold (ties go to the first key visited)
    Mode = maps:fold(fun(K, C, {_, Best} = Acc) ->
                             if C > Best -> {K, C}; true -> Acc end
                     end, {none, 0}, Mod),
    io:format("mode ~p~n", [Mode]),
    %% merging two histograms, then dropping the rare buckets
    Merged = maps:fold(fun(K, C, Acc) ->
                               maps:update_with(K, fun(D) -> C + D end, C, Acc)
                       end, Mod, count([X rem 89 || X <- Xs])),
    io:format("merged ~p: ~w~n", [map_size(Merged), maps:values(Merged)]),
    Common = maps:filter(fun(_, C) -> C > 60 end, Merged),
    io:format("common ~p: ~p~n", [map_size(Common), Common]),
    %% removing buckets one by one, past the 32-key boundary
    Shrunk = lists:foldl(fun(K, M) -> maps:remove(K, M) end, Mod, lists:seq(0, 63)),
    io:format("shrunk ~p: ~w~n", [map_size(Shrunk), Shrunk]),
    Grown = Shrunk#{1000 => 0, 2000 => 0},
    io:format("grown ~p: ~w~n", [map_size(Grown), maps:keys(Grown)]),
    %% nested: per-residue histograms of the next digit
    Nested = lists:foldl(fun(X, M) ->
                                 maps:update_with(X rem 40,
                                                  fun(H) -> H#{(X div 40) rem 3 => 1} end,
                                                  #{}, M)
                         end, #{}, Xs),
    io:format("~w~n", [Nested]),
    io:format("~w~n", [term_to_binary(maps:with(lists:seq(0, 40), Mod))]).
