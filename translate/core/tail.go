package core

import "github.com/erl2go/erl2go/translate/ast"

// findTailGroups builds the graph of local tail calls and records its
// strongly connected components of two or more functions (Tarjan's
// algorithm), and the functions that tail-call themselves.
func (m *Module) findTailGroups() {
	edges := map[FA][]FA{}
	for _, f := range m.Funcs {
		from := FA{f.Name, f.Arity}
		for _, c := range f.Clauses {
			TailCalls(c.Body, func(call *ast.Call, to FA) {
				if to == from {
					m.SelfTail[from] = true
				}
				edges[from] = append(edges[from], to)
			})
		}
	}
	t := &tarjan{edges: edges, index: map[FA]int{}, low: map[FA]int{}, on: map[FA]bool{}}
	for _, f := range m.Funcs {
		if _, seen := t.index[FA{f.Name, f.Arity}]; !seen {
			t.visit(FA{f.Name, f.Arity})
		}
	}
	for _, scc := range t.sccs {
		if len(scc) < 2 {
			continue
		}
		for _, fa := range scc {
			m.Group[fa] = len(m.Groups)
		}
		m.Groups = append(m.Groups, scc)
	}
}

// TailCalls calls f for every local call in tail position of body (the last
// expression, through case, if, begin, receive and maybe; not through try or
// catch, whose bodies run under a handler).
func TailCalls(body []ast.Expr, f func(*ast.Call, FA)) { tailCalls(body, true, f) }

// TailCallsOutsideMaybe is TailCalls without the calls in tail position of
// a maybe.
func TailCallsOutsideMaybe(body []ast.Expr, f func(*ast.Call, FA)) { tailCalls(body, false, f) }

func tailCalls(body []ast.Expr, maybe bool, f func(*ast.Call, FA)) {
	tailExprs(body, maybe, func(e ast.Expr) {
		if call, ok := e.(*ast.Call); ok {
			if a, ok := call.Fun.(*ast.Atom); ok {
				f(call, FA{a.Name, len(call.Args)})
			}
		}
	})
}

// TailExprs calls visit with each expression in tail position of body,
// through case, if, begin, receive and maybe.
func TailExprs(body []ast.Expr, visit func(ast.Expr)) { tailExprs(body, true, visit) }

func tailExprs(body []ast.Expr, maybe bool, visit func(ast.Expr)) {
	if len(body) == 0 {
		return
	}
	switch e := body[len(body)-1].(type) {
	case *ast.Block:
		tailExprs(e.Body, maybe, visit)
	case *ast.Case:
		for _, c := range e.Clauses {
			tailExprs(c.Body, maybe, visit)
		}
	case *ast.If:
		for _, c := range e.Clauses {
			tailExprs(c.Body, maybe, visit)
		}
	case *ast.Receive:
		for _, c := range e.Clauses {
			tailExprs(c.Body, maybe, visit)
		}
		tailExprs(e.After, maybe, visit)
	case *ast.Maybe:
		if !maybe {
			return
		}
		tailExprs(e.Body, maybe, visit) // unless it ends with a ?=
		for _, c := range e.Else {
			tailExprs(c.Body, maybe, visit)
		}
	default:
		visit(e)
	}
}

type tarjan struct {
	edges   map[FA][]FA
	index   map[FA]int
	low     map[FA]int
	on      map[FA]bool
	stack   []FA
	counter int
	sccs    [][]FA
}

func (t *tarjan) visit(v FA) {
	t.index[v] = t.counter
	t.low[v] = t.counter
	t.counter++
	t.stack = append(t.stack, v)
	t.on[v] = true
	for _, w := range t.edges[v] {
		if _, seen := t.index[w]; !seen {
			t.visit(w)
			t.low[v] = min(t.low[v], t.low[w])
		} else if t.on[w] {
			t.low[v] = min(t.low[v], t.index[w])
		}
	}
	if t.low[v] != t.index[v] {
		return
	}
	var scc []FA
	for {
		w := t.stack[len(t.stack)-1]
		t.stack = t.stack[:len(t.stack)-1]
		t.on[w] = false
		scc = append(scc, w)
		if w == v {
			break
		}
	}
	// Source order inside a group keeps the generated code stable.
	for i, j := 0, len(scc)-1; i < j; i, j = i+1, j-1 {
		scc[i], scc[j] = scc[j], scc[i]
	}
	t.sccs = append(t.sccs, scc)
}
