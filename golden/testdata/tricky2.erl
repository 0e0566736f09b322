-module(tricky2).
-export([main/0]).

%% Things that stress the generator's bookkeeping.
unused_in_clauses({ok, _Value}) -> ok;
unused_in_clauses({error, _Value}) -> error.

try_value(F) ->
    try F() of
        _ -> returned
    catch
        _:_ -> raised
    end.

try_bind() ->
    try
        X = 21,
        Y = X * 2
    of
        Z -> {Y, Z}
    catch
        _:_ -> none
    end.

shadow(X) ->
    F = fun(X) -> X + 1 end,
    G = fun(Y) -> X + Y end,
    {F(10), G(10), X}.

loop_with_fun(0, Fs) -> [F() || F <- Fs];
loop_with_fun(N, Fs) ->
    M = N * 2,
    loop_with_fun(N - 1, [fun() -> M end | Fs]).

deep_case(X) ->
    case X of
        {a, Y} ->
            case Y of
                {b, Z} -> {ab, Z};
                _ -> {a, Y}
            end;
        _ ->
            if is_atom(X) -> atom; true -> other end
    end.

guard_bifs(T) when element(1, T) =:= tag, tuple_size(T) >= 2 -> {tagged, element(2, T)};
guard_bifs(L) when length(L) >= 2, hd(tl(L)) > 10 -> second_big;
guard_bifs(M) when map_size(M) > 0, is_map_key(x, M) -> has_x;
guard_bifs(_) -> none.

effects() ->
    put(k, 0),
    case get(k) of
        0 -> put(k, 1);
        _ -> ok
    end,
    [put(k, get(k) + I) || I <- [1, 2, 3]],
    get(k).

main() ->
    io:format("~p ~p~n", [unused_in_clauses({ok, 1}), unused_in_clauses({error, 2})]),
    io:format("~p ~p~n", [try_value(fun() -> 1 end), try_value(fun() -> error(x) end)]),
    io:format("~p~n", [try_bind()]),
    io:format("~p~n", [shadow(5)]),
    io:format("~p~n", [loop_with_fun(4, [])]),
    io:format("~p~n", [[deep_case(X) || X <- [{a, {b, 1}}, {a, 2}, z, 3]]]),
    io:format("~p~n", [[guard_bifs(X) || X <- [{tag, 1}, {other, 1}, [1, 20], [1, 2], #{x => 1}, #{}, 7]]]),
    io:format("~p~n", [effects()]),
    ok.
