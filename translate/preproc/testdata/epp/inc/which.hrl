which() -> inc.
