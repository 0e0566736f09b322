package rt

import "unicode/utf8"

// How ~p shows a binary: as text <<"abc">> when its bytes are printable
// (Latin-1), as <<"λ"/utf8>> under ~tp when it is printable UTF-8, else
// as bytes <<1,2,3>>. A depth limit (~P) looks only at the first 4 bytes
// per level and may print a printable prefix as <<"abc"...>>.

// buildBinary is pass 1 for a bitstring.
func (b *ppBuilder) buildBinary(bin *Binary, depth int) *ppNode {
	if len(bin.Data) == 0 {
		return ppLeafASCII("<<>>")
	}
	if depth == 1 {
		return ppLeafASCII("<<...>>")
	}
	if b.strings && bin.Trail == 0 {
		if n := b.textBinary(bin.Data, depth-1); n != nil {
			return n
		}
	}
	n := &ppNode{kind: ppBin, bytes: binaryPieces(bin, depth)}
	n.n = 4 + len(n.bytes) - 1
	for _, s := range n.bytes {
		n.n += len(s)
	}
	return n
}

// binaryPieces is the text of each byte as ~w writes it under the depth
// limit: "1", "2", then "..." or the trailing bits as "Value:Size".
func binaryPieces(bin *Binary, depth int) []string {
	body := binaryBody(nil, bin, depth, false)
	var pieces []string
	start := 0
	for i, r := range body {
		if r == ',' {
			pieces = append(pieces, string(body[start:i]))
			start = i + 1
		}
	}
	return append(pieces, string(body[start:]))
}

// textBinary returns the leaf for a binary that prints as text, or nil.
// d is the depth left for the characters: below 0 means no limit.
func (b *ppBuilder) textBinary(data []byte, d int) *ppNode {
	limit := len(data)
	if d >= 0 && 4*d < limit {
		limit = 4 * d
	}
	if b.unicode && validUTF8Prefix(data, limit) {
		return unicodeTextBinary(data, limit, d, b.deep)
	}
	return latin1TextBinary(data, limit, d, b.deep)
}

// latin1TextBinary: all bytes printable prints whole; under a depth limit
// a printable prefix of at least d bytes prints with "...".
func latin1TextBinary(data []byte, limit, d int, deep bool) *ppNode {
	if limit == 0 {
		return nil
	}
	i := 0
	for i < limit && isPrintableLatin1(int64(data[i])) {
		i++
	}
	chars := make([]rune, i)
	for j := range chars {
		chars[j] = rune(data[j])
	}
	switch {
	case i == len(data):
		return textLeaf(chars, true, false, deep)
	case i == limit && limit < len(data), d > 0 && i >= d:
		return textLeaf(chars, true, true, deep)
	}
	return nil
}

// unicodeTextBinary decodes up to limit UTF-8 characters while they are
// printable; text with multi-byte characters gets the /utf8 suffix.
func unicodeTextBinary(data []byte, limit, d int, deep bool) *ppNode {
	var chars []rune
	rest := data
	for len(chars) < limit && len(rest) > 0 {
		r, size := utf8.DecodeRune(rest)
		if !isPrintableChar(int64(r)) {
			break
		}
		chars = append(chars, r)
		rest = rest[size:]
	}
	ascii := len(data)-len(rest) == len(chars)
	switch {
	case len(rest) == 0:
		return textLeaf(chars, ascii, false, deep)
	case d > 0 && len(chars) >= d:
		return textLeaf(chars, ascii, true, deep)
	}
	return nil
}

// textLeaf writes <<"text">>, adding /utf8 unless the text was one byte
// per character, and ... if it is only a prefix of the binary. The quoted
// text is a sublist, and so is "/utf8>>" when the text is whole.
func textLeaf(chars []rune, bytewise, cut bool, deep bool) *ppNode {
	quoted := appendQuoted(nil, chars, '"', escUnicode)
	n := charsLength(quoted) + 4
	text := append([]rune("<<"), mkOpen)
	text = append(text, quoted...)
	text = append(text, mkClose)
	switch {
	case !bytewise && !cut:
		text = append(text, mkOpen, '/', 'u', 't', 'f', '8', '>', '>', mkClose)
		return ppLeafNode(flatIfNot(text, deep), n+5)
	case !bytewise:
		text = append(text, []rune("/utf8")...)
		n += 5
	}
	if cut {
		text = append(text, '.', '.', '.')
		n += 3
	}
	text = append(text, '>', '>')
	return ppLeafNode(flatIfNot(text, deep), n)
}

// flatIfNot drops the marks from text unless in deep mode.
func flatIfNot(text []rune, deep bool) []rune {
	if deep {
		return text
	}
	return flatChars(text)
}

// validUTF8Prefix reports whether the first n characters of data (or all
// of data, if shorter) are well-formed UTF-8.
func validUTF8Prefix(data []byte, n int) bool {
	for ; n > 0 && len(data) > 0; n-- {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return false
		}
		data = data[size:]
	}
	return true
}

// layoutBinary is pp_binary: bytes are packed on lines of at least 8
// columns, wrapping under the first byte. A piece that starts a line
// follows the indentation; the last one, so moved, is a sublist of its
// own.
func (l *ppLayout) layoutBinary(n *ppNode, col int, ind *ppIndent, ld, w int) {
	width := min(l.ll-col, l.m-4-w) - ld
	width = max(8, width)
	l.out = append(l.out, '<', '<')
	l.open()
	left := width
	last := len(n.bytes) - 1
	for i, s := range n.bytes {
		if i == last {
			if len(s) > left {
				l.newline(ind)
				l.open()
				l.out = appendBinPiece(l.out, s, l.deep)
				l.close()
			} else {
				l.out = appendBinPiece(l.out, s, l.deep)
			}
			break
		}
		if left-(len(s)+1) < 0 {
			l.newline(ind)
			left = width
		}
		l.out = appendBinPiece(l.out, s, l.deep)
		l.out = append(l.out, ',')
		left -= len(s) + 1
	}
	l.close()
	l.out = append(l.out, '>', '>')
}
