-module(syntax2).
f() -> {a, b.
g() -> ok.
