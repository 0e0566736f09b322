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

main() ->
    io:format("~p~n", [even(20, [])]).
