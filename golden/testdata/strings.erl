-module(strings).
-export([main/0]).

command("get " ++ Key) -> {get, Key};
command("set " ++ Rest) ->
    case lists:splitwith(fun(C) -> C =/= $= end, Rest) of
        {K, [$= | V]} -> {set, K, V};
        _ -> bad
    end;
command(_) -> unknown.

classify(C) when C >= $a, C =< $z -> lower;
classify(C) when C >= $A, C =< $Z -> upper;
classify(C) when C >= $0, C =< $9 -> digit;
classify(_) -> other.

shout(S) -> [to_upper(C) || C <- S].

to_upper(C) when C >= $a, C =< $z -> C - 32;
to_upper(C) -> C.

main() ->
    io:format("~p~n", [command("get name")]),
    io:format("~p~n", [command("set color=blue")]),
    io:format("~p~n", [command("delete x")]),
    io:format("~p~n", [[classify(C) || C <- "aZ3!"]]),
    io:format("~s~n", [shout("hello, world")]),
    io:format("~p~n", [lists:reverse("stressed")]),
    io:format("~p ~p~n", [length("abc"), "abc" ++ "def"]),
    io:format("~p~n", ["hello" -- "l"]),
    io:format("~ts~n", [lists:flatten(io_lib:format("~p-~p", [1, two]))]),
    ok.
