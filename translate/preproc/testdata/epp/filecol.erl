-module(filecol).
-file("x.erl", 10). f() -> ?LINE.
g() -> ?LINE.
