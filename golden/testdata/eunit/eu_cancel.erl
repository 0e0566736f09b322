%% What cancels tests: failing setup, instantiation and cleanup, a test
%% that outlives its timeout, and a generator
%% that fails (which ends the module's tests, as on BEAM).
-module(eu_cancel).
-include_lib("eunit/include/eunit.hrl").

first_test() -> ok.

cleanup_fails_test_() ->
    {setup, fun() -> ok end, fun(_) -> exit(cleanup_crashed) end, [?_test(ok)]}.

instantiation_fails_test_() ->
    {setup, fun() -> 1 end, fun(_) -> ok end, fun(X) -> instantiate(X) end}.

instantiate(X) -> erlang:error({cannot_instantiate, X}).

titled_setup_fails_test_() ->
    {"database", {setup, fun() -> throw(no_connection) end, [?_test(ok), ?_test(ok)]}}.

timeout_test_() ->
    {timeout, 0.2, ?_test(timer:sleep(1000))}.


middle_test() -> ok.

generator_fails_test_() -> erlang:error(broken_generator).

never_run_test() -> ok.
