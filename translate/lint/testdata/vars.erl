-module(t).
-export([f/1]).
f(X) -> Y. %% error 9: variable 'Y' is unbound %% warning 3: variable 'X' is unused
%% ---
-module(t).
-export([f/1]).
f(X) ->
    case X of
        1 -> Y = 1;
        2 -> ok
    end,
    Y. %% error 5: variable 'Y' unsafe in 'case' (line 8, column 5)
%% ---
-module(t).
-export([f/1]).
f(X) ->
    case X of
        1 -> Y = 1;
        2 -> Y = 2
    end,
    Y.
%% ---
-module(t).
-export([f/1]).
f(X) ->
    if X > 1 -> Z = 1; true -> ok end,
    Z. %% error: variable 'Z' unsafe in 'if' (line 26, column 5)
%% ---
-module(t).
-export([f/0]).
f() ->
    receive {a, A} -> ok; {b, A} -> ok after 10 -> ok end,
    A. %% error: variable 'A' unsafe in 'receive' (line 32, column 5)
%% ---
-module(t).
-export([f/0]).
f() ->
    receive {a, A} -> ok; {b, A} -> ok end,
    A.
%% ---
-module(t).
-export([f/0]).
f() ->
    try A = g() of _ -> A catch _ -> ok end,
    A. %% error: variable 'A' unsafe in 'try' (line 44, column 5)
g() -> 1.
%% ---
-module(t).
-export([f/0]).
f() ->
    try g() of B -> B catch _:_ -> B = 1 end,
    B. %% error: variable 'B' unsafe in 'try' (line 51, column 5)
g() -> 1.
%% ---
-module(t).
-export([f/0]).
f() ->
    catch (C = g()),
    C. %% error: variable 'C' unsafe in 'catch' (line 58, column 5)
g() -> 1.
%% ---
-module(t).
-export([f/1]).
f(L) ->
    [X || X <- L],
    X. %% error: variable 'X' is unbound
%% ---
-module(t).
-export([f/1]).
f(L) ->
    F = fun(Y) -> Z = Y, Z end,
    {F(L), Y, Z}. %% error: variable 'Y' is unbound %% error: variable 'Z' is unbound
%% ---
-module(t).
-export([f/1]).
f(X) -> _ = X, _. %% error: variable '_' is unbound
%% ---
-module(t).
-export([f/1]).
f(X) when Y > X -> ok. %% error: variable 'Y' is unbound
%% ---
-module(t).
-export([f/1]).
f(<<X:Size, Size:8>>) -> X. %% error: variable 'Size' is unbound
%% ---
-module(t).
-export([f/1]).
f(<<Size:8, X:Size/binary>>) -> X;
f({N, <<Y:N>>}) -> Y. %% error: variable 'N' is unbound
%% ---
-module(t).
-export([f/2]).
f(N, B) ->
    <<Y:N>> = B,
    case B of <<Z:N, W:Z>> -> W end,
    Y.
%% ---
-module(t).
-export([f/1]).
f(X) ->
    {A, A} = X,
    [B, B | _] = X,
    A + B.
%% ---
-module(t).
-export([f/1]).
f(X) ->
    Y = 1,
    F = fun(Y) -> Y end, % shadowing is only a warning %% warning 13: variable 'Y' shadowed in 'fun'
    F(X) + Y.
%% ---
-module(t).
-export([f/1]).
f(X) ->
    case X of
        {ok, _} -> ok;
        _ -> V = 2
    end,
    V = 3, %% error: variable 'V' unsafe in 'case' (line 115, column 5)
    V.
%% ---
-module(t).
-export([f/0]).
f() ->
    try
        ok
    catch
        error:R:S when S =:= [] -> R %% error: stacktrace variable 'S' must not be used in a guard
    end.
%% ---
-module(t).
-export([f/1]).
f(S) ->
    try ok catch error:R:S -> R end. %% error: stacktrace variable 'S' must not be previously bound
%% ---
-module(t).
-export([f/1]).
f(X) ->
    G = fun F(0) -> 0; F(N) -> F(N - 1) end,
    G(X) + F. %% error: variable 'F' is unbound
%% ---
-module(t).
-export([f/1]).
f(M) ->
    #{K := V} = M, %% error: variable 'K' is unbound
    V.
%% ---
-module(t).
-export([f/2]).
f(K, M) ->
    #{K := V} = M,
    V.
%% ---
-module(t).
-export([f/1]).
-record(r, {a = X}). %% error: variable 'X' is unbound
f(_) -> #r{}.
%% ---
-module(t).
-export([f/1]).
-record(r, {a = fun(X) -> X end, b = [Y || Y <- [1]]}).
f(_) -> #r{}.
%% ---
-module(t).
-export([f/1]).
f(X) ->
    [Y || {Y, Z} <- X, Z > 0, W <- [Z]], %% warning 31: variable 'W' is unused
    W. %% error: variable 'W' is unbound
%% ---
-module(t).
-export([f/1]).
f(L) ->
    << <<B>> || <<B>> <= L >>,
    [A || <<A:8/binary>> <= L],
    [C || <<C/binary>> <= L]. %% error: binary fields without size are not allowed in patterns of bit string generators
%% ---
-module(t).
-export([f/1]).
f(X) ->
    begin Y = X end,
    Y.
%% ---
-module(t).
-export([f/1]).
f(X) ->
    A = case X of
            1 -> B = 1;
            _ -> B = 2
        end,
    C = case X of
            1 -> case X of 2 -> D = 1; _ -> ok end;
            _ -> D = 2
        end,
    {A, B, C, D}. %% error: variable 'D' unsafe in 'case' (line 191, column 18)
