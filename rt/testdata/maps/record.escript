#!/usr/bin/env escript
%% Writes order.etf: term_to_binary([{Name, ListKeys, FoldKeys, T2B}],
%% [compressed]), one entry per map of the corpus below, with ListKeys =
%% maps:keys(M) (the order of keys/values/to_list), FoldKeys the order in
%% which maps:fold/3 visits them (as iterators and ~p do) and T2B =
%% term_to_binary(M), or <<>> where it is too large to be worth keeping.
%% The keys are every kind BEAM hashes reproducibly: atoms, pids, refs
%% and funs hash by VM-internal indexes and addresses and are left out.
%% Run from rt/testdata/maps: escript record.escript
main(_) ->
    rand:seed(exsss, {7, 8, 9}),
    Cases = [case_(Name, Keys) || {Name, Keys} <- corpus()] ++ removals(),
    ok = file:write_file("order.etf", term_to_binary(Cases, [compressed])).

case_(Name, Keys) ->
    map_case(Name, maps:from_list([{K, value(K)} || K <- Keys])).

map_case(Name, M) ->
    Fold = lists:reverse(maps:fold(fun(K, _, A) -> [K | A] end, [], M)),
    T2B = case map_size(M) =< 1000 of
              true -> term_to_binary(M);
              false -> <<>>
          end,
    {Name, maps:keys(M), Fold, T2B}.

value(K) when is_integer(K) -> K * 3;
value(_) -> [].

seq(N) -> lists:seq(1, N).

corpus() ->
    [{ints33, seq(33)},
     {ints100, seq(100)},
     {ints1000, seq(1000)},
     {ints50000, lists:seq(0, 49999)},
     {negative, lists:seq(-500, 500)},
     {random, [rand:uniform(1 bsl 40) - (1 bsl 39) || _ <- seq(300)]},
     {edge59, [(1 bsl 59) - I || I <- seq(20)] ++ [(1 bsl 59) + I || I <- seq(20)]
              ++ [-(1 bsl 59) - I || I <- seq(20)] ++ [-(1 bsl 59) + I || I <- seq(20)]},
     {bignums, [(1 bsl 64) + I || I <- seq(30)] ++ [-(1 bsl 100) * I || I <- seq(30)]
               ++ [I bsl 130 + 7 || I <- seq(30)] ++ [(1 bsl 63) + I || I <- seq(10)]},
     {floats, [I * 0.5 || I <- seq(40)] ++ [-I * 1.25 || I <- seq(40)]
              ++ [1.0e100 * I || I <- seq(10)] ++ [0.0, 1.0e-320, 123.456]},
     {strings, ["word" ++ integer_to_list(I) || I <- seq(200)]},
     {string_lengths, [lists:sublist("abcdefghijklmnopqrstuvwxyz", N) || N <- lists:seq(0, 26)]
                      ++ [lists:duplicate(N, $z) || N <- seq(20)]},
     {unicode, [[1000 + I, $a, 300 + I] || I <- seq(50)] ++ [[I, 256, I] || I <- seq(50)]},
     {lists, [[I, [I], {I}] || I <- seq(40)] ++ [[I | I] || I <- seq(20)]
             ++ [[[I, I + 1] | "x"] || I <- seq(20)] ++ [[1.5, I] || I <- seq(10)]},
     {binaries, [<<"key", I:32>> || I <- seq(100)] ++ [binary:copy(<<I>>, I) || I <- seq(40)]
                ++ [<<>>]},
     {bitstrings, [<<I:13>> || I <- seq(60)] ++ [<<I:7>> || I <- seq(30)]
                  ++ [<<"abcdefghijklm", I:3>> || I <- seq(7)]},
     {tuples, [{I, I * 2} || I <- seq(50)] ++ [{"x", I} || I <- seq(30)] ++ [{}]
              ++ [{{I}, <<I>>, [I]} || I <- seq(30)]},
     {small_maps, [#{I => I} || I <- seq(40)] ++ [#{1 => I, 2 => [I]} || I <- seq(20)]
                  ++ [#{}]},
     {large_maps, [maps:from_list([{J, J} || J <- seq(30 + I)]) || I <- seq(10)]
                  ++ [maps:from_list([{J, I} || J <- seq(300)]) || I <- seq(30)]},
     {nil_mixed, [[] | seq(40)]},
     {mixed, seq(20) ++ [I * 1.0 || I <- seq(20)] ++ ["s" ++ [I] || I <- seq(20)]
             ++ [<<I>> || I <- seq(20)] ++ [{I} || I <- seq(20)]}].

%% Maps shrunk by removals: below 33 keys they are flat again.
removals() ->
    M = maps:from_list([{I, value(I)} || I <- seq(100)]),
    Shrink = fun(N) -> lists:foldl(fun maps:remove/2, M, lists:seq(1, N)) end,
    [map_case(remove_to_30, Shrink(70)), map_case(remove_to_33, Shrink(67)),
     map_case(remove_to_40, Shrink(60)),
     map_case(without, maps:without(lists:seq(1, 100, 3), M)),
     map_case(puts, lists:foldl(fun(I, A) -> A#{I * 7 => value(I * 7)} end, #{}, seq(500)))].
