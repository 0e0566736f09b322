%% Operating system commands and the helper macros.
-module(eu_cmd).
-include_lib("eunit/include/eunit.hrl").

echo_test() -> ?assertEqual("hello\n", ?cmd("echo hello")).
status_test() -> ?assertCmdStatus(3, "exit 3").
status_fails_test() -> ?assertCmdStatus(0, "echo oops; exit 2").
output_test() -> ?assertCmdOutput("a\nb\n", "printf 'a\\r\\nb\\r'").
output_fails_test() -> ?assertCmdOutput("yes\n", "echo no").
cmd_fails_test() -> ?cmd("false").

cmd_objects_test_() ->
    [?_cmd("true"), ?_assertCmd("true"), ?_assertCmdStatus(1, "false"),
     ?_assertCmdOutput("x\n", "echo x"), ?_cmdStatus(0, "true")].

let_if_matches_test() ->
    ?assertEqual(big, ?LET(N, 10 * 10, ?IF(N > 50, big, small))),
    ?assert(?MATCHES({ok, _}, {ok, 1})),
    ?assertNot(?MATCHES([], [x])).

-ifdef(TEST).
test_is_defined_test() -> ?assert(?EUNIT).
-endif.
