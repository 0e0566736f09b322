%% erl2go's ms_transform.hrl, for machines without Erlang. Written for
%% erl2go: as OTP documents, including it names the parse transform
%% ms_transform, which rewrites ets:fun2ms/1 and dbg:fun2ms/1 calls into
%% match specifications; erl2go does that itself (translate/mstransform).
-compile({parse_transform, ms_transform}).
