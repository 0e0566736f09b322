// Package ast declares the Erlang syntax tree that every pass after parsing works on.
//
// The node types are a closed set named after Erlang's abstract format (erl_parse):
// a form is an attribute or a function; a function has clauses; a clause has patterns,
// guards and a body of expressions. Patterns and guards are expressions too (the
// grammar is permissive and the lint pass says which expressions may stand where).
// Types in -type, -spec and -record declarations have node types of their own.
//
// Every node records the source.Pos of its first token; with the FileSet that the
// preprocessor filled, that gives the file, line and column of anything.
//
// Invariants the parser guarantees: adjacent string literals are joined; integer, float,
// character, string and quoted-atom literals are decoded (escapes, bases and digit
// separators resolved); `catch` clauses always have three patterns (Class, Reason,
// Stacktrace: an omitted class is the atom throw and an omitted stack trace the
// variable _); a named fun's name is in FunExpr.Name.
package ast

import (
	"math/big"

	"github.com/erl2go/erl2go/translate/source"
)

// Node is any syntax tree node.
type Node interface {
	Pos() source.Pos
}

// Loc is embedded in every node to record where it starts.
type Loc struct {
	P source.Pos
}

// Pos returns the position of the node's first token.
func (l Loc) Pos() source.Pos { return l.P }

// At returns a Loc at p, for building nodes.
func At(p source.Pos) Loc { return Loc{p} }

// ---------------------------------------------------------------------------
// Forms

// Form is a top-level declaration: an attribute or a function.
type Form interface {
	Node
	formNode()
}

// Module holds the forms of one file after preprocessing, in source order.
type Module struct {
	File  string // the file name as given
	Forms []Form
}

// Function is a function definition: Name(Args) when Guards -> Body; ...
type Function struct {
	Loc
	Name    string // the atom's text, unquoted
	Arity   int
	Clauses []*Clause
}

// Attribute is -Name(Value). for any attribute without a node of its own
// (behaviour, compile, on_load, nifs, dialyzer, feature, file, vsn, wild ones).
// Value is the attribute's argument as a literal expression.
type Attribute struct {
	Loc
	Name  string
	Value Expr
}

// ModuleAttr is -module(Name).
type ModuleAttr struct {
	Loc
	Name string
}

// Export is -export([f/1, ...]).
type Export struct {
	Loc
	Funcs []FuncName
}

// ExportType is -export_type([t/0, ...]).
type ExportType struct {
	Loc
	Types []FuncName
}

// Import is -import(Module, [f/1, ...]).
type Import struct {
	Loc
	Module string
	Funcs  []FuncName
}

// FuncName is Name/Arity inside export, import and export_type lists.
type FuncName struct {
	Loc
	Name  string
	Arity int
}

// RecordDecl is -record(Name, {Field [= Default] [:: Type], ...}).
type RecordDecl struct {
	Loc
	Name   string
	Fields []*RecordFieldDecl
}

// RecordFieldDecl is one field of a record declaration.
type RecordFieldDecl struct {
	Loc
	Name    string
	Default Expr // nil when absent (the default is then the atom undefined)
	Type    Type // nil when absent
}

// TypeDecl is -type Name(Params) :: Type. or -opaque ...
type TypeDecl struct {
	Loc
	Opaque bool
	Name   string
	Params []*Var
	Type   Type
}

// Spec is -spec [Module:]Name(Args) -> Result [when Constraints]; ... .
// or -callback with Callback set.
type Spec struct {
	Loc
	Callback bool
	Module   string // "" unless the spec names its module
	Name     string
	Arity    int
	Clauses  []*FunType
}

func (*Function) formNode()   {}
func (*Attribute) formNode()  {}
func (*ModuleAttr) formNode() {}
func (*Export) formNode()     {}
func (*ExportType) formNode() {}
func (*Import) formNode()     {}
func (*RecordDecl) formNode() {}
func (*TypeDecl) formNode()   {}
func (*Spec) formNode()       {}

// ---------------------------------------------------------------------------
// Clauses

// Clause is (Patterns) when Guards -> Body, as found in functions, funs, case,
// receive, if (no patterns) and try ... catch (three patterns: Class, Reason, Stack).
type Clause struct {
	Loc
	Patterns []Expr
	Guards   []Guard // alternatives separated by ';'; empty when there is no guard
	Body     []Expr
}

// Guard is one alternative of a guard sequence: tests separated by ','.
type Guard []Expr

// ---------------------------------------------------------------------------
// Expressions (and patterns)

// Expr is an expression, a pattern, or a guard test.
type Expr interface {
	Node
	exprNode()
}

// Atom is an atom literal: ok, 'Hello world'.
type Atom struct {
	Loc
	Name string
}

// Var is a variable: X, _Acc, _.
type Var struct {
	Loc
	Name string
}

// Integer is an integer literal: 42, 16#ff, 1_000. Big is set only when the value
// does not fit in int64.
type Integer struct {
	Loc
	Value int64
	Big   *big.Int
}

// Float is a float literal: 1.5e10.
type Float struct {
	Loc
	Value float64
}

// Char is a character literal: $a, $\n.
type Char struct {
	Loc
	Value rune
}

// String is a string literal: "abc" (adjacent literals already joined).
type String struct {
	Loc
	Value []rune
}

// Nil is the empty list: [].
type Nil struct {
	Loc
}

// Cons is a list cell: [Head | Tail]. A list [A, B] is Cons{A, Cons{B, Nil}}.
type Cons struct {
	Loc
	Head, Tail Expr
}

// Tuple is {E1, ..., En}.
type Tuple struct {
	Loc
	Elems []Expr
}

// Map is #{K => V, K := V} when Base is nil, else Base#{...}.
type Map struct {
	Loc
	Base   Expr
	Fields []*MapField
}

// MapField is Key => Value (Exact false) or Key := Value (Exact true).
type MapField struct {
	Loc
	Exact      bool
	Key, Value Expr
}

// Record is #Name{Field = Value, _ = Value} when Base is nil, else Base#Name{...}.
type Record struct {
	Loc
	Base   Expr
	Name   string
	Fields []*RecordField
}

// RecordField is Field = Value inside a record expression; Name "_" stands for
// all fields not named.
type RecordField struct {
	Loc
	Name  string
	Value Expr
}

// RecordIndex is #Name.Field: the field's position in the record tuple.
// FieldPos is where Field is written (erlc reports an unknown field there).
type RecordIndex struct {
	Loc
	Name, Field string
	FieldPos    source.Pos
}

// RecordAccess is Expr#Name.Field.
type RecordAccess struct {
	Loc
	Expr        Expr
	Name, Field string
	FieldPos    source.Pos
}

// Bin is a bit syntax expression: <<E1, ..., En>>.
type Bin struct {
	Loc
	Elems []*BinElement
}

// BinElement is Value[:Size][/TypeSpecifiers].
type BinElement struct {
	Loc
	Value Expr
	Size  Expr       // nil when absent
	Types []TypeSpec // empty when absent
}

// TypeSpec is one bit syntax type specifier: integer, little, unit:8, ...
// Value is -1 except for unit:N.
type TypeSpec struct {
	Name  string
	Value int
}

// Match is Left = Right.
type Match struct {
	Loc
	Left, Right Expr
}

// MaybeMatch is Left ?= Right, allowed directly inside maybe ... end.
type MaybeMatch struct {
	Loc
	Left, Right Expr
}

// BinaryOp is Left Op Right for the arithmetic, comparison, list, send (!),
// boolean and short-circuit (andalso, orelse) operators. Op is the operator's
// Erlang spelling: "+", "=:=", "andalso", "!", "++", "div", ...
type BinaryOp struct {
	Loc
	Op          string
	Left, Right Expr
}

// UnaryOp is Op X for +, -, bnot and not.
type UnaryOp struct {
	Loc
	Op string
	X  Expr
}

// Call is Fun(Args): Fun is an *Atom for a local call, a *Remote for M:F(Args),
// or any other expression for a call of a fun value.
type Call struct {
	Loc
	Fun  Expr
	Args []Expr
}

// Remote is Module:Function, only as the Fun of a Call.
type Remote struct {
	Loc
	Module, Fun Expr
}

// Catch is catch Expr.
type Catch struct {
	Loc
	Expr Expr
}

// Block is begin Body end.
type Block struct {
	Loc
	Body []Expr
}

// If is if Clauses end; each clause has no patterns.
type If struct {
	Loc
	Clauses []*Clause
}

// Case is case Expr of Clauses end.
type Case struct {
	Loc
	Expr    Expr
	Clauses []*Clause
}

// Receive is receive Clauses [after Timeout -> After] end.
type Receive struct {
	Loc
	Clauses []*Clause
	Timeout Expr // nil when there is no after section
	After   []Expr
}

// Try is try Body [of Clauses] [catch Catches] [after After] end.
type Try struct {
	Loc
	Body    []Expr
	Clauses []*Clause
	Catches []*Clause // each with patterns Class, Reason, Stacktrace
	After   []Expr
}

// Maybe is maybe Body [else Clauses] end.
type Maybe struct {
	Loc
	Body []Expr
	Else []*Clause // nil when there is no else section
}

// FunRef is fun Name/Arity.
type FunRef struct {
	Loc
	Name  string
	Arity int
}

// FunRemote is fun Module:Name/Arity, where each part may be a variable.
type FunRemote struct {
	Loc
	Module, Name, Arity Expr
}

// FunExpr is fun (Args) -> Body; ... end, or a named fun when Name is not "".
type FunExpr struct {
	Loc
	Name    string
	Clauses []*Clause
}

// ListComp is [Expr || Qualifiers].
type ListComp struct {
	Loc
	Expr  Expr
	Quals []Expr
}

// BinComp is << Expr || Qualifiers >>.
type BinComp struct {
	Loc
	Expr  Expr
	Quals []Expr
}

// MapComp is #{Key => Value || Qualifiers} (OTP 26).
type MapComp struct {
	Loc
	Key, Value Expr
	Quals      []Expr
}

// Generate is Pattern <- Expr inside a comprehension.
type Generate struct {
	Loc
	Pattern, Expr Expr
}

// BinGenerate is Pattern <= Expr inside a comprehension.
type BinGenerate struct {
	Loc
	Pattern, Expr Expr
}

// MapGenerate is Key := Value <- Expr inside a comprehension (OTP 26).
type MapGenerate struct {
	Loc
	Key, Value, Expr Expr
}

func (*Atom) exprNode()         {}
func (*Var) exprNode()          {}
func (*Integer) exprNode()      {}
func (*Float) exprNode()        {}
func (*Char) exprNode()         {}
func (*String) exprNode()       {}
func (*Nil) exprNode()          {}
func (*Cons) exprNode()         {}
func (*Tuple) exprNode()        {}
func (*Map) exprNode()          {}
func (*Record) exprNode()       {}
func (*RecordIndex) exprNode()  {}
func (*RecordAccess) exprNode() {}
func (*Bin) exprNode()          {}
func (*Match) exprNode()        {}
func (*MaybeMatch) exprNode()   {}
func (*BinaryOp) exprNode()     {}
func (*UnaryOp) exprNode()      {}
func (*Call) exprNode()         {}
func (*Remote) exprNode()       {}
func (*Catch) exprNode()        {}
func (*Block) exprNode()        {}
func (*If) exprNode()           {}
func (*Case) exprNode()         {}
func (*Receive) exprNode()      {}
func (*Try) exprNode()          {}
func (*Maybe) exprNode()        {}
func (*FunRef) exprNode()       {}
func (*FunRemote) exprNode()    {}
func (*FunExpr) exprNode()      {}
func (*ListComp) exprNode()     {}
func (*BinComp) exprNode()      {}
func (*MapComp) exprNode()      {}
func (*Generate) exprNode()     {}
func (*BinGenerate) exprNode()  {}
func (*MapGenerate) exprNode()  {}
