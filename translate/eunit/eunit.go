// Package eunit does at translation time what EUnit's parse transforms do
// on BEAM. eunit.hrl adds -compile({parse_transform, eunit_autoexport}) to a
// module (eunit_striptests when NOTEST is defined); erl2go runs no parse
// transforms, so the driver calls Transform on the parsed module instead.
//
// Input: an *ast.Module as the parser made it. Output: the same module,
// changed in place: with eunit_autoexport, every function of arity 0
// whose name ends in _test, _test_ or _exported_ (and eunit_wrapper_/1) is
// exported, and test/0 (calling eunit:test(Module)) is added and exported
// unless the module defines test/0 itself; with eunit_striptests, those
// functions are removed unless the module exports them.
package eunit

import (
	"strings"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/source"
)

// Transform applies the EUnit parse transform the module asks for, if any.
func Transform(m *ast.Module) {
	switch {
	case hasTransform(m, "eunit_autoexport"):
		autoexport(m)
	case hasTransform(m, "eunit_striptests"):
		striptests(m)
	}
}

// hasTransform reports whether a -compile attribute names the parse transform.
func hasTransform(m *ast.Module, name string) bool {
	for _, f := range m.Forms {
		a, ok := f.(*ast.Attribute)
		if ok && a.Name == "compile" && mentionsTransform(a.Value, name) {
			return true
		}
	}
	return false
}

// mentionsTransform finds {parse_transform, Name} in a compile option or list of them.
func mentionsTransform(e ast.Expr, name string) bool {
	switch v := e.(type) {
	case *ast.Tuple:
		if len(v.Elems) == 2 && isAtom(v.Elems[0], "parse_transform") && isAtom(v.Elems[1], name) {
			return true
		}
	case *ast.Cons:
		return mentionsTransform(v.Head, name) || mentionsTransform(v.Tail, name)
	}
	return false
}

func isAtom(e ast.Expr, name string) bool {
	a, ok := e.(*ast.Atom)
	return ok && a.Name == name
}

// IsTest reports whether a function is one EUnit exports: Name/0 ending in
// _test, _test_ or _exported_, or eunit_wrapper_/1.
func IsTest(name string, arity int) bool {
	if arity == 1 {
		return name == "eunit_wrapper_"
	}
	return arity == 0 && (strings.HasSuffix(name, "_test") || strings.HasSuffix(name, "_test_") ||
		strings.HasSuffix(name, "_exported_"))
}

// autoexport exports the test functions and adds test/0, as eunit_autoexport does.
func autoexport(m *ast.Module) {
	var funcs []ast.FuncName
	modName, modAt, hasTest := "", -1, false
	for i, f := range m.Forms {
		switch v := f.(type) {
		case *ast.ModuleAttr:
			modName, modAt = v.Name, i
		case *ast.Function:
			if IsTest(v.Name, v.Arity) {
				funcs = append(funcs, ast.FuncName{Loc: v.Loc, Name: v.Name, Arity: v.Arity})
			}
			hasTest = hasTest || v.Name == "test" && v.Arity == 0
		}
	}
	if modAt < 0 {
		return
	}
	at := m.Forms[modAt].Pos()
	if !hasTest {
		funcs = append([]ast.FuncName{{Loc: ast.At(at), Name: "test"}}, funcs...)
		m.Forms = append(m.Forms, testFunc(at, modName))
	}
	exp := &ast.Export{Loc: ast.At(at), Funcs: funcs}
	m.Forms = append(m.Forms[:modAt+1], append([]ast.Form{exp}, m.Forms[modAt+1:]...)...)
}

// testFunc is test() -> eunit:test(Module).
func testFunc(at source.Pos, mod string) *ast.Function {
	loc := ast.At(at)
	call := &ast.Call{Loc: loc,
		Fun:  &ast.Remote{Loc: loc, Module: &ast.Atom{Loc: loc, Name: "eunit"}, Fun: &ast.Atom{Loc: loc, Name: "test"}},
		Args: []ast.Expr{&ast.Atom{Loc: loc, Name: mod}}}
	return &ast.Function{Loc: loc, Name: "test", Clauses: []*ast.Clause{{Loc: loc, Body: []ast.Expr{call}}}}
}

// striptests removes the test functions that are not exported, as
// eunit_striptests does when testing is off.
func striptests(m *ast.Module) {
	exported := map[ast.FuncName]bool{}
	for _, f := range m.Forms {
		if e, ok := f.(*ast.Export); ok {
			for _, fn := range e.Funcs {
				exported[ast.FuncName{Name: fn.Name, Arity: fn.Arity}] = true
			}
		}
	}
	kept := m.Forms[:0]
	for _, f := range m.Forms {
		fn, ok := f.(*ast.Function)
		if ok && IsTest(fn.Name, fn.Arity) && !exported[ast.FuncName{Name: fn.Name, Arity: fn.Arity}] {
			continue
		}
		kept = append(kept, f)
	}
	m.Forms = kept
}
