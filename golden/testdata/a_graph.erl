%% Graph search: breadth-first search with the queue module, Dijkstra's
%% shortest paths with gb_sets as the priority queue, topological sort
%% (Kahn's algorithm) with orddict, and connected components.
-module(a_graph).
-export([main/0]).

edges() ->
    [{a, b, 7}, {a, c, 9}, {a, f, 14}, {b, c, 10}, {b, d, 15}, {c, d, 11},
     {c, f, 2}, {d, e, 6}, {e, f, 9}, {g, h, 1}].

%% Undirected adjacency: orddict of node -> [{Neighbour, Weight}].
adjacency(Edges) ->
    lists:foldl(fun({U, V, W}, G) ->
                        G1 = orddict:append(U, {V, W}, G),
                        orddict:append(V, {U, W}, G1)
                end, orddict:new(), Edges).

neighbours(N, G) ->
    case orddict:find(N, G) of
        {ok, Ns} -> lists:sort(Ns);
        error -> []
    end.

bfs(Start, G) ->
    bfs(queue:from_list([Start]), G, #{Start => 0}, []).

bfs(Q, G, Dist, Order) ->
    case queue:out(Q) of
        {empty, _} -> {lists:reverse(Order), Dist};
        {{value, N}, Q1} ->
            D = maps:get(N, Dist),
            New = [V || {V, _} <- neighbours(N, G), not maps:is_key(V, Dist)],
            Dist1 = lists:foldl(fun(V, M) -> M#{V => D + 1} end, Dist, New),
            bfs(queue:join(Q1, queue:from_list(New)), G, Dist1, [N | Order])
    end.

dijkstra(Start, G) ->
    loop(gb_sets:singleton({0, Start}), G, #{Start => {0, none}}).

loop(Frontier, G, Best) ->
    case gb_sets:is_empty(Frontier) of
        true -> Best;
        false ->
            {{D, N}, F1} = gb_sets:take_smallest(Frontier),
            {F2, B2} = lists:foldl(
                         fun({V, W}, {F, B}) ->
                                 Alt = D + W,
                                 case B of
                                     #{V := {Old, _}} when Old =< Alt -> {F, B};
                                     _ -> {gb_sets:add({Alt, V}, F), B#{V => {Alt, N}}}
                                 end
                         end, {F1, Best}, neighbours(N, G)),
            loop(F2, G, B2)
    end.

path(_, none, Acc) -> Acc;
path(Best, N, Acc) ->
    {_, Prev} = maps:get(N, Best),
    path(Best, Prev, [N | Acc]).

%% Kahn's algorithm; ties broken by taking the smallest ready node.
topo(Deps) ->
    Nodes = lists:usort(lists:append([[A, B] || {A, B} <- Deps])),
    InDeg0 = orddict:from_list([{N, 0} || N <- Nodes]),
    InDeg = lists:foldl(fun({_, B}, D) -> orddict:update_counter(B, 1, D) end, InDeg0, Deps),
    Ready = ordsets:from_list([N || {N, 0} <- InDeg]),
    kahn(Ready, InDeg, Deps, []).

kahn([], InDeg, _, Acc) ->
    case [N || {N, D} <- InDeg, D > 0] of
        [] -> {ok, lists:reverse(Acc)};
        Cycle -> {cycle, Cycle}
    end;
kahn([N | Ready], InDeg, Deps, Acc) ->
    Succ = [B || {A, B} <- Deps, A =:= N],
    {Ready1, InDeg1} = lists:foldl(
                         fun(S, {R, D}) ->
                                 D1 = orddict:update_counter(S, -1, D),
                                 case orddict:fetch(S, D1) of
                                     0 -> {ordsets:add_element(S, R), D1};
                                     _ -> {R, D1}
                                 end
                         end, {Ready, orddict:store(N, -1, InDeg)}, Succ),
    kahn(Ready1, InDeg1, Deps, [N | Acc]).

components(G) ->
    Nodes = orddict:fetch_keys(G),
    {Comps, _} = lists:foldl(
                   fun(N, {Cs, Seen}) ->
                           case sets:is_element(N, Seen) of
                               true -> {Cs, Seen};
                               false ->
                                   {Order, _} = bfs(N, G),
                                   {[lists:sort(Order) | Cs],
                                    sets:union(Seen, sets:from_list(Order, [{version, 2}]))}
                           end
                   end, {[], sets:new([{version, 2}])}, Nodes),
    lists:reverse(Comps).

main() ->
    G = adjacency(edges()),
    io:format("adjacency of c: ~w~n", [neighbours(c, G)]),
    {Order, Hops} = bfs(a, G),
    io:format("bfs order from a: ~w~n", [Order]),
    io:format("hops: ~w~n", [lists:sort(maps:to_list(Hops))]),
    Best = dijkstra(a, G),
    lists:foreach(fun(N) ->
                          {D, _} = maps:get(N, Best),
                          io:format("  a -> ~w: ~3b via ~w~n", [N, D, path(Best, N, [])])
                  end, lists:sort(maps:keys(Best))),
    io:format("unreachable g: ~p~n", [maps:find(g, Best)]),
    Deps = [{shirt, tie}, {tie, jacket}, {trousers, shoes}, {trousers, belt},
            {belt, jacket}, {shirt, belt}, {socks, shoes}, {undershorts, trousers},
            {undershorts, shoes}],
    io:format("dress order: ~p~n", [topo(Deps)]),
    io:format("with a cycle: ~p~n", [topo([{a, b}, {b, c}, {c, a}, {c, d}, {x, a}])]),
    io:format("components: ~w~n", [components(G)]),
    Q = queue:in_r(zero, queue:from_list([1, 2, 3])),
    io:format("queue: ~w len ~b peek ~w ~w~n",
              [queue:to_list(Q), queue:len(Q), queue:peek(Q), queue:peek_r(Q)]),
    S = gb_sets:from_list([5, 1, 9, 3, 7]),
    io:format("gb_sets: ~w smallest ~w largest ~w 4? ~w~n",
              [gb_sets:to_list(S), gb_sets:smallest(S), gb_sets:largest(S), gb_sets:is_member(4, S)]),
    Grid = [{X, Y} || X <- lists:seq(0, 4), Y <- lists:seq(0, 4), not lists:member({X, Y}, [{1, 1}, {1, 2}, {1, 3}, {3, 1}, {3, 3}, {2, 3}])],
    GridEdges = [{P, Q2, 1} || P = {X, Y} <- Grid, Q2 <- [{X + 1, Y}, {X, Y + 1}], lists:member(Q2, Grid)],
    GB = dijkstra({0, 0}, adjacency(GridEdges)),
    io:format("grid distance to {4,4}: ~w via ~w~n", [element(1, maps:get({4, 4}, GB)), path(GB, {2, 2}, [])]).
