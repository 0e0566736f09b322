-module(otp_tree_worker).
-behaviour(gen_server).
-export([start_link/1, init/1, handle_call/3, handle_cast/2, terminate/2]).

%% A worker of otp_tree: registered under its name, it says when it
%% starts and stops; mailer is slow to stop and gets killed.

start_link(Name) -> gen_server:start_link({local, Name}, ?MODULE, Name, []).

init(Name) ->
    process_flag(trap_exit, true),
    io:format("    start ~p~n", [Name]),
    {ok, Name}.

handle_call(stop_normal, _From, Name) -> {stop, normal, ok, Name};
handle_call(ping, _From, Name) -> {reply, ok, Name}.

handle_cast(crash, _Name) -> exit(crash).

terminate(Why, mailer) ->
    io:format("    stop mailer ~p (slowly)~n", [Why]),
    receive after 5000 -> ok end;
terminate(Why, Name) ->
    io:format("    stop ~p ~p~n", [Name, Why]).
