-module(b_life).
-export([main/0]).

%% Conway's Game of Life on an unbounded board: the live cells are a set
%% (sets version 2, a map underneath), neighbour counts are gathered in a
%% map, and patterns (a glider, a blinker, the R-pentomino) are run and
%% drawn inside their bounding box. Also a one-dimensional rule 30/110
%% automaton on a tuple.

parse(Rows) ->
    sets:from_list([{X, Y} || {Y, Row} <- lists:enumerate(0, Rows),
                              {X, C} <- lists:enumerate(0, Row), C =:= $#], [{version, 2}]).

step(Live) ->
    Counts = sets:fold(fun({X, Y}, Acc) ->
                               lists:foldl(fun(N, A) -> maps:update_with(N, fun(V) -> V + 1 end, 1, A) end,
                                           Acc, [{X + DX, Y + DY} || DX <- [-1, 0, 1], DY <- [-1, 0, 1],
                                                                     {DX, DY} =/= {0, 0}])
                       end, #{}, Live),
    sets:from_list([C || {C, N} <- maps:to_list(Counts),
                         N =:= 3 orelse (N =:= 2 andalso sets:is_element(C, Live))], [{version, 2}]).

run(Live, 0) -> Live;
run(Live, N) -> run(step(Live), N - 1).

bbox(Live) ->
    Cells = sets:to_list(Live),
    Xs = [X || {X, _} <- Cells], Ys = [Y || {_, Y} <- Cells],
    {lists:min(Xs), lists:min(Ys), lists:max(Xs), lists:max(Ys)}.

draw(Live) ->
    case sets:size(Live) of
        0 -> io:format("  (empty)~n");
        _ ->
            {X0, Y0, X1, Y1} = bbox(Live),
            [io:format("  ~s~n", [[case sets:is_element({X, Y}, Live) of true -> $#; false -> $. end
                                   || X <- lists:seq(X0, X1)]]) || Y <- lists:seq(Y0, Y1)],
            ok
    end.

show(Name, Live, Gens) ->
    lists:foldl(fun(G, L) ->
                        io:format("~s gen ~w: ~w cells, box ~w~n", [Name, G, sets:size(L), bbox(L)]),
                        draw(L),
                        step(L)
                end, Live, Gens).

rule(N, Cells) ->
    Size = tuple_size(Cells),
    list_to_tuple([begin
                       L = element((I - 2 + Size) rem Size + 1, Cells),
                       C = element(I, Cells),
                       R = element(I rem Size + 1, Cells),
                       (N bsr (L * 4 + C * 2 + R)) band 1
                   end || I <- lists:seq(1, Size)]).

automaton(N, Width, Steps) ->
    Start = erlang:make_tuple(Width, 0, [{Width div 2 + 1, 1}]),
    lists:foldl(fun(_, Row) ->
                        io:format("  ~s~n", [[case B of 1 -> $#; 0 -> $\s end || B <- tuple_to_list(Row)]]),
                        rule(N, Row)
                end, Start, lists:seq(1, Steps)).

main() ->
    Glider = parse([".#.", "..#", "###"]),
    show("glider", Glider, [0, 1, 2, 3, 4]),
    G20 = run(Glider, 20),
    io:format("glider after 20: same shape moved by ~w~n",
              [begin {A, B, _, _} = bbox(G20), {C, D, _, _} = bbox(Glider), {A - C, B - D} end]),
    Blinker = parse(["###"]),
    io:format("blinker period 2: ~w~n", [run(Blinker, 2) =:= Blinker]),
    R = parse([".##", "##.", ".#."]),
    Sizes = [sets:size(run(R, N)) || N <- [0, 10, 50, 100]],
    io:format("R-pentomino sizes at 0/10/50/100: ~w~n", [Sizes]),
    draw(run(R, 10)),
    io:format("block is still: ~w~n", [step(parse(["##", "##"])) =:= parse(["##", "##"])]),
    io:format("rule 30:~n"),
    automaton(30, 31, 12),
    io:format("rule 110:~n"),
    automaton(110, 31, 8),
    ok.
