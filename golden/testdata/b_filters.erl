-module(b_filters).
-export([main/0]).

%% Comprehension filters in a record-cleaning pipeline. A filter that is a
%% guard expression is a guard test: an exception or a non-true value
%% drops the element (length(X) > 1 on a non-list, a bare variable). Any
%% other filter is an ordinary expression: exceptions from the functions it
%% calls propagate, and a non-boolean value raises bad_filter. Errors are
%% reported with the line of the comprehension.

-record(rec, {id, name, score}).

valid_score(S) when is_integer(S), S >= 0, S =< 100 -> true;
valid_score(S) when is_integer(S) -> false.

normalise(Name) when is_list(Name) -> string:titlecase(string:lowercase(Name)).

rows() ->
    [#rec{id = 1, name = "ALICE", score = 91}, #rec{id = 2, name = "bob", score = 47},
     #rec{id = 3, name = "carol", score = 150}, {bogus, 4}, #rec{id = 5, name = "dave", score = -3},
     #rec{id = 6, name = "eve", score = 78}, [not_a_record], #rec{id = 7, name = "frank", score = 100}].

line_of(F) ->
    try F() of
        V -> {ok, V}
    catch
        Class:Reason:Stack ->
            Lines = [L || {b_filters, _, _, Loc} <- Stack, {line, L} <- Loc],
            {Class, Reason, hd(Lines)}
    end.

reason_of(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.

main() ->
    Rows = rows(),
    Recs = [R || R <- Rows, is_record(R, rec)],
    io:format("~w records of ~w rows~n", [length(Recs), length(Rows)]),
    Good = [R#rec.id || R <- Recs, valid_score(R#rec.score)],
    io:format("valid scores: ~w~n", [Good]),
    Guarded = [R#rec.id || R <- Rows, R#rec.score >= 50],
    io:format("guard filter on mixed rows (non-records dropped): ~w~n", [Guarded]),
    Names = [normalise(N) || #rec{name = N} <- Recs, length(N) > 3],
    io:format("long names: ~p~n", [Names]),
    Flags = [true, false, yes, true, 1],
    io:format("bare variable filter: ~w~n", [[F || F <- Flags, F]]),
    io:format("guard exceptions drop: ~w~n", [[X || X <- [[1, 2], a, {}, "xyz"], length(X) >= 2]]),
    io:format("orelse in guard: ~w~n", [[X || X <- [1, 2, 3, 4], X rem 2 =:= 0 orelse X div 0 > 1]]),
    io:format("map_get guard: ~w~n", [[K || #{k := K} = M <- [#{k => 1, v => 2}, #{k => 2}], map_get(k, M) > 0]]),
    io:format("call in filter raises: ~p~n",
              [line_of(fun() -> [R#rec.id || R <- Rows, is_record(R, rec), valid_score(R#rec.score * 1.0)] end)]),
    io:format("call on each: ~p~n",
              [line_of(fun() -> [N || {_, N} <- [{a, 1}, {b, x}],
                                      N + 1 > 0] end)]),
    io:format("not boolean: ~p~n", [reason_of(fun() -> [X || X <- [1, 2], lists:nth(1, [X])] end)]),
    io:format("maps:get is not a guard: ~p~n",
              [reason_of(fun() -> [M || M <- [#{a => 1}, #{}], maps:get(a, M) =:= 1] end)]),
    io:format("body error line: ~p~n",
              [line_of(fun() ->
                               [normalise(N)
                                || #rec{name = N} <- [#rec{name = "ok"}, #rec{name = nope}]]
                       end)]),
    Pairs = [{A, B} || A <- lists:seq(1, 12), B <- lists:seq(A, 12), A * B =:= 12, valid_score(A + B)],
    io:format("factor pairs of 12: ~w~n", [Pairs]),
    ok.
