-module(b_dynprog).
-export([main/0]).

%% Dynamic programming: edit distance with a map as the table (and the
%% edit script recovered from it), 0/1 knapsack with a row tuple per item,
%% longest common subsequence, coin change counting, and longest
%% increasing subsequence.

edit_distance(A, B) ->
    TA = list_to_tuple(A), TB = list_to_tuple(B),
    LA = tuple_size(TA), LB = tuple_size(TB),
    T0 = maps:from_list([{{I, 0}, I} || I <- lists:seq(0, LA)] ++ [{{0, J}, J} || J <- lists:seq(0, LB)]),
    T = lists:foldl(
          fun({I, J}, M) ->
                  Cost = case element(I, TA) =:= element(J, TB) of true -> 0; false -> 1 end,
                  V = lists:min([maps:get({I - 1, J}, M) + 1, maps:get({I, J - 1}, M) + 1,
                                 maps:get({I - 1, J - 1}, M) + Cost]),
                  M#{{I, J} => V}
          end, T0, [{I, J} || I <- lists:seq(1, LA), J <- lists:seq(1, LB)]),
    {maps:get({LA, LB}, T), script(T, TA, TB, LA, LB, [])}.

script(_, _, _, 0, 0, Acc) -> Acc;
script(T, TA, TB, I, J, Acc) ->
    D = maps:get({I, J}, T),
    if
        I > 0, J > 0 ->
            Same = element(I, TA) =:= element(J, TB),
            Diag = maps:get({I - 1, J - 1}, T),
            if
                Same, Diag =:= D -> script(T, TA, TB, I - 1, J - 1, [{keep, element(I, TA)} | Acc]);
                not Same, Diag + 1 =:= D -> script(T, TA, TB, I - 1, J - 1, [{sub, element(I, TA), element(J, TB)} | Acc]);
                true -> other_step(T, TA, TB, I, J, D, Acc)
            end;
        true -> other_step(T, TA, TB, I, J, D, Acc)
    end.

other_step(T, TA, TB, I, J, D, Acc) ->
    case I > 0 andalso maps:get({I - 1, J}, T) + 1 =:= D of
        true -> script(T, TA, TB, I - 1, J, [{del, element(I, TA)} | Acc]);
        false -> script(T, TA, TB, I, J - 1, [{ins, element(J, TB)} | Acc])
    end.

%% 0/1 knapsack: Row is a tuple indexed by capacity + 1.
knapsack(Items, Cap) ->
    Row0 = erlang:make_tuple(Cap + 1, {0, []}),
    Final = lists:foldl(
              fun({Name, W, V}, Row) ->
                      list_to_tuple(
                        [case C >= W of
                             true ->
                                 {Without, _} = Keep = element(C + 1, Row),
                                 {Prev, Taken} = element(C - W + 1, Row),
                                 if Prev + V > Without -> {Prev + V, [Name | Taken]}; true -> Keep end;
                             false -> element(C + 1, Row)
                         end || C <- lists:seq(0, Cap)])
              end, Row0, Items),
    {Best, Names} = element(Cap + 1, Final),
    {Best, lists:reverse(Names)}.

lcs(A, B) ->
    TA = list_to_tuple(A), TB = list_to_tuple(B),
    M = lists:foldl(
          fun(I, Acc) ->
                  lists:foldl(
                    fun(J, Acc1) ->
                            V = case element(I, TA) =:= element(J, TB) of
                                    true -> maps:get({I - 1, J - 1}, Acc1, 0) + 1;
                                    false -> max(maps:get({I - 1, J}, Acc1, 0), maps:get({I, J - 1}, Acc1, 0))
                                end,
                            Acc1#{{I, J} => V}
                    end, Acc, lists:seq(1, tuple_size(TB)))
          end, #{}, lists:seq(1, tuple_size(TA))),
    lcs_walk(M, TA, TB, tuple_size(TA), tuple_size(TB), []).

lcs_walk(_, _, _, 0, _, Acc) -> Acc;
lcs_walk(_, _, _, _, 0, Acc) -> Acc;
lcs_walk(M, TA, TB, I, J, Acc) ->
    case element(I, TA) =:= element(J, TB) of
        true -> lcs_walk(M, TA, TB, I - 1, J - 1, [element(I, TA) | Acc]);
        false ->
            case maps:get({I - 1, J}, M, 0) >= maps:get({I, J - 1}, M, 0) of
                true -> lcs_walk(M, TA, TB, I - 1, J, Acc);
                false -> lcs_walk(M, TA, TB, I, J - 1, Acc)
            end
    end.

coin_ways(Coins, Amount) ->
    Ways0 = maps:from_list([{0, 1} | [{A, 0} || A <- lists:seq(1, Amount)]]),
    W = lists:foldl(fun(C, Ways) ->
                            lists:foldl(fun(A, Acc) -> Acc#{A := maps:get(A, Acc) + maps:get(A - C, Acc)} end,
                                        Ways, lists:seq(C, Amount))
                    end, Ways0, Coins),
    maps:get(Amount, W).

lis(L) ->
    Ends = lists:foldl(fun(X, Tails) -> place(X, Tails) end, [], L),
    length(Ends).

place(X, []) -> [X];
place(X, [T | Ts]) when X =< T -> [X | Ts];
place(X, [T | Ts]) -> [T | place(X, Ts)].

main() ->
    [begin
         {D, S} = edit_distance(A, B),
         io:format("~s -> ~s: ~w ~w~n", [A, B, D, [E || E <- S, element(1, E) =/= keep]])
     end || {A, B} <- [{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"same", "same"},
                       {"intention", "execution"}]],
    Items = [{map, 9, 150}, {compass, 13, 35}, {water, 153, 200}, {sandwich, 50, 160},
             {glucose, 15, 60}, {tin, 68, 45}, {banana, 27, 60}, {apple, 39, 40},
             {cheese, 23, 30}, {beer, 52, 10}, {suntan, 11, 70}, {camera, 32, 30}],
    {Best, Chosen} = knapsack(Items, 400),
    io:format("knapsack 400: value ~w with ~w~n", [Best, Chosen]),
    io:format("knapsack 50: ~w~n", [knapsack(Items, 50)]),
    io:format("lcs: ~p ~p~n", [lcs("AGGTAB", "GXTXAYB"), lcs("the quick brown fox", "a quick brown dog")]),
    io:format("coin ways: ~w ~w ~w~n",
              [coin_ways([1, 2, 5], 11), coin_ways([2], 3), coin_ways([1, 5, 10, 25, 50, 100], 300)]),
    io:format("lis: ~w ~w~n", [lis([10, 9, 2, 5, 3, 7, 101, 18]),
                               lis([(X * 7919) rem 1000 || X <- lists:seq(1, 500)])]),
    ok.
