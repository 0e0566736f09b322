-module(stringify).
-define(S(X), ??X).
-define(T(X, Y), {??X, ??Y, X}).
-define(U, ??Z).
-define(ID(X), X).
a() -> ?S([1, "a\x41\n\t\"\\", 'Foo bar', abc, 'abc', $a, $\n, $\s, 16#ff, 2#101, 1_000, 1.5e10, 0.1, 100.0, 1000.0, 1.0e-5]).
b() -> ?S(X + Y * 3 div 2 band bnot 4 =:= 5 =/= 6 andalso not orelse).
c() -> ?S(<<1:8, "a"/binary>> [1|T] #{a => 1, b := 2} #r{f = 1} R#r.f).
d() -> ?T(fun(A) -> A end, begin a, b end).
e() -> ?T(case X of 1 -> a; _ -> b end, receive M -> M after 0 -> ok end).
f() -> ?T(try a catch _:_ -> b end, if true -> 1 end).
g() -> ?T(fun F(0) -> 0; F(N) -> F(N-1) end, fun lists:map/2).
h() -> ?T(fun f/1, fun erlang:abs/1).
i() -> ?T({a, b}, [c, d]).
j() -> ?S(?ID(1)).
k() -> ?U.
l() -> ?S('if' 'maybe' 'else' 'cond' 'a b' 'é' 'ÿ' "é\x{100}" $é $\x{100} $\^A).
m() -> ?S(1.0 0.5 123456789.0 1.2345678901234567e16 2.5e-3 1.0e100 5.0e-324).
n() -> ?T((a, b), c).
o() -> ?S(. .. ... :: | || -> => := <- <= << >> ! ? ?=).
