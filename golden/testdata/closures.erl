-module(closures).
-export([main/0]).

%% Funs made inside a tail-recursive loop must keep the values of their
%% own iteration.
make_funs(0, Acc) -> Acc;
make_funs(N, Acc) -> make_funs(N - 1, [fun() -> N * 10 end | Acc]).

counter(Start) ->
    fun(Step) -> {Start + Step, counter(Start + Step)} end.

run_counter(_, 0, Acc) -> lists:reverse(Acc);
run_counter(C, N, Acc) ->
    {V, Next} = C(N),
    run_counter(Next, N - 1, [V | Acc]).

curry(F) -> fun(A) -> fun(B) -> F(A, B) end end.

main() ->
    Fs = make_funs(5, []),
    io:format("~p~n", [[F() || F <- Fs]]),
    io:format("~p~n", [run_counter(counter(0), 4, [])]),
    Mul = curry(fun(A, B) -> A * B end),
    io:format("~p~n", [(Mul(6))(7)]),
    Adders = [fun(X) -> X + I end || I <- [1, 2, 3]],
    io:format("~p~n", [[A(100) || A <- Adders]]),
    X = 5,
    Shadow = fun(X) -> X * 2 end,
    io:format("~p ~p~n", [Shadow(21), X]),
    Env = fun() -> X + 1 end,
    io:format("~p~n", [Env()]),
    Fib = fun Fib(0) -> 0; Fib(1) -> 1; Fib(N) -> Fib(N - 1) + Fib(N - 2) end,
    io:format("~p~n", [lists:map(Fib, lists:seq(0, 15))]),
    Sorter = fun(L) -> lists:sort(fun(A, B) -> A >= B end, L) end,
    io:format("~p~n", [Sorter([3, 1, 2])]),
    ok.
