package rt

import "testing"

func TestCompLevelOf(t *testing.T) {
	for file, want := range map[string]int{
		"m.erl":                   0,
		"m.erl (lc 3)":            3,
		"m.erl (lc 12)":           12,
		"m.erl (tail call)":       0,
		"m.erl (lc x)":            0,
		"dir (lc 1)/m.erl":        0,
		"dir (lc 1)/m.erl (lc 2)": 2,
	} {
		if got := compLevelOf(file); got != want {
			t.Errorf("compLevelOf(%q) = %d, want %d", file, got, want)
		}
	}
	if got := erlangFile("m.erl (lc 3)"); got != "m.erl" {
		t.Errorf("erlangFile = %q", got)
	}
	if !isErlang("m.erl (lc 3)") {
		t.Error("a comprehension's frame is Erlang code")
	}
}

// The frames of [E || X <- L, Y <- X] raising in E, with and without an
// element kept, and of a binary comprehension nested in it; what erl 25
// shows for the same code.
func TestCompFrames(t *testing.T) {
	RegisterComps("stack_comp_test",
		CompLevel{Fun: "-f/1-lc$^0/1-0-", Arity: 1, ParentLine: 5, Kept: 1, Inner: 2, InnerLine: 6},
		CompLevel{Fun: "-f/1-lc$^1/1-1-", Arity: 3, ParentLine: 5, Kept: 1, Inner: 2, InnerLine: 6},
		CompLevel{Fun: "-f/1-lbc$^2/2-2-", Arity: 2, Parent: 2, ParentLine: 7},
		CompLevel{Fun: "-g/0-lc$^0/1-0-", Arity: 1, ParentLine: 9, Tail: true},
	)
	f := mfa{mod: Intern("stack_comp_test"), fun: Intern("f"), arity: 1}
	g := mfa{mod: Intern("stack_comp_test"), fun: Intern("g"), arity: 0}
	at := func(fun string, arity, line int) string {
		return Format(NewTuple(f.mod, Intern(fun), BoxInt(Int(arity)), List(NewTuple(atomFile, Str("m.erl")), NewTuple(atomLine, BoxInt(Int(line))))))
	}
	show := func(ts []Term) []string {
		var out []string
		for _, x := range ts {
			out = append(out, Format(x))
		}
		return out
	}
	cases := []struct {
		name string
		e    *Exception
		f    mfa
		id   int
		want []string
	}{
		{"nothing kept", &Exception{}, f, 2, []string{at("-f/1-lc$^1/1-1-", 3, 7), at("f", 1, 5)}},
		{"kept", &Exception{kept: []keptNote{{mod: "stack_comp_test", ids: []int{1}, kept: 1}}}, f, 2,
			[]string{at("-f/1-lc$^1/1-1-", 3, 7), at("-f/1-lc$^1/1-1-", 3, 6), at("f", 1, 5)}},
		{"raised in the outer generator", &Exception{kept: []keptNote{{mod: "stack_comp_test", ids: []int{1}, kept: 1}}}, f, 1,
			[]string{at("-f/1-lc$^0/1-0-", 1, 7), at("-f/1-lc$^1/1-1-", 3, 6), at("f", 1, 5)}},
		{"binary comprehension inside", &Exception{}, f, 3,
			[]string{at("-f/1-lbc$^2/2-2-", 2, 7), at("-f/1-lc$^1/1-1-", 3, 7), at("f", 1, 5)}},
		{"tail position", &Exception{}, g, 4, []string{at("-g/0-lc$^0/1-0-", 1, 7)}},
	}
	for _, c := range cases {
		got := show(c.e.compFrames(c.f, c.id, "m.erl", 7, maxStackDepth))
		if len(got) != len(c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: entry %d is %s, want %s", c.name, i, got[i], c.want[i])
			}
		}
	}
}
