// ErlangLexer tokenizes raw Erlang source (OTP 25), including the
// preprocessor's syntax (? and ?? macro calls). See doc.go for the token
// vocabulary, the error tokens and how the form-ending dot is found.
//
// Written from the Erlang Reference Manual ("Data Types", "Expressions",
// "Preprocessor"); the behaviour of erl_scan was the oracle for corner cases.
lexer grammar ErlangLexer;

@lexer::members {
// formEndFollows reports whether c, the character after a '.', makes that dot
// the end of a form: whitespace (as erl_scan defines it), a comment, or EOF.
func formEndFollows(c int) bool {
	return c == antlr.TokenEOF || c == '%' || (c >= 0 && c <= ' ') || (c >= 0x80 && c <= 0xA0)
}
}

// ---------------------------------------------------------------------------
// Reserved words. They come before ATOM so that on a tie they win.
// MAYBE and ELSE are always emitted; the preprocessor turns them back into
// ATOM tokens when the maybe_expr feature is not enabled.

AFTER   : 'after';
AND     : 'and';
ANDALSO : 'andalso';
BAND    : 'band';
BEGIN   : 'begin';
BNOT    : 'bnot';
BOR     : 'bor';
BSL     : 'bsl';
BSR     : 'bsr';
BXOR    : 'bxor';
CASE    : 'case';
CATCH   : 'catch';
COND    : 'cond';
DIV     : 'div';
END     : 'end';
FUN     : 'fun';
IF      : 'if';
LET     : 'let';
NOT     : 'not';
OF      : 'of';
OR      : 'or';
ORELSE  : 'orelse';
RECEIVE : 'receive';
REM     : 'rem';
TRY     : 'try';
WHEN    : 'when';
XOR     : 'xor';
MAYBE   : 'maybe';
ELSE    : 'else';

// ---------------------------------------------------------------------------
// Literals. Token text is the raw source text; escapes, bases and digit
// separators are decoded later.

// An unquoted atom starts with a lower-case Latin-1 letter.
ATOM : [a-z\u00DF-\u00F6\u00F8-\u00FF] NAME_CHAR*;

// A variable starts with an upper-case Latin-1 letter or '_'.
VAR : [A-Z_\u00C0-\u00D6\u00D8-\u00DE] NAME_CHAR*;

// 1.5, 1.0e10, 2.5E-3, 1_000.0. "1." is not a float: it is INTEGER then a dot.
FLOAT : DIGITS '.' DIGITS ([eE] [+-]? DIGITS)?;

// 42, 1_000, 16#ff, 2#1010, 16#FF_FF. The base and the digits are checked
// when the text is decoded.
INTEGER : DIGITS ('#' ALNUM+ ('_' ALNUM+)*)?;

// $a, $\n, $\x{1F600}, $\x41, $\^A, $\101, $ (a space), $ followed by a newline.
CHAR : '$' ('\\' ESCAPE_BODY | ~'\\');

// 'Foo bar' with escapes; the text keeps the quotes.
QATOM : '\'' (ESCAPE | ~['\\])* '\'';

// "..." with escapes; the text keeps the quotes. Adjacent strings are
// separate tokens: the parser concatenates them.
STRING : '"' (ESCAPE | ~["\\])* '"';

// ---------------------------------------------------------------------------
// Punctuation and operators. Longest match decides between prefixes
// (e.g. '=:=' over '=' ':').

LPAREN      : '(';
RPAREN      : ')';
LBRACE      : '{';
RBRACE      : '}';
LBRACK      : '[';
RBRACK      : ']';
COMMA       : ',';
SEMI        : ';';
COLONCOLON  : '::';
COLON       : ':';
DPIPE       : '||';
PIPE        : '|';
ARROW       : '->';
DARROW      : '=>';
ASSOC_MATCH : ':=';
EXACT_EQ    : '=:=';
EXACT_NEQ   : '=/=';
EQEQ        : '==';
LE          : '=<';
MATCH       : '=';
NEQ         : '/=';
SEND        : '!';
MAYBE_MATCH : '?=';
QMARK       : '?';
HASH        : '#';

// The end-of-form dot: a '.' followed by whitespace, a '%' comment or end
// of file. The predicate only looks at the next character, so a following
// comment is still lexed as a comment. It comes before DOT to win the tie.
FORM_END    : '.' {formEndFollows(p.GetInputStream().LA(1))}?;
DOTDOTDOT   : '...';
DOTDOT      : '..';
DOT         : '.';

GE          : '>=';
BINCLOSE    : '>>';
GT          : '>';
LARROW      : '<-';
LDARROW     : '<=';
BINOPEN     : '<<';
LT          : '<';
PLUSPLUS    : '++';
PLUS        : '+';
MINUSMINUS  : '--';
MINUS       : '-';
STAR        : '*';
SLASH       : '/';

// ---------------------------------------------------------------------------
// Skipped text.

COMMENT : '%' ~[\n]* -> skip;

// Whitespace as erl_scan defines it: \000-\s and \200-\240.
WS : [\u0000-\u0020\u0080-\u00A0]+ -> skip;

// ---------------------------------------------------------------------------
// Error tokens: the lexer never fails. The parser has no rule that accepts
// them, so they surface as syntax errors at their position unless the
// caller reports them first.

// A string or quoted atom that runs to the end of the input.
UNTERMINATED_STRING : '"' (ESCAPE | ~["\\])* '\\'?;
UNTERMINATED_QATOM  : '\'' (ESCAPE | ~['\\])* '\\'?;

// Any other character (including '$' at end of input, and the characters
// erl_scan would turn into one-character atoms such as '@' or '~').
ERROR_CHAR : .;

// ---------------------------------------------------------------------------
// Fragments.

fragment NAME_CHAR : [a-zA-Z0-9_@\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF];
fragment DIGITS    : [0-9]+ ('_' [0-9]+)*;
fragment ALNUM     : [0-9a-zA-Z];
fragment HEX       : [0-9a-fA-F];

// ESCAPE is a backslash sequence inside a string or quoted atom. "\^" takes
// the next character whatever it is, so "\^"" does not end the string.
fragment ESCAPE : '\\' ('^' . | .);

// ESCAPE_BODY is what may follow the backslash of a character literal.
fragment ESCAPE_BODY
    : [0-7] [0-7]? [0-7]?
    | 'x' '{' HEX* '}'
    | 'x' HEX HEX
    | '^' .
    | .
    ;
