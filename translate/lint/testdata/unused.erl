-module(t).
-export([f/2]).
f(X, _Y) -> X.
%% ---
-module(t).
-export([f/1]).
f(X) ->
    case X of
        {ok, V} -> ok; %% warning 14: variable 'V' is unused
        {error, R} -> R
    end.
%% ---
-module(t).
-export([f/1]).
f(L) ->
    A = 1, %% warning 5: variable 'A' is unused
    F = fun(A) -> ok end, %% warning 13: variable 'A' is unused %% warning 13: variable 'A' shadowed in 'fun'
    G = fun F(0) -> ok end, %% warning 9: variable 'F' is unused %% warning 9: variable 'F' shadowed in 'named fun'
    {[ok || B <- L], [C || {C, D} <- L], F, G}. %% warning 13: variable 'B' is unused %% warning 32: variable 'D' is unused
%% ---
-module(t).
-export([f/1]).
f(X) ->
    try X of
        Y -> ok %% warning 9: variable 'Y' is unused
    catch
        C:R:S -> R %% warning 9: variable 'C' is unused %% warning 13: variable 'S' is unused
    end.
%% ---
-module(t).
-export([f/1]).
f(<<S:8, B:S/binary, Rest/binary>>) -> B; %% warning 22: variable 'Rest' is unused
f({A, A}) -> ok;
f([H | _T]) -> ok. %% warning 4: variable 'H' is unused
%% ---
-module(t).
-export([f/1]).
-compile(nowarn_unused_vars).
f(X) -> ok.
%% ---
-module(t).
-export([f/1]).
f(X) ->
    Y = X + 1, %% warning 5: variable 'Y' is unused
    if X > 0 -> Z = 1; true -> Z = 2 end, %% warning 17: variable 'Z' is unused %% warning 32: variable 'Z' is unused
    receive M -> ok after 10 -> W = 3 end. %% warning 13: variable 'M' is unused %% warning 33: variable 'W' is unused
%% ---
-module(t).
-export([f/0]).
-record(r, {a = d()}).
-on_load(init/0).
f() -> {fun g/0, #r{}}.
g() -> h().
h() -> g().
d() -> 1.
init() -> ok.
loop1() -> loop2(). %% warning 1: function loop1/0 is unused
loop2() -> loop1(). %% warning 1: function loop2/0 is unused
%% ---
-module(t).
-export([f/0]).
-compile({nowarn_unused_function, [k/0]}).
f() -> ok.
k() -> ok.
j() -> ok. %% warning 1: function j/0 is unused
%% ---
-module(t).
-compile(export_all).
f() -> ok.
%% ---
-module(t).
-export([f/1]).
-record(a, {x}).
-record(b, {y = #a{}}).
-record(c, {z}). %% warning 2: record c is unused
-record(d, {w}).
-record(e, {v :: #d{}}).
-record(g, {u}).
-compile({nowarn_unused_record, [g]}).
f(X) when is_record(X, e) -> #b{}.
