%% ?UNDER_EUNIT and ?capturedOutput. OTP's header asks the group leader
%% (erlang:group_leader/0, process_info/2), which erl2go's runtime does not
%% answer yet; erl2go's own header works.
-module(eu_under).
-include_lib("eunit/include/eunit.hrl").

under_eunit_test() -> ?assert(?UNDER_EUNIT).

captured_test() ->
    io:format("first line~n"),
    ?assertEqual("first line\n", ?capturedOutput).

