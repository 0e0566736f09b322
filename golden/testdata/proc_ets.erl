-module(proc_ets).
-export([main/0]).

%% A memo cache in an ETS table owned by a cache server. Clients look up
%% the table directly (it is public and named) and ask the server only on
%% a miss; hits and misses are counted with update_counter.

start() ->
    Self = self(),
    Pid = spawn(fun() ->
                        ets:new(memo, [named_table, public, set]),
                        ets:insert(memo, [{hits, 0}, {misses, 0}]),
                        Self ! ready,
                        server()
                end),
    receive ready -> Pid end.

server() ->
    receive
        {compute, N, From} ->
            V = slow_square(N),
            ets:insert(memo, {{sq, N}, V}),
            From ! {value, N, V},
            server();
        {stop, From} ->
            From ! stopped
    end.

slow_square(N) -> lists:sum(lists:duplicate(N, N)).

square(Server, N) ->
    case ets:lookup(memo, {sq, N}) of
        [{_, V}] ->
            ets:update_counter(memo, hits, 1),
            V;
        [] ->
            ets:update_counter(memo, misses, 1),
            Server ! {compute, N, self()},
            receive {value, N, V} -> V end
    end.

main() ->
    S = start(),
    Xs = [3, 5, 3, 7, 5, 3, 10],
    io:format("~p~n", [[square(S, X) || X <- Xs]]),
    io:format("hits ~p, misses ~p~n",
              [ets:lookup_element(memo, hits, 2), ets:lookup_element(memo, misses, 2)]),
    io:format("cached: ~p~n", [lists:sort([{N, V} || {{sq, N}, V} <- ets:tab2list(memo)])]),
    io:format("size ~p~n", [ets:info(memo, size)]),
    io:format("~p~n", [ets:match(memo, {{sq, '$1'}, 25})]),
    %% A private table of the main process, ordered.
    T = ets:new(scores, [ordered_set]),
    ets:insert(T, [{carol, 7}, {alice, 12}, {bob, 9}]),
    io:format("~p ~p~n", [ets:first(T), ets:tab2list(T)]),
    io:format("~p~n", [ets:select(T, [{{'$1', '$2'}, [{'>', '$2', 8}], ['$1']}])]),
    %% The named table dies with its owner.
    S ! {stop, self()},
    receive stopped -> ok end,
    Ref = monitor(process, S),
    receive {'DOWN', Ref, process, S, _} -> ok end,
    io:format("~p~n", [ets:info(memo)]),
    io:format("~p~n", [try ets:lookup(memo, hits) catch error:R -> {error, R} end]).
