-module(b_report).
-export([main/0]).

%% A formatted sales report exercising io:format's control sequences:
%% field widths and precision (~10s ~-10s ~.3s ~*s), padding characters
%% (~..*s ~8.3.0f), ~c with repetition, ~e ~g ~f, ~b ~x ~B ~X ~# with bases,
%% ~i, ~n, ~tp and ~ts, and io_lib:format results as deep lists.

rows() ->
    [{"North", "Widgets", 1234, 12.5}, {"South", "Gadgets", 87, 199.99},
     {"East", "Doohickeys and thingamajigs", 5, 0.333}, {"West", "Sprockets", 100000, 0.01},
     {"Central", "Gizmos", 0, 1.0e6}].

line(W) -> io:format("~*c~n", [W, $=]).

main() ->
    line(64),
    io:format("~s~n", [string:pad("QUARTERLY REPORT", 64, both)]),
    line(64),
    io:format("~-8s|~-14s|~8s|~12s|~16s~n", ["Region", "Product", "Units", "Price", "Revenue"]),
    io:format("~8c+~14c+~8c+~12c+~16c~n", [$-, $-, $-, $-, $-]),
    lists:foreach(
      fun({R, P, U, Pr}) ->
              io:format("~-8s|~-14.14s|~8w|~12.2f|~16.2f~n", [R, P, U, Pr, U * Pr])
      end, rows()),
    Total = lists:sum([U * P || {_, _, U, P} <- rows()]),
    io:format("~50s ~13.2f~n", ["TOTAL", Total]),
    io:format("~*s|~-*s|~n", [10, "right", 10, "left"]),
    io:format("[~10.3s] [~-10.3s] [~.3s]~n", ["abcdef", "abcdef", "abcdef"]),
    io:format("[~10...s] [~-10..*s] [~10.5.*s]~n", ["dots", $_, "under", $#, "hashed!"]),
    io:format("[~8.3.0f] [~-8.1f] [~8.1.*f]~n", [3.14159, 2.5, $x, -1.25]),
    io:format("[~5c] [~c] [~.3c]~n", [$a, $b, $c]),
    io:format("e: ~e ~.2e ~12.4e|~n", [12345.678, 0.000123, -1.0]),
    io:format("g: ~g ~.3g ~g ~g~n", [12345.678, 0.000123, 1.0e20, 100.0]),
    io:format("f: ~f ~.1f ~.2e~n", [1/3, 0.05, 5.0]),
    io:format("ints: ~b ~.2b ~.8b ~.16b ~.16B ~.36B~n", [255, 255, 255, 255, 255, 1295]),
    io:format("x: ~.16x ~.16X ~.2x~n", [255, "0x", 255, "0X", -5, "bin:"]),
    io:format("#: ~.16# ~.2# ~.36#~n", [255, 5, 71]),
    io:format("neg: ~.16b ~.2B ~w ~10.16.0B|~n", [-255, -5, -0, 255]),
    io:format("i: [~i] ignored~n", [secret]),
    io:format("p/w: ~p ~w ~10p|~-10w|~n", [{a, "b"}, {a, "b"}, ab, ab]),
    io:format("s of atom ~s, binary ~s, iolist ~s~n", [hello, <<"bin">>, ["io", $l, [<<"is">>], "t"]]),
    io:format("ts: ~ts ~tp ~tw~n", [<<"ümlaut"/utf8>>, "ÿ", 'ÿatom']),
    Deep = io_lib:format("~w-~s-~5.1f", [1, "two", 3.0]),
    io:format("io_lib: ~w~n  flat: ~s, ~w chars~n", [lists:flatten(Deep), Deep, iolist_size(Deep)]),
    io:format("fwrite ~s~n", [io_lib:fwrite("~3..0w", [7])]),
    io:format("multi~nline~n~n"),
    io:format("tilde ~~ percent % brace {}~n"),
    io:format("unicode char ~tc and ~c~n", [955, 233]),
    io:format("plain ~s~n", [[72, 105]]),
    io:format("~p~n", [lists:flatten(io_lib:format("~p", [[a, b]]))]),
    io:format("width overflow [~3w] [~2s] [~4.1f]~n", [123456, "toolong", 123.456]),
    line(64),
    ok.
