%% {timeout, T, Group}: the group must end within T seconds; the test
%% running then is cancelled (*skipped*), the group with it (*timed out*),
%% and the module's tests end there, as on BEAM.
-module(eu_timeout).
-include_lib("eunit/include/eunit.hrl").

fast_enough_test_() -> {timeout, 10, [?_test(timer:sleep(50)), ?_assertEqual(2, 1 + 1)]}.

too_slow_test_() -> {timeout, 0.3, [?_test(timer:sleep(200)), ?_test(timer:sleep(200)), ?_test(ok)]}.

never_run_test() -> ok.
