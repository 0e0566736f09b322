%% Stack traces through comprehensions, as BEAM prints them. A small
%% grade book is summarised with list and binary comprehensions, and some
%% of its records are bad: each error is caught with its stack trace. BEAM
%% compiles each generator to a function of its own ('-f/1-lc$^0/1-0-',
%% 'lbc' for a binary comprehension) whose arity counts the variables it
%% uses from outside; once a list comprehension has kept an element, a
%% second frame of its innermost generator waits for the rest of the list;
%% an outer generator of a list comprehension leaves no frame, those of a
%% binary comprehension do; a comprehension in tail position leaves no
%% frame of its function, and one whose value is dropped keeps no element.
-module(e_lctraces).
-export([main/0]).

%% the data are read back from the external format, so that the compiler
%% cannot see what they hold
opaque(X) -> binary_to_term(term_to_binary(X)).

grades() ->
    opaque([{ann, [90, 85]}, {bob, [70]}, {cid, []}, {dan, [60, x]}]).

%% the mean of each student's grades: cid has none
means(Gs) ->
    Ms = [{Name, lists:sum(Ns) div length(Ns)} || {Name, Ns} <- Gs],
    {ok, Ms}.

%% the same in tail position
means_tail(Gs) ->
    [{Name, lists:sum(Ns) div length(Ns)} || {Name, Ns} <- Gs].

%% scaled by a factor from outside
scaled(Gs, Factor, Cap) ->
    S = [min(Cap, N * Factor) || {_, Ns} <- Gs, N <- Ns],
    {ok, S}.

%% a filter that calls a function that raises
passing(Gs) ->
    P = [Name
         || {Name, Ns} <- Gs,
            check(Ns) > 0],
    {ok, P}.

check([]) -> error(no_grades);
check(Ns) -> lists:min(Ns) - 50.

%% the value is dropped: no element is kept
audit(Gs) ->
    [check(Ns) || {_, Ns} <- Gs],
    ok.

%% [...] ++ Tail: the tail is one more argument
with_total(Gs, Tail) ->
    L = [length(Ns) * 100 div length(Ns) || {_, Ns} <- Gs] ++ Tail,
    {ok, L}.

%% a comprehension in the element of another
table(Gs) ->
    T = [[N + 1 || N <- Ns] || {_, Ns} <- Gs],
    {ok, T}.

%% a bad inner generator
flat(Gs) ->
    F = [N || {_, Ns} <- Gs, N <- Ns],
    {ok, F}.

%% binary comprehensions: every generator's frame shows
packed(Gs) ->
    B = << <<(100 div (N - 60)):8>> || {_, Ns} <- Gs, N <- Ns >>,
    {ok, B}.

unpacked(Bin, D) ->
    L = [256 div (X - D) || <<X:8>> <= Bin],
    {ok, L}.

%% inside a fun that the compiler cannot inline
in_fun(Gs) ->
    Fs = opaque([id]),
    F = fun(Which) -> R = [{Which, 100 div length(Ns)} || {_, Ns} <- Gs], {ok, R} end,
    apply_all(Fs, F).

apply_all([W | _], F) ->
    {done, F(W)}.

try_it(Name, F) ->
    try F() of
        V -> io:format("~p: ~p~n", [Name, V])
    catch
        C:R:S -> io:format("~p: ~p:~p~n~p~n", [Name, C, R, S])
    end.

main() ->
    Gs = grades(),
    Good = opaque([{ann, [90, 85]}, {bob, [70]}]),
    try_it(means, fun() -> means(Gs) end),
    try_it(means_first, fun() -> means(opaque([{cid, []}])) end),
    try_it(means_tail, fun() -> means_tail(Gs) end),
    try_it(scaled, fun() -> scaled(Gs, 2, 150) end),
    try_it(passing, fun() -> passing(Gs) end),
    try_it(passing_good, fun() -> passing(Good) end),
    try_it(audit, fun() -> audit(Gs) end),
    try_it(with_total, fun() -> with_total(Gs, opaque([total])) end),
    try_it(table, fun() -> table(Gs) end),
    try_it(flat, fun() -> flat(opaque([{a, [1]}, {b, 2}])) end),
    try_it(packed, fun() -> packed(Gs) end),
    try_it(packed_good, fun() -> packed(Good) end),
    try_it(unpacked, fun() -> unpacked(opaque(<<1, 2, 3>>), opaque(2)) end),
    try_it(in_fun, fun() -> in_fun(Gs) end).
