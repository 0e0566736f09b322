-module(lexical).
%% Errors that erl_scan finds, before the parser sees the form.
g() -> 37#1. %@ 8: illegal base '37'
h() -> 16#zz. %@ 8: illegal integer
k() -> 1.0e400. %@ 8: illegal float
l() -> aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa. %@ 8: illegal atom
m() -> 1 ∀. %@ 10: illegal character
j() -> 'a\x{110000}'. %@ 10: illegal character
