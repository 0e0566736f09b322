%% What a failing test printed is shown after its failure, up to 800
%% bytes; output of passing tests is not shown.
-module(eu_output).
-include_lib("eunit/include/eunit.hrl").

quiet_pass_test() -> io:format("not shown~n").

exactly_800_test() ->
    io:format("~s", [lists:duplicate(800, $a)]),
    ?assert(false).

cut_at_800_test() ->
    io:format("~s", [lists:duplicate(801, $b)]),
    ?assert(false).

lines_test() ->
    [io:format("line ~w~n", [N]) || N <- lists:seq(1, 3)],
    ?assertEqual(0, 3).

latin1_test() ->
    io:format("caf~c~n", [233]),
    throw(done).
