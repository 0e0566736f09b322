-module(proc_bank).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).

%% A bank account as a gen_server: calls for deposits, withdrawals and the
%% balance, a cast for interest, a stray message, and a stop.

open(Name, Balance) ->
    gen_server:start_link({local, Name}, ?MODULE, {Name, Balance}, []).

deposit(Acct, Amount) -> gen_server:call(Acct, {deposit, Amount}).
withdraw(Acct, Amount) -> gen_server:call(Acct, {withdraw, Amount}).
balance(Acct) -> gen_server:call(Acct, balance).
add_interest(Acct, Percent) -> gen_server:cast(Acct, {interest, Percent}).

init({Name, Balance}) ->
    io:format("~p: opened with ~p~n", [Name, Balance]),
    {ok, #{name => Name, balance => Balance, log => []}}.

handle_call({deposit, Amount}, _From, S = #{balance := B}) when Amount > 0 ->
    {reply, {ok, B + Amount}, log({deposit, Amount}, S#{balance := B + Amount})};
handle_call({deposit, _}, _From, S) ->
    {reply, {error, bad_amount}, S};
handle_call({withdraw, Amount}, _From, S = #{balance := B}) when Amount > B ->
    {reply, {error, insufficient_funds, B}, S};
handle_call({withdraw, Amount}, _From, S = #{balance := B}) ->
    {reply, {ok, B - Amount}, log({withdraw, Amount}, S#{balance := B - Amount})};
handle_call(balance, _From, S = #{balance := B}) ->
    {reply, B, S};
handle_call(history, _From, S = #{log := Log}) ->
    {reply, lists:reverse(Log), S}.

handle_cast({interest, Percent}, S = #{balance := B}) ->
    I = B * Percent div 100,
    {noreply, log({interest, I}, S#{balance := B + I})}.

handle_info(Msg, S = #{name := Name}) ->
    io:format("~p: unexpected ~p~n", [Name, Msg]),
    {noreply, S}.

terminate(Reason, #{name := Name, balance := B}) ->
    io:format("~p: closed (~p) with ~p~n", [Name, Reason, B]).

log(Entry, S = #{log := Log}) -> S#{log := [Entry | Log]}.

transfer(From, To, Amount) ->
    case withdraw(From, Amount) of
        {ok, _} -> deposit(To, Amount);
        Error -> Error
    end.

main() ->
    {ok, A} = open(alice, 100),
    {ok, _} = open(bob, 20),
    io:format("~p~n", [deposit(alice, 50)]),
    io:format("~p~n", [deposit(A, -5)]),
    io:format("~p~n", [withdraw(bob, 30)]),
    io:format("~p~n", [transfer(alice, bob, 70)]),
    io:format("~p~n", [transfer(bob, alice, 1000)]),
    add_interest(alice, 10),
    bob ! hello,
    io:format("balances: ~p ~p~n", [balance(alice), balance(bob)]),
    io:format("history: ~p~n", [gen_server:call(alice, history)]),
    io:format("~p~n", [gen_server:start_link({local, alice}, ?MODULE, {alice, 0}, [])]),
    ok = gen_server:stop(alice),
    ok = gen_server:stop(bob),
    io:format("~p~n", [catch balance(alice)]),
    io:format("whereis: ~p~n", [whereis(alice)]).
