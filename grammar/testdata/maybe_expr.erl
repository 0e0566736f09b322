%% The maybe expression (feature maybe_expr). Compiles with erlc in OTP 25.
-module(maybe_expr).
-feature(maybe_expr, enable).
-export([m/1, n/1]).

m(X) ->
    maybe
        {ok, A} ?= X,
        B = A + 1,
        {ok, C} ?= {ok, B},
        C
    end.

n(X) ->
    maybe
        ok ?= X
    else
        {error, E} when is_atom(E) -> E;
        _ -> other
    end.
