#!/usr/bin/env escript
%% Evaluates each line of exprs.txt with erl and writes "Expr<TAB>Result"
%% to want.txt, Result being the value as ~w prints it or error:Reason.
%% Run from rt/testdata/stdlib: escript record.escript
main(_) ->
    {ok, Bin} = file:read_file("exprs.txt"),
    Lines = [L || L <- string:split(Bin, "\n", all), L =/= <<>>],
    Out = [[L, $\t, eval(binary_to_list(L)), $\n] || L <- Lines],
    ok = file:write_file("want.txt", Out).

eval(S) ->
    {ok, Ts, _} = erl_scan:string(S ++ "."),
    {ok, [E]} = erl_parse:parse_exprs(Ts),
    try erl_eval:expr(E, []) of
        {value, V, _} -> io_lib:format("~w", [V])
    catch error:R -> io_lib:format("error:~w", [R])
    end.
