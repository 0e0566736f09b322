package rt

import (
	"sync"
	"sync/atomic"
)

// Process is an Erlang process: a goroutine with a mailbox, links, monitors
// and a process dictionary. The fields above sig belong to the goroutine
// running the process and are never touched by another; the atomics are
// how other processes hand it messages and wake it; the fields guarded by
// mu are what they change when they link, monitor or signal it. See
// "Processes" in doc.go.
//
// A million idle processes are a million of these, so it is kept small
// (256 bytes): what only some processes use (timed waits, the dictionary,
// links, monitors) is made on first use.
type Process struct {
	cells *[consBlock]Cons // the current cons-cell block (see NewCons in list.go)
	free  uint             // how many of its cells are unused, at its end
	dict  *procDict        // the process dictionary, made on first use
	self  Pid

	q       Msg        // sentinel of the private message queue; q.next is the oldest
	qtail   *Msg       // last message of the private queue (&q when empty)
	rprev   *Msg       // receive cursor: the message before the one being tried
	tw      *timedWait // the deadline and timer of timed waits, made on first use
	recvEnd bool       // the current receive has an after clause
	// idleTimed is set when a receive with an after clause went idle: its
	// deadline (tw.due) stands when the continuation reaches it again.
	idleTimed bool
	spawned   uint8 // processes spawned, mod 256 (see Process.spawn)
	base      bool  // the token of suspend.go: the callee is at the bottom of the stack
	// idleWait is set while the process waits without a goroutine; the
	// waker then starts one (see wakeUp). Written by the owner before it
	// publishes parked, read by whoever wins parked.
	idleWait bool
	idle     *idleCont // what an idle process runs when it wakes, made on first use
	runs     bool      // run is the bottom of its goroutine (hibernate unwinds to it)
	// keepStack is set once a woken continuation outgrew a new goroutine's
	// stack: the process no longer waits idle (see run).
	keepStack bool

	// sig is nonzero when another process has left a signal the owner must
	// act on (an exit). Tick and receive read it.
	sig atomic.Uint32
	// parked is 1 while the owner sleeps; whoever changes it from 1 to 0
	// (a sender, a signal, the owner's timer, or the owner itself when a
	// message came in as it went to sleep) is the one that wakes it (see
	// sleep and wakeUp).
	parked atomic.Int32
	// qlen counts the messages queued, inbox and private queue together
	// (2^31 of them would take 48 GB of cells).
	qlen  atomic.Int32
	takes uint64 // messages taken (see RecvMark)
	spare *Msg   // the cell of the last message taken, for the next send (see deliverFrom)

	// The inbox: messages sent but not yet moved to the private queue, a
	// lock-free stack (newest first) that fetch takes whole and reverses.
	inbox  atomic.Pointer[Msg]
	parker // how the owner sleeps while parked (see sleep)

	mu          sync.Mutex
	dead        bool
	trapExit    bool
	priority    uint8 // process_flag(priority): an index in priorities
	tabIdx      int32 // position in its procTable shard (under the shard's lock)
	exitReason  Term  // a pending exit the owner has not acted on
	links       map[Pid]struct{}
	monitors    map[Ref]*monitor                 // monitors this process holds
	monitoredBy map[Ref]*monitor                 // monitors on this process
	name        Atom                             // registered name, or the zero Atom
	onExit      *[]func(p *Process, reason Term) // made on first use
	// initial is {M, F, A} for process_info(P, initial_call), or the fun a
	// process was spawned with, turned into {M, F, 0} when asked for.
	initial Term

	behaviour any // owner only: the Go state of a native behaviour (supervisor)
	starter   Pid // owner only: who started it with proc_lib:start_link

	// groupLeader is where the process's I/O goes (group_leader/0,2); the
	// zero Pid is the standard output. A spawned process inherits it.
	groupLeader Pid
}

// Counters for the numbers in <0.N.0> and #Ref<0.0.0.N>. Pid numbers
// continue after BEAM's system processes: in a fresh erl -noshell the
// -eval process is <0.9.0> and the first process it spawns <0.79.0>.
var pidCounter, refCounter atomic.Uint64

func init() { pidCounter.Store(78) }

// mainPidID is the number of the process rt.Main runs main in.
const mainPidID = 9

// NewProcess returns a process for running sequential code in the calling
// goroutine (tests, Go programs embedding the runtime). It can send and
// receive, link and monitor like any other; it never exits by itself.
func NewProcess() *Process {
	return newProcess(pidCounter.Add(1))
}

// initPid is <0.0.0>, BEAM's init process, which the main process is
// linked to (process_info(self(), links) in main is [<0.0.0>]). Nothing
// runs behind it.
var initPid = Pid{&pidCell{id: 0}}

func newProcess(id uint64) *Process {
	p := &Process{}
	p.initParker()
	p.qtail = &p.q
	p.self = Pid{&pidCell{id: id}}
	p.self.h.proc.Store(p)
	procTable.add(p)
	return p
}

// MakeRef returns a new unique reference (erlang:make_ref/0).
func MakeRef() Ref { return Ref{&refCell{id: refCounter.Add(1)}} }

// Self is the process's pid.
func (p *Process) Self() Pid { return p.self }

func (p *Process) dictionary() *procDict {
	if p.dict == nil {
		d := &procDict{index: map[uint64][]int{}}
		p.mu.Lock()
		p.dict = d
		p.mu.Unlock()
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
