// ErlangParser parses preprocessed Erlang (OTP 25, plus OTP 26 map
// comprehensions): a token stream from ErlangLexer after the preprocessor has
// expanded macros and removed QMARK tokens, -define, -ifdef and the like.
//
// Written from the Erlang Reference Manual; erl_parse.yrl was read (not
// copied) to match what erlc accepts. See doc.go for the tree shape and for
// the places where this grammar is more permissive than erl_parse.
//
// Speed: every decision that could look ahead over a whole expression is
// left-factored (lists, comprehensions, calls, map and record suffixes) so
// that SLL prediction decides with one or two tokens in the common case.
parser grammar ErlangParser;

options { tokenVocab = ErlangLexer; }

// ---------------------------------------------------------------------------
// Forms.

forms : form* EOF ;

form : (attribute | function) FORM_END ;

// A single form, for callers that split the token stream at FORM_END.
formOnly : form EOF ;

// -Name Value. Which names may take which shape is checked later (erl_parse
// does the same in build_attribute): only -spec and -callback may take a
// specification, only -type and -opaque a "::" definition, and -foo(a, b)
// or -foo a, b parse but are bad attributes.
attribute : MINUS atom attrBody ;

// -foo(...) or -foo ... (erl_parse accepts "-module foo." too). When the
// body starts with '(' both alternatives may match; the first one wins, so
// -export([f/1]) is always a parenAttrBody holding the list.
attrBody
    : LPAREN attrArgs RPAREN                                # parenAttrBody
    | attrArgs                                              # bareAttrBody
    ;

attrArgs
    : specFun typeSigs                                      # specArgs
    | expr COLONCOLON topType                               # typeDefArgs
    | expr COMMA typedRecordFields                          # recordDefArgs
    | expr (COMMA expr)*                                    # valueArgs
    ;

// -record(r, {a = 1 :: integer(), b}). An untyped -record(r, {a, b}) also
// parses as this (recordDefArgs comes before valueArgs), so the fields may
// carry no type at all.
typedRecordFields : LBRACE (typedRecordField (COMMA typedRecordField)*)? RBRACE ;

// a, a = Default, a :: T, a = Default :: T (the default is a match expression).
typedRecordField : expr (COLONCOLON topType)? ;

// -spec f(A) -> B; (C) -> D when C :: t().   -spec m:f(...) -> ....
specFun : atom (COLON atom)? ;

typeSigs : typeSig (SEMI typeSig)* ;

typeSig : funType (WHEN typeGuards)? ;

typeGuards : typeGuard (COMMA typeGuard)* ;

// X :: t() or the old is_subtype(X, t()).
typeGuard
    : VAR COLONCOLON topType                                # annotatedGuard
    | atom LPAREN topTypes RPAREN                           # subtypeGuard
    ;

// ---------------------------------------------------------------------------
// Types.

topTypes : topType (COMMA topType)* ;

// Name :: T binds loosest, then unions. A union is right-nested here:
// a | b | c is a | (b | c).
topType
    : VAR COLONCOLON topType                                # annType
    | type (PIPE topType)?                                  # unionType
    ;

type
    : op=(PLUS | MINUS | BNOT | NOT) type                   # unaryType
    | type op=(SLASH | STAR | DIV | REM | BAND | AND) type  # multType
    | type op=(PLUS | MINUS | BOR | BXOR | BSL | BSR | OR | XOR) type # addType
    | type DOTDOT type                                      # rangeType
    | LPAREN topType RPAREN                                 # parenType
    | VAR                                                   # varType
    | atom COLON atom LPAREN topTypes? RPAREN               # remoteType
    | atom (LPAREN topTypes? RPAREN)?                       # namedType
    | LBRACK RBRACK                                         # nilType
    | LBRACK topType (COMMA DOTDOTDOT)? RBRACK              # listType
    | HASH LBRACE mapPairTypes? RBRACE                      # mapType
    | HASH atom LBRACE fieldTypes? RBRACE                   # recordType
    | LBRACE topTypes? RBRACE                               # tupleType
    | binaryType                                            # binType
    | INTEGER                                               # integerType
    | CHAR                                                  # charType
    | FUN LPAREN funType? RPAREN                            # funTypeType
    ;

// (...) -> T, () -> T, (A, B) -> T.
funType : LPAREN (DOTDOTDOT | topTypes)? RPAREN ARROW topType ;

mapPairTypes : mapPairType (COMMA mapPairType)* ;

mapPairType : topType (DARROW | ASSOC_MATCH) topType ;

fieldTypes : fieldType (COMMA fieldType)* ;

fieldType : atom COLONCOLON topType ;

// <<>>, <<_:M>>, <<_:_*N>>, <<_:M, _:_*N>>.
binaryType
    : BINOPEN BINCLOSE
    | BINOPEN binUnitType BINCLOSE
    | BINOPEN binBaseType (COMMA binUnitType)? BINCLOSE
    ;

binBaseType : VAR COLON type ;

binUnitType : VAR COLON VAR STAR type ;

// ---------------------------------------------------------------------------
// Functions and clauses.

function : functionClause (SEMI functionClause)* ;

functionClause : atom patternArgs (WHEN guard)? clauseBody ;

patternArgs : LPAREN patterns? RPAREN ;

patterns : pattern (COMMA pattern)* ;

clauseBody : ARROW exprs ;

// Guard tests: ',' is and, ';' is or.
guard : exprs (SEMI exprs)* ;

exprs : expr (COMMA expr)* ;

// ---------------------------------------------------------------------------
// Expressions. Alternatives are ordered from the highest precedence to the
// lowest, as ANTLR's left-recursion rewriting expects:
//   postfix (# . : calls)  >  unary + - bnot not  >  * / div rem band and
//   >  + - bor bxor bsl bsr or xor  >  ++ -- (right)  >  comparisons
//   >  andalso (right)  >  orelse (right)  >  = ! (right)  >  catch.
// Comparisons are non-associative in Erlang: a < b < c is a syntax error
// there, but this rule parses it left-associatively; the tree builder must
// reject a comparison whose left operand is an unparenthesized comparison.
expr
    : exprMax postfixTail?                                  # primary
    | HASH mapTuple mapSuffix*                              # mapCreate
    | HASH atom recordTail recordSuffix*                    # recordCreate
    | op=(PLUS | MINUS | BNOT | NOT) expr                   # unaryExpr
    | expr op=(SLASH | STAR | DIV | REM | BAND | AND) expr  # multExpr
    | expr op=(PLUS | MINUS | BOR | BXOR | BSL | BSR | OR | XOR) expr # addExpr
    | <assoc=right> expr op=(PLUSPLUS | MINUSMINUS) expr    # listOpExpr
    | expr op=(EQEQ | NEQ | LE | LT | GE | GT | EXACT_EQ | EXACT_NEQ) expr # compExpr
    | <assoc=right> expr ANDALSO expr                       # andalsoExpr
    | <assoc=right> expr ORELSE expr                        # orelseExpr
    | <assoc=right> expr (MATCH | SEND) expr                # matchExpr
    | CATCH expr                                            # catchExpr
    ;

// The suffixes of an exprMax, which bind tighter than any operator. One
// token after exprMax decides. As in erl_parse, the suffixes do not mix:
// M#{a => 1}#r.f, f()#r.f, f(1)(2) and a:b:c() are syntax errors.
postfixTail
    : COLON exprMax (LPAREN exprs? RPAREN)?                 # remoteTail
    | LPAREN exprs? RPAREN                                  # callTail
    | mapSuffix+                                            # mapTail
    | recordSuffix+                                         # recordOpsTail
    ;

// M#{...}
mapSuffix : HASH mapTuple ;

// R#r.f or R#r{...}
recordSuffix : HASH atom recordTail ;

// .f (field access, or #r.f: the field's index) or {f = V, ...}.
recordTail
    : DOT atom                                              # recordField
    | recordTuple                                           # recordFields
    ;

recordTuple : LBRACE (recordFieldAssign (COMMA recordFieldAssign)*)? RBRACE ;

// f = V, or _ = V for all other fields.
recordFieldAssign : (atom | VAR) MATCH expr ;

// #{K => V, K := V} and the OTP 26 map comprehension #{K => V || Qs}.
// Which forms are legal where (:= only in updates and patterns, only =>
// and a single field before ||) is checked later.
mapTuple
    : LBRACE RBRACE
    | LBRACE mapField (DPIPE lcExprs | (COMMA mapField)*) RBRACE
    ;

mapField : expr (DARROW | ASSOC_MATCH) expr ;

// The expressions that need no parentheses around them as operands of
// any operator or suffix. Literals and the bracketed forms are inlined here
// (not separate rules) because every rule invocation costs a parse-tree node:
//   VAR, ATOM, QATOM, CHAR, INTEGER, FLOAT, STRING+ (adjacent strings are one
//   string), [] and [E | T] and [E || Qs] (list with listTail), {E, ...}
//   (tuple), << >> (binary with binaryTail), (E), begin ... end, and the
//   compound expressions.
exprMax
    : VAR
    | ATOM
    | QATOM
    | CHAR
    | INTEGER
    | FLOAT
    | STRING+
    | LBRACK (expr listTail)? RBRACK
    | LBRACE exprs? RBRACE
    | BINOPEN (binElement binaryTail)? BINCLOSE
    | LPAREN expr RPAREN
    | BEGIN exprs END
    | ifExpr
    | caseExpr
    | receiveExpr
    | funExpr
    | tryExpr
    | maybeExpr
    ;

atom : ATOM | QATOM ;

// What follows the first element of a list: more elements and a tail, or
// the qualifiers of a list comprehension.
listTail
    : (COMMA expr)* (PIPE expr)?                            # consTail
    | DPIPE lcExprs                                         # comprehensionTail
    ;

// What follows the first element of a binary: more elements, or the
// qualifiers of a binary comprehension. In a comprehension erl_parse wants a
// bare exprMax before ||; the tree builder must reject a size, a type list or
// a unary operator there.
binaryTail
    : (COMMA binElement)*                                   # binElementsTail
    | DPIPE lcExprs                                         # binComprehensionTail
    ;

// X, X:8, X/binary, X:Size/integer-unsigned-big-unit:8, -1:8.
binElement : op=(PLUS | MINUS | BNOT | NOT)? exprMax (COLON exprMax)? (SLASH bitType (MINUS bitType)*)? ;

bitType : atom (COLON INTEGER)? ;

lcExprs : lcExpr (COMMA lcExpr)* ;

// A filter, a list generator P <- L, a binary generator P <= B, or an
// OTP 26 map generator K := V <- M.
lcExpr : expr lcGenerator? ;

lcGenerator
    : LARROW expr                                           # listGenerator
    | LDARROW expr                                          # binaryGenerator
    | ASSOC_MATCH expr LARROW expr                          # mapGenerator
    ;

ifExpr : IF ifClause (SEMI ifClause)* END ;

ifClause : guard clauseBody ;

caseExpr : CASE expr OF crClauses END ;

crClauses : crClause (SEMI crClause)* ;

// The clause of a case, receive or maybe-else. erl_parse parses the head as
// an expression; this grammar uses pattern (the difference is only ever an
// illegal pattern, which erlc rejects anyway).
crClause : pattern (WHEN guard)? clauseBody ;

receiveExpr
    : RECEIVE crClauses END                                 # receiveClauses
    | RECEIVE crClauses? AFTER expr clauseBody END          # receiveAfter
    ;

// fun f/1, fun M:F/A, fun (X) -> ... end, fun Name(X) -> ... end.
funExpr
    : FUN atom SLASH INTEGER                                # funLocal
    | FUN atomOrVar COLON atomOrVar SLASH integerOrVar      # funRemote
    | FUN funClause (SEMI funClause)* END                   # funAnon
    ;

atomOrVar : atom | VAR ;

integerOrVar : INTEGER | VAR ;

// A named fun's clauses all carry the name (checked later).
funClause : VAR? patternArgs (WHEN guard)? clauseBody ;

// try Exprs [of Clauses] catch Clauses [after Exprs] end, or
// try Exprs [of Clauses] after Exprs end.
tryExpr : TRY exprs (OF crClauses)? tryCatch ;

tryCatch
    : CATCH tryClauses (AFTER exprs)? END
    | AFTER exprs END
    ;

tryClauses : tryClause (SEMI tryClause)* ;

// Pattern, Class:Pattern or Class:Pattern:Stacktrace.
tryClause : (atomOrVar COLON)? pattern (COLON VAR)? (WHEN guard)? clauseBody ;

// maybe E1, P ?= E2, ... [else Clauses] end.
maybeExpr : MAYBE maybeBody (ELSE crClauses)? END ;

maybeBody : maybeItem (COMMA maybeItem)* ;

maybeItem : expr (MAYBE_MATCH expr)? ;

// ---------------------------------------------------------------------------
// Patterns: the subset of expressions erl_parse allows in function, fun and
// catch clause heads (no calls, no remote, no send, no andalso/orelse, no
// catch). Nested elements of lists, tuples, binaries and maps are parsed as
// expressions, as in erl_parse; the tree builder and lint check them.
pattern
    : patternMax                                            # patPrimary
    | op=(PLUS | MINUS | BNOT | NOT) pattern                # patUnary
    | pattern op=(SLASH | STAR | DIV | REM | BAND | AND) pattern # patMult
    | pattern op=(PLUS | MINUS | BOR | BXOR | BSL | BSR | OR | XOR) pattern # patAdd
    | <assoc=right> pattern op=(PLUSPLUS | MINUSMINUS) pattern # patListOp
    | pattern op=(EQEQ | NEQ | LE | LT | GE | GT | EXACT_EQ | EXACT_NEQ) pattern # patComp
    | <assoc=right> pattern MATCH pattern                   # patMatch
    ;

patternMax
    : VAR
    | ATOM
    | QATOM
    | CHAR
    | INTEGER
    | FLOAT
    | STRING+
    | LBRACK (expr listTail)? RBRACK
    | LBRACE exprs? RBRACE
    | BINOPEN (binElement binaryTail)? BINCLOSE
    | LPAREN pattern RPAREN
    | HASH mapTuple
    | HASH atom recordTail
    ;
