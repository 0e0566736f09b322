-module(b_numbers).
-export([main/0]).

%% Integer and float conversions and rounding: round, trunc, ceil, floor
%% on positive and negative halves, float_to_list with decimals/compact
%% and scientific, io_lib's ~f ~e ~g and ~.3f, list_to_float,
%% integer_to_binary and integer_to_list with bases, and the bitwise
%% operators on negatives and bignums.

main() ->
    Xs = [2.5, 3.5, -2.5, -3.5, 0.49999999999999994, 1.0e15 + 0.5, -0.0, 7.999999, -7.000001],
    [io:format("~-24w round ~w trunc ~w ceil ~w floor ~w~n",
               [X, round(X), trunc(X), ceil(X), floor(X)]) || X <- Xs],
    io:format("int ops: ~w ~w ~w ~w~n", [7 div 2, -7 div 2, 7 rem -2, -7 rem 2]),
    Pi = math:pi(),
    io:format("float_to_list: ~s | ~s | ~s | ~s~n",
              [float_to_list(Pi), float_to_list(Pi, [{decimals, 3}]), float_to_list(1.5, [{decimals, 4}, compact]),
               float_to_list(Pi, [{scientific, 5}])]),
    io:format("compact: ~s ~s ~s~n", [float_to_list(100.0, [{decimals, 2}, compact]),
                                      float_to_list(0.1, [{decimals, 10}, compact]),
                                      float_to_list(2.0e-3, [{decimals, 6}])]),
    io:format("short: ~s ~s ~s ~s~n", [float_to_list(0.1, [short]), float_to_list(1.0e23, [short]),
                                        float_to_list(123456.789, [short]), float_to_list(1.0e-7, [short])]),
    io:format("binaries: ~s ~s~n", [float_to_binary(2.675, [{decimals, 2}]), float_to_binary(-1.005, [{decimals, 2}])]),
    io:format("~~f: ~f ~.3f ~.1f ~10.2f|~-10.2f|~n", [Pi, Pi, 2.25, -Pi, Pi]),
    io:format("~~e: ~e ~.3e ~e~n", [Pi, 123456.789, 1.0e-10]),
    io:format("~~g: ~g ~g ~g ~g~n", [Pi, 1.0e-5, 123456789.0, 0.5]),
    io:format("io_lib: ~s~n", [io_lib:format("~.3f/~.1f/~.5f", [1.0005, 0.05, 1 / 3])]),
    io:format("list_to_float: ~w ~w ~w~n",
              [list_to_float("3.14"), list_to_float("-0.5e-3"), list_to_float("1.0E10")]),
    Bad = [catch list_to_float(S) || S <- ["3", "1e5", ".5", "abc"]],
    io:format("bad floats: ~w~n", [[element(1, element(2, B)) || B <- Bad]]),
    io:format("float/1 and conversions: ~w ~w ~w ~w~n",
              [float(7), float(1 bsl 70), list_to_integer("-0042"), binary_to_integer(<<"+17">>)]),
    io:format("bases: ~s ~s ~s ~s~n",
              [integer_to_list(255, 16), integer_to_list(-255, 2), integer_to_binary(123456789, 36),
               integer_to_list(1 bsl 100, 36)]),
    io:format("parse bases: ~w ~w ~w~n",
              [list_to_integer("ff", 16), list_to_integer("-ZZ", 36), binary_to_integer(<<"777">>, 8)]),
    io:format("~~b ~~x ~~.Nb: ~.2B ~.16b ~8.16.0B ~#x ~.8#~n", [10, 48879, 255, 255, 64]),
    Big = 1 bsl 80 + 12345,
    io:format("big: ~w~n", [Big]),
    io:format("band ~w bor ~w bxor ~w~n", [Big band 16#FFFF, Big bor 1, Big bxor Big]),
    io:format("negatives: ~w ~w ~w ~w~n", [-1 band 255, -256 bor 15, -5 bxor 3, bnot 5]),
    io:format("bnot big ~w, -big band ~w~n", [bnot Big, (-Big) band 16#FFFFFF]),
    io:format("shifts: ~w ~w ~w ~w ~w~n", [1 bsl 64, -1 bsl 64, Big bsr 70, -Big bsr 70, -7 bsr 1]),
    io:format("shift by negative: ~w ~w~n", [16 bsl -2, 16 bsr -2]),
    io:format("big arithmetic: ~w ~w ~w~n", [Big * Big, Big div 1000000007, Big rem 1000000007]),
    io:format("mixed: ~w ~w ~w~n", [Big / 1.0e10, Big + 0.5, 1 bsl 62 + 1 bsl 62]),
    io:format("compare: ~w ~w ~w ~w~n", [1 =:= 1.0, 1 == 1.0, 1 bsl 53 + 1 == float(1 bsl 53 + 1), 0.1 + 0.2]),
    io:format("abs/sign: ~w ~w ~w~n", [abs(-Big), abs(-2.5), -(-0)]),
    io:format("overflow: ~p~n", [try float(1 bsl 2000) catch error:R -> R end]),
    ok.
