-module(c_sets).
-export([main/0]).

%% A small access-log analysis: unique visitors with sets, per-user and
%% per-page counters with dict, and users sharded over workers with
%% erlang:phash2/2. Everything is printed in the order sets and dict
%% iterate, which follows BEAM's hash functions.

log() ->
    Users = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"],
    Pages = [<<"/">>, <<"/about">>, <<"/blog">>, <<"/blog/1">>, <<"/contact">>],
    [{lists:nth(1 + (I * 7) rem length(Users), Users),
      lists:nth(1 + (I * 3 + I div 4) rem length(Pages), Pages),
      case I rem 7 of 0 -> 500; 3 -> 404; _ -> 200 end}
     || I <- lists:seq(1, 60)].

main() ->
    Log = log(),
    Visitors = lists:foldl(fun({U, _, _}, S) -> sets:add_element(U, S) end,
                           sets:new(), Log),
    io:format("visitors: ~p~n", [sets:to_list(Visitors)]),
    io:format("visitor set: ~p~n", [Visitors]),
    Hits = lists:foldl(fun({U, _, _}, D) -> dict:update_counter(U, 1, D) end,
                       dict:new(), Log),
    io:format("hits: ~p~n", [dict:to_list(Hits)]),
    ByPage = lists:foldl(fun({U, P, _}, D) -> dict:append(P, U, D) end,
                         dict:new(), Log),
    dict:fold(fun(P, Us, ok) ->
                      io:format("~s: ~b hits, ~b distinct~n",
                                [P, length(Us), sets:size(sets:from_list(Us))])
              end, ok, ByPage),
    Errors = [U || {U, _, Code} <- Log, Code >= 400],
    ErrSet = sets:from_list(Errors),
    io:format("users with errors: ~p~n", [sets:to_list(ErrSet)]),
    io:format("clean users: ~p~n", [sets:to_list(sets:subtract(Visitors, ErrSet))]),
    Shards = lists:foldl(fun(U, D) -> dict:append(erlang:phash2(U, 4), U, D) end,
                         dict:new(), sets:to_list(Visitors)),
    io:format("shards: ~p~n", [lists:sort(dict:to_list(Shards))]),
    io:format("hashes: ~p~n", [[{U, erlang:phash2(U)} || U <- lists:sort(sets:to_list(Visitors))]]),
    io:format("phash: ~p~n", [[erlang:phash(X, 1000) || X <- [a, 1, "x", {1, 2}, <<"b">>, 2.5]]]),
    Big = sets:from_list([{I, I * I} || I <- lists:seq(1, 100)]),
    Evens = sets:filter(fun({I, _}) -> I rem 2 =:= 0 end, Big),
    io:format("evens: ~b, first: ~p~n", [sets:size(Evens), lists:sublist(sets:to_list(Evens), 5)]),
    Small = dict:filter(fun(_, N) -> N > 7 end, Hits),
    io:format("busy: ~p~n", [Small]),
    V2 = sets:from_list(["x", "y"], [{version, 2}]),
    io:format("v2: ~p ~p~n", [V2, sets:to_list(sets:union(V2, sets:from_list(["z"])))]),
    Merged = dict:merge(fun(_, A, B) -> A + B end, Hits, dict:from_list([{"alice", 100}, {"zed", 1}])),
    io:format("merged: ~p~n", [dict:to_list(Merged)]).
