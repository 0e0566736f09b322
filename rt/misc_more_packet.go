package rt

import "bytes"

// erlang:decode_packet/3 for the packet types of raw byte streams: raw
// (or 0), 1, 2, 4 (a big-endian length header of that many bytes), sunrm
// (a 4-byte header whose top bit marks the last fragment), asn1 (a BER
// tag and length) and line. The other types (cdr, fcgi, tpkt, http and
// its kin) raise undef with the call, as a function rt lacks.

func init() {
	registerModule("erlang", true, []Func{Export("decode_packet", 3, ErlangDecodePacket3)})
}

var (
	atomPktRaw           = Intern("raw")
	atomPktLinePacket    = Intern("line")
	atomPktSunrm         = Intern("sunrm")
	atomPktAsn1          = Intern("asn1")
	atomPktInvalid       = Intern("invalid")
	atomPktPacketSize    = Intern("packet_size")
	atomPktLineLength    = Intern("line_length")
	atomPktLineDelimiter = Intern("line_delimiter")
	atomPktMore          = Intern("more")
)

// packetKnown are the other types BEAM decodes.
var packetKnown = map[string]bool{
	"cdr": true, "fcgi": true, "tpkt": true,
	"http": true, "httph": true, "http_bin": true, "httph_bin": true,
}

// packetOpts are decode_packet's options; the last of each kind counts.
type packetOpts struct {
	size, lineLen int64 // 0: no limit
	delim         byte
}

func parsePacketOpts(t Term) (packetOpts, bool) {
	o := packetOpts{delim: '\n'}
	opts, ok := ListToSlice(t)
	if !ok {
		return o, false
	}
	for _, opt := range opts {
		x, ok := TupleArity(opt, 2)
		if !ok {
			return o, false
		}
		n, isInt := IntOf(x.Elems[1])
		if !isInt || n < 0 {
			return o, false
		}
		switch x.Elems[0] {
		case Term(atomPktPacketSize):
			o.size = int64(n)
		case Term(atomPktLineLength):
			o.lineLen = int64(n)
		case Term(atomPktLineDelimiter):
			if n > 255 {
				return o, false
			}
			o.delim = byte(n)
		default:
			return o, false
		}
	}
	return o, true
}

// ErlangDecodePacket3 is erlang:decode_packet(Type, Bin, Options):
// {ok, Packet, Rest}, {more, Length | undefined} or {error, invalid}.
func ErlangDecodePacket3(p *Process, typ, bin, opts Term) Term {
	hdr := -1
	switch n, _ := IntOf(typ); {
	case typ == Term(atomPktRaw) || n == 0 && typ == Term(BoxInt(0)):
		hdr = 0
	case typ == Term(BoxInt(1)) || typ == Term(BoxInt(2)) || typ == Term(BoxInt(4)):
		hdr = int(n)
	case typ == Term(atomPktLinePacket), typ == Term(atomPktSunrm), typ == Term(atomPktAsn1):
	default:
		if a, ok := typ.(Atom); !ok || !packetKnown[a.Name()] {
			return BIFErrorCause(AtomBadarg, "badopt", "decode_packet", typ, bin, opts)
		}
	}
	b, ok := bin.(*Binary)
	o, ok2 := parsePacketOpts(opts)
	if !ok || !ok2 {
		return BIFBadarg("decode_packet", typ, bin, opts)
	}
	if hdr < 0 && typ != Term(atomPktLinePacket) && typ != Term(atomPktSunrm) && typ != Term(atomPktAsn1) {
		return Undef(AtomErlang, Intern("decode_packet"), []Term{typ, bin, opts})
	}
	whole := b.Data
	if b.Trail != 0 {
		whole = whole[:len(whole)-1] // only whole bytes make packets
	}
	var n int64 // the packet's length, header included; 0: need more, length unknown; -1: invalid
	var total int64
	switch {
	case typ == Term(atomPktLinePacket):
		n = lineLength(whole, o)
	case typ == Term(atomPktSunrm):
		n, total = headerPacket(whole, 4, o.size, 0x7fffffff)
	case typ == Term(atomPktAsn1):
		n, total = berPacket(whole, o.size)
	case hdr == 0:
		n = int64(len(whole))
	default:
		n, total = headerPacket(whole, hdr, o.size, -1)
	}
	switch {
	case n < 0:
		return NewTuple(AtomError, atomPktInvalid)
	case n == 0 && total > 0:
		return NewTuple(atomPktMore, BoxInt(Int(total)))
	case n == 0:
		return NewTuple(atomPktMore, Undefined)
	}
	off := 0
	if hdr > 0 {
		off = hdr
	}
	packet := NewBinary(whole[off:n])
	return NewTuple(atomOk, packet, &Binary{Data: b.Data[n:], Trail: b.Trail})
}

// headerPacket reads a length header of hdr bytes (masked by mask unless
// it is -1): the packet's length if it is all there; else 0 and the
// length to wait for (0 while the header is incomplete); -1 for a length
// over the packet_size limit or one that does not fit in 31 bits.
func headerPacket(data []byte, hdr int, limit, mask int64) (n, total int64) {
	if len(data) < hdr {
		return 0, 0
	}
	var plen int64
	for _, c := range data[:hdr] {
		plen = plen<<8 | int64(c)
	}
	if mask >= 0 {
		plen &= mask
	}
	return packetSpan(len(data), hdr, plen, limit)
}

// lineLength is the length of the line at the start of data, delimiter
// included, cut at line_length; 0 when more is needed; -1 when the line
// is longer than packet_size.
func lineLength(data []byte, o packetOpts) int64 {
	i := bytes.IndexByte(data, o.delim)
	n := int64(i + 1)
	if i < 0 {
		n = int64(len(data))
	}
	switch {
	case o.size > 0 && n > o.size:
		return -1
	case o.lineLen > 0 && n > o.lineLen || i < 0 && o.lineLen > 0 && n >= o.lineLen:
		return o.lineLen
	case i < 0:
		return 0
	}
	return n
}

// berPacket is headerPacket for a BER element: a tag (more bytes follow
// a low five bits of 31 while their top bit is set), then a length, short
// (below 128) or long (128 + the count of bytes, at most 4, that hold it);
// an indefinite length (128) makes a packet of the header alone.
func berPacket(data []byte, limit int64) (n, total int64) {
	i := 1
	if len(data) < 1 {
		return 0, 0
	}
	if data[0]&0x1f == 0x1f {
		for ; i < len(data) && data[i]&0x80 != 0; i++ {
		}
		i++
	}
	if i >= len(data) {
		return 0, 0
	}
	l := data[i]
	i++
	var plen int64
	switch k := int(l & 0x7f); {
	case l < 0x80:
		plen = int64(l)
	case k > 4:
		return -1, 0
	case len(data) < i+k:
		return 0, 0
	default:
		for _, c := range data[i : i+k] {
			plen = plen<<8 | int64(c)
		}
		i += k
	}
	return packetSpan(len(data), i, plen, limit)
}

// packetSpan ends headerPacket and berPacket for a header of hdr bytes
// holding the length plen, with have bytes at hand.
func packetSpan(have, hdr int, plen, limit int64) (n, total int64) {
	total = plen + int64(hdr)
	if limit > 0 && plen > limit || total > 1<<31-1 {
		return -1, 0
	}
	if int64(have) < total {
		return 0, total
	}
	return total, 0
}
