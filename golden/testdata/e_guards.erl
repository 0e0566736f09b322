%% A record validator whose rules are written with boolean variables in
%% guards (A andalso B, not A orelse B, strict and/or, short circuits as
%% values) and with constant arithmetic in patterns (macros such as
%% ?BASE + 1), as OTP's own code writes them.
-module(e_guards).
-export([main/0]).

-define(HEADER, (8 * 4 + 1)).
-define(MIN_PORT, -(1 bsl 8)).
-define(SCALE, (1.5 * 2)).
-define(FLAG(N), (1 bsl N)).

-record(field, {name, required = false, present = false, value}).

%% boolean variables combined in guards
check(#field{required = R, present = P}) when R andalso not P -> missing;
check(#field{required = R, present = P}) when not R orelse P -> ok.

strict(A, B) when A and B -> both;
strict(A, B) when A or B -> one;
strict(_, _) -> neither.

lazy(A, B) when A andalso B -> both;
lazy(A, B) when A orelse B -> one;
lazy(_, _) -> neither.

nested(A, X) when A =/= x andalso (X > 3 orelse A) -> yes;
nested(_, _) -> no.

as_value(A, B) when (A orelse B) =:= true -> yes;
as_value(A, B) when (A andalso B) =:= false -> no;
as_value(_, _) -> badarg.

size_ok(Strict, L) when not Strict orelse length(L) > 2 -> yes;
size_ok(_, _) -> no.

%% constant arithmetic in patterns
kind(?HEADER) -> header;
kind(?MIN_PORT) -> min_port;
kind(?SCALE) -> scale;
kind(?HEADER + 1) -> after_header;
kind(?FLAG(3) bor ?FLAG(0)) -> flags_3_0;
kind(X) when X =:= ?HEADER * 2 -> double_header;
kind(_) -> other.

decode(<<Tag:8, Rest/binary>>) ->
    case Tag of
        ?FLAG(0) -> {one, Rest};
        ?FLAG(1) + ?FLAG(0) -> {three, Rest};
        16#F0 - 16#10 -> {e0, Rest};
        _ -> {unknown, Tag}
    end.

main() ->
    Fields = [#field{name = a, required = true, present = true},
              #field{name = b, required = true},
              #field{name = c},
              #field{name = d, present = true},
              #field{name = e, required = maybe}],
    [io:format("~p: ~p~n", [N, try check(F) catch error:R -> {error, R} end]) || F = #field{name = N} <- Fields],
    Vs = [true, false, 1, x],
    [io:format("~p ~p: ~p ~p ~p ~p~n",
               [A, B, strict(A, B), lazy(A, B), nested(A, B), as_value(A, B)]) || A <- Vs, B <- Vs],
    io:format("~p~n", [[size_ok(S, L) || S <- Vs, L <- [[], [1, 2, 3], x]]]),
    io:format("~p~n", [[kind(X) || X <- [33, 34, -256, 3.0, 3, 66, 9, 7]]]),
    io:format("~p~n", [[decode(B) || B <- [<<1, 2>>, <<3>>, <<16#E0, 9>>, <<7>>]]]).
