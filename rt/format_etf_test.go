package rt

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
)

// decodeETF decodes the external term format that the golden-file
// recorder writes (term_to_binary/1 of the case), enough for the terms it
// uses: numbers, atoms, lists, tuples, maps, binaries and pids.
func decodeETF(data []byte) (Term, error) {
	if len(data) == 0 || data[0] != 131 {
		return nil, fmt.Errorf("not external term format")
	}
	d := etfDecoder{data: data[1:]}
	t := d.term()
	if d.err != nil {
		return nil, d.err
	}
	return t, nil
}

type etfDecoder struct {
	data []byte
	err  error
}

func (d *etfDecoder) take(n int) []byte {
	if d.err != nil || len(d.data) < n {
		if d.err == nil {
			d.err = fmt.Errorf("truncated term")
		}
		return make([]byte, n)
	}
	b := d.data[:n]
	d.data = d.data[n:]
	return b
}

func (d *etfDecoder) u8() int  { return int(d.take(1)[0]) }
func (d *etfDecoder) u16() int { return int(binary.BigEndian.Uint16(d.take(2))) }
func (d *etfDecoder) u32() int { return int(binary.BigEndian.Uint32(d.take(4))) }

func (d *etfDecoder) term() Term {
	if d.err != nil {
		return Nil{}
	}
	switch tag := d.u8(); tag {
	case 97: // SMALL_INTEGER_EXT
		return BoxInt(Int(d.u8()))
	case 98: // INTEGER_EXT
		return BoxInt(Int(int32(d.u32())))
	case 70: // NEW_FLOAT_EXT
		return Float(math.Float64frombits(binary.BigEndian.Uint64(d.take(8))))
	case 110: // SMALL_BIG_EXT
		return d.big(d.u8())
	case 111: // LARGE_BIG_EXT
		return d.big(d.u32())
	case 118, 100: // ATOM_UTF8_EXT, ATOM_EXT (latin1)
		return d.atom(d.u16(), tag == 118)
	case 119, 115: // SMALL_ATOM_UTF8_EXT, SMALL_ATOM_EXT
		return d.atom(d.u8(), tag == 119)
	case 104: // SMALL_TUPLE_EXT
		return d.tuple(d.u8())
	case 105: // LARGE_TUPLE_EXT
		return d.tuple(d.u32())
	case 106: // NIL_EXT
		return Nil{}
	case 107: // STRING_EXT
		b := d.take(d.u16())
		elems := make([]Term, len(b))
		for i, c := range b {
			elems[i] = BoxInt(Int(c))
		}
		return List(elems...)
	case 108: // LIST_EXT
		n := d.u32()
		elems := make([]Term, n)
		for i := range elems {
			elems[i] = d.term()
		}
		return ListWithTail(d.term(), elems...)
	case 116: // MAP_EXT
		n := d.u32()
		kvs := make([]Term, 0, 2*n)
		for i := 0; i < 2*n; i++ {
			kvs = append(kvs, d.term())
		}
		return NewMap(kvs...)
	case 109: // BINARY_EXT
		return NewBinary(append([]byte(nil), d.take(d.u32())...))
	case 77: // BIT_BINARY_EXT
		n := d.u32()
		bits := d.u8()
		data := append([]byte(nil), d.take(n)...)
		return &Binary{Data: data, Trail: uint8(bits % 8)}
	case 88: // NEW_PID_EXT
		d.term() // node
		id := d.u32()
		d.take(8) // serial, creation
		return Pid{&pidCell{id: uint64(id)}}
	default:
		d.err = fmt.Errorf("unsupported tag %d", tag)
		return Nil{}
	}
}

func (d *etfDecoder) big(n int) Term {
	sign := d.u8()
	le := d.take(n)
	be := make([]byte, n)
	for i, b := range le {
		be[n-1-i] = b
	}
	v := new(big.Int).SetBytes(be)
	if sign == 1 {
		v.Neg(v)
	}
	return IntFromBig(v)
}

func (d *etfDecoder) atom(n int, utf8 bool) Term {
	b := d.take(n)
	if utf8 {
		return Intern(string(b))
	}
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return Intern(string(rs))
}

func (d *etfDecoder) tuple(n int) Term {
	elems := make([]Term, n)
	for i := range elems {
		elems[i] = d.term()
	}
	return NewTuple(elems...)
}
