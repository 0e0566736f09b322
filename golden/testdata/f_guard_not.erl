-module(f_guard_not).
-export([main/0]).

%% Boolean flags combined in guards, as dialyzer's dataflow pass chooses
%% which warning to give: not applied to an orelse of variables.
reason(Sig, Bif, Contract) ->
    if
        (Sig orelse Bif) andalso (not Contract) -> only_sig;
        Contract andalso (not (Sig orelse Bif)) -> only_contract;
        true -> both
    end.

%% A flag that is not a boolean makes not/1 raise inside the guard, which
%% then fails: the next clause is tried and no exception escapes.
check(X, Y) when not (X orelse Y) -> neither;
check(X, Y) when not (X andalso Y) -> not_both;
check(X, Y) when (not X) orelse Y -> implied;
check(_, _) -> other.

%% The same tests in a body, where a non-boolean raises badarg.
strict(X, Y) ->
    try not (X orelse Y) of
        R -> R
    catch
        error:E -> {error, E}
    end.

main() ->
    Bs = [true, false],
    io:format("~p~n", [[{S, B, C, reason(S, B, C)} || S <- Bs, B <- Bs, C <- Bs]]),
    Vs = [true, false, yes, 0],
    io:format("~p~n", [[{X, Y, check(X, Y)} || X <- Vs, Y <- Vs]]),
    io:format("~p~n", [[strict(X, Y) || X <- Vs, Y <- Vs]]).
