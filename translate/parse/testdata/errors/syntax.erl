-module(syntax).
%% Each failing line carries the message erlc prints for it (OTP 25) as a
%% comment "%@" COL: MESSAGE; errors_test.go checks that this package agrees.
a() -> (. %@ 9: syntax error before: '.'
b() -> 'hello world' 1. %@ 22: syntax error before: 1
c() -> "str" ). %@ 14: syntax error before: ')'
d() -> X Y. %@ 10: syntax error before: Y
e1() -> 1 2.5. %@ 11: syntax error before: 2.5
e2() -> 1 $a. %@ 11: syntax error before: $a
e3() -> 1 end. %@ 11: syntax error before: 'end'
e4() -> 1 'end'. %@ 11: syntax error before: 'end'
e5() -> 1 <<. %@ 11: syntax error before: '<<'
e6() -> 1 "a\nb" . %@ 11: syntax error before: "a\nb"
e7() -> 1 'A'. %@ 11: syntax error before: 'A'
e8() -> 1 12345678901234567890. %@ 11: syntax error before: 12345678901234567890
e9() -> 1 '\n'. %@ 11: syntax error before: '\n'
e10() -> 1 [] . %@ 12: syntax error before: '['
e11() -> [a || ]. %@ 16: syntax error before: ']'
e12() -> 1 16#ff. %@ 12: syntax error before: 255
e13() -> 1 $\n. %@ 12: syntax error before: $\n
e14() -> 1 -> . %@ 12: syntax error before: '->'
e15() -> 1 @. %@ 12: syntax error before: '@'
e16() -> 1 ?= 2. %@ 12: syntax error before: '?='
e17() -> 1 fun. %@ 12: syntax error before: 'fun'
e18() -> a < b < c. %@ 16: syntax error before: '<'
e19() -> X = catch 1 2. %@ 22: syntax error before: 2
e20(a < b < c) -> ok. %@ 11: syntax error before: '<'
e21() -> << X:8 || X <- L >>. %@ 17: syntax error before: '||'
e22() -> #r{a = 1 b}. %@ 19: syntax error before: b
e23() -> #{a := 1 || X <- L}. %@ 19: syntax error before: '||'
-spec foo(1) -> ok; bar(2) -> ok. %@ 21: syntax error before: bar
-type t() :: a b. %@ 16: syntax error before: b
-record(r, {a, b}) x. %@ 20: syntax error before: x
-spec f/1. %@ 8: syntax error before: '/'
-spec f(X) -> X when X. %@ 23: syntax error before: '.'
