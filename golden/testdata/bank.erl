-module(bank).
-export([main/0]).

-record(account, {id, owner, balance = 0, history = []}).

open(Id, Owner) -> #account{id = Id, owner = Owner}.

deposit(#account{} = A, Amount) when Amount > 0 ->
    A#account{balance = A#account.balance + Amount,
              history = [{deposit, Amount} | A#account.history]};
deposit(_, Amount) -> error({bad_amount, Amount}).

withdraw(#account{balance = B} = A, Amount) when Amount =< B ->
    {ok, A#account{balance = B - Amount, history = [{withdraw, Amount} | A#account.history]}};
withdraw(#account{balance = B}, Amount) ->
    {error, {insufficient, B, Amount}}.

apply_ops(A, []) -> A;
apply_ops(A, [{deposit, N} | Ops]) -> apply_ops(deposit(A, N), Ops);
apply_ops(A, [{withdraw, N} | Ops]) ->
    case withdraw(A, N) of
        {ok, A2} -> apply_ops(A2, Ops);
        {error, Why} ->
            io:format("  refused: ~p~n", [Why]),
            apply_ops(A, Ops)
    end.

report(Bank) ->
    [io:format("~s: ~p (~p ops)~n", [A#account.owner, A#account.balance, length(A#account.history)])
     || A <- lists:keysort(#account.id, maps:values(Bank))],
    ok.

main() ->
    Bank0 = #{1 => open(1, "alice"), 2 => open(2, "bob")},
    Ops = #{1 => [{deposit, 100}, {withdraw, 30}, {withdraw, 100}],
            2 => [{deposit, 50}, {deposit, 25}]},
    Bank = maps:map(fun(Id, A) -> apply_ops(A, maps:get(Id, Ops)) end, Bank0),
    report(Bank),
    Total = lists:sum([A#account.balance || A <- maps:values(Bank)]),
    io:format("total ~p~n", [Total]),
    {'EXIT', {Bad, _}} = (catch deposit(open(3, "eve"), -5)),
    io:format("~p~n", [Bad]),
    #{2 := Bob} = Bank,
    io:format("~p~n", [lists:reverse(Bob#account.history)]),
    ok.
