-module(otp_sets).
-export([main/0]).

%% OTP's libraries of sets, graphs, URIs and random numbers, translated to
%% Go: sofs's relations and families, digraph and digraph_utils over ets
%% tables, uri_string's parsing and normalisation (which asks inet_parse
%% whether a host is an IPv6 address), and rand's eight generators, all
%% 58- and 64-bit masks and shifts, from fixed seeds.
%%
%% otp: stdlib-4.2/src/sofs.erl stdlib-4.2/src/digraph.erl stdlib-4.2/src/digraph_utils.erl
%% otp: stdlib-4.2/src/uri_string.erl kernel-8.5.3/src/inet.erl kernel-8.5.3/src/inet_parse.erl
%% otp: stdlib-4.2/src/rand.erl

relations() ->
    R = sofs:relation([{a, 1}, {b, 2}, {a, 3}, {c, 2}]),
    io:format("~p~n", [sofs:to_external(sofs:relation_to_family(R))]),
    io:format("~p~n", [sofs:to_external(sofs:converse(R))]),
    io:format("~p~n", [sofs:to_external(sofs:range(R))]),
    F = sofs:family([{x, [1, 2]}, {y, [2, 3]}, {z, []}]),
    io:format("~p~n", [sofs:to_external(sofs:union_of_family(F))]),
    io:format("~p~n", [sofs:to_external(sofs:family_to_relation(F))]),
    S = sofs:set([3, 1, 2, 3]),
    io:format("~p ~p~n", [sofs:to_external(S), sofs:no_elements(S)]),
    io:format("~p~n", [sofs:to_external(sofs:product(sofs:set([a, b]), sofs:set([1, 2])))]),
    io:format("~p~n", [try sofs:relation([{a, 1}, {b}]) catch error:Reason -> {error, Reason} end]).

graphs() ->
    G = digraph:new([acyclic]),
    [digraph:add_vertex(G, V) || V <- [a, b, c, d, e, f]],
    [digraph:add_edge(G, X, Y) || {X, Y} <- [{a, b}, {b, c}, {a, d}, {d, c}, {c, e}]],
    %% The order of the vertices is that of an ets table, which the
    %% runtime chooses: check the sort rather than print it.
    Order = digraph_utils:topsort(G),
    io:format("~p ~p~n", [lists:sort(Order), topsorted(G, Order)]),
    io:format("~p~n", [lists:sort(digraph_utils:reachable([b], G))]),
    io:format("~p~n", [digraph:get_short_path(G, a, e)]),
    io:format("~p~n", [digraph:add_edge(G, e, a)]),
    io:format("~p~n", [lists:sort([lists:sort(C) || C <- digraph_utils:components(G)])]),
    io:format("~p ~p~n", [digraph:no_vertices(G), digraph:no_edges(G)]),
    io:format("~p~n", [digraph_utils:is_acyclic(G)]),
    digraph:delete(G).

topsorted(G, Order) ->
    Pos = maps:from_list(lists:zip(Order, lists:seq(1, length(Order)))),
    lists:all(fun(E) ->
                      {E, From, To, _} = digraph:edge(G, E),
                      maps:get(From, Pos) < maps:get(To, Pos)
              end, digraph:edges(G)).

uris() ->
    io:format("~p~n", [uri_string:parse("https://user@example.com:8042/over/there?name=ferret#nose")]),
    io:format("~p~n", [uri_string:parse(<<"foo://[::1]:80/p">>)]),
    io:format("~p~n", [uri_string:recompose(#{scheme => "http", host => "h.org", path => "/a b", query => "x=1&y=2"})]),
    io:format("~p~n", [uri_string:normalize("HTTP://www.Example.com:80/a/./b/../c/%7euser")]),
    io:format("~p~n", [uri_string:dissect_query("a=1&b=%20x&c")]),
    io:format("~p~n", [uri_string:compose_query([{"q", "erlang go"}, {"n", "1"}])]),
    io:format("~p~n", [uri_string:resolve("../d;p?q", "http://a/b/c/d;p?q")]),
    io:format("~p~n", [uri_string:parse("http://[::1")]).

randoms() ->
    [begin
         S0 = rand:seed_s(Alg, {123, 456, 789}),
         {L, S1} = lists:foldl(fun(_, {Acc, S}) ->
                                       {X, S2} = rand:uniform_s(1000, S),
                                       {[X | Acc], S2}
                               end, {[], S0}, lists:seq(1, 8)),
         {F, S3} = rand:uniform_s(S1),
         {N, S4} = rand:normal_s(S3),
         {B, S5} = rand:bytes_s(7, S4),
         {J, _} = rand:uniform_real_s(S5),
         io:format("~p ~p ~.6f ~.6f ~p ~.6f~n", [Alg, lists:reverse(L), F, N, B, J])
     end || Alg <- [exsss, exro928ss, exrop, exs1024s, exsp, exs64, exsplus, exs1024]],
    S = rand:seed_s(exsss, {1, 2, 3}),
    {V, _} = rand:uniform_s(1 bsl 100, S),
    io:format("~p~n~p~n", [V, rand:export_seed_s(rand:jump(S))]).

main() ->
    relations(),
    graphs(),
    uris(),
    randoms().
