%% Error handling: the three classes, try ... of ... catch ... after in
%% nests, erlang:raise/3 re-raising with the original stack, catch, the
%% standard error reasons, and the first frame of stack traces.
-module(a_errors).
-export([main/0]).

fail(badarith) -> 1 / zero();
fail(badmatch) -> {ok, _} = id(error);
fail(case_clause) -> case id(3) of 1 -> one end;
fail(if_clause) -> X = id(5), if X < 0 -> neg end;
fail(function_clause) -> only_ok(nope);
fail(badarg) -> atom_to_list(id("str"));
fail(undef) -> (id(no_such_module)):go();
fail(badfun) -> (id(not_a_fun))(1);
fail(badarity) -> (fun(A, B) -> A + B end)(1);
fail(badkey) -> (id(#{}))#{k := 1};
fail(badmap) -> (id([]))#{k => 1};
fail(try_clause) -> try id(2) of 1 -> one after ok end;
fail(throw) -> throw({custom, 42});
fail(exit) -> exit(shutdown_please);
fail(error) -> error(my_reason, [arg1, arg2]);
fail(nocatch) -> ok.

zero() -> 0.
id(X) -> X.
only_ok(ok) -> ok.

classify(What) ->
    try fail(What) of
        Value -> {returned, Value}
    catch
        error:Reason:Stack ->
            {M, F, A, Loc} = hd(Stack),
            {error, short(Reason), {M, F, arity(A)}, proplists:get_value(line, Loc)};
        Class:Reason ->
            {Class, Reason}
    end.

short({Tag, _}) when is_atom(Tag) -> Tag;
short(Other) -> Other.

arity(A) when is_list(A) -> {args, length(A)};
arity(A) -> A.

%% Nested try with after: the order of the after sections and which
%% handler sees what.
nested(Mode) ->
    put(trail, []),
    R = try
            try
                trail(inner_body),
                case Mode of
                    ok -> fine;
                    throw -> throw(inner);
                    error -> error(inner_error);
                    exit -> exit(inner_exit)
                end
            catch
                throw:T -> trail({inner_caught, T}), {caught_inside, T}
            after
                trail(inner_after)
            end
        catch
            error:E -> trail({outer_caught, E}), {caught_outside, E}
        after
            trail(outer_after)
        end,
    {R, lists:reverse(get(trail))}.

trail(X) -> put(trail, [X | get(trail)]).

%% erlang:raise/3 keeps the stack of the original exception.
reraise() ->
    try
        try fail(badarith)
        catch error:R:S -> erlang:raise(error, {wrapped, R}, S)
        end
    catch error:W:S2 ->
        {M, F, _, _} = hd(S2),
        {W, M, F}
    end.

%% The frame of a function that raised in a try body has the body's line.
body_line() ->
    try
        X = id(3),
        Y = X - 3,
        X / Y
    catch
        error:badarith:S ->
            [{a_errors, body_line, 0, Loc} | _] = S,
            proplists:get_value(line, Loc)
    end.

retry(_, 0, Log) -> {gave_up, lists:reverse(Log)};
retry(F, N, Log) ->
    try F(N) of
        V -> {ok, V, lists:reverse(Log)}
    catch
        throw:{transient, Why} -> retry(F, N - 1, [Why | Log])
    end.

main() ->
    Kinds = [badarith, badmatch, case_clause, if_clause, function_clause, badarg, undef,
             badfun, badarity, badkey, badmap, try_clause, throw, exit, error, nocatch],
    [io:format("~-16w ~p~n", [K, classify(K)]) || K <- Kinds],
    [io:format("nested ~-5w -> ~p~n", [M, catch nested(M)]) || M <- [ok, throw, error]],
    Exit = try nested(exit) catch exit:Why -> {exited, Why, lists:reverse(get(trail))} end,
    io:format("nested exit  -> ~p~n", [Exit]),
    io:format("reraise: ~p~n", [reraise()]),
    io:format("body line: ~p~n", [body_line()]),
    io:format("catch: ~p ~p ~p~n", [catch throw(t), catch 1 + 1, element(1, catch exit(e))]),
    {'EXIT', {badarith, [Top | _]}} = catch fail(badarith),
    io:format("catch error top frame: ~p~n", [setelement(4, Top, loc)]),
    Flaky = fun(N) when N > 2 -> throw({transient, {busy, N}}); (N) -> N * 10 end,
    io:format("retry: ~p~n", [retry(Flaky, 5, [])]),
    io:format("retry: ~p~n", [retry(fun(N) -> throw({transient, N}) end, 3, [])]),
    Result = try
                 lists:map(fun(0) -> throw(zero_found); (X) -> 10 div X end, [1, 2, 0, 4])
             catch
                 throw:zero_found -> zero_found
             end,
    io:format("non-local return: ~p~n", [Result]),
    Cleanup = fun() ->
                      Self = make_ref(),
                      try throw(Self)
                      catch throw:Self -> matched_own_ref
                      after put(cleaned, yes)
                      end
              end,
    io:format("ref throw: ~p, cleaned ~p~n", [Cleanup(), get(cleaned)]),
    io:format("error/2 args: ~p~n",
              [try error(with_args, [1, 2]) catch error:with_args:S -> element(3, hd(S)) end]),
    io:format("exit in catch: ~p~n", [catch exit({shutdown, 1})]),
    io:format("throw value of catch: ~p~n", [catch throw([nested, {list}])]).
