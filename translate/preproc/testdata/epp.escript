#!/usr/bin/env escript
%% The oracle for the golden tests: runs OTP's epp over a file and prints
%% each form it returns on one line, as token sources (rendered as epp's
%% ??Arg renders them) with @line:col after each token (left out in -file
%% attributes), or as "error L:C: msg" / "warning L:C: msg".
%% usage: epp.escript file.erl [-Idir] [-DNAME] [-DNAME=term] [-Ffeature]
%%    or: epp.escript -batch -Idir... -- file.erl... (prints "=== file" first)
main(Args) ->
    io:setopts(standard_io, [{encoding, unicode}]),
    main1(Args).

main1(["-batch"|Args]) ->
    {Opts, ["--"|Files]} = lists:splitwith(fun(A) -> A =/= "--" end, Args),
    [begin io:format("=== ~s~n", [F]), main1([F|Opts]) end || F <- Files],
    ok;
main1([F|Rest]) ->
    Inc = [I || "-I" ++ I <- Rest],
    Ms = [macro(D) || "-D" ++ D <- Rest],
    Ftrs = [list_to_atom(X) || "-F" ++ X <- Rest],
    {ok, Epp} = epp:open([{name, F}, {includes, Inc}, {macros, Ms},
                          {location, {1,1}}, {features, Ftrs}]),
    loop(Epp).

macro(D) ->
    case string:split(D, "=") of
        [N] -> list_to_atom(N);
        [N, V] ->
            {ok, T, _} = erl_scan:string(V ++ "."),
            {ok, Term} = erl_parse:parse_term(T),
            {list_to_atom(N), Term}
    end.

loop(Epp) ->
    case epp:scan_erl_form(Epp) of
        {ok, Toks} -> io:format("~ts~n", [render(Toks)]), loop(Epp);
        {error, {L, M, E}} -> io:format("error ~s: ~ts~n", [loc(L), M:format_error(E)]), loop(Epp);
        {warning, {L, M, E}} -> io:format("warning ~s: ~ts~n", [loc(L), M:format_error(E)]), loop(Epp);
        {eof, _} -> ok
    end.

loc({L, C}) -> io_lib:format("~w:~w", [L, C]);
loc(L) -> io_lib:format("~w", [L]).

render([{'-', _}, {atom, _, file} | _] = Toks) ->
    lists:join(" ", [src(T) || T <- Toks]);
render(Toks) ->
    lists:join(" ", [[src(T), "@", loc(erl_scan:location(T))] || T <- Toks]).

src({dot, _}) -> ".";
src({X, _}) when is_atom(X) -> atom_to_list(X);
src({var, _, X}) -> atom_to_list(X);
src({char, _, C}) -> io_lib:write_char(C);
src({string, _, X}) -> io_lib:write_string(X);
src({_, _, X}) -> io_lib:format("~w", [X]).
