-module(c_digraph).
-export([main/0]).

%% digraph at work: a build planner over package dependencies (topsort,
%% cycles, what a change rebuilds), a route finder over one-way streets
%% (shortest paths, labels as distances), and the errors digraph reports
%% or raises. Where a result's order follows the ETS tables' iteration
%% (vertices/1, edges/1, components), it is sorted before printing.

deps() ->
    [{app, [web, db, log]},
     {web, [http, json, log]},
     {http, [sockets, log]},
     {db, [sockets, json]},
     {json, []}, {log, []}, {sockets, []},
     {tests, [app, mock]}, {mock, [json]}].

build_graph(Deps, Type) ->
    G = digraph:new(Type),
    [digraph:add_vertex(G, P, {pkg, P}) || {P, _} <- Deps],
    Bad = [{P, D, R} || {P, Ds} <- Deps, D <- Ds,
                        {error, R} <- [digraph:add_edge(G, P, D, depends)]],
    {G, Bad}.

%% A valid build order builds each package after what it depends on.
valid_order(G, Order) ->
    Pos = maps:from_list(lists:zip(Order, lists:seq(1, length(Order)))),
    lists:all(fun(E) ->
                      {E, From, To, _} = digraph:edge(G, E),
                      maps:get(To, Pos) > maps:get(From, Pos)
              end, digraph:edges(G)).

planner() ->
    {G, []} = build_graph(deps(), [acyclic]),
    io:format("~p vertices, ~p edges~n", [digraph:no_vertices(G), digraph:no_edges(G)]),
    io:format("~p~n", [digraph:info(G)]),
    Order = digraph_utils:topsort(G),
    io:format("topsort valid: ~p, ~p~n", [valid_order(G, Order), lists:sort(Order) =:= lists:sort(digraph:vertices(G))]),
    io:format("acyclic ~p, tree ~p, arborescence ~p~n",
              [digraph_utils:is_acyclic(G), digraph_utils:is_tree(G), digraph_utils:arborescence_root(G)]),
    io:format("leaves ~p~nroots ~p~n", [lists:sort(digraph:sink_vertices(G)), lists:sort(digraph:source_vertices(G))]),
    io:format("json is needed by ~p~n", [lists:sort(digraph_utils:reaching([json], G))]),
    io:format("app needs ~p~n", [lists:sort(digraph_utils:reachable_neighbours([app], G))]),
    io:format("log: in ~p out ~p~n", [digraph:in_degree(G, log), digraph:out_degree(G, log)]),
    io:format("~p~n", [digraph:vertex(G, web)]),
    io:format("~p~n", [digraph:vertex(G, nothing)]),
    %% A cycle is refused in an acyclic graph, with the path that closes it.
    io:format("~p~n", [digraph:add_edge(G, sockets, app)]),
    io:format("~p~n", [digraph:add_edge(G, log, log)]),
    io:format("~p~n", [digraph:add_edge(G, log, nowhere)]),
    io:format("~p~n", [digraph:get_path(G, tests, sockets)]),
    io:format("~p~n", [digraph:get_short_path(G, tests, sockets)]),
    io:format("~p~n", [digraph:get_short_path(G, sockets, tests)]),
    digraph:delete(G),

    %% The same packages, cyclic: http also needs app.
    {C, []} = build_graph([{http, [sockets, log, app]} | deps()], [cyclic]),
    io:format("topsort ~p, acyclic ~p~n", [digraph_utils:topsort(C), digraph_utils:is_acyclic(C)]),
    io:format("~p~n", [digraph:get_cycle(C, app)]),
    io:format("~p~n", [digraph:get_short_cycle(C, web)]),
    io:format("~p~n", [digraph:get_cycle(C, json)]),
    SCCs = lists:sort([lists:sort(S) || S <- digraph_utils:cyclic_strong_components(C)]),
    io:format("cyclic components ~p~n", [SCCs]),
    io:format("all components ~p~n", [length(digraph_utils:strong_components(C))]),
    Cond = digraph_utils:condensation(C),
    io:format("condensed: ~p vertices, ~p edges, acyclic ~p~n",
              [digraph:no_vertices(Cond), digraph:no_edges(Cond), digraph_utils:is_acyclic(Cond)]),
    io:format("~p~n", [lists:sort([lists:sort(V) || V <- digraph:vertices(Cond)])]),
    Sub = digraph_utils:subgraph(C, [app, web, http, log, absent]),
    io:format("sub ~p ~p ~p~n", [lists:sort(digraph:vertices(Sub)), digraph:no_edges(Sub), digraph:vertex(Sub, web)]),
    Bare = digraph_utils:subgraph(C, [json, mock], [{keep_labels, false}, {type, [acyclic]}]),
    io:format("bare ~p ~p~n", [digraph:vertex(Bare, json), digraph:info(Bare)]),
    io:format("~p~n", [digraph:del_path(C, app, log)]),
    io:format("after del_path: ~p ~p~n", [digraph:get_path(C, app, log), digraph:no_edges(C)]),
    io:format("~p~n", [digraph:del_vertex(C, json)]),
    io:format("~p ~p~n", [digraph:no_vertices(C), digraph:out_degree(C, db)]),
    [digraph:delete(X) || X <- [C, Cond, Sub, Bare]],
    ok.

streets() ->
    [{a, b, 4}, {a, c, 2}, {b, d, 5}, {c, b, 1}, {c, d, 8}, {c, e, 10},
     {d, e, 2}, {e, f, 3}, {d, f, 6}, {f, a, 7}].

routes() ->
    G = digraph:new(),
    [digraph:add_vertex(G, V) || {X, Y, _} <- streets(), V <- [X, Y]],
    Es = [digraph:add_edge(G, X, Y, Km) || {X, Y, Km} <- streets()],
    io:format("~p~n", [Es]),
    Dist = fun(Path) -> lists:sum([km(G, X, Y) || {X, Y} <- lists:zip(lists:droplast(Path), tl(Path))]) end,
    [begin
         P = digraph:get_short_path(G, From, To),
         io:format("~p -> ~p: ~p (~p km)~n", [From, To, P, Dist(P)])
     end || {From, To} <- [{a, f}, {c, a}, {e, d}, {b, b}]],
    io:format("~p~n", [digraph:out_edges(G, c)]),
    io:format("~p~n", [digraph:out_neighbours(G, c)]),
    io:format("~p~n", [digraph:in_neighbours(G, b)]),
    io:format("~p~n", [digraph:in_edges(G, d)]),
    io:format("~p~n", [lists:sort(digraph:edges(G, d))]),
    io:format("~p~n", [digraph:edge(G, ['$e' | 3])]),
    %% Renaming an edge's ends fails; relabelling it works.
    io:format("~p~n", [digraph:add_edge(G, ['$e' | 3], c, d, 0)]),
    io:format("~p~n", [digraph:add_edge(G, ['$e' | 3], c, b, 9)]),
    io:format("~p~n", [digraph:add_edge(G, shortcut, a, f, 1)]),
    io:format("~p~n", [digraph:get_short_path(G, a, f)]),
    io:format("~p~n", [digraph:del_edges(G, [shortcut, ['$e' | 0], not_an_edge])]),
    io:format("~p ~p~n", [digraph:no_edges(G), digraph:get_short_path(G, a, b)]),
    V = digraph:add_vertex(G),
    W = digraph:add_vertex(G),
    io:format("~p ~p ~p~n", [V, W, digraph:add_edge(G, V, W)]),
    io:format("~p~n", [lists:sort([lists:sort(X) || X <- digraph_utils:components(G)])]),
    io:format("~p~n", [lists:sort(digraph_utils:loop_vertices(G))]),
    digraph:add_edge(G, e, e),
    io:format("~p ~p~n", [digraph_utils:loop_vertices(G), digraph:get_cycle(G, e)]),
    digraph:delete(G).

catching(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R -> {C, R}
    end.

errors() ->
    G = digraph:new([private]),
    digraph:delete(G),
    Errs = [fun() -> digraph:new([cyclic, sideways]) end,
            fun() -> digraph:new(acyclic) end,
            fun() -> digraph:add_vertex(not_a_graph, v) end,
            fun() -> digraph:vertices({digraph, 1, 2}) end,
            fun() -> digraph:add_vertex(G, v) end,
            fun() -> digraph:no_edges(G) end,
            fun() -> digraph_utils:topsort(not_a_graph) end,
            fun() -> digraph_utils:reachable(a, digraph:new()) end,
            fun() -> digraph_utils:subgraph(digraph:new(), [], [{type, cyclic}]) end,
            fun() -> digraph_utils:subgraph(digraph:new(), [], [{type, [sideways]}]) end,
            fun() -> digraph:del_vertices(digraph:new(), [a | b]) end],
    [io:format("~p~n", [catching(F)]) || F <- Errs],
    %% Where they are raised: digraph's frames under digraph_utils' ones.
    Traced = [fun() -> digraph_utils:topsort(not_a_graph) end,
              fun() -> digraph_utils:is_acyclic(not_a_graph) end,
              fun() -> digraph_utils:reaching([x], not_a_graph) end,
              fun() -> digraph_utils:reaching([], not_a_graph) end,
              fun() -> digraph_utils:condensation(not_a_graph) end,
              fun() -> digraph_utils:subgraph(not_a_graph, [], [{keep_labels, maybe}]) end,
              fun() -> digraph:del_edges(not_a_graph, []) end],
    [io:format("~p~n", [traced(F)]) || F <- Traced],
    ok.

traced(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R:St -> {C, R, lists:sublist(St, 5)}
    end.

main() ->
    planner(),
    routes(),
    errors().

km(G, X, Y) ->
    hd([L || E <- digraph:out_edges(G, X), {_, _, Y1, L} <- [digraph:edge(G, E)], Y1 =:= Y]).
