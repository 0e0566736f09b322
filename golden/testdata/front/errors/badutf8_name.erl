-module(badutf8_name).
f() -> a€.
