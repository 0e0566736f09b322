-module(mixed).
f() -> X.
g() -> {a.
h(A, A) -> [B || B <- A, C].
