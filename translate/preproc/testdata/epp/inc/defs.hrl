p() -> 1.
-define(FROM_INC, yes).
-module(fake).
