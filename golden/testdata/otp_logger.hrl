%% The ?LOG_* macros for otp_logger, written after the pattern of OTP's
%% kernel/include/logger.hrl (ask logger:allow/2, then logger:macro_log
%% with the caller's location), so that the golden test needs no Erlang
%% installation to find the include file.
-define(LOCATION, #{mfa => {?MODULE, ?FUNCTION_NAME, ?FUNCTION_ARITY},
                    line => ?LINE, file => ?FILE}).
-define(DO_LOG(Level, Args),
        case logger:allow(Level, ?MODULE) of
            true -> apply(logger, macro_log, [?LOCATION, Level | Args]);
            false -> ok
        end).
-define(LOG_ERROR(A), ?DO_LOG(error, [A])).
-define(LOG_ERROR(A, B), ?DO_LOG(error, [A, B])).
-define(LOG_WARNING(A), ?DO_LOG(warning, [A])).
-define(LOG_WARNING(A, B), ?DO_LOG(warning, [A, B])).
-define(LOG_NOTICE(A, B), ?DO_LOG(notice, [A, B])).
-define(LOG_INFO(A, B), ?DO_LOG(info, [A, B])).
-define(LOG_DEBUG(A, B), ?DO_LOG(debug, [A, B])).
