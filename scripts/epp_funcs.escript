#!/usr/bin/env escript
%% -*- erlang -*-
%% Prints what epp:parse_file gives for each file, in the form `erl2go parse -funcs`
%% prints it: one line "FILE NAME/ARITY LINE" per function definition, in source
%% order. A file that epp reports an error for gets the single line "FILE !error".
%% The last line on stderr is the time epp took, in microseconds, in this one process.
%%
%% usage: epp_funcs.escript [-I DIR]... FILE...   (run it from the directory the FILEs
%% are relative to, as erl2go is run)
main(Args) ->
    {Incs, Files} = args(Args, [], []),
    {Micros, Out} = timer:tc(fun() -> [file_funcs(F, Incs) || F <- Files] end),
    io:put_chars(Out),
    io:format(standard_error, "epp_us ~p~n", [Micros]).

args(["-I", Dir | T], Incs, Files) -> args(T, [Dir | Incs], Files);
args([F | T], Incs, Files) -> args(T, Incs, [F | Files]);
args([], Incs, Files) -> {lists:reverse(Incs), lists:reverse(Files)}.

file_funcs(File, Incs) ->
    case epp:parse_file(File, [{includes, Incs}]) of
        {ok, Forms} ->
            case [E || {error, _} = E <- Forms] of
                [] -> [line(File, Name, Arity, Anno) || {function, Anno, Name, Arity, _} <- Forms];
                _ -> [File, " !error\n"]
            end;
        {error, _} ->
            [File, " !error\n"]
    end.

line(File, Name, Arity, Anno) ->
    io_lib:format("~ts ~ts/~w ~w~n", [File, atom_to_list(Name), Arity, erl_anno:line(Anno)]).
