#!/usr/bin/env escript
%% Writes "File<TAB>Result" for each *.cfg here, Result being what ~w
%% prints of file:consult(File) on BEAM, in UTF-8. Run from rt/testdata/consult.
main(_) ->
    Fs = lists:sort(filelib:wildcard("*.cfg")),
    Out = [io_lib:format("~s\t~w~n", [F, file:consult(F)]) || F <- Fs],
    ok = file:write_file("want.txt", unicode:characters_to_binary(Out)).
