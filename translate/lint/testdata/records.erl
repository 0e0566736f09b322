-module(t).
-export([f/0]).
f() -> #r{}. %% error 8: record r undefined
%% ---
-module(t).
-export([f/1]).
-record(r, {a, b = 2}).
f(X) -> X#r{c = 1}. %% error: field c undefined in record r
%% ---
-module(t).
-export([f/1]).
-record(r, {a, b = 2}).
f(X) -> X#r.c. %% error: field c undefined in record r
%% ---
-module(t).
-export([f/0]).
-record(r, {a}).
-record(r, {b}). %% error 2: record r already defined
f() -> #r{}.
%% ---
-module(t).
-export([f/0]).
-record(r, {a, b, a}). %% error 19: field a already defined in record r
f() -> #r{}.
%% ---
-module(t).
-export([f/0]).
-record(r, {a, b}).
f() -> #r{a = 1, a = 2}. %% error 18: field a already defined in record r
%% ---
-module(t).
-export([f/1]).
-record(r, {a, b}).
f(#r{a = 1, _ = 2, _ = 3}) -> ok; %% error 20: '_' initializes no omitted fields
f(#r{a = 1, b = 2, _ = 3}) -> ok; %% error 20: '_' initializes no omitted fields
f(#r{a = 1, _ = '_'}) -> ok.
%% ---
-module(t).
-export([f/1]).
-record(r, {a, b}).
f(X) -> X#r{_ = 1}. %% error: meaningless use of _ in update of record r %% warning 3: variable 'X' is unused
%% ---
-module(t).
-export([f/1]).
-record(r, {a, b}).
f(X) when X#r.a =:= 1, is_record(X, r), X =:= #r{a = 1} -> #r.b;
f(X) when is_record(X, s) -> ok. %% error: record s undefined
%% ---
-module(t).
-export([f/1]).
f(X) -> is_record(X, s). %% error: record s undefined
%% ---
-module(t).
-export([f/1]).
f(#r{a = X}) -> X. %% error 3: record r undefined %% error 17: variable 'X' is unbound
%% ---
-module(t).
-export([f/1]).
-record(r, {a}).
f(#r{b = X}) -> X. %% error 6: field b undefined in record r %% error 17: variable 'X' is unbound
%% ---
-module(t).
-export([f/0]).
f() -> #r.a. %% error 8: record r undefined
%% ---
-module(t).
-export([f/0]).
f() -> #r{}. %% error 8: record r undefined
-record(r, {a}). %% warning 2: record r is unused
%% ---
-module(t).
-export([f/0]).
-record(r, {a = f()}).
f() -> #r{}.
%% ---
-module(t).
-export([f/0]).
-record(r, {a = g()}). %% error: function g/0 undefined
f() -> #r{}.
%% ---
-module(t).
-export([f/0]).
-record(r, {a = #s{}}). %% error: record s undefined
-record(s, {b = #r{}}).
f() -> #s{}.
