-module(t).
-export([f/1]).
-on_load(init/1). %% error 2: function init/1 has wrong arity (must be 0)
f(X) -> X.
init(_) -> ok.
%% ---
-module(t).
-export([f/1]).
-on_load(init/0).
-on_load(init/0). %% error 2: more than one on_load attribute
f(X) -> X.
init() -> ok.
%% ---
-module(t).
-export([f/1]).
-compile({inline, [g/1, f/1]}). %% error 2: inlined function g/1 undefined
-compile({nowarn_unused_function, [h/0, {k, 1}]}). %% error 2: function h/0 undefined %% error 2: function k/1 undefined
f(X) -> X.
%% ---
-module(t).
-export([f/1]).
-compile([{inline, f/1}, {nowarn_unused_function, f/1}, export_all, {no_auto_import, [size/1]}]).
f(X) -> X.
%% ---
-module(t).
-export([f/1]).
-nifs([f/1, g/2]). %% error 2: nif g/2 undefined
-on_load(init/0).
init() -> erlang:load_nif("x", 0).
f(X) -> X.
%% ---
-module(t).
-export([f/1]).
-dialyzer({nowarn_function, g/0}). %% error 2: function g/0 undefined
-dialyzer([no_return, {[no_match, no_fail_call], [f/1]}]).
-dialyzer(no_such_thing). %% error 2: unknown dialyzer warning option: no_such_thing
-dialyzer({foo, f/1}). %% error 2: unknown dialyzer warning option: foo
f(X) -> X.
%% ---
-module(t).
-export([f/1]).
-callback c(integer()) -> ok.
-optional_callbacks([c/1, d/0]). %% error 2: callback d/0 is undefined
-optional_callbacks([c/1]). %% error 2: optional callback c/1 duplicated
f(X) -> X.
%% ---
-module(t).
-export([f/1, g/0]).
-deprecated([{f, 1}, {g, '_'}, {h, 0}, {k, '_', eventually}, module]). %% error 2: deprecated function h/0 undefined or not exported %% error 2: deprecated function k/'_' undefined or not exported
f(X) -> X.
g() -> ok.
h() -> ok. %% warning 1: function h/0 is unused
