-module(syntax1).
f(X) -> X +.
