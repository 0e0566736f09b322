%% erl2go's eunit.hrl, for machines without Erlang: the macros of OTP's
%% EUnit header, written for erl2go. With an installed Erlang, erl2go uses
%% that one instead.
%%
%% Including it turns testing on (defines TEST and EUNIT) unless NOTEST is
%% defined; TEST wins over NOTEST, DEBUG over NODEBUG. The -compile
%% attribute below is what erl2go's translator looks for to export test
%% functions and add test/0 (eunit_autoexport), or to drop them when
%% testing is off (eunit_striptests).

-ifndef(EUNIT_HRL).
-define(EUNIT_HRL, true).

-ifdef(TEST).
-undef(NOTEST).
-endif.
-ifdef(DEBUG).
-undef(NODEBUG).
-endif.

-ifndef(NOTEST).
-ifndef(ASSERT).
-define(ASSERT, true).
-endif.
-ifndef(TEST).
-define(TEST, true).
-endif.
-ifndef(EUNIT).
-define(EUNIT, true).
-endif.
-else.
-undef(EUNIT).
-endif.

-include_lib("stdlib/include/assert.hrl").

-ifndef(EUNIT_NOAUTO).
-ifndef(NOTEST).
-compile({parse_transform, eunit_autoexport}).
-else.
-compile({parse_transform, eunit_striptests}).
-endif.
-endif.

%% ?LET(X, Y, Z): Z with X bound to Y, in a scope of its own.
-ifndef(LET).
-define(LET(X, Y, Z), begin ((fun (X) -> (Z) end)(Y)) end).
-endif.

%% ?IF(B, T, F): T when B is true, F when it is false.
-ifndef(IF).
-define(IF(B, T, F), begin (case (B) of true -> (T); false -> (F) end) end).
-endif.

%% ?MATCHES(G, E): whether E matches the guarded pattern G.
-ifndef(MATCHES).
-define(MATCHES(G, E), begin (case (E) of G -> true; _ -> false end) end).
-endif.

%% ?UNDER_EUNIT: whether the code runs as part of an EUnit test. (OTP's
%% header asks process_info about the group leader; erl2go's runtime
%% answers eunit_proc:under_eunit() instead.)
-ifndef(UNDER_EUNIT).
-define(UNDER_EUNIT, (eunit_proc:under_eunit())).
-endif.

%% ?capturedOutput: what the running test has written so far.
-ifndef(capturedOutput).
-define(capturedOutput,
        case ?UNDER_EUNIT of
            true -> eunit_proc:get_output();
            false -> ""
        end).
-endif.

%% Test objects: {Line, Fun} pairs that EUnit runs.
-define(_test(Expr), {?LINE, fun () -> (Expr) end}).
-define(_assert(BoolExpr), ?_test(?assert(BoolExpr))).
-define(_assertNot(BoolExpr), ?_assert(not (BoolExpr))).
-define(_assertMatch(Guard, Expr), ?_test(?assertMatch(Guard, Expr))).
-define(_assertNotMatch(Guard, Expr), ?_test(?assertNotMatch(Guard, Expr))).
-define(_assertEqual(Expect, Expr), ?_test(?assertEqual(Expect, Expr))).
-define(_assertNotEqual(Unexpected, Expr), ?_test(?assertNotEqual(Unexpected, Expr))).
-define(_assertException(Class, Term, Expr), ?_test(?assertException(Class, Term, Expr))).
-define(_assertError(Term, Expr), ?_assertException(error, Term, Expr)).
-define(_assertExit(Term, Expr), ?_assertException(exit, Term, Expr)).
-define(_assertThrow(Term, Expr), ?_assertException(throw, Term, Expr)).
-define(_assertNotException(Class, Term, Expr), ?_test(?assertNotException(Class, Term, Expr))).

%% Operating system commands: eunit_lib:command(Cmd) gives {Status, Output}.
-define(_cmd_(Cmd), (eunit_lib:command(Cmd))).

%% The failure term of a command: {Name, [{module, M}, {line, L}, {command, Cmd} | Info]}.
-define(EUNIT__CMDFAIL(Name, Cmd, Info),
        erlang:error({Name, [{module, ?MODULE}, {line, ?LINE}, {command, (Cmd)} | Info]})).

%% ?cmdStatus(N, Cmd): Cmd's output, when it exits with status N.
-define(cmdStatus(N, Cmd),
        begin
        ((fun () ->
            case ?_cmd_(Cmd) of
                {(N), O__ut} -> O__ut;
                {S__t, _} -> ?EUNIT__CMDFAIL(command_failed, Cmd,
                                             [{expected_status, (N)}, {status, S__t}])
            end
          end)())
        end).
-define(_cmdStatus(N, Cmd), ?_test(?cmdStatus(N, Cmd))).
-define(cmd(Cmd), ?cmdStatus(0, Cmd)).
-define(_cmd(Cmd), ?_test(?cmd(Cmd))).

-ifdef(NOASSERT).
-define(assertCmdStatus(N, Cmd), ok).
-define(assertCmdOutput(T, Cmd), ok).
-else.
-define(assertCmdStatus(N, Cmd),
        begin
        ((fun () ->
            case ?_cmd_(Cmd) of
                {(N), _} -> ok;
                {S__t, _} -> ?EUNIT__CMDFAIL(assertCmd_failed, Cmd,
                                             [{expected_status, (N)}, {status, S__t}])
            end
          end)())
        end).
-define(assertCmdOutput(T, Cmd),
        begin
        ((fun () ->
            case ?_cmd_(Cmd) of
                {_, (T)} -> ok;
                {_, O__ut} -> ?EUNIT__CMDFAIL(assertCmdOutput_failed, Cmd,
                                              [{expected_output, (T)}, {output, O__ut}])
            end
          end)())
        end).
-endif.
-define(assertCmd(Cmd), ?assertCmdStatus(0, Cmd)).
-define(_assertCmdStatus(N, Cmd), ?_test(?assertCmdStatus(N, Cmd))).
-define(_assertCmd(Cmd), ?_test(?assertCmd(Cmd))).
-define(_assertCmdOutput(T, Cmd), ?_test(?assertCmdOutput(T, Cmd))).

%% Debug output goes to the user device, past EUnit's output capture:
%% "file.erl:Line:<pid>: text".
-ifdef(NODEBUG).
-define(debugMsg(S), ok).
-define(debugHere, ok).
-define(debugFmt(S, As), ok).
-define(debugVal(E), (E)).
-define(debugVal(E, D), (E)).
-define(debugTime(S, E), (E)).
-else.
-define(debugMsg(S),
        begin
            io:fwrite(user, <<"~ts:~w:~w: ~ts\n">>, [?FILE, ?LINE, self(), S]),
            ok
        end).
-define(debugHere, (?debugMsg("<-"))).
-define(debugFmt(S, As), (?debugMsg(io_lib:format((S), (As))))).
-ifndef(EUNIT_DEBUG_VAL_DEPTH).
-define(EUNIT_DEBUG_VAL_DEPTH, 15).
-endif.
-define(debugVal(E, D),
        begin
        ((fun (V__al) ->
            ?debugFmt(<<"~ts = ~tP">>, [(??E), V__al, D]),
            V__al
          end)(E))
        end).
-define(debugVal(E), ?debugVal(E, ?EUNIT_DEBUG_VAL_DEPTH)).
-define(debugTime(S, E),
        begin
        ((fun () ->
            {T__0, _} = statistics(wall_clock),
            V__al = (E),
            {T__1, _} = statistics(wall_clock),
            ?debugFmt(<<"~ts: ~.3f s">>, [(S), (T__1 - T__0) / 1000]),
            V__al
          end)())
        end).
-endif.

-endif. % EUNIT_HRL
