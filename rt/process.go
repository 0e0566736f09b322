package rt

import "sync/atomic"

// Process is an Erlang process as far as sequential code needs one. It is
// owned by a single goroutine and is not safe for concurrent use. Mailboxes,
// links and scheduling come later.
type Process struct {
	cells []Cons // the current cons-cell block; cells[next:] are free
	next  int
	dict  *Map // the process dictionary
	self  Pid
}

// consBlock is the number of cells allocated at once by Process.Cons.
const consBlock = 256

// Counters for the numbers in <0.N.0> and #Ref<0.0.0.N>. Pid numbers
// start after BEAM's system processes, so that the first process of a
// program is <0.80.0>, near what a freshly started erl shows.
var pidCounter, refCounter atomic.Uint64

func init() { pidCounter.Store(79) }

// NewProcess returns a process for running sequential code (main, tests).
func NewProcess() *Process {
	p := &Process{}
	p.self = Pid{&pidCell{id: pidCounter.Add(1), proc: p}}
	return p
}

// MakeRef returns a new unique reference (erlang:make_ref/0).
func MakeRef() Ref { return Ref{&refCell{refCounter.Add(1)}} }

// Cons returns the list cell [h|t], taken from the process's cell block.
func (p *Process) Cons(h, t Term) Term {
	if p.next == len(p.cells) {
		p.refill()
	}
	c := &p.cells[p.next]
	p.next++
	c.Head, c.Tail = h, t
	return c
}

// refill is kept out of Cons so that the inlined Cons stays small.
//
//go:noinline
func (p *Process) refill() {
	p.cells = make([]Cons, consBlock)
	p.next = 0
}

// Self is the process's pid.
func (p *Process) Self() Pid { return p.self }
