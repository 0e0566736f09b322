%% OTP 26 map comprehensions and map generators (OTP 25's erlc rejects them;
%% the grammar accepts them).
-module(mapcomp).
-export([f/1]).

f(M) ->
    _ = #{K => V + 1 || K := V <- M},
    _ = [{K, V} || K := V <- M, K > 1],
    _ = << <<K>> || K := _ <- M >>,
    #{V => K || K := V <- M}.
