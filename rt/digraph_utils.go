package rt

import "slices"

// The digraph_utils module: searches over a digraph (digraph.go), with
// OTP's traversal orders, so that results come in the order BEAM gives for
// the same vertex order.
//
// A forest is a depth-first traversal from each of a list of roots in
// turn, skipping vertices already seen; each tree is the list of its
// vertices in reverse order of visit, and the trees come last first.

func init() {
	RegisterModule("digraph_utils",
		Export("components", 1, DigraphUtilsComponents1),
		Export("strong_components", 1, DigraphUtilsStrongComponents1),
		Export("cyclic_strong_components", 1, DigraphUtilsCyclicStrongComponents1),
		Export("reachable", 2, DigraphUtilsReachable2),
		Export("reachable_neighbours", 2, DigraphUtilsReachableNeighbours2),
		Export("reaching", 2, DigraphUtilsReaching2),
		Export("reaching_neighbours", 2, DigraphUtilsReachingNeighbours2),
		Export("topsort", 1, DigraphUtilsTopsort1),
		Export("is_acyclic", 1, DigraphUtilsIsAcyclic1),
		Export("arborescence_root", 1, DigraphUtilsArborescenceRoot1),
		Export("is_arborescence", 1, DigraphUtilsIsArborescence1),
		Export("is_tree", 1, DigraphUtilsIsTree1),
		Export("loop_vertices", 1, DigraphUtilsLoopVertices1),
		Export("subgraph", 2, DigraphUtilsSubgraph2),
		Export("subgraph", 3, DigraphUtilsSubgraph3),
		Export("condensation", 1, DigraphUtilsCondensation1),
		Export("preorder", 1, DigraphUtilsPreorder1),
		Export("postorder", 1, DigraphUtilsPostorder1),
	)
}

// succ gives the vertices a traversal goes on to from V, first first.
type succ func(d *digraph, v Term) []Term

func outSucc(d *digraph, v Term) []Term { return d.outNeighbours(v) }
func inSucc(d *digraph, v Term) []Term  { return d.neighbours(atomIn, v) }

// inoutSucc is the in-neighbours, then the out-neighbours.
func inoutSucc(d *digraph, v Term) []Term {
	return append(d.neighbours(atomIn, v), d.outNeighbours(v)...)
}

// utilsFrames puts the frames of digraph_utils' functions (innermost
// first) under a bad record raised by the digraph call that met it, after
// those of the functions it called: deferred, as `defer utilsFrames(...)`.
func utilsFrames(frames ...erlFrame) {
	r := recover()
	if r == nil {
		return
	}
	if e, ok := r.(*Exception); ok && e.stack == nil {
		if h, ok := e.head.(*Tuple); ok && h.Elems[0] == Term(atomDigraph) {
			for _, f := range frames {
				e.under = append(e.under, f.entry(nil))
			}
		}
	}
	panic(r)
}

// The frames of digraph_utils' helpers that call digraph first.
var (
	fForest2       = erlFrame{"digraph_utils", "forest", 2, 231}
	fRevpostorder  = erlFrame{"digraph_utils", "revpostorder", 1, 269}
	fStrongComps   = erlFrame{"digraph_utils", "strong_components", 1, 58}
	fLoopVertices  = erlFrame{"digraph_utils", "loop_vertices", 1, 157}
	fArborescence  = erlFrame{"digraph_utils", "arborescence_root", 1, 121}
	fSubgraphOpts5 = erlFrame{"digraph_utils", "subgraph_opts", 5, 317}
)

// utilsGraph takes the graph apart as digraph:vertices/1 first does.
func utilsGraph(p *Process, g Term) *digraph {
	return graphOf(p, g, erlFrame{"digraph", "vertices", 1, 198})
}

// forest traverses from each root in turn; with first false a root itself
// is not visited, only what follows from it.
func forest(d *digraph, sf succ, roots []Term, first bool) []Term {
	seen := newTermSet()
	var trees []Term
	for _, r := range roots {
		var stack []Term
		if first {
			stack = []Term{r}
		} else if !seen.has(r) {
			stack = reversedTerms(sf(d, r))
		}
		var tree Term = Nil{}
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if seen.has(v) {
				continue
			}
			seen.add(v)
			tree = &Cons{Head: v, Tail: tree}
			stack = append(stack, reversedTerms(sf(d, v))...)
		}
		if tree != (Nil{}) {
			trees = append(trees, tree)
		}
	}
	slices.Reverse(trees)
	return trees
}

func reversedTerms(ts []Term) []Term {
	slices.Reverse(ts)
	return ts
}

// appendAll is lists:append of the trees.
func appendAll(trees []Term) Term {
	var out []Term
	for _, t := range trees {
		for c := Cells(t); c != nil; c = Cells(c.Tail) {
			out = append(out, c.Head)
		}
	}
	return List(out...)
}

func vertexSlice(d *digraph) []Term {
	vs, _ := ListToSlice(d.vertices())
	return vs
}

// revpostorder is the vertices in reverse postorder of a depth-first
// traversal from each vertex in table order.
func revpostorder(d *digraph) []Term {
	seen := newTermSet()
	var post []Term
	var visit func(vs []Term)
	visit = func(vs []Term) {
		for _, v := range vs {
			if !seen.has(v) {
				seen.add(v)
				visit(d.outNeighbours(v))
				post = append(post, v)
			}
		}
	}
	visit(vertexSlice(d))
	return reversedTerms(post)
}

// DigraphUtilsComponents1 is digraph_utils:components(G).
func DigraphUtilsComponents1(p *Process, g Term) Term {
	defer utilsFrames(fForest2)
	d := utilsGraph(p, g)
	return List(forest(d, inoutSucc, vertexSlice(d), true)...)
}

// DigraphUtilsStrongComponents1 is digraph_utils:strong_components(G).
func DigraphUtilsStrongComponents1(p *Process, g Term) Term {
	defer utilsFrames(fRevpostorder, fStrongComps)
	d := utilsGraph(p, g)
	return List(forest(d, inSucc, revpostorder(d), true)...)
}

// DigraphUtilsCyclicStrongComponents1 is
// digraph_utils:cyclic_strong_components(G): the strong components but
// single vertices without a loop, in reverse order.
func DigraphUtilsCyclicStrongComponents1(p *Process, g Term) Term {
	defer utilsFrames(fRevpostorder, fStrongComps, erlFrame{"digraph_utils", "cyclic_strong_components", 1, 65})
	d := utilsGraph(p, g)
	var out Term = Nil{}
	for _, c := range forest(d, inSucc, revpostorder(d), true) {
		cell := c.(*Cons)
		if cell.Tail != (Nil{}) || isLoopVertex(d, cell.Head) {
			out = &Cons{Head: c, Tail: out}
		}
	}
	return out
}

func isLoopVertex(d *digraph, v Term) bool {
	for _, w := range d.outNeighbours(v) {
		if ExactEqual(v, w) {
			return true
		}
	}
	return false
}

// reach is reachable/2 and its kin: the list Vs is checked, else
// function_clause from digraph_utils:Fun(Vs, G); G is first read for the
// first root's neighbours.
func reach(p *Process, fun string, line int, vs, g Term, sf succ, first bool) Term {
	roots, ok := ListToSlice(vs)
	if !ok {
		return otpRaise(AtomFunctionClause, List(vs, g), erlFrame{"digraph_utils", fun, 2, line})
	}
	if len(roots) == 0 {
		return Nil{}
	}
	head, dir := erlFrame{"digraph", "out_neighbours", 2, 248}, erlFrame{"digraph_utils", "out", 3, 289}
	if fun == "reaching" || fun == "reaching_neighbours" {
		head, dir = erlFrame{"digraph", "in_neighbours", 2, 223}, erlFrame{"digraph_utils", "in", 3, 286}
	}
	traverse := erlFrame{"digraph_utils", "ptraverse", 6, 255}
	if !first {
		traverse = erlFrame{"digraph_utils", "pretraverse", 6, 247}
	}
	defer utilsFrames(dir, traverse, erlFrame{"lists", "foldl", 3, 1350},
		erlFrame{"digraph_utils", "forest", 4, 239}, erlFrame{"digraph_utils", fun, 2, line + 1})
	return appendAll(forest(graphOf(p, g, head), sf, roots, first))
}

// DigraphUtilsReachable2 is digraph_utils:reachable(Vs, G).
func DigraphUtilsReachable2(p *Process, vs, g Term) Term {
	return reach(p, "reachable", 72, vs, g, outSucc, true)
}

// DigraphUtilsReachableNeighbours2 is digraph_utils:reachable_neighbours(Vs, G).
func DigraphUtilsReachableNeighbours2(p *Process, vs, g Term) Term {
	return reach(p, "reachable_neighbours", 80, vs, g, outSucc, false)
}

// DigraphUtilsReaching2 is digraph_utils:reaching(Vs, G).
func DigraphUtilsReaching2(p *Process, vs, g Term) Term {
	return reach(p, "reaching", 88, vs, g, inSucc, true)
}

// DigraphUtilsReachingNeighbours2 is digraph_utils:reaching_neighbours(Vs, G).
func DigraphUtilsReachingNeighbours2(p *Process, vs, g Term) Term {
	return reach(p, "reaching_neighbours", 96, vs, g, inSucc, false)
}

// topsort is the vertices in topological order; ok is false if there is
// a cycle (a strong component of more than one vertex).
func topsort(d *digraph) (l []Term, ok bool) {
	l = revpostorder(d)
	return l, len(forest(d, inSucc, l, true)) == ListLen(d.vertices())
}

// DigraphUtilsTopsort1 is digraph_utils:topsort(G).
func DigraphUtilsTopsort1(p *Process, g Term) Term {
	defer utilsFrames(fRevpostorder, erlFrame{"digraph_utils", "topsort", 1, 104})
	if l, ok := topsort(utilsGraph(p, g)); ok {
		return List(l...)
	}
	return False
}

// DigraphUtilsIsAcyclic1 is digraph_utils:is_acyclic(G).
func DigraphUtilsIsAcyclic1(p *Process, g Term) Term {
	defer utilsFrames(erlFrame{"digraph_utils", "is_acyclic", 1, 114})
	if DigraphUtilsLoopVertices1(p, g) != (Nil{}) {
		return False
	}
	_, ok := topsort(utilsGraph(p, g))
	return Bool(ok)
}

// DigraphUtilsLoopVertices1 is digraph_utils:loop_vertices(G).
func DigraphUtilsLoopVertices1(p *Process, g Term) Term {
	defer utilsFrames(fLoopVertices)
	d := utilsGraph(p, g)
	var out []Term
	for _, v := range vertexSlice(d) {
		if isLoopVertex(d, v) {
			out = append(out, v)
		}
	}
	return List(out...)
}

// DigraphUtilsArborescenceRoot1 is digraph_utils:arborescence_root(G):
// {yes, Root} when G is a tree directed away from Root, else no.
func DigraphUtilsArborescenceRoot1(p *Process, g Term) Term {
	defer utilsFrames(fArborescence)
	d := graphOf(p, g, erlFrame{"digraph", "no_edges", 1, 305})
	vs := vertexSlice(d)
	if ListLen(EtsSelect2(p, d.et, edgeKeysSpec)) != len(vs)-1 {
		return Intern("no")
	}
	var root Term
	for _, v := range vs {
		switch ListLen(d.nedges(atomIn, v)) {
		case 1:
		case 0:
			if root != nil {
				return Intern("no")
			}
			root = v
		default:
			return Intern("no")
		}
	}
	if root == nil {
		return Intern("no")
	}
	return NewTuple(Intern("yes"), root)
}

// DigraphUtilsIsArborescence1 is digraph_utils:is_arborescence(G).
func DigraphUtilsIsArborescence1(p *Process, g Term) Term {
	defer utilsFrames(erlFrame{"digraph_utils", "is_arborescence", 1, 143})
	return Bool(DigraphUtilsArborescenceRoot1(p, g) != Term(Intern("no")))
}

// DigraphUtilsIsTree1 is digraph_utils:is_tree(G): connected, with one
// edge fewer than vertices.
func DigraphUtilsIsTree1(p *Process, g Term) Term {
	defer utilsFrames(erlFrame{"digraph_utils", "is_tree", 1, 149})
	d := graphOf(p, g, erlFrame{"digraph", "no_edges", 1, 305})
	vs := vertexSlice(d)
	if ListLen(EtsSelect2(p, d.et, edgeKeysSpec)) != len(vs)-1 {
		return False
	}
	return Bool(len(forest(d, inoutSucc, vs, true)) == 1)
}

// DigraphUtilsPreorder1 is digraph_utils:preorder(G).
func DigraphUtilsPreorder1(p *Process, g Term) Term {
	defer utilsFrames(fForest2, erlFrame{"digraph_utils", "revpreorder", 1, 265}, erlFrame{"digraph_utils", "preorder", 1, 217})
	d := utilsGraph(p, g)
	return ListsReverse1(p, appendAll(forest(d, outSucc, vertexSlice(d), true)))
}

// DigraphUtilsPostorder1 is digraph_utils:postorder(G).
func DigraphUtilsPostorder1(p *Process, g Term) Term {
	defer utilsFrames(fRevpostorder, erlFrame{"digraph_utils", "postorder", 1, 224})
	return List(reversedTerms(revpostorder(utilsGraph(p, g)))...)
}

var (
	atomKeepLabels = Intern("keep_labels")
	atomInherit    = Intern("inherit")
)

// DigraphUtilsSubgraph2 is digraph_utils:subgraph(G, Vs).
func DigraphUtilsSubgraph2(p *Process, g, vs Term) Term {
	defer utilsFrames(fSubgraphOpts5, erlFrame{"digraph_utils", "subgraph", 2, 166})
	return subgraph(p, g, vs, Nil{}, erlFrame{"digraph_utils", "subgraph", 2, 169})
}

// DigraphUtilsSubgraph3 is digraph_utils:subgraph(G, Vs, Options).
func DigraphUtilsSubgraph3(p *Process, g, vs, opts Term) Term {
	defer utilsFrames(fSubgraphOpts5, erlFrame{"digraph_utils", "subgraph", 3, 181})
	return subgraph(p, g, vs, opts, erlFrame{"digraph_utils", "subgraph", 3, 184})
}

// subgraph is the graph of the vertices Vs of G that are in G and the
// edges of G between them, with G's type and labels unless the options
// ({type, inherit | Type}, {keep_labels, Bool}) say otherwise. Bad
// options or a bad type raise badarg from f.
func subgraph(p *Process, g, vs, opts Term, f erlFrame) Term {
	var typ Term = atomInherit
	keep := true
	l := opts
	for c, ok := l.(*Cons); ok; c, ok = l.(*Cons) {
		t, isPair := TupleArity(c.Head, 2)
		switch {
		case isPair && t.Elems[0] == Term(atomType) && (t.Elems[1] == Term(atomInherit) || IsList(t.Elems[1])):
			typ = t.Elems[1]
		case isPair && t.Elems[0] == Term(atomKeepLabels) && (t.Elems[1] == Term(True) || t.Elems[1] == Term(False)):
			keep = t.Elems[1] == Term(True)
		default:
			return otpRaise(AtomBadarg, nil, f)
		}
		l = c.Tail
	}
	if l != (Nil{}) {
		return otpRaise(AtomBadarg, nil, f)
	}
	return subgraphOf(p, g, vs, typ, keep, f)
}

func subgraphOf(p *Process, g, vs, typ Term, keep bool, f erlFrame) Term {
	if typ == Term(atomInherit) {
		info := DigraphInfo1(p, g).(*Cons)
		prot := info.Tail.(*Cons).Tail.(*Cons).Head.(*Tuple).Elems[1]
		typ = List(info.Head.(*Tuple).Elems[1], prot)
	}
	sgT, exc := Try(func() Term { return DigraphNew1(p, typ) })
	if exc != nil {
		if exc.Class == AtomError && exc.Reason == Term(AtomBadarg) {
			return otpRaise(AtomBadarg, nil, f)
		}
		exc.Reraise()
	}
	d := graphOf(p, g, erlFrame{"digraph", "vertex", 2, 182})
	sg := graphOf(p, sgT, erlFrame{"digraph", "vertex", 2, 182})
	vl, ok := ListToSlice(vs)
	if !ok {
		return otpRaise(AtomFunctionClause, nil, erlFrame{"lists", "foreach", 2, otpLine("lists", "foreach", 2)})
	}
	for _, v := range vl {
		c, ok := EtsLookup2(p, d.vt, v).(*Cons)
		if !ok {
			continue
		}
		label := Term(Nil{})
		if keep {
			label = c.Head.(*Tuple).Elems[1]
		}
		EtsInsert2(p, sg.vt, NewTuple(v, label))
	}
	for _, v := range vertexSlice(sg) {
		for _, e := range d.edgesOf(atomOut, v) {
			x := EtsLookup2(p, d.et, e).(*Cons).Head.(*Tuple).Elems
			if EtsMember2(p, sg.vt, x[2]) == Term(False) {
				continue
			}
			label := Term(Nil{})
			if keep {
				label = x[3]
			}
			sg.addEdge(e, x[1], x[2], label)
		}
	}
	return sgT
}

// DigraphUtilsCondensation1 is digraph_utils:condensation(G): the graph
// whose vertices are G's strong components, with an edge from one to
// another where G has an edge between their vertices (and no loops).
func DigraphUtilsCondensation1(p *Process, g Term) Term {
	defer utilsFrames(fRevpostorder, fStrongComps, erlFrame{"digraph_utils", "condensation", 1, 192})
	d := utilsGraph(p, g)
	scs := forest(d, inSucc, revpostorder(d), true)
	index := newTermMap() // vertex -> number of its component
	for i, sc := range scs {
		for c := Cells(sc); c != nil; c = Cells(c.Tail) {
			index.put(c.Head, BoxInt(Int(i+1)))
		}
	}
	scgT := subgraphOf(p, g, Nil{}, atomInherit, true, erlFrame{"digraph_utils", "condensation", 1, 202})
	scg := graphOf(p, scgT, erlFrame{"digraph", "do_add_vertex", 2, 378})
	for _, sc := range scs {
		// The components SC has edges to, in the order of an ETS set of
		// their numbers, as OTP gathers them.
		t := EtsNew2(p, Intern("condense"), Nil{})
		for c := Cells(sc); c != nil; c = Cells(c.Tail) {
			for _, w := range d.outNeighbours(c.Head) {
				EtsInsert2(p, t, NewTuple(index.get(w)))
			}
		}
		EtsInsert2(p, scg.vt, NewTuple(sc, Nil{}))
		for i := EtsFirst1(p, t); i != Term(atomEndOfTable); i = EtsNext2(p, t, i) {
			n, _ := IntOf(i)
			c := scs[n-1]
			EtsInsert2(p, scg.vt, NewTuple(c, Nil{}))
			if !ExactEqual(c, sc) {
				scg.addEdge(scg.newID(atomEid, atomEmark), sc, c, Nil{})
			}
		}
		EtsDelete1(p, t)
	}
	return scgT
}
