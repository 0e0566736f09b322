v110() -> ?FILE.
