package rt

// The erlang BIFs on bitstrings that are not simple conversions, and the
// external term format BIFs, registered with the erlang module.

func init() {
	registerModule("erlang", true, []Func{
		Export("binary_part", 2, ErlangBinaryPart2), Export("binary_part", 3, ErlangBinaryPart3),
		Export("split_binary", 2, ErlangSplitBinary2),
		Export("bitstring_to_list", 1, ErlangBitstringToList1),
		Export("list_to_bitstring", 1, ErlangListToBitstring1),
		Export("term_to_binary", 1, ErlangTermToBinary1), Export("term_to_binary", 2, ErlangTermToBinary2),
		Export("binary_to_term", 1, ErlangBinaryToTerm1), Export("binary_to_term", 2, ErlangBinaryToTerm2),
		Export("term_to_iovec", 1, ErlangTermToIovec1), Export("term_to_iovec", 2, ErlangTermToIovec2),
		Export("external_size", 1, ErlangExternalSize1), Export("external_size", 2, ErlangExternalSize2),
	})
}

// ErlangTermToIovec1 is erlang:term_to_iovec/1: here always a list of one
// binary (BEAM splits large binaries out into list elements of their own).
func ErlangTermToIovec1(p *Process, t Term) Term {
	return List(ErlangTermToBinary1(p, t))
}

// ErlangTermToIovec2 is erlang:term_to_iovec/2.
func ErlangTermToIovec2(p *Process, t, opts Term) Term {
	return List(ErlangTermToBinary2(p, t, opts))
}

// ErlangExternalSize1 is erlang:external_size/1: the size of
// term_to_binary's result.
func ErlangExternalSize1(p *Process, t Term) Term {
	return BoxInt(Int(len(TermToBinary(t))))
}

// ErlangExternalSize2 is erlang:external_size/2 (the options as
// term_to_binary/2's).
func ErlangExternalSize2(p *Process, t, opts Term) Term {
	return BoxInt(Int(len(ErlangTermToBinary2(p, t, opts).(*Binary).Data)))
}

// ErlangBinaryPart2 is binary_part(Bin, {Start, Length}).
func ErlangBinaryPart2(p *Process, b, posLen Term) Term {
	tup, ok := posLen.(*Tuple)
	if ok && len(tup.Elems) == 2 {
		if r, ok := binaryPart(b, tup.Elems[0], tup.Elems[1]); ok {
			return r
		}
	}
	return BIFBadarg("binary_part", b, posLen)
}

// ErlangBinaryPart3 is binary_part(Bin, Start, Length): Length may be
// negative, counting back from Start. Whole bytes of a bitstring count.
func ErlangBinaryPart3(p *Process, b, start, length Term) Term {
	if r, ok := binaryPart(b, start, length); ok {
		return r
	}
	return BIFBadarg("binary_part", b, start, length)
}

func binaryPart(b, start, length Term) (Term, bool) {
	bin, ok := b.(*Binary)
	if !ok {
		return nil, false
	}
	lo, hi, ok := partRange(bin.BitSize()/8, start, length)
	if !ok {
		return nil, false
	}
	return subBinary(bin.Data, lo, hi), true
}

// ErlangSplitBinary2 is split_binary(Bin, Pos): {first Pos bytes, the rest}.
func ErlangSplitBinary2(p *Process, b, pos Term) Term {
	bin, ok := b.(*Binary)
	n, isInt := IntOf(pos)
	if !ok || !isInt || n < 0 || int(n) > bin.BitSize()/8 {
		return BIFBadarg("split_binary", b, pos)
	}
	k := int(n)
	end := len(bin.Data)
	rest := &Binary{Data: bin.Data[k:end:end], Trail: bin.Trail}
	return NewTuple(subBinary(bin.Data, 0, k), rest)
}

// ErlangBitstringToList1 is bitstring_to_list(B): the whole bytes, then
// the trailing bits as a bitstring when there are any.
func ErlangBitstringToList1(p *Process, b Term) Term {
	bin, ok := b.(*Binary)
	if !ok {
		return BIFBadarg("bitstring_to_list", b)
	}
	whole := bin.BitSize() / 8
	elems := make([]Term, whole, whole+1)
	for i, c := range bin.Data[:whole] {
		elems[i] = BoxInt(Int(c))
	}
	if bin.Trail != 0 {
		elems = append(elems, &Binary{Data: bin.Data[whole:], Trail: bin.Trail})
	}
	return List(elems...)
}

// ErlangListToBitstring1 is list_to_bitstring(L): an iolist in which
// bitstrings of any size may appear, the tail included.
func ErlangListToBitstring1(p *Process, l Term) Term {
	switch l.(type) {
	case *Cons, Nil:
	default:
		return BIFBadarg("list_to_bitstring", l)
	}
	var b Bits
	if !putBitstringList(&b, l) {
		return BIFBadarg("list_to_bitstring", l)
	}
	return b.Done()
}

// putBitstringList appends the bytes and bitstrings of a bitstring list.
func putBitstringList(b *Bits, l Term) bool {
	for {
		switch x := l.(type) {
		case Nil:
			return true
		case *Binary:
			b.putBitstring(x.Data, x.BitSize())
			return true
		case *Cons:
			if !putBitstringElem(b, x.Head) {
				return false
			}
			l = x.Tail
		default:
			return false
		}
	}
}

func putBitstringElem(b *Bits, h Term) bool {
	switch y := h.(type) {
	case Small:
		c := y.Int()
		if c < 0 || c > 255 {
			return false
		}
		b.grow(2)
		b.putField(uint64(c), 8)
	case *Binary:
		b.putBitstring(y.Data, y.BitSize())
	case *Cons, Nil:
		return putBitstringList(b, y)
	default:
		return false
	}
	return true
}
