%% -*- coding: latin-1 -*-
-module(latin1).
f() -> "été".
g() -> 'é'.
