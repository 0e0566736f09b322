package lint

import (
	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/source"
)

// typeDecl checks -type and -opaque: not a built-in type, not defined twice,
// and every type variable used at least twice (the parameter counts once).
func (c *checker) typeDecl(d *ast.TypeDecl) {
	k := fa{d.Name, len(d.Params)}
	if builtinTypes[k] && !c.options["no_auto_import_types"] {
		c.errorf(attrPos(d), "type %s%s is a builtin type; it cannot be redefined", atomText(d.Name), typeParens(k.arity))
		return
	}
	if c.types[k] {
		c.errorf(attrPos(d), "type %s%s already defined", atomText(d.Name), typeParens(k.arity))
		return
	}
	c.types[k] = true
	ts := []ast.Type{d.Type}
	for _, p := range d.Params {
		ts = append(ts, &ast.TypeVar{Loc: p.Loc, Name: p.Name})
	}
	c.checkTypes(ts)
}

// specDecl checks -spec f(...) -> ....
func (c *checker) specDecl(s *ast.Spec) {
	if s.Module != "" && s.Module != c.module {
		c.errorf(attrPos(s), "spec for function %s:%s/%d from other module", atomText(s.Module), atomText(s.Name), s.Arity)
		return
	}
	k := fa{s.Name, s.Arity}
	if _, ok := c.specs[k]; ok {
		c.errorf(attrPos(s), "spec for %s/%d already defined", atomText(s.Name), s.Arity)
		return
	}
	c.specs[k] = attrPos(s)
	c.specClauses(s, "spec has wrong arity")
}

// callbackDecl checks -callback f(...) -> ....
func (c *checker) callbackDecl(s *ast.Spec) {
	if s.Module != "" {
		c.errorf(attrPos(s), "explicit module not allowed for callback %s:%s/%d", atomText(s.Module), atomText(s.Name), s.Arity)
		return
	}
	k := fa{s.Name, s.Arity}
	if c.callbacks[k] {
		c.errorf(attrPos(s), "callback %s/%d already defined", atomText(s.Name), s.Arity)
		return
	}
	c.callbacks[k] = true
	c.specClauses(s, "callback has wrong arity")
}

func (c *checker) specClauses(s *ast.Spec, wrongArity string) {
	for _, ft := range s.Clauses {
		if !ft.Any && !ft.AnyArgs && len(ft.Args) != s.Arity {
			c.errorf(ft.Pos(), "%s", wrongArity)
		}
		ts := []ast.Type{&ast.FunType{Loc: ft.Loc, Args: ft.Args, Result: ft.Result}}
		for _, con := range ft.Constraints {
			ts = append(ts, con.Var, con.Type)
		}
		c.checkTypes(ts)
	}
}

// checkTypes checks the types of one declaration: user types are recorded
// to be looked up at the end, records must exist, and a type variable that
// occurs only once (other than _X) is an error.
func (c *checker) checkTypes(ts []ast.Type) {
	tv := &typeVars{count: map[string]int{}, first: map[string]source.Pos{}}
	for _, t := range ts {
		c.checkType(t, tv)
	}
	for _, name := range tv.order {
		if tv.count[name] == 1 && name[0] != '_' {
			c.errorf(tv.first[name], "type variable %s is only used once (is unbound)", atomText(name))
		}
	}
}

type typeVars struct {
	count map[string]int
	first map[string]source.Pos
	order []string
}

func (c *checker) checkType(t ast.Type, tv *typeVars) {
	switch t := t.(type) {
	case *ast.TypeVar:
		if t.Name == "_" {
			return
		}
		if tv.count[t.Name] == 0 {
			tv.first[t.Name] = t.Pos()
			tv.order = append(tv.order, t.Name)
		}
		tv.count[t.Name]++
	case *ast.TypeAnn:
		c.checkType(t.Type, tv)
	case *ast.TypeUnion:
		c.checkTypeList(t.Types, tv)
	case *ast.TypeTuple:
		c.checkTypeList(t.Elems, tv)
	case *ast.TypeMap:
		for _, f := range t.Fields {
			c.checkType(f.Key, tv)
			c.checkType(f.Value, tv)
		}
	case *ast.FunType:
		c.checkTypeList(t.Args, tv)
		if t.Result != nil {
			c.checkType(t.Result, tv)
		}
	case *ast.TypeCall:
		c.typeCall(t, tv)
	case *ast.TypeRecord:
		c.typeRecord(t, tv)
	case *ast.TypeRange:
		lo, ok1 := constInt(t.Lo)
		hi, ok2 := constInt(t.Hi)
		if !ok1 || !ok2 || lo.Cmp(hi) > 0 {
			c.errorf(t.Pos(), "bad range type")
		}
	case *ast.TypeBin:
		c.typeBin(t)
	case *ast.TypeLit:
		if _, ok := t.Value.(*ast.Atom); !ok {
			if _, ok := constInt(t.Value); !ok {
				c.errorf(t.Pos(), "bad integer type")
			}
		}
	}
}

func (c *checker) checkTypeList(ts []ast.Type, tv *typeVars) {
	for _, t := range ts {
		c.checkType(t, tv)
	}
}

// typeCall records a use of a user type; built-in and other modules' types are not checked.
func (c *checker) typeCall(t *ast.TypeCall, tv *typeVars) {
	k := fa{t.Name, len(t.Args)}
	if (t.Module == "" && !builtinTypes[k]) || (t.Module != "" && t.Module == c.module) {
		c.usedTypes = append(c.usedTypes, typeUse{k, t.Pos()})
	}
	c.checkTypeList(t.Args, tv)
}

func (c *checker) typeRecord(t *ast.TypeRecord, tv *typeVars) {
	c.usedRecords[t.Name] = true
	d, ok := c.records[t.Name]
	if !ok {
		c.errorf(t.Pos(), "record %s undefined", atomText(t.Name))
		return
	}
	seen := map[string]bool{}
	for _, f := range t.Fields {
		if fieldIndex(d, f.Name) < 0 {
			c.errorf(f.Pos(), "field %s undefined in record %s", atomText(f.Name), atomText(t.Name))
		}
		if seen[f.Name] {
			c.errorf(f.Pos(), "field %s already defined in record %s", atomText(f.Name), atomText(t.Name))
		}
		seen[f.Name] = true
		c.checkType(f.Type, tv)
	}
}

func (c *checker) typeBin(t *ast.TypeBin) {
	ok := func(e ast.Expr) bool {
		if e == nil {
			return true
		}
		n, ok := constInt(e)
		return ok && n.Sign() >= 0
	}
	if !ok(t.M) || !ok(t.N) {
		c.errorf(t.Pos(), "bad binary type")
	}
}

// exportType records the uses of the types an -export_type names.
func (c *checker) exportType(e *ast.ExportType) {
	for _, t := range e.Types {
		c.usedTypes = append(c.usedTypes, typeUse{fa{t.Name, t.Arity}, attrPos(e)})
	}
}
