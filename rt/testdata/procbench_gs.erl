%% The gen_server of procbench.erl: handle_call echoes the request.
-module(procbench_gs).
-behaviour(gen_server).
-export([init/1, handle_call/3, handle_cast/2]).
init(X) -> {ok, X}.
handle_call(Req, _From, S) -> {reply, Req, S}.
handle_cast(_, S) -> {noreply, S}.
