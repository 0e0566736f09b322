-module(b_pqueue).
-export([main/0]).

%% A priority queue on gb_trees keyed by {Priority, Seq}, so equal
%% priorities leave in arrival order; used for a task scheduler and for
%% Dijkstra's shortest paths on a small road map.

new() -> {0, gb_trees:empty()}.

push(Prio, Item, {Seq, T}) -> {Seq + 1, gb_trees:insert({Prio, Seq}, Item, T)}.

pop({Seq, T}) ->
    case gb_trees:is_empty(T) of
        true -> empty;
        false ->
            {{Prio, _}, Item, T1} = gb_trees:take_smallest(T),
            {Prio, Item, {Seq, T1}}
    end.

qsize({_, T}) -> gb_trees:size(T).

drain(Q) ->
    case pop(Q) of
        empty -> [];
        {P, I, Q1} -> [{P, I} | drain(Q1)]
    end.

schedule() ->
    Tasks = [{3, "write report"}, {1, "fix outage"}, {2, "review patch"},
             {1, "page on-call"}, {5, "tidy desk"}, {2, "answer mail"}, {3, "plan sprint"}],
    Q = lists:foldl(fun({P, T}, Acc) -> push(P, T, Acc) end, new(), Tasks),
    io:format("~w tasks queued, peek ~p~n", [qsize(Q), element(2, gb_trees:smallest(element(2, Q)))]),
    lists:foreach(fun({P, T}) -> io:format("  [p~w] ~s~n", [P, T]) end, drain(Q)),
    {_, Tree} = Q,
    io:format("largest ~p~n", [gb_trees:largest(Tree)]),
    Iter = gb_trees:iterator_from({2, 0}, Tree),
    {K1, V1, Iter1} = gb_trees:next(Iter),
    {K2, V2, _} = gb_trees:next(Iter1),
    io:format("from p2: ~p ~p, ~p ~p~n", [K1, V1, K2, V2]),
    io:format("keys ~w~n", [gb_trees:keys(Tree)]).

graph() ->
    Edges = [{a, b, 7}, {a, c, 9}, {a, f, 14}, {b, c, 10}, {b, d, 15}, {c, d, 11},
             {c, f, 2}, {d, e, 6}, {e, f, 9}, {f, g, 20}, {e, g, 4}],
    lists:foldl(fun({X, Y, W}, G) ->
                        G1 = maps:update_with(X, fun(L) -> [{Y, W} | L] end, [{Y, W}], G),
                        maps:update_with(Y, fun(L) -> [{X, W} | L] end, [{X, W}], G1)
                end, #{}, Edges).

dijkstra(G, Src) ->
    loop(G, push(0, {Src, none}, new()), #{}).

loop(G, Q, Done) ->
    case pop(Q) of
        empty -> Done;
        {_, {N, _}, Q1} when is_map_key(N, Done) -> loop(G, Q1, Done);
        {D, {N, Prev}, Q1} ->
            Done1 = Done#{N => {D, Prev}},
            Q2 = lists:foldl(fun({M, W}, Acc) ->
                                     case is_map_key(M, Done1) of
                                         true -> Acc;
                                         false -> push(D + W, {M, N}, Acc)
                                     end
                             end, Q1, lists:sort(maps:get(N, G))),
            loop(G, Q2, Done1)
    end.

path(_, none) -> [];
path(Done, N) ->
    {_, Prev} = maps:get(N, Done),
    path(Done, Prev) ++ [N].

heap_sort(L) ->
    Q = lists:foldl(fun(X, Acc) -> push(X, X, Acc) end, new(), L),
    [X || {X, _} <- drain(Q)].

main() ->
    schedule(),
    G = graph(),
    Done = dijkstra(G, a),
    lists:foreach(fun(N) ->
                          {D, _} = maps:get(N, Done),
                          io:format("a -> ~w: ~3w via ~w~n", [N, D, path(Done, N)])
                  end, lists:sort(maps:keys(Done))),
    L = [(X * 37 + 11) rem 101 || X <- lists:seq(1, 40)],
    Sorted = heap_sort(L),
    io:format("heap sort ok: ~w, first ~w~n", [Sorted =:= lists:sort(L), lists:sublist(Sorted, 8)]),
    Big = lists:foldl(fun(X, Q) -> push(-X rem 17, X, Q) end, new(), lists:seq(1, 1000)),
    {P, I, _} = pop(Big),
    io:format("big queue size ~w, first ~w ~w~n", [qsize(Big), P, I]),
    io:format("empty pop: ~w; insert twice: ~p~n",
              [pop(new()), try gb_trees:insert(k, 1, gb_trees:insert(k, 0, gb_trees:empty()))
               catch error:E -> E end]),
    ok.
