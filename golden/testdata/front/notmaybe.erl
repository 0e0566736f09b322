%% Without the feature, maybe and else are ordinary atoms.
-module(notmaybe).
-export([maybe/1, else/0]).

maybe(X) -> {maybe, X, else}.
else() -> maybe(else).
