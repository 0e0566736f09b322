-module(gencall).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2]).

%% 200,000 gen_server:call round trips to a counter server.

init(N) -> {ok, N}.

handle_call({add, K}, _From, N) -> {reply, N + K, N + K};
handle_call(stop, _From, N) -> {stop, normal, N, N}.

handle_cast(_, N) -> {noreply, N}.

loop(_, 0, Last) -> Last;
loop(S, K, _) -> loop(S, K - 1, gen_server:call(S, {add, 1})).

main() ->
    {ok, S} = gen_server:start(?MODULE, 0, []),
    Last = loop(S, 200000, 0),
    N = gen_server:call(S, stop),
    io:format("~p calls, ~p~n", [Last, N]).
