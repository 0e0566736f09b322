-ifdef(X).
x() -> x.
