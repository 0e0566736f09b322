package ast

import (
	"strings"
	"testing"
)

// f(X) -> [X | "ab"].
func sample() *Function {
	x := &Var{Name: "X"}
	return &Function{Name: "f", Arity: 1, Clauses: []*Clause{{
		Patterns: []Expr{x},
		Body:     []Expr{&Cons{Head: &Var{Name: "X"}, Tail: &String{Value: []rune("ab")}}},
	}}}
}

func TestInspect(t *testing.T) {
	var names []string
	Inspect(sample(), func(n Node) bool {
		if v, ok := n.(*Var); ok {
			names = append(names, v.Name)
		}
		return true
	})
	if strings.Join(names, ",") != "X,X" {
		t.Errorf("vars = %v", names)
	}
}

func TestDump(t *testing.T) {
	var b strings.Builder
	Dump(&b, nil, sample())
	want := `Function Name="f" Arity=1
  .Clauses
    Clause
      .Patterns
        Var Name="X"
      .Body
        Cons
          .Head
            Var Name="X"
          .Tail
            String Value="ab"
`
	if b.String() != want {
		t.Errorf("got\n%s", b.String())
	}
}
