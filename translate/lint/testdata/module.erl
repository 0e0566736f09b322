-export([f/0]). %% error 2: no module definition
f() -> ok.
%% ---
-module(t).
-export([f/0]).
f() -> ok.
-export([g/0]). %% error 2: attribute export after function definitions
g() -> ok. %% warning 1: function g/0 is unused
%% ---
-module(t).
-export([f/0]).
f() -> ok.
-import(lists, [map/2]). %% error 2: attribute import after function definitions
%% ---
-module(t).
-export([f/0]).
f() -> ok.
-foo(bar). %% error 2: attribute foo after function definitions
%% ---
-module(t).
-export([f/0]).
f() -> ok.
-record(r, {a}).
-type t() :: #r{}.
-spec g() -> t().
g() -> #r{}.
-dialyzer({nowarn_function, g/0}).
-compile(export_all).
%% ---
-module(t).
-module(u). %% error 2: redefining module
-export([f/0]).
f() -> ok.
%% ---
-module(t).
-export([f/0]).
f() -> ok.
-callback foo() -> ok. %% error 2: attribute callback after function definitions
%% ---
-module(t).
-export([f/0]).
-behaviour(gen_server).
-vsn(1).
-author("me").
-custom({any, [term]}).
f() -> ok.
