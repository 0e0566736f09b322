h() -> ?FILE.
-include("i2.hrl").
