package core

import "github.com/erl2go/erl2go/translate/ast"

// Records are tuples {Name, Field1, ..., FieldN}. This file lowers every
// record construct to tuples and intrinsic calls.

// decl returns the declaration of record name, reporting an error if there
// is none.
func (l *lowerer) decl(n ast.Node, name string) *ast.RecordDecl {
	d := l.records[name]
	if d == nil {
		l.errorf(n, "record %s undefined", name)
	}
	return d
}

// fieldIndex is the field's 1-based position in the record declaration, or 0.
func fieldIndex(d *ast.RecordDecl, field string) int {
	for i, f := range d.Fields {
		if f.Name == field {
			return i + 1
		}
	}
	return 0
}

func (l *lowerer) checkField(n ast.Node, d *ast.RecordDecl, field string) int {
	i := fieldIndex(d, field)
	if i == 0 {
		l.errorf(n, "field %s undefined in record %s", field, d.Name)
	}
	return i
}

// recordNew lowers #r{f = V, _ = W}: a tuple whose unnamed fields get W, or
// else their default (expressions) or _ (patterns).
func (l *lowerer) recordNew(e *ast.Record, pattern bool) ast.Expr {
	d := l.decl(e, e.Name)
	if d == nil {
		return &ast.Atom{Loc: e.Loc, Name: "undefined"}
	}
	sub := l.expr
	if pattern {
		sub = l.pattern
	}
	elems := make([]ast.Expr, len(d.Fields)+1)
	elems[0] = &ast.Atom{Loc: e.Loc, Name: e.Name}
	var rest ast.Expr
	for _, f := range e.Fields {
		if f.Name == "_" {
			rest = f.Value
			continue
		}
		if i := l.checkField(f, d, f.Name); i > 0 {
			elems[i] = sub(f.Value)
		}
	}
	for i, fd := range d.Fields {
		if elems[i+1] != nil {
			continue
		}
		switch {
		case rest != nil:
			elems[i+1] = sub(rest)
		case pattern:
			elems[i+1] = &ast.Var{Loc: e.Loc, Name: "_"}
		case fd.Default != nil:
			elems[i+1] = l.expr(fd.Default)
		default:
			elems[i+1] = &ast.Atom{Loc: e.Loc, Name: "undefined"}
		}
	}
	return &ast.Tuple{Loc: e.Loc, Elems: elems}
}

// recordUpdate lowers Base#r{f = V, ...} to '$rt':record_set(Base, r, Size, I1, V1, ...),
// which checks that Base is an r record (badrecord) and copies it.
func (l *lowerer) recordUpdate(e *ast.Record) ast.Expr {
	d := l.decl(e, e.Name)
	if d == nil {
		return l.expr(e.Base)
	}
	args := []ast.Expr{l.expr(e.Base), &ast.Atom{Loc: e.Loc, Name: e.Name}, intLit(e.Loc, len(d.Fields)+1)}
	for _, f := range e.Fields {
		if i := l.checkField(f, d, f.Name); i > 0 {
			args = append(args, intLit(f.Loc, i+1), l.expr(f.Value))
		}
	}
	return remoteCall(e.Loc, Intrinsic, "record_set", args)
}

// recordIndex lowers #r.f to the field's tuple position.
func (l *lowerer) recordIndex(e *ast.RecordIndex) ast.Expr {
	d := l.decl(e, e.Name)
	if d == nil {
		return intLit(e.Loc, 0)
	}
	return intLit(e.Loc, l.checkField(e, d, e.Field)+1)
}

// recordAccess lowers E#r.f to '$rt':record_get(E, r, Size, Index).
func (l *lowerer) recordAccess(e *ast.RecordAccess) ast.Expr {
	d := l.decl(e, e.Name)
	if d == nil {
		return l.expr(e.Expr)
	}
	i := l.checkField(e, d, e.Field)
	return remoteCall(e.Loc, Intrinsic, "record_get", []ast.Expr{l.expr(e.Expr),
		&ast.Atom{Loc: e.Loc, Name: e.Name}, intLit(e.Loc, len(d.Fields)+1), intLit(e.Loc, i+1)})
}

// recordBIF expands is_record(X, r) and record_info(fields | size, r) for a
// declared record; it returns nil for any other call.
func (l *lowerer) recordBIF(e *ast.Call, name string, args []ast.Expr) ast.Expr {
	if len(args) != 2 || (name != "is_record" && name != "record_info") {
		return nil
	}
	var rec *ast.Atom
	switch name {
	case "is_record":
		rec, _ = args[1].(*ast.Atom)
	case "record_info":
		rec, _ = args[1].(*ast.Atom)
	}
	if rec == nil {
		return nil
	}
	d := l.decl(rec, rec.Name)
	if d == nil {
		return &ast.Atom{Loc: e.Loc, Name: "false"}
	}
	if name == "is_record" {
		return remoteCall(e.Loc, Intrinsic, "is_record", []ast.Expr{args[0], rec, intLit(e.Loc, len(d.Fields)+1)})
	}
	what, _ := args[0].(*ast.Atom)
	switch {
	case what != nil && what.Name == "size":
		return intLit(e.Loc, len(d.Fields)+1)
	case what != nil && what.Name == "fields":
		var list ast.Expr = &ast.Nil{Loc: e.Loc}
		for i := len(d.Fields) - 1; i >= 0; i-- {
			list = &ast.Cons{Loc: e.Loc, Head: &ast.Atom{Loc: e.Loc, Name: d.Fields[i].Name}, Tail: list}
		}
		return list
	}
	l.errorf(e, "illegal record_info/2 argument")
	return &ast.Nil{Loc: e.Loc}
}

func intLit(loc ast.Loc, v int) *ast.Integer { return &ast.Integer{Loc: loc, Value: int64(v)} }
