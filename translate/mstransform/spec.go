package mstransform

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/lint"
	"github.com/erl2go/erl2go/translate/source"
)

// binds maps the head's variables to their match-spec atoms ('$1'...,
// '$_' for the whole object, '_' for _).
type binds struct {
	next int
	m    map[string]string
}

func (b *binds) lookup(name string) (string, bool) {
	s, ok := b.m[name]
	return s, ok
}

func (b *binds) add(name string) string {
	s := "$" + strconv.Itoa(b.next)
	b.next++
	b.m[name] = s
	return s
}

func fail(pos source.Pos, format string, args ...any) {
	panic(msError{pos: pos, msg: fmt.Sprintf(format, args...)})
}

// fun2ms translates ets:fun2ms(fun ... end) (or dbg's) into the
// expression that builds its match specification.
func (t *transformer) fun2ms(c *ast.Call, dialect string) ast.Expr {
	var fun *ast.FunExpr
	if len(c.Args) == 1 {
		fun, _ = c.Args[0].(*ast.FunExpr)
	}
	if fun == nil || fun.Name != "" {
		fail(c.Pos(), "Parameter of ets/dbg:fun2ms/1 is not a literal fun")
	}
	// A guard sequence G1; G2 becomes one clause per guard.
	var elems []ast.Expr
	for _, cl := range fun.Clauses {
		if len(cl.Guards) < 2 {
			elems = append(elems, t.msClause(cl, cl.Guards, dialect))
			continue
		}
		for _, g := range cl.Guards {
			elems = append(elems, t.msClause(cl, []ast.Guard{g}, dialect))
		}
	}
	return list(fun.Loc, elems, &ast.Nil{Loc: fun.Loc})
}

// msClause is {Head, Guards, Body} for one clause with at most one guard.
func (t *transformer) msClause(c *ast.Clause, guards []ast.Guard, dialect string) ast.Expr {
	if len(c.Patterns) != 1 || !headOK(c.Patterns[0], dialect) {
		if dialect == "ets" {
			fail(c.Pos(), "ets:fun2ms requires fun with single variable or tuple parameter")
		}
		fail(c.Pos(), "dbg:fun2ms requires fun with single variable or list parameter")
	}
	head, b := t.head(c.Patterns[0])
	var gs []ast.Expr
	if len(guards) == 1 {
		for _, g := range guards[0] {
			gs = append(gs, t.tg(guardTop(g), b, "guard"))
		}
	}
	body := make([]ast.Expr, len(c.Body))
	for i, e := range c.Body {
		body[i] = t.tg(e, b, "body")
	}
	return &ast.Tuple{Loc: c.Loc, Elems: []ast.Expr{head, list(c.Loc, gs, &ast.Nil{Loc: c.Loc}), list(c.Loc, body, &ast.Nil{Loc: c.Loc})}}
}

// headOK reports whether a fun parameter can be a head: a variable, a
// tuple or record (ets), a list (dbg), or one of those matched with a variable.
func headOK(p ast.Expr, dialect string) bool {
	switch v := p.(type) {
	case *ast.Var:
		return true
	case *ast.Tuple, *ast.Record:
		return dialect == "ets"
	case *ast.Cons, *ast.Nil:
		return dialect == "dbg"
	case *ast.Match:
		if _, ok := v.Left.(*ast.Var); ok {
			return headOK(v.Right, dialect)
		}
		if _, ok := v.Right.(*ast.Var); ok {
			return headOK(v.Left, dialect)
		}
	}
	return false
}

// head translates the fun's parameter; a variable matched with the whole
// parameter stands for the object, '$_'.
func (t *transformer) head(p ast.Expr) (ast.Expr, *binds) {
	b := &binds{next: 1, m: map[string]string{"_": "_"}}
	if m, ok := p.(*ast.Match); ok {
		if v, ok := m.Left.(*ast.Var); ok {
			t.warnClash(v)
			b.m[v.Name], p = "$_", m.Right
		} else if v, ok := m.Right.(*ast.Var); ok {
			t.warnClash(v)
			b.m[v.Name], p = "$_", m.Left
		}
	}
	return t.th(p, b), b
}

func (t *transformer) warnClash(v *ast.Var) {
	if t.bound[v.Name] {
		t.warnings = append(t.warnings, msError{v.Pos(), fmt.Sprintf("variable %s shadowed in ms_transform fun head", lint.AtomText(v.Name))})
	}
}

// th translates a head pattern: variables become '$N' atoms.
func (t *transformer) th(e ast.Expr, b *binds) ast.Expr {
	switch n := e.(type) {
	case *ast.Record:
		return t.headRecord(n, b)
	case *ast.Match:
		fail(n.Pos(), "in fun head, only matching (=) on toplevel can be translated into match_spec")
	case *ast.Atom:
		if dollarNumber(n.Name) {
			fail(n.Pos(), "fun head contains atom %s, which conflics with reserved atoms in match_spec heads", lint.AtomText(n.Name))
		}
	case *ast.Var:
		t.warnClash(n)
		s, ok := b.lookup(n.Name)
		if !ok {
			s = b.add(n.Name)
		}
		return &ast.Atom{Loc: n.Loc, Name: s}
	case *ast.Bin:
		out := &ast.Bin{Loc: n.Loc}
		for _, el := range n.Elems {
			if v, ok := el.Value.(*ast.Var); ok {
				fail(v.Pos(), "fun head contains bit syntax matching of variable %s, which cannot be translated into match_spec", lint.AtomText(v.Name))
			}
			c := *el
			c.Value = t.th(el.Value, b)
			if el.Size != nil {
				c.Size = t.th(el.Size, b)
			}
			out.Elems = append(out.Elems, &c)
		}
		return out
	case *ast.Map:
		out := &ast.Map{Loc: n.Loc}
		for _, f := range n.Fields {
			k := t.th(f.Key, b)
			out.Fields = append(out.Fields, &ast.MapField{Loc: f.Loc, Key: k, Value: t.th(f.Value, b)})
		}
		return out
	case *ast.Tuple:
		out := &ast.Tuple{Loc: n.Loc, Elems: make([]ast.Expr, len(n.Elems))}
		for i, el := range n.Elems {
			out.Elems[i] = t.th(el, b)
		}
		return out
	case *ast.Cons:
		h := t.th(n.Head, b)
		return &ast.Cons{Loc: n.Loc, Head: h, Tail: t.th(n.Tail, b)}
	case *ast.BinaryOp:
		l := t.th(n.Left, b)
		return &ast.BinaryOp{Loc: n.Loc, Op: n.Op, Left: l, Right: t.th(n.Right, b)}
	case *ast.UnaryOp:
		return &ast.UnaryOp{Loc: n.Loc, Op: n.Op, X: t.th(n.X, b)}
	}
	return e
}

// dollarNumber reports whether an atom is '$' followed by an integer, which
// a head may not contain.
func dollarNumber(s string) bool {
	if !strings.HasPrefix(s, "$") {
		return false
	}
	d := strings.TrimLeft(s[1:], "+-")
	if len(s)-1-len(d) > 1 || d == "" {
		return false
	}
	for _, r := range d {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// kv is one Field = Value of a record expression; key "" is _ = Value.
type kv struct {
	key string
	val ast.Expr
}

// fieldValues translates a record expression's fields, last first (as
// ms_transform's fold builds them), and splits off the last _ = Value.
func fieldValues(fields []*ast.RecordField, tr func(ast.Expr) ast.Expr) (keys []kv, def ast.Expr) {
	for _, f := range fields {
		name := f.Name
		if name == "_" {
			name = ""
		}
		keys = append([]kv{{name, tr(f.Value)}}, keys...)
	}
	for i, k := range keys {
		if k.key == "" {
			def = k.val
			keys = append(keys[:i:i], keys[i+1:]...)
			break
		}
	}
	return keys, def
}

func find(keys []kv, name string) (ast.Expr, bool) {
	for _, k := range keys {
		if k.key == name {
			return k.val, true
		}
	}
	return nil, false
}

// checkFields finds a field given twice, then a field the record lacks.
func checkFields(keys []kv, fs []field) (string, string) {
	for i, k := range keys {
		for _, l := range keys[i+1:] {
			if l.key == k.key {
				return "already defined field", k.key
			}
		}
	}
	for _, k := range keys {
		known := false
		for _, f := range fs {
			known = known || f.name == k.key
		}
		if !known {
			return "reference to unknown field", k.key
		}
	}
	return "", ""
}

func keyText(k string) string {
	if k == "" {
		return "'_'"
	}
	return lint.AtomText(k)
}

// headRecord is #r{f = P, _ = D} in a head: the tuple, with '_' (or D)
// for the fields not named.
func (t *transformer) headRecord(n *ast.Record, b *binds) ast.Expr {
	keys, def := fieldValues(n.Fields, func(e ast.Expr) ast.Expr { return t.th(e, b) })
	if _, dup := find(keys, ""); dup {
		fail(n.Pos(), "fun head contains already defined field '_' in record type %s", lint.AtomText(n.Name))
	}
	fs, ok := t.record(n.Name)
	if !ok {
		fail(n.Pos(), "fun head contains unknown record type %s", lint.AtomText(n.Name))
	}
	elems := []ast.Expr{&ast.Atom{Loc: n.Loc, Name: n.Name}}
	for _, f := range fs {
		v, ok := find(keys, f.name)
		switch {
		case ok:
		case def != nil:
			v = def
		default:
			v = &ast.Atom{Loc: n.Loc, Name: "_"}
		}
		elems = append(elems, v)
	}
	if what, k := checkFields(keys, fs); what != "" {
		fail(n.Pos(), "fun head contains %s %s in record type %s", what, keyText(k), lint.AtomText(n.Name))
	}
	return &ast.Tuple{Loc: n.Loc, Elems: elems}
}
