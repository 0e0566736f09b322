-module(d_layout).
-export([main/0]).

%% A configuration dump: large nested terms printed with ~p, ~P, ~W and
%% io_lib:format with column offsets, line widths and depth limits, as a
%% tool that writes reports of its state would.

-record(server, {name, host, port, opts = [], children = []}).

config() ->
    #{cluster => "prod-eu",
      version => {3, 14, 1},
      servers => [#server{name = web, host = "10.0.0.1", port = 8080,
                          opts = [{keepalive, true}, {timeout, 30000}, {tls, #{cert => "/etc/web.pem", verify => verify_peer}}],
                          children = [#server{name = cache, host = "10.0.0.2", port = 11211}]},
                  #server{name = db, host = "10.0.0.9", port = 5432,
                          opts = [{pool, 32}, {replicas, ["10.0.1.1", "10.0.1.2", "10.0.1.3"]}]}],
      limits => #{rps => 1500, burst => 3000, per_ip => [{default, 100}, {{10, 0, 0, 0}, unlimited}]},
      weights => [0.5, 0.25, 0.125, 1.0e-3],
      blob => <<"binary payload that is long enough to wrap around the line more than once, surely">>,
      bits => <<1:3>>,
      empty => {[], #{}, <<>>, {}},
      text => ["nested", ["deep", ["deeper", "text"]]]}.

main() ->
    C = config(),
    io:format("~p~n", [C]),
    io:format("~P~n", [C, 5]),
    io:format("~W~n", [C, 4]),
    io:format("~80p~n", [maps:get(servers, C)]),
    io:format("~40p~n", [maps:get(limits, C)]),
    io:format("~30p~n", [lists:seq(1, 30)]),
    io:format("config: ~p~n", [maps:get(servers, C)]),
    io:format("~s~n", [io_lib:format("~p", [maps:get(limits, C)])]),
    io:format("~ts~n", [io_lib:format("~tp", [#{name => <<"Zoë"/utf8>>, tags => ["ä", "b"]}])]),
    io:format("~p~n", [[{I, lists:duplicate(I, $x)} || I <- lists:seq(1, 12)]]),
    io:format("~p~n", [lists:seq(1, 100)]),
    io:format("~w~n", [C]),
    io:format("~p~n", [{[1, 2, 3], "abc", [97, 98, 99 | d], [1, [2, [3, [4, [5, [6]]]]]]}]),
    io:format("~p~n", [[[], [[]], "", [""], [$a, 0], [1000, 2000], "\t\n", "\e"]]),
    io:format("~p~n", [{'quoted atom', 'UPPER', ok, 'with\nnewline', [], 'é'}]),
    io:format("~p~n", [list_to_tuple(lists:seq(1, 40))]),
    io:format("~P~n", [lists:seq(1, 40), 10]),
    io:format("~P~n", [{a, {b, {c, {d, {e, f}}}}}, 3]),
    io:format("~P~n", [<<"abcdefghijklmnopqrstuvwxyz">>, 3]),
    io:format("~P~n", [#{a => #{b => #{c => d}}, z => [1, 2, 3, 4, 5]}, 3]),
    io:format("~W~n", ["a string", 2]),
    Deep = lists:foldl(fun(I, Acc) -> {node, I, Acc, [I * 2]} end, leaf, lists:seq(1, 14)),
    io:format("~p~n", [Deep]),
    io:format("~20p|~n", [{a, b}]),
    io:format("~p~n", [io_lib:format("~p", [{1, 2}])]),
    Str = lists:flatten(io_lib:format("~p", [C])),
    io:format("~w lines, ~w chars~n", [length(string:split(Str, "\n", all)), length(Str)]),
    io:format("~p~n", [catch io_lib:format("~p~p", [only_one])]),
    io:format("~p~n", [io_lib:print({a, [b, c]}, 10, 20, 3)]),
    io:format("~s~n", [io_lib:write({a, [b, "c"]})]),
    io:format("~s~n", [io_lib:write(lists:seq(1, 20), 5)]),
    io:format("~p~n", [erl_term_size(C)]),
    ok.

erl_term_size(T) -> {erts_debug_free, byte_size(term_to_binary(T)) > 100}.
