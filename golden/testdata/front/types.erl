%% The type language in -type, -opaque, -spec, -callback and records.
-module(types).
-export([f/1, g/2, h/0]).
-export_type([t1/0, t2/1, op/0, o/0]).
-record(rec, {a = 1 :: integer(), b :: t1() | undefined, c = [] :: [atom()], d}).
-type t1() :: atom() | integer() | 1..10 | -1..1 | 'ok' | 42 | $a | [] | [t1()] | [t1(), ...].
-type t2(A) :: {A, A} | #{A => t1(), atom() := A} | #{} | #{any() => any()} | fun() |
               fun((...) -> A) | fun(() -> ok) | fun((A, t1()) -> {ok, A}) |
               <<>> | <<_:8>> | <<_:_*4>> | <<_:8, _:_*8>> | tuple() | {} | map() |
               #rec{} | #rec{a :: integer()} | string() | nonempty_list(A) | maybe_improper_list().
-type op() :: 1 bsl 8 | - 1 | 2 * 3 | (4) .
-opaque o() :: {o, term()}.
-callback init(Args :: term()) -> {ok, State :: term()} | {error, Reason :: term()}.
-callback handle(term(), S) -> S when S :: o().
-optional_callbacks([handle/2]).
-spec f(X) -> Y when X :: integer(), Y :: t2(X);
       (atom()) -> ok.
f(X) when is_integer(X) -> {X, X};
f(_) -> ok.
-spec types:g(A :: t1(), B :: o()) -> list(t1() | o()).
g(A, B) -> [A, B].
-spec h() -> no_return().
h() -> exit(#rec{}).
