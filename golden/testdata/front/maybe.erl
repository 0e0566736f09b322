%% maybe ... else ... end, with the feature enabled; maybe and else as atoms elsewhere.
-module(maybe).
-feature(maybe_expr, enable).
-export([f/1, g/1]).

f(X) ->
    maybe
        {ok, A} ?= X,
        true ?= A > 0,
        B = A * 2,
        {ok, B}
    else
        {error, _} = E -> E;
        false -> negative
    end.

g(X) ->
    maybe
        ok ?= X
    end.
