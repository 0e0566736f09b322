-module(funcname).
-export([?FUNCTION_NAME/0]).
-define(FN, {?FUNCTION_NAME, ?FUNCTION_ARITY}).
-define(HEAD, hd(X)).
a() -> ?FN.
b(X) -> ?FN.
c(X, {Y, Z}, [W]) -> ?FN.
d([]) -> ?FN.
e(#{a := 1}, <<X:8>>, "s") -> ?FN.
'quoted f'(A, B) -> ?FN.
?HEAD -> ?FN.
?FUNCTION_NAME() -> ok.
f(X) when X > 0 -> ?FUNCTION_NAME; f(_) -> ?FUNCTION_ARITY.
-record(r, {a = ?FUNCTION_NAME}).
g() -> fun() -> ?FUNCTION_NAME end.
h(?FUNCTION_ARITY) -> ok.
i() -> ?FUNCTION_NAME(), ?LINE, ?'FUNCTION_NAME'.
