-module(t).
-export([f/1]).
f(X + 1) -> X. %% error: illegal pattern %% error 13: variable 'X' is unbound
%% ---
-module(t).
-export([f/1]).
f(1 + 2) -> a;
f(-3) -> b;
f(2 bsl 3) -> c;
f(1.5 * 2) -> d;
f(+4) -> e;
f($a + 1) -> g;
f(1 div 0) -> h. %% error: illegal pattern
%% ---
-module(t).
-export([f/1]).
f("abc" ++ T) -> T;
f([$a, $b] ++ T) -> T;
f([] ++ T) -> T;
f(T ++ "abc") -> T. %% error: illegal pattern %% error 18: variable 'T' is unbound
%% ---
-module(t).
-export([f/1]).
f(#{a => X}) -> X. %% error: illegal pattern %% error 17: variable 'X' is unbound
%% ---
-module(t).
-export([f/1]).
f(#{a := X, {b, 1} := Y, 1 + 2 := Z}) -> {X, Y, Z}.
%% ---
-module(t).
-export([f/1]).
f(X) -> #{a := X}. %% error: only association operators '=>' are allowed in map construction
%% ---
-module(t).
-export([f/1]).
f(X) -> Y = #{a => 1}, Y#{a := 2, b => X}.
%% ---
-module(t).
-export([f/1]).
f(<<A:8>> = <<B:4, C:4>>) -> {A, B, C}. %% error 3: binary patterns cannot be matched in parallel using '='
%% ---
-module(t).
-export([f/1]).
f(X) -> <<A:8>> = <<B:8>> = X, {A, B}. %% error 9: binary patterns cannot be matched in parallel using '='
%% ---
-module(t).
-export([f/1]).
f({A, B} = {C, D} = X) -> {A, B, C, D, X}.
%% ---
-module(t).
-export([f/1]).
f([H | T] = [_ | _]) -> {H, T};
f({ok, _} = {A, B}) -> {A, B}.
%% ---
-module(t).
-export([f/1]).
f(X) -> [Y || {Y, a + b} <- X]. %% error: illegal pattern
%% ---
-module(t).
-export([f/1]).
f(X) -> {_, Y} = X, Y.
%% ---
-module(t).
-export([f/1]).
f(X) -> {A, A, B} = X, B.
%% ---
-module(t).
-export([f/1]).
f(X) when X == "a" ++ "b" -> ok. %% error: illegal guard expression
