package rt

import (
	"bytes"
	"math/big"
	"slices"
)

// The binary module (stdlib binary.erl). Results that are parts of an
// argument share its bytes, as BEAM's sub-binaries do. Errors are
// error:badarg, as from the BIFs.

func init() {
	RegisterModule("binary",
		Export("split", 2, BinarySplit2), Export("split", 3, BinarySplit3),
		Export("match", 2, BinaryMatch2), Export("match", 3, BinaryMatch3),
		Export("matches", 2, BinaryMatches2), Export("matches", 3, BinaryMatches3),
		Export("replace", 3, BinaryReplace3), Export("replace", 4, BinaryReplace4),
		Export("compile_pattern", 1, BinaryCompilePattern1),
		Export("part", 2, BinaryPart2), Export("part", 3, BinaryPart3),
		Export("copy", 1, BinaryCopy1), Export("copy", 2, BinaryCopy2),
		Export("decode_unsigned", 1, BinaryDecodeUnsigned1), Export("decode_unsigned", 2, BinaryDecodeUnsigned2),
		Export("encode_unsigned", 1, BinaryEncodeUnsigned1), Export("encode_unsigned", 2, BinaryEncodeUnsigned2),
		Export("first", 1, BinaryFirst1), Export("last", 1, BinaryLast1), Export("at", 2, BinaryAt2),
		Export("bin_to_list", 1, BinaryBinToList1), Export("bin_to_list", 2, BinaryBinToList2),
		Export("bin_to_list", 3, BinaryBinToList3), Export("list_to_bin", 1, BinaryListToBin1),
		Export("longest_common_prefix", 1, BinaryLongestCommonPrefix1),
		Export("longest_common_suffix", 1, BinaryLongestCommonSuffix1),
		Export("encode_hex", 1, BinaryEncodeHex1), Export("decode_hex", 1, BinaryDecodeHex1),
		Export("referenced_byte_size", 1, BinaryReferencedByteSize1),
	)
}

// bytesOf returns a binary's bytes, raising badarg for anything else
// (bitstrings included).
func bytesOf(t Term) []byte {
	b, ok := t.(*Binary)
	if !ok || b.Trail != 0 {
		Badarg()
	}
	return b.Data
}

// subBinary is a part of data sharing its bytes.
func subBinary(data []byte, lo, hi int) *Binary {
	return &Binary{Data: data[lo:hi:hi]}
}

// binPattern is a search pattern: one or more non-empty binaries.
type binPattern [][]byte

var (
	bitsAtomBM = Intern("bm")
	bitsAtomAC = Intern("ac")
)

// patternOf reads a pattern: a binary, a non-empty list of binaries, or
// what compile_pattern returned ({bm | ac, [Binary]}: a plain value here,
// since searching needs no precompiled tables at these sizes).
func patternOf(t Term) binPattern {
	if tup, ok := t.(*Tuple); ok && len(tup.Elems) == 2 && (tup.Elems[0] == bitsAtomBM || tup.Elems[0] == bitsAtomAC) {
		t = tup.Elems[1]
	}
	var ps binPattern
	if _, ok := t.(*Binary); ok {
		ps = binPattern{bytesOf(t)}
	} else {
		elems, ok := ListToSlice(t)
		if !ok || len(elems) == 0 {
			Badarg()
		}
		for _, e := range elems {
			ps = append(ps, bytesOf(e))
		}
	}
	for _, p := range ps {
		if len(p) == 0 {
			Badarg()
		}
	}
	return ps
}

// find returns the first match in data[from:to]: the lowest position, and
// there the longest pattern. pos is -1 when there is none.
func (ps binPattern) find(data []byte, from, to int) (pos, n int) {
	pos = -1
	for _, p := range ps {
		i := bytes.Index(data[from:to], p)
		if i < 0 {
			continue
		}
		if i += from; pos < 0 || i < pos || (i == pos && len(p) > n) {
			pos, n = i, len(p)
		}
	}
	return pos, n
}

// all returns the non-overlapping matches in data[from:to], or only the
// first unless global.
func (ps binPattern) all(data []byte, from, to int, global bool) [][2]int {
	var ms [][2]int
	for from <= to {
		pos, n := ps.find(data, from, to)
		if pos < 0 {
			break
		}
		ms = append(ms, [2]int{pos, n})
		if !global {
			break
		}
		from = pos + n
	}
	return ms
}

// BinaryCompilePattern1 is binary:compile_pattern/1.
func BinaryCompilePattern1(p *Process, pat Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "compile_pattern", 0, pat) }()
	ps := patternOf(pat)
	elems := make([]Term, len(ps))
	for i, b := range ps {
		elems[i] = NewBinary(b)
	}
	tag := bitsAtomBM
	if len(ps) > 1 {
		tag = bitsAtomAC
	}
	return NewTuple(tag, List(elems...))
}

var (
	bitsAtomGlobal         = Intern("global")
	bitsAtomTrim           = Intern("trim")
	bitsAtomTrimAll        = Intern("trim_all")
	bitsAtomScope          = Intern("scope")
	bitsAtomInsertReplaced = Intern("insert_replaced")
	bitsAtomNomatch        = Intern("nomatch")
	bitsAtomLittle         = Intern("little")
	bitsAtomBig            = Intern("big")
)

// binOpts are the options of split, match, matches and replace.
type binOpts struct {
	global, trim, trimAll bool
	from, to              int // the scope
	insert                []int
}

// optionsOf reads the option list for a subject of size n; allowed names
// the plain atoms this function accepts.
func optionsOf(t Term, n int, allowed ...Atom) binOpts {
	o := binOpts{to: n}
	elems, ok := ListToSlice(t)
	if !ok {
		Badarg()
	}
	for _, e := range elems {
		if a, isAtom := e.(Atom); isAtom && slices.Contains(allowed, a) {
			o.global = o.global || a == bitsAtomGlobal
			o.trim = o.trim || a == bitsAtomTrim
			o.trimAll = o.trimAll || a == bitsAtomTrimAll
			continue
		}
		tup, isTuple := e.(*Tuple)
		if !isTuple || len(tup.Elems) != 2 {
			Badarg()
		}
		switch tup.Elems[0] {
		case bitsAtomScope:
			o.from, o.to = scopeOf(tup.Elems[1], n)
		case bitsAtomInsertReplaced:
			if !slices.Contains(allowed, bitsAtomInsertReplaced) {
				Badarg()
			}
			o.insert = insertPositions(tup.Elems[1])
		default:
			Badarg()
		}
	}
	return o
}

// scopeOf reads {Start, Length} (Length may be negative) within size n.
func scopeOf(t Term, n int) (lo, hi int) {
	tup, ok := t.(*Tuple)
	if !ok || len(tup.Elems) != 2 {
		Badarg()
	}
	lo, hi, ok = partRange(n, tup.Elems[0], tup.Elems[1])
	if !ok {
		Badarg()
	}
	return lo, hi
}

// partRange is binary_part's {Start, Length} within size n.
func partRange(n int, start, length Term) (lo, hi int, ok bool) {
	s, ok1 := IntOf(start)
	l, ok2 := IntOf(length)
	if !ok1 || !ok2 || s < 0 || s > Int(n) {
		return 0, 0, false
	}
	lo, hi = int(s), int(s+l)
	if l < 0 {
		lo, hi = hi, lo
	}
	return lo, hi, lo >= 0 && hi <= n
}

func insertPositions(t Term) []int {
	if _, ok := t.(Small); ok {
		t = List(t)
	}
	elems, ok := ListToSlice(t)
	if !ok {
		Badarg()
	}
	pos := make([]int, len(elems))
	for i, e := range elems {
		x, ok := IntOf(e)
		if !ok || x < 0 {
			Badarg()
		}
		pos[i] = int(x)
	}
	return pos
}

// BinarySplit2 is binary:split/2.
func BinarySplit2(p *Process, subject, pattern Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "split", 0, subject, pattern) }()
	return BinarySplit3(p, subject, pattern, Nil{})
}

// BinarySplit3 is binary:split/3 with global, trim, trim_all and scope.
func BinarySplit3(p *Process, subject, pattern, opts Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "split", 0, subject, pattern, opts) }()
	data := bytesOf(subject)
	ps := patternOf(pattern)
	o := optionsOf(opts, len(data), bitsAtomGlobal, bitsAtomTrim, bitsAtomTrimAll)
	var parts []Term
	last := 0
	for _, m := range ps.all(data, o.from, o.to, o.global) {
		parts = append(parts, subBinary(data, last, m[0]))
		last = m[0] + m[1]
	}
	parts = append(parts, subBinary(data, last, len(data)))
	switch {
	case o.trimAll:
		parts = slices.DeleteFunc(parts, func(t Term) bool { return len(t.(*Binary).Data) == 0 })
	case o.trim:
		for len(parts) > 0 && len(parts[len(parts)-1].(*Binary).Data) == 0 {
			parts = parts[:len(parts)-1]
		}
	}
	return List(parts...)
}

func matchTuple(m [2]int) Term { return NewTuple(BoxInt(Int(m[0])), BoxInt(Int(m[1]))) }

// BinaryMatch2 is binary:match/2.
func BinaryMatch2(p *Process, subject, pattern Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "match", 0, subject, pattern) }()
	return BinaryMatch3(p, subject, pattern, Nil{})
}

// BinaryMatch3 is binary:match/3: {Pos, Len} or nomatch.
func BinaryMatch3(p *Process, subject, pattern, opts Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "match", 0, subject, pattern, opts) }()
	data := bytesOf(subject)
	ps := patternOf(pattern)
	o := optionsOf(opts, len(data))
	if ms := ps.all(data, o.from, o.to, false); len(ms) > 0 {
		return matchTuple(ms[0])
	}
	return bitsAtomNomatch
}

// BinaryMatches2 is binary:matches/2.
func BinaryMatches2(p *Process, subject, pattern Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "matches", 0, subject, pattern) }()
	return BinaryMatches3(p, subject, pattern, Nil{})
}

// BinaryMatches3 is binary:matches/3: every non-overlapping match.
func BinaryMatches3(p *Process, subject, pattern, opts Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "matches", 0, subject, pattern, opts) }()
	data := bytesOf(subject)
	ps := patternOf(pattern)
	o := optionsOf(opts, len(data))
	ms := ps.all(data, o.from, o.to, true)
	out := make([]Term, len(ms))
	for i, m := range ms {
		out[i] = matchTuple(m)
	}
	return List(out...)
}

// BinaryReplace3 is binary:replace/3.
func BinaryReplace3(p *Process, subject, pattern, repl Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "replace", 497, subject, pattern, repl) }()
	return BinaryReplace4(p, subject, pattern, repl, Nil{})
}

// BinaryReplace4 is binary:replace/4 with global, scope and
// insert_replaced.
func BinaryReplace4(p *Process, subject, pattern, repl, opts Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "replace", 494, subject, pattern, repl, opts) }()
	data := bytesOf(subject)
	ps := patternOf(pattern)
	r := bytesOf(repl)
	o := optionsOf(opts, len(data), bitsAtomGlobal, bitsAtomInsertReplaced)
	for _, i := range o.insert {
		if i > len(r) {
			Badarg()
		}
	}
	var out []byte
	last := 0
	for _, m := range ps.all(data, o.from, o.to, o.global) {
		out = append(out, data[last:m[0]]...)
		out = appendReplacement(out, r, data[m[0]:m[0]+m[1]], o.insert)
		last = m[0] + m[1]
	}
	return NewBinary(append(out, data[last:]...))
}

// appendReplacement writes the replacement with the matched part inserted
// at each insert position.
func appendReplacement(out, repl, matched []byte, insert []int) []byte {
	for i := 0; i <= len(repl); i++ {
		for _, at := range insert {
			if at == i {
				out = append(out, matched...)
			}
		}
		if i < len(repl) {
			out = append(out, repl[i])
		}
	}
	return out
}

// BinaryPart2 is binary:part(Subject, {Pos, Len}).
func BinaryPart2(p *Process, subject, posLen Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "part", 0, subject, posLen) }()
	tup, ok := posLen.(*Tuple)
	if !ok || len(tup.Elems) != 2 {
		Badarg()
	}
	return BinaryPart3(p, subject, tup.Elems[0], tup.Elems[1])
}

// BinaryPart3 is binary:part(Subject, Pos, Len). Like erlang:binary_part
// it takes whole bytes of a bitstring too.
func BinaryPart3(p *Process, subject, pos, length Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "part", 0, subject, pos, length) }()
	b, ok := subject.(*Binary)
	if !ok {
		Badarg()
	}
	lo, hi, ok := partRange(b.BitSize()/8, pos, length)
	if !ok {
		Badarg()
	}
	return subBinary(b.Data, lo, hi)
}

// BinaryCopy1 is binary:copy/1.
func BinaryCopy1(p *Process, subject Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "copy", 0, subject) }()
	return NewBinary(bytes.Clone(bytesOf(subject)))
}

// BinaryCopy2 is binary:copy(Subject, N): N copies.
func BinaryCopy2(p *Process, subject, n Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "copy", 0, subject, n) }()
	data := bytesOf(subject)
	k, ok := IntOf(n)
	if b, isBig := n.(*BigInt); isBig && b.v.Sign() > 0 && b.v.IsUint64() {
		k, ok = maxBits, true // BEAM takes any word: system_limit below unless data is empty
	}
	if !ok || k < 0 {
		Badarg()
	}
	if len(data) > 0 && int(k) > maxBits/8/len(data) {
		SystemLimit()
	}
	return NewBinary(bytes.Repeat(data, int(k)))
}

// endianOf reads big or little.
func endianOf(t Term) bool {
	switch t {
	case bitsAtomBig:
		return false
	case bitsAtomLittle:
		return true
	}
	Badarg()
	return false
}

// BinaryDecodeUnsigned1 is binary:decode_unsigned/1.
func BinaryDecodeUnsigned1(p *Process, subject Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "decode_unsigned", 0, subject) }()
	return BinaryDecodeUnsigned2(p, subject, bitsAtomBig)
}

// BinaryDecodeUnsigned2 is binary:decode_unsigned(Subject, Endianness).
func BinaryDecodeUnsigned2(p *Process, subject, endian Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "decode_unsigned", 0, subject, endian) }()
	data := bytesOf(subject)
	if endianOf(endian) {
		data = slices.Clone(data)
		slices.Reverse(data)
	}
	r := new(BigInt)
	r.v.SetBytes(data)
	return r.norm()
}

// BinaryEncodeUnsigned1 is binary:encode_unsigned/1.
func BinaryEncodeUnsigned1(p *Process, n Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "encode_unsigned", 0, n) }()
	return BinaryEncodeUnsigned2(p, n, bitsAtomBig)
}

// BinaryEncodeUnsigned2 is binary:encode_unsigned(N, Endianness): the
// fewest bytes that hold N, at least one.
func BinaryEncodeUnsigned2(p *Process, n, endian Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "encode_unsigned", 0, n, endian) }()
	var tmp big.Int
	x, ok := bigOf(n, &tmp)
	if !ok || x.Sign() < 0 {
		Badarg()
	}
	little := endianOf(endian)
	out := x.Bytes()
	if len(out) == 0 {
		out = []byte{0}
	}
	if little {
		slices.Reverse(out)
	}
	return NewBinary(out)
}

// BinaryFirst1 is binary:first/1.
func BinaryFirst1(p *Process, subject Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "first", 0, subject) }()
	data := bytesOf(subject)
	if len(data) == 0 {
		Badarg()
	}
	return BoxInt(Int(data[0]))
}

// BinaryLast1 is binary:last/1.
func BinaryLast1(p *Process, subject Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "last", 0, subject) }()
	data := bytesOf(subject)
	if len(data) == 0 {
		Badarg()
	}
	return BoxInt(Int(data[len(data)-1]))
}

// BinaryAt2 is binary:at(Subject, Pos), counting from 0.
func BinaryAt2(p *Process, subject, pos Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "at", 0, subject, pos) }()
	data := bytesOf(subject)
	i, ok := IntOf(pos)
	if !ok || i < 0 || i >= Int(len(data)) {
		Badarg()
	}
	return BoxInt(Int(data[i]))
}

func byteList(data []byte) Term {
	elems := make([]Term, len(data))
	for i, c := range data {
		elems[i] = BoxInt(Int(c))
	}
	return List(elems...)
}

// BinaryBinToList1 is binary:bin_to_list/1.
func BinaryBinToList1(p *Process, subject Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "bin_to_list", 497, subject) }()
	return byteList(bytesOf(subject))
}

// BinaryBinToList2 is binary:bin_to_list(Subject, {Pos, Len}).
func BinaryBinToList2(p *Process, subject, posLen Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "bin_to_list", 497, subject, posLen) }()
	tup, ok := posLen.(*Tuple)
	if !ok || len(tup.Elems) != 2 {
		Badarg()
	}
	return BinaryBinToList3(p, subject, tup.Elems[0], tup.Elems[1])
}

// BinaryBinToList3 is binary:bin_to_list(Subject, Pos, Len).
func BinaryBinToList3(p *Process, subject, pos, length Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "bin_to_list", 494, subject, pos, length) }()
	data := bytesOf(subject)
	lo, hi, ok := partRange(len(data), pos, length)
	if !ok {
		Badarg()
	}
	return byteList(data[lo:hi])
}

// BinaryListToBin1 is binary:list_to_bin/1 (erlang:list_to_binary/1).
func BinaryListToBin1(p *Process, l Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "list_to_bin", 0, l) }()
	if _, ok := l.(*Binary); ok {
		Badarg() // list_to_binary takes a binary; this does not
	}
	out, ok := IolistBytes(nil, l)
	if !ok {
		Badarg()
	}
	return NewBinary(out)
}

// binariesOf reads a non-empty list of binaries.
func binariesOf(t Term) [][]byte {
	elems, ok := ListToSlice(t)
	if !ok || len(elems) == 0 {
		Badarg()
	}
	out := make([][]byte, len(elems))
	for i, e := range elems {
		out[i] = bytesOf(e)
	}
	return out
}

// BinaryLongestCommonPrefix1 is binary:longest_common_prefix/1.
func BinaryLongestCommonPrefix1(p *Process, list Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "longest_common_prefix", 0, list) }()
	bins := binariesOf(list)
	n := len(bins[0])
	for _, b := range bins[1:] {
		n = min(n, len(b))
		for i := 0; i < n; i++ {
			if b[i] != bins[0][i] {
				n = i
			}
		}
	}
	return BoxInt(Int(n))
}

// BinaryLongestCommonSuffix1 is binary:longest_common_suffix/1.
func BinaryLongestCommonSuffix1(p *Process, list Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "longest_common_suffix", 0, list) }()
	bins := binariesOf(list)
	first := bins[0]
	n := len(first)
	for _, b := range bins[1:] {
		n = min(n, len(b))
		for i := 1; i <= n; i++ {
			if b[len(b)-i] != first[len(first)-i] {
				n = i - 1
			}
		}
	}
	return BoxInt(Int(n))
}

// BinaryEncodeHex1 is binary:encode_hex/1: upper-case hexadecimal.
func BinaryEncodeHex1(p *Process, subject Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "encode_hex", 494, subject) }()
	const digits = "0123456789ABCDEF"
	data := bytesOf(subject)
	out := make([]byte, 2*len(data))
	for i, c := range data {
		out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
	}
	return NewBinary(out)
}

// BinaryDecodeHex1 is binary:decode_hex/1: either case, an even length.
func BinaryDecodeHex1(p *Process, subject Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "decode_hex", 494, subject) }()
	data := bytesOf(subject)
	if len(data)%2 != 0 {
		Badarg()
	}
	out := make([]byte, len(data)/2)
	for i := range out {
		hi, ok1 := hexDigit(data[2*i])
		lo, ok2 := hexDigit(data[2*i+1])
		if !ok1 || !ok2 {
			Badarg()
		}
		out[i] = hi<<4 | lo
	}
	return NewBinary(out)
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// BinaryReferencedByteSize1 is binary:referenced_byte_size/1: the size of
// the buffer the binary's bytes lie in, when this runtime knows it.
func BinaryReferencedByteSize1(p *Process, subject Term) Term {
	defer func() { stdlibRecover(recover(), "binary", "referenced_byte_size", 0, subject) }()
	b, ok := subject.(*Binary)
	if !ok {
		Badarg()
	}
	if b.ext != nil {
		return BoxInt(Int(len(b.ext.buf)))
	}
	return BoxInt(Int(cap(b.Data)))
}
