%% A spreadsheet: cells hold numbers, text or formulas over other cells
%% (references like b2, ranges like a1:a4 in sum/avg/max). Evaluation
%% follows dependencies with memoization in a map, reports cycles and
%% errors per cell, and a change recomputes only the cells that depend on
%% it (found by walking the reverse dependency graph).
-module(a_sheet).
-export([main/0]).

-record(sheet, {cells = #{} :: map(), values = #{} :: map()}).

%% Formulas: {num, N} | {ref, Cell} | {op, Op, A, B} | {fn, Name, [Arg]}
%% | {range, From, To}; cells are atoms like a1.

parse_cell(C) ->
    [Col | Row] = atom_to_list(C),
    {Col, list_to_integer(Row)}.

range(From, To) ->
    {C1, R1} = parse_cell(From),
    {C2, R2} = parse_cell(To),
    [list_to_atom([C | integer_to_list(R)]) || C <- lists:seq(C1, C2), R <- lists:seq(R1, R2)].

deps({ref, C}) -> [C];
deps({range, F, T}) -> range(F, T);
deps({op, _, A, B}) -> deps(A) ++ deps(B);
deps({fn, _, Args}) -> lists:append([deps(A) || A <- Args]);
deps(_) -> [].

value(C, S = #sheet{values = Vs}) ->
    case Vs of
        #{C := V} -> {V, S};
        #{} ->
            {V, S1} = compute(C, S, [C]),
            {V, S1#sheet{values = (S1#sheet.values)#{C => V}}}
    end.

compute(C, S, Path) ->
    case maps:get(C, S#sheet.cells, empty) of
        empty -> {0, S};
        {text, T} -> {{text, T}, S};
        Formula ->
            try eval(Formula, S, Path)
            catch
                throw:{cycle, Cs} -> {{error, {cycle, Cs}}, S};
                throw:{bad, Why} -> {{error, Why}, S};
                error:badarith -> {{error, div_zero}, S}
            end
    end.

eval({num, N}, S, _) -> {N, S};
eval({ref, C}, S, Path) ->
    case lists:member(C, Path) of
        true -> throw({cycle, lists:reverse([C | Path])});
        false ->
            case maps:find(C, S#sheet.values) of
                {ok, V} -> {check(V), S};
                error ->
                    {V, S1} = compute(C, S, [C | Path]),
                    {check(V), S1#sheet{values = (S1#sheet.values)#{C => V}}}
            end
    end;
eval({op, Op, A, B}, S, Path) ->
    {X, S1} = eval(A, S, Path),
    {Y, S2} = eval(B, S1, Path),
    {arith(Op, X, Y), S2};
eval({fn, Name, Args}, S, Path) ->
    {Vals, S1} = lists:foldl(
                   fun({range, F, T}, {Acc, Si}) ->
                           {Vs, Sj} = lists:mapfoldl(fun(C, Sk) -> eval({ref, C}, Sk, Path) end, Si, range(F, T)),
                           {Acc ++ Vs, Sj};
                      (A, {Acc, Si}) ->
                           {V, Sj} = eval(A, Si, Path),
                           {Acc ++ [V], Sj}
                   end, {[], S}, Args),
    {fn(Name, Vals), S1}.

check({error, {depends_on_error, _} = E}) -> throw({bad, E});
check({error, E}) -> throw({bad, {depends_on_error, E}});
check({text, _}) -> throw({bad, text_in_formula});
check(V) -> V.

arith('+', X, Y) -> X + Y;
arith('-', X, Y) -> X - Y;
arith('*', X, Y) -> X * Y;
arith('/', X, Y) -> X / Y.

fn(sum, Vs) -> lists:sum(Vs);
fn(avg, []) -> throw({bad, empty_avg});
fn(avg, Vs) -> lists:sum(Vs) / length(Vs);
fn(max, Vs) -> lists:max(Vs);
fn(Name, _) -> throw({bad, {unknown_function, Name}}).

%% Cells whose value depends, directly or not, on C.
dependents(C, #sheet{cells = Cells}) ->
    Rev = maps:fold(fun(K, F, Acc) when is_tuple(F) ->
                            lists:foldl(fun(D, A) -> maps:update_with(D, fun(L) -> [K | L] end, [K], A) end,
                                        Acc, deps(F));
                       (_, _, Acc) -> Acc
                    end, #{}, Cells),
    walk([C], Rev, sets:new([{version, 2}])).

walk([], _, Seen) -> lists:sort(sets:to_list(Seen));
walk([C | Rest], Rev, Seen) ->
    Next = [D || D <- maps:get(C, Rev, []), not sets:is_element(D, Seen)],
    walk(Next ++ Rest, Rev, lists:foldl(fun sets:add_element/2, Seen, Next)).

set(C, F, S) ->
    Stale = [C | dependents(C, S)],
    S#sheet{cells = (S#sheet.cells)#{C => F}, values = maps:without(Stale, S#sheet.values)}.

show(S0) ->
    Cs = lists:sort(maps:keys(S0#sheet.cells)),
    {Rows, S} = lists:mapfoldl(fun(C, Si) -> {V, Sj} = value(C, Si), {{C, V}, Sj} end, S0, Cs),
    [io:format("  ~-4s ~s~n", [C, fmt(V)]) || {C, V} <- Rows],
    S.

fmt(V) when is_integer(V) -> integer_to_list(V);
fmt(V) when is_float(V) -> io_lib:format("~.3f", [V]);
fmt({text, T}) -> io_lib:format("~p", [T]);
fmt({error, E}) -> io_lib:format("#ERR ~w", [E]).

main() ->
    Cells = #{a1 => {num, 10}, a2 => {num, 20}, a3 => {num, 30}, a4 => {num, 40},
              b1 => {fn, sum, [{range, a1, a4}]},
              b2 => {fn, avg, [{range, a1, a4}]},
              b3 => {op, '*', {ref, b1}, {num, 2}},
              b4 => {op, '/', {ref, b3}, {op, '-', {ref, a1}, {num, 10}}},
              c1 => {text, "total"},
              c2 => {op, '+', {ref, c1}, {num, 1}},
              c3 => {fn, max, [{ref, a1}, {ref, b2}, {num, 12.5}]},
              d1 => {op, '+', {ref, d2}, {num, 1}},
              d2 => {op, '+', {ref, d3}, {num, 1}},
              d3 => {op, '+', {ref, d1}, {num, 1}},
              e1 => {fn, median, [{num, 1}]},
              e2 => {op, '+', {ref, b4}, {num, 1}},
              e3 => {op, '+', {ref, z9}, {num, 5}}},
    S0 = #sheet{cells = Cells},
    io:format("initial:~n"),
    S1 = show(S0),
    io:format("computed ~b values~n", [maps:size(S1#sheet.values)]),
    io:format("dependents of a1: ~w~n", [dependents(a1, S1)]),
    S2 = set(a1, {num, 15}, S1),
    io:format("after a1 := 15, kept ~w~n", [lists:sort(maps:keys(S2#sheet.values))]),
    S3 = show(S2),
    S4 = show(set(d3, {num, 100}, S3)),
    io:format("cells ~b, values ~b~n", [maps:size(S4#sheet.cells), maps:size(S4#sheet.values)]),
    io:format("range a1:b2 = ~w~n", [range(a1, b2)]).
