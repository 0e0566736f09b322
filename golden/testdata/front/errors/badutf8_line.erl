-module(badutf8_line).
f() ->
   €.
