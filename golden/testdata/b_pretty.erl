-module(b_pretty).
-export([main/0]).

%% Pretty-printing large nested terms with ~p, ~P, ~w, ~W: line breaking at
%% 80 columns, depth limits, strings versus lists of integers, floats,
%% records as tuples, maps, binaries, and field widths and columns.

-record(employee, {name, id, dept, skills = [], manager = none, salary = 0.0}).

org() ->
    Alice = #employee{name = "Alice Anderson", id = 1, dept = engineering,
                      skills = [erlang, go, "distributed systems"], salary = 12345.5},
    Bob = #employee{name = "Bob", id = 2, dept = engineering, skills = [python],
                    manager = 1, salary = 9000.0},
    Carol = #employee{name = <<"Carol">>, id = 3, dept = sales, manager = 1,
                      skills = [{languages, [en, fr, de]}, negotiation], salary = 1.0e6},
    #{departments => #{engineering => [Alice, Bob], sales => [Carol]},
      budget => {2026, [{q1, 1.5e5}, {q2, 2.25e5}, {q3, 0.1}, {q4, 1.0e-3}]},
      tags => ["alpha", "beta", [104, 105], [1, 2, 3], [], "", [$a | b]],
      blob => <<"binary data that is fairly long, to see how it wraps in output">>,
      small => <<1, 2, 3>>}.

tree(0) -> leaf;
tree(N) -> {node, N, tree(N - 1), tree(N - 2 + (N rem 2))}.

main() ->
    Org = org(),
    io:format("~p~n", [Org]),
    io:format("~P~n", [Org, 5]),
    io:format("~P~n", [Org, 9]),
    io:format("~W~n", [Org, 6]),
    io:format("~w~n", [maps:get(budget, Org)]),
    T = tree(6),
    io:format("~p~n", [T]),
    io:format("~P~n", [T, 4]),
    io:format("~W~n", [T, 3]),
    io:format("strings: ~p~n", [["hello", [72, 101, 108, 108, 111], [0, 1, 2], [200, 201],
                                 "tab\there", "new\nline", "quote\"s", [$a, 255, 256]]]),
    io:format("~p~n", [[lists:seq(1, 30), lists:seq(65, 90), lists:seq(97, 130)]]),
    io:format("floats: ~p~n", [[0.1, 1.0, -2.5, 1.0e10, 1.0e-10, 123456789.0, 3.14159, 2.0e15, 1.0e16, 0.0]]),
    io:format("~w ~w ~w~n", [1/3, 100.0, -0.000123]),
    io:format("atoms: ~p~n", [['hello world', 'CamelCase', ok, 'it\'s', [], '[]', 'a.b', 'é']]),
    io:format("nested lists: ~p~n", [[[[[[deep]]]], [[[x, y, z]]]]]),
    io:format("~P|~P|~P~n", [lists:seq(1, 10), 3, "a long string", 3, {a, {b, {c, {d}}}}, 3]),
    io:format("~p~n", [{a, lists:duplicate(12, {some_key, "some value"})}]),
    io:format("improper: ~p ~p~n", [[1, 2 | 3], [a | "bc"]]),
    io:format("indent: ~s~p~n", ["prefix text that is long enough ", lists:seq(1, 25)]),
    io:format("~10p|~n", [[a, b, c]]),
    io:format("~-10w|~10w|~n", [abc, {1, 2}]),
    io:format("~40p~n", [{record_like, [{field_one, 1}, {field_two, "two"}, {field_three, 3.0}]}]),
    Str = io_lib:format("~p", [lists:seq(1, 40)]),
    io:format("flattened length ~w, lines ~w~n",
              [length(lists:flatten(Str)), length(string:split(lists:flatten(Str), "\n", all))]),
    io:format("~p~n", [#{[1, 2] => "list key", {t} => <<"bin">>, 1.5 => float, z => #{inner => [1, 2, 3]}}]),
    ok.
