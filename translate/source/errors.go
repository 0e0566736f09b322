package source

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// An Error is one message about the input, erlc style: "file:line:col: message".
type Error struct {
	Pos     Position
	Msg     string
	Warning bool // a warning does not fail the translation
}

func (e *Error) Error() string {
	if e.Warning {
		return fmt.Sprintf("%s: Warning: %s", e.Pos, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Pos, e.Msg)
}

// MaxErrors is how many errors a list keeps before it stops recording more.
const MaxErrors = 100

// An ErrorList collects the errors of one or more passes. The zero value is ready to use.
type ErrorList struct {
	List          []*Error
	dropped       int // entries not kept, errors and warnings
	droppedErrors int // of which errors
}

// Add records a message at pos.
func (l *ErrorList) Add(pos Position, format string, args ...any) {
	l.add(&Error{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

// Warn records a warning at pos.
func (l *ErrorList) Warn(pos Position, format string, args ...any) {
	l.add(&Error{Pos: pos, Msg: fmt.Sprintf(format, args...), Warning: true})
}

func (l *ErrorList) add(e *Error) {
	if len(l.List) >= MaxErrors {
		l.dropped++
		if !e.Warning {
			l.droppedErrors++
		}
		return
	}
	l.List = append(l.List, e)
}

// Append adds all the errors of another list.
func (l *ErrorList) Append(o *ErrorList) {
	for _, e := range o.List {
		l.add(e)
	}
	l.dropped += o.dropped
	l.droppedErrors += o.droppedErrors
}

// Sort orders the errors by file, line and column, keeping the order of equal positions.
func (l *ErrorList) Sort() {
	sort.SliceStable(l.List, func(i, j int) bool {
		a, b := l.List[i].Pos, l.List[j].Pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
}

// HasErrors reports whether any entry is an error rather than a warning.
func (l *ErrorList) HasErrors() bool {
	for _, e := range l.List {
		if !e.Warning {
			return true
		}
	}
	return l.droppedErrors > 0
}

// Err returns the list as an error if it holds any errors, else nil.
func (l *ErrorList) Err() error {
	if l == nil || !l.HasErrors() {
		return nil
	}
	return l
}

func (l *ErrorList) Error() string {
	var b strings.Builder
	l.Print(&b)
	return strings.TrimSuffix(b.String(), "\n")
}

// Print writes one line per entry, and a last line if some were dropped.
func (l *ErrorList) Print(w io.Writer) {
	for _, e := range l.List {
		fmt.Fprintln(w, e.Error())
	}
	if l.dropped > 0 {
		fmt.Fprintf(w, "too many messages (%d more)\n", l.dropped)
	}
}
