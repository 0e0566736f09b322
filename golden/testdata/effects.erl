%% Matches kept only for their effects: an unread variable or _ on the left
%% still evaluates the right side, once, in order; a bound variable on the
%% left still tests the value.
-module(effects).
-export([main/0]).

noisy(X) ->
    io:format("noisy ~p~n", [X]),
    X.

main() ->
    Unused = noisy(1),
    _ = noisy(2),
    _Ignored = noisy(3),
    Y = 3,
    K = 4,
    K = noisy(4),
    {A, _B} = {noisy(5), noisy(6)},
    R = try
            K = noisy(7),
            not_reached
        catch
            error:{badmatch, V} -> {badmatch, V}
        end,
    io:format("~p ~p~n", [A, R]).
