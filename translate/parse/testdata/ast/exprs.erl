-module(exprs).
ops(A, B) -> A + B * 2 - -A, A ++ B -- [], A =:= B, not A andalso B orelse A, A bsl 2 band 3, A div B rem 2.
match(X) -> {A, B} = Y = X, Pid ! Msg = hello, catch throw(x).
calls() -> f(1), m:f(), M:F(a, b), (fun id/1)(1), F(), 'q a':'b'(c).
lists() -> [], [1], [a, b | T], [X || X <- L, X > 1], "abc" "def", $a, $\n.
nums() -> 16#ff, 1_000, 12345678901234567890123, 2.5e-3, 1_0.5, $\x{1F600}.
bins(S) -> <<>>, <<1, 2:8, X:S/binary, -1:8/signed-little-unit:8, "ab">>, << <<B>> || <<B>> <= Bin >>.
maps(M) -> #{}, #{a => 1, b => 2}, M#{a := 2}, M#{a => 1}#{b := 2}, #{K => V || K := V <- M}.
records(R) -> #r{}, #r{a = 1, _ = 2}, R#r{a = 1}, R#r.a, #r.a, R#r.a#s.b, (R#r.a)#s{b = 1}.
funs() -> fun f/1, fun m:f/1, fun M:F/A, fun (X) -> X end, fun Loop(0) -> ok; Loop(N) -> Loop(N - 1) end.
control(X) ->
    if X > 0, X < 10; X =:= 100 -> small; true -> big end,
    case X of {ok, V} when is_integer(V) -> V; _ -> 0 end,
    receive {msg, M} -> M after 100 -> timeout end,
    receive after 0 -> ok end,
    begin a, b end.
tries() ->
    try f() of ok -> ok catch error:E:St -> {E, St}; throw:T -> T; X -> X; C:R when C =/= exit -> R after cleanup() end,
    try g() after h() end.
pats(-1, <<X:4, _/bits>>, [H | _] = L, #{a := A}, #r{b = B}, "ab" ++ Rest, {_, 1.5}) -> ok.
