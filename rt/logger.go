package rt

import (
	"fmt"
	"sync/atomic"
	"time"
)

// The logger module as far as programs use it: logging at a level, a
// primary level (notice by default, so info and debug are dropped), and
// BEAM's default formatting, which goes to standard output:
//
//	=ERROR REPORT==== 26-Nov-2026::02:27:57.684337 ===
//	err 1

type logLevel int32

const (
	levelNone logLevel = iota
	levelEmergency
	levelAlert
	levelCritical
	levelError
	levelWarning
	levelNotice
	levelInfo
	levelDebug
	levelAll
)

var levelNames = [...]string{"none", "emergency", "alert", "critical", "error", "warning", "notice", "info", "debug", "all"}

// primaryLevel is the level above which events are dropped.
var primaryLevel atomic.Int32

func init() { primaryLevel.Store(int32(levelNotice)) }

var monthNames = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// logEvent prints text, which ends with a newline or not, under a report
// header, if the level passes the primary level.
func logEvent(level logLevel, text string) {
	logReport(level, upper(levelNames[level]), text)
}

// logReport is logEvent with the header's title given: SUPERVISOR, CRASH...
func logReport(level logLevel, title, text string) {
	logEventAt(level, title, text, time.Now())
}

// logEventAt is logReport for an event that happened at now.
func logEventAt(level logLevel, title, text string, now time.Time) {
	if int32(level) > primaryLevel.Load() {
		return
	}
	head := fmt.Sprintf("=%s REPORT==== %d-%s-%d::%02d:%02d:%02d.%06d ===\n",
		title, now.Day(), monthNames[now.Month()-1], now.Year(),
		now.Hour(), now.Minute(), now.Second(), now.Nanosecond()/1000)
	ioMu.Lock() // tests swap Stdout; a delayed report must not race them
	w := Stdout
	ioMu.Unlock()
	putChars(w, []rune(head+text+"\n"))
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

func levelOf(t Term) (logLevel, bool) {
	if a, ok := t.(Atom); ok {
		for i, n := range levelNames {
			if a.Name() == n {
				return logLevel(i), true
			}
		}
	}
	return 0, false
}

// logMessage formats logger:Level(FormatOrReport [, Args]): a string with
// its arguments, or a report (a map or key-value list) as "    Key: Value"
// lines.
func logMessage(msg, args Term) string {
	switch m := msg.(type) {
	case *Map:
		var out string
		m.Range(func(k, v Term) bool {
			out += Sprintf("    ~tp: ~tp\n", k, v)
			return true
		})
		return trimNewline(out)
	}
	if args == nil {
		args = Nil{}
	}
	if _, isStr := ListToString(msg); !isStr {
		if kv, ok := ListToSlice(msg); ok && len(kv) > 0 {
			var out string
			for _, e := range kv {
				if t, ok := TupleArity(e, 2); ok {
					out += Sprintf("    ~tp: ~tp\n", t.Elems[0], t.Elems[1])
				}
			}
			return trimNewline(out)
		}
	}
	chars, ok := tryFormat(msg, args)
	if !ok {
		return Sprintf("FORMAT ERROR: ~tp - ~tp", msg, args)
	}
	return string(chars)
}

func trimNewline(s string) string {
	if len(s) > 0 && s[len(s)-1] == '\n' {
		return s[:len(s)-1]
	}
	return s
}

func logAt(level logLevel) (func(*Process, Term) Term, func(*Process, Term, Term) Term, func(*Process, Term, Term, Term) Term) {
	one := func(_ *Process, msg Term) Term {
		logEvent(level, logMessage(msg, nil))
		return Ok
	}
	two := func(_ *Process, msg, args Term) Term {
		if _, isMap := args.(*Map); isMap { // logger:error(Report, Metadata)
			args = nil
		}
		logEvent(level, logMessage(msg, args))
		return Ok
	}
	three := func(_ *Process, msg, args, _ Term) Term {
		logEvent(level, logMessage(msg, args))
		return Ok
	}
	return one, two, three
}

var atomLevel = Intern("level")

// LoggerSetPrimaryConfig2 is logger:set_primary_config(level, Level).
func LoggerSetPrimaryConfig2(p *Process, key, val Term) Term {
	l, ok := levelOf(val)
	if key != Term(atomLevel) || !ok {
		return NewTuple(AtomError, NewTuple(Intern("invalid_primary_config"), NewTuple(key, val)))
	}
	primaryLevel.Store(int32(l))
	return Ok
}

// LoggerLog2 is logger:log(Level, Msg); LoggerLog3 logger:log(Level, Fmt, Args).
func LoggerLog2(p *Process, level, msg Term) Term { return LoggerLog3(p, level, msg, nil) }

// LoggerLog3 is logger:log(Level, Format, Args).
func LoggerLog3(p *Process, level, msg, args Term) Term {
	l, ok := levelOf(level)
	if !ok || l == levelNone || l == levelAll {
		return Badarg()
	}
	logEvent(l, logMessage(msg, args))
	return Ok
}

func init() {
	funcs := []Func{
		Export("set_primary_config", 2, LoggerSetPrimaryConfig2),
		Export("log", 2, LoggerLog2), Export("log", 3, LoggerLog3),
	}
	for l := levelEmergency; l <= levelDebug; l++ {
		one, two, three := logAt(l)
		n := levelNames[l]
		funcs = append(funcs, Export(n, 1, one), Export(n, 2, two), Export(n, 3, three))
	}
	registerModule("logger", true, funcs)
}
