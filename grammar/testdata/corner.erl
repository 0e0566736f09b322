%% Corner cases of OTP 25 syntax that erlc -P would normalize away.
%% This file compiles with erlc (OTP 25); keep it that way.
-module(corner).
-export([f/1, g/2, literals/0, ops/2]).
-export_type([t/0, u/1]).
-compile({nowarn_unused_function, [{h, 1}]}).
-compile(nowarn_unused_vars).
-dialyzer({nowarn_function, f/1}).
-on_load(init/0).
-behaviour(gen_server).
-behavior(supervisor).
-vsn("1.0").
-author('Joe "Quoted" Armstrong').
-my_wild_attribute({any, [term], #{a => 1}, <<"bin">>}).
-file("corner.erl", 20).

-record(r, {a = 1 :: integer(), b :: atom(), c, d = [] :: [t()], 'e f' = {x, y}}).
-record(s, {x}).
-record(empty, {}).

-type t() :: atom() | 1..10 | -1..+1 | 1 bsl 8 | (2 - 1) * 3 | $a | 16#ff.
-type u(A) :: [A] | [A, ...] | {A, t()} | #{A => t(), atom() := integer()} | #{}.
-opaque o() :: fun() | fun((...) -> ok) | fun(() -> ok) | fun((a, b) -> c).
-type b() :: <<>> | <<_:8>> | <<_:_*4>> | <<_:8, _:_*16>> | binary().
-type rec() :: #r{} | #r{a :: 1, b :: atom()} | #s{x :: term()}.
-type ann() :: {Name :: atom(), Value :: term()} | none() | erlang:timestamp().
-type(paren() :: {}).
-callback init(term()) -> {ok, term()} | {error, Reason :: term()}.
-callback handle(A) -> A when A :: atom().

-spec f(X) -> Y when X :: integer(), Y :: integer();
       (atom()) -> atom().
-spec corner:g(term(), term()) -> {term(), term()}.
-spec(literals() -> list()).
-spec init() -> ok.

f(X) when is_integer(X), X > 0; X =:= -1 -> X + 1;
f(X) when is_atom(X) -> X;
f(_) -> error.

g(A, B) -> {A, B}.

init() -> ok.

literals() ->
    [$a, $\n, $\x{1F600}, $\x41, $\^A, $\101, $\s, $ , $\\, $', $",
     16#ff, 2#1010, 36#zZ, 1_000, 16#FF_FF, 1_000.0, 1.0e10, 2.5E-3, 1.0e+3,
     "adjacent" "strings" "\x{41}\101\^G\"",
     'quoted atom', 'esc\'aped', '\n',
     foo@bar, 'maybe', 'else', xor_ok, andalso_ok,
     -1, +1, - 1, bnot 1, not true].

ops(A, B) ->
    _ = A + B * 3 - B div 2 rem 3 band 4 bor 5 bxor 6 bsl 1 bsr 1,
    _ = A ++ B -- [1] ++ [2],
    _ = (A == B) orelse (A /= B) andalso (A =< B) orelse A < B,
    _ = A >= B andalso A > B andalso A =:= B orelse A =/= B,
    _ = not A and B or A xor B,
    _ = -A#r.a,
    _ = catch A = B,
    X = Y = {A, B},
    self() ! hello,
    Pid = self(), Pid ! X ! Y,
    R = #r{a = 1, _ = x},
    R2 = R#r{a = 2, b = c},
    _ = R#r.a, _ = #r.b, _ = R2#r.d,
    _ = (R#r{a = #s{x = 1}})#r.a#s.x,
    M = #{a => 1, "b" => [2], {c} => <<3>>},
    M2 = M#{a := 2, d => 4},
    _ = M2#{a => 1}#{b => 2},
    #{a := Va} = M, _ = Va,
    _ = #{},
    _ = (maps:get(a, M))#{},
    _ = [H || [H | _] <- [[1, 2]], H > 0, true],
    _ = << <<Bt:8>> || <<Bt>> <= <<1, 2, 3>> >>,
    _ = [Bt || <<Bt:4>> <= <<1>>],
    _ = <<A:8/integer-unsigned-big-unit:1, B/binary, "abc", (A+B):16,
          A:(A*8)/bits, 1.5/float-little, -1:8/signed, X:4/unit:8>>,
    _ = <<>>,
    F = f, Ar = 1,
    Fun = fun (0) -> 1; (N) when N > 0 -> N end,
    Fact = fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end,
    _ = fun f/1, _ = fun corner:f/1, _ = fun M:F/Ar,
    _ = Fun(1), _ = Fact(3), _ = corner:f(1), _ = M:F(x),
    _ = (fun(Q) -> Q end)(1),
    _ = (get_fun())(X),
    _ = [1, 2 | [3]], _ = [], _ = {}, _ = {a},
    _ = begin 1, 2 end,
    _ = if A > B -> a; A < B; A == B -> b; true -> c end,
    _ = case A of {ok, V} when V > 1 -> V; [_ | T] -> T; "abc" ++ Rest -> Rest; _ -> z end,
    _ = receive {msg, Mm} -> Mm; _ -> ok after 100 -> timeout end,
    _ = receive after 0 -> ok end,
    _ = receive Any -> Any end,
    _ = try f(1) of 1 -> one; _ -> other catch error:badarg -> b; throw:T2 -> T2; C:E:St -> {C, E, St} after ok end,
    _ = try f(1) catch _ -> x end,
    _ = try f(1) after ok end,
    _ = try f(1) of _ -> y after ok end,
    _ = try f(1) catch exit:{a, _} = W when is_tuple(W) -> W; Class:Reason -> {Class, Reason} end,
    ok.

get_fun() -> fun(X) -> X end.

h(X) -> X.%comment right after the form's dot
