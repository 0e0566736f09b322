-module(b_bankqueue).
-export([main/0]).

%% A discrete-time simulation of a bank with several tellers and one FIFO
%% queue (the queue module). Customers arrive by a fixed pseudo-random
%% schedule (a linear congruential generator, so BEAM and erl2go agree),
%% wait, are served and leave; statistics are gathered as the clock ticks.

-record(cust, {id, arrived, service}).
-record(teller, {name, busy_until = 0, serving = none, served = 0}).
-record(stats, {waits = [], max_queue = 0, log = []}).

lcg(S) -> (S * 1103515245 + 12345) rem 2147483648.

%% Arrivals: {Time, Service} pairs, about one customer every two ticks.
arrivals(N, Seed) -> arrivals(N, Seed, 0, 1, []).

arrivals(0, _, _, _, Acc) -> lists:reverse(Acc);
arrivals(N, S0, T, Id, Acc) ->
    S1 = lcg(S0),
    S2 = lcg(S1),
    Gap = (S1 bsr 16) rem 4,
    Service = 2 + (S2 bsr 16) rem 6,
    C = #cust{id = Id, arrived = T + Gap, service = Service},
    arrivals(N - 1, S2, T + Gap, Id + 1, [C | Acc]).

simulate(Customers, TellerNames) ->
    Tellers = [#teller{name = Nm} || Nm <- TellerNames],
    loop(0, Customers, queue:new(), Tellers, #stats{}).

loop(T, [], Q, Tellers, Stats) ->
    case queue:is_empty(Q) andalso lists:all(fun(#teller{busy_until = B}) -> B =< T end, Tellers) of
        true -> {T, Tellers, Stats};
        false -> step(T, [], Q, Tellers, Stats)
    end;
loop(T, Cs, Q, Tellers, Stats) -> step(T, Cs, Q, Tellers, Stats).

step(T, Cs, Q0, Tellers0, Stats0) ->
    {Arriving, Later} = lists:splitwith(fun(#cust{arrived = A}) -> A =< T end, Cs),
    Q1 = lists:foldl(fun queue:in/2, Q0, Arriving),
    {Q2, Tellers1, Stats1} = assign(T, Q1, Tellers0, [], Stats0),
    Len = queue:len(Q2),
    Stats2 = Stats1#stats{max_queue = max(Len, Stats1#stats.max_queue)},
    loop(T + 1, Later, Q2, Tellers1, Stats2).

assign(_T, Q, [], Done, Stats) -> {Q, lists:reverse(Done), Stats};
assign(T, Q, [#teller{busy_until = B} = Tl | Rest], Done, Stats) when B > T ->
    assign(T, Q, Rest, [Tl | Done], Stats);
assign(T, Q, [Tl | Rest], Done, Stats) ->
    case queue:out(Q) of
        {empty, Q} ->
            assign(T, Q, Rest, [Tl#teller{serving = none} | Done], Stats);
        {{value, #cust{id = Id, arrived = A, service = S}}, Q1} ->
            Wait = T - A,
            Log = [{T, Tl#teller.name, Id, Wait} | Stats#stats.log],
            Tl1 = Tl#teller{busy_until = T + S, serving = Id,
                            served = Tl#teller.served + 1},
            assign(T, Q1, Rest, [Tl1 | Done],
                   Stats#stats{waits = [Wait | Stats#stats.waits], log = Log})
    end.

report(Label, Customers, TellerNames) ->
    {End, Tellers, #stats{waits = Waits, max_queue = MaxQ, log = Log}} =
        simulate(Customers, TellerNames),
    N = length(Waits),
    io:format("== ~s: ~w customers, ~w tellers ==~n", [Label, N, length(Tellers)]),
    io:format("closed at t=~w, longest queue ~w~n", [End, MaxQ]),
    io:format("mean wait ~.2f, max wait ~w, waited zero: ~w~n",
              [lists:sum(Waits) / N, lists:max(Waits), length([W || W <- Waits, W =:= 0])]),
    [io:format("  teller ~-6s served ~3w~n", [Nm, S]) || #teller{name = Nm, served = S} <- Tellers],
    First = lists:sublist(lists:reverse(Log), 6),
    io:format("first services: ~w~n", [First]),
    ok.

queue_tour() ->
    Q0 = queue:from_list([a, b, c]),
    Q1 = queue:in_r(z, queue:in(d, Q0)),
    io:format("queue: ~w len ~w peek ~w peek_r ~w~n",
              [queue:to_list(Q1), queue:len(Q1), queue:peek(Q1), queue:peek_r(Q1)]),
    {{value, X}, Q2} = queue:out_r(Q1),
    io:format("out_r ~w -> ~w; reverse ~w~n", [X, queue:to_list(Q2), queue:to_list(queue:reverse(Q2))]),
    Q3 = queue:filter(fun(E) -> E =/= b end, queue:join(Q2, queue:from_list([e, f]))),
    io:format("filtered+joined ~w member(f) ~w~n", [queue:to_list(Q3), queue:member(f, Q3)]),
    {Front, Back} = queue:split(2, Q3),
    io:format("split ~w ~w; out of empty ~w~n",
              [queue:to_list(Front), queue:to_list(Back), queue:out(queue:new())]).

main() ->
    queue_tour(),
    Cs = arrivals(60, 42),
    io:format("arrivals ~w..~w, total service ~w~n",
              [(hd(Cs))#cust.arrived, (lists:last(Cs))#cust.arrived,
               lists:sum([S || #cust{service = S} <- Cs])]),
    report("one teller", Cs, [ann]),
    report("two tellers", Cs, [ann, bob]),
    report("three tellers", Cs, [ann, bob, cat]),
    Big = arrivals(2000, 7),
    report("busy day", Big, [ann, bob, cat, dan]).
