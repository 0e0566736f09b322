package lint

import (
	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/source"
)

// head checks the patterns of a clause head. env is what sizes and map keys
// may use; old is what pattern variables match against (empty where the
// patterns shadow, as in fun heads and generators). It returns the old
// variables used and the new variables bound.
func (c *checker) head(ps []ast.Expr, env, old vt) (vt, vt) {
	pvt, pnew := vt{}, vt{}
	for _, p := range ps {
		u, n := c.pattern(p, env, old)
		pvt, pnew = mergePat(u, pvt), mergePat(pnew, n)
	}
	return pvt, pnew
}

// patVar handles a variable in a pattern: a use if old binds it, else a new binding.
func (c *checker) patVar(v *ast.Var, old, newVars vt) (vt, vt) {
	if info, ok := newVars[v.Name]; ok {
		return nil, vt{v.Name: usedAt(info)}
	}
	info, ok := old[v.Name]
	switch {
	case ok && info.kind == unsafe:
		c.unsafeVar(v, info)
		return vt{v.Name: usedAt(info)}, nil
	case ok && info.kind == exported:
		c.exportedVar(v, info)
		return vt{v.Name: usedAt(info)}, nil
	case ok:
		return vt{v.Name: usedAt(info)}, nil
	case c.recdefTop:
		c.errorf(v.Pos(), "variable %s in record definition", atomText(v.Name))
	}
	return nil, vt{v.Name: {annos: []source.Pos{v.Pos()}}}
}

// pattern checks one pattern; see head.
func (c *checker) pattern(p ast.Expr, env, old vt) (vt, vt) {
	switch p := p.(type) {
	case *ast.Var:
		if p.Name == "_" {
			return nil, nil
		}
		return c.patVar(p, old, nil)
	case *ast.Atom, *ast.Integer, *ast.Float, *ast.Char, *ast.String, *ast.Nil:
		return nil, nil
	case *ast.Cons:
		return c.head([]ast.Expr{p.Head, p.Tail}, env, old)
	case *ast.Tuple:
		return c.head(p.Elems, env, old)
	case *ast.Map:
		if p.Base == nil {
			return c.mapPattern(p, env, old)
		}
	case *ast.RecordIndex:
		c.recordIndex(p)
		return nil, nil
	case *ast.Record:
		if p.Base == nil {
			return c.recordPattern(p, env, old)
		}
	case *ast.Bin:
		return c.binPattern(p, env, old)
	case *ast.BinaryOp:
		if p.Op == "++" {
			if tail, ok := literalPrefix(p.Left); ok {
				if tail == nil {
					return c.pattern(p.Right, env, old)
				}
			}
		}
	case *ast.Match:
		lu, ln := c.pattern(p.Left, env, old)
		ru, rn := c.pattern(p.Right, env, old)
		c.rejectAlias(p.Left, p.Right, env)
		return mergePat(lu, ru), mergePat(ln, rn)
	}
	if !isPatternExpr(p) {
		c.errorf(anchor(p), "illegal pattern")
	}
	return nil, nil
}

// literalPrefix reports whether the left side of ++ in a pattern is a string
// or a list of character and integer literals (tail is then nil).
func literalPrefix(e ast.Expr) (tail ast.Expr, ok bool) {
	for {
		switch l := e.(type) {
		case *ast.Nil, *ast.String:
			return nil, true
		case *ast.Cons:
			switch l.Head.(type) {
			case *ast.Char, *ast.Integer:
				e = l.Tail
				continue
			}
		}
		return e, false
	}
}

// mapPattern checks #{K := P}: keys are guard expressions over env, and => is illegal.
func (c *checker) mapPattern(p *ast.Map, env, old vt) (vt, vt) {
	pvt, pnew := vt{}, vt{}
	for _, f := range p.Fields {
		if !f.Exact {
			c.errorf(anchor(f), "illegal pattern")
			continue
		}
		kvt := c.gexpr(f.Key, env)
		vu, vn := c.pattern(f.Value, env, old)
		pvt = mergePat(mergePat(kvt, vu), pvt)
		pnew = mergePat(pnew, vn)
	}
	return pvt, pnew
}

// rejectAliasExpr applies rejectAlias along a chain P = P0 = ... = E.
func (c *checker) rejectAliasExpr(p, e ast.Expr, env vt) {
	for {
		m, ok := e.(*ast.Match)
		if !ok {
			return
		}
		switch p.(type) {
		case *ast.Bin, *ast.Map, *ast.Match:
		default:
			return
		}
		c.rejectAlias(p, m.Left, env)
		e = m.Right
	}
}

// rejectAlias reports binary patterns matched in parallel (<<A>> = <<B>>) and
// unbound variables as keys of map patterns matched in parallel.
func (c *checker) rejectAlias(a, b ast.Expr, env vt) {
	if m, ok := a.(*ast.Match); ok {
		c.rejectAlias(m.Left, b, env)
		c.rejectAlias(m.Right, b, env)
		return
	}
	if _, ok := b.(*ast.Match); ok {
		c.rejectAlias(b, a, env)
		return
	}
	switch a := a.(type) {
	case *ast.Bin:
		if _, ok := b.(*ast.Bin); ok {
			c.errorf(a.Pos(), "binary patterns cannot be matched in parallel using '='")
		}
	case *ast.Map:
		if bm, ok := b.(*ast.Map); ok && a.Base == nil && bm.Base == nil {
			c.mapAliasKeys(a, env)
			c.mapAliasKeys(bm, env)
		}
	case *ast.Cons:
		if bc, ok := b.(*ast.Cons); ok {
			c.rejectAlias(a.Head, bc.Head, env)
			c.rejectAlias(a.Tail, bc.Tail, env)
		}
	case *ast.Tuple:
		if bt, ok := b.(*ast.Tuple); ok {
			for i := 0; i < len(a.Elems) && i < len(bt.Elems); i++ {
				c.rejectAlias(a.Elems[i], bt.Elems[i], env)
			}
		}
	case *ast.Record:
		if br, ok := b.(*ast.Record); ok {
			c.rejectAliasRecord(a, br, env)
		}
	}
}

func (c *checker) mapAliasKeys(m *ast.Map, env vt) {
	for _, f := range m.Fields {
		if v, ok := f.Key.(*ast.Var); ok && f.Exact {
			if info, ok := env[v.Name]; !ok || info.kind == unsafe {
				c.errorf(v.Pos(), "variable %s is unbound", atomText(v.Name))
			}
		}
	}
}

// rejectAliasRecord pairs the fields two record patterns give for the same
// tuple position.
func (c *checker) rejectAliasRecord(a, b *ast.Record, env vt) {
	da, oka := c.records[a.Name]
	db, okb := c.records[b.Name]
	if !oka || !okb {
		return
	}
	for _, fa := range a.Fields {
		ia := fieldIndex(da, fa.Name)
		for _, fb := range b.Fields {
			if ia >= 0 && ia == fieldIndex(db, fb.Name) {
				c.rejectAlias(fa.Value, fb.Value, env)
			}
		}
	}
}

func fieldIndex(d *ast.RecordDecl, name string) int {
	for i, f := range d.Fields {
		if f.Name == name {
			return i
		}
	}
	return -1
}
