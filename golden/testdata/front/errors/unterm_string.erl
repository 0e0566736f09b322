-module(unterm_string).
f() -> "abc.
