package rt

import "strings"

// The rules of erl_stdlib_errors:format_error/2 for io: the cause is
// {io, What} for a device that failed and {device, What} for what the
// device answered; a format that failed is checked against its arguments
// as the compiler checks a literal one (erl_lint:check_format_string).

// ioFormatError explains an error of io:Fn(Args).
func ioFormatError(fn string, args []Term, cause Term) errorMap {
	if fn == "fwrite" {
		fn = "format"
	}
	n := len(args)
	hasDevice := fn == "format" && n == 3 || fn == "put_chars" && (n == 2 || n == 3) ||
		fn == "nl" && n == 1 || fn == "write" && n == 2
	one := func(text string) errorMap {
		if hasDevice {
			return argErrs(text)
		}
		return errorMap{general: &text}
	}
	c, ok := TupleArity(cause, 2)
	if !ok {
		return errorMap{}
	}
	switch c.Elems[0] {
	case Term(atomIo):
		switch causeName(c.Elems[1]) {
		case "arguments":
			return one("the device does not exist")
		case "calling_self":
			return one("the device is not allowed to be the current process")
		case "terminated":
			return one("the device has terminated")
		}
		return errorMap{}
	case Term(Intern("device")):
	default:
		return errorMap{}
	}
	why := c.Elems[1]
	if nt, ok := TupleArity(why, 3); ok && nt.Elems[0] == Term(Intern("no_translation")) {
		return one(Sprintf("device failed to transcode string from ~p to ~p", nt.Elems[1], nt.Elems[2]))
	}
	unknown := Sprintf("unknown error: ~tp", why)
	switch fn {
	case "format":
		if hasDevice {
			m, ok := checkIoFormat(args[1:], why)
			if !ok {
				return errorMap{}
			}
			return m.shifted()
		}
		m, _ := checkIoFormat(args, why)
		return m
	case "put_chars":
		data := args[0]
		if hasDevice {
			data = args[1]
		}
		m := errorMap{args: map[int]string{}}
		k := 1
		if hasDevice {
			k = 2
		}
		if e := stdCharData(data); e != "" {
			m.args[k] = e
		} else {
			m.general = &unknown
		}
		return m
	case "write", "nl":
		return errorMap{general: &unknown}
	}
	return errorMap{}
}

// shifted moves the argument texts one on, for a call with a device first.
func (m errorMap) shifted() errorMap {
	out := errorMap{args: map[int]string{}, general: m.general, reason: m.reason}
	for k, v := range m.args {
		out.args[k+1] = v
	}
	return out
}

// checkIoFormat is check_io_format([Fmt, Args], Cause); false where OTP's
// rule fails.
func checkIoFormat(args []Term, cause Term) (errorMap, bool) {
	if len(args) == 1 {
		args = []Term{args[0], Nil{}}
	}
	if len(args) != 2 {
		return errorMap{}, false
	}
	f, a := args[0], args[1]
	chars, isFmt := ioFormatChars(f)
	if !isFmt {
		m := argErrs("not a valid format string", mustBeList(a, ""))
		if _, isPid := f.(Pid); isPid {
			if _, ok := ioFormatChars(a); ok {
				g := "possibly missing argument list"
				m.general = &g
			}
		}
		return m, true
	}
	if _, ok := a.(*Cons); !ok {
		if _, isNil := a.(Nil); !isNil {
			return argErrs("", mustBeList(a, "")), true
		}
	}
	elems, ok := ListToSlice(a)
	if !ok {
		return errorMap{}, false
	}
	types, bad := formatNeeds(chars)
	if bad != "" {
		return argErrs("format string invalid (" + bad + ")"), true
	}
	if len(types) != len(elems) {
		m := argErrs("wrong number of arguments")
		if _, isAtom := f.(Atom); isAtom {
			g := "possibly missing argument list"
			m.general = &g
		}
		return m, true
	}
	var errs []string
	for i, t := range types {
		e := elems[i]
		okType := true
		switch t {
		case "float":
			_, okType = e.(Float)
		case "integer":
			okType = IsInteger(e)
		case "string":
			switch e.(type) {
			case Atom, *Binary:
			default:
				okType = !fails(func() Term { return UnicodeCharactersToBinary1(nil, e) })
			}
		}
		if !okType {
			errs = append(errs, Sprintf("element ~B must be of type ~p", BoxInt(Int(i+1)), Intern(t)))
		}
	}
	if len(errs) > 0 {
		return argErrs("", strings.Join(errs, "\n")), true
	}
	if cause == Term(Intern("format")) {
		return argErrs("failed to format string"), true
	}
	if fails(func() Term { return IoLibFormat2(nil, f, a) }) {
		return argErrs("failed to format string"), true
	}
	g := Sprintf("unknown error: ~tp", cause)
	return errorMap{general: &g}, true
}

// ioFormatChars is a format's characters: an atom, a binary or a proper
// list of integers (is_io_format).
func ioFormatChars(t Term) ([]rune, bool) {
	switch v := t.(type) {
	case Atom:
		return []rune(v.Name()), true
	case *Binary:
		if v.Trail != 0 {
			return nil, false
		}
		rs := make([]rune, len(v.Data))
		for i, b := range v.Data {
			rs[i] = rune(b)
		}
		return rs, true
	case *Cons, Nil:
		elems, ok := ListToSlice(t)
		if !ok {
			return nil, false
		}
		rs := make([]rune, len(elems))
		for i, e := range elems {
			c, ok := IntOf(e)
			if !ok {
				return nil, false
			}
			rs[i] = rune(c)
		}
		return rs, true
	}
	return nil, false
}

// formatNeeds is what erl_lint:check_format_string finds in a format: the
// types of the arguments it takes (term, integer, float, string), or
// what is wrong with it.
func formatNeeds(f []rune) (types []string, bad string) {
	digits := func(i int) int {
		for i < len(f) && f[i] >= '0' && f[i] <= '9' {
			i++
		}
		return i
	}
	at := func(i int, c rune) bool { return i < len(f) && f[i] == c }
	isDigit := func(i int) bool { return i < len(f) && f[i] >= '0' && f[i] <= '9' }
	for i := 0; i < len(f); i++ {
		if f[i] != '~' {
			continue
		}
		i++
		// field width
		switch {
		case at(i, '-') && isDigit(i+1):
			i = digits(i + 1)
		case isDigit(i):
			i = digits(i)
		case at(i, '-') && at(i+1, '*'):
			types, i = append(types, "integer"), i+2
		case at(i, '*'):
			types, i = append(types, "integer"), i+1
		}
		// precision, then the pad character
		precision := true
		switch {
		case at(i, '.') && isDigit(i+1):
			i = digits(i + 1)
		case at(i, '.') && at(i+1, '*'):
			types, i = append(types, "integer"), i+2
		case at(i, '.'):
			i++
		default:
			precision = false
		}
		if precision {
			switch {
			case at(i, '.') && at(i+1, '*'):
				types, i = append(types, "integer"), i+2
			case at(i, '.') && i+1 < len(f):
				i += 2
			}
		}
		// modifiers
		i, bad = formatModifiers(f, i)
		if bad != "" {
			return nil, bad
		}
		if i >= len(f) {
			return nil, "truncated"
		}
		switch c := f[i]; c {
		case '~', 'n':
		case 'c', 'b', 'B':
			types = append(types, "integer")
		case 'f', 'e', 'g':
			types = append(types, "float")
		case 's':
			types = append(types, "string")
		case 'w', 'p', '+', '#', 'i':
			types = append(types, "term")
		case 'W', 'P':
			types = append(types, "term", "integer")
		case 'x', 'X':
			types = append(types, "integer", "string")
		default:
			return nil, "invalid control ~" + string(c)
		}
	}
	return types, ""
}

// formatModifiers skips the t and l modifiers of a control sequence at
// f[i:], returning where its control character is.
func formatModifiers(f []rune, i int) (int, string) {
	rest := func(k int) string {
		if i+k < len(f) {
			return string(f[i+k])
		}
		return ""
	}
	switch r1, r2 := rest(0), rest(1); {
	case r1 == "t" && r2 == "l":
		if r3 := rest(2); r3 == "p" || r3 == "P" {
			return i + 2, ""
		}
		if rest(2) != "" {
			return 0, "invalid control ~lt" + rest(2)
		}
		return 0, "invalid control ~lt"
	case r1 == "t" && r2 != "":
		if strings.Contains("cspPwW", r2) {
			return i + 1, ""
		}
		return 0, "invalid control ~t" + r2
	case r1 == "l" && (r2 == "p" || r2 == "P"):
		return i + 1, ""
	case r1 == "l" && r2 == "t":
		if r3 := rest(2); r3 == "p" || r3 == "P" {
			return i + 2, ""
		} else if r3 != "" {
			return 0, "invalid control ~lt" + r3
		}
		return 0, "invalid control ~lt"
	case r1 == "l" && r2 != "":
		return 0, "invalid control ~l" + r2
	}
	return i, ""
}
