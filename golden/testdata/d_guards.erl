-module(d_guards).
-feature(maybe_expr, enable).
-export([main/0, validate/1, risky/2]).

%% A request validator whose failures travel every way Erlang has:
%% throw for expected rejections, error for bugs, exit for aborts,
%% erlang:raise to rethrow, after blocks for cleanup, and the reports
%% print Class:Reason with the stacktrace.

-record(req, {id, user, amount, currency = eur, meta = #{}}).

main() ->
    Reqs = [#req{id = 1, user = "ann", amount = 100},
            #req{id = 2, user = "", amount = 50},
            #req{id = 3, user = "bob", amount = -5},
            #req{id = 4, user = "cy", amount = 10, currency = xyz},
            #req{id = 5, user = "dee", amount = 1.5e9},
            #req{id = 6, user = "eve", amount = 20, meta = #{retry => true}},
            {not_a_req, 7},
            #req{id = 8, user = bad_user, amount = 1}],
    lists:foreach(fun(R) -> report(R) end, Reqs),
    kinds(),
    cleanup(),
    rethrow(),
    nested(),
    chains(),
    ok.

%% maybe chains: the first failing step is the value; risk is a
%% three-valued answer whose middle value is the atom maybe.
chains() ->
    Reqs = [#req{id = 10, user = "fay", amount = 5},
            #req{id = 11, user = "gus", amount = 5000},
            #req{id = 12, user = "", amount = 5},
            #req{id = 13, user = "hal", amount = 50000, currency = usd}],
    lists:foreach(
      fun(R) ->
              Verdict = maybe
                            {ok, U} ?= named(R),
                            ok ?= known_currency(R#req.currency),
                            {U, risk(R#req.amount)}
                        else
                            {error, Why} -> {refused, Why};
                            Other -> {odd, Other}
                        end,
              io:format("~w: ~p~n", [R#req.id, Verdict])
      end, Reqs),
    io:format("~p~n", [[risk(A) || A <- [1, 999, 1000, 20000]]]),
    io:format("~w~n", [{'maybe', 'else', 'if', 'begin'}]).

named(#req{user = ""}) -> {error, no_name};
named(#req{user = U}) -> {ok, U}.

known_currency(eur) -> ok;
known_currency(C) -> {error, {currency, C}}.

risk(A) when A < 1000 -> no;
risk(A) when A < 10000 -> 'maybe';
risk(_) -> yes.

report(R) ->
    Log = make_ref(),
    put(Log, []),
    try validate(R) of
        {ok, Id} -> io:format("~w accepted~n", [Id])
    catch
        throw:{reject, Id, Why} ->
            io:format("~w rejected: ~p~n", [Id, Why]);
        error:Reason:St ->
            io:format("bug: ~p~n  at ~p~n", [Reason, hd(St)]);
        exit:Reason ->
            io:format("aborted: ~p~n", [Reason])
    after
        io:format("  log ~p~n", [lists:reverse(get(Log))]),
        erase(Log)
    end.

validate(#req{id = Id, user = U, amount = A, currency = C, meta = M}) ->
    [] =/= U orelse throw({reject, Id, empty_user}),
    is_list(U) orelse erlang:error({bad_user, U}, [Id]),
    if A =< 0 -> throw({reject, Id, {amount, A}});
       A > 1.0e6 -> exit({too_large, Id, A});
       true -> ok
    end,
    Rate = case C of
               eur -> 1.0;
               usd -> 0.9
           end,
    Retry = maps:get(retry, M, false),
    Retry andalso io:format("  retrying ~w~n", [Id]),
    _ = Rate * A,
    {ok, Id}.

kinds() ->
    F = fun(X) -> X + 1 end,
    Cases = [fun() -> {a, b} = {a, c} end,
             fun() -> try F(1, 2) catch error:{badarity, {_, Args}} -> {badarity, Args} end end,
             fun() -> (list_to_atom("nofun"))(1) end,
             fun() -> apply(d_guards, nope, [1]) end,
             fun() -> d_guards:risky(1, 0) end,
             fun() -> #{a := 1} = #{b => 2} end,
             fun() -> maps:get(k, #{}) end,
             fun() -> (not_a_map)#{a => 1} end,
             fun() -> R = list_to_tuple([other, 1]), R#req.id end,
             fun() -> element(5, {1, 2}) end,
             fun() -> [X || X <- [1, 2, a], X > 1 + X] end,
             fun() -> try 1 of 2 -> ok catch _ -> no end end,
             fun() -> binary_to_atom(<<255, 0>>, utf8) end,
             fun() -> erlang:error(custom, [arg1, arg2]) end,
             fun() -> throw(plain) end,
             fun() -> exit(normal) end,
             fun() -> length([1 | 2]) end,
             fun() -> atom_to_list("str") end,
             fun() -> <<X:8>> = <<1, 2>>, X end],
    lists:foldl(
      fun(C, N) ->
              try C() of
                  V -> io:format("~2w value ~p~n", [N, V])
              catch
                  Class:Reason:St ->
                      io:format("~2w ~w:~p~n", [N, Class, Reason]),
                      io:format("   ~p~n", [lists:sublist(St, 2)])
              end,
              N + 1
      end, 1, Cases).

risky(A, B) -> A div B.

cleanup() ->
    Self = self(),
    R = (catch begin
                   try
                       put(step, 1),
                       exit(halfway)
                   after
                       put(step, 2),
                       Self ! cleaned
                   end
               end),
    receive cleaned -> ok after 0 -> missing end,
    io:format("~p ~p~n", [R, get(step)]),
    io:format("~p~n", [catch throw(caught)]),
    io:format("~p~n", [catch exit(bye)]),
    io:format("~p~n", [(catch error(oops)) =:= {'EXIT', oops}]).

rethrow() ->
    try
        try risky(1, 0)
        catch error:badarith:St -> erlang:raise(error, {wrapped, badarith}, St)
        end
    catch
        error:{wrapped, R}:St2 -> io:format("wrapped ~p from ~p~n", [R, hd(St2)])
    end,
    try erlang:raise(throw, thrown_by_raise, [])
    catch C:V -> io:format("~w:~w~n", [C, V])
    end,
    io:format("~p~n", [catch erlang:raise(bad_class, x, [])]).

nested() ->
    Result = try
                 try throw(inner)
                 after io:format("inner after~n")
                 end
             catch
                 throw:inner ->
                     try error(second)
                     catch error:second -> recovered
                     after io:format("second after~n")
                     end
             after
                 io:format("outer after~n")
             end,
    io:format("~p~n", [Result]),
    Depth = fun Loop(0, true) -> throw(bottom);
                Loop(0, false) -> 0;
                Loop(N, Fail) -> 1 + Loop(N - 1, Fail)
            end,
    io:format("~p ~p~n", [catch Depth(1000, true), Depth(1000, false)]),
    try Depth(3, true) catch throw:bottom:St -> io:format("~p~n", [St]) end.
