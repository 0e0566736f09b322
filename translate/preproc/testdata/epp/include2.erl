%% opts: -Iinc2 -Iinc
-module(include2).
-include("which.hrl").
-include("rec.hrl").
-include(foo).
-include("de" "fs.hrl").
f() -> {?FROM_INC, ?MODULE}.
-include("defs.hrl") junk.
-include_lib("myapp").
-include_lib("myapp/include/nope.hrl").
-include_lib("which.hrl").
-include("unterm.hrl").
-ifdef(MODULE).
-include("endif.hrl").
-endif.
-include("./inc/which.hrl").
-include("inc/../inc2/which.hrl").
g() -> ?FILE.
