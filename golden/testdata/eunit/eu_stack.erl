%% A module and its tests in a separate module eu_stack_tests: EUnit runs
%% the second after the first.
-module(eu_stack).
-export([new/0, push/2, pop/1, size/1]).

new() -> [].
push(X, S) -> [X | S].
pop([X | S]) -> {X, S};
pop([]) -> erlang:error(empty).
size(S) -> length(S).
