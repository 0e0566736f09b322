-module(otp_names).
-export([main/0]).

%% A tiny service registry: workers register under names, clients find
%% them with whereis, and the registry checks on them with process_info
%% and is_process_alive. Covers register/unregister/whereis/registered and
%% their badarg cases, process_info items, and processes/0 counts.

worker(Name) ->
    receive
        {ping, From} -> From ! {pong, Name}, worker(Name);
        {put, K, V} -> put(K, V), worker(Name);
        {link_to, P, From} -> link(P), From ! linked, worker(Name);
        {sync, From} -> From ! {synced, self()}, worker(Name);
        stop -> ok
    end.

sync(P) ->
    P ! {sync, self()},
    receive {synced, P} -> ok end.

start(Name) ->
    P = spawn(fun() -> worker(Name) end),
    true = register(Name, P),
    P.

badarg(F) ->
    try F() of V -> {ok, V} catch error:badarg -> badarg end.

info(P, Item) ->
    case process_info(P, Item) of
        {Item, V} -> V;
        Other -> Other
    end.

main() ->
    Before = length(processes()),
    A = start(alpha),
    B = start(beta),
    io:format("spawned: ~p~n", [length(processes()) - Before]),
    io:format("whereis: ~p ~p ~p~n", [whereis(alpha) =:= A, whereis(beta) =:= B, whereis(gamma)]),
    Names = [N || N <- registered(), N =:= alpha orelse N =:= beta],
    io:format("registered: ~p~n", [lists:sort(Names)]),
    alpha ! {ping, self()},
    receive {pong, N1} -> io:format("pong from ~p~n", [N1]) end,
    %% the badarg cases
    io:format("name taken: ~p~n", [badarg(fun() -> register(alpha, self()) end)]),
    io:format("pid has a name: ~p~n", [badarg(fun() -> register(other, A) end)]),
    io:format("undefined: ~p~n", [badarg(fun() -> register(undefined, self()) end)]),
    io:format("not an atom: ~p~n", [badarg(fun() -> register("alpha", self()) end)]),
    io:format("unregister unknown: ~p~n", [badarg(fun() -> unregister(gamma) end)]),
    io:format("send to unknown: ~p~n", [badarg(fun() -> gamma ! hello end)]),
    %% process_info items
    A ! {put, color, blue},
    A ! {link_to, B, self()},
    receive linked -> ok end,
    Ref = monitor(process, A),
    io:format("registered_name: ~p~n", [info(A, registered_name)]),
    put(role, registry),
    io:format("dictionary: ~p~n", [info(self(), dictionary)]),
    io:format("links: ~p~n", [info(A, links) =:= [B]]),
    io:format("monitored_by: ~p~n", [info(A, monitored_by) =:= [self()]]),
    io:format("monitors: ~p~n", [info(self(), monitors) =:= [{process, A}]]),
    io:format("status: ~p~n", [info(A, status)]),
    io:format("trap_exit: ~p~n", [info(A, trap_exit)]),
    self() ! m1, self() ! m2,
    io:format("message_queue_len: ~p~n", [info(self(), message_queue_len)]),
    io:format("messages: ~p~n", [info(self(), messages)]),
    receive m1 -> ok end, receive m2 -> ok end,
    io:format("several: ~p~n", [process_info(A, [registered_name, message_queue_len])]),
    io:format("no name: ~p~n", [process_info(self(), registered_name)]),
    %% unregister: the process lives on under no name
    true = unregister(beta),
    io:format("after unregister: ~p ~p~n", [whereis(beta), is_process_alive(B)]),
    io:format("beta name: ~p~n", [process_info(B, registered_name)]),
    true = register(beta2, B),
    sync(whereis(beta2)),
    %% a process that ends loses its name and its info
    alpha ! stop,
    receive {'DOWN', Ref, process, A, R} -> io:format("alpha down: ~p~n", [R]) end,
    io:format("alpha gone: ~p ~p ~p~n", [whereis(alpha), is_process_alive(A), process_info(A, status)]),
    io:format("re-register: ~p~n", [register(alpha, self())]),
    io:format("mine: ~p~n", [process_info(self(), registered_name)]),
    true = unregister(alpha),
    beta2 ! stop,
    M = monitor(process, B),
    receive {'DOWN', M, process, B, _} -> ok end,
    io:format("left: ~p~n", [length(processes()) - Before]),
    io:format("bad item: ~p~n", [badarg(fun() -> process_info(self(), no_such_item) end)]),
    io:format("bad pid: ~p~n", [badarg(fun() -> is_process_alive(alpha) end)]).
