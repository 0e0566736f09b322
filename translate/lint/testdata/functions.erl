-module(t).
-export([f/1, g/0]). %% error: function g/0 undefined
f(X) -> h(X). %% error 9: function h/1 undefined
%% ---
-module(t).
-export([f/1]).
f(X) -> F = fun h/2, F(X). %% error 13: function h/2 undefined
%% ---
-module(t).
-export([f/1]).
f(X) -> X.
f(Y) -> Y + 1. %% error 1: function f/1 already defined
%% ---
-module(t).
-export([f/1]).
f(X) -> {fun erlang:length/1, fun length/1, fun lists:map/2, apply(fun f/1, [X])}.
%% ---
-module(t).
-export([f/1]).
-import(lists, [map/2]).
-import(foo, [map/2]). %% error: function map/2 already imported from lists
f(X) -> map(fun(A) -> A end, X).
%% ---
-module(t).
-export([f/1]).
-import(lists, [map/2]).
f(X) -> map(fun(A) -> A end, X).
map(_, _) -> ok. %% error: defining imported function map/2 %% warning 1: function map/2 is unused
%% ---
-module(t).
-export([f/1, length/1]).
f(X) -> length(X). %% error: ambiguous call of overridden pre R14 auto-imported BIF length/1
length(_) -> 0.
%% ---
-module(t).
-export([f/1, length/1]).
-compile({no_auto_import, [length/1]}).
f(X) -> length(X).
length(_) -> 0.
%% ---
-module(t).
-export([f/1]).
-import(mylists, [length/1]). %% error: import directive overrides pre R14 auto-imported BIF length/1
f(X) -> length(X).
%% ---
-module(t).
-export([f/1, binary_to_integer/1]).
f(X) -> binary_to_integer(X). % a warning only: not a pre-R14 BIF %% warning 9: ambiguous call of overridden auto-imported BIF binary_to_integer/1
binary_to_integer(_) -> 0.
%% ---
-module(t).
-export([f/1]).
f(X) -> {module_info(), module_info(X), record_info(fields, r)}. %% error: record r undefined
%% ---
-module(t).
-export([f/0]).
-record(r, {a}).
f() -> {record_info(fields, r), record_info(size, r), record_info(foo, r)}. %% error: illegal record info
%% ---
-module(t).
-export([f/0]).
f() -> fun record_info/2. %% error: illegal record info
%% ---
-module(t).
-export([f/0]).
f() -> g:h(), (foo()):bar(), (fun() -> ok end)(). %% error: function foo/0 undefined
%% ---
-module(t).
-export([f/1]).
-on_load(init/0). %% error: function init/0 undefined
f(X) -> X.
%% ---
-module(t).
-export([f/1]).
f(X) -> X(1), erlang:X(2), X:foo(3).
%% ---
-module(t).
-export([f/1]).
-import(mylists, [binary_to_integer/1]). %% warning 2: import directive overrides auto-imported BIF binary_to_integer/1
f(X) -> binary_to_integer(X).
%% ---
-module(t).
-export([f/1]).
-import(lists, [map/2]).
-import(lists, [map/2, foldl/3]). %% error 2: function map/2 already imported from lists
f(X) -> map(fun(A) -> A end, X).
