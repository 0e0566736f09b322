-include("rec.hrl").
r() -> ?LINE.
