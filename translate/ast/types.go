package ast

// Type is a type expression in -type, -opaque, -spec, -callback and typed record fields.
//
// Following erl_parse, list syntax is normalised: [T] is TypeCall list(T), [T, ...] is
// nonempty_list(T), [] is nil(). Literal types (atoms, integers, and integer
// expressions such as -1 or 1 bsl 8) are TypeLit.
type Type interface {
	Node
	typeNode()
}

// TypeCall is a built-in or user type, Name(Args), or a remote one, Module:Name(Args).
type TypeCall struct {
	Loc
	Module string // "" for a local or built-in type
	Name   string
	Args   []Type
}

// TypeVar is a type variable: T, _.
type TypeVar struct {
	Loc
	Name string
}

// TypeAnn is an annotated type: Name :: Type.
type TypeAnn struct {
	Loc
	Var  *TypeVar
	Type Type
}

// TypeUnion is T1 | T2 | ... .
type TypeUnion struct {
	Loc
	Types []Type
}

// TypeRange is Lo..Hi with integer expressions.
type TypeRange struct {
	Loc
	Lo, Hi Expr
}

// TypeLit is a literal type: an atom, an integer, or an integer expression.
type TypeLit struct {
	Loc
	Value Expr
}

// TypeTuple is {T1, ..., Tn}; tuple() is a TypeCall.
type TypeTuple struct {
	Loc
	Elems []Type
}

// TypeMap is #{K => V, K := V}; map() is a TypeCall.
type TypeMap struct {
	Loc
	Fields []*TypeMapField
}

// TypeMapField is Key => Value (Exact false) or Key := Value (Exact true).
type TypeMapField struct {
	Loc
	Exact      bool
	Key, Value Type
}

// TypeRecord is #Name{Field :: Type, ...}.
type TypeRecord struct {
	Loc
	Name   string
	Fields []*TypeRecordField
}

// TypeRecordField is Field :: Type inside a record type.
type TypeRecordField struct {
	Loc
	Name string
	Type Type
}

// TypeBin is <<>>, <<_:M>>, <<_:_*N>> or <<_:M, _:_*N>>; M and N are 0 when absent.
type TypeBin struct {
	Loc
	M, N Expr
}

// FunType is fun((Args) -> Result) in types, and one clause of a spec.
// AnyArgs is set for fun((...) -> Result); Any for the plain fun() type.
type FunType struct {
	Loc
	Any         bool
	AnyArgs     bool
	Args        []Type
	Result      Type
	Constraints []*Constraint // the when part of a bounded spec clause
}

// Constraint is Var :: Type (or is_subtype(Var, Type)) in a bounded spec.
type Constraint struct {
	Loc
	Var  *TypeVar
	Type Type
}

func (*TypeCall) typeNode()   {}
func (*TypeVar) typeNode()    {}
func (*TypeAnn) typeNode()    {}
func (*TypeUnion) typeNode()  {}
func (*TypeRange) typeNode()  {}
func (*TypeLit) typeNode()    {}
func (*TypeTuple) typeNode()  {}
func (*TypeMap) typeNode()    {}
func (*TypeRecord) typeNode() {}
func (*TypeBin) typeNode()    {}
func (*FunType) typeNode()    {}
