-module(f_comp_mapkey).
-export([main/0]).

%% The values of a map in the order a list of field descriptions gives,
%% skipping the absent ones, as diameter_gen:reformat/5 does: the key of the
%% second generator's map pattern is the field the first one bound.
pick(Fields, Map) ->
    [{F, V} || {F, _Arity} <- Fields, #{F := V} <- [Map]].

%% Bit fields whose widths an earlier generator gives.
widths(Sizes, Bin) ->
    [{N, X} || N <- Sizes, <<X:N, _/bits>> <- [Bin]].

%% A fun head whose map key and segment size are variables of the
%% enclosing function; V and Rest are the fun's own.
lookup(K, Maps) ->
    lists:map(fun(#{K := V}) -> {found, V}; (_) -> missing end, Maps).

prefix(N, Bins) ->
    [case B of <<P:N/binary, Rest/binary>> -> {P, Rest}; _ -> short end || B <- Bins].

%% A generator's own variables shadow the function's: V here is new in
%% each generator, while K, the key, is the function's.
shadow(K, V, Maps) ->
    {V, [V || #{K := V} <- Maps]}.

main() ->
    Fields = [{name, 1}, {age, 1}, {email, '*'}, {phone, 1}],
    io:format("~p~n", [pick(Fields, #{name => "Ann", phone => 5550100, extra => x})]),
    io:format("~p~n", [pick(Fields, #{})]),
    io:format("~p~n", [widths([1, 3, 8, 12], <<2#10110011, 2#01010101>>)]),
    io:format("~p~n", [lookup(b, [#{a => 1, b => 2}, #{a => 3}, #{b => [x]}])]),
    io:format("~p~n", [prefix(2, [<<"abcd">>, <<"a">>, <<"xy">>])]),
    io:format("~p~n", [shadow(k, outer, [#{k => 1}, #{j => 2}, #{k => 3}])]).
