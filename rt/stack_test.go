package rt

import "testing"

// lineFact stands for generated code: the //line comment makes its frames
// report the Erlang source position.
func lineFact(p *Process, n Term) Term {
//line fact.erl:7
	return Badarith()
}

func init() { RegisterFunc(lineFact, "fact", "fact", 1) }

func TestStackUsesLineDirectives(t *testing.T) {
	p := NewProcess()
	_, e := Try(func() Term { return lineFact(p, Int(1)) })
	top := e.Stacktrace().(*Cons).Head
	want := NewTuple(Intern("fact"), Intern("fact"), Int(1),
		List(NewTuple(atomFile, Str("fact.erl")), NewTuple(atomLine, Int(7))))
	if !ExactEqual(top, want) {
		t.Errorf("top entry %v, want %v", top, want)
	}
}
