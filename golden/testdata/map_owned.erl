%% Loops that thread a map through their tail calls, which erl2go updates
%% in place (rt.MapOwner), beside loops that share the map and must not
%% be: the maps the loops are given, and those they return, never change.
-module(map_owned).
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
    words(N - 1, S1, [S1 rem 45 | Acc]).

%% a read with maps:get/3, a clause that passes the map on unchanged
inc([], M) -> M;
inc([skip | T], M) -> inc(T, M);
inc([K | T], M) ->
    C = maps:get(K, M, 0),
    inc(T, M#{K => C + 1}).

%% two updates in a row, := on a key that may be missing
pairs([], M) -> M;
pairs([{K, V} | T], M) -> pairs(T, M#{K => V}#{{K} := V}).

%% the map is kept in the accumulator: no update may touch the old ones
snap([], M, Acc) -> lists:reverse([M | Acc]);
snap([K | T], M, Acc) -> snap(T, M#{K => length(Acc)}, [M | Acc]).

%% a case with a guard on the map pattern, and a function_clause
guarded([], M) -> M;
guarded([K | T], M) when is_integer(K) ->
    case M of
        #{K := V} when V > 2 -> guarded(T, M);
        #{K := V} -> guarded(T, M#{K := V + 1});
        #{} -> guarded(T, M#{K => 0})
    end.

%% the maps module's updates, one with a fun
tally([], M) -> M;
tally([W | T], M) -> tally(T, maps:update_with(W, fun(C) -> C + 1 end, 1, M)).

bumps([], M) -> M;
bumps([K | T], M) ->
    bumps(T, maps:put({K}, K, maps:update_with(K, fun(X) -> X + 1 end, maps:update(K, 0, M)))).

%% folds whose fun owns its accumulator, one run again on its own result
%% while the results before are kept
folds(L, Base) ->
    A = lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end, Base, L),
    B = lists:foldr(fun(W, M) ->
                            case M of
                                #{W := C} -> M#{W := C + 1};
                                _ -> M#{W => 1}
                            end
                    end, Base, L),
    C = maps:fold(fun(K, V, Acc) -> Acc#{{K} => V} end, A, A),
    {A, B, C}.

history([], _, Hist) -> Hist;
history([L | Ls], M, Hist) ->
    M1 = lists:foldl(fun(K, Acc) -> Acc#{K => length(L)} end, M, L),
    history(Ls, M1, [M1 | Hist]).

%% removals in a loop, past the size where a map becomes flat again
drop([], M) -> M;
drop([K | T], M) -> drop(T, maps:remove(K, M)).

sum(M) -> maps:fold(fun(_, V, A) -> V + A end, 0, M).

main() ->
    Base = #{-1 => start},
    Counts = count(words(3000, 11, []), Base),
    io:format("~p~n~p~n", [Base, Counts]),
    Flat = count([a, b, a, c, a, b], Base),
    io:format("~p ~p~n", [Flat, Base]),
    Big = maps:from_list([{I, I * 2} || I <- lists:seq(1, 100)]),
    Keys = [skip | lists:seq(1, 120, 3)] ++ [skip, 7, 7, 7],
    A = inc(Keys, Big),
    B = inc(Keys, Big),
    io:format("~p ~p ~p ~p ~p~n", [sum(Big), sum(A), A =:= B, map_size(A), maps:get(7, A)]),
    io:format("~p~n", [maps:to_list(A) -- maps:to_list(Big)]),
    Pairs = [{K, K * K} || K <- lists:seq(1, 40)],
    io:format("~p ~p~n", [try pairs(Pairs, Big) catch error:E1 -> E1 end, sum(Big)]),
    Pre = maps:from_list([{{K}, 0} || K <- lists:seq(1, 40)]),
    P = pairs(Pairs, Pre),
    io:format("~p ~p ~p~n", [map_size(P), sum(P), sum(Pre)]),
    Snaps = snap(lists:seq(1, 40), #{}, []),
    io:format("~p~n", [[map_size(S) || S <- Snaps]]),
    io:format("~p~n", [lists:last(Snaps)]),
    G = guarded([1, 2, 1, 1, 1, 1, 3, 2], #{}),
    io:format("~p~n", [G]),
    R = try guarded([1, 2, x], Big) catch error:E -> E end,
    io:format("~p ~p~n", [R, sum(Big)]),
    Tally = tally(words(2000, 5, []), Base),
    io:format("~p~n~p~n", [Base, Tally]),
    Bumped = bumps(lists:seq(1, 60), Big),
    io:format("~p ~p ~p~n", [sum(Big), sum(Bumped), maps:get({60}, Bumped)]),
    io:format("~p ~p~n", [try bumps([1, 200], Big) catch error:E2 -> E2 end, sum(Big)]),
    {FA, FB, FC} = folds(words(1000, 3, []), Base),
    io:format("~p~n~p ~p ~p~n", [FA, FA =:= FB, map_size(FC), Base]),
    Hist = history([lists:seq(1, 20), lists:seq(10, 50), [1, 2, 3], lists:seq(40, 45)], Big, []),
    io:format("~p~n", [[{map_size(H), sum(H)} || H <- Hist]]),
    Dropped = drop(lists:seq(1, 90, 2) ++ [500], Big),
    Filtered = maps:filter(fun(K, _) -> K rem 3 =:= 0 end, Big),
    Without = maps:without(lists:seq(1, 60), Big),
    io:format("~p~n~p ~p ~p~n", [Dropped, map_size(Filtered), map_size(Without), sum(Big)]),
    io:format("~p~n", [drop(lists:seq(1, 80), Big)]).
