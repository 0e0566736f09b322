-module(wordcount).
-export([main/0]).
count([], M) -> M;
count([W | T], M) ->
    case M of
        #{W := C} -> count(T, M#{W := C + 1});
        _ -> count(T, M#{W => 1})
    end.
words(0, _, Acc) -> Acc;
words(N, S, Acc) ->
    S1 = (S * 1103515245 + 12345) rem 2147483648,
    words(N - 1, S1, [S1 rem 5000 | Acc]).
main() ->
    M = count(words(1000000, 7, []), #{}),
    io:format("~p ~p~n", [map_size(M), maps:get(42, M)]).
