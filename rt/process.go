package rt

import "sync/atomic"

// Process is an Erlang process as far as sequential code needs one. It is
// owned by a single goroutine and is not safe for concurrent use. Mailboxes,
// links and scheduling come later.
type Process struct {
	cells []Cons // the current cons-cell block; cells[next:] are free
	next  int
	dict  *procDict // the process dictionary, made on first use
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
	return p.NewCons(h, t)
}

// NewCons is Cons returning the cell itself, for code that builds a list
// front to back by setting the Tail of a cell it has just made.
func (p *Process) NewCons(h, t Term) *Cons {
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

func (p *Process) dictionary() *procDict {
	if p.dict == nil {
		p.dict = &procDict{index: map[uint64][]int{}}
	}
	return p.dict
}

// procDict is the process dictionary: pairs in a slice, found through a
// hash index. Keys match with =:=. get/0 lists pairs in insertion order
// (erase moves the last pair into the hole); BEAM lists them in hash order.
type procDict struct {
	keys, vals []Term
	index      map[uint64][]int // termHash(key) -> positions in keys
}

func (d *procDict) find(k Term) (h uint64, pos int) {
	h = termHash(k)
	for _, i := range d.index[h] {
		if ExactEqual(d.keys[i], k) {
			return h, i
		}
	}
	return h, -1
}

func (d *procDict) get(k Term) (Term, bool) {
	if _, i := d.find(k); i >= 0 {
		return d.vals[i], true
	}
	return nil, false
}

func (d *procDict) put(k, v Term) {
	h, i := d.find(k)
	if i >= 0 {
		d.vals[i] = v
		return
	}
	d.index[h] = append(d.index[h], len(d.keys))
	d.keys = append(d.keys, k)
	d.vals = append(d.vals, v)
}

func (d *procDict) erase(k Term) {
	h, i := d.find(k)
	if i < 0 {
		return
	}
	d.unindex(h, i)
	last := len(d.keys) - 1
	if i != last { // move the last pair into the hole
		lh := termHash(d.keys[last])
		d.unindex(lh, last)
		d.keys[i], d.vals[i] = d.keys[last], d.vals[last]
		d.index[lh] = append(d.index[lh], i)
	}
	d.keys[last], d.vals[last] = nil, nil
	d.keys, d.vals = d.keys[:last], d.vals[:last]
}

func (d *procDict) unindex(h uint64, i int) {
	pos := d.index[h]
	for j, x := range pos {
		if x == i {
			pos = append(pos[:j], pos[j+1:]...)
			break
		}
	}
	if len(pos) == 0 {
		delete(d.index, h)
	} else {
		d.index[h] = pos
	}
}

func (d *procDict) list() Term {
	pairs := make([]Term, len(d.keys))
	for i, k := range d.keys {
		pairs[i] = NewTuple(k, d.vals[i])
	}
	return List(pairs...)
}
