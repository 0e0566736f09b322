#!/usr/bin/env escript
%% Prints the warnings lint also gives (variables unused, shadowed or
%% exported; functions and records unused; obsolete guards; overridden
%% BIFs) that
%% erl_lint gives for each file named on
%% the command line, as "FILE path" and then "LINE:COL: message" lines (for
%% the file itself, not its includes; first lines of messages only). lint's tests compare its own warnings
%% with these.
main(Files) ->
    lists:foreach(fun(F) -> warnings(F) end, Files).

warnings(File) ->
    Dir = filename:dirname(File),
    Incs = [Dir, filename:join(Dir, "../include")] ++
        filelib:wildcard(filename:join(code:lib_dir(), "*/include")),
    io:format("FILE ~s~n", [File]),
    {ok, Forms} = epp:parse_file(File, [{includes, Incs}, {location, {1,1}}]),
    Opts = lists:append([C || {attribute, _, compile, C0} <- Forms, C <- [lists:flatten([C0])]]),
    Ws = case erl_lint:module(Forms, File, Opts) of
             {ok, W} -> W;
             {error, _, W} -> W
         end,
    [io:format("~p:~p: ~ts~n", [L, C, hd(string:split(lists:flatten(erl_lint:format_error(E)), "\n"))])
     || {F, L0} <- Ws, F =:= File, {{L, C}, erl_lint, E} <- L0, is_lint_warning(E)].

is_lint_warning({unused_var, _}) -> true;
is_lint_warning({shadowed_var, _, _}) -> true;
is_lint_warning({exported_var, _, _}) -> true;
is_lint_warning({unused_function, _}) -> true;
is_lint_warning({obsolete_guard, _}) -> true;
is_lint_warning({unused_record, _}) -> true;
is_lint_warning({call_to_redefined_bif, _}) -> true;
is_lint_warning({redefine_bif_import, _}) -> true;
is_lint_warning(_) -> false.
