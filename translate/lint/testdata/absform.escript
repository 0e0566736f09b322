#!/usr/bin/env escript
%% Prints the abstract forms of each file named on the command line, one
%% "FILE path" line per file and then one ~w term per form, as erl_lint sees
%% them (epp with columns, the file's directory and ../include searched).
%% lint's tests use it to check lint against Erlang's own parser.
main(Files) ->
    lists:foreach(fun(F) -> dump(F) end, Files).

dump(File) ->
    Dir = filename:dirname(File),
    Incs = [Dir, filename:join(Dir, "../include"), filename:join(Dir, "../..")],
    io:format("FILE ~s~n", [File]),
    case epp:parse_file(File, [{includes, Incs}, {location, {1,1}}]) of
        {ok, Forms} ->
            [io:format("~w.~n", [F]) || F <- Forms];
        {error, E} ->
            io:format("ERROR ~w~n", [E])
    end.
