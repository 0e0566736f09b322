package rt

// Run appends n whole bytes, which the caller then fills in, and returns
// them: the generated code writes a run of integer and string segments of
// constant sizes with plain stores instead of a Put per segment (see
// translate/gen/bits_run.go). The builder must be at a byte boundary, which
// the generator knows; the bytes are not zeroed.
func (b *Bits) Run(n int) []byte {
	if b.n%8 != 0 || n < 0 {
		panic("rt: Bits.Run at a partial byte") // a bug in the generator
	}
	b.grow(n)
	l := len(b.buf)
	b.buf = b.buf[:l+n]
	b.n += 8 * n
	return b.buf[l:]
}
