// Package preproc is the Erlang preprocessor: OTP 25's epp, over the
// tokens of the ANTLR lexer in package grammar.
//
// # Input and output
//
// File reads a source file (through Options.ReadFile), adds it and every
// file it includes to a source.FileSet, and returns the file as a list of
// forms, each the tokens of one form ending with a FORM_END token, plus a
// source.ErrorList of errors and warnings ("file:line:col: message").
// It does what epp:parse_file does before erl_parse sees the tokens:
//
//   - -define/-undef, ?M and ?M(Args) with overloading by arity, ??Arg,
//     and the predefined macros (?MODULE, ?MODULE_STRING, ?FILE, ?LINE,
//     ?MACHINE, ?FUNCTION_NAME, ?FUNCTION_ARITY, ?OTP_RELEASE,
//     ?BASE_MODULE, ?FEATURE_AVAILABLE(F), ?FEATURE_ENABLED(F));
//   - -ifdef, -ifndef, -if, -elif, -else, -endif (skipped sections are
//     tokenized but not expanded);
//   - -include and -include_lib, with epp's search order (see include.go);
//   - -error and -warning, -file (which changes the reported positions of
//     the lines after it, through source.File.AddLineInfo);
//   - -feature(maybe_expr, enable|disable): maybe and else are keywords
//     only while the feature is on, and are turned into ATOM tokens
//     otherwise.
//
// Directives other than -file do not appear in the output. Like epp, the
// output starts with a -file("Name", 1) attribute, and each include is
// bracketed by -file attributes naming the included file and then the
// including one again with the line reading resumes at. Tokens made by the
// preprocessor have Text that lexes back to them (a ?LINE becomes an
// INTEGER with the line as text, ??Arg a STRING written as io_lib would).
//
// # Positions
//
// A token keeps its position unless it comes from a macro expansion: then,
// as in epp, it gets the position of the macro name in the call (the token
// after '?'), except for argument tokens, which keep theirs; body tokens
// after an argument take the position of the argument's last token (epp
// does that too). So a function whose head comes from a macro is reported
// at the macro call.
//
// # Errors
//
// Messages use epp's and erl_scan's words. As in epp, a form with an error
// is dropped and preprocessing goes on with the next one, so that several
// errors are reported at once: lexical errors (unterminated strings, bad
// escapes, bad bases, characters erl_scan rejects: after one, reading goes
// on right after the point of failure, as erl_scan does, even inside a
// string; see scanerr.go), undefined macros, argument
// mismatches, badly formed directives, missing include files, unbalanced
// conditionals. A macro that calls itself directly or through other macros
// is reported when called ("circular macro 'M'"), as epp does; expansion is
// also bounded in depth and size (see expand.go), so that no input makes it
// loop or exhaust memory. Invalid UTF-8 (without a "coding: latin-1"
// comment) stops the file, as it stops epp.
//
// # Invariants
//
// Every Form is non-empty and ends with a FORM_END token; no token has a
// preprocessor-only type (QMARK survives only inside a form epp would also
// pass on, where the parser rejects it). Forms may share storage with each
// other and with the lexer's token array: treat them as read-only.
//
// # Deliberate differences from epp
//
// epp hands a last form that lacks its dot to the parser, which says
// "syntax error before: "; here that error is reported and the form is
// dropped. The -error term is printed on one line (epp's ~tp may break a
// long one). -D values are tokenized as written rather than parsed as a
// term and printed back (so -DX=16#ff stringifies as "255" in epp and here
// too, but -DX=[1,2] gives the tokens written, not erl_parse's). After a
// -file attribute, epp also restarts columns at 1 on the rest of its line;
// source.File cannot express that, so those tokens keep their columns.
// The lexer (grammar) splits a few malformed numbers differently from
// erl_scan ("16#_1", "1.5e"): both reject them, with other messages.
package preproc
