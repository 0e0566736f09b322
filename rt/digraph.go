package rt

// The digraph module: directed graphs kept in ETS tables, built as OTP
// builds them so that a graph prints, compares and behaves as BEAM's.
//
// A graph is the record {digraph, Vertices, Edges, Neighbours, Cyclic}:
// Vertices is a set table of {V, Label}, Edges a set table of {E, V1, V2,
// Label}, Neighbours a bag table of {{out, V1}, E} and {{in, V2}, E}, plus
// the counters {'$vid', K} and {'$eid', K} that name new vertices ['$v'|K]
// and edges ['$e'|K]. Every operation goes through rt's ets functions, so
// results come in the tables' iteration order and a graph's tables
// belong to the process that made it (protected or private), with ETS's
// errors for a deleted graph or a process without access. rt's set tables
// iterate in insertion order where BEAM's follow their hash: vertices/1,
// edges/1 and what follows from them (the order of searches, of
// digraph_utils' results) can come in another order than on BEAM.
//
// digraph_utils.go has the graph algorithms over this module.

var (
	atomDigraph    = Intern("digraph")
	atomVid        = Intern("$vid")
	atomEid        = Intern("$eid")
	atomVmark      = Intern("$v")
	atomEmark      = Intern("$e")
	atomIn         = Intern("in")
	atomOut        = Intern("out")
	atomCyclic     = Intern("cyclic")
	atomAcyclic    = Intern("acyclic")
	atomCyclicity  = Intern("cyclicity")
	atomBadVertex  = Intern("bad_vertex")
	atomBadEdge    = Intern("bad_edge")
	atomProtection = Intern("protection")
	atomDollar1    = Intern("$1")
	atomUnderscore = Intern("_")
)

func init() {
	RegisterModule("digraph",
		Export("new", 0, DigraphNew0), Export("new", 1, DigraphNew1),
		Export("delete", 1, DigraphDelete1), Export("info", 1, DigraphInfo1),
		Export("add_vertex", 1, DigraphAddVertex1), Export("add_vertex", 2, DigraphAddVertex2),
		Export("add_vertex", 3, DigraphAddVertex3),
		Export("del_vertex", 2, DigraphDelVertex2), Export("del_vertices", 2, DigraphDelVertices2),
		Export("vertex", 2, DigraphVertex2), Export("no_vertices", 1, DigraphNoVertices1),
		Export("vertices", 1, DigraphVertices1),
		Export("source_vertices", 1, DigraphSourceVertices1), Export("sink_vertices", 1, DigraphSinkVertices1),
		Export("in_degree", 2, DigraphInDegree2), Export("out_degree", 2, DigraphOutDegree2),
		Export("in_neighbours", 2, DigraphInNeighbours2), Export("out_neighbours", 2, DigraphOutNeighbours2),
		Export("in_edges", 2, DigraphInEdges2), Export("out_edges", 2, DigraphOutEdges2),
		Export("add_edge", 3, DigraphAddEdge3), Export("add_edge", 4, DigraphAddEdge4),
		Export("add_edge", 5, DigraphAddEdge5),
		Export("del_edge", 2, DigraphDelEdge2), Export("del_edges", 2, DigraphDelEdges2),
		Export("del_path", 3, DigraphDelPath3),
		Export("no_edges", 1, DigraphNoEdges1), Export("edges", 1, DigraphEdges1),
		Export("edges", 2, DigraphEdges2), Export("edge", 2, DigraphEdge2),
		Export("get_path", 3, DigraphGetPath3), Export("get_cycle", 2, DigraphGetCycle2),
		Export("get_short_path", 3, DigraphGetShortPath3), Export("get_short_cycle", 2, DigraphGetShortCycle2),
	)
}

// digraph is a graph record taken apart.
type digraph struct {
	p          *Process
	vt, et, nt Term
	cyclic     bool
}

// graphOf takes a graph record apart, raising {badrecord, G} from OTP's
// function at f (the first that reads a field) if G is not one.
func graphOf(p *Process, g Term, f erlFrame) *digraph {
	t, ok := TupleArity(g, 5)
	if !ok || t.Elems[0] != Term(atomDigraph) {
		otpRaise(NewTuple(AtomBadrecord, g), nil, f)
	}
	return &digraph{p, t.Elems[1], t.Elems[2], t.Elems[3], t.Elems[4] != Term(False)}
}

// underFrame adds OTP's frame f under an error that one of rt's ets
// functions raised for a digraph function (a deleted graph, a table of
// another process): deferred, as `defer underFrame(f)`.
func underFrame(f erlFrame) {
	r := recover()
	if r == nil {
		return
	}
	if e, ok := r.(*Exception); ok && e.stack == nil {
		if h, ok := e.head.(*Tuple); ok && h.Elems[0] == Term(atomEts) && len(e.under) == 0 {
			e.under = append(e.under, f.entry(nil))
		}
	}
	panic(r)
}

// DigraphNew0 is digraph:new().
func DigraphNew0(p *Process) Term { return DigraphNew1(p, Nil{}) }

// DigraphNew1 is digraph:new(Type): Type a list of cyclic, acyclic,
// protected and private.
func DigraphNew1(p *Process, typ Term) Term {
	access, cyclic := Term(atomProtected), true
	l := typ
	for ; ; l = l.(*Cons).Tail {
		c, ok := l.(*Cons)
		if !ok {
			break
		}
		switch c.Head {
		case Term(atomAcyclic):
			cyclic = false
		case Term(atomCyclic):
			cyclic = true
		case Term(atomProtected), Term(atomPrivate):
			access = c.Head
		default:
			return otpRaise(AtomBadarg, nil, erlFrame{"digraph", "new", 1, 83})
		}
	}
	if l != (Nil{}) {
		return otpRaise(AtomBadarg, nil, erlFrame{"digraph", "new", 1, 83})
	}
	return newDigraph(p, access, cyclic)
}

func newDigraph(p *Process, access Term, cyclic bool) Term {
	v := EtsNew2(p, Intern("vertices"), List(atomSet, access))
	e := EtsNew2(p, Intern("edges"), List(atomSet, access))
	n := EtsNew2(p, Intern("neighbours"), List(atomBag, access))
	EtsInsert2(p, n, List(NewTuple(atomVid, BoxInt(0)), NewTuple(atomEid, BoxInt(0))))
	return NewTuple(atomDigraph, v, e, n, Bool(cyclic))
}

// DigraphDelete1 is digraph:delete(G).
func DigraphDelete1(p *Process, g Term) Term {
	defer underFrame(erlFrame{"digraph", "delete", 1, 119})
	d := graphOf(p, g, erlFrame{"digraph", "delete", 1, 119})
	EtsDelete1(p, d.vt)
	EtsDelete1(p, d.et)
	return EtsDelete1(p, d.nt)
}

// DigraphInfo1 is digraph:info(G). The memory is in words as BEAM counts
// a hash table's: a fixed part per table, and per object its flat size
// with four words of its own (etsWords).
func DigraphInfo1(p *Process, g Term) Term {
	defer underFrame(erlFrame{"digraph", "info", 1, 137})
	d := graphOf(p, g, erlFrame{"digraph", "info", 1, 130})
	cyc := atomAcyclic
	if d.cyclic {
		cyc = atomCyclic
	}
	prot := EtsInfo2(p, d.vt, atomProtection)
	mem := 0
	for _, t := range []Term{d.vt, d.et, d.nt} {
		mem += etsWords(EtsTab2list1(p, t))
	}
	return List(NewTuple(atomCyclicity, cyc), NewTuple(atomMemory, BoxInt(Int(mem))), NewTuple(atomProtection, prot))
}

// etsWords is the memory of a hash table holding objs, in words: 305
// words of table, per object four words of overhead and the words of the
// term (flatWords), and the bucket segments past the first 256 buckets:
// 2,310 words for the first 2,048 more, 2,048 for each 2,048 after (BEAM
// grows a table by a bucket per object, and shrinks it lazily: a table
// that had many more objects counts more there).
func etsWords(objs Term) int {
	n, words := 0, 305
	for c := Cells(objs); c != nil; c = Cells(c.Tail) {
		n++
		words += 4 + flatWords(c.Head)
	}
	if n > 256 {
		words += 2310 + 2048*((n-257)/2048)
	}
	return words
}

// flatWords is the heap words of a term as a 64-bit BEAM lays it out:
// immediates take none, a tuple its header and elements, a list cell two,
// a float two, an integer beyond a word its header and digits, a binary of
// up to 64 bytes its two-word header and the bytes, a longer one its
// six-word handle; a map, reference or fun is counted as a tuple of its
// parts (BEAM's own layouts differ a little).
func flatWords(t Term) int {
	switch x := t.(type) {
	case *Tuple:
		n := 1 + len(x.Elems)
		for _, e := range x.Elems {
			n += flatWords(e)
		}
		return n
	case *Cons:
		n := 0
		var l Term = x
		for c, ok := l.(*Cons); ok; c, ok = l.(*Cons) {
			n += 2 + flatWords(c.Head)
			l = c.Tail
		}
		return n + flatWords(l)
	case Float:
		return 2
	case *BigInt:
		return 1 + (x.Big().BitLen()+63)/64
	case *Binary:
		if len(x.Data) <= 64 {
			return 2 + (len(x.Data)+7)/8
		}
		return 6
	case *Map:
		n := 3 + 2*x.Size()
		x.Range(func(k, v Term) bool {
			n += flatWords(k) + flatWords(v)
			return true
		})
		return n
	case Ref:
		return 4
	}
	return 0
}

// newID takes the next number of counter ('$vid' or '$eid') and returns
// the name [Mark | K].
func (d *digraph) newID(counter, mark Atom) Term {
	obj := EtsLookup2(d.p, d.nt, counter).(*Cons).Head.(*Tuple)
	k := obj.Elems[1]
	EtsDelete2(d.p, d.nt, counter)
	EtsInsert2(d.p, d.nt, NewTuple(counter, Add(k, BoxInt(1))))
	return &Cons{Head: mark, Tail: k}
}

// DigraphAddVertex1 is digraph:add_vertex(G): a new vertex ['$v'|N].
func DigraphAddVertex1(p *Process, g Term) Term {
	defer underFrame(erlFrame{"digraph", "add_vertex", 1, 145})
	d := graphOf(p, g, erlFrame{"digraph", "new_vertex_id", 1, 358})
	v := d.newID(atomVid, atomVmark)
	EtsInsert2(p, d.vt, NewTuple(v, Nil{}))
	return v
}

// DigraphAddVertex2 is digraph:add_vertex(G, V).
func DigraphAddVertex2(p *Process, g, v Term) Term { return DigraphAddVertex3(p, g, v, Nil{}) }

// DigraphAddVertex3 is digraph:add_vertex(G, V, Label): it adds V or
// relabels it.
func DigraphAddVertex3(p *Process, g, v, label Term) Term {
	f := erlFrame{"digraph", "do_add_vertex", 2, 378}
	defer underFrame(f)
	d := graphOf(p, g, f)
	EtsInsert2(p, d.vt, NewTuple(v, label))
	return v
}

// DigraphVertex2 is digraph:vertex(G, V): {V, Label} or false.
func DigraphVertex2(p *Process, g, v Term) Term {
	defer underFrame(erlFrame{"digraph", "vertex", 2, 182})
	d := graphOf(p, g, erlFrame{"digraph", "vertex", 2, 182})
	if c, ok := EtsLookup2(p, d.vt, v).(*Cons); ok {
		return c.Head
	}
	return False
}

// DigraphNoVertices1 is digraph:no_vertices(G).
func DigraphNoVertices1(p *Process, g Term) Term {
	defer underFrame(erlFrame{"digraph", "no_vertices", 1, 191})
	d := graphOf(p, g, erlFrame{"digraph", "no_vertices", 1, 191})
	return EtsInfo2(p, d.vt, atomSize)
}

// DigraphNoEdges1 is digraph:no_edges(G).
func DigraphNoEdges1(p *Process, g Term) Term {
	defer underFrame(erlFrame{"digraph", "no_edges", 1, 305})
	d := graphOf(p, g, erlFrame{"digraph", "no_edges", 1, 305})
	return EtsInfo2(p, d.et, atomSize)
}

// vertexKeysSpec and edgeKeysSpec select the keys of the vertex and edge
// tables, as OTP's vertices/1 and edges/1 do.
var (
	vertexKeysSpec = List(NewTuple(NewTuple(atomDollar1, atomUnderscore), Nil{}, List(atomDollar1)))
	edgeKeysSpec   = List(NewTuple(NewTuple(atomDollar1, atomUnderscore, atomUnderscore, atomUnderscore), Nil{}, List(atomDollar1)))
)

// DigraphVertices1 is digraph:vertices(G).
func DigraphVertices1(p *Process, g Term) Term {
	defer underFrame(erlFrame{"digraph", "vertices", 1, 198})
	return graphOf(p, g, erlFrame{"digraph", "vertices", 1, 198}).vertices()
}

func (d *digraph) vertices() Term { return EtsSelect2(d.p, d.vt, vertexKeysSpec) }

// DigraphEdges1 is digraph:edges(G).
func DigraphEdges1(p *Process, g Term) Term {
	defer underFrame(erlFrame{"digraph", "edges", 1, 312})
	d := graphOf(p, g, erlFrame{"digraph", "edges", 1, 312})
	return EtsSelect2(p, d.et, edgeKeysSpec)
}

// DigraphEdges2 is digraph:edges(G, V): the edges out of and into V, in
// the neighbour table's order.
func DigraphEdges2(p *Process, g, v Term) Term {
	defer underFrame(erlFrame{"digraph", "edges", 2, 320})
	d := graphOf(p, g, erlFrame{"digraph", "edges", 2, 320})
	spec := List(
		NewTuple(NewTuple(NewTuple(atomOut, v), atomDollar1), Nil{}, List(atomDollar1)),
		NewTuple(NewTuple(NewTuple(atomIn, v), atomDollar1), Nil{}, List(atomDollar1)))
	return EtsSelect2(p, d.nt, spec)
}

// DigraphEdge2 is digraph:edge(G, E): {E, V1, V2, Label} or false.
func DigraphEdge2(p *Process, g, e Term) Term {
	defer underFrame(erlFrame{"digraph", "edge", 2, 331})
	d := graphOf(p, g, erlFrame{"digraph", "edge", 2, 331})
	if c, ok := EtsLookup2(p, d.et, e).(*Cons); ok {
		return c.Head
	}
	return False
}

// nedges is the objects {{Dir, V}, E} of V's edges one way, in the bag's
// order.
func (d *digraph) nedges(dir Atom, v Term) Term {
	return EtsLookup2(d.p, d.nt, NewTuple(dir, v))
}

// edgesOf is the edges of V one way, in the bag's order.
func (d *digraph) edgesOf(dir Atom, v Term) []Term {
	var out []Term
	for c := Cells(d.nedges(dir, v)); c != nil; c = Cells(c.Tail) {
		out = append(out, c.Head.(*Tuple).Elems[1])
	}
	return out
}

// neighbours is the vertices at the other end of V's edges one way: the
// edges' order reversed, as OTP's collect_elems gathers them.
func (d *digraph) neighbours(dir Atom, v Term) []Term {
	es := d.edgesOf(dir, v)
	pos := BoxInt(2) // in: the edge's V1
	if dir == atomOut {
		pos = BoxInt(3)
	}
	out := make([]Term, len(es))
	for i, e := range es {
		out[len(es)-1-i] = EtsLookupElement3(d.p, d.et, e, pos)
	}
	return out
}

func (d *digraph) outNeighbours(v Term) []Term { return d.neighbours(atomOut, v) }

// DigraphInDegree2 is digraph:in_degree(G, V).
func DigraphInDegree2(p *Process, g, v Term) Term {
	defer underFrame(erlFrame{"digraph", "in_degree", 2, 215})
	d := graphOf(p, g, erlFrame{"digraph", "in_degree", 2, 215})
	return BoxInt(Int(ListLen(d.nedges(atomIn, v))))
}

// DigraphOutDegree2 is digraph:out_degree(G, V).
func DigraphOutDegree2(p *Process, g, v Term) Term {
	defer underFrame(erlFrame{"digraph", "out_degree", 2, 240})
	d := graphOf(p, g, erlFrame{"digraph", "out_degree", 2, 240})
	return BoxInt(Int(ListLen(d.nedges(atomOut, v))))
}

// DigraphInNeighbours2 is digraph:in_neighbours(G, V).
func DigraphInNeighbours2(p *Process, g, v Term) Term {
	defer underFrame(erlFrame{"digraph", "in_neighbours", 2, 225})
	d := graphOf(p, g, erlFrame{"digraph", "in_neighbours", 2, 223})
	return List(d.neighbours(atomIn, v)...)
}

// DigraphOutNeighbours2 is digraph:out_neighbours(G, V).
func DigraphOutNeighbours2(p *Process, g, v Term) Term {
	defer underFrame(erlFrame{"digraph", "out_neighbours", 2, 250})
	d := graphOf(p, g, erlFrame{"digraph", "out_neighbours", 2, 248})
	return List(d.outNeighbours(v)...)
}

// DigraphInEdges2 is digraph:in_edges(G, V).
func DigraphInEdges2(p *Process, g, v Term) Term {
	defer underFrame(erlFrame{"digraph", "in_edges", 2, 233})
	d := graphOf(p, g, erlFrame{"digraph", "in_edges", 2, 233})
	return List(d.edgesOf(atomIn, v)...)
}

// DigraphOutEdges2 is digraph:out_edges(G, V).
func DigraphOutEdges2(p *Process, g, v Term) Term {
	defer underFrame(erlFrame{"digraph", "out_edges", 2, 258})
	d := graphOf(p, g, erlFrame{"digraph", "out_edges", 2, 258})
	return List(d.edgesOf(atomOut, v)...)
}

// collectVertices is the vertices with no edge one way (sources: in;
// sinks: out), in reverse table order as OTP's foldl gathers them.
func collectVertices(p *Process, g Term, dir Atom, f erlFrame) Term {
	defer underFrame(f)
	d := graphOf(p, g, erlFrame{"digraph", "vertices", 1, 198})
	var out Term = Nil{}
	for c := Cells(d.vertices()); c != nil; c = Cells(c.Tail) {
		if EtsMember2(p, d.nt, NewTuple(dir, c.Head)) == Term(False) {
			out = &Cons{Head: c.Head, Tail: out}
		}
	}
	return out
}

// DigraphSourceVertices1 is digraph:source_vertices(G).
func DigraphSourceVertices1(p *Process, g Term) Term {
	return collectVertices(p, g, atomIn, erlFrame{"digraph", "source_vertices", 1, 203})
}

// DigraphSinkVertices1 is digraph:sink_vertices(G).
func DigraphSinkVertices1(p *Process, g Term) Term {
	return collectVertices(p, g, atomOut, erlFrame{"digraph", "sink_vertices", 1, 208})
}
