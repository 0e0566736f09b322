-module(spawn).
-export([main/0]).

%% Spawn 1,000,000 processes that each send one message and finish, in
%% batches of 10,000 so that at most that many are alive at once.

batch(0, _) -> ok;
batch(K, Self) ->
    spawn(fun() -> Self ! done end),
    batch(K - 1, Self).

collect(0) -> ok;
collect(K) -> receive done -> collect(K - 1) end.

run(0) -> ok;
run(B) ->
    batch(10000, self()),
    collect(10000),
    run(B - 1).

main() ->
    run(100),
    io:format("~p processes~n", [100 * 10000]).
