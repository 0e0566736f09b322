which() -> inc2.
