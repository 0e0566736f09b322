-module(f_case_literal).
-export([main/0]).

%% Macros expand to cases over literal subjects, as EUnit's
%% ?_assertMatch([_], []) does: each clause's pattern tests a value whose
%% type the subject fixes.
-define(matches(Guard, Expr),
        case (Expr) of
            Guard -> true;
            _ -> false
        end).

kinds() ->
    [?matches([_], []),
     ?matches([], []),
     ?matches({_, _}, 42),
     ?matches(N when N > 40, 42),
     ?matches([_ | _], -7),
     ?matches(F when is_float(F), 2.5),
     ?matches({x}, 2.5),
     ?matches($a, $a),
     ?matches(<<_>>, "s")].

%% A bound variable holding a literal, tested later by a case.
later() ->
    Empty = [],
    Count = 3,
    A = case Empty of [H | _] -> {head, H}; Other -> {other, Other} end,
    B = case Count of [_] -> list; C when C > 2 -> {big, C}; _ -> small end,
    {A, B}.

%% An assertion as EUnit writes it: the failure carries the value.
assert_single() ->
    try
        case [] of
            [_] -> ok;
            V -> erlang:error({assertMatch, [{expected, "[_]"}, {value, V}]})
        end
    catch
        error:Reason -> {caught, Reason}
    end.

main() ->
    io:format("~p~n", [kinds()]),
    io:format("~p~n", [later()]),
    io:format("~p~n", [assert_single()]).
