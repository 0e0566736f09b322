package rt

import "encoding/binary"

// Local funs in the external term format: NEW_FUN_EXT, laid out as BEAM
// lays it out. We have no module MD5 for its Uniq field and put the fun's
// Uniq there (and in OldUniq); the creator pid is <0.0.0>. A fun read back
// has the original's module, index, uniq, arity and environment, so it is
// equal to it, but no code: calling it raises badfun, as calling a fun of
// a module that is not loaded would.

const tagNewFun = 112

func (w *etfWriter) localFun(f *Fun) {
	start := len(w.buf)
	w.u8(tagNewFun)
	w.u32(0) // the size, patched below
	w.u8(byte(f.Arity))
	var md5 [16]byte
	binary.BigEndian.PutUint64(md5[8:], uint64(f.Uniq))
	w.buf = append(w.buf, md5[:]...)
	w.u32(uint32(f.Index))
	w.u32(uint32(len(f.Env)))
	w.atom(f.Module)
	w.integer(Int(f.Index))
	w.integer(Int(f.Uniq))
	w.pid(Pid{&pidCell{}})
	for _, v := range f.Env {
		w.term(v)
	}
	binary.BigEndian.PutUint32(w.buf[start+1:], uint32(len(w.buf)-start-1))
}

// newFun reads NEW_FUN_EXT's fixed fields and opens a frame for its terms:
// module, old index, old uniq, pid and the free variables.
func (r *etfReader) newFun() Term {
	if r.safe {
		r.fail() // it could not be called anyway
	}
	start := r.pos
	size := r.u32()
	f := &Fun{Arity: int(r.u8())}
	r.take(16)
	f.Index = r.u32()
	free := r.u32()
	if size < r.pos-start || free > r.left() {
		r.fail()
	}
	r.open(tagNewFun, 4+free)
	r.stack[len(r.stack)-1].fun = f
	return nil
}

// finishFun builds the fun once its terms are read.
func (r *etfReader) finishFun(fr *etfFrame) Term {
	e, f := fr.elems, fr.fun
	mod, ok1 := e[0].(Atom)
	uniq, ok2 := IntOf(e[2])
	_, ok3 := e[3].(Pid)
	if _, isInt := IntOf(e[1]); !ok1 || !ok2 || !ok3 || !isInt {
		r.fail()
	}
	f.Module, f.Uniq = mod, int(uniq)
	f.Env = e[4:]
	f.Fn = func(p *Process, args []Term) Term { return Badfun(f) }
	return f
}
