-module(b_termorder).
-export([main/0]).

%% Erlang's term order at work: sorting heterogeneous lists, the number
%% order across integers, floats and bignums, == versus =:=, maps with
%% integer and float keys, tuples compared by size first, lists compared
%% element-wise, binaries byte-wise, and a generic sort-by-key utility
%% used on records of mixed shapes.

main() ->
    Mixed = [{b, 2}, "str", 42, atom, <<"bin">>, 3.5, [], {a}, #{k => v}, [1, 2], -7,
             {a, 1, x}, <<1:3>>, zed, 1 bsl 70, -1.0e300, {}, #{}, [a | b], 'Atom'],
    io:format("sorted: ~p~n", [lists:sort(Mixed)]),
    io:format("reverse: ~w~n", [lists:reverse(lists:sort(Mixed)) =:= lists:sort(fun(A, B) -> A >= B end, Mixed)]),
    %% (no two of these compare equal: lists:sort/1 does not promise an
    %% order for 3 and 3.0)
    Nums = [3, 2.9999999, 3.0000001, 1 bsl 64, 1.8446744073709556e19, -0.0, 1, -1, 1.0e-300, 100000000000000000000],
    io:format("numbers sorted: ~w~n", [lists:sort(Nums)]),
    io:format("usort merges equal numbers? ~w~n", [lists:usort([1, 1.0, 2, 2.0, 1])]),
    io:format("umerge: ~w~n", [lists:umerge([1, 3.0, 5], [1.0, 3, 6])]),
    io:format("== vs =:=: ~w ~w ~w ~w~n", [1 == 1.0, 1 =:= 1.0, 1 bsl 64 == 1.8446744073709552e19, 0 == -0.0]),
    io:format("min/max: ~w ~w ~w ~w~n", [min(1, 1.0), max(1, 1.0), min(a, 1), max("a", <<"a">>)]),
    M = #{1 => int, 1.0 => float, 2 => two, a => atom, "s" => string, {t} => tuple, <<"b">> => bin},
    io:format("map: ~p~n", [M]),
    io:format("map size ~w, get(1) ~w get(1.0) ~w~n", [map_size(M), maps:get(1, M), maps:get(1.0, M)]),
    io:format("keys: ~w~n", [maps:keys(M)]),
    io:format("to_list: ~w~n", [maps:to_list(#{3 => c, 1 => a, 2 => b, 1.5 => h, -1 => z})]),
    Tuples = [{b}, {a, b}, {a, a, a}, {z}, {a, b, c}, {1, 2}, {1.0, 2}],
    io:format("tuples: ~w~n", [lists:sort(Tuples)]),
    Lists = [[1, 2, 3], [1, 2], [1, 3], [0, 9, 9, 9], [], [1, 2 | 0]],
    io:format("lists: ~w~n", [lists:sort(Lists)]),
    Bins = [<<2>>, <<1, 2, 3>>, <<1, 2>>, <<>>, <<1:1>>, <<1, 2, 3:2>>, <<255>>],
    io:format("bins: ~w~n", [lists:sort(Bins)]),
    Maps = [#{b => 1}, #{a => 2}, #{a => 1, b => 1}, #{}, #{a => 1}, #{1 => x}, #{1.0 => x}],
    io:format("maps: ~w~n", [lists:sort(Maps)]),
    Records = [{person, "Zoe", 30}, {person, "Adam", 45}, {pet, "Rex", dog, 4}, {person, "Eve", 30},
               {pet, "Tom", cat, 2}, {robot, 'R2'}],
    io:format("by 2nd: ~p~n", [sort_by(fun(T) -> element(2, T) end, Records)]),
    io:format("by size then last: ~p~n",
              [sort_by(fun(T) -> {tuple_size(T), element(tuple_size(T), T)} end, Records)]),
    io:format("keysort stable: ~p~n", [lists:keysort(3, [R || R <- Records, tuple_size(R) =:= 3])]),
    io:format("compare: ~w~n", [[compare(A, B) || {A, B} <- [{1, 1.0}, {a, "a"}, {{1}, [1]}, {<<>>, []},
                                                             {self(), make_ref()}, {#{}, {}}, {2, 1.5}]]]),
    ok.

sort_by(KeyF, L) ->
    [X || {_, _, X} <- lists:sort([{KeyF(X), I, X} || {I, X} <- lists:enumerate(L)])].

compare(A, B) when A < B -> lt;
compare(A, B) when A > B -> gt;
compare(_, _) -> eq.
