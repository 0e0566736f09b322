-module(misc).
-file("gen.yrl", 10).
a() -> ?LINE.
-file(bad).
-file("x", y).
-define(F, "from_macro").
-file(?F, 1).
b() -> {?LINE, ?FILE}.
c() -> ?FUNCTION_NAME.
-file("other.erl", 500).
d() -> ?NOPE.
