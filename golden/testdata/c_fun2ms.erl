%% An inventory kept in ETS and queried with match specifications written
%% as funs (ets:fun2ms, turned into specs by the ms_transform parse
%% transform), plus a stock-movement log in a second table.
-module(c_fun2ms).
-export([main/0]).

%% What ms_transform.hrl holds; written out so that the program translates
%% where no Erlang is installed.
-compile({parse_transform, ms_transform}).

-record(item, {sku, name, category, qty = 0, price = 0.0, tags = []}).
-record(move, {id, sku, delta, reason}).

main() ->
    Inv = ets:new(inventory, [ordered_set, {keypos, #item.sku}]),
    Log = ets:new(moves, [ordered_set, {keypos, #move.id}]),
    load(Inv),
    queries(Inv),
    moves(Inv, Log),
    restock(Inv),
    pending(),
    specs(),
    errors(Inv),
    ok.

load(Inv) ->
    Items = [#item{sku = 101, name = "bolt", category = hardware, qty = 500, price = 0.05, tags = [metal]},
             #item{sku = 102, name = "nut", category = hardware, qty = 0, price = 0.03},
             #item{sku = 201, name = "drill", category = tools, qty = 7, price = 89.5, tags = [power, heavy]},
             #item{sku = 202, name = "saw", category = tools, qty = 3, price = 24.0},
             #item{sku = 301, name = "glue", category = supplies, qty = 40, price = 4.25, tags = [liquid]},
             #item{sku = 302, name = "tape", category = supplies, qty = 12, price = 2.5}],
    true = ets:insert(Inv, Items),
    io:format("loaded ~p items~n", [ets:info(Inv, size)]).

queries(Inv) ->
    Names = ets:select(Inv, ets:fun2ms(fun(#item{name = N}) -> N end)),
    io:format("names: ~p~n", [Names]),
    Tools = ets:select(Inv, ets:fun2ms(fun(#item{category = tools, sku = S, qty = Q}) -> {S, Q} end)),
    io:format("tools: ~p~n", [Tools]),
    Low = ets:select(Inv, ets:fun2ms(fun(#item{qty = Q, name = N}) when Q < 10, Q > 0 -> N end)),
    io:format("low stock: ~p~n", [Low]),
    Out = ets:select(Inv, ets:fun2ms(fun(#item{qty = 0} = I) -> I#item.name end)),
    io:format("out of stock: ~p~n", [Out]),
    Value = ets:select(Inv, ets:fun2ms(fun(#item{sku = S, qty = Q, price = P}) when Q * P > 100 -> {S, Q * P} end)),
    io:format("stock value over 100: ~p~n", [Value]),
    Cheap = ets:select(Inv, ets:fun2ms(fun(I) when I#item.price < 1.0; I#item.category == supplies -> I#item.sku end)),
    io:format("cheap or supplies: ~p~n", [Cheap]),
    Tagged = ets:select(Inv, ets:fun2ms(fun(#item{tags = [T | _], sku = S}) -> {S, T} end)),
    io:format("first tags: ~p~n", [Tagged]),
    Max = 50,
    Cat = hardware,
    Within = ets:select(Inv, ets:fun2ms(fun(#item{category = C, qty = Q, sku = S}) when C =:= Cat, Q =< Max -> S end)),
    io:format("hardware with at most ~p: ~p~n", [Max, Within]),
    Labels = ets:select(Inv, ets:fun2ms(fun(#item{sku = S, qty = Q}) when Q >= 100 -> {bulk, S};
                                          (#item{sku = S, qty = Q}) when Q >= 10 -> {shelf, S};
                                          (#item{sku = S}) -> {back, S} end)),
    io:format("labels: ~p~n", [Labels]),
    Maps = ets:select(Inv, ets:fun2ms(fun(#item{sku = S, name = N, price = P}) when P > 20 -> #{sku => S, name => N} end)),
    io:format("maps: ~p~n", [Maps]),
    Bound = ets:select(Inv, ets:fun2ms(fun(#item{sku = S, category = tools, qty = Q}) -> bindings() end)),
    io:format("bindings: ~p~n", [Bound]),
    Whole = ets:select(Inv, ets:fun2ms(fun(#item{sku = 302}) -> object() end)),
    io:format("object: ~p~n", [Whole]),
    Counted = ets:select_count(Inv, ets:fun2ms(fun(#item{qty = Q}) when Q > 5 -> true end)),
    Typed = ets:select_count(Inv, ets:fun2ms(fun(#item{tags = T}) when is_list(T), length(T) > 1 -> true end)),
    io:format("counts: ~p ~p~n", [Counted, Typed]),
    Pattern = ets:match_object(Inv, #item{category = supplies, _ = '_'}),
    io:format("match_object: ~p~n", [[I#item.sku || I <- Pattern]]).

moves(Inv, Log) ->
    Moves = [{1, 101, -20, sale}, {2, 201, -2, sale}, {3, 102, 100, restock},
             {4, 301, -40, damaged}, {5, 202, 1, return}, {6, 101, -480, sale}],
    [begin
         ets:insert(Log, #move{id = MoveId, sku = Sku, delta = Delta, reason = Why}),
         ets:update_counter(Inv, Sku, {#item.qty, Delta})
     end || {MoveId, Sku, Delta, Why} <- Moves],
    Sales = ets:select(Log, ets:fun2ms(fun(#move{reason = sale, sku = S, delta = D}) -> {S, -D} end)),
    io:format("sales: ~p~n", [Sales]),
    Latest = ets:select_reverse(Log, ets:fun2ms(fun(#move{id = Id, sku = S}) when Id > 3 -> {Id, S} end)),
    io:format("latest moves: ~p~n", [Latest]),
    Big = ets:select(Log, ets:fun2ms(fun(#move{id = Id, delta = D}) when abs(D) >= 100 -> Id end)),
    io:format("big moves: ~p~n", [Big]),
    Empty = ets:select(Inv, ets:fun2ms(fun(#item{qty = 0, sku = S}) -> S end)),
    io:format("now empty: ~p~n", [Empty]),
    Deleted = ets:select_delete(Log, ets:fun2ms(fun(#move{reason = R}) when R =/= sale -> true end)),
    io:format("deleted ~p non-sale moves, ~p left~n", [Deleted, ets:info(Log, size)]),
    Gone = ets:select_delete(Inv, ets:fun2ms(fun(#item{qty = 0, category = supplies}) -> true end)),
    io:format("dropped ~p empty supplies~n", [Gone]).

restock(Inv) ->
    N = ets:select_replace(Inv, ets:fun2ms(fun(#item{qty = Q} = I) when Q < 5 -> I#item{qty = Q + 10} end)),
    io:format("restocked ~p~n", [N]),
    Raised = ets:select_replace(Inv, ets:fun2ms(fun(#item{category = tools, price = P} = I) -> I#item{price = P * 1.5} end)),
    io:format("repriced ~p: ~p~n", [Raised, ets:select(Inv, ets:fun2ms(fun(#item{sku = S, qty = Q, price = P}) -> {S, Q, P} end))]).

%% A compiled spec filters plain lists too.
pending() ->
    Orders = [{order, 1, 101, 30}, {order, 2, 999, 1}, {cancelled, 3}, {order, 4, 201, 2}],
    MS = ets:match_spec_compile(ets:fun2ms(fun({order, Id, Sku, N}) when N > 1 -> {Id, Sku, N};
                                              ({cancelled, Id}) -> {Id, cancelled} end)),
    io:format("compiled: ~p; pending: ~p~n", [ets:is_compiled_ms(MS), ets:match_spec_run(Orders, MS)]).

%% The specs themselves, as BEAM's ms_transform writes them.
specs() ->
    Limit = 3,
    Specs = [ets:fun2ms(fun({K, V}) when V > Limit -> K end),
             ets:fun2ms(fun({K, _} = O) when is_atom(K); K > 10 * 2 -> O end),
             ets:fun2ms(fun(#item{sku = S, _ = '_'}) -> {S, #item.qty} end),
             ets:fun2ms(fun(X) when element(1, X) =:= '$hidden' -> {X, [X], self()} end),
             ets:fun2ms(fun({A, B}) when A andalso not B orelse B == {1, 2} -> A + 1 end),
             dbg:fun2ms(fun([Pid, Msg]) when is_pid(Pid) -> message(Msg), return_trace() end),
             dbg:fun2ms(fun(_) -> true end)],
    [io:format("spec: ~w~n", [S]) || S <- Specs].

errors(Inv) ->
    Missing = ets:new(missing, []),
    ets:delete(Missing),
    Try = fun(Label, F) ->
              try F() of
                  R -> io:format("~s: ~p~n", [Label, R])
              catch
                  C:E -> io:format("~s: ~p:~p~n", [Label, C, E])
              end
          end,
    Try("unknown function", fun() -> ets:select(Inv, [{'_', [], [{lists, '$_'}]}]) end),
    Try("unbound variable", fun() -> ets:select(Inv, [{{'$1', '_'}, [], ['$2']}]) end),
    Try("not a spec", fun() -> ets:select(Inv, {'_', [], ['$_']}) end),
    Try("not compiled", fun() -> ets:match_spec_run([1], [{'_', [], [ok]}]) end),
    Try("deleted table", fun() -> ets:select(Missing, ets:fun2ms(fun(X) -> X end)) end),
    Try("body failure", fun() -> ets:select(Inv, ets:fun2ms(fun(#item{sku = S, name = N}) when S < 200 -> S div 0 end)) end),
    Try("guard failure", fun() -> ets:select(Inv, ets:fun2ms(fun(#item{sku = S, name = N}) when hd(N) > S -> N end)) end),
    Try("key change", fun() -> ets:select_replace(Inv, ets:fun2ms(fun(#item{sku = S} = I) -> I#item{sku = S + 1} end)) end),
    Bag = ets:new(bag, [bag]),
    Try("bag replace", fun() -> ets:select_replace(Bag, ets:fun2ms(fun({K, V}) -> {K, V} end)) end),
    %% A call the transform cannot see reaches ets:fun2ms/1 at run time.
    F = fun({K, _}) -> K end,
    Trace = fun(Label, Mod, Args) ->
                try apply(Mod, fun2ms, Args)
                catch C:E:St -> io:format("~s: ~p:~p~n  at ~p~n", [Label, C, E, hd(St)])
                end
            end,
    Trace("fun2ms at run time", ets, [F]),
    Trace("fun2ms of a non-fun", ets, [not_a_fun]),
    Trace("dbg:fun2ms at run time", dbg, [F]).
