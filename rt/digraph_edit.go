package rt

// digraph's edges and the changes to a graph: add_edge, del_edge(s),
// del_vertex/vertices, del_path, and the path searches get_path,
// get_cycle, get_short_path and get_short_cycle.

// DigraphAddEdge3 is digraph:add_edge(G, V1, V2).
func DigraphAddEdge3(p *Process, g, v1, v2 Term) Term { return DigraphAddEdge4(p, g, v1, v2, Nil{}) }

// DigraphAddEdge4 is digraph:add_edge(G, V1, V2, Label): a new edge
// ['$e'|N], or {error, Reason}.
func DigraphAddEdge4(p *Process, g, v1, v2, label Term) Term {
	defer underFrame(erlFrame{"digraph", "add_edge", 4, 275})
	d := graphOf(p, g, erlFrame{"digraph", "new_edge_id", 1, 344})
	return d.addEdge(d.newID(atomEid, atomEmark), v1, v2, label)
}

// DigraphAddEdge5 is digraph:add_edge(G, E, V1, V2, Label): the edge E
// added, or relabelled when it joins V1 to V2 already.
func DigraphAddEdge5(p *Process, g, e, v1, v2, label Term) Term {
	defer underFrame(erlFrame{"digraph", "do_add_edge", 2, 464})
	d := graphOf(p, g, erlFrame{"digraph", "do_add_edge", 2, 464})
	return d.addEdge(e, v1, v2, label)
}

func errorTuple(reason Term) Term { return NewTuple(AtomError, reason) }

func (d *digraph) addEdge(e, v1, v2, label Term) Term {
	for _, v := range []Term{v1, v2} {
		if EtsMember2(d.p, d.vt, v) == Term(False) {
			return errorTuple(NewTuple(atomBadVertex, v))
		}
	}
	if c, ok := EtsLookup2(d.p, d.et, e).(*Cons); ok {
		old := c.Head.(*Tuple).Elems
		if !ExactEqual(old[1], v1) || !ExactEqual(old[2], v2) {
			return errorTuple(NewTuple(atomBadEdge, List(v1, v2)))
		}
	}
	if !d.cyclic {
		if ExactEqual(v1, v2) {
			return errorTuple(NewTuple(atomBadEdge, List(v1, v2)))
		}
		if path := d.getPath(v2, v1); path != Term(False) {
			return errorTuple(NewTuple(atomBadEdge, path))
		}
	}
	EtsInsert2(d.p, d.nt, List(NewTuple(NewTuple(atomOut, v1), e), NewTuple(NewTuple(atomIn, v2), e)))
	EtsInsert2(d.p, d.et, NewTuple(e, v1, v2, label))
	return e
}

// delEdge removes edge E from V1 to V2.
func (d *digraph) delEdge(e, v1, v2 Term) {
	spec := List(
		NewTuple(NewTuple(NewTuple(atomIn, v2), e), Nil{}, List(True)),
		NewTuple(NewTuple(NewTuple(atomOut, v1), e), Nil{}, List(True)))
	EtsSelectDelete2(d.p, d.nt, spec)
	EtsDelete2(d.p, d.et, e)
}

// delEdgeNamed removes edge E if there is one.
func (d *digraph) delEdgeNamed(e Term) {
	if c, ok := EtsLookup2(d.p, d.et, e).(*Cons); ok {
		x := c.Head.(*Tuple).Elems
		d.delEdge(e, x[1], x[2])
	}
}

// DigraphDelEdge2 is digraph:del_edge(G, E).
func DigraphDelEdge2(p *Process, g, e Term) Term {
	return DigraphDelEdges2(p, g, List(e))
}

// DigraphDelEdges2 is digraph:del_edges(G, Edges).
func DigraphDelEdges2(p *Process, g, es Term) Term {
	f := erlFrame{"digraph", "do_del_edges", 2, 420}
	defer underFrame(f)
	forEachOf(p, g, es, f, erlFrame{"digraph", "do_del_edges", 2, 419}, (*digraph).delEdgeNamed)
	return True
}

// forEachOf calls do for each element of the list l, as OTP's loops over
// a list with G: a non-graph G is a bad record at f for a non-empty list,
// and like an improper list a function_clause at end.
func forEachOf(p *Process, g, l Term, f, end erlFrame, do func(*digraph, Term)) {
	var d *digraph
	for c, ok := l.(*Cons); ok; c, ok = l.(*Cons) {
		if d == nil {
			d = graphOf(p, g, f)
		}
		do(d, c.Head)
		l = c.Tail
	}
	if t, ok := TupleArity(g, 5); l != (Nil{}) || !ok || t.Elems[0] != Term(atomDigraph) {
		otpRaise(AtomFunctionClause, List(l, g), end)
	}
}

// delVertex removes V and its edges.
func (d *digraph) delVertex(v Term) {
	for _, dir := range []Atom{atomIn, atomOut} {
		for _, e := range d.edgesOf(dir, v) {
			d.delEdgeNamed(e)
		}
	}
	EtsDelete2(d.p, d.vt, v)
}

// DigraphDelVertex2 is digraph:del_vertex(G, V).
func DigraphDelVertex2(p *Process, g, v Term) Term {
	f := erlFrame{"digraph", "do_del_vertex", 2, 402}
	defer underFrame(f)
	graphOf(p, g, f).delVertex(v)
	return True
}

// DigraphDelVertices2 is digraph:del_vertices(G, Vertices).
func DigraphDelVertices2(p *Process, g, vs Term) Term {
	f := erlFrame{"digraph", "do_del_vertex", 2, 402}
	defer underFrame(f)
	forEachOf(p, g, vs, f, erlFrame{"digraph", "do_del_vertices", 2, 396}, (*digraph).delVertex)
	return True
}

// DigraphDelPath3 is digraph:del_path(G, V1, V2): while there is a path
// from V1 to V2, the edges of the one get_path finds are removed.
func DigraphDelPath3(p *Process, g, v1, v2 Term) Term {
	defer underFrame(erlFrame{"digraph", "del_path", 3, 516})
	d := graphOf(p, g, erlFrame{"digraph", "out_neighbours", 2, 248})
	for {
		path, ok := ListToSlice(d.getPath(v1, v2))
		if !ok {
			return True
		}
		for i := 0; i+1 < len(path); i++ {
			a, b := path[i], path[i+1]
			for _, e := range d.edgesOf(atomOut, a) {
				c, ok := EtsLookup2(p, d.et, e).(*Cons)
				if !ok {
					continue
				}
				x := c.Head.(*Tuple).Elems
				if ExactEqual(x[1], a) && ExactEqual(x[2], b) {
					d.delEdge(e, a, b)
				}
			}
		}
	}
}

// DigraphGetPath3 is digraph:get_path(G, V1, V2): a simple path from V1
// to V2 of one edge or more, found depth first, or false.
func DigraphGetPath3(p *Process, g, v1, v2 Term) Term {
	defer underFrame(erlFrame{"digraph", "get_path", 3, 570})
	return graphOf(p, g, erlFrame{"digraph", "out_neighbours", 2, 248}).getPath(v1, v2)
}

func (d *digraph) getPath(v1, v2 Term) Term {
	return d.onePath(d.outNeighbours(v1), v2, v1, 1)
}

// DigraphGetCycle2 is digraph:get_cycle(G, V): a simple cycle through V
// of two edges or more, else [V] for a loop on V, else false.
func DigraphGetCycle2(p *Process, g, v Term) Term {
	defer underFrame(erlFrame{"digraph", "get_cycle", 2, 538})
	d := graphOf(p, g, erlFrame{"digraph", "out_neighbours", 2, 248})
	if path := d.onePath(d.outNeighbours(v), v, v, 2); path != Term(False) {
		return path
	}
	for _, w := range d.outNeighbours(v) {
		if ExactEqual(w, v) {
			return List(v)
		}
	}
	return False
}

// onePath is the depth-first search of OTP's one_path: from the
// neighbours ws of start, for target, with each vertex visited once; a
// path reaching target with fewer than prune vertices before it is
// passed over.
func (d *digraph) onePath(ws []Term, target, start Term, prune int) Term {
	type frame struct {
		ws []Term
		ps Term
	}
	visited := newTermSet()
	visited.add(start)
	var ps Term = List(start)
	var cont []frame
	counter := 1
	for {
		if len(ws) == 0 {
			if len(cont) == 0 {
				return False
			}
			top := cont[len(cont)-1]
			cont = cont[:len(cont)-1]
			ws, ps = top.ws, top.ps
			counter--
			continue
		}
		v := ws[0]
		ws = ws[1:]
		switch {
		case ExactEqual(v, target):
			if counter >= prune {
				path, _ := ListToSlice(&Cons{Head: v, Tail: ps})
				return List(reversedTerms(path)...)
			}
		case visited.has(v):
		default:
			cont = append(cont, frame{ws, ps})
			visited.add(v)
			ps = &Cons{Head: v, Tail: ps}
			ws = d.outNeighbours(v)
			counter++
		}
	}
}

// DigraphGetShortCycle2 is digraph:get_short_cycle(G, V).
func DigraphGetShortCycle2(p *Process, g, v Term) Term {
	return DigraphGetShortPath3(p, g, v, v)
}

// DigraphGetShortPath3 is digraph:get_short_path(G, V1, V2): a shortest
// path from V1 to V2 of one edge or more, found breadth first over the
// edges in out_edges order, or false.
func DigraphGetShortPath3(p *Process, g, v1, v2 Term) Term {
	defer underFrame(erlFrame{"digraph", "get_short_path", 3, 615})
	d := graphOf(p, g, erlFrame{"digraph", "out_edges", 2, 258})
	parent := newTermMap() // each vertex reached: the vertex it was reached from
	parent.put(v1, nil)
	queue := d.edgesOf(atomOut, v1)
	for len(queue) > 0 {
		e := queue[0]
		queue = queue[1:]
		x := EtsLookup2(p, d.et, e).(*Cons).Head.(*Tuple).Elems
		from, to := x[1], x[2]
		if ExactEqual(to, v2) {
			path := []Term{to}
			for v := from; v != nil; v = parent.get(v) {
				path = append(path, v)
			}
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return List(path...)
		}
		if !parent.has(to) {
			parent.put(to, from)
			queue = append(queue, d.edgesOf(atomOut, to)...)
		}
	}
	return False
}

// termMap maps terms, compared exactly (=:=), to terms; termSet is a set
// of them.
type termMap struct {
	m map[uint64][]termPair
}

type termPair struct{ k, v Term }

func newTermMap() *termMap { return &termMap{m: map[uint64][]termPair{}} }

func (t *termMap) find(k Term) (int, []termPair) {
	ps := t.m[termHash(k)]
	for i, p := range ps {
		if ExactEqual(p.k, k) {
			return i, ps
		}
	}
	return -1, ps
}

func (t *termMap) has(k Term) bool {
	i, _ := t.find(k)
	return i >= 0
}

func (t *termMap) get(k Term) Term {
	if i, ps := t.find(k); i >= 0 {
		return ps[i].v
	}
	return nil
}

func (t *termMap) put(k, v Term) {
	h := termHash(k)
	if i, ps := t.find(k); i >= 0 {
		ps[i].v = v
		return
	}
	t.m[h] = append(t.m[h], termPair{k, v})
}

type termSet struct{ termMap }

func newTermSet() *termSet    { return &termSet{*newTermMap()} }
func (s *termSet) add(k Term) { s.put(k, True) }
