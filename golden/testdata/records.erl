-module(records).
-export([main/0]).

-record(point, {x = 0, y = 0}).
-record(person, {name, age = 0, email = "none", tags = []}).

birthday(#person{age = A} = P) -> P#person{age = A + 1}.

describe(#person{name = N, age = A}) when A >= 18 -> {adult, N};
describe(#person{name = N}) -> {minor, N}.

move(P, DX, DY) ->
    P#point{x = P#point.x + DX, y = P#point.y + DY}.

main() ->
    P0 = #point{},
    P1 = #point{x = 3},
    io:format("~p ~p~n", [P0, P1]),
    io:format("~p~n", [move(P1, 2, -5)]),
    Bob = #person{name = "Bob", age = 17},
    io:format("~p~n", [Bob]),
    Bob2 = birthday(Bob),
    io:format("~p ~p~n", [describe(Bob), describe(Bob2)]),
    io:format("name=~s age=~p~n", [Bob2#person.name, Bob2#person.age]),
    io:format("fields: ~p size: ~p index: ~p~n",
              [record_info(fields, person), record_info(size, person), #person.email]),
    io:format("is_record: ~p ~p~n", [is_record(Bob, person), is_record(P0, person)]),
    #point{x = X, y = Y} = move(P0, 10, 20),
    io:format("x=~p y=~p~n", [X, Y]),
    All = #person{name = x, _ = '_'},
    io:format("~p~n", [All]),
    R = (catch P0#person.name),
    io:format("~p~n", [element(1, R)]),
    ok.
