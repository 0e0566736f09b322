// Package lint checks a parsed module for the errors erlc reports after
// parsing: the semantic rules of Erlang that the permissive grammar does not
// enforce. It follows OTP 25's erl_lint, and its messages and positions are
// erlc's, so that `erl2go` and `erlc` reject the same programs in the same words.
//
// Input: an *ast.Module from package parse (after the preprocessor), and the
// FileSet its positions point into. Output: errors added to a
// source.ErrorList, and those of erlc's default warnings that lint can give
// exactly: unused, shadowed and exported variables, unused functions and
// records, obsolete guard tests (integer(X)), calls and imports that
// override auto-imported BIFs (honouring the nowarn_unused_vars,
// nowarn_shadow_vars, nowarn_unused_function, nowarn_unused_record,
// nowarn_obsolete_guard and export_all options); the list is then sorted by
// position. The other default warnings (deprecated calls, unused types,
// format strings, behaviours, ...) are left out rather than given inexactly.
// Module never changes the tree.
//
// What lint checks (see the testdata files for every message, each checked
// against erlc by testdata/check-erlc.sh):
//
//   - module: a -module first; export, import and other attributes before the
//     first function; exported, called and fun-referenced local functions
//     defined; no function defined twice or both defined and imported;
//     imports that clash with each other or with pre-R14 auto-imported BIFs;
//     calls to local functions that override such BIFs; one -on_load, of
//     arity 0; functions named by inline and nowarn_unused_function options,
//     -nifs, -dialyzer (whose options must be known) defined;
//     -optional_callbacks naming declared callbacks, once each; -deprecated
//     naming exported functions.
//   - variables: every use bound; variables bound in only some clauses of
//     case/if/receive, or inside try/catch, unsafe after it; fun heads and
//     generator patterns shadow; nothing bound in a fun or comprehension
//     visible outside; guard and binary-size variables bound; the stack trace
//     variable fresh and kept out of guards; no variables in record defaults.
//   - patterns: only literals, variables, constructors, constant arithmetic,
//     "string" ++ P, maps with :=, defined records, binaries whose segments
//     have sizes bound earlier; no binary or map aliases that cannot work.
//   - guards: only guard BIFs (not overridden by local functions), operators
//     and constructors.
//   - records: defined before use, fields defined and not repeated, `_ =`
//     meaningful; no record defined twice.
//   - bit syntax: type specifiers known and consistent, unit only with size,
//     no size or unit for utf types, unsized binaries last.
//   - types and specs: specs for defined functions only, once each; user
//     types defined; built-in types not redefined; type variables used twice;
//     ranges and binary types well formed; callbacks declared once.
//
// Invariants for later passes, when lint reports no error: every variable use
// is bound at that point and every pattern variable is either new or already
// bound (so a match is a binding or a comparison, known statically); every
// local call, fun f/N and export names a defined function or an
// auto-imported BIF (record_info/2 and module_info/0,1 aside); every record
// and field named exists; guards contain only guard expressions; patterns
// contain only pattern forms; bit-syntax type lists are consistent.
//
// The variable analysis mirrors erl_lint's tables (vars.go) rather than
// inventing its own rules, since the exact set of programs accepted (for
// example, which variables a case exports) is part of the language, and
// the unused-variable warnings depend on the same bookkeeping.
//
// Positions: erl_parse puts some nodes at their operator ('=', '+', ':', '#',
// '=>') where our AST has the node's first token, and an attribute at its
// name where ours has the '-'. Attributes are corrected (attrPos); errors at
// operators go through anchor(), so their column can differ from erlc's
// until the AST records operator positions.
//
// Testing: testdata/*.erl hold chunks with the expected messages inline;
// TestErrors runs them through our preproc and parse, TestErrorsErlParse
// through Erlang's own parser (testdata/absform.escript, when Erlang is
// installed), and testdata/check-erlc.sh checks every expectation against
// erlc itself. The OTP tests lint OTP's sources, which must give no error
// and the same unused-variable warnings as erl_lint.
package lint
