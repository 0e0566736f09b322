-module(c_rand).
-export([main/0]).
-compile(nowarn_deprecated_function).

%% Card shuffles, a Monte Carlo estimate of pi, random walks, weighted
%% picks and normal samples, all from fixed seeds so that every run
%% prints the same; then rand's states, per-process seeds and errors.

main() ->
    deck(),
    monte_carlo(),
    walks(),
    weighted(),
    normals(),
    states(),
    workers(),
    old_random(),
    mwc(),
    errors().

%% Shuffle by sorting on random keys, deal two hands, then Fisher-Yates.
deck() ->
    rand:seed(exsss, 2024),
    Deck = [{R, S} || S <- [clubs, diamonds, hearts, spades], R <- lists:seq(2, 14)],
    {Hand1, Rest} = lists:split(5, shuffle(Deck)),
    {Hand2, _} = lists:split(5, Rest),
    io:format("hand 1: ~w~nhand 2: ~w~n", [Hand1, Hand2]),
    io:format("top cards: ~w~n", [[hd(shuffle(Deck)) || _ <- lists:seq(1, 3)]]),
    io:format("fisher-yates: ~w~n", [fisher_yates(list_to_tuple(lists:seq(1, 12)))]).

shuffle(L) -> [X || {_, X} <- lists:sort([{rand:uniform(), X} || X <- L])].

fisher_yates(T) -> fy(tuple_size(T), T).

fy(1, T) -> tuple_to_list(T);
fy(I, T) ->
    J = rand:uniform(I),
    A = element(I, T),
    B = element(J, T),
    fy(I - 1, setelement(J, setelement(I, T, B), A)).

%% Darts in the unit square, with the state passed by hand.
monte_carlo() ->
    N = 20000,
    lists:foreach(
      fun(Alg) ->
              {Hits, S} = darts(N, 0, rand:seed_s(Alg, {17, 42, 99})),
              {Last, _} = rand:uniform_s(S),
              io:format("~-9w pi ~.6f last ~w~n", [Alg, 4 * Hits / N, Last])
      end, [exsss, exro928ss, exrop, exs1024s, exsp, exs64, exsplus, exs1024]).

darts(0, Hits, S) -> {Hits, S};
darts(N, Hits, S0) ->
    {X, S1} = rand:uniform_s(S0),
    {Y, S2} = rand:uniform_real_s(S1),
    darts(N - 1, Hits + case X * X + Y * Y =< 1.0 of true -> 1; false -> 0 end, S2).

%% A walk on a line and one on a grid; how far they got.
walks() ->
    rand:seed(exrop, 7),
    Line = lists:foldl(fun(_, P) -> P + 2 * rand:uniform(2) - 3 end, 0, lists:seq(1, 1000)),
    Moves = #{1 => {0, 1}, 2 => {1, 0}, 3 => {0, -1}, 4 => {-1, 0}},
    {Grid, Far} = lists:foldl(
                    fun(_, {{X, Y}, Max}) ->
                            {DX, DY} = maps:get(rand:uniform(4), Moves),
                            P = {X + DX, Y + DY},
                            {P, max(Max, abs(X + DX) + abs(Y + DY))}
                    end, {{0, 0}, 0}, lists:seq(1, 2000)),
    io:format("line walk ends at ~w; grid walk at ~w, farthest ~w~n", [Line, Grid, Far]).

%% Weighted choice: a fruit in proportion to its weight.
weighted() ->
    rand:seed(exsp, [3, 14]),
    Weights = [{apple, 5}, {banana, 3}, {cherry, 2}],
    Total = lists:sum([W || {_, W} <- Weights]),
    Count = lists:foldl(fun(_, Acc) ->
                                F = pick(rand:uniform(Total), Weights),
                                maps:update_with(F, fun(C) -> C + 1 end, 1, Acc)
                        end, #{}, lists:seq(1, 1000)),
    io:format("picks: ~p~n", [lists:sort(maps:to_list(Count))]).

pick(N, [{F, W} | _]) when N =< W -> F;
pick(N, [{_, W} | Rest]) -> pick(N - W, Rest).

%% Normal samples: mean, standard deviation and a coarse histogram.
normals() ->
    rand:seed(exro928ss, 123),
    Xs = [rand:normal() || _ <- lists:seq(1, 2000)],
    {Mean, Sd} = stats(Xs),
    io:format("normal: mean ~.6f sd ~.6f~n", [Mean, Sd]),
    Hist = lists:foldl(fun(X, H) -> maps:update_with(bucket(X), fun(C) -> C + 1 end, 1, H) end,
                       #{}, Xs),
    io:format("histogram: ~w~n", [lists:sort(maps:to_list(Hist))]),
    {Mean2, Sd2} = stats([rand:normal(50, 16) || _ <- lists:seq(1, 500)]),
    io:format("normal(50, 16): mean ~.6f sd ~.6f~n", [Mean2, Sd2]),
    {Z, _} = rand:normal_s(-1.5, 0.25, rand:seed_s(exs1024s, 9)),
    io:format("normal_s: ~.6f ~w~n", [Z, Z]).

bucket(X) when X < -2 -> low;
bucket(X) when X > 2 -> high;
bucket(X) -> round(X).

stats(Xs) ->
    N = length(Xs),
    Mean = lists:sum(Xs) / N,
    {Mean, math:sqrt(lists:sum([(X - Mean) * (X - Mean) || X <- Xs]) / (N - 1))}.

%% States print, export, restore and jump as on BEAM.
states() ->
    S = rand:seed(exsss, 42),
    io:format("state: ~p~n", [S]),
    Saved = rand:export_seed(),
    A = [rand:uniform(100) || _ <- lists:seq(1, 5)],
    rand:seed(Saved),
    B = [rand:uniform(100) || _ <- lists:seq(1, 5)],
    io:format("replayed ~w: ~w~n", [A =:= B, A]),
    J = rand:jump(),
    io:format("jumped: ~w ~w~n", [rand:export_seed_s(J), rand:uniform(1 bsl 100)]),
    io:format("bytes: ~w~n", [rand:bytes(11)]),
    {Seed1, _} = rand:uniform_s(rand:seed_s(exs64, [123456789])),
    {Seed2, _} = rand:uniform_s(1000000, rand:seed_s(exs1024, 5)),
    io:format("list seed ~w, exs1024 ~w, real ~w~n", [Seed1, Seed2, rand:uniform_real()]),
    {_, Ring} = rand:jump(rand:seed_s(exro928ss, 1)),
    io:format("exro928ss jumped: ~w~n", [lists:sublist(element(1, Ring), 3)]).

%% Each process has its own seed; one that never seeded seeds itself.
workers() ->
    Self = self(),
    Pids = [spawn(fun() ->
                          rand:seed(exsp, N),
                          Self ! {self(), [rand:uniform(1000) || _ <- lists:seq(1, 4)]}
                  end) || N <- [1, 2, 3]],
    [receive {P, Draws} -> io:format("worker ~w: ~w~n", [N, Draws]) end
     || {N, P} <- lists:zip([1, 2, 3], Pids)],
    spawn(fun() ->
                  Before = rand:export_seed(),
                  D = rand:uniform(6),
                  {Alg, _} = rand:export_seed(),
                  Self ! {fresh, Before, D >= 1 andalso D =< 6, Alg}
          end),
    receive {fresh, Before, InRange, Alg} ->
            io:format("fresh process: ~w, die in range ~w, seeded with ~w~n", [Before, InRange, Alg])
    end.

%% The deprecated random module, as old code still calls it.
old_random() ->
    undefined = random:seed(1, 2, 3),
    Dice = [random:uniform(6) || _ <- lists:seq(1, 10)],
    {X, S} = random:uniform_s(random:seed0()),
    io:format("random: ~w ~w ~w~n", [Dice, X, S]),
    io:format("random:uniform(0): ~p~n", [err(fun() -> random:uniform(0) end)]),
    io:format("random:uniform_s(3, x): ~p~n", [err(fun() -> random:uniform_s(3, x) end)]).

%% The niche API: a bare MWC59 generator in a tight loop, and splitmix64.
mwc() ->
    {Sum, CX} = lists:foldl(fun(_, {Acc, C0}) ->
                                    C1 = rand:mwc59(C0),
                                    {Acc + rand:mwc59_value32(C1) rem 6 + 1, C1}
                            end, {0, rand:mwc59_seed(2024)}, lists:seq(1, 600)),
    io:format("mwc59: dice sum ~w, state ~w, float ~w~n", [Sum, CX, rand:mwc59_float(CX)]),
    io:format("splitmix64: ~w ~w~n", [rand:splitmix64_next(7), rand:exsp_next([1 | 2])]).

errors() ->
    rand:seed(exsss, 1),
    lists:foreach(
      fun({What, F}) -> io:format("~s: ~p~n", [What, err(F)]) end,
      [{"uniform(0)", fun() -> rand:uniform(0) end},
       {"uniform(foo)", fun() -> rand:uniform(foo) end},
       {"uniform_s(3, bad)", fun() -> rand:uniform_s(3, bad) end},
       {"seed(nope, 1)", fun() -> rand:seed(nope, 1) end},
       {"seed_s(nope)", fun() -> rand:seed_s(nope) end},
       {"seed(exsss, [])", fun() -> rand:seed(exsss, []) end},
       {"seed(exsss, [1,2,3])", fun() -> rand:seed(exsss, [1, 2, 3]) end},
       {"seed(exrop, [0,x])", fun() -> rand:seed_s(exrop, [0, x]) end},
       {"seed(exsss, 1.5)", fun() -> rand:seed(exsss, 1.5) end},
       {"seed(exsss, {1, a, 2})", fun() -> rand:seed(exsss, {1, a, 2}) end},
       {"bytes(-1)", fun() -> rand:bytes(-1) end},
       {"normal(0, -1)", fun() -> rand:normal(0, -1) end},
       {"normal_s(1, 0, S)", fun() -> rand:normal_s(1, 0, rand:seed_s(exrop, 1)) end},
       {"jump exs64", fun() -> rand:jump(rand:seed_s(exs64, 1)) end},
       {"export_seed_s(bar)", fun() -> rand:export_seed_s(bar) end}]),
    io:format("still seeded: ~w~n", [rand:export_seed()]).

%% err runs F and shows its error with the frames of rand, random, math
%% and erlang.
err(F) ->
    try F() of
        V -> {no_error, V}
    catch
        Class:Reason:Stack ->
            {Class, Reason, [Fr || {M, _, _, _} = Fr <- Stack, lists:member(M, [rand, random, math, erlang])]}
    end.
