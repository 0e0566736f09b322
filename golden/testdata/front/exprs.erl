%% Every expression form of OTP 25, in functions a linter accepts.
-module(exprs).
-export([all/2, ops/2, funs/1, comps/1, recs/1, maps/1, bits/1, errs/1]).
-record(point, {x = 0 :: integer(), y = 0 :: integer(), label}).
-record(box, {tl = #point{}, br = #point{x = 1, y = 1}}).

all(X, Y) ->
    A = begin X + Y end,
    B = if A > 10 -> big; A < 0 -> negative; true -> small end,
    C = case {A, B} of
            {N, big} when N > 100, N < 1000; N =:= 5 -> huge;
            {_, _} = T -> T
        end,
    D = receive
            {msg, M} when is_atom(M) -> M;
            _Other -> other
        after 0 -> timeout
        end,
    E = receive after 1 -> done end,
    F = try X div Y of
            0 -> zero;
            Q -> Q
        catch
            error:badarith -> inf;
            throw:Thrown:Stack when is_atom(Thrown) -> {Thrown, Stack};
            exit:_ -> exit;
            Any -> Any
        after
            ok
        end,
    G = catch X / Y,
    [A, B, C, D, E, F, G].

ops(X, Y) ->
    {X + Y * 2 - X / Y, X div Y rem 3, -X, +Y, bnot X, X band Y bor 1 bxor 2,
     X bsl 2 bsr 1, not (X > Y), X andalso Y orelse X, X and Y or X xor Y,
     [1, 2] ++ [3] -- [2], X == Y, X /= Y, X =< Y, X < Y, X >= Y, X > Y,
     X =:= Y, X =/= Y, self() ! {X, Y}, 2#1010 + 16#fF + 36#Zz + 1_000_000,
     $a + $\n + $\x{1F600} + $\^A + $\101 + $ , 1.5e10 + 2.0E-3 + 1_0.0_1,
     "adjacent" "strings" "\x{41}\101\t\s\e\d", 'quoted atom', 'it\'s'}.

funs(L) ->
    F1 = fun lists:reverse/1,
    F2 = fun ops/2,
    M = lists, Fn = map, Ar = 2,
    F3 = fun M:Fn/Ar,
    F4 = fun(X) when X > 0 -> X; (_) -> 0 end,
    F5 = fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end,
    G = (fun(X) -> X end)(1),
    R = F3(F4, F1(L)),
    lists:map(F2, R) ++ [F5(5), G, apply(F4, [1]), erlang:apply(M, Fn, [F4, L])].

comps(L) ->
    A = [X * 2 || X <- L, X > 1],
    B = << <<X:8>> || X <- L >>,
    C = [X || <<X:4>> <= B],
    D = << <<Y>> || <<Y>> <= B, Y > 2 >>,
    E = [{X, Y} || X <- L, Y <- L, X < Y],
    {A, B, C, D, E}.

recs(P) ->
    P1 = #point{x = 1, y = 2},
    P2 = P1#point{label = "p"},
    #point{x = X} = P2,
    Y = P2#point.y,
    I = #point.y,
    B = #box{},
    BX = (B#box.tl)#point.x,
    All = #point{_ = 7},
    {P1, P2, X, Y, I, BX, All, is_record(P, point), record_info(fields, point),
     record_info(size, box)}.

maps(M) ->
    M1 = #{a => 1, "b" => [2], {c} => #{}},
    M2 = M1#{a := 10, d => 4},
    #{a := A, d := D} = M2,
    M3 = M#{k => v}#{j => w},
    {A, D, M3, map_get(a, M2), maps:get(d, M2)}.

bits(Bin) ->
    <<A:8, B:16/little-signed, C:3/bits, D/binary>> = Bin,
    Size = 4,
    <<E:Size/unit:8-integer-unsigned-big, _/bitstring>> = D,
    F = <<A, B:16, C/bitstring, 1.5/float, 2.5:32/float-little, "str", "utf"/utf8,
          $x/utf16, 1024/utf32, (A + 1):(Size * 2)>>,
    {A, B, C, D, E, F}.

errs(X) ->
    case X of
        1 -> error(badarg);
        2 -> error({reason, X}, [X]);
        3 -> throw(X);
        4 -> exit(normal);
        _ -> erlang:raise(error, X, [])
    end.
