-module(proc_select).
-export([main/0]).

%% Selective receive: urgent messages are taken first, the others stay
%% queued in arrival order until a later receive takes them.

queue_len() ->
    {message_queue_len, N} = process_info(self(), message_queue_len),
    N.

%% Take every {urgent, _} message, oldest first, leaving the rest.
urgent(Acc) ->
    receive
        {urgent, X} -> urgent([X | Acc])
    after 0 ->
        lists:reverse(Acc)
    end.

%% Then everything else, in order.
drain(Acc) ->
    receive
        Any -> drain([Any | Acc])
    after 0 ->
        lists:reverse(Acc)
    end.

%% A priority receive: high before low whatever the order they came in.
prio() ->
    receive
        {high, X} -> {high, X}
    after 0 ->
        receive
            {low, X} -> {low, X}
        after 0 -> empty
        end
    end.

%% A receive whose clauses bind the same variable, used after it.
tagged() ->
    receive
        {a, V} -> ok;
        {b, V} -> ok
    end,
    {got, V}.

%% Guards choose among messages of one shape.
small_first() ->
    receive
        N when is_integer(N), N < 10 -> {small, N}
    after 0 ->
        receive
            N when is_integer(N) -> {big, N}
        end
    end.

main() ->
    Self = self(),
    [Self ! M || M <- [{normal, 1}, {urgent, a}, {normal, 2}, {urgent, b}, {normal, 3}, {urgent, c}]],
    io:format("queued: ~p~n", [queue_len()]),
    io:format("urgent: ~p~n", [urgent([])]),
    io:format("left: ~p~n", [queue_len()]),
    io:format("rest: ~p~n", [drain([])]),
    [Self ! M || M <- [{low, 1}, {low, 2}, {high, 1}, {low, 3}, {high, 2}]],
    io:format("~p~n", [[prio() || _ <- lists:seq(1, 6)]]),
    Self ! {c, 0}, Self ! {b, 2}, Self ! {a, 1},
    io:format("~p ~p~n", [tagged(), tagged()]),
    io:format("still queued: ~p~n", [drain([])]),
    [Self ! N || N <- [42, 7, 100, 3]],
    io:format("~p~n", [[small_first() || _ <- lists:seq(1, 4)]]),
    %% A mailbox of many messages with the wanted one last.
    [Self ! {filler, I} || I <- lists:seq(1, 10000)],
    Self ! wanted,
    receive wanted -> io:format("found the last one, ~p left~n", [queue_len()]) end,
    io:format("~p~n", [length(drain([]))]).
