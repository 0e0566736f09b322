-module(tryof).
-export([main/0]).

safe_div(A, B) ->
    try A div B of
        Q when Q > 100 -> {big, Q};
        Q -> {ok, Q}
    catch
        error:badarith -> {error, division_by_zero}
    end.

rethrow(X) ->
    try
        throw(X)
    catch
        throw:small -> caught_small;
        Class:Reason:Stack -> erlang:raise(Class, {wrapped, Reason}, Stack)
    end.

deep(0) -> throw(bottom);
deep(N) -> 1 + deep(N - 1).

log(Tag) -> put(log, [Tag | get_log()]).
get_log() -> case get(log) of undefined -> []; L -> L end.

ordering() ->
    try
        try
            log(body), error(inner)
        after
            log(inner_after)
        end
    catch
        error:inner -> log(caught)
    after
        log(outer_after)
    end,
    lists:reverse(get_log()).

main() ->
    io:format("~p~n", [[safe_div(A, B) || {A, B} <- [{1000, 2}, {10, 3}, {1, 0}]]]),
    io:format("~p~n", [rethrow(small)]),
    io:format("~p~n", [catch rethrow(big)]),
    io:format("~p~n", [catch deep(10000)]),
    io:format("~p~n", [ordering()]),
    R = try ok of _ -> matched catch _:_ -> failed end,
    io:format("~p~n", [R]),
    Val = try 42 of N -> N + 1 after ok end,
    io:format("~p~n", [Val]),
    io:format("~p~n", [try exit(normal) catch exit:normal -> exit_normal end]),
    io:format("~p~n", [(catch error({reason, 1}))  =/= ok]),
    ok.
