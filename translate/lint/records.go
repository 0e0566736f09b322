package lint

import (
	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/source"
)

// recordDecl checks -record(r, {...}): no redefinition, no repeated field,
// defaults that are valid expressions binding no variables.
func (c *checker) recordDecl(d *ast.RecordDecl) {
	if _, ok := c.records[d.Name]; ok {
		c.errorf(attrPos(d), "record %s already defined", atomText(d.Name))
		return
	}
	seen := map[string]bool{}
	kept := &ast.RecordDecl{Loc: d.Loc, Name: d.Name}
	for _, f := range d.Fields {
		if seen[f.Name] {
			c.errorf(f.Pos(), "field %s already defined in record %s", atomText(f.Name), atomText(d.Name))
			continue
		}
		seen[f.Name] = true
		kept.Fields = append(kept.Fields, f)
		if f.Default != nil {
			c.recdefTop = true
			c.expr(f.Default, vt{})
			c.recdefTop = false
		}
	}
	c.records[d.Name] = kept
	for _, f := range d.Fields {
		if f.Type != nil {
			c.checkTypes([]ast.Type{f.Type})
		}
	}
}

// recordExpr checks #r{...}, E#r{...}, #r.f and E#r.f, with check for the
// expressions inside (c.expr or c.gexpr).
func (c *checker) recordExpr(e ast.Expr, env vt, check func(ast.Expr, vt) vt) vt {
	switch e := e.(type) {
	case *ast.RecordIndex:
		c.recordIndex(e)
		return nil
	case *ast.RecordAccess:
		rvt := check(e.Expr, env)
		if d, ok := c.record(anchor(e), e.Name); ok {
			c.recordField(d, e.Field, e.FieldPos)
		}
		return rvt
	case *ast.Record:
		if e.Base == nil {
			return c.recordInit(e, env, check)
		}
		return c.recordUpdate(e, env, check)
	}
	return nil
}

func (c *checker) record(pos source.Pos, name string) (*ast.RecordDecl, bool) {
	d, ok := c.records[name]
	if !ok {
		c.errorf(pos, "record %s undefined", atomText(name))
		return nil, false
	}
	c.usedRecords[name] = true
	return d, true
}

func (c *checker) recordIndex(e *ast.RecordIndex) {
	if d, ok := c.record(e.Pos(), e.Name); ok {
		c.recordField(d, e.Field, e.FieldPos)
	}
}

// recordField reports a field the record does not have.
func (c *checker) recordField(d *ast.RecordDecl, field string, pos source.Pos) bool {
	if fieldIndex(d, field) < 0 {
		c.errorf(pos, "field %s undefined in record %s", atomText(field), atomText(d.Name))
		return false
	}
	return true
}

func (c *checker) recordInit(e *ast.Record, env vt, check func(ast.Expr, vt) vt) vt {
	d, ok := c.record(e.Pos(), e.Name)
	if !ok {
		return nil
	}
	c.defaultCalls(d, e.Fields)
	return c.recordFields(d, e.Fields, env, check)
}

func (c *checker) recordUpdate(e *ast.Record, env vt, check func(ast.Expr, vt) vt) vt {
	rvt := check(e.Base, env)
	d, ok := c.record(anchor(e), e.Name)
	if !ok {
		return rvt
	}
	uvt := c.recordFields(d, e.Fields, env, check)
	for _, f := range e.Fields {
		if f.Name == "_" {
			c.errorf(f.Pos(), "meaningless use of _ in update of record %s", atomText(e.Name))
			return nil
		}
	}
	return merge(rvt, uvt)
}

// recordFields checks Field = Value initialisations: each field named once and defined.
func (c *checker) recordFields(d *ast.RecordDecl, fs []*ast.RecordField, env vt, check func(ast.Expr, vt) vt) vt {
	seen := map[string]bool{}
	acc := vt{}
	for _, f := range fs {
		if seen[f.Name] {
			if f.Name == "_" {
				c.errorf(f.Pos(), "'_' initializes no omitted fields")
			} else {
				c.errorf(f.Pos(), "field %s already defined in record %s", atomText(f.Name), atomText(d.Name))
			}
			continue
		}
		seen[f.Name] = true
		if f.Name != "_" && !c.recordField(d, f.Name, f.Pos()) {
			continue
		}
		acc = mergePat(acc, check(f.Value, env))
	}
	return acc
}

// recordPattern checks #r{f = P} in a pattern.
func (c *checker) recordPattern(p *ast.Record, env, old vt) (vt, vt) {
	d, ok := c.record(p.Pos(), p.Name)
	if !ok {
		return nil, nil
	}
	c.multiFieldInit(d, p.Fields)
	seen := map[string]bool{}
	pvt, pnew := vt{}, vt{}
	for _, f := range p.Fields {
		// After a bad field erl_lint forgets the variables bound so far; so do we.
		if seen[f.Name] {
			if f.Name == "_" {
				c.errorf(f.Pos(), "'_' initializes no omitted fields")
			} else {
				c.errorf(f.Pos(), "field %s already defined in record %s", atomText(f.Name), atomText(d.Name))
			}
			pnew = vt{}
			continue
		}
		seen[f.Name] = true
		if f.Name != "_" && !c.recordField(d, f.Name, f.Pos()) {
			pnew = vt{}
			continue
		}
		u, n := c.pattern(f.Value, env, old)
		pvt, pnew = mergePat(pvt, u), mergePat(pnew, n)
	}
	return pvt, pnew
}

// multiFieldInit reports `_ = P` when every field is named explicitly.
func (c *checker) multiFieldInit(d *ast.RecordDecl, fs []*ast.RecordField) {
	var wild *ast.RecordField
	named := map[string]bool{}
	for _, f := range fs {
		if f.Name == "_" {
			if wild == nil {
				wild = f
			}
		} else {
			named[f.Name] = true
		}
	}
	if wild == nil {
		return
	}
	for _, f := range d.Fields {
		if !named[f.Name] {
			return
		}
	}
	c.errorf(wild.Pos(), "'_' initializes no omitted fields")
}
