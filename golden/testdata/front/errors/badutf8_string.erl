-module(badutf8_string).
f() -> "a€".
