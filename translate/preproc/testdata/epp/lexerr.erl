-module(lexerr).
a() -> 'a\x{zz}'.
b() -> "\x{110000}".
c() -> 37#1.
d() -> 1.0e999.
e() -> $\x{D800}.
f() -> x @ ~ ` \\ ^ & Ā.
g() -> ok.
h() -> aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.
i() -> 'unterminated
j() -> ok.
