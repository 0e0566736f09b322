// Package mstransform does at translation time what OTP's ms_transform
// parse transform does on BEAM. ms_transform.hrl adds
// -compile({parse_transform, ms_transform}) to a module; erl2go runs no
// parse transforms, so the driver calls Transform on the parsed module.
//
// Input: an *ast.Module as the parser made it. Output: the same module,
// changed in place: every call ets:fun2ms(Fun) or dbg:fun2ms(Fun) whose
// argument is a literal fun is replaced by an expression that builds the
// match specification the fun denotes: [{Head, Guards, Body}, ...] with
// the head's variables numbered '$1', '$2'... in order of appearance, a
// variable bound to the whole head as '$_', guards and body in the
// match-spec language ({Op, A, B}, {{Tuple}}, {const, X} for an atom
// starting with '$'), and any variable bound outside the fun kept as
// {const, Var} so that its value is read at run time. Records used by the
// funs become tuples, and -compile({nowarn_unused_record, [Names]}) is
// added for them, as ms_transform does.
//
// Like ms_transform, the transform stops at the first fun it cannot
// translate and reports the error (in ms_transform's words) instead of
// the module; it warns when a head variable shadows one bound outside.
package mstransform

import (
	"sort"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/source"
)

// Transform applies ms_transform when the module names it. It reports
// false when a fun2ms call could not be translated (the error is in errs:
// erlc then stops before lint).
func Transform(fset *source.FileSet, m *ast.Module, errs *source.ErrorList) bool {
	if !hasTransform(m, "ms_transform") {
		return true
	}
	t := &transformer{records: map[string][]field{}, replaced: map[string]bool{}}
	ok := t.run(m)
	for _, w := range t.warnings {
		errs.Warn(fset.Position(w.pos), "%s", w.msg)
	}
	if !ok {
		errs.Add(fset.Position(t.err.pos), "%s", t.err.msg)
		return false
	}
	t.addNoWarn(m)
	return true
}

// msError is a translation error: ms_transform throws at the first one.
type msError struct {
	pos source.Pos
	msg string
}

// field is a record field: its name, its position in the tuple (from 2),
// its default expression (nil for undefined) and where it is declared.
type field struct {
	name  string
	index int
	def   ast.Expr
	pos   source.Pos
}

type transformer struct {
	records  map[string][]field // the records declared so far, as forms are read
	replaced map[string]bool    // records that fun2ms turned into tuples
	bound    map[string]bool    // variables bound before the current point
	warnings []msError
	err      msError
}

// run transforms the forms in order; records declared after a function
// are unknown to it, as in ms_transform.
func (t *transformer) run(m *ast.Module) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			e, isErr := r.(msError)
			if !isErr {
				panic(r)
			}
			t.err, ok = e, false
		}
	}()
	for _, f := range m.Forms {
		switch f := f.(type) {
		case *ast.RecordDecl:
			t.addRecord(f)
		case *ast.Function:
			for _, c := range f.Clauses {
				t.bound = map[string]bool{}
				t.patterns(c.Patterns)
				t.exprs(c.Body)
			}
		}
	}
	return true
}

func (t *transformer) addRecord(r *ast.RecordDecl) {
	fs := make([]field, len(r.Fields))
	for i, fd := range r.Fields {
		fs[i] = field{name: fd.Name, index: i + 2, def: fd.Default, pos: fd.Pos()}
	}
	t.records[r.Name] = fs
}

// record looks a record up, noting that it is replaced by a tuple.
func (t *transformer) record(name string) ([]field, bool) {
	fs, ok := t.records[name]
	if ok {
		t.replaced[name] = true
	}
	return fs, ok
}

// addNoWarn adds -compile({nowarn_unused_record, [Names]}) after -module.
func (t *transformer) addNoWarn(m *ast.Module) {
	if len(t.replaced) == 0 {
		return
	}
	names := make([]string, 0, len(t.replaced))
	for n := range t.replaced {
		names = append(names, n)
	}
	sort.Strings(names)
	at := 0
	for i, f := range m.Forms {
		if _, ok := f.(*ast.ModuleAttr); ok {
			at = i + 1
			break
		}
	}
	loc := ast.At(m.Forms[0].Pos())
	if at > 0 {
		loc = ast.At(m.Forms[at-1].Pos())
	}
	elems := make([]ast.Expr, len(names))
	for i, n := range names {
		elems[i] = &ast.Atom{Loc: loc, Name: n}
	}
	val := &ast.Tuple{Loc: loc, Elems: []ast.Expr{&ast.Atom{Loc: loc, Name: "nowarn_unused_record"}, list(loc, elems, &ast.Nil{Loc: loc})}}
	attr := &ast.Attribute{Loc: loc, Name: "compile", Value: val}
	m.Forms = append(m.Forms[:at], append([]ast.Form{attr}, m.Forms[at:]...)...)
}

// hasTransform reports whether a -compile attribute names the parse transform.
func hasTransform(m *ast.Module, name string) bool {
	for _, f := range m.Forms {
		a, ok := f.(*ast.Attribute)
		if ok && a.Name == "compile" && mentions(a.Value, name) {
			return true
		}
	}
	return false
}

// mentions finds {parse_transform, Name} in a compile option or a list of them.
func mentions(e ast.Expr, name string) bool {
	switch v := e.(type) {
	case *ast.Tuple:
		return len(v.Elems) == 2 && isAtom(v.Elems[0], "parse_transform") && isAtom(v.Elems[1], name)
	case *ast.Cons:
		return mentions(v.Head, name) || mentions(v.Tail, name)
	}
	return false
}

func isAtom(e ast.Expr, name string) bool {
	a, ok := e.(*ast.Atom)
	return ok && a.Name == name
}

// list builds [E1, ..., En | tail].
func list(loc ast.Loc, elems []ast.Expr, tail ast.Expr) ast.Expr {
	for i := len(elems) - 1; i >= 0; i-- {
		tail = &ast.Cons{Loc: loc, Head: elems[i], Tail: tail}
	}
	return tail
}
