// Command binbuild is bench/binbuild.erl in plain Go: append 3,000,000
// nine-byte records to one growing byte slice, then walk it back summing
// three fields. It prints what the Erlang program prints.
package main

import (
	"encoding/binary"
	"fmt"
)

func build(n int) []byte {
	var b []byte
	for ; n > 0; n-- {
		b = binary.LittleEndian.AppendUint32(b, uint32(n))
		b = append(b, byte(n))
		b = binary.BigEndian.AppendUint16(b, uint16(n%1000))
		b = append(b, "ab"...)
	}
	return b
}

func sum(b []byte) int {
	s := 0
	for len(b) >= 9 {
		s += int(binary.LittleEndian.Uint32(b)) + int(b[4]) + int(binary.BigEndian.Uint16(b[5:]))
		b = b[9:]
	}
	return s
}

func main() {
	b := build(3000000)
	fmt.Printf("%d bytes, sum %d\n", len(b), sum(b))
}
