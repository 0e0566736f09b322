%% opts: -Iinc
-module(include1).
-include("inc/i1.hrl").
f() -> ?FILE.
-include("i1.hrl"). g() -> ?LINE.
-file("foo.yrl", 100).
h() -> {?FILE, ?LINE}.
-include("inc/i2.hrl").
k() -> ?LINE.
-file(?FILE, ?LINE).
-include_lib("myapp/include/v.hrl").
-include_lib("inc/i2.hrl").
-include("nope.hrl").
-include_lib("nope/x.hrl").
-include_lib("nope.hrl").
