package rt

import (
	"strconv"
	"strings"
	"sync"
)

// Frames of comprehensions.
//
// BEAM compiles each generator of a comprehension to a local function,
// '-f/1-lc$^0/1-0-' (lbc in a binary comprehension), so a trace through a
// comprehension shows (recorded with erl 25):
//
//   - the frame of the generator whose code raised (its filters, the
//     next generator's expression, the element for the innermost one), at
//     the line that raised;
//   - in a list comprehension whose value is used, once it has kept an
//     element: the innermost generator's frame, at its line, waiting for
//     the rest of the list ([E | lc(T)]: body recursion; an element a
//     filter drops goes on by a tail call, and an inner generator's
//     function goes on with the outer one by a tail call too, so only the
//     innermost shows);
//   - in a binary comprehension, the frames of the outer generators,
//     each waiting for the binary of the one inside it, at the line of
//     the comprehension;
//   - then the frame of the code around the comprehension (an enclosing
//     comprehension's generator, or the function), at the line of the
//     first generator for a list comprehension and of the comprehension
//     for a binary one, unless the comprehension is in tail position.
//
// erl2go runs the comprehension in the Go function of the code around it.
// The generator marks the code of each generator with its level, a number
// the module registers with RegisterComps, in the file of its line
// directives: "m.erl (lc 3)". Whether a list comprehension has kept an
// element is known only to the code: the Go function keeps the builders of
// such comprehensions in variables it declares first and defers
// KeptUnwind, which notes their state on an exception that leaves it. A
// trace caught below such a function (by a try in a function the
// comprehension calls) misses the note, and shows no kept frame.

// CompLevel is one generator of a comprehension, as RegisterComps takes it.
type CompLevel struct {
	Fun        string // BEAM's name of the generator's function
	Arity      int    // its arity: its arguments and the variables it uses from outside
	Parent     int    // the level whose frame is below, 0 for the Erlang function's own
	ParentLine int    // the line that frame stops at
	Tail       bool   // the comprehension is in tail position: no frame of the function
	Kept       int    // a list comprehension whose value is used: the id of its builder
	Inner      int    // with Kept, its innermost generator's level
	InnerLine  int    // and that generator's line
}

var compLevels sync.Map // module name -> []CompLevel, level N at N-1

// RegisterComps records the comprehension levels of module mod, numbered
// from 1 in the order given.
func RegisterComps(mod string, levels ...CompLevel) {
	compLevels.Store(mod, levels)
}

// compMark is the start of the mark a level puts in a frame's file.
const compMark = " (lc "

// compLevelOf returns the level of a frame's file, or 0.
func compLevelOf(file string) int {
	i := strings.LastIndex(file, compMark)
	if i < 0 || !strings.HasSuffix(file, ")") {
		return 0
	}
	n, err := strconv.Atoi(file[i+len(compMark) : len(file)-1])
	if err != nil {
		return 0
	}
	return n
}

// keptNote is KeptUnwind's note: which builders of one Go function's
// activation held an element.
type keptNote struct {
	mod  string
	ids  []int
	kept uint64 // bit i: ids[i]'s builder had an element
	used bool   // a frame of the trace has taken it
}

// KeptUnwind is deferred by a Go function that keeps the builders of list
// comprehensions (accs, with the ids of their comprehensions in module
// mod): on an exception that leaves the function, it notes which of them
// held an element.
//
//	var acc1 rt.ListBuilder
//	defer rt.KeptUnwind("m", []int{1}, &acc1)
func KeptUnwind(mod string, ids []int, accs ...*ListBuilder) {
	x := recover()
	if x == nil {
		return
	}
	if e, ok := x.(*Exception); ok && e.stack == nil {
		n := keptNote{mod: mod, ids: append([]int(nil), ids...)}
		for i, a := range accs {
			if a.head != nil && i < 64 {
				n.kept |= 1 << i
			}
		}
		e.kept = append(e.kept, n)
	}
	panic(x)
}

// Take returns the list built so far and empties the builder: a builder
// that KeptUnwind watches lives as long as its function, and would keep
// the list alive as long (qsort spent 10% more time in the collector).
//
//	First := m_qsort_1(p, acc1.Take())
func (b *ListBuilder) Take() Term {
	l := b.List()
	*b = ListBuilder{}
	return l
}

// compFrames returns the entries that a Go frame in comprehension level
// id of module f.mod stands for, the Erlang function's own last (none if
// the comprehension is in tail position), at most max.
func (e *Exception) compFrames(f mfa, id int, file string, line, max int) []Term {
	v, ok := compLevels.Load(f.mod.Name())
	levels, _ := v.([]CompLevel)
	if !ok || id > len(levels) {
		return nil
	}
	at := func(l int) Term {
		return List(NewTuple(atomFile, Str(file)), NewTuple(atomLine, BoxInt(Int(l))))
	}
	note := e.keptFor(f.mod.Name(), levels, id)
	var out []Term
	for len(out) < max {
		lv := levels[id-1]
		out = append(out, NewTuple(f.mod, Intern(lv.Fun), BoxInt(Int(lv.Arity)), at(line)))
		if lv.Kept != 0 && note.has(lv.Kept) && len(out) < max {
			in := levels[lv.Inner-1]
			out = append(out, NewTuple(f.mod, Intern(in.Fun), BoxInt(Int(in.Arity)), at(lv.InnerLine)))
		}
		line = lv.ParentLine
		if lv.Parent == 0 {
			if !lv.Tail && len(out) < max {
				out = append(out, NewTuple(f.mod, f.fun, BoxInt(Int(f.arity)), at(line)))
			}
			return out
		}
		id = lv.Parent
	}
	return out
}

// keptFor takes the first note not yet used that covers a comprehension
// of the chain of levels from id out, or nil: notes come in the order the
// exception left their functions, the order of the trace's frames.
func (e *Exception) keptFor(mod string, levels []CompLevel, id int) *keptNote {
	for l := id; l != 0; l = levels[l-1].Parent {
		k := levels[l-1].Kept
		if k == 0 {
			continue
		}
		for i := range e.kept {
			n := &e.kept[i]
			if !n.used && n.mod == mod && n.index(k) >= 0 {
				n.used = true
				return n
			}
		}
		return nil
	}
	return nil
}

// index is the position of id among the note's builders, or -1.
func (n *keptNote) index(id int) int {
	for i, x := range n.ids {
		if x == id {
			return i
		}
	}
	return -1
}

// has reports whether the builder of comprehension id held an element.
func (n *keptNote) has(id int) bool {
	if n == nil {
		return false
	}
	i := n.index(id)
	return i >= 0 && n.kept&(1<<i) != 0
}
