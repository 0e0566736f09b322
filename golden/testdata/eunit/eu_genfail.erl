%% A generator that fails ends its module's tests: BEAM cancels the group
%% it was iterating and every group around it.
-module(eu_genfail).
-include_lib("eunit/include/eunit.hrl").

before_test() -> ok.

titled_group_test_() -> {"a titled list", [?_test(ok), ?_assertEqual(2, 1 + 1)]}.

broken_test_() -> erlang:error({no_tests_yet, ?MODULE}).

after_test() -> ok.
