-module(t).
-export([f/1]).
f(X) when g(X) -> ok. %% error 11: call to local/imported function g/1 is illegal in guard
g(_) -> true. %% warning 1: function g/1 is unused
%% ---
-module(t).
-export([f/1]).
f(X) when lists:member(X, [1]) -> ok. %% error: illegal guard expression %% warning 3: variable 'X' is unused
%% ---
-module(t).
-export([f/1]).
f(X) when is_integer(X), X > 0; is_atom(X), not X, X =/= a, element(1, {X}) == X -> ok.
%% ---
-module(t).
-export([f/1]).
f(X) when erlang:is_integer(X), erlang:'+'(X, 1) > 2, erlang:length([X]) == 1 -> ok.
%% ---
-module(t).
-export([f/1]).
f(X) when integer(X) -> ok; % obsolete, a warning %% warning 11: integer/1 obsolete (use is_integer/1)
f(X) when atom(X) -> ok; %% warning 11: atom/1 obsolete (use is_atom/1)
f(X) when not atom(X) -> ok. %% error: illegal guard expression
%% ---
-module(t).
-export([f/1, is_atom/1]).
-compile({no_auto_import, [is_atom/1]}).
f(X) when atom(X) -> ok. %% error 11: obsolete atom/1 (meaning is_atom/1) is illegal when there is a local/imported function named is_atom/1 %% warning 11: atom/1 obsolete (use is_atom/1)
is_atom(_) -> true.
%% ---
-module(t).
-export([f/1]).
f(X) when X ! 1 -> ok. %% error: illegal guard expression
%% ---
-module(t).
-export([f/1]).
f(X) when (X = 1) -> ok. %% error: illegal guard expression %% warning 3: variable 'X' is unused
%% ---
-module(t).
-export([f/1]).
f(X) when [Y || Y <- X] == [] -> ok. %% error: illegal guard expression %% warning 3: variable 'X' is unused
%% ---
-module(t).
-export([f/1]).
f(X) when is_list(X), length(X) > 1, hd(X) == a, tuple_size({X}) == 1, map_size(#{}) == 0 -> ok.
%% ---
-module(t).
-export([f/1, length/1]).
f(X) when length(X) > 1 -> ok. %% error: call to local/imported function length/1 is illegal in guard
length(_) -> 0.
%% ---
-module(t).
-export([f/1]).
f(X) when is_record(X, r, 1) -> ok;
f(X) when is_record(X, foo) -> ok. %% error: record foo undefined
%% ---
-module(t).
-export([f/1]).
f(X) when (catch X) -> ok. %% error: illegal guard expression %% warning 3: variable 'X' is unused
%% ---
-module(t).
-export([f/1]).
f(X) when case X of _ -> true end -> ok. %% error: illegal guard expression %% warning 3: variable 'X' is unused
%% ---
-module(t).
-export([f/1]).
f(X) when fun() -> ok end -> ok. %% error: illegal guard expression %% warning 3: variable 'X' is unused
%% ---
-module(t).
-export([f/1]).
f(X) when X andalso (X orelse false), <<X:8>> == <<1>>, {X} == {1}, [X] == [1], #{a => X} == #{} -> ok.
%% ---
-module(t).
-export([f/1]).
f(X) when self() == X, node() == X, node(X) == X -> ok.
%% ---
-module(t).
-export([f/1]).
f(X) when spawn(X) == 1 -> ok. %% error: illegal guard expression
%% ---
-module(t).
-export([f/1]).
f(X) -> [Y || Y <- X, Y > 1, g(Y), is_integer(Y)].
g(_) -> true.
%% ---
-module(t).
-export([f/1]).
f(X) when X#{a => 1} == #{} -> ok.
