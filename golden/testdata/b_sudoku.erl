-module(b_sudoku).
-export([main/0]).

%% A sudoku solver: the grid is a map from {Row, Col} to a digit; empty
%% cells are filled by constraint propagation (cells with a single
%% candidate) and then depth-first search on the cell with the fewest
%% candidates. Counts propagation steps and guesses.

parse(Rows) ->
    maps:from_list([{{R, C}, D - $0}
                    || {R, Row} <- lists:zip(lists:seq(0, 8), Rows),
                       {C, D} <- lists:zip(lists:seq(0, 8), Row), D =/= $.]).

peers({R, C}) ->
    BR = R div 3 * 3, BC = C div 3 * 3,
    lists:usort([{R, X} || X <- lists:seq(0, 8)] ++ [{X, C} || X <- lists:seq(0, 8)] ++
                [{BR + I, BC + J} || I <- [0, 1, 2], J <- [0, 1, 2]]) -- [{R, C}].

candidates(G, Cell) ->
    Used = [D || P <- peers(Cell), {ok, D} <- [maps:find(P, G)]],
    lists:seq(1, 9) -- Used.

empties(G) -> [{R, C} || R <- lists:seq(0, 8), C <- lists:seq(0, 8), not is_map_key({R, C}, G)].

propagate(G, Stats) ->
    Cs = [{Cell, candidates(G, Cell)} || Cell <- empties(G)],
    case [X || {_, []} = X <- Cs] of
        [_ | _] -> {dead, Stats};
        [] ->
            case [{Cell, D} || {Cell, [D]} <- Cs] of
                [] -> {G, Cs, Stats};
                Singles ->
                    G1 = lists:foldl(fun({Cell, D}, Acc) -> Acc#{Cell => D} end, G, Singles),
                    case consistent(G1) of
                        true -> propagate(G1, Stats#{props := maps:get(props, Stats) + length(Singles)});
                        false -> {dead, Stats}
                    end
            end
    end.

consistent(G) ->
    lists:all(fun({Cell, D}) -> not lists:any(fun(P) -> maps:get(P, G, 0) =:= D end, peers(Cell)) end,
              maps:to_list(G)).

solve(G, Stats) ->
    case propagate(G, Stats) of
        {dead, S} -> {fail, S};
        {G1, [], S} -> {ok, G1, S};
        {G1, Cs, S} ->
            [{_, {Cell, Ds}} | _] = lists:sort([{length(Ds), {Cell, Ds}} || {Cell, Ds} <- Cs]),
            try_each(G1, Cell, Ds, S)
    end.

try_each(_, _, [], S) -> {fail, S};
try_each(G, Cell, [D | Ds], S) ->
    case solve(G#{Cell => D}, S#{guesses := maps:get(guesses, S) + 1}) of
        {ok, _, _} = Done -> Done;
        {fail, S1} -> try_each(G, Cell, Ds, S1)
    end.

show(G) ->
    lists:foreach(
      fun(R) ->
              Line = [case maps:find({R, C}, G) of {ok, D} -> $0 + D; error -> $. end
                      || C <- lists:seq(0, 8)],
              {A, Rest} = lists:split(3, Line),
              {B, Cc} = lists:split(3, Rest),
              io:format("  ~s | ~s | ~s~n", [A, B, Cc]),
              if R =:= 2; R =:= 5 -> io:format("  ----+-----+----~n"); true -> ok end
      end, lists:seq(0, 8)).

valid(G) ->
    Units = [[{R, C} || C <- lists:seq(0, 8)] || R <- lists:seq(0, 8)] ++
            [[{R, C} || R <- lists:seq(0, 8)] || C <- lists:seq(0, 8)] ++
            [[{BR + I, BC + J} || I <- [0, 1, 2], J <- [0, 1, 2]] || BR <- [0, 3, 6], BC <- [0, 3, 6]],
    lists:all(fun(U) -> lists:sort([maps:get(X, G) || X <- U]) =:= lists:seq(1, 9) end, Units).

run(Name, Rows) ->
    G = parse(Rows),
    io:format("~s: ~w givens~n", [Name, map_size(G)]),
    Result = case consistent(G) of
                 true -> solve(G, #{props => 0, guesses => 0});
                 false -> {fail, #{givens => conflicting}}
             end,
    case Result of
        {ok, Sol, Stats} ->
            show(Sol),
            io:format("  valid ~w, stats ~p~n", [valid(Sol), Stats]);
        {fail, Stats} ->
            io:format("  no solution, stats ~p~n", [Stats])
    end.

main() ->
    run("easy", ["53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1",
                 "7...2...6", ".6....28.", "...419..5", "....8..79"]),
    run("harder", ["..9748...", "7........", ".2.1.9...", "..7...24.", ".64.1.59.",
                   ".98...3..", "...8.3.2.", "........6", "...2759.."]),
    run("broken", ["55.......", ".........", ".........", ".........", ".........",
                   ".........", ".........", ".........", "........."]),
    run("stuck", ["12345678.", "........9", ".........", ".........", ".........",
                  ".........", ".........", ".........", "........."]),
    io:format("peers of {4,4}: ~w~n", [length(peers({4, 4}))]),
    ok.
