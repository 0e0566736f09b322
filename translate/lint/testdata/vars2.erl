-module(t).
-export([f/1]).
f(X) ->
    try X of
        _ -> ok
    after
        A = 1
    end,
    A. %% error 5: variable 'A' unsafe in 'try' (line 4, column 5)
%% ---
-module(t).
-export([f/0]).
f() ->
    receive
        _ -> Y = 1
    after 0 -> Y = 2
    end,
    Y.
%% ---
-module(t).
-export([f/1]).
f(L) ->
    [Y || X <- L, Y <- [X], (Z = Y) > 0, Z < 10],
    Z. %% error 5: variable 'Z' is unbound
%% ---
-module(t).
-export([f/1]).
f(L) ->
    [X || X <- (Y = L)], %% warning 17: variable 'Y' is unused
    Y. %% error 5: variable 'Y' is unbound
%% ---
-module(t).
-export([f/0]).
f() ->
    X = X, %% error 9: variable 'X' is unbound
    X.
%% ---
-module(t).
-export([f/1]).
f(X) ->
    Y = 1,
    F = fun(Z) -> Y = Z, W = 1, W end,
    F(X),
    W. %% error 5: variable 'W' is unbound
%% ---
-module(t).
-export([f/1]).
f(X) ->
    case X of
        {a, Y} when Y > 0 -> ok;
        {b, Y} -> ok;
        Y -> ok
    end,
    Y.
%% ---
-module(t).
-export([f/1]).
f(X) ->
    {case X of 1 -> A = 1; _ -> A = 2 end, A}. %% error 44: variable 'A' is unbound
%% ---
-module(t).
-export([f/1]).
f(X) ->
    {A = X, A}. %% error 13: variable 'A' is unbound
%% ---
-module(t).
-export([f/1]).
f(X) ->
    g(A = X), A.
g(X) -> X.
%% ---
-module(t).
-export([f/1]).
f(X) ->
    case X of
        1 -> Y = 1;
        2 -> Y = 2
    end,
    case X of
        3 -> Y = 3; % a warning: Y exported from case %% warning 14: variable 'Y' exported from 'case' (line 75, column 5)
        _ -> ok
    end.
%% ---
-module(t).
-export([f/1]).
f(X) ->
    if X -> ok; true -> Z = 1 end,
    Z = 2. %% error 5: variable 'Z' unsafe in 'if' (line 87, column 5)
%% ---
-module(t).
-export([f/1]).
f(X) ->
    catch begin {ok, V} = X end,
    case V of _ -> ok end. %% error 10: variable 'V' unsafe in 'catch' (line 93, column 5)
%% ---
-module(t).
-export([f/2]).
f(X, Y) ->
    <<A:X, B:A>> = Y,
    fun(<<C:B, D:C>>) -> D end.
%% ---
-module(t).
-export([f/1]).
f(L) ->
    [{X, Y} || <<X:8, Y:X>> <= L].
%% ---
-module(t).
-export([f/1]).
f(X) ->
    try X of
        {ok, V} -> V
    catch
        throw:V -> V;
        error:Reason -> Reason
    end,
    V. %% error 5: variable 'V' unsafe in 'try' (line 110, column 5)
%% ---
-module(t).
-feature(maybe_expr, enable).
-export([f/1]).
f(X) ->
    maybe
        {ok, A} ?= X,
        B = A + 1,
        B
    else
        {error, E} -> E
    end,
    {A, B}. %% error 6: variable 'A' unsafe in maybe (line 122, column 5) %% error 9: variable 'B' unsafe in maybe (line 122, column 5)
%% ---
-module(t).
-feature(maybe_expr, enable).
-export([f/1]).
f(X) ->
    maybe
        {ok, A} ?= X,
        {ok, B} ?= A,
        B
    end.
