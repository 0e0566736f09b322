-module(lexerr).
f() -> 37#1.
g() -> 1.0e999.
i() -> x @ ~.
j() -> 'a\x{zz}'.
