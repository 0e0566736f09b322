// Package core prepares one parsed Erlang module for Go generation.
//
// Input: an *ast.Module as the parser produced it (and lint accepted).
// Output: a *Module whose functions use a smaller language:
//
//   - records are gone: #r{...} is a tuple, patterns #r{f = P} are tuple
//     patterns, and accesses, updates and is_record/2 are calls to the
//     intrinsic pseudo-module '$rt' (see Intrinsic) that the generator maps
//     to runtime helpers;
//   - every call by a bare name is either a call of a function defined in
//     the module (a local call) or a Remote call: imported and auto-imported
//     (erlang) functions are made remote, and ?MODULE:f(...) is made local
//     when f is defined here (erl2go has no hot code loading);
//   - record_info/2 is replaced by its value.
//
// Core also finds the tail calls between the module's functions and groups
// the functions that tail-call each other in a cycle (Groups), so that the
// generator can compile each group into one Go loop.
//
// Invariants: the input AST is never modified (rewritten nodes are copies);
// positions are kept, so messages and //line comments still point at the
// source.
package core

import (
	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/source"
)

// FA names a function: Name/Arity.
type FA struct {
	Name  string
	Arity int
}

// Module is a module ready for generation.
type Module struct {
	Name    string
	File    string
	Exports []FA // in the order of the export attributes
	Funcs   []*ast.Function
	// Groups lists the sets of two or more functions that tail-call each
	// other in a cycle; Group maps each member to its group's index.
	Groups [][]FA
	Group  map[FA]int
	// SelfTail is the set of functions with a tail call to themselves.
	SelfTail map[FA]bool
}

// Intrinsic is the module name of calls that core introduces and the
// generator maps to runtime helpers: record_get(E, Name, Size, Index),
// record_set(E, Name, Size, Index1, Value1, ...) and is_record(E, Name, Size).
const Intrinsic = "$rt"

// Lower turns a parsed module into a core module. Errors (an undefined
// record, a missing module attribute) are reported with positions from fset.
func Lower(m *ast.Module, fset *source.FileSet) (*Module, *source.ErrorList) {
	l := &lowerer{
		fset:    fset,
		errs:    &source.ErrorList{},
		records: map[string]*ast.RecordDecl{},
		imports: map[FA]string{},
		defined: map[FA]bool{},
		out:     &Module{File: m.File, Group: map[FA]int{}, SelfTail: map[FA]bool{}},
	}
	l.collect(m)
	if l.out.Name == "" {
		l.errs.Add(source.Position{Filename: m.File}, "no module definition")
		return nil, l.errs
	}
	for _, f := range m.Forms {
		if fn, ok := f.(*ast.Function); ok {
			l.out.Funcs = append(l.out.Funcs, l.function(fn))
		}
	}
	l.out.findTailGroups()
	return l.out, l.errs
}

type lowerer struct {
	fset    *source.FileSet
	errs    *source.ErrorList
	records map[string]*ast.RecordDecl
	imports map[FA]string // imported function -> its module
	defined map[FA]bool
	out     *Module
}

// collect reads the attributes and the set of defined functions, which the
// rewriting of calls and records needs before any function is lowered.
func (l *lowerer) collect(m *ast.Module) {
	for _, f := range m.Forms {
		switch f := f.(type) {
		case *ast.ModuleAttr:
			l.out.Name = f.Name
		case *ast.Export:
			for _, fa := range f.Funcs {
				l.out.Exports = append(l.out.Exports, FA{fa.Name, fa.Arity})
			}
		case *ast.Import:
			for _, fa := range f.Funcs {
				l.imports[FA{fa.Name, fa.Arity}] = f.Module
			}
		case *ast.RecordDecl:
			l.records[f.Name] = f
		case *ast.Function:
			l.defined[FA{f.Name, f.Arity}] = true
		}
	}
}

func (l *lowerer) errorf(n ast.Node, format string, args ...any) {
	l.errs.Add(l.fset.Position(n.Pos()), format, args...)
}

func (l *lowerer) function(fn *ast.Function) *ast.Function {
	out := *fn
	out.Clauses = l.clauses(fn.Clauses)
	return &out
}

func (l *lowerer) clauses(cs []*ast.Clause) []*ast.Clause {
	out := make([]*ast.Clause, len(cs))
	for i, c := range cs {
		out[i] = l.clause(c)
	}
	return out
}

func (l *lowerer) clause(c *ast.Clause) *ast.Clause {
	out := &ast.Clause{Loc: c.Loc}
	out.Patterns = l.patterns(c.Patterns)
	for _, g := range c.Guards {
		out.Guards = append(out.Guards, ast.Guard(l.exprs(g)))
	}
	out.Body = l.exprs(c.Body)
	return out
}

func (l *lowerer) exprs(es []ast.Expr) []ast.Expr {
	out := make([]ast.Expr, len(es))
	for i, e := range es {
		out[i] = l.expr(e)
	}
	return out
}

func (l *lowerer) patterns(es []ast.Expr) []ast.Expr {
	out := make([]ast.Expr, len(es))
	for i, e := range es {
		out[i] = l.pattern(e)
	}
	return out
}
