package rt

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// The io module: formatted output to standard output and standard error,
// and, for a process whose group leader is an Erlang process (or for an
// explicit pid or registered name as the device), OTP's I/O protocol
// (group_leader.go).
//
// All output goes through one buffered writer per stream, so that output
// order is BEAM's; a program calls Flush at exit (and we flush standard
// output before each write to standard error, so that interleaved output
// reads in order on a terminal).
//
// BEAM 25 started with -noshell (as escripts and erl -noshell -s run) has
// Latin-1 standard_io: characters up to 255 go out as single bytes, and a
// character above 255 as the text \x{HEX}; set UnicodeOutput to write
// UTF-8 instead (what OTP 26 does under a UTF-8 locale).

// UnicodeOutput selects UTF-8 output instead of BEAM 25's Latin-1.
var UnicodeOutput = false

// Stdout and Stderr are the buffered writers behind standard_io and
// standard_error. Tests may replace them; use Flush, not their own Flush,
// so that the lock is held.
var (
	Stdout = bufio.NewWriterSize(os.Stdout, 64<<10)
	Stderr = bufio.NewWriterSize(os.Stderr, 4<<10)
	ioMu   sync.Mutex
)

// Flush writes out what is buffered for standard output and error.
func Flush() {
	ioMu.Lock()
	defer ioMu.Unlock()
	Stdout.Flush()
	Stderr.Flush()
}

var (
	atomStandardIo    = Intern("standard_io")
	atomStandardError = Intern("standard_error")
	atomUser          = Intern("user")
)

// putChars writes characters to a device, encoded as the device expects.
func putChars(dev *bufio.Writer, chars []rune) {
	ioMu.Lock()
	defer ioMu.Unlock()
	if dev == Stderr {
		Stdout.Flush()
	}
	buf := encodeOutput(nil, chars)
	dev.Write(buf)
	if dev == Stderr {
		dev.Flush()
	}
}

// encodeOutput turns characters into the bytes the device writes.
func encodeOutput(buf []byte, chars []rune) []byte {
	for _, c := range chars {
		switch {
		case UnicodeOutput:
			buf = utf8.AppendRune(buf, c)
		case c >= 0 && c <= 0xFF:
			buf = append(buf, byte(c))
		default:
			buf = append(buf, `\x{`...)
			buf = append(buf, strings.ToUpper(strconv.FormatInt(int64(c), 16))...)
			buf = append(buf, '}')
		}
	}
	return buf
}

// ioDevice maps an io device argument to its writer: standard_io and user
// are standard output, standard_error is standard error; anything else
// (other processes, files) is not supported yet.
func ioDevice(t Term) (*bufio.Writer, bool) {
	switch t {
	case atomUser:
		if userOut != nil { // EUnit is capturing standard_io, not user
			return userOut, true
		}
		return Stdout, true
	case atomStandardIo:
		return Stdout, true
	case atomStandardError:
		return Stderr, true
	}
	return nil, false
}

// IoFormat1 is io:format(Format).
func IoFormat1(p *Process, format Term) Term {
	if p.hasGroupLeader() {
		return ioRequest(p, "format", p.groupLeader, formatRequest(format, Nil{}), format)
	}
	return ioFormat("format", Stdout, format, Nil{}, format)
}

// IoFormat2 is io:format(Format, Args).
func IoFormat2(p *Process, format, args Term) Term {
	if p.hasGroupLeader() {
		return ioRequest(p, "format", p.groupLeader, formatRequest(format, args), format, args)
	}
	return ioFormat("format", Stdout, format, args, format, args)
}

// IoFormat3 is io:format(IoDevice, Format, Args).
func IoFormat3(p *Process, dev, format, args Term) Term {
	w, to := outDevice(p, "format", dev, format, args)
	if w == nil {
		return ioRequest(p, "format", to, formatRequest(format, args), dev, format, args)
	}
	return ioFormat("format", w, format, args, dev, format, args)
}

// IoFwrite1 is io:fwrite(Format).
func IoFwrite1(p *Process, format Term) Term {
	if p.hasGroupLeader() {
		return ioRequest(p, "fwrite", p.groupLeader, formatRequest(format, Nil{}), format)
	}
	return ioFormat("fwrite", Stdout, format, Nil{}, format)
}

// IoFwrite2 is io:fwrite(Format, Args).
func IoFwrite2(p *Process, format, args Term) Term {
	if p.hasGroupLeader() {
		return ioRequest(p, "fwrite", p.groupLeader, formatRequest(format, args), format, args)
	}
	return ioFormat("fwrite", Stdout, format, args, format, args)
}

// IoFwrite3 is io:fwrite(IoDevice, Format, Args).
func IoFwrite3(p *Process, dev, format, args Term) Term {
	w, to := outDevice(p, "fwrite", dev, format, args)
	if w == nil {
		return ioRequest(p, "fwrite", to, formatRequest(format, args), dev, format, args)
	}
	return ioFormat("fwrite", w, format, args, dev, format, args)
}

var (
	ioCausePutChars  = NewTuple(Intern("device"), Intern("put_chars"))
	ioCauseArguments = NewTuple(atomIo, Intern("arguments"))
)

// ioBadarg raises badarg from io:Fun(Args...) with the location and the
// error_info that OTP 25's io module gives it: io.erl line 99 and cause
// {device, put_chars} for a format that does not fit its arguments, line
// 94 and cause {io, arguments} for a bad device.
func ioBadarg(fun string, line int, cause Term, args ...Term) {
	ioError(AtomBadarg, fun, line, cause, args...)
}

// ioError is ioBadarg with another reason (terminated, calling_self).
func ioError(reason Term, fun string, line int, cause Term, args ...Term) {
	e := NewException(AtomError, reason)
	info := NewMap(Intern("cause"), cause, atomModule, Intern("erl_stdlib_errors"))
	loc := List(NewTuple(atomFile, Str("io.erl")), NewTuple(atomLine, BoxInt(Int(line))), NewTuple(atomErrorInfo, info))
	e.head = NewTuple(atomIo, Intern(fun), List(args...), loc)
	panic(e)
}

// ioFormat formats and writes; a bad format raises badarg from io:Fun
// with the arguments of the call.
func ioFormat(fun string, w *bufio.Writer, format, args Term, call ...Term) Term {
	chars, ok := tryFormat(format, args)
	if !ok {
		ioBadarg(fun, 99, ioCausePutChars, call...)
	}
	putChars(w, chars)
	return Ok
}

// tryFormat is io_lib:format reporting failure instead of raising.
func tryFormat(format, args Term) (out []rune, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, bad := r.(badFormat); !bad {
				panic(r)
			}
			out, ok = nil, false
		}
	}()
	argv, isList := ListToSlice(args)
	if !isList {
		failFormat()
	}
	fmtChars, literal := formatArg(format)
	return formatChars(fmtChars, literal, argv), true
}

// IoPutChars1 is io:put_chars(Chars): Unicode chardata, where binaries
// are UTF-8.
func IoPutChars1(p *Process, chars Term) Term {
	if p.hasGroupLeader() {
		return ioRequest(p, "put_chars", p.groupLeader, putCharsRequest(chars), chars)
	}
	return ioPutChars(Stdout, chars, nil)
}

// IoPutChars2 is io:put_chars(IoDevice, Chars).
func IoPutChars2(p *Process, dev, chars Term) Term {
	w, to, ok := ioTarget(p, dev)
	if !ok {
		ioBadarg("put_chars", 94, ioCauseArguments, dev, chars)
	}
	if w == nil {
		return ioRequest(p, "put_chars", to, putCharsRequest(chars), dev, chars)
	}
	return ioPutChars(w, chars, dev)
}

func ioPutChars(w *bufio.Writer, chars, dev Term) Term {
	out, ok := chardataChars(chars)
	if !ok {
		if dev != nil {
			ioBadarg("put_chars", 99, ioCausePutChars, dev, chars)
		}
		ioBadarg("put_chars", 99, ioCausePutChars, chars)
	}
	putChars(w, out)
	return Ok
}

// chardataChars flattens unicode:chardata(): characters, lists and UTF-8
// binaries (an atom is not chardata).
func chardataChars(t Term) (out []rune, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, bad := r.(badFormat); !bad {
				panic(r)
			}
			out, ok = nil, false
		}
	}()
	if b, isBin := t.(*Binary); isBin && (b.Trail != 0 || !utf8.Valid(b.Data)) {
		failFormat()
	}
	return charsArg(nil, t, true), true
}

// IoNl0 is io:nl().
func IoNl0(p *Process) Term {
	if p.hasGroupLeader() {
		return ioRequest(p, "nl", p.groupLeader, nlRequest())
	}
	putChars(Stdout, []rune{'\n'})
	return Ok
}

// IoNl1 is io:nl(IoDevice).
func IoNl1(p *Process, dev Term) Term {
	w, to, ok := ioTarget(p, dev)
	if !ok {
		ioBadarg("nl", 94, ioCauseArguments, dev)
	}
	if w == nil {
		return ioRequest(p, "nl", to, nlRequest(), dev)
	}
	putChars(w, []rune{'\n'})
	return Ok
}

// IoWrite1 is io:write(Term): the term as ~w prints it.
func IoWrite1(p *Process, t Term) Term {
	if p.hasGroupLeader() {
		return ioRequest(p, "write", p.groupLeader, writeRequest(t), t)
	}
	putChars(Stdout, writeTerm(nil, t, -1, false))
	return Ok
}

// IoWrite2 is io:write(IoDevice, Term).
func IoWrite2(p *Process, dev, t Term) Term {
	w, to, ok := ioTarget(p, dev)
	if !ok {
		ioBadarg("write", 94, ioCauseArguments, dev, t)
	}
	if w == nil {
		return ioRequest(p, "write", to, writeRequest(t), dev, t)
	}
	putChars(w, writeTerm(nil, t, -1, false))
	return Ok
}

// WriteString writes Go text to standard output through the shared
// buffer, for runtime messages that must keep their place among program
// output.
func WriteString(s string) {
	putChars(Stdout, []rune(s))
}

func init() {
	RegisterModule("io",
		Export("format", 1, IoFormat1), Export("format", 2, IoFormat2),
		Export("format", 3, IoFormat3), Export("fwrite", 1, IoFwrite1),
		Export("fwrite", 2, IoFwrite2), Export("fwrite", 3, IoFwrite3),
		Export("put_chars", 1, IoPutChars1), Export("put_chars", 2, IoPutChars2),
		Export("nl", 0, IoNl0), Export("nl", 1, IoNl1),
		Export("write", 1, IoWrite1), Export("write", 2, IoWrite2))
}
