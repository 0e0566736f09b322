-module(b_errors).
-export([main/0]).

%% Error handling in a small job runner: each job is a fun that may fail in
%% one of Erlang's standard ways; the runner classifies the exception,
%% records cleanup through try ... after, retries throws, and shows the
%% reasons the runtime raises (badmatch, case_clause, badkey, badrecord...).

-record(job, {id, attempts = 0}).

run(Name, F) ->
    Self = self(),
    R = try
            {ok, F()}
        catch
            throw:T -> {thrown, T};
            error:{badmatch, V} -> {badmatch, V};
            error:E:Stack -> {error, E, length(Stack) > 0};
            exit:X -> {exited, X}
        after
            put(cleanups, [Name | get(cleanups)]),
            Self = self()
        end,
    io:format("~-12s ~p~n", [Name, R]),
    R.

first_frame(F) ->
    try F() catch _:_:S -> [{M, Fn, A, _} | _] = S, {M, Fn, if is_list(A) -> length(A); true -> A end} end.

retry(F, 0) -> {gave_up, F};
retry(F, N) ->
    try F(N) catch throw:retry -> retry(F, N - 1) end.

lookup(K, M) -> maps:get(K, M).
head([H | _]) -> H.
classify(X) -> case X of a -> 1; b -> 2 end.
check(X) -> if X > 10 -> big; X < 0 -> negative end.
job_id(J) -> J#job.id.

main() ->
    Jobs = [
        {"ok", fun() -> 40 + 2 end},
        {"throw", fun() -> throw({not_ready, 3}) end},
        {"badmatch", fun() -> {a, _} = list_to_tuple([b, c]) end},
        {"badarith", fun() -> 1 / length([]) end},
        {"badarg", fun() -> atom_to_list("str") end},
        {"case", fun() -> classify(c) end},
        {"if", fun() -> check(5) end},
        {"fclause", fun() -> head([]) end},
        {"badkey", fun() -> lookup(missing, #{present => 1}) end},
        {"badmap", fun() -> (id(not_a_map))#{a => 1} end},
        {"badrecord", fun() -> job_id({other, 1}) end},
        {"update", fun() -> (id(#{a => 1}))#{b := 2} end},
        {"exit", fun() -> exit(shutting_down) end},
        {"error/2", fun() -> erlang:error(my_reason, [1, 2]) end},
        {"tuple", fun() -> element(5, {1, 2}) end},
        {"nested", fun() -> try throw(inner) catch throw:inner -> error({wrapped, inner}) end end},
        {"raise", fun() -> erlang:raise(throw, raised, []) end},
        {"try_clause", fun() -> try id(7) of 8 -> eight after ok end end},
        {"limit", fun() -> list_to_atom(lists:duplicate(300, $a)) end},
        {"arith big", fun() -> (1 bsl 100) + id(a) end}
    ],
    put(cleanups, []),
    Results = [run(N, F) || {N, F} <- Jobs],
    io:format("cleanups ran: ~w of ~w~n", [length(get(cleanups)), length(Jobs)]),
    io:format("kinds: ~p~n", [lists:usort([element(1, R) || R <- Results])]),
    io:format("frames: ~p~n", [[first_frame(fun() -> head([]) end), first_frame(fun() -> classify(z) end),
                                first_frame(fun() -> check(0) end), first_frame(fun() -> job_id(x) end)]]),
    io:format("retry: ~p~n", [retry(fun(N) when N > 2 -> throw(retry); (N) -> {done_at, N} end, 5)]),
    io:format("catch values: ~p~n", [[catch throw(x), catch 1 + 1, element(1, catch exit(e)),
                                       element(1, element(2, catch error(oops)))]]),
    Order = try
                put(trace, [start]),
                try
                    throw(boom)
                after
                    put(trace, [inner_after | get(trace)])
                end
            catch
                throw:boom -> put(trace, [caught | get(trace)]), lists:reverse(get(trace))
            after
                put(trace, [outer_after | get(trace)])
            end,
    io:format("order: ~p then ~p~n", [Order, hd(get(trace))]),
    J = #job{id = 7},
    io:format("job ~p attempts ~p~n", [J#job.id, (J#job{attempts = J#job.attempts + 1})#job.attempts]),
    ok.

id(X) -> X.
