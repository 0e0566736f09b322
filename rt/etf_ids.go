package rt

import "encoding/binary"

// Reading pids, references and ports (PID_EXT, NEW_PID_EXT, NEW_ and
// NEWER_REFERENCE_EXT, PORT_EXT, NEW_PORT_EXT, V4_PORT_EXT). Only those of
// the local node (nonode@nohost, as node() says) can be read: there is no
// distribution. A pid of a live process comes back as that process's own
// handle; any other pid, reference or port comes back as a new handle with
// the same number, which compares equal (== and =:=) to the original and
// hashes alike, though it is not the same Go pointer.

const (
	tagPid     = 103
	tagPort    = 102
	tagNewPort = 89
	tagNewRef  = 114
)

// identifier reads the identifier whose tag was just read; ok is false
// for a tag that is not one.
func (r *etfReader) identifier(tag byte) (Term, bool) {
	switch tag {
	case tagNewPid, tagPid:
		r.localNode()
		id, serial := uint64(r.u32()), uint64(r.u32())
		r.creation(tag == tagNewPid)
		return pidWithID(id | serial<<32), true
	case tagNewerRef, tagNewRef:
		n := r.u16()
		r.localNode()
		r.creation(tag == tagNewerRef)
		words := r.take(4 * n)
		var id uint64 // ours: the counter in words 0 (low) and 1 (high)
		if n >= 1 {
			id = uint64(binary.BigEndian.Uint32(words))
		}
		if n >= 2 {
			id |= uint64(binary.BigEndian.Uint32(words[4:])) << 32
		}
		return Ref{&refCell{id: id}}, true
	case tagV4Port, tagNewPort, tagPort:
		r.localNode()
		var id uint64
		if tag == tagV4Port {
			id = binary.BigEndian.Uint64(r.take(8))
		} else {
			id = uint64(r.u32())
		}
		r.creation(tag != tagPort)
		return Port{&portCell{id: id}}, true
	}
	return nil, false
}

// localNode reads a node name, which must be this node's.
func (r *etfReader) localNode() {
	if r.item() != Term(AtomNonode) {
		r.fail()
	}
}

// creation skips a creation number: 4 bytes in the newer forms, 1 in the
// older ones.
func (r *etfReader) creation(wide bool) {
	if wide {
		r.take(4)
	} else {
		r.take(1)
	}
}

// pidWithID returns the pid numbered id: the live process's own handle if
// there is one, else a handle for a process that has exited.
func pidWithID(id uint64) Pid {
	for l := ErlangProcesses0(nil); l != (Nil{}); l = l.(*Cons).Tail {
		if pid := l.(*Cons).Head.(Pid); pid.ID() == id {
			return pid
		}
	}
	return Pid{&pidCell{id: id}}
}
