// Command tcpparse is bench/tcpparse.erl in plain Go: the same segments,
// framed the same way into about 10 MB, parsed five times with
// encoding/binary, summing the same fields. It prints what the Erlang
// program prints.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// segment builds segment i: a 20-byte header, 0, 4 or 8 bytes of options
// and a payload of 100 to 299 copies of one byte.
func segment(dst []byte, i int) []byte {
	opts := i % 3
	dst = binary.BigEndian.AppendUint16(dst, uint16(1024+i%1000))
	dst = binary.BigEndian.AppendUint16(dst, 80)
	dst = binary.BigEndian.AppendUint32(dst, uint32(i))
	dst = binary.BigEndian.AppendUint32(dst, uint32(i*7))
	dst = append(dst, byte(5+opts)<<4, byte(i&0x3f))
	dst = binary.BigEndian.AppendUint16(dst, 65535)
	dst = append(dst, 0, 0, 0, 0)
	dst = append(dst, make([]byte, 4*opts)...)
	return append(dst, bytes.Repeat([]byte{byte(i)}, 100+i%200)...)
}

// stream frames segments with a 16-bit length until there are 10^7 bytes.
func stream() (int, []byte) {
	var out, seg []byte
	i := 0
	for ; len(out) < 10000000; i++ {
		seg = segment(seg[:0], i)
		out = binary.BigEndian.AppendUint16(out, uint16(len(seg)))
		out = append(out, seg...)
	}
	return i, out
}

// parse sums the fields of one segment as tcpparse.erl's parse/1 does.
func parse(s []byte) int {
	sum := int(binary.BigEndian.Uint16(s[0:])) + int(binary.BigEndian.Uint16(s[2:])) +
		int(binary.BigEndian.Uint32(s[4:])) + int(binary.BigEndian.Uint32(s[8:])) +
		int(binary.BigEndian.Uint16(s[14:])) + int(binary.BigEndian.Uint16(s[16:])) +
		int(binary.BigEndian.Uint16(s[18:]))
	optBytes := (int(s[12]>>4) - 5) * 4
	opts := s[20 : 20+optBytes]
	var o uint64 // the options as one big-endian integer (at most 8 bytes here)
	for _, c := range opts {
		o = o<<8 | uint64(c)
	}
	sum += int(o)
	sum += len(s) - 20 - optBytes
	for flags := s[13]; flags != 0; flags &= flags - 1 {
		sum++
	}
	return sum
}

func walk(b []byte) (n, sum int) {
	for len(b) > 0 {
		l := int(binary.BigEndian.Uint16(b))
		sum += parse(b[2 : 2+l])
		b = b[2+l:]
		n++
	}
	return n, sum
}

func main() {
	_, s := stream()
	var n, sum int
	for range 5 {
		n, sum = walk(s)
	}
	fmt.Printf("%d bytes, {%d,%d}\n", len(s), n, sum)
}
