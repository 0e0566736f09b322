package rt

import (
	"os"
	"sync"
)

// Standard input, as erl -noshell reads it: a Latin-1 device in list
// mode (each byte is a character), read by the calling process itself
// through the same fileHandle an open file uses, one reader at a time.
// The prompt of a read goes to standard output first, and standard
// output is flushed so that it shows before the read waits.

var stdin = struct {
	sync.Mutex
	h *fileHandle
}{h: &fileHandle{f: os.Stdin}}

// stdinRequest answers a reading request (get_line, get_chars,
// get_until, getopts, setopts) from standard input.
func stdinRequest(p *Process, req Term) Term {
	if x, ok := req.(*Tuple); ok && len(x.Elems) >= 3 {
		switch x.Elems[0] {
		case atomGetLine, atomGetChars, atomGetUntil:
			if cs := promptChars(x.Elems[2]); len(cs) > 0 {
				putChars(Stdout, cs)
			}
		}
	}
	Flush()
	stdin.Lock()
	defer stdin.Unlock()
	reply, _ := stdin.h.ioRequest(p, req) // standard input stays open whatever happens
	return reply
}

// promptChars is a prompt as io writes it: an atom's name, chardata, or
// {format, Format, Args}.
func promptChars(t Term) []rune {
	if a, ok := t.(Atom); ok {
		return []rune(a.Name())
	}
	if x, ok := TupleArity(t, 3); ok && x.Elems[0] == Term(atomFormat) {
		cs, _ := tryFormat(x.Elems[1], x.Elems[2])
		return cs
	}
	cs, _ := chardataChars(t)
	return cs
}

// IoGetLine1 is io:get_line(Prompt), from standard input or the group
// leader.
func IoGetLine1(p *Process, prompt Term) Term { return IoGetLine2(p, atomStandardIo, prompt) }

// IoGetChars2 is io:get_chars(Prompt, Count).
func IoGetChars2(p *Process, prompt, n Term) Term {
	return IoGetChars3(p, atomStandardIo, prompt, n)
}

// IoRead1 is io:read(Prompt).
func IoRead1(p *Process, prompt Term) Term { return IoRead2(p, atomStandardIo, prompt) }

// IoGetopts0 is io:getopts().
func IoGetopts0(p *Process) Term { return IoGetopts1(p, atomStandardIo) }

func init() {
	RegisterModule("io",
		Export("get_line", 1, IoGetLine1), Export("get_chars", 2, IoGetChars2),
		Export("read", 1, IoRead1), Export("getopts", 0, IoGetopts0))
}
