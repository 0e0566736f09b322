%% The preprocessor: macros, conditionals, predefined macros, includes.
-module(macros).
-define(NAME, dyn).
-export([f/0, g/1, ?NAME/0, h/0]).
-include_lib("frontapp/include/rec.hrl").
-define(PAIR(A, B), {A, B}).
-define(PAIR(A), {A, A}).
-define(STR(X), ??X).
-define(NESTED(X), ?PAIR(X, ?PAIR(X))).
-define(EMPTY(), []).
-ifdef(DEBUG).
-define(LOG(X), io:format("~p~n", [X])).
-else.
-define(LOG(X), ok).
-endif.
-ifndef(NAME).
broken(.
-endif.
-if(?OTP_RELEASE >= 25).
-define(NEW, true).
-elif(?OTP_RELEASE >= 21).
-define(NEW, false).
-else.
-define(NEW, ancient).
-endif.
-undef(EMPTY).
-define(EMPTY, [empty]).

f() ->
    ?LOG(hello),
    {?MODULE, ?MODULE_STRING, ?LINE, ?MACHINE, ?FUNCTION_NAME, ?FUNCTION_ARITY,
     ?PAIR(1, 2), ?PAIR(3), ?STR(1 + 2 * foo(bar)), ?NESTED(x), ?EMPTY, ?NEW}.

g(#file_info{size = S}) -> S;
g(X) -> ?PAIR({X, [a, b]}, fun() -> X end).

?NAME() -> ?FILE.

h() -> ?FUNCTION_NAME.
