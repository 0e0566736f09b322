-module(lexerr).
f() -> 37#1 + 1.0e999 + $\x{D800} + x @ ~.
