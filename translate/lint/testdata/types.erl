-module(t).
-export([f/1]).
-spec g(integer()) -> ok. %% error 2: spec for undefined function g/1
f(_) -> ok.
%% ---
-module(t).
-export([f/1]).
-spec f(integer()) -> ok.
-spec f(atom()) -> ok. %% error 2: spec for f/1 already defined
f(_) -> ok.
%% ---
-module(t).
-export([f/1]).
-spec f(t()) -> ok. %% error 9: type t() undefined
f(_) -> ok.
%% ---
-module(t).
-export([f/1]).
-type t() :: integer().
-type t() :: atom(). %% error 2: type t() already defined
f(_) -> ok.
%% ---
-module(t).
-export([f/1]).
-type integer() :: atom(). %% error 2: type integer() is a builtin type; it cannot be redefined
f(_) -> ok.
%% ---
-module(t).
-export([f/1]).
-type pair(A) :: {A, B}. %% error 22: type variable 'B' is only used once (is unbound)
-spec f(X) -> ok. %% error 9: type variable 'X' is only used once (is unbound)
f(_) -> ok.
%% ---
-module(t).
-export([f/1]).
-export_type([u/1]). %% error 2: type u(_) undefined
-type t(A) :: [A] | {A} | u(A). %% error 27: type u(_) undefined
-spec f(X) -> t(X) when X :: integer().
f(_) -> ok.
%% ---
-module(t).
-export([f/1]).
-spec f(#r{}) -> ok. %% error 9: record r undefined
f(_) -> ok.
%% ---
-module(t).
-export([f/1]).
-record(r, {a :: integer()}).
-spec f(#r{b :: atom()}) -> ok. %% error 12: field b undefined in record r
f(_) -> ok.
%% ---
-module(t).
-export([f/1]).
-type r() :: 3..1. %% error: bad range type
-type b() :: <<_:8, _:_*4>>.
-type l() :: -1 | 1 bsl 3 | 1..2.
-spec f(r() | b() | l()) -> ok.
f(_) -> ok.
%% ---
-module(t).
-export([f/1]).
-spec f(_X) -> {t:other(), fun((...) -> ok) | fun(() -> ok) | fun(), #{a := b, atom() => _}, [any(), ...], nonempty_list()}. %% error: type other() undefined
f(_) -> ok.
%% ---
-module(t).
-export([f/1]).
-spec t:f(any()) -> ok.
-spec u:g(any()) -> ok. %% error 2: spec for function u:g/1 from other module
f(_) -> ok.
%% ---
-module(t).
-export([f/1]).
-callback c(integer()) -> ok.
-callback c(atom()) -> ok. %% error 2: callback c/1 already defined
f(_) -> ok.
%% ---
-module(t).
-export([f/1]).
-opaque o() :: {integer()}.
-export_type([o/0]).
-record(r, {a = 1 :: integer(), b :: t()}). %% error 38: type t() undefined %% warning 2: record r is unused
f(_) -> ok.
