-module(ring_b).
-export([countdown/1, total/1]).

countdown(0) -> [done];
countdown(N) -> [{b, N} | ring_a:countdown(N - 1)].

total(N) -> lists:sum([length(ring_a:countdown(I)) || I <- lists:seq(1, N)]).
