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

// lineTry stands for a generated function with a try: its body runs in a
// closure that Try calls.
func lineTry(p *Process) Term {
//line try.erl:3
	_, e := Try(func() Term {
//line try.erl:5
		return Badarith()
	})
	e.Reraise()
	return nil
}

func init() { RegisterFunc(lineTry, "try", "f", 0) }

// An exception raised in a try body has one frame for the function, at
// the line in the body where it was raised (BEAM's), not at the try.
func TestStackTryBodyLine(t *testing.T) {
	_, e := Try(func() Term { return lineTry(nil) })
	st, _ := ListToSlice(e.Stacktrace())
	want := NewTuple(Intern("try"), Intern("f"), Int(0),
		List(NewTuple(atomFile, Str("try.erl")), NewTuple(atomLine, Int(5))))
	if len(st) != 1 || !ExactEqual(st[0], want) {
		t.Errorf("trace %v, want [%v]", List(st...), want)
	}
}
