-module(proc_pmap).
-export([main/0]).

%% A parallel map: one process per element; the results are collected in
%% the order of the list by matching each worker's pid, whatever order the
%% workers finish in. A worker that fails reports the error instead.

pmap(F, L) ->
    Self = self(),
    Pids = [spawn(fun() -> Self ! {self(), run(F, X)} end) || X <- L],
    [receive {Pid, R} -> R end || Pid <- Pids].

run(F, X) ->
    try
        {ok, F(X)}
    catch
        Class:Reason -> {Class, Reason}
    end.

%% The same with references, as gen_server's calls do.
pmap_ref(F, L) ->
    Self = self(),
    Refs = [begin
                Ref = make_ref(),
                spawn(fun() -> Self ! {Ref, F(X)} end),
                Ref
            end || X <- L],
    gather(Refs, []).

gather([], Acc) ->
    lists:reverse(Acc);
gather([Ref | Refs], Acc) ->
    receive
        {Ref, V} -> gather(Refs, [V | Acc])
    end.

fib(0) -> 0;
fib(1) -> 1;
fib(N) -> fib(N - 1) + fib(N - 2).

main() ->
    io:format("~p~n", [pmap(fun(X) -> X * X end, lists:seq(1, 10))]),
    io:format("~p~n", [pmap(fun fib/1, [20, 5, 15, 1, 10])]),
    io:format("~p~n", [pmap(fun(X) -> 10 div X end, [1, 2, 0, 5])]),
    io:format("~p~n", [pmap(fun(X) -> throw({too_big, X}) end, [7])]),
    io:format("~p~n", [pmap_ref(fun(X) -> {X, atom_to_list(X)} end, [a, bb, ccc])]),
    Sum = lists:sum(pmap_ref(fun(X) -> X * 2 end, lists:seq(1, 1000))),
    io:format("sum ~p~n", [Sum]).
