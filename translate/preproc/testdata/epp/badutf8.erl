-module(badutf8).
f() -> ok.
g() -> "été".
h() -> ok.
