// Package parse turns preprocessed Erlang tokens into the syntax tree of
// package ast. It is the only package that sees ANTLR's parse tree: the tree
// of each form is built, turned into ast nodes, and dropped.
//
// # API
//
//	Forms(fset, file, forms, errs) *ast.Module  // every form of a file
//	Form(fset, toks, errs) ast.Form              // one form; nil on error
//
// Input: the forms made by translate/preproc, each a slice of tokens ending
// in FORM_END, with positions in fset. Output: one ast.Form per good form,
// in order. A bad form is reported in errs and left out, and parsing goes
// on with the next form, as epp and erl_parse do. Nothing panics out of
// this package: each form is a recover boundary, where an unexpected panic
// becomes an "internal error in parser" at the form's first token.
//
// # Errors
//
// Messages are erlc's, at the position erlc gives:
//
//   - erl_scan's, for tokens the lexer let through but erl_scan rejects:
//     illegal atom (longer than 255 characters), illegal base 'N',
//     illegal integer, illegal float, illegal character (a bad escape, or a
//     character that starts no token), unterminated string/atom starting
//     with "...". Only the first one of a form is reported, and the form is
//     dropped before parsing, as erl_scan's error makes epp drop it.
//   - erl_parse's "syntax error before: X", X written as yecc writes
//     tokens (atoms as Erlang writes them, 'end', '.', "str", $c, 255 for
//     16#ff; floats keep their source text). Only the first syntax error
//     of a form is reported: erl_parse stops there too.
//   - erl_parse's checks after parsing: head mismatch, bad attribute, bad
//     Name/Arity, bad function name/arity, bad record declaration/field,
//     bad type declaration/variable, unsupported constraint, Bad binary
//     type, badly formed 'file', and the syntax errors erl_parse finds
//     where this grammar is more permissive (a < b < c, << X:8 || ... >>,
//     map comprehensions with := or a base).
//   - "form nested more than 100000 levels deep": both parsers recurse
//     per level, and exhausting Go's stack would kill the process.
//
// testdata/errors holds one file per kind with the expected message written
// on each failing line; a test checks them against erlc when it is installed.
//
// # Speed
//
// A form first goes to a hand-written recursive-descent parser (fast.go,
// fastattr.go, fasttypes.go) that builds the AST straight from the tokens:
// ANTLR's Go runtime spends most of its time allocating parse-tree
// contexts, and this path is about ten times faster. It accepts a subset of
// the grammar and gives up on anything unusual or wrong; the form then
// takes the ANTLR path below, which owns every error message. When it
// accepts a form, its AST is exactly the ANTLR path's:
// TestFastMatchesANTLROnOTP checks that on every form of stdlib, kernel and
// compiler (it takes all 27,897) and FuzzFastPath on random input.
//
// The ANTLR path (forms the fast path gave up on: errors, and oddities such
// as catch used as an operand) parses a form twice only if it has to: first with SLL prediction and an
// error strategy that gives up at once, which is right for nearly every
// valid form; if that fails, again with full LL prediction and the default
// strategy, which either succeeds (SLL was too weak) or finds the first
// error the way an LR parser would, and is stopped there. No form of
// stdlib, kernel or compiler needs the second pass.
//
// Forms are independent, so Forms parses them in parallel (GOMAXPROCS
// workers taking chunks of consecutive forms; errors are merged in form
// order, so the output does not depend on scheduling). ANTLR's DFA cache is
// shared and locked by the runtime; each worker has its own parser and token
// buffer. Tokens are handed to ANTLR as a slice (no lexer, no buffering),
// and line and column are computed only when ANTLR reports an error.
//
// # Invariants of the output
//
// See package ast for those every pass relies on (literals decoded,
// adjacent strings joined, catch clauses with three patterns). Besides:
//
//   - Positions: every node is at its first token. For tokens that come from
//     a macro expansion that is the macro call. A Function is at its first
//     clause's name. Cons cells of [A, B | T] are at their head element,
//     except the outermost, which is at the '['; the Nil ending a list is at
//     its ']'. An omitted catch class (throw) and stack trace (_) are at the
//     reason pattern.
//   - Negative numbers stay UnaryOp{"-", Integer} in patterns and
//     expressions, as erl_parse leaves them ({op,_,'-',{integer,_,1}});
//     folding them is the next pass's business.
//   - A bare M:F outside a call is an *ast.Remote; lint rejects it.
//   - Bit syntax type specifiers: Value is the number after ':' (unit:8 is
//     {unit, 8}), -1 when there is none.
//   - Record field names in expressions: the atom, or the variable's name
//     (erl_parse accepts any variable; only _ means something).
//   - Attribute values are literal terms (erl_parse's rule; anything else is
//     a "bad attribute"), with each Name/Arity turned into the tuple
//     {Name, Arity} as erl_parse does (-compile({inline, [f/1]}) holds
//     {inline, [{f, 1}]}). -file("f", N) is an Attribute whose value is the
//     tuple {"f", N}.
//   - Types: unions are flattened to the right as erl_parse does (a | (b | c)
//     is one union of three); integer expressions (-1, 1 bsl 8, ranges) are
//     TypeLit or TypeRange over ordinary expressions, and anything else in
//     them is reported as erl_lint's "bad integer type".
package parse
