package rt

import (
	"fmt"
	"sync"
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

// logEv is one log event on its way to the handlers.
type logEv struct {
	level logLevel
	msg   Term          // {string, S}, {report, R} or {Format, Args}
	meta  *Map          // the log call's metadata, or nil
	title string        // the default header's title; "" for the level's
	text  func() string // what the default handler prints under the header
}

// logHandler is a handler added with logger:add_handler/3; mod is the
// zero Atom for the default handler, which rt implements itself.
type logHandler struct {
	id     Atom
	mod    Atom
	config *Map
	level  logLevel
}

var (
	atomDefault = Intern("default")
	atomMsg     = Intern("msg")
	atomMeta    = Intern("meta")
	atomReport  = Intern("report")
	atomTime    = Intern("time")
	atomPidKey  = Intern("pid")
	atomLog     = Intern("log")
	atomLabel   = Intern("label")
	atomID      = Intern("id")
)

// logCfg is the logger's configuration: primary metadata, the default
// formatter's time zone, and the handlers in the order they were added.
var logCfg = struct {
	sync.Mutex
	meta     *Map
	utc      bool
	handlers []*logHandler
}{meta: EmptyMap, handlers: []*logHandler{{id: atomDefault, level: levelAll}}}

// logEvent logs text, which ends with a newline or not, at level, as
// logger:Level("~ts", [Text]) would.
func logEvent(level logLevel, text string) {
	logReport(level, "", text)
}

// logReport is logEvent with the header's title given: SUPERVISOR, CRASH...
func logReport(level logLevel, title, text string) {
	emitLog(nil, &logEv{level: level, title: title, msg: NewTuple(Str("~ts"), List(Str(text))),
		text: func() string { return text }})
}

// logEventAt is logReport for an event that happened at now.
func logEventAt(level logLevel, title, text string, now time.Time) {
	emitLog(nil, &logEv{level: level, title: title, msg: NewTuple(Str("~ts"), List(Str(text))),
		meta: NewMap(atomTime, BoxInt(Int(now.UnixMicro()))), text: func() string { return text }})
}

// emitLog passes an event through the primary level to every handler.
// Handlers run in the logging process p, as on BEAM; with p nil (a
// report from the runtime itself) in a process of their own.
func emitLog(p *Process, ev *logEv) {
	if int32(ev.level) > primaryLevel.Load() {
		return
	}
	logCfg.Lock()
	meta := logCfg.meta
	handlers := append([]*logHandler(nil), logCfg.handlers...)
	utc := logCfg.utc
	logCfg.Unlock()
	if ev.meta != nil {
		ev.meta.Range(func(k, v Term) bool { meta = meta.Put(k, v); return true })
	}
	if _, ok := meta.Get(atomTime); !ok {
		meta = meta.Put(atomTime, BoxInt(Int(time.Now().UnixMicro())))
	}
	if _, ok := meta.Get(atomPidKey); !ok && p != nil {
		meta = meta.Put(atomPidKey, p.self)
	}
	for _, h := range handlers {
		if ev.level > h.level {
			continue
		}
		if h.mod == (Atom{}) {
			printDefault(ev, meta, utc)
			continue
		}
		event := NewMap(atomLevel, Intern(levelNames[ev.level]), atomMsg, ev.msg, atomMeta, meta)
		call := func(c *Process) Term { return Apply(c, h.mod, atomLog, []Term{event, h.config}) }
		if p != nil {
			Try(func() Term { return call(p) })
		} else {
			spawnDetached(call)
		}
	}
}

// printDefault is the default handler: BEAM's legacy header, then the text.
//
//	=ERROR REPORT==== 26-Nov-2026::02:27:57.684337 ===
//	err 1
func printDefault(ev *logEv, meta *Map, utc bool) {
	t, _ := meta.Get(atomTime)
	us, _ := IntOf(t)
	now := time.UnixMicro(int64(us))
	zone := ""
	if utc {
		now, zone = now.UTC(), " UTC"
	}
	title := ev.title
	if title == "" {
		title = upper(levelNames[ev.level])
	}
	head := fmt.Sprintf("=%s REPORT==== %d-%s-%d::%02d:%02d:%02d.%06d%s ===\n",
		title, now.Day(), monthNames[now.Month()-1], now.Year(),
		now.Hour(), now.Minute(), now.Second(), now.Nanosecond()/1000, zone)
	text := ev.text()
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

// userEvent is the event of a logger call: msg with args (nil when the
// call had none) and the call's metadata (nil when none). As on BEAM, a
// string is {string, S}, a map or key-value list {report, R}, a format
// with its arguments {Format, Args}.
func userEvent(level logLevel, msg, args, meta Term) *logEv {
	ev := &logEv{level: level}
	ev.meta, _ = meta.(*Map)
	_, isStr := ListToString(msg)
	_, isBin := msg.(*Binary)
	switch {
	case args != nil:
		ev.msg = NewTuple(msg, args)
	case isStr || isBin:
		ev.msg = NewTuple(atomString, msg)
	default:
		ev.msg = NewTuple(atomReport, msg)
	}
	ev.text = func() string { return logMessage(msg, args) }
	return ev
}

func logAt(level logLevel) (func(*Process, Term) Term, func(*Process, Term, Term) Term, func(*Process, Term, Term, Term) Term) {
	one := func(p *Process, msg Term) Term {
		emitLog(p, userEvent(level, msg, nil, nil))
		return Ok
	}
	two := func(p *Process, msg, args Term) Term {
		if _, isMap := args.(*Map); isMap { // logger:error(StringOrReport, Metadata)
			emitLog(p, userEvent(level, msg, nil, args))
			return Ok
		}
		emitLog(p, userEvent(level, msg, args, nil))
		return Ok
	}
	three := func(p *Process, msg, args, meta Term) Term {
		emitLog(p, userEvent(level, msg, args, meta))
		return Ok
	}
	return one, two, three
}

var (
	atomLevel     = Intern("level")
	atomMetadata  = Intern("metadata")
	atomNotFoundL = Intern("not_found")
	atomTimeOff   = Intern("time_offset")
)

// LoggerSetPrimaryConfig2 is logger:set_primary_config(level | metadata, V).
func LoggerSetPrimaryConfig2(p *Process, key, val Term) Term {
	invalid := NewTuple(AtomError, NewTuple(Intern("invalid_primary_config"), NewTuple(key, val)))
	switch key {
	case Term(atomLevel):
		l, ok := levelOf(val)
		if !ok {
			return NewTuple(AtomError, NewTuple(Intern("invalid_level"), val))
		}
		primaryLevel.Store(int32(l))
		return Ok
	case Term(atomMetadata):
		m, ok := val.(*Map)
		if !ok {
			return invalid
		}
		logCfg.Lock()
		logCfg.meta = m
		logCfg.Unlock()
		return Ok
	}
	return invalid
}

// LoggerAllow2 is logger:allow(Level, Module), which the ?LOG_* macros ask
// first: whether the level passes the primary level.
func LoggerAllow2(p *Process, level, _ Term) Term {
	l, ok := levelOf(level)
	if !ok {
		return FunctionClause(level)
	}
	return Bool(int32(l) <= primaryLevel.Load())
}

// LoggerMacroLog3 is logger:macro_log(Location, Level, StringOrReport),
// what the ?LOG_* macros call; the location becomes metadata.
func LoggerMacroLog3(p *Process, loc, level, msg Term) Term {
	return LoggerMacroLog5(p, loc, level, msg, nil, EmptyMap)
}

// LoggerMacroLog4 is logger:macro_log(Location, Level, Msg, ArgsOrMeta).
func LoggerMacroLog4(p *Process, loc, level, msg, args Term) Term {
	if m, isMap := args.(*Map); isMap {
		return LoggerMacroLog5(p, loc, level, msg, nil, m)
	}
	return LoggerMacroLog5(p, loc, level, msg, args, EmptyMap)
}

// LoggerMacroLog5 is logger:macro_log(Location, Level, Format, Args, Meta).
func LoggerMacroLog5(p *Process, loc, level, msg, args, meta Term) Term {
	l, ok1 := levelOf(level)
	lm, ok2 := loc.(*Map)
	m, ok3 := meta.(*Map)
	if !ok1 || !ok2 || !ok3 {
		return FunctionClause(loc, level, msg, args, meta)
	}
	m.Range(func(k, v Term) bool { lm = lm.Put(k, v); return true })
	emitLog(p, userEvent(l, msg, args, lm))
	return Ok
}

// LoggerLog2 is logger:log(Level, StringOrReport).
func LoggerLog2(p *Process, level, msg Term) Term { return LoggerLog4(p, level, msg, nil, nil) }

// LoggerLog3 is logger:log(Level, Format, Args) or logger:log(Level, Msg, Meta).
func LoggerLog3(p *Process, level, msg, args Term) Term {
	if _, isMap := args.(*Map); isMap {
		return LoggerLog4(p, level, msg, nil, args)
	}
	return LoggerLog4(p, level, msg, args, nil)
}

// LoggerLog4 is logger:log(Level, Format, Args, Meta).
func LoggerLog4(p *Process, level, msg, args, meta Term) Term {
	l, ok := levelOf(level)
	if !ok || l == levelNone || l == levelAll {
		return Badarg()
	}
	emitLog(p, userEvent(l, msg, args, meta))
	return Ok
}

// LoggerAddHandler3 is logger:add_handler(Id, Module, Config): Module's
// log(Event, Config) is called, in the logging process, for each event
// that passes the primary level and the handler's level (Config's level,
// all by default).
func LoggerAddHandler3(p *Process, id, mod, config Term) Term {
	a, ok1 := id.(Atom)
	m, ok2 := mod.(Atom)
	c, ok3 := config.(*Map)
	if !ok1 || !ok2 || !ok3 {
		return NewTuple(AtomError, NewTuple(Intern("invalid_handler"), NewTuple(id, mod, config)))
	}
	h := &logHandler{id: a, mod: m, level: levelAll}
	if v, ok := c.Get(atomLevel); ok {
		if h.level, ok = levelOf(v); !ok {
			return NewTuple(AtomError, NewTuple(Intern("invalid_level"), v))
		}
	}
	h.config = c.Put(atomID, a).Put(atomModule, m).Put(atomLevel, Intern(levelNames[h.level]))
	logCfg.Lock()
	defer logCfg.Unlock()
	for _, x := range logCfg.handlers {
		if x.id == a {
			return NewTuple(AtomError, NewTuple(Intern("already_exist"), id))
		}
	}
	logCfg.handlers = append(logCfg.handlers, h)
	return Ok
}

// LoggerRemoveHandler1 is logger:remove_handler(Id).
func LoggerRemoveHandler1(p *Process, id Term) Term {
	logCfg.Lock()
	defer logCfg.Unlock()
	for i, h := range logCfg.handlers {
		if Term(h.id) == id {
			logCfg.handlers = append(logCfg.handlers[:i:i], logCfg.handlers[i+1:]...)
			return Ok
		}
	}
	return NewTuple(AtomError, NewTuple(atomNotFoundL, id))
}

// LoggerSetHandlerConfig3 is logger:set_handler_config(Id, level, Level).
func LoggerSetHandlerConfig3(p *Process, id, key, val Term) Term {
	l, ok := levelOf(val)
	if key != Term(atomLevel) || !ok {
		return NewTuple(AtomError, NewTuple(Intern("invalid_handler_config"), NewTuple(key, val)))
	}
	logCfg.Lock()
	defer logCfg.Unlock()
	for _, h := range logCfg.handlers {
		if Term(h.id) == id {
			h.level = l
			return Ok
		}
	}
	return NewTuple(AtomError, NewTuple(atomNotFoundL, id))
}

// LoggerGetHandlerIds0 is logger:get_handler_ids().
func LoggerGetHandlerIds0(p *Process) Term {
	logCfg.Lock()
	defer logCfg.Unlock()
	ids := make([]Term, len(logCfg.handlers))
	for i, h := range logCfg.handlers {
		ids[i] = h.id
	}
	return List(ids...)
}

// LoggerUpdateFormatterConfig2 is logger:update_formatter_config(default,
// Config). Of logger_formatter's settings, rt has time_offset: "Z" (or 0)
// prints times in UTC, "" in local time; others are reported as errors.
func LoggerUpdateFormatterConfig2(p *Process, id, config Term) Term {
	c, ok := config.(*Map)
	if !ok || id != Term(atomDefault) {
		return NewTuple(AtomError, NewTuple(Intern("invalid_formatter_config"), config))
	}
	var bad Term
	c.Range(func(k, v Term) bool {
		if k != Term(atomTimeOff) {
			bad = NewTuple(k, v)
			return false
		}
		s, isStr := ListToString(v)
		switch {
		case v == BoxInt(0) || isStr && (s == "Z" || s == "z"):
			logCfg.Lock()
			logCfg.utc = true
			logCfg.Unlock()
		case isStr && s == "":
			logCfg.Lock()
			logCfg.utc = false
			logCfg.Unlock()
		default:
			bad = NewTuple(k, v)
			return false
		}
		return true
	})
	if bad != nil {
		return NewTuple(AtomError, NewTuple(Intern("unsupported_formatter_config"), bad))
	}
	return Ok
}

// LoggerUpdateFormatterConfig3 is logger:update_formatter_config(Id, Key, Value).
func LoggerUpdateFormatterConfig3(p *Process, id, key, val Term) Term {
	return LoggerUpdateFormatterConfig2(p, id, NewMap(key, val))
}

// LoggerStdHFilesync1 is logger_std_h:filesync(Handler): the default
// handler writes synchronously, so there is nothing to wait for.
func LoggerStdHFilesync1(p *Process, id Term) Term { return Ok }

func init() {
	funcs := []Func{
		Export("set_primary_config", 2, LoggerSetPrimaryConfig2),
		Export("log", 2, LoggerLog2), Export("log", 3, LoggerLog3), Export("log", 4, LoggerLog4),
		Export("allow", 2, LoggerAllow2), Export("macro_log", 3, LoggerMacroLog3),
		Export("macro_log", 4, LoggerMacroLog4), Export("macro_log", 5, LoggerMacroLog5),
		Export("add_handler", 3, LoggerAddHandler3), Export("remove_handler", 1, LoggerRemoveHandler1),
		Export("set_handler_config", 3, LoggerSetHandlerConfig3), Export("get_handler_ids", 0, LoggerGetHandlerIds0),
		Export("update_formatter_config", 2, LoggerUpdateFormatterConfig2),
		Export("update_formatter_config", 3, LoggerUpdateFormatterConfig3),
	}
	for l := levelEmergency; l <= levelDebug; l++ {
		one, two, three := logAt(l)
		n := levelNames[l]
		funcs = append(funcs, Export(n, 1, one), Export(n, 2, two), Export(n, 3, three))
	}
	registerModule("logger", true, funcs)
	registerModule("logger_std_h", true, []Func{Export("filesync", 1, LoggerStdHFilesync1)})
}

// logOTP logs a report of OTP's (a map with a label, as supervisor,
// gen_server and proc_lib make them) from process p: custom handlers get
// {report, Report}; the default handler prints text under title.
func logOTP(p *Process, level logLevel, title string, report *Map, domain []Term, text string) {
	logOTPAt(p, level, title, report, NewMap(Intern("domain"), List(domain...)), text)
}

// logOTPAt is logOTP with the event's metadata given.
func logOTPAt(p *Process, level logLevel, title string, report, meta *Map, text string) {
	emitLog(p, &logEv{level: level, title: title, msg: NewTuple(atomReport, report),
		meta: meta, text: func() string { return text }})
}

var (
	atomOTP  = Intern("otp")
	atomSASL = Intern("sasl")
)
