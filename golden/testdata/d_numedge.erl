-module(d_numedge).
-export([main/0]).

%% Numeric edge cases a statistics library runs into: floats at the
%% limits of the format, big integers mixed with floats, deep
%% recursion with accumulating bignums, and arithmetic errors.

main() ->
    print_edges(),
    conversions(),
    mixed(),
    stats(),
    recursion(),
    errors(),
    ordering(),
    ok.

edges() ->
    [0.1, 0.2 + 0.1, 1.0e15, 1.0e16, 123456789012345680.0, 9007199254740993.0,
     5.0e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1.0e-5, 0.0001,
     100.0, 1.0e21, 1.0e22, -2.5e-7, 4.35, 0.3333333333333333, 2/3].

print_edges() ->
    lists:foreach(
      fun(F) ->
              io:format("~p ~w ~s ~s~n", [F, F, float_to_list(F), float_to_binary(F, [short])]),
              io:format("  ~e ~g ~.10g ~.15e~n", [F, F, F, F])
      end, edges()),
    io:format("~p~n", [edges()]).

conversions() ->
    Strs = ["3.14", "1.0e10", "-0.5E-3", "1e5", "2.", ".5", "1.0e400", "0.1e-400", "12"],
    lists:foreach(
      fun(S) ->
              R = try list_to_float(S) catch error:E -> {error, E} end,
              io:format("list_to_float(~p) -> ~p~n", [S, R])
      end, Strs),
    io:format("~p ~p~n", [binary_to_float(<<"6.5e-2">>), catch binary_to_float(<<"6">>)]),
    io:format("~p ~p ~p~n", [float(1 bsl 1023), float(-(1 bsl 62)), float(12345678901234567890)]),
    io:format("~p~n", [catch float(1 bsl 1024)]),
    io:format("~p~n", [[float_to_list(X, [{decimals, D}]) || {X, D} <- [{0.015, 2}, {123.455, 2}, {5.55, 1}, {2.675, 2},
                                                                        {-0.125, 2}, {4000031.676, 16}, {2000000.15838, 19}]]]),
    io:format("~p~n", [[abs(-0.0), abs(-2.5), -0.0 + 0.0, 0.0 * -1]]),
    Rs = [{round(X), trunc(X), ceil(X), floor(X)} || X <- [2.5, -2.5, 0.49999999999999994, 1.0e20, -7.9999]],
    io:format("~p~n", [Rs]),
    io:format("~p ~p ~p~n", [integer_to_list(1 bsl 100, 36), integer_to_binary(-48879, 16),
                             list_to_integer("-zz", 36)]),
    io:format("~p~n", [[math:sqrt(2), math:pow(2, 0.5), math:exp(1), math:log(10),
                        math:log2(1024), math:log10(0.001), math:atan2(1, -1),
                        math:fmod(10.5, 3), math:ceil(-0.5), math:floor(2.7)]]).

mixed() ->
    Big = 1 bsl 80,
    io:format("~p~n", [Big * 1.5]),
    io:format("~p~n", [Big / 3]),
    io:format("~p ~p~n", [Big div 7, Big rem 7]),
    io:format("~p ~p~n", [-Big div 7, -Big rem 7]),
    io:format("~p~n", [Big + 0.0 == Big]),
    io:format("~p~n", [Big + 0.0 =:= Big]),
    io:format("~p ~p~n", [(Big + 1) == float(Big + 1), Big - 1 < float(Big)]),
    io:format("~p~n", [abs(-Big) band 16#FFFF bor (Big bsr 70) bxor 5]),
    io:format("~p~n", [bnot Big]),
    io:format("~p~n", [{max(1, 1.0), min(1, 1.0), max(2.0, 2), min(-0.0, 0.0)}]),
    io:format("~p~n", [[X * 1.0e300 || X <- [1, 10, 100]]]).

stats() ->
    Xs = [float(X) / 7 || X <- lists:seq(1, 20)] ++ [1 bsl 53, -(1 bsl 53)],
    N = length(Xs),
    Mean = lists:sum(Xs) / N,
    Var = lists:sum([(X - Mean) * (X - Mean) || X <- Xs]) / (N - 1),
    io:format("n=~w mean=~.6f var=~.4e sd=~g~n", [N, Mean, Var, math:sqrt(Var)]),
    Sorted = lists:sort(Xs),
    Median = (lists:nth(N div 2, Sorted) + lists:nth(N div 2 + 1, Sorted)) / 2,
    io:format("median=~p min=~p max=~p~n", [Median, hd(Sorted), lists:last(Sorted)]).

recursion() ->
    io:format("fact(60)=~p~n", [fact(60)]),
    F = fact(300),
    io:format("digits of 300! = ~w, digit sum ~w~n", [length(integer_to_list(F)), digit_sum(F)]),
    io:format("fib(300)=~p~n", [fib(300)]),
    io:format("depth ~w~n", [depth(200000)]),
    io:format("harmonic(1000)=~.12f~n", [harmonic(1000)]),
    io:format("pow mod ~p~n", [powmod(3, 1000, 1 bsl 89 - 1)]),
    io:format("ratio ~p~n", [fact(170) / fact(168)]),
    io:format("~p~n", [catch fact(171) * 1.0]).

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

digit_sum(0) -> 0;
digit_sum(N) -> N rem 10 + digit_sum(N div 10).

fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

depth(0) -> 0;
depth(N) -> 1 + depth(N - 1).

harmonic(0) -> 0.0;
harmonic(N) -> 1 / N + harmonic(N - 1).

powmod(_, 0, _) -> 1;
powmod(B, E, M) when E rem 2 =:= 0 -> H = powmod(B, E div 2, M), H * H rem M;
powmod(B, E, M) -> B * powmod(B, E - 1, M) rem M.

errors() ->
    Cases = [fun() -> 1 / 0 end,
             fun() -> 1.0 / 0.0 end,
             fun() -> 1 div 0 end,
             fun() -> 1.0e308 * 10 end,
             fun() -> math:log(0) end,
             fun() -> math:sqrt(-1) end,
             fun() -> 1 bsl (1 bsl 40) end,
             fun() -> 5 rem 0 end,
             fun() -> 2.0 rem 1 end,
             fun() -> math:pow(10, 400) end,
             fun() -> abs(foo) end,
             fun() -> list_to_integer("12a") end,
             fun() -> round(list_to_float("1.0e400")) end],
    lists:foreach(
      fun(F) ->
              try F() of
                  V -> io:format("value ~p~n", [V])
              catch
                  Class:Reason:St ->
                      [Top | _] = St,
                      io:format("~w:~p at ~p~n", [Class, Reason, Top])
              end
      end, Cases).

ordering() ->
    L = [3, 2.0, 1 bsl 70, -1.5, 0, 0.0, -0.0, 1, 1.0, float(1 bsl 70), 2],
    io:format("~w~n", [lists:sort(L)]),
    io:format("~w~n", [lists:usort(L)]),
    io:format("~w~n", [lists:sort(fun(A, B) -> abs(A) >= abs(B) end, L)]),
    io:format("~p~n", [[{A, B, A == B, A =:= B, A < B} || {A, B} <- [{1, 1.0}, {0, -0.0}, {0.0, -0.0}, {1 bsl 70, float(1 bsl 70)}]]]).
