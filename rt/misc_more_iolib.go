package rt

import "strconv"

// io_lib:scan_format/2, unscan_format/1 and build_text/1,2: a format and
// its arguments as a list of characters and one map per control sequence
// (#{control_char, args, width, adjust, precision, pad_char, encoding,
// strings}), and back. The format is read by the formatter io_lib:format
// uses (format.go), so both accept the same formats.

func init() {
	RegisterModule("io_lib",
		Export("scan_format", 2, IoLibScanFormat2), Export("unscan_format", 1, IoLibUnscanFormat1),
		Export("build_text", 1, IoLibBuildText1), Export("build_text", 2, IoLibBuildText2))
}

var (
	atomControlChar = Intern("control_char")
	atomAdjust      = Intern("adjust")
	atomPrecision   = Intern("precision")
	atomPadChar     = Intern("pad_char")
	atomStrings     = Intern("strings")
	atomWidth       = Intern("width")
	atomArgs        = Intern("args")
)

// IoLibScanFormat2 is io_lib:scan_format(Format, Args).
func IoLibScanFormat2(p *Process, format, args Term) Term {
	out, ok := scanFormat(format, args)
	if !ok {
		return otpRaise(AtomBadarg, List(format, args), erlFrame{"io_lib", "scan_format", 2, 215})
	}
	return out
}

func scanFormat(format, args Term) (Term, bool) {
	var fs []rune
	var ok bool
	switch x := format.(type) {
	case Atom:
		fs, ok = []rune(x.Name()), true
	case *Binary: // its bytes, as binary_to_list gives them
		ok = x.Trail == 0
		for _, b := range x.Data {
			fs = append(fs, rune(b))
		}
	default:
		fs, ok = freadChars(format)
	}
	as, ok2 := ListToSlice(args)
	if !ok || !ok2 {
		return nil, false
	}
	out, ok := scanSpecs(fs, as)
	if !ok {
		return nil, false
	}
	return List(out...), true
}

// scanSpecs reads the format; ok is false where io_lib:format fails.
func scanSpecs(fs []rune, as []Term) (out []Term, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, bad := r.(badFormat); !bad {
				panic(r)
			}
			ok = false
		}
	}()
	f := formatter{format: fs, args: as}
	for len(f.format) > 0 {
		c := f.format[0]
		f.advance()
		if c != '~' {
			out = append(out, BoxInt(Int(c)))
			continue
		}
		out = append(out, specMap(f.parseSpec()))
	}
	return out, len(f.args) == 0
}

// specMap is a control sequence as scan_format gives it.
func specMap(s fmtSpec) Term {
	field := func(n int) Term {
		if n == noField {
			return atomNone
		}
		return BoxInt(Int(n))
	}
	adjust, enc := Intern("right"), atomLatin1
	if s.left {
		adjust = Intern("left")
	}
	if s.unicode {
		enc = atomUnicode
	}
	return NewMap(atomAdjust, adjust, atomArgs, List(s.args...), atomControlChar, BoxInt(Int(s.ctrl)),
		atomEncoding, enc, atomPadChar, BoxInt(Int(s.pad)), atomPrecision, field(s.prec),
		atomStrings, Bool(s.strings), atomWidth, field(s.width))
}

// IoLibUnscanFormat1 is io_lib:unscan_format(FormatList): {Format, Args}.
// An element that is not a control sequence's map is copied as it is.
func IoLibUnscanFormat1(p *Process, l Term) Term {
	f, args, ok := unscanFormat(l)
	if !ok {
		return otpRaise(AtomFunctionClause, List(l), erlFrame{"io_lib_format", "print", 1, 116},
			erlFrame{"io_lib_format", "unscan", 1, 107})
	}
	return NewTuple(f, args)
}

var specKeys = []Atom{atomAdjust, atomArgs, atomControlChar, atomEncoding, atomPadChar, atomPrecision, atomStrings, atomWidth}

func unscanFormat(l Term) (format, args Term, ok bool) {
	items, ok := ListToSlice(l)
	if !ok {
		return nil, nil, false
	}
	var fs, as []Term
	for _, it := range items {
		spec, ok := unscanSpec(it)
		if !ok {
			fs = append(fs, it)
			continue
		}
		a, _ := ListToSlice(spec[1])
		as = append(as, a...)
		fs = append(fs, runeSlice(unscanControl(spec))...)
	}
	return List(fs...), List(as...), true
}

// unscanSpec is a control sequence's map as its values in specKeys'
// order; ok is false for any other element.
func unscanSpec(t Term) ([]Term, bool) {
	m, isMap := t.(*Map)
	if !isMap {
		return nil, false
	}
	vs := make([]Term, len(specKeys))
	for i, k := range specKeys {
		v, ok := MapFind(m, k)
		if !ok {
			return nil, false
		}
		vs[i] = v
	}
	return vs, true
}

// unscanControl writes a control sequence: ~, the width (negative when
// adjusted left), the precision, the pad character unless a space, t, l
// and the control character.
func unscanControl(v []Term) []rune {
	adjust, ctrl, enc, pad, prec, strs, width := v[0], v[2], v[3], v[4], v[5], v[6], v[7]
	fs := []rune{'~'}
	if w, isInt := IntOf(width); isInt {
		if adjust == Term(Intern("left")) {
			w = -w
		}
		fs = append(fs, []rune(strconv.FormatInt(int64(w), 10))...)
	}
	padc, _ := IntOf(pad)
	if pr, isInt := IntOf(prec); isInt {
		fs = append(fs, []rune("."+strconv.FormatInt(int64(pr), 10))...)
	} else if padc != ' ' {
		fs = append(fs, '.')
	}
	if padc != ' ' {
		fs = append(fs, '.', rune(padc))
	}
	if enc == Term(atomUnicode) {
		fs = append(fs, 't')
	}
	if strs == Term(False) {
		fs = append(fs, 'l')
	}
	c, _ := IntOf(ctrl)
	return append(fs, rune(c))
}

func runeSlice(rs []rune) []Term {
	ts := make([]Term, len(rs))
	for i, r := range rs {
		ts[i] = BoxInt(Int(r))
	}
	return ts
}

// IoLibBuildText1 is io_lib:build_text(FormatList): the text that
// io_lib:format writes for it.
func IoLibBuildText1(p *Process, l Term) Term {
	return buildText(l, nil, func(f, args Term) Term { return IoLibFormat2(p, f, args) },
		erlFrame{"io_lib", "build_text", 1, 234})
}

// IoLibBuildText2 is io_lib:build_text(FormatList, Options), with
// io_lib:format/3's chars_limit.
func IoLibBuildText2(p *Process, l, opts Term) Term {
	return buildText(l, opts, func(f, args Term) Term { return IoLibFormat3(p, f, args, opts) },
		erlFrame{"io_lib", "build_text", 2, 248})
}

// buildText formats what unscan_format gives; badarg from build_text
// when that is not a format.
func buildText(l, opts Term, format func(f, args Term) Term, at erlFrame) Term {
	args := List(l)
	if opts != nil {
		args = List(l, opts)
	}
	f, as, ok := unscanFormat(l)
	if !ok {
		return otpRaise(AtomBadarg, args, at)
	}
	v, exc := Try(func() Term { return format(f, as) })
	if exc != nil {
		if exc.Reason == Term(AtomBadarg) {
			return otpRaise(AtomBadarg, args, at)
		}
		exc.Reraise()
	}
	return v
}
