package source

import "testing"

func TestPosition(t *testing.T) {
	fs := NewFileSet()
	a := fs.AddFile("a.erl", []rune("-module(a).\nf() ->\n  ok.\n"))
	b := fs.AddFile("b.hrl", []rune("x.\n"))
	cases := []struct {
		p    Pos
		want string
	}{
		{a.Pos(0), "a.erl:1:1"},
		{a.Pos(12), "a.erl:2:1"},
		{a.Pos(21), "a.erl:3:3"},
		{b.Pos(0), "b.hrl:1:1"},
		{b.Pos(3), "b.hrl:2:1"},
	}
	for _, c := range cases {
		if got := fs.Position(c.p).String(); got != c.want {
			t.Errorf("Position(%d) = %s, want %s", c.p, got, c.want)
		}
	}
}

func TestLineInfo(t *testing.T) {
	fs := NewFileSet()
	f := fs.AddFile("p.erl", []rune("a\nb\nc\nd\n"))
	f.AddLineInfo(2, "p.yrl", 100) // line 2 becomes p.yrl:100
	if got := fs.Position(f.Pos(6)).String(); got != "p.yrl:102:1" {
		t.Errorf("got %s", got)
	}
	if got := fs.Position(f.Pos(0)).String(); got != "p.erl:1:1" {
		t.Errorf("got %s", got)
	}
	if got := fs.RawPosition(f.Pos(6)).String(); got != "p.erl:4:1" {
		t.Errorf("raw got %s", got)
	}
}

func TestErrorList(t *testing.T) {
	var l ErrorList
	l.Add(Position{"b.erl", 2, 1}, "second")
	l.Add(Position{"a.erl", 9, 1}, "first %d", 1)
	l.Warn(Position{"b.erl", 1, 1}, "careful")
	l.Sort()
	want := "a.erl:9:1: first 1\nb.erl:1:1: Warning: careful\nb.erl:2:1: second"
	if l.Error() != want {
		t.Errorf("got %q", l.Error())
	}
	if l.Err() == nil {
		t.Error("Err() = nil")
	}
}

func TestErrorListCapsWarnings(t *testing.T) {
	var l ErrorList
	for i := 0; i < MaxErrors+5; i++ {
		l.Warn(Position{"w.erl", i + 1, 1}, "w")
	}
	if l.HasErrors() {
		t.Error("only warnings, yet HasErrors")
	}
	l.Add(Position{"w.erl", 1, 1}, "e")
	if !l.HasErrors() {
		t.Error("a dropped error is not counted")
	}
}
