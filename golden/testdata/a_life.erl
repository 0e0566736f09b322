%% Conway's Game of Life on an unbounded board held as a set of live cells
%% (sets, version 2), with a glider, a blinker, an R-pentomino and period
%% detection by remembering earlier generations.
-module(a_life).
-export([main/0]).

from_rows(Rows) ->
    sets:from_list([{X, Y} || {Y, Row} <- lists:zip(lists:seq(0, length(Rows) - 1), Rows),
                              {X, C} <- lists:zip(lists:seq(0, length(Row) - 1), Row),
                              C =:= $#], [{version, 2}]).

neighbours({X, Y}) ->
    [{X + DX, Y + DY} || DX <- [-1, 0, 1], DY <- [-1, 0, 1], {DX, DY} =/= {0, 0}].

step(Live) ->
    Counts = sets:fold(fun(C, Acc) ->
                               lists:foldl(fun(N, M) -> maps:update_with(N, fun(K) -> K + 1 end, 1, M) end,
                                           Acc, neighbours(C))
                       end, #{}, Live),
    Born = [C || {C, 3} <- maps:to_list(Counts)],
    Stay = [C || {C, 2} <- maps:to_list(Counts), sets:is_element(C, Live)],
    sets:from_list(Born ++ Stay, [{version, 2}]).

bounds(Live) ->
    Cells = sets:to_list(Live),
    Xs = [X || {X, _} <- Cells],
    Ys = [Y || {_, Y} <- Cells],
    {lists:min(Xs), lists:min(Ys), lists:max(Xs), lists:max(Ys)}.

render(Live) ->
    case sets:is_empty(Live) of
        true -> ["  (empty)\n"];
        false ->
            {X0, Y0, X1, Y1} = bounds(Live),
            [["  ", [case sets:is_element({X, Y}, Live) of true -> $#; false -> $. end
                     || X <- lists:seq(X0, X1)], "\n"] || Y <- lists:seq(Y0, Y1)]
    end.

normalize(Live) ->
    {X0, Y0, _, _} = bounds(Live),
    lists:sort([{X - X0, Y - Y0} || {X, Y} <- sets:to_list(Live)]).

run(Live, 0) -> Live;
run(Live, N) -> run(step(Live), N - 1).

%% Generations until a shape repeats (up to translation): {Start, Period}.
period(Live, Max) -> period(Live, 0, Max, #{}).

period(_, Gen, Max, _) when Gen > Max -> none;
period(Live, Gen, Max, Seen) ->
    case sets:is_empty(Live) of
        true -> {died, Gen};
        false ->
            Key = normalize(Live),
            case Seen of
                #{Key := G0} -> {repeats, G0, Gen - G0};
                #{} -> period(step(Live), Gen + 1, Max, Seen#{Key => Gen})
            end
    end.

main() ->
    Glider = from_rows([".#.", "..#", "###"]),
    io:format("glider:~n~s", [render(Glider)]),
    lists:foreach(fun(N) ->
                          G = run(Glider, N),
                          io:format("after ~b: ~w cells, bounds ~w~n", [N, sets:size(G), bounds(G)])
                  end, [1, 2, 4, 8]),
    io:format("glider after 4 is itself moved by (1,1): ~w~n",
              [lists:sort(sets:to_list(run(Glider, 4))) =:= lists:sort([{X + 1, Y + 1} || {X, Y} <- sets:to_list(Glider)])]),
    Blinker = from_rows(["###"]),
    io:format("blinker:~n~s~s", [render(Blinker), render(step(Blinker))]),
    io:format("blinker period: ~p~n", [period(Blinker, 10)]),
    io:format("glider period: ~p~n", [period(Glider, 10)]),
    Block = from_rows(["##", "##"]),
    io:format("block period: ~p~n", [period(Block, 10)]),
    Diehard = from_rows(["......#.", "##......", ".#...###"]),
    io:format("diehard: ~p~n", [period(Diehard, 140)]),
    R = from_rows([".##", "##.", ".#."]),
    Sizes = [sets:size(run(R, N)) || N <- lists:seq(0, 50, 10)],
    io:format("r-pentomino population every 10 steps: ~w~n", [Sizes]),
    Toad = from_rows([".###", "###."]),
    io:format("toad:~n~s~s", [render(Toad), render(step(Toad))]),
    io:format("toad period: ~p~n", [period(Toad, 10)]),
    Pulse = run(from_rows(["..###...###..", "", "#....#.#....#", "#....#.#....#", "#....#.#....#",
                           "..###...###.."]), 3),
    io:format("pulsar seed after 3 steps (~b cells):~n~s", [sets:size(Pulse), render(Pulse)]),
    io:format("empty: ~p~n", [period(from_rows(["#"]), 5)]).
