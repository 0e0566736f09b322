package rt

import (
	"bytes"
	"errors"
	"io"
	"os"
	"syscall"
	"unicode/utf8"
)

// Open files: file:open/2 starts an I/O server process (file_io_server.go)
// that owns one fileHandle. The handle is the state OTP's file_io_server
// keeps: the OS file, the bytes read ahead and not yet consumed, the read
// mode (list or binary) and the file's encoding (latin1 or unicode, which
// is UTF-8). Reads fill buf; a write or a seek first gives back what buf
// holds, so the logical position is always the OS offset minus len(buf).
//
// Characters cross the handle in two encodings: the file's (how bytes on
// disk are characters) and the request's (latin1 for file:read and
// file:write, unicode for io:get_line and io:format). A character that
// the request's encoding cannot carry is {error, {no_translation,
// unicode, latin1}}, and stops the server, as OTP's does.

type fileHandle struct {
	f       *os.File
	buf     []byte
	eof     bool // the OS said end of file at the last read, with buf drained since
	binary  bool
	unicode bool // the file's encoding is UTF-8 (else Latin-1)
}

// fileReadSize is how much a read asks the OS for at once.
const fileReadSize = 8 << 10

// fillBuf reads more of the file onto buf; false at end of file. A read
// error is returned as it is.
func (h *fileHandle) fillBuf() (bool, error) {
	var chunk [fileReadSize]byte
	n, err := h.f.Read(chunk[:])
	h.buf = append(h.buf, chunk[:n]...)
	if n > 0 {
		return true, nil
	}
	if err == nil || errors.Is(err, io.EOF) {
		return false, nil
	}
	return false, err
}

// unread gives back the read-ahead bytes, so that the OS offset is the
// logical position again (before a write, a seek or a truncate).
func (h *fileHandle) unread() error {
	if len(h.buf) == 0 {
		return nil
	}
	_, err := h.f.Seek(-int64(len(h.buf)), io.SeekCurrent)
	h.buf = h.buf[:0]
	return err
}

// fileNoTranslation is the reply for a character that does not fit.
var fileNoTranslation = NewTuple(AtomError, NewTuple(Intern("no_translation"), atomUnicode, atomLatin1))

// errNoTranslation marks a character the request's encoding cannot carry;
// errInvalidUnicode bytes that are no UTF-8 in a unicode file.
var (
	errNoTranslation  = errors.New("no_translation")
	errInvalidUnicode = errors.New("invalid_unicode")
)

// decode turns file bytes into characters by the file's encoding.
func (h *fileHandle) decode(b []byte) ([]rune, error) {
	out := make([]rune, 0, len(b))
	if !h.unicode {
		for _, c := range b {
			out = append(out, rune(c))
		}
		return out, nil
	}
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			return nil, errInvalidUnicode
		}
		out = append(out, r)
		b = b[n:]
	}
	return out, nil
}

// result is characters as the reply of a read: a list, or a binary in
// the request's encoding (latin1 or unicode).
func (h *fileHandle) result(cs []rune, latin1 bool) (Term, error) {
	if latin1 && maxRune(cs) > 0xFF {
		return nil, errNoTranslation
	}
	if !h.binary {
		return runesList(cs), nil
	}
	buf := make([]byte, 0, len(cs))
	for _, c := range cs {
		if latin1 {
			buf = append(buf, byte(c))
		} else {
			buf = utf8.AppendRune(buf, c)
		}
	}
	return NewBinary(buf), nil
}

// take removes the first n bytes of buf and returns them as characters
// in the reply's form.
func (h *fileHandle) take(n int, latin1 bool) (Term, error) {
	cs, err := h.decode(h.buf[:n])
	if err != nil {
		return nil, err
	}
	h.buf = h.buf[n:]
	return h.result(cs, latin1)
}

// getChars reads n characters (bytes in a Latin-1 file): fewer at the
// end of the file, eof (nil Term) when there are none.
func (h *fileHandle) getChars(n int, latin1 bool) (Term, error) {
	if n == 0 {
		return h.result(nil, latin1)
	}
	for {
		end, ok := h.charsEnd(n)
		if ok {
			return h.take(end, latin1)
		}
		if t, done, err := h.refill(latin1); done {
			return t, err
		}
	}
}

// charsEnd is the byte length of the first n characters of buf, if buf
// holds that many.
func (h *fileHandle) charsEnd(n int) (int, bool) {
	if !h.unicode {
		return n, len(h.buf) >= n
	}
	i := 0
	for k := 0; k < n; k++ {
		if i >= len(h.buf) || !utf8.FullRune(h.buf[i:]) {
			return 0, false
		}
		_, size := utf8.DecodeRune(h.buf[i:])
		i += size
	}
	return i, true
}

// getLine reads up to and including a newline (a "\r\n" ending becomes
// "\n", as io_lib:collect_line makes it), or to the end of the file;
// eof (nil) when nothing is left.
func (h *fileHandle) getLine(latin1 bool) (Term, error) {
	start := 0
	for {
		if i := bytes.IndexByte(h.buf[start:], '\n'); i >= 0 {
			end := start + i + 1
			cs, err := h.decode(h.buf[:end])
			if err != nil {
				return nil, err
			}
			h.buf = h.buf[end:]
			if k := len(cs); k >= 2 && cs[k-2] == '\r' {
				cs = append(cs[:k-2], '\n')
			}
			return h.result(cs, latin1)
		}
		start = len(h.buf)
		if t, done, err := h.refill(latin1); done {
			return t, err
		}
	}
}

// refill reads more of the file into buf for a read that needs more; at
// the end of the file the read is done: the rest of buf, or eof (nil) when
// nothing is left.
func (h *fileHandle) refill(latin1 bool) (t Term, done bool, err error) {
	more, err := h.fillBuf()
	switch {
	case err != nil:
		return nil, true, err
	case more:
		return nil, false, nil
	case len(h.buf) == 0:
		return nil, true, nil
	}
	t, err = h.take(len(h.buf), latin1)
	return t, true, err
}

// putChars writes characters in the file's encoding.
func (h *fileHandle) putChars(cs []rune) error {
	buf := make([]byte, 0, len(cs))
	for _, c := range cs {
		switch {
		case h.unicode:
			buf = utf8.AppendRune(buf, c)
		case c > 0xFF:
			return errNoTranslation
		default:
			buf = append(buf, byte(c))
		}
	}
	return h.write(buf)
}

// write writes bytes as they are, at the logical position.
func (h *fileHandle) write(b []byte) error {
	if err := h.unread(); err != nil {
		return err
	}
	_, err := h.f.Write(b)
	return err
}

// position moves to a location as file:position/2 takes it: an offset
// from the start, {bof|cur|eof, Offset}, or bof, cur, eof. ok is false
// for a location that is none (badarg).
func (h *fileHandle) position(at Term) (pos int64, ok bool, err error) {
	whence, off := io.SeekStart, at
	var from Term
	switch x := at.(type) {
	case Atom:
		from, off = x, BoxInt(0)
	case *Tuple:
		if len(x.Elems) != 2 {
			return 0, false, nil
		}
		from, off = x.Elems[0], x.Elems[1]
	}
	switch from {
	case nil, Intern("bof"):
	case Intern("cur"):
		whence = io.SeekCurrent
	case Intern("eof"):
		whence = io.SeekEnd
	default:
		return 0, false, nil
	}
	n, isInt := IntOf(off)
	if !isInt {
		return 0, false, nil
	}
	if whence == io.SeekCurrent {
		n -= Int(len(h.buf))
	}
	h.buf = h.buf[:0]
	pos, err = h.f.Seek(int64(n), whence)
	return pos, true, err
}

func isAtom(t Term) bool { _, ok := t.(Atom); return ok }

// truncate cuts the file at the logical position.
func (h *fileHandle) truncate() error {
	if err := h.unread(); err != nil {
		return err
	}
	pos, err := h.f.Seek(0, io.SeekCurrent)
	if err != nil {
		return err
	}
	return h.f.Truncate(pos)
}

// fileOpenModes are the options of file:open/2 that the runtime acts on.
type fileOpenModes struct {
	read, write, append, exclusive bool
	binary, unicode                bool
}

var (
	atomRead      = Intern("read")
	atomReadWrite = Intern("read_write")
)

// parseOpenModes reads file:open's mode list (or an old-style mode: read,
// write, read_write, {binary, M}, {character, M}); false for a bad one
// ({error, badarg}). Modes OTP accepts and we need not act on
// (read_ahead, delayed_write, raw, sync, ...) are accepted and ignored;
// ram and compressed, which we lack, raise.
func parseOpenModes(modes Term) (fileOpenModes, bool) {
	var m fileOpenModes
	ms, ok := ListToSlice(modes)
	if !ok {
		ms, ok = oldMode(modes)
		if !ok {
			return m, false
		}
	}
	for _, x := range ms {
		switch x {
		case atomRead:
			m.read = true
		case atomWrite:
			m.write = true
		case Intern("append"):
			m.append = true
		case Intern("exclusive"):
			m.exclusive = true
		case Intern("binary"):
			m.binary = true
		case Intern("list"):
			m.binary = false
		case atomLatin1:
			m.unicode = false
		case atomUnicode:
			m.unicode = true
		case Intern("ram"):
			Undef(Intern("ram_file"), Intern("open"), []Term{Nil{}, modes})
		case Intern("compressed"), Intern("compressed_one"):
			Raise(AtomError, NewTuple(Intern("notsup"), NewTuple(Intern("file"), Intern("open"), x)))
		}
		if e, ok := TupleArity(x, 2); ok && e.Elems[0] == Term(atomEncoding) {
			switch e.Elems[1] {
			case atomLatin1:
				m.unicode = false
			case atomUnicode, Intern("utf8"):
				m.unicode = true
			case Intern("utf16"), Intern("utf32"):
				Raise(AtomError, NewTuple(Intern("notsup"), NewTuple(Intern("file"), Intern("open"), x)))
			default:
				if _, isT := TupleArity(e.Elems[1], 2); isT {
					Raise(AtomError, NewTuple(Intern("notsup"), NewTuple(Intern("file"), Intern("open"), x)))
				}
				return m, false
			}
		}
	}
	return m, true
}

// oldMode is file:mode_list/1: the atom and tuple modes of old.
func oldMode(t Term) ([]Term, bool) {
	switch t {
	case atomRead:
		return []Term{atomRead}, true
	case atomWrite:
		return []Term{atomWrite}, true
	case atomReadWrite:
		return []Term{atomRead, atomWrite}, true
	}
	if x, ok := TupleArity(t, 2); ok && isAtom(x.Elems[1]) {
		rest, ok := oldMode(x.Elems[1])
		switch {
		case ok && x.Elems[0] == Term(Intern("binary")):
			return append([]Term{Intern("binary")}, rest...), true
		case ok && x.Elems[0] == Term(Intern("character")):
			return rest, true
		}
	}
	return nil, false
}

// openFile opens name as prim_file does: no read, write or append is
// read; write without read truncates; append and exclusive imply write;
// a directory is eisdir.
func openFile(name string, m fileOpenModes) (*os.File, error) {
	write := m.write || m.append || m.exclusive
	flags := os.O_RDONLY
	switch {
	case write && m.read:
		flags = os.O_RDWR | os.O_CREATE
	case write:
		flags = os.O_WRONLY | os.O_CREATE
		if !m.append && !m.exclusive {
			flags |= os.O_TRUNC
		}
	}
	if m.append {
		flags |= os.O_APPEND
	}
	if m.exclusive {
		flags |= os.O_EXCL
	}
	f, err := os.OpenFile(name, flags, 0o666)
	if err != nil {
		return nil, err
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, syscall.EISDIR
	}
	return f, nil
}
