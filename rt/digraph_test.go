package rt

import "testing"

// Expectations from erl -noshell -eval (OTP 25), on results whose order
// does not follow the vertex table's (set tables iterate in another order
// on BEAM).
func TestDigraphPaths(t *testing.T) {
	p := NewProcess()
	a, b, c, d := Intern("a"), Intern("b"), Intern("c"), Intern("d")
	g := DigraphNew1(p, List(atomAcyclic))
	for _, v := range []Term{a, b, c, d} {
		DigraphAddVertex2(p, g, v)
	}
	for _, e := range [][2]Term{{a, b}, {b, c}, {a, c}, {c, d}} {
		DigraphAddEdge3(p, g, e[0], e[1])
	}
	// out_neighbours: the edges' order reversed; get_path depth first
	// over them; get_short_path breadth first over out_edges.
	etsTerm(t, "[c,b]", DigraphOutNeighbours2(p, g, a))
	etsTerm(t, "[a,c,d]", DigraphGetPath3(p, g, a, d))
	etsTerm(t, "[a,c,d]", DigraphGetShortPath3(p, g, a, d))
	etsTerm(t, "{error,{bad_edge,[a,c,d]}}", DigraphAddEdge3(p, g, d, a))
	etsTerm(t, "{error,{bad_vertex,x}}", DigraphAddEdge3(p, g, d, Intern("x")))
	etsTerm(t, "[a,b,c,d]", ListsSort1(p, DigraphUtilsReachable2(p, List(b, a), g)))
	etsTerm(t, "true", DigraphUtilsIsAcyclic1(p, g))
	etsTerm(t, "no", DigraphUtilsArborescenceRoot1(p, g))
	etsTerm(t, "[{cyclicity,acyclic},{memory,1097},{protection,protected}]", DigraphInfo1(p, g))
	etsTerm(t, "true", DigraphDelPath3(p, g, a, d))
	etsTerm(t, "false", DigraphGetPath3(p, g, a, d))
	etsTerm(t, "2", DigraphNoEdges1(p, g))
}

func TestDigraphTopsortOfCycle(t *testing.T) {
	p := NewProcess()
	g := DigraphNew0(p)
	for _, v := range []string{"x", "y", "z"} {
		DigraphAddVertex2(p, g, Intern(v))
	}
	DigraphAddEdge3(p, g, Intern("x"), Intern("y"))
	DigraphAddEdge3(p, g, Intern("y"), Intern("x"))
	etsTerm(t, "false", DigraphUtilsTopsort1(p, g))
	cs, _ := ListToSlice(DigraphUtilsCyclicStrongComponents1(p, g))
	if len(cs) != 1 {
		t.Fatalf("cyclic components %v", cs)
	}
	etsTerm(t, "[x,y]", ListsSort1(p, cs[0]))
	etsTerm(t, "[x,y,x]", DigraphGetCycle2(p, g, Intern("x")))
	etsTerm(t, "[y,x,y]", DigraphGetShortCycle2(p, g, Intern("y")))
	etsTerm(t, "false", DigraphGetCycle2(p, g, Intern("z")))
}

// A graph past the first 256 buckets of its tables counts their segments
// as BEAM does: erl gives 142016 words for this one.
func TestDigraphInfoMemoryGrown(t *testing.T) {
	p := NewProcess()
	g := DigraphNew0(p)
	for i := 1; i <= 3000; i++ {
		DigraphAddVertex2(p, g, BoxInt(Int(i)))
	}
	for i := 1; i < 3000; i++ {
		DigraphAddEdge3(p, g, BoxInt(Int(i)), BoxInt(Int(i+1)))
	}
	etsTerm(t, "[{cyclicity,cyclic},{memory,142016},{protection,protected}]", DigraphInfo1(p, g))
}
