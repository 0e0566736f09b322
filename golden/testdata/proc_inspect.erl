%% A supervisor-like inspector looking at other processes: their
%% mailboxes (messages a selective receive skipped included), group
%% leaders, status and dictionaries, as a debugging tool would.
-module(proc_inspect).
-export([main/0, mailbox_worker/1, idle/0]).

waiter() -> receive stop -> ok end.

nested(0) -> R = waiter(), {R};
nested(N) -> R = nested(N - 1), [R].

%% mailbox_worker(Wanted): takes only Wanted messages, leaving the rest.
mailbox_worker(Wanted) ->
    receive
        {Wanted, From} ->
            From ! {took, Wanted},
            mailbox_worker(Wanted);
        stop ->
            ok
    end.

idle() ->
    put(role, idle_worker),
    put(started, yes),
    receive stop -> ok end.

settle() -> timer:sleep(30).

show(Label, P, Items) ->
    io:format("~s: ~p~n", [Label, process_info(P, Items)]).

main() ->
    W = spawn(?MODULE, mailbox_worker, [job]),
    W ! {noise, 1}, W ! {noise, 2}, W ! {job, self()}, W ! hello,
    receive {took, job} -> ok end,
    settle(),
    show("skipped", W, messages),
    show("items", W, [message_queue_len, messages, status, initial_call, current_function, trap_exit]),
    W ! {job, self()},
    receive {took, job} -> ok end,
    settle(),
    show("still skipped", W, [messages]),
    %% inspecting a process whose group leader was changed by someone else
    I = spawn(?MODULE, idle, []),
    G = spawn(fun() -> receive stop -> ok end end),
    true = group_leader(G, I),
    {group_leader, GL} = process_info(I, group_leader),
    io:format("group leader moved: ~p~n", [GL =:= G]),
    settle(),
    show("dictionary", I, [dictionary, registered_name, priority]),
    register(idle_one, I),
    show("named", I, [registered_name, messages]),
    {group_leader, MyGL} = process_info(self(), group_leader),
    io:format("mine: ~p ~p~n", [MyGL, MyGL =:= group_leader()]),
    %% my own mailbox, and a message sent to a dead process
    self() ! one, self() ! {two, 2},
    show("self", self(), [messages, message_queue_len]),
    receive one -> ok end,
    show("self after", self(), messages),
    %% where other processes are waiting
    Ws = [spawn(fun() -> R = waiter(), {R} end),
          spawn(fun() -> nested(3) end),
          spawn(fun() -> waiter() end),
          spawn(fun() -> timer:sleep(300) end)],
    settle(),
    [io:format("current: ~p~n", [process_info(P, current_function)]) || P <- Ws],
    io:format("me: ~p~n", [process_info(self(), current_function)]),
    [P ! stop || P <- [W, I, G | Ws]],
    settle(),
    io:format("dead: ~p ~p~n", [process_info(W, messages), process_info(I, [messages, group_leader])]),
    io:format("bad item: ~p~n", [catch process_info(self(), [messages, no_such_item])]).
