-module(junk).
f() -> €ÿþ.
