package rt

import (
	"bufio"
	"unicode/utf8"
)

// Group leaders: where a process's I/O goes. Every process starts with
// the standard one, which stands for standard output and which
// Process.groupLeader holds as the zero Pid, so that the io functions
// write to Stdout after one nil test. A process whose group leader is an
// Erlang process sends it I/O requests instead (io.go).
//
// A process changes its own group leader under its lock (process_info
// from others reads it there); group_leader/2 on another process is a
// signal its owner acts on at its next safe point (callOwner), as on
// BEAM, where it is asynchronous too.

// stdGroupLeader is the pid of the standard group leader: <0.65.0>, as
// group_leader() is in erl -noshell. No process runs behind it: the io
// functions recognise it and write to standard output themselves.
var stdGroupLeader = Pid{&pidCell{id: 65}}

var atomGroupLeader = Intern("group_leader")

// groupLeaderPid is p's group leader as Erlang sees it.
func (p *Process) groupLeaderPid() Pid {
	if p.groupLeader.h == nil {
		return stdGroupLeader
	}
	return p.groupLeader
}

// setGroupLeader is the owner's side of group_leader(G, self()).
func (p *Process) setGroupLeader(g Pid) {
	if g == stdGroupLeader {
		g = Pid{}
	}
	p.mu.Lock()
	p.groupLeader = g
	p.mu.Unlock()
}

// ErlangGroupLeader0 is group_leader().
func ErlangGroupLeader0(p *Process) Term { return p.groupLeaderPid() }

// ErlangGroupLeader2 is group_leader(GroupLeader, Pid): true; badarg
// unless both are pids and Pid is alive. A group leader that has exited
// is accepted, as on BEAM: I/O through it then fails with terminated.
func ErlangGroupLeader2(p *Process, gl, pid Term) Term {
	g, ok1 := gl.(Pid)
	t, ok2 := pid.(Pid)
	if !ok1 || !ok2 {
		return BIFBadarg("group_leader", gl, pid)
	}
	if t == p.self {
		p.setGroupLeader(g)
		return True
	}
	q := t.process()
	if q == nil || !q.callOwner(func(o *Process) { o.setGroupLeader(g) }) {
		return BIFBadarg("group_leader", gl, pid)
	}
	return True
}

func init() {
	registerModule("erlang", true, []Func{
		Export("group_leader", 0, ErlangGroupLeader0), Export("group_leader", 2, ErlangGroupLeader2),
	})
}

// The I/O protocol, as OTP 25's io module speaks it: the request goes to
// the device as {io_request, From, ReplyAs, Request}, with a monitor
// reference as ReplyAs, and the caller waits for {io_reply, ReplyAs,
// Reply} or the device's 'DOWN'.

var (
	atomIoRequest  = Intern("io_request")
	atomIoReply    = Intern("io_reply")
	atomPutChars   = Intern("put_chars")
	atomFormat     = Intern("format")
	atomWrite      = Intern("write")
	atomTerminated = Intern("terminated")
	atomDevice     = Intern("device")
)

// hasGroupLeader reports whether p's output goes to a process rather
// than straight to standard output: the io functions' one test on their
// fast path.
func (p *Process) hasGroupLeader() bool { return p != nil && p.groupLeader.h != nil }

// ioTarget resolves an output device: a writer for standard output,
// standard error and user (and the standard group leader's pid), or the
// pid of an I/O server: standard_io under a group leader process, a pid,
// a registered name. ok is false for anything else.
func ioTarget(p *Process, dev Term) (w *bufio.Writer, to Pid, ok bool) {
	switch d := dev.(type) {
	case Pid:
		if d == stdGroupLeader {
			return Stdout, Pid{}, true
		}
		return nil, d, true
	case Atom:
		if d == atomStandardIo && p.hasGroupLeader() {
			return nil, p.groupLeader, true
		}
		if w, ok := ioDevice(d); ok {
			return w, Pid{}, true
		}
		if pid, ok := whereis(d); ok {
			return nil, pid, true
		}
	}
	return nil, Pid{}, false
}

// outDevice is ioTarget for io:format/3 and fwrite/3, which raise badarg
// with io's error_info for a device that is none.
func outDevice(p *Process, fun string, dev, format, args Term) (*bufio.Writer, Pid) {
	w, to, ok := ioTarget(p, dev)
	if !ok {
		ioBadarg(fun, 94, ioCauseArguments, dev, format, args)
	}
	return w, to
}

// formatRequest is io:format's and io:fwrite's request: the I/O server
// does the formatting.
func formatRequest(format, args Term) Term {
	return NewTuple(atomPutChars, atomUnicode, atomIoLib, atomFormat, List(format, args))
}

// putCharsRequest is io:put_chars's: a character list goes as a UTF-8
// binary when it is chardata, otherwise as it is (the server refuses it).
func putCharsRequest(chars Term) Term { return putCharsRequestEnc(atomUnicode, chars) }

// putCharsRequestEnc is {put_chars, Enc, Chars} with a list of Chars in
// Enc (latin1: none above 255) turned into UTF-8.
func putCharsRequestEnc(enc, chars Term) Term {
	switch chars.(type) {
	case *Cons, Nil:
		if cs, ok := requestChars(enc, chars); ok && (enc != Term(atomLatin1) || maxRune(cs) <= 0xFF) {
			buf := make([]byte, 0, len(cs))
			for _, c := range cs {
				buf = utf8.AppendRune(buf, c)
			}
			chars = NewBinary(buf)
		}
	}
	return NewTuple(atomPutChars, enc, chars)
}

func maxRune(cs []rune) rune {
	var m rune
	for _, c := range cs {
		m = max(m, c)
	}
	return m
}

func nlRequest() Term { return NewTuple(atomPutChars, atomUnicode, Str("\n")) }

func writeRequest(t Term) Term {
	return NewTuple(atomPutChars, atomUnicode, atomIoLib, atomWrite, List(t))
}

// ioRequest sends req to the I/O server to and returns its reply. As in
// OTP's io, an {error, Reason} reply raises (badarg for most reasons)
// with cause {device, Reason}; a server that is the caller itself, or
// that dies first, raises calling_self or terminated with cause {io, _}.
func ioRequest(p *Process, fun string, to Pid, req Term, args ...Term) Term {
	if to == p.self {
		ioError(atomCallingSelf, fun, 94, NewTuple(atomIo, atomCallingSelf), args...)
	}
	reply, ok := ioExchange(p, to, req)
	if !ok {
		ioError(atomTerminated, fun, 94, NewTuple(atomIo, atomTerminated), args...)
	}
	if x, ok := TupleArity(reply, 2); ok && x.Elems[0] == Term(AtomError) {
		ioError(ioErrorReason(x.Elems[1]), fun, 99, NewTuple(atomDevice, x.Elems[1]), args...)
	}
	return reply
}

// ioExchange sends req to the I/O server to (not p) and waits for its
// reply; false if the server is gone first.
func ioExchange(p *Process, to Pid, req Term) (Term, bool) {
	reply, ok := askServer(p, to, atomIoRequest, atomIoReply, req)
	if !ok {
		p.Receive(BoxInt(0), func(t Term) bool { // OTP's io drops an 'EXIT' from the server too
			x, ok := TupleArity(t, 3)
			return ok && x.Elems[0] == Term(AtomEXIT) && x.Elems[1] == Term(to)
		})
	}
	return reply, ok
}

// askServer sends {reqTag, self(), Ref, req} to the server to, monitored,
// and waits for its {replyTag, Ref, Reply}: the I/O protocol's exchange and
// file.erl's. false when the server is gone first.
func askServer(p *Process, to Pid, reqTag, replyTag Atom, req Term) (Term, bool) {
	mk := p.RecvMark()
	ref := p.Monitor(to)
	Send(p, to, NewTuple(reqTag, p.self, ref, req))
	msg, _ := p.receiveMarked(mk, AtomInfinity, func(t Term) bool {
		x, ok := TupleArity(t, 3)
		return ok && x.Elems[0] == Term(replyTag) && x.Elems[1] == Term(ref) || isDown(t, ref)
	})
	if isDown(msg, ref) {
		return nil, false
	}
	p.Demonitor(ref, true)
	return msg.(*Tuple).Elems[2], true
}

// ioErrorReason is the error an I/O server's {error, Reason} raises.
func ioErrorReason(r Term) Term {
	switch {
	case r == Term(atomTerminated), r == Term(atomCallingSelf):
		return r
	case isTag(r, Intern("no_translation"), 3):
		return Intern("no_translation")
	}
	return AtomBadarg
}

// IoRequest1 is io:request(Request), to the caller's group leader.
func IoRequest1(p *Process, req Term) Term { return IoRequest2(p, atomStandardIo, req) }

// IoRequest2 is io:request(Device, Request): the I/O server's reply as
// it is, errors included ({error, arguments} for a device that is none).
func IoRequest2(p *Process, dev, req Term) Term {
	w, to, ok := ioTarget(p, dev)
	switch {
	case !ok:
		return NewTuple(AtomError, atomArguments)
	case w != nil:
		return stdRequest(p, w, req)
	case to == p.self:
		return NewTuple(AtomError, atomCallingSelf)
	}
	if x, ok := TupleArity(req, 3); ok && x.Elems[0] == Term(atomPutChars) {
		req = putCharsRequestEnc(x.Elems[1], x.Elems[2]) // as OTP's io converts it
	}
	if reply, ok := ioExchange(p, to, req); ok {
		return reply
	}
	return NewTuple(AtomError, atomTerminated)
}

var (
	atomArguments   = Intern("arguments")
	atomRequests    = Intern("requests")
	atomGetGeometry = Intern("get_geometry")
	atomEnotsup     = Intern("enotsup")
	atomRequest     = Intern("request")
)

// stdRequest is the standard I/O server's answer to an output request
// for w: put_chars in both forms and requests; get_geometry is enotsup,
// as under erl -noshell; anything else is {error, {request, Req}}.
func stdRequest(p *Process, w *bufio.Writer, req Term) Term {
	errPutChars := NewTuple(AtomError, atomPutChars)
	x, ok := req.(*Tuple)
	switch {
	case ok && len(x.Elems) == 3 && x.Elems[0] == Term(atomPutChars):
		chars, ok := requestChars(x.Elems[1], x.Elems[2])
		if !ok {
			return errPutChars
		}
		putChars(w, chars)
		return Ok
	case ok && len(x.Elems) == 5 && x.Elems[0] == Term(atomPutChars):
		m, ok1 := x.Elems[2].(Atom)
		f, ok2 := x.Elems[3].(Atom)
		args, ok3 := ListToSlice(x.Elems[4])
		if !ok1 || !ok2 || !ok3 {
			return errPutChars
		}
		v, exc := Try(func() Term { return Apply(p, m, f, args) })
		if exc != nil {
			return errPutChars
		}
		chars, ok := requestChars(x.Elems[1], v)
		if !ok {
			return errPutChars
		}
		putChars(w, chars)
		return Ok
	case ok && len(x.Elems) == 2 && x.Elems[0] == Term(atomRequests):
		reqs, ok := ListToSlice(x.Elems[1])
		if !ok {
			break
		}
		var r Term = Ok
		for _, rq := range reqs {
			if r = stdRequest(p, w, rq); r != Term(Ok) {
				return r
			}
		}
		return r
	case ok && len(x.Elems) == 2 && x.Elems[0] == Term(atomGetGeometry):
		return NewTuple(AtomError, atomEnotsup)
	}
	return NewTuple(AtomError, NewTuple(atomRequest, req))
}

// requestChars reads put_chars data in an encoding: unicode chardata, or
// for latin1 a binary's bytes as characters.
func requestChars(enc, data Term) ([]rune, bool) {
	if b, isBin := data.(*Binary); isBin && enc == Term(atomLatin1) {
		if b.Trail != 0 {
			return nil, false
		}
		out := make([]rune, len(b.Data))
		for i, c := range b.Data {
			out[i] = rune(c)
		}
		return out, true
	}
	if enc != Term(atomUnicode) && enc != Term(atomLatin1) {
		return nil, false
	}
	return chardataChars(data)
}

func init() {
	RegisterModule("io", Export("request", 1, IoRequest1), Export("request", 2, IoRequest2))
}

// stdGroupLeaderGets is a message sent to the standard group leader's pid
// by p (or nil): an io_request is served at once, in the sender, and
// answered as the standard I/O server would; anything else is dropped.
func stdGroupLeaderGets(p *Process, msg Term) {
	x, ok := TupleArity(msg, 4)
	if !ok || x.Elems[0] != Term(atomIoRequest) {
		return
	}
	if from, ok := x.Elems[1].(Pid); ok {
		Send(p, from, NewTuple(atomIoReply, x.Elems[2], stdRequest(p, Stdout, x.Elems[3])))
	}
}
