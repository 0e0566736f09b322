package rt

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
const consBlock = 128

var pidCounter uint64

// NewProcess returns a process for running sequential code (main, tests).
func NewProcess() *Process {
	pidCounter++ // single-threaded until the scheduler exists
	return &Process{self: Pid{&pidCell{id: pidCounter}}}
}

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
