-module(proc_chat).
-export([main/0]).

%% A chat room: a server process keeps the list of members and forwards
%% each message to every other member. Members are processes that keep
%% what they receive. Main drives everything with synchronous calls, so
%% every member's mailbox fills in the server's order.

%% The server.
room(Members) ->
    receive
        {join, Name, Pid, From} ->
            [Pid2 ! {notice, Name, joined} || {_, Pid2} <- Members],
            From ! {joined, Name},
            room([{Name, Pid} | Members]);
        {leave, Name, From} ->
            Rest = lists:keydelete(Name, 1, Members),
            [Pid ! {notice, Name, left} || {_, Pid} <- Rest],
            From ! {left, Name},
            room(Rest);
        {say, Name, Text, From} ->
            [Pid ! {msg, Name, Text} || {Other, Pid} <- Members, Other =/= Name],
            From ! {said, Name},
            room(Members);
        {members, From} ->
            From ! {members, lists:sort([N || {N, _} <- Members])},
            room(Members);
        stop ->
            ok
    end.

%% A member keeps its log, newest first.
member(Name, Log) ->
    receive
        {history, From} ->
            From ! {history, Name, lists:reverse(Log)},
            member(Name, Log);
        quit ->
            ok;
        Event ->
            member(Name, [Event | Log])
    end.

join(Room, Name) ->
    Pid = spawn(fun() -> member(Name, []) end),
    Room ! {join, Name, Pid, self()},
    receive {joined, Name} -> Pid end.

say(Room, Name, Text) ->
    Room ! {say, Name, Text, self()},
    receive {said, Name} -> ok end.

leave(Room, Name) ->
    Room ! {leave, Name, self()},
    receive {left, Name} -> ok end.

history(Pid) ->
    Pid ! {history, self()},
    receive {history, Name, Log} -> {Name, Log} end.

main() ->
    Room = spawn(fun() -> room([]) end),
    Alice = join(Room, alice),
    Bob = join(Room, bob),
    say(Room, alice, "hi bob"),
    Carol = join(Room, carol),
    say(Room, bob, "hello both"),
    say(Room, carol, "hey"),
    Room ! {members, self()},
    receive {members, Ms} -> io:format("members: ~p~n", [Ms]) end,
    leave(Room, bob),
    say(Room, alice, "bob left"),
    lists:foreach(fun(Pid) ->
                          {Name, Log} = history(Pid),
                          io:format("~p saw:~n", [Name]),
                          [io:format("  ~p~n", [E]) || E <- Log]
                  end, [Alice, Bob, Carol]),
    [Pid ! quit || Pid <- [Alice, Bob, Carol]],
    Room ! stop.
