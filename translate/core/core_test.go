package core_test

import (
	"testing"

	"github.com/erl2go/erl2go/translate"
	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/core"
	"github.com/erl2go/erl2go/translate/source"
)

func lower(t *testing.T, src string) (*core.Module, *source.ErrorList) {
	t.Helper()
	fset := source.NewFileSet()
	m, errs := translate.ParseFile(fset, "m.erl", translate.Options{
		ReadFile: func(string) ([]byte, error) { return []byte(src), nil },
	})
	if errs.HasErrors() {
		t.Fatalf("front end: %v", errs)
	}
	return core.Lower(m, fset)
}

// Functions that tail-call each other in a cycle form one group; a
// function that tail-calls itself is marked; a non-tail call makes no edge.
func TestTailGroups(t *testing.T) {
	m, errs := lower(t, `-module(m).
-export([even/1, loop/1, fib/1]).
even(0) -> true; even(N) -> odd(N - 1).
odd(0) -> false; odd(N) -> even(N - 1).
loop(0) -> ok; loop(N) -> ?MODULE:loop(N - 1).
fib(N) when N < 2 -> N; fib(N) -> fib(N - 1) + fib(N - 2).
`)
	if errs.HasErrors() {
		t.Fatal(errs)
	}
	if len(m.Groups) != 1 || len(m.Groups[0]) != 2 {
		t.Fatalf("groups = %v, want [[even/1 odd/1]]", m.Groups)
	}
	if !m.SelfTail[core.FA{Name: "loop", Arity: 1}] {
		t.Error("loop/1 (?MODULE:loop) is not a self tail call")
	}
	if m.SelfTail[core.FA{Name: "fib", Arity: 1}] {
		t.Error("fib/1 marked as a self tail call")
	}
}

// Records become tuples: creation fills defaults, patterns fill _.
func TestRecords(t *testing.T) {
	m, errs := lower(t, `-module(m).
-export([f/1]).
-record(r, {a = 1, b, c = x}).
f(#r{b = B}) -> #r{c = B}.
`)
	if errs.HasErrors() {
		t.Fatal(errs)
	}
	c := m.Funcs[0].Clauses[0]
	pat, ok := c.Patterns[0].(*ast.Tuple)
	if !ok || len(pat.Elems) != 4 {
		t.Fatalf("pattern = %#v, want a 4-tuple", c.Patterns[0])
	}
	if v, ok := pat.Elems[1].(*ast.Var); !ok || v.Name != "_" {
		t.Errorf("unnamed field in pattern = %#v, want _", pat.Elems[1])
	}
	body, ok := c.Body[0].(*ast.Tuple)
	if !ok || len(body.Elems) != 4 {
		t.Fatalf("body = %#v, want a 4-tuple", c.Body[0])
	}
	if i, ok := body.Elems[1].(*ast.Integer); !ok || i.Value != 1 {
		t.Errorf("default of a = %#v, want 1", body.Elems[1])
	}
	if a, ok := body.Elems[2].(*ast.Atom); !ok || a.Name != "undefined" {
		t.Errorf("b without default = %#v, want undefined", body.Elems[2])
	}
}

// Calls by bare name to functions not defined here become erlang:F or the
// imported module's.
func TestCallResolution(t *testing.T) {
	m, errs := lower(t, `-module(m).
-export([f/1]).
-import(lists, [reverse/1]).
f(L) -> {length(L), reverse(L), g(L)}.
g(X) -> X.
`)
	if errs.HasErrors() {
		t.Fatal(errs)
	}
	tup := m.Funcs[0].Clauses[0].Body[0].(*ast.Tuple)
	want := []string{"erlang:length", "lists:reverse", "g"}
	for i, e := range tup.Elems {
		call := e.(*ast.Call)
		got := ""
		switch fn := call.Fun.(type) {
		case *ast.Atom:
			got = fn.Name
		case *ast.Remote:
			got = fn.Module.(*ast.Atom).Name + ":" + fn.Fun.(*ast.Atom).Name
		}
		if got != want[i] {
			t.Errorf("call %d = %s, want %s", i, got, want[i])
		}
	}
}
