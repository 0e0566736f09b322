%% d_graph: a directed graph kept as a map from vertex to successor list
%% (60 vertices), walked breadth first and depth first in the order the
%% map gives its keys, with degree maps, a topological order of its
%% acyclic part and shortest distances.
-module(d_graph).
-export([main/0]).

edges() ->
    [{V, (V * 7 + 3) rem 60} || V <- lists:seq(0, 59)]
        ++ [{V, (V * V + 1) rem 60} || V <- lists:seq(0, 59, 2)]
        ++ [{V, V + 1} || V <- lists:seq(0, 58, 3)].

graph(Edges) ->
    lists:foldl(fun({A, B}, G) ->
                        G1 = maps:update_with(A, fun(S) -> [B | S] end, [B], G),
                        maps:merge(#{B => []}, G1)
                end, #{}, Edges).

bfs(G, Start) -> bfs(G, [Start], #{Start => 0}, []).
bfs(_, [], Dist, Order) -> {lists:reverse(Order), Dist};
bfs(G, [V | Queue], Dist, Order) ->
    D = maps:get(V, Dist),
    New = [W || W <- lists:usort(maps:get(V, G)), not maps:is_key(W, Dist)],
    Dist1 = lists:foldl(fun(W, Acc) -> Acc#{W => D + 1} end, Dist, New),
    bfs(G, Queue ++ New, Dist1, [V | Order]).

dfs(G) ->
    {_, Order} = lists:foldl(fun(V, {Seen, Acc}) -> visit(G, V, Seen, Acc) end,
                             {#{}, []}, maps:keys(G)),
    lists:reverse(Order).

visit(G, V, Seen, Acc) ->
    case Seen of
        #{V := _} -> {Seen, Acc};
        _ ->
            lists:foldl(fun(W, {S, A}) -> visit(G, W, S, A) end,
                        {Seen#{V => true}, [V | Acc]}, maps:get(V, G))
    end.

in_degrees(G) ->
    maps:fold(fun(_, Succs, Acc) ->
                      lists:foldl(fun(W, A) -> maps:update_with(W, fun(C) -> C + 1 end, 1, A) end,
                                  Acc, Succs)
              end, maps:map(fun(_, _) -> 0 end, G), G).

%% Kahn's algorithm over the edges that go up (V < W), which form a DAG.
topo(G) ->
    Up = maps:map(fun(V, Succs) -> [W || W <- Succs, V < W] end, G),
    kahn(Up, [V || {V, 0} <- maps:to_list(in_degrees(Up))], in_degrees(Up), []).

kahn(_, [], _, Order) -> lists:reverse(Order);
kahn(G, [V | Ready], In, Order) ->
    {Ready1, In1} = lists:foldl(
                      fun(W, {R, I}) ->
                              case maps:get(W, I) - 1 of
                                  0 -> {R ++ [W], I#{W := 0}};
                                  N -> {R, I#{W := N}}
                              end
                      end, {Ready, In}, maps:get(V, G)),
    kahn(G, Ready1, In1, [V | Order]).

main() ->
    G = graph(edges()),
    io:format("~p vertices~n~p~n", [map_size(G), G]),
    {Order, Dist} = bfs(G, 0),
    io:format("bfs from 0: ~w~n", [Order]),
    io:format("distances: ~p~n", [Dist]),
    io:format("dfs: ~w~n", [dfs(G)]),
    In = in_degrees(G),
    io:format("in-degrees: ~w~n", [In]),
    Out = maps:map(fun(_, S) -> length(S) end, G),
    io:format("out-degrees: ~w~n", [maps:to_list(Out)]),
    Sinks = maps:keys(maps:filter(fun(_, S) -> S =:= [] end, G)),
    io:format("sinks: ~w~n", [Sinks]),
    io:format("topological: ~w~n", [topo(G)]),
    %% relabel the vertices as {Tens, Units} tuples and strings (not atoms:
    %% BEAM hashes those by their index in its atom table)
    Tagged = maps:from_list([{{V div 10, V rem 10}, [{W div 10, W rem 10} || W <- S]} || {V, S} <- maps:to_list(G)]),
    io:format("~w~n", [maps:keys(Tagged)]),
    Named = maps:fold(fun(V, S, Acc) -> Acc#{integer_to_list(V) => length(S)} end, #{}, G),
    io:format("~p~n", [Named]).
