i2() -> {?FILE, ?LINE}.
