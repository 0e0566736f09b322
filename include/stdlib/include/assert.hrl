%% erl2go's assert.hrl: the assertion macros of OTP's stdlib header, for
%% machines without Erlang. Written for erl2go; the macros and the error
%% terms they raise are those OTP documents, so a failure reads the same
%% here and on BEAM:
%%
%%   error:{assertEqual, [{module, M}, {line, L}, {expression, "Src"},
%%                        {expected, X}, {value, V}]}
%%
%% NOASSERT turns every assertion into 'ok'; ASSERT wins over NOASSERT;
%% NODEBUG implies NOASSERT unless DEBUG or ASSERT is defined.
%%
%% Each macro is a fun applied at once, so the variables it binds (all
%% named with a double underscore) never leak into the caller.

-ifndef(ASSERT_HRL).
-define(ASSERT_HRL, true).

-ifdef(NODEBUG).
-ifndef(DEBUG).
-ifndef(NOASSERT).
-define(NOASSERT, true).
-endif.
-endif.
-endif.

-ifdef(ASSERT).
-undef(NOASSERT).
-endif.

%% The failure term: {Name, [{module, M}, {line, L} | Info]}.
-define(EUNIT__FAIL(Name, Info),
        erlang:error({Name, [{module, ?MODULE}, {line, ?LINE} | Info]})).

-ifdef(NOASSERT).
-define(assert(BoolExpr), ok).
-define(assert(BoolExpr, Comment), ok).
-define(assertNot(BoolExpr), ok).
-define(assertNot(BoolExpr, Comment), ok).
-define(assertMatch(Guard, Expr), ok).
-define(assertMatch(Guard, Expr, Comment), ok).
-define(assertNotMatch(Guard, Expr), ok).
-define(assertNotMatch(Guard, Expr, Comment), ok).
-define(assertEqual(Expect, Expr), ok).
-define(assertEqual(Expect, Expr, Comment), ok).
-define(assertNotEqual(Unexpected, Expr), ok).
-define(assertNotEqual(Unexpected, Expr, Comment), ok).
-define(assertException(Class, Term, Expr), ok).
-define(assertException(Class, Term, Expr, Comment), ok).
-define(assertNotException(Class, Term, Expr), ok).
-define(assertNotException(Class, Term, Expr, Comment), ok).
-else.

%% assert and assertNot compare with a boolean the compiler cannot see
%% through (an unset process dictionary key), so that neither branch draws
%% a "cannot match" warning.
-define(EUNIT__BOOL(Want, BoolExpr, Extra),
        begin
        ((fun () ->
            W__ant = (Want =:= (get('$eunit__unset') =:= undefined)),
            case (BoolExpr) of
                W__ant -> ok;
                V__al ->
                    ?EUNIT__FAIL(assert,
                                 Extra ++ [{expression, (??BoolExpr)},
                                           {expected, W__ant},
                                           case V__al of
                                               _ when V__al =:= (not W__ant) -> {value, V__al};
                                               _ -> {not_boolean, V__al}
                                           end])
            end
          end)())
        end).
-define(assert(BoolExpr), ?EUNIT__BOOL(true, BoolExpr, [])).
-define(assert(BoolExpr, Comment), ?EUNIT__BOOL(true, BoolExpr, [{comment, (Comment)}])).
-define(assertNot(BoolExpr), ?EUNIT__BOOL(false, BoolExpr, [])).
-define(assertNot(BoolExpr, Comment), ?EUNIT__BOOL(false, BoolExpr, [{comment, (Comment)}])).

-define(EUNIT__MATCH(Guard, Expr, Extra),
        begin
        ((fun () ->
            case (Expr) of
                Guard -> ok;
                V__al -> ?EUNIT__FAIL(assertMatch,
                                      Extra ++ [{expression, (??Expr)},
                                                {pattern, (??Guard)},
                                                {value, V__al}])
            end
          end)())
        end).
-define(assertMatch(Guard, Expr), ?EUNIT__MATCH(Guard, Expr, [])).
-define(assertMatch(Guard, Expr, Comment), ?EUNIT__MATCH(Guard, Expr, [{comment, (Comment)}])).

-define(EUNIT__NOMATCH(Guard, Expr, Extra),
        begin
        ((fun () ->
            V__al = (Expr),
            case V__al of
                Guard -> ?EUNIT__FAIL(assertNotMatch,
                                      Extra ++ [{expression, (??Expr)},
                                                {pattern, (??Guard)},
                                                {value, V__al}]);
                _ -> ok
            end
          end)())
        end).
-define(assertNotMatch(Guard, Expr), ?EUNIT__NOMATCH(Guard, Expr, [])).
-define(assertNotMatch(Guard, Expr, Comment), ?EUNIT__NOMATCH(Guard, Expr, [{comment, (Comment)}])).

-define(EUNIT__EQUAL(Expect, Expr, Extra),
        begin
        ((fun () ->
            E__xp = (Expect),
            case (Expr) of
                E__xp -> ok;
                V__al -> ?EUNIT__FAIL(assertEqual,
                                      Extra ++ [{expression, (??Expr)},
                                                {expected, E__xp},
                                                {value, V__al}])
            end
          end)())
        end).
-define(assertEqual(Expect, Expr), ?EUNIT__EQUAL(Expect, Expr, [])).
-define(assertEqual(Expect, Expr, Comment), ?EUNIT__EQUAL(Expect, Expr, [{comment, (Comment)}])).

-define(EUNIT__NOTEQUAL(Unexpected, Expr, Extra),
        begin
        ((fun () ->
            U__nx = (Unexpected),
            case (Expr) of
                U__nx -> ?EUNIT__FAIL(assertNotEqual,
                                      Extra ++ [{expression, (??Expr)},
                                                {value, U__nx}]);
                _ -> ok
            end
          end)())
        end).
-define(assertNotEqual(Unexpected, Expr), ?EUNIT__NOTEQUAL(Unexpected, Expr, [])).
-define(assertNotEqual(Unexpected, Expr, Comment),
        ?EUNIT__NOTEQUAL(Unexpected, Expr, [{comment, (Comment)}])).

%% The pattern shown for exceptions: "{ Class , Term , [...] }".
-define(EUNIT__EXCPAT(Class, Term), "{ " ++ (??Class) ++ " , " ++ (??Term) ++ " , [...] }").

-define(EUNIT__EXC(Class, Term, Expr, Extra),
        begin
        ((fun () ->
            try (Expr) of
                V__al -> ?EUNIT__FAIL(assertException,
                                      Extra ++ [{expression, (??Expr)},
                                                {pattern, ?EUNIT__EXCPAT(Class, Term)},
                                                {unexpected_success, V__al}])
            catch
                Class:Term -> ok;
                C__ls:T__rm:S__tk ->
                    ?EUNIT__FAIL(assertException,
                                 Extra ++ [{expression, (??Expr)},
                                           {pattern, ?EUNIT__EXCPAT(Class, Term)},
                                           {unexpected_exception, {C__ls, T__rm, S__tk}}])
            end
          end)())
        end).
-define(assertException(Class, Term, Expr), ?EUNIT__EXC(Class, Term, Expr, [])).
-define(assertException(Class, Term, Expr, Comment),
        ?EUNIT__EXC(Class, Term, Expr, [{comment, (Comment)}])).

-define(EUNIT__NOEXC(Class, Term, Expr, Extra),
        begin
        ((fun () ->
            try (Expr) of
                _ -> ok
            catch
                C__ls:T__rm:S__tk ->
                    %% Class and Term may each carry a guard: match them apart.
                    case C__ls of
                        Class ->
                            case T__rm of
                                Term ->
                                    ?EUNIT__FAIL(assertNotException,
                                                 Extra ++ [{expression, (??Expr)},
                                                           {pattern, ?EUNIT__EXCPAT(Class, Term)},
                                                           {unexpected_exception, {C__ls, T__rm, S__tk}}]);
                                _ -> ok
                            end;
                        _ -> ok
                    end
            end
          end)())
        end).
-define(assertNotException(Class, Term, Expr), ?EUNIT__NOEXC(Class, Term, Expr, [])).
-define(assertNotException(Class, Term, Expr, Comment),
        ?EUNIT__NOEXC(Class, Term, Expr, [{comment, (Comment)}])).
-endif.

-define(assertError(Term, Expr), ?assertException(error, Term, Expr)).
-define(assertError(Term, Expr, Comment), ?assertException(error, Term, Expr, Comment)).
-define(assertExit(Term, Expr), ?assertException(exit, Term, Expr)).
-define(assertExit(Term, Expr, Comment), ?assertException(exit, Term, Expr, Comment)).
-define(assertThrow(Term, Expr), ?assertException(throw, Term, Expr)).
-define(assertThrow(Term, Expr, Comment), ?assertException(throw, Term, Expr, Comment)).

-endif. % ASSERT_HRL
