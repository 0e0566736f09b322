-module(scoping).
-export([main/0]).

grade(Score) ->
    case Score of
        S when S >= 90 -> Letter = a, Pass = true;
        S when S >= 60 -> Letter = c, Pass = true;
        _ -> Letter = f, Pass = false
    end,
    {Letter, Pass}.

bucket(N) ->
    if N < 10 -> Size = small;
       N < 100 -> Size = medium;
       true -> Size = large
    end,
    atom_to_list(Size) ++ "!".

both(A, B) -> is_integer(A) andalso is_integer(B) andalso A < B.

first_pos([H | T]) -> H > 0 orelse first_pos(T);
first_pos([]) -> false.

nested(X) ->
    Y = case X of
            {a, V} -> begin W = V * 2, W + 1 end;
            {b, V} -> case V of 0 -> zero; _ -> nonzero end;
            _ -> other
        end,
    {X, Y}.

main() ->
    io:format("~p~n", [[grade(S) || S <- [95, 70, 10]]]),
    io:format("~p~n", [[bucket(N) || N <- [1, 50, 500]]]),
    io:format("~p ~p ~p~n", [both(1, 2), both(2, 1), both(a, 1)]),
    io:format("~p ~p~n", [first_pos([-1, -2, 3]), first_pos([-1])]),
    io:format("~p~n", [[nested(X) || X <- [{a, 5}, {b, 0}, {b, 1}, c]]]),
    {A, B} = {1, 2}, {A, C} = {1, 3},
    io:format("~p~n", [A + B + C]),
    [P, Q | Rest] = lists:seq(1, 5),
    io:format("~p ~p ~p~n", [P, Q, Rest]),
    T = {tag, [1, 2], #{k => v}},
    {tag, [_, Second], #{k := K}} = T,
    io:format("~p ~p~n", [Second, K]),
    Z = begin Tmp = 10, Tmp * Tmp end,
    io:format("~p~n", [Z]),
    ok.
