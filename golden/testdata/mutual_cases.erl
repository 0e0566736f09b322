%% Mutually tail-recursive functions share one Go function; their case labels must not clash.
-module(mutual_cases).
-export([main/0]).

even(0, Acc) -> Acc;
even(N, Acc) ->
    case N rem 3 of
        0 -> odd(N - 1, [N | Acc]);
        _ -> odd(N - 1, Acc)
    end.

odd(0, Acc) -> Acc;
odd(N, Acc) ->
    case N rem 5 of
        0 -> even(N - 1, [{five, N} | Acc]);
        _ -> even(N - 1, Acc)
    end.

%% walk/1 and walk/2 share a name: their labels must still differ.
walk([X | Xs]) when is_list(X) ->
    case X of
        [] -> walk(Xs);
        _ -> walk(X, Xs)
    end;
walk([X | Xs]) -> [X | walk(Xs)];
walk([]) -> [].

walk([X], Ys) when is_list(X) ->
    case X of
        [] -> walk(Ys);
        _ -> walk(X, Ys)
    end;
walk([X], Ys) -> [X | walk(Ys)];
walk([X | Xs], Ys) -> [X | walk(Xs, Ys)].

main() ->
    io:format("~p~n", [even(20, [])]),
    io:format("~p~n", [walk([1, [2, [3, []], 4], [], [[5]], 6])]).
