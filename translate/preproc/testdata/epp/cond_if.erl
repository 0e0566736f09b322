-module(cond_if).
-if(?OTP_RELEASE >= 25).
a() -> ok.
-else.
a() -> old.
-endif.
-if(?OTP_RELEASE < 21).
b() -> old.
-elif(?OTP_RELEASE < 25).
b() -> mid.
-elif(defined(MODULE) andalso not defined(NOPE)).
b() -> new.
-else.
b() -> none.
-endif.
-if(?FEATURE_AVAILABLE(maybe_expr)).
c() -> available.
-endif.
-if(?FEATURE_ENABLED(maybe_expr)).
d() -> enabled.
-else.
d() -> disabled.
-endif.
-if(atom_to_list(a) == "a").
e() -> bad.
-endif.
-if(foo(1)).
f() -> unknown_function_is_false.
-else.
f() -> yes.
-endif.
-if(is_atom(a) and (1 + 2 * 3 =:= 7) and (10 div 3 == 3) and (7 rem 2 == 1) and (1.0 == 1) and not (1.0 =:= 1)).
g() -> arith.
-endif.
-if(1 +).
h() -> syntax.
-endif.
-if(X).
i() -> unbound.
-else.
i() -> unbound_false.
-endif.
-if(true, true).
j() -> two.
-endif.
-if(defined(1)).
k() -> bad_defined.
-endif.
-if(lists:member(a, [a])).
l() -> remote.
-endif.
-if(erlang:is_integer(1)).
m() -> remote_guard.
-endif.
-if({a, [b, c]} < {a, [b, d]} andalso [] > {} andalso a > 1 andalso element(2, {x, y}) =:= y andalso length([1,2]) == 2).
n() -> order.
-endif.
-if(1).
o() -> not_true.
-endif.
-if(A = 1).
p() -> match.
-endif.
-if(true)
q() -> no_dot.
-endif.
-if.
-endif.
-ifdef(MODULE).
r() -> module_defined.
-endif.
-ifdef(FUNCTION_NAME).
s() -> fname.
-endif.
-ifndef(NOPE).
t() -> ok.
-endif.
-ifdef(X, Y).
-endif.
-ifdef(MODULE).
-ifdef(NOPE).
-ifdef(NOPE2).
-else.
-endif.
-if(true).
-elif(true).
-else.
-else.
-endif.
u() -> inner_skipped.
-else.
v() -> inner.
-endif.
-endif.
-if(false).
-elif(false).
w() -> no.
-elif(true).
w() -> yes.
-elif(true).
w() -> again.
-else.
w() -> else.
-endif.
-if(true).
-else.
-elif(true).
-endif.
-else junk.
-endif junk.
-elif(true).
-endif.
x() -> after_all.
