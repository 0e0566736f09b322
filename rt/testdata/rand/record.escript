#!/usr/bin/env escript
%% Records rand's answers on BEAM for rt/rand_test.go: for each algorithm
%% and seed, one line per step, "Alg Seed# Step<TAB>Value" with Value as ~w
%% prints it. rand_test.go runs the same steps and compares.
%% Run from the repository root: escript rt/testdata/rand/record.escript > rt/testdata/rand/want.txt
-mode(compile).
-compile(nowarn_deprecated_function).

algs() -> [exsss, exro928ss, exrop, exs1024s, exsp, exs64, exsplus, exs1024].

seeds() -> [42, {1,2,3}, [12345678901234567890123, -5], (1 bsl 70) + 3, -17,
            {-1, 1 bsl 65, 7}, [0, 9], [7]].

ranges() ->
    [1, 2, 3, 6, 10, 100, 1000, 1 bsl 32, (1 bsl 58) - 1, 1 bsl 58, (1 bsl 58) + 1,
     1 bsl 60, (1 bsl 62) + 5, (1 bsl 64) - 1, 1 bsl 64, (1 bsl 64) + 1, 1 bsl 100,
     (1 bsl 100) + 12345, 1000000000000000000000000000000].

main(_) ->
    [case_(A, I, S) || A <- algs(), {I, S} <- lists:zip(lists:seq(1, length(seeds())), seeds())],
    [dummy_case(I, S) || {I, S} <- lists:zip(lists:seq(1, length(seeds())), seeds())],
    dict_steps(),
    random_steps(),
    niche_steps(),
    odd_steps(),
    far_steps(),
    ok.

out(A, I, Step, V) -> io:format("~w ~w ~s\t~w~n", [A, I, Step, V]).

case_(A, I, Seed) ->
    try rand:seed_s(A, Seed) of
        S -> steps(A, I, S)
    catch error:R -> out(A, I, "seed", R)
    end.

steps(A, I, S0) ->
    out(A, I, "seed", rand:export_seed_s(S0)),
    {Fs, S1} = times(20, fun rand:uniform_s/1, S0),
    out(A, I, "uniform", Fs),
    S2 = lists:foldl(fun(N, S) ->
                             {X, T} = rand:uniform_s(N, S),
                             {Y, U} = rand:uniform_s(N, T),
                             out(A, I, "uniform_n " ++ integer_to_list(N), [X, Y]),
                             U
                     end, S1, ranges()),
    {Rs, S3} = times(60, fun rand:uniform_real_s/1, S2),
    out(A, I, "uniform_real", Rs),
    {Ns, S4} = times(150, fun rand:normal_s/1, S3),
    out(A, I, "normal", Ns),
    {M, S5} = rand:normal_s(10, 4, S4),
    out(A, I, "normal_s/3", M),
    S6 = lists:foldl(fun(N, S) ->
                             {B, T} = rand:bytes_s(N, S),
                             out(A, I, "bytes " ++ integer_to_list(N), B),
                             T
                     end, S5, [0, 1, 5, 7, 8, 13, 28, 29, 40]),
    out(A, I, "before_jump", rand:export_seed_s(S6)),
    S7 = try rand:jump(S6) of
             J -> out(A, I, "jump", rand:export_seed_s(J)), J
         catch error:R -> out(A, I, "jump", R), S6
         end,
    {Gs, S8} = times(40, fun rand:uniform_s/1, S7),
    out(A, I, "after_jump", Gs),
    out(A, I, "end", rand:export_seed_s(S8)).

times(0, _, S) -> {[], S};
times(N, F, S) ->
    {X, S1} = F(S),
    {Xs, S2} = times(N - 1, F, S1),
    {[X | Xs], S2}.

%% The dummy algorithm of rand's test suites (its normal_s can loop for
%% ever, its draws being constant).
dummy_case(I, Seed) ->
    try rand:seed_s(dummy, Seed) of
        S0 ->
            out(dummy, I, "seed", rand:export_seed_s(S0)),
            {Fs, S1} = times(3, fun rand:uniform_s/1, S0),
            {Ns, S2} = times(3, fun(S) -> rand:uniform_s(1 bsl 100, S) end, S1),
            {Rs, S3} = times(3, fun rand:uniform_real_s/1, S2),
            {B, S4} = rand:bytes_s(13, S3),
            J = try rand:jump(S4) catch error:R -> R end,
            out(dummy, I, "draws", {Fs, Ns, Rs, B, J, rand:export_seed_s(S4)})
    catch error:R -> out(dummy, I, "seed", R)
    end.

%% The process dictionary API.
dict_steps() ->
    rand:seed(exsss, 2024),
    out(dict, 0, "get", get(rand_seed)),
    out(dict, 0, "uniform", [rand:uniform() || _ <- lists:seq(1, 5)]),
    out(dict, 0, "uniform_n", [rand:uniform(6) || _ <- lists:seq(1, 20)]),
    out(dict, 0, "uniform_real", rand:uniform_real()),
    out(dict, 0, "normal", [rand:normal() || _ <- lists:seq(1, 5)]),
    out(dict, 0, "normal/2", rand:normal(100, 9)),
    out(dict, 0, "bytes", rand:bytes(10)),
    out(dict, 0, "jump", rand:jump()),
    out(dict, 0, "export", rand:export_seed()),
    rand:seed({exrop, [1|2]}),
    out(dict, 0, "restored", {rand:uniform(1000), rand:export_seed()}),
    rand:seed(rand:seed_s(exs64, 99)),
    out(dict, 0, "state", {rand:uniform(), rand:export_seed()}),
    rand:seed(default, 5),
    out(dict, 0, "default", rand:export_seed()).

%% The old random module.
random_steps() ->
    out(random, 0, "seed0", random:seed0()),
    out(random, 0, "fresh", [random:uniform() || _ <- lists:seq(1, 5)]),
    out(random, 0, "seed", random:seed()),
    out(random, 0, "seed again", random:seed()),
    [out(random, 0, "seed/1 " ++ integer_to_list(I), {random:seed(I), get(random_seed), random:uniform(100)})
     || I <- [0, 42, -7, 123456789012, (1 bsl 80) + 5, -(1 bsl 70)]],
    out(random, 0, "seed/3", random:seed(-5, 1 bsl 70, 30322)),
    out(random, 0, "seed tuple", {random:seed({1, 2, 3}), get(random_seed)}),
    out(random, 0, "uniform_n", [random:uniform(N) || N <- [1, 6, 1000, 1 bsl 60, 1 bsl 90]]),
    {Xs, S1} = times(20, fun random:uniform_s/1, {9, 99, 999}),
    out(random, 0, "uniform_s", {Xs, S1}),
    out(random, 0, "uniform_s/2", random:uniform_s(1000000, S1)),
    put(random_seed, {-3, 50000, 7}),
    out(random, 0, "odd state", {random:uniform(), get(random_seed)}).

%% The niche API: bare generators on integer states.
niche_steps() ->
    Xs = [0, 1, 123456789, -1, (1 bsl 65) + 7, (1 bsl 70) + 12345, -5],
    out(niche, 0, "mwc59", [rand:mwc59(X) || X <- Xs]),
    out(niche, 0, "mwc59_value32", [rand:mwc59_value32(X) || X <- Xs]),
    out(niche, 0, "mwc59_value", [rand:mwc59_value(X) || X <- Xs]),
    out(niche, 0, "mwc59_float", [rand:mwc59_float(X) || X <- Xs]),
    out(niche, 0, "mwc59_seed", [rand:mwc59_seed(X) || X <- [0, 1, 123456789, (1 bsl 58) - 1]]),
    out(niche, 0, "splitmix64_next", [rand:splitmix64_next(X) || X <- Xs]),
    out(niche, 0, "exsp_next", [rand:exsp_next(X) || X <- [[1|2], [-1|1 bsl 64], [5|0]]]),
    out(niche, 0, "exsp_jump", [rand:exsp_jump(X) || X <- [[1|2], [5|0]]]),
    out(niche, 0, "loop", lists:foldl(fun(_, {Acc, CX}) ->
                                              CX1 = rand:mwc59(CX),
                                              {Acc + rand:mwc59_value32(CX1) rem 100, CX1}
                                      end, {0, rand:mwc59_seed(42)}, lists:seq(1, 1000))).

%% States with integers beyond their algorithm's words, which rand masks.
odd_steps() ->
    [begin
         {X, S1} = rand:uniform_s(rand:seed_s({A, St})),
         {N, S2} = rand:uniform_s(1000, S1),
         {R, S3} = rand:uniform_real_s(S2),
         out(odd, I, atom_to_list(A), {X, N, R, rand:export_seed_s(S3)}),
         J = try rand:export_seed_s(rand:jump(rand:seed_s({A, St}))) catch error:E -> E end,
         out(odd, I, atom_to_list(A) ++ " jump", J)
     end || {I, {A, St}} <- lists:zip(lists:seq(1, length(odd_states())), odd_states())].

odd_states() ->
    [{exsss, [(1 bsl 70) + 5 | -3]}, {exsp, [-(1 bsl 80) | (1 bsl 64) + 9]}, {exsplus, [-1 | -2]},
     {exro928ss, {[-1, 1 bsl 90, 3], [(1 bsl 60) + 1, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]}},
     {exrop, [-1 | 2]}, {exrop, [(1 bsl 70) + 3 | 5]}, {exs64, 1 bsl 64}, {exs64, -12345},
     {exs1024s, {[-1, (1 bsl 80) + 1, 3], [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]}},
     {exs1024, {[1 bsl 64], [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]}}].

%% A deviate from the tail beyond the ziggurat, whose value shows every bit
%% of a logarithm (Go's math.Log misses this one by an ulp).
far_steps() ->
    {Xs, _} = times(191950, fun rand:normal_s/1, rand:seed_s(exs64, 12345)),
    out(far, 0, "normal 191950", lists:last(Xs)).
