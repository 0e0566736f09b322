#!/usr/bin/env escript
%% Prints the abstract forms of each file named on the command line, one
%% "FILE path" line per file and then one ~w term per form, as erl_lint sees
%% them (epp with columns, the file's directory and ../include searched).
%% lint's tests use it to check lint against Erlang's own parser.
main(Files) ->
    lists:foreach(fun(F) -> dump(F) end, Files).

dump(File) ->
    Dir = filename:dirname(File),
    %% OTP's own sources include each other's headers by plain -include.
    Incs = [Dir, filename:join(Dir, "../include")] ++
        filelib:wildcard(filename:join(code:lib_dir(), "*/include")),
    io:format("FILE ~s~n", [File]),
    case epp:parse_file(File, [{includes, Incs}, {location, {1,1}}]) of
        {ok, Forms} ->
            case [E || {error, E} <- Forms] of
                [] -> [io:format("~w.~n", [F]) || F <- Forms];
                Es -> io:format("ERROR ~w~n", [Es])
            end;
        {error, E} ->
            io:format("ERROR ~w~n", [E])
    end.
