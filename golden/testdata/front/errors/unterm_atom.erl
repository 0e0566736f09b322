-module(unterm_atom).
f() -> 'abc.
