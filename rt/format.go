package rt

// This file is io_lib:format/2: it reads the format, matches each control
// sequence with its arguments and builds the output as a list of code
// points. The controls themselves are in format_ctrl.go and
// format_float.go.
//
// A control sequence is ~F.P.PadModC: field width F, precision P, pad
// character Pad (each optional, * takes the value from the arguments),
// modifiers t (Unicode) and l (no string detection), control character C.
// Anything BEAM rejects (an unknown control, an argument of the wrong
// type, too few or too many arguments, a width smaller than the
// precision...) makes the whole call raise error:badarg; inside this file
// that travels as a panic of type badFormat.

// badFormat is the panic value for a format error; the API boundary turns
// it into error:badarg.
type badFormat struct{}

func failFormat() { panic(badFormat{}) }

// fmtSpec is one parsed control sequence.
type fmtSpec struct {
	ctrl    rune
	args    []Term
	width   int  // -1: none
	prec    int  // -1: none
	left    bool // - : adjust left
	pad     rune
	unicode bool // t modifier
	strings bool // false with the l modifier
	deep    bool // mark the sublists of the result (format_deep.go)
}

const noField = -1

// Sprintf formats Go-side: Sprintf("~p~n", t) is io_lib:format("~p~n",
// [t]) as a Go string. It panics with an Erlang badarg exception on a bad
// format, like io_lib:format.
func Sprintf(format string, args ...Term) string {
	fmtChars := []rune(format)
	return string(formatChars(fmtChars, nil, args))
}

// formatChars runs io_lib:format on a decoded format and argument list,
// panicking with badFormat on error. The result is flat.
func formatChars(format []rune, literal []bool, args []Term) []rune {
	return formatMarked(format, literal, args, false)
}

// formatMarked is formatChars, with the sublists of BEAM's result marked
// when deep is set.
func formatMarked(format []rune, literal []bool, args []Term, deep bool) []rune {
	f := formatter{format: format, literal: literal, args: args, deep: deep}
	f.run()
	if len(f.args) != 0 {
		failFormat()
	}
	return f.out
}

// formatter holds the state of one io_lib:format call.
type formatter struct {
	format  []rune
	literal []bool // nil, or per format character: copy it unscanned
	args    []Term
	out     []rune
	deep    bool // mark the sublists of the result
	col     int  // the column at out[colPos], as io_lib_format counts it
	colPos  int
	limit   *charsLimit // io_lib:format/3's chars_limit (io_lib.go), or nil
}

func (f *formatter) run() {
	for len(f.format) > 0 {
		c := f.format[0]
		if f.isLiteral() {
			f.copyLiteral()
			continue
		}
		f.advance()
		if c != '~' {
			f.out = append(f.out, c)
			continue
		}
		spec := f.parseSpec()
		f.out = f.control(f.out, spec)
	}
}

// copyLiteral copies a list nested in the format, which formatArg wrote
// between marks, as one element of the result; like io_lib_format, the
// column count takes the whole list for one character.
func (f *formatter) copyLiteral() {
	f.column()
	depth := 0
	for {
		c := f.format[0]
		f.advance()
		switch {
		case c == mkOpen:
			depth++
		case c == mkClose:
			depth--
		}
		if !isMark(c) || f.deep {
			f.out = append(f.out, c)
		}
		if depth == 0 {
			break
		}
	}
	f.col++
	f.colPos = len(f.out)
}

// column is the column (0-based) after the output so far: a tab moves to
// the next multiple of 8, a newline back to 0 (io_lib_format:indentation).
func (f *formatter) column() int {
	for _, c := range f.out[f.colPos:] {
		switch {
		case c == '\n':
			f.col = 0
		case c == '\t':
			f.col = (f.col + 8) / 8 * 8
		case !isMark(c):
			f.col++
		}
	}
	f.colPos = len(f.out)
	return f.col
}

// isLiteral reports whether the next format character came from a list
// nested in the format, which BEAM copies to the output unscanned.
func (f *formatter) isLiteral() bool {
	return len(f.literal) > 0 && f.literal[0]
}

// at reports whether the next format character is the syntax character c.
func (f *formatter) at(c rune) bool {
	return len(f.format) > 0 && f.format[0] == c && !f.isLiteral()
}

func (f *formatter) isDigit() bool {
	return len(f.format) > 0 && f.format[0] >= '0' && f.format[0] <= '9' && !f.isLiteral()
}

// advance drops the next format character.
func (f *formatter) advance() {
	f.format = f.format[1:]
	if len(f.literal) > 0 {
		f.literal = f.literal[1:]
	}
}

// nextArg takes one argument, failing when there is none.
func (f *formatter) nextArg() Term {
	if len(f.args) == 0 {
		failFormat()
	}
	a := f.args[0]
	f.args = f.args[1:]
	return a
}

func (f *formatter) peek() rune {
	if len(f.format) == 0 || f.isLiteral() {
		failFormat()
	}
	return f.format[0]
}

// parseSpec reads what follows a ~ up to and including the control
// character, with the arguments it consumes.
func (f *formatter) parseSpec() fmtSpec {
	s := fmtSpec{width: noField, prec: noField, pad: ' ', strings: true}
	s.width, s.left = f.parseWidth()
	if f.at('.') {
		f.advance()
		if p, ok := f.fieldValue(); ok {
			if p < 0 {
				failFormat() // BEAM loops or fails on a negative precision
			}
			s.prec = p
		}
		if f.at('.') {
			s.pad = f.parsePad()
		}
	}
	for {
		switch f.peek() {
		case 't':
			s.unicode = true
		case 'l':
			s.strings = false
		default:
			s.ctrl = f.format[0]
			f.advance()
			s.args = f.controlArgs(s.ctrl)
			return s
		}
		f.advance()
	}
}

// parseWidth reads [-]F. A negative value, from - or from a negative *
// argument, means adjust left; "~-*" with -5 is thus 5, adjusted right.
func (f *formatter) parseWidth() (width int, left bool) {
	minus := f.at('-')
	if minus {
		f.advance()
	}
	w, ok := f.fieldValue()
	switch {
	case !ok && minus:
		failFormat() // BEAM computes -none: badarith, reported as badarg
	case !ok:
		return noField, false
	case minus:
		w = -w
	}
	if w < 0 {
		return -w, true
	}
	return w, false
}

// fieldValue reads digits or * (taking an integer argument); ok is false
// when neither is there.
func (f *formatter) fieldValue() (n int, ok bool) {
	if f.at('*') {
		if len(f.args) > 0 {
			if v, isInt := IntOf(f.args[0]); isInt {
				f.advance()
				f.args = f.args[1:]
				return int(v), true
			}
		}
		return 0, false
	}
	for f.isDigit() {
		n = 10*n + int(f.format[0]-'0')
		f.advance()
		ok = true
	}
	return n, ok
}

// parsePad reads .Pad or .* after the precision.
func (f *formatter) parsePad() rune {
	f.advance()
	c := f.peek()
	f.advance()
	if c != '*' {
		return c
	}
	p, ok := IntOf(f.nextArg())
	if !ok {
		failFormat() // BEAM keeps any term as the pad; it can only fail later
	}
	return rune(p)
}

// controlArgs takes the arguments of control character c.
func (f *formatter) controlArgs(c rune) []Term {
	switch c {
	case 'w', 'p', 's', 'e', 'f', 'g', 'b', 'B', '+', '#', 'c', 'i':
		return []Term{f.nextArg()}
	case 'W', 'P', 'x', 'X':
		a := f.nextArg()
		return []Term{a, f.nextArg()}
	case '~', 'n':
		return nil
	}
	failFormat()
	return nil
}

// control appends the output of one control sequence. In deep mode the
// result of ~p ~P ~w ~W and ~s of a non-atom is one sublist, as those are
// the controls that io_lib_format does not flatten.
func (f *formatter) control(out []rune, s fmtSpec) []rune {
	if f.limit != nil && isLimitedControl(s) {
		return f.limit.control(f, out, s)
	}
	if f.deep && isLimitedControl(s) {
		s.deep = true
		out = append(out, mkOpen)
		out = f.controlText(out, s)
		return append(out, mkClose)
	}
	return f.controlText(out, s)
}

// isLimitedControl: the controls whose text io_lib_format keeps as a
// sublist (its "limited" ones, against the "small" ones it flattens).
func isLimitedControl(s fmtSpec) bool {
	switch s.ctrl {
	case 'p', 'P', 'w', 'W':
		return true
	case 's':
		_, isAtom := s.args[0].(Atom)
		return !isAtom
	}
	return false
}

func (f *formatter) controlText(out []rune, s fmtSpec) []rune {
	switch s.ctrl {
	case 'p', 'P':
		return f.controlPrint(out, s)
	case 'w', 'W':
		return controlWrite(out, s)
	case 's':
		return controlString(out, s)
	case 'e', 'f', 'g':
		return controlFloat(out, s)
	case 'b', 'B', 'x', 'X', '+', '#':
		return controlInteger(out, s)
	case 'c':
		return controlChar(out, s)
	case '~':
		return charField(out, '~', s)
	case 'n':
		return controlNewline(out, s)
	}
	return out // ~i
}

// controlPrint is ~p and ~P: the field width is the line length and the
// precision the starting column, by default where the output stands now.
func (f *formatter) controlPrint(out []rune, s fmtSpec) []rune {
	if s.left {
		failFormat()
	}
	o := prettyOpts{col: s.prec, lineLen: s.width, depth: -1, unicode: s.unicode, strings: s.strings, deep: s.deep}
	if o.lineLen == noField {
		o.lineLen = 80
	}
	if o.col == noField {
		f.out = out // what precedes this control, for column to count
		o.col = f.column() + 1
	}
	if s.ctrl == 'P' {
		o.depth = depthArg(s.args[1])
	}
	return prettyTerm(out, s.args[0], o)
}

// depthArg is the depth of ~P and ~W: an integer, negative for no limit.
func depthArg(t Term) int {
	switch v := t.(type) {
	case Small:
		d := v.Int()
		if d < 0 {
			return -1
		}
		if d > 1<<30 {
			return 1 << 30
		}
		return int(d)
	case *BigInt:
		if v.v.Sign() < 0 {
			return -1
		}
		return 1 << 30
	}
	failFormat()
	return 0
}

func controlNewline(out []rune, s fmtSpec) []rune {
	if s.width == noField {
		return append(out, '\n')
	}
	if s.left {
		failFormat()
	}
	return appendRepeat(out, '\n', s.width)
}

func appendRepeat(out []rune, c rune, n int) []rune {
	if n < 0 {
		failFormat()
	}
	for ; n > 0; n-- {
		out = append(out, c)
	}
	return out
}
