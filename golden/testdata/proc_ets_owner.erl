-module(proc_ets_owner).
-export([main/0]).

%% Handing an ETS table over: ets:give_away/3 and the heir option. A
%% cache table belongs to a worker; it is given to a keeper, and the keeper
%% is the heir of another table whose owner crashes.

keeper(Parent) ->
    receive
        {'ETS-TRANSFER', Tab, From, Data} ->
            Parent ! {got, Tab =:= cache orelse is_reference(Tab), From =:= Parent orelse is_pid(From), Data,
                      ets:info(Tab, owner) =:= self()},
            keeper(Parent);
        {size, Tab, From} ->
            From ! {size, ets:info(Tab, size)},
            keeper(Parent);
        stop -> ok
    end.

%% the cause of a badarg from ets:give_away/3, as erl_error reads it
cause(F) ->
    try F() of
        R -> {returned, R}
    catch
        error:badarg:Stack ->
            [{ets, give_away, _, [{error_info, Info}]} | _] = Stack,
            {badarg, maps:get(cause, Info, none)}
    end.

main() ->
    Self = self(),
    K = spawn(fun() -> keeper(Self) end),
    T = ets:new(cache, [named_table, public]),
    ets:insert(T, [{a, 1}, {b, 2}]),
    io:format("owner is me: ~p~n", [ets:info(T, owner) =:= Self]),
    io:format("heir: ~p~n", [ets:info(T, heir)]),
    true = ets:give_away(T, K, {hello, 42}),
    receive {got, _, _, D, Own} -> io:format("transfer: ~p ~p~n", [D, Own]) end,
    io:format("owner is keeper: ~p~n", [ets:info(T, owner) =:= K]),
    io:format("give back (not owner): ~p~n", [cause(fun() -> ets:give_away(T, Self, x) end)]),
    io:format("give to self: ~p~n", [cause(fun() -> ets:give_away(ets:new(t2, []), Self, x) end)]),
    Dead = spawn(fun() -> ok end),
    timer:sleep(10),
    io:format("give to dead: ~p~n", [cause(fun() -> ets:give_away(ets:new(t3, []), Dead, x) end)]),
    io:format("give a missing table: ~p~n", [cause(fun() -> ets:give_away(nosuch, K, x) end)]),
    %% heir: the table survives its owner's crash
    W = spawn(fun() ->
                  H = ets:new(work, [public, {heir, K, inherited}]),
                  ets:insert(H, {x, 1}),
                  Self ! {table, H, ets:info(H, heir) =:= K},
                  receive crash -> exit(boom) end
              end),
    receive {table, H, HeirOk} -> io:format("heir set: ~p~n", [HeirOk]) end,
    Ref = monitor(process, W),
    W ! crash,
    receive {'DOWN', Ref, process, W, Why} -> io:format("worker: ~p~n", [Why]) end,
    receive {got, _, _, D2, Own2} -> io:format("inherited: ~p ~p~n", [D2, Own2]) end,
    io:format("lookup after crash: ~p~n", [ets:lookup(H, x)]),
    io:format("heir after is the keeper: ~p~n", [ets:info(H, heir) =:= K]),
    %% no heir: the table goes with its owner
    W2 = spawn(fun() -> Self ! {table2, ets:new(gone, [public])}, receive _ -> ok end end),
    receive {table2, G} -> ok end,
    Ref2 = monitor(process, W2),
    W2 ! go,
    receive {'DOWN', Ref2, process, W2, _} -> ok end,
    io:format("gone: ~p~n", [ets:info(G)]),
    %% setopts changes the heir
    T4 = ets:new(t4, []),
    true = ets:setopts(T4, {heir, K, later}),
    io:format("heir by setopts: ~p~n", [ets:info(T4, heir) =:= K]),
    true = ets:setopts(T4, {heir, none}),
    io:format("no heir: ~p~n", [ets:info(T4, heir)]),
    K ! {size, cache, self()},
    receive {size, N} -> io:format("cache size: ~p~n", [N]) end,
    K ! stop,
    ok.
