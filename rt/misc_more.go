package rt

import (
	"strconv"
	"strings"
)

// Identifiers from text and back: list_to_pid/1, list_to_ref/1,
// list_to_port/1, port_to_list/1, fun_to_list/1; and make_fun/3,
// is_builtin/3, iolist_to_iovec/1, fun_info_mfa/1, check_old_code/1 and
// io:setopts/1.
//
// The text is what the identifier prints as, with BEAM's limits: a local
// pid is <0.N.S> with N < 2^15 and S < 2^13, a reference #Ref<0.A.B.C>
// with words below 2^32, a port #Port<0.N> with N < 2^32. rt hands out
// more pids than BEAM's 15 bits (they print <0.N.0>), so such a pid is
// read back too when rt has made it. A pid of a live process comes back as
// that process's own handle, any other as a new handle with the same
// number, which compares equal to every other handle of it (order.go).

func init() {
	registerModule("erlang", true, []Func{
		Export("list_to_pid", 1, ErlangListToPid1), Export("list_to_ref", 1, ErlangListToRef1),
		Export("list_to_port", 1, ErlangListToPort1), Export("port_to_list", 1, ErlangPortToList1),
		Export("fun_to_list", 1, ErlangFunToList1), Export("make_fun", 3, ErlangMakeFun3),
		Export("is_builtin", 3, ErlangIsBuiltin3), Export("iolist_to_iovec", 1, ErlangIolistToIovec1),
		Export("fun_info_mfa", 1, ErlangFunInfoMfa1), Export("check_old_code", 1, ErlangCheckOldCode1),
		Export("nodes", 2, ErlangNodes2),
	})
	RegisterModule("io", Export("setopts", 1, IoSetopts1))
}

// ErlangFunInfoMfa1 is erlang:fun_info_mfa(Fun): {Module, Name, Arity},
// the name of a fun expression being its compiler-made one.
func ErlangFunInfoMfa1(p *Process, f Term) Term {
	fn, ok := f.(*Fun)
	if !ok {
		return BIFBadarg("fun_info_mfa", f)
	}
	return NewTuple(fn.Module, fn.Name, BoxInt(Int(fn.Arity)))
}

// ErlangCheckOldCode1 is erlang:check_old_code(Module): rt never keeps
// old code of a module, so false.
func ErlangCheckOldCode1(p *Process, m Term) Term {
	if _, ok := m.(Atom); !ok {
		return BIFBadarg("check_old_code", m)
	}
	return False
}

// ErlangNodes2 is erlang:nodes(NodeTypes, InfoOpts): the nodes of
// nodes/1, each as {Node, Info}; Info has node_type (this, the only node
// there is) and connection_id (undefined for it) when InfoOpts asks.
func ErlangNodes2(p *Process, arg, opts Term) Term {
	m, valid := opts.(*Map)
	var keys []Atom
	if valid {
		present := 0
		for _, k := range []Atom{Intern("connection_id"), Intern("node_type")} {
			if v, ok := MapFind(m, k); ok {
				present++
				valid = valid && (v == Term(True) || v == Term(False))
				if v == Term(True) {
					keys = append(keys, k)
				}
			}
		}
		valid = valid && m.Size() == present
	}
	nodes, exc := Try(func() Term { return ErlangNodes1(p, arg) })
	if exc != nil || !valid {
		return BIFBadarg("nodes", arg, opts)
	}
	ns, _ := ListToSlice(nodes)
	out := make([]Term, len(ns))
	for i, n := range ns {
		var kvs []Term
		for _, k := range keys {
			v := Term(Undefined)
			if k.Name() == "node_type" {
				v = Intern("this")
			}
			kvs = append(kvs, k, v)
		}
		out[i] = NewTuple(n, NewMap(kvs...))
	}
	return List(out...)
}

// IoSetopts1 is io:setopts(Opts) on standard I/O.
func IoSetopts1(p *Process, opts Term) Term { return IoSetopts2(p, atomStandardIo, opts) }

const (
	maxPidNumber = 1<<15 - 1 // BEAM's pid number and serial limits in <0.N.S>
	maxPidSerial = 1<<13 - 1
)

// identWords reads "Prefix W1.W2...Wn>" from a character list: n decimal
// numbers (leading zeros allowed), each below 2^64; ok is false for
// anything else.
func identWords(t Term, prefix string, n int) ([]uint64, bool) {
	s, ok := ListToString(t)
	if !ok || !strings.HasPrefix(s, prefix) || !strings.HasSuffix(s, ">") || len(s) < len(prefix)+1 {
		return nil, false
	}
	parts := strings.Split(s[len(prefix):len(s)-1], ".")
	if len(parts) != n {
		return nil, false
	}
	words := make([]uint64, n)
	for i, part := range parts {
		if part == "" || strings.TrimLeft(part, "0123456789") != "" {
			return nil, false
		}
		w, err := strconv.ParseUint(part, 10, 64)
		if err != nil {
			return nil, false
		}
		words[i] = w
	}
	return words, true
}

// ErlangListToPid1 is list_to_pid(String).
func ErlangListToPid1(p *Process, s Term) Term {
	w, ok := identWords(s, "<", 3)
	if !ok || w[0] != 0 {
		return BIFBadarg("list_to_pid", s)
	}
	beamPid := w[1] <= maxPidNumber && w[2] <= maxPidSerial
	ours := w[2] == 0 && w[1] <= pidCounter.Load()
	if !beamPid && !ours {
		return BIFBadarg("list_to_pid", s)
	}
	return pidNumbered(w[1] | w[2]<<32)
}

// pidNumbered returns the pid numbered id: the live process's own handle,
// or a new handle for a process that has exited or never was.
func pidNumbered(id uint64) Pid {
	if q := procTable.find(id); q != nil {
		return q.self
	}
	return Pid{&pidCell{id: id}}
}

// find returns the live process numbered id, or nil.
func (t *procShards) find(id uint64) *Process {
	s := &t[id%procShardCount]
	s.Lock()
	defer s.Unlock()
	for _, q := range s.ps {
		if q.self.h.id == id {
			return q
		}
	}
	return nil
}

// ErlangListToRef1 is list_to_ref(String): #Ref<0.A.B.C>. rt's
// references are one 64-bit number that prints as #Ref<0.0.0.N>; B and C
// are its high and low words (as binary_to_term reads them), and a
// reference whose A word is not 0, which rt cannot have made, is badarg.
func ErlangListToRef1(p *Process, s Term) Term {
	w, ok := identWords(s, "#Ref<", 4)
	if !ok || w[0] != 0 || w[1] != 0 || w[2] > 1<<32-1 {
		return BIFBadarg("list_to_ref", s)
	}
	if w[2] != 0 && w[3] > 1<<32-1 || w[3] > 1<<32-1 && w[3] > refCounter.Load() {
		return BIFBadarg("list_to_ref", s)
	}
	return Ref{&refCell{id: w[3] | w[2]<<32}}
}

// ErlangListToPort1 is list_to_port(String): #Port<0.N>.
func ErlangListToPort1(p *Process, s Term) Term {
	w, ok := identWords(s, "#Port<", 2)
	if !ok || w[0] != 0 || w[1] > 1<<32-1 {
		return BIFBadarg("list_to_port", s)
	}
	return Port{&portCell{id: w[1]}}
}

// ErlangPortToList1 is port_to_list(Port).
func ErlangPortToList1(p *Process, port Term) Term {
	if _, ok := port.(Port); !ok {
		return BIFBadarg("port_to_list", port)
	}
	return Str(string(appendAtomic(nil, port)))
}

// ErlangFunToList1 is fun_to_list(Fun): "fun M:F/A" or "#Fun<M.I.U>" (see
// appendFun for how U differs from BEAM's).
func ErlangFunToList1(p *Process, f Term) Term {
	fn, ok := f.(*Fun)
	if !ok {
		return BIFBadarg("fun_to_list", f)
	}
	return runesList(appendFun(nil, fn))
}

// ErlangMakeFun3 is erlang:make_fun(Module, Function, Arity): fun M:F/A,
// which need not exist until it is called.
func ErlangMakeFun3(p *Process, m, f, a Term) Term {
	ma, ok1 := m.(Atom)
	fa, ok2 := f.(Atom)
	n, ok3 := IntOf(a)
	if !ok1 || !ok2 || !ok3 || n < 0 || n > 255 {
		return BIFBadarg("make_fun", m, f, a)
	}
	return ExternalFun(ma, fa, int(n))
}

// ErlangIsBuiltin3 is erlang:is_builtin(Module, Function, Arity): whether
// BEAM implements M:F/A in C (builtinTable); rt's answer is BEAM's, not
// whether rt writes the function in Go.
func ErlangIsBuiltin3(p *Process, m, f, a Term) Term {
	ma, ok1 := m.(Atom)
	fa, ok2 := f.(Atom)
	n, ok3 := IntOf(a)
	if !ok1 || !ok2 || !ok3 {
		return BIFBadarg("is_builtin", m, f, a)
	}
	return Bool(isBuiltin(ma, fa, int64(n)))
}

// iovecSmall is the size under which iolist_to_iovec/1 copies a binary
// into the binary being built: BEAM's rule, as measured on BEAM. A larger
// binary stays whole when nothing is being built, joins what is being
// built when the two make fewer than 2*iovecSmall bytes, and otherwise
// tops it up to iovecSmall bytes and stays on as its rest.
const iovecSmall = 256

// ErlangIolistToIovec1 is erlang:iolist_to_iovec(IoListOrBinary): a list
// of binaries with the same bytes, merged or kept as BEAM does (see
// iovecSmall).
func ErlangIolistToIovec1(p *Process, t Term) Term {
	var v iovec
	if !v.walk(t) {
		return BIFBadarg("iolist_to_iovec", t)
	}
	v.flush()
	return List(v.out...)
}

// iovec is iolist_to_iovec's state: the binaries so far and the bytes
// being gathered into the next one.
type iovec struct {
	out []Term
	acc []byte
}

func (v *iovec) flush() {
	if len(v.acc) > 0 {
		v.out, v.acc = append(v.out, NewBinary(v.acc)), nil
	}
}

func (v *iovec) binary(b *Binary) {
	d := b.Data
	switch {
	case len(d) < iovecSmall || len(v.acc) > 0 && len(v.acc) < iovecSmall && len(v.acc)+len(d) < 2*iovecSmall:
		v.acc = append(v.acc, d...)
	case len(v.acc) > 0 && len(v.acc) < iovecSmall:
		n := iovecSmall - len(v.acc)
		v.acc = append(v.acc, d[:n]...)
		v.flush()
		v.out = append(v.out, NewBinary(d[n:]))
	default:
		v.flush()
		v.out = append(v.out, b)
	}
}

// walk takes an iolist or a binary; false if t is neither.
func (v *iovec) walk(t Term) bool {
	for {
		switch x := t.(type) {
		case Nil:
			return true
		case *Binary:
			if x.Trail != 0 {
				return false
			}
			v.binary(x)
			return true
		case *Cons:
			switch h := x.Head.(type) {
			case Small:
				c := h.Int()
				if c < 0 || c > 255 {
					return false
				}
				v.acc = append(v.acc, byte(c))
			case *Binary, *Cons, Nil:
				if !v.walk(h) {
					return false
				}
			default:
				return false
			}
			t = x.Tail
		default:
			return false
		}
	}
}
