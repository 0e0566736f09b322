package rt

// Boxing small integers.
//
// Converting an Int to a Term (an interface) calls the Go runtime, which
// allocates 8 bytes unless the value is below 256. BoxInt instead loads a
// pre-made Term from a table for the integers programs use most (counters,
// indexes, characters), which is a plain memory load that inlines: in fib(27)
// it removed a third of the time.

const (
	boxMin = -1024
	boxMax = 32767
)

var boxed = func() *[boxMax - boxMin + 1]Term {
	t := new([boxMax - boxMin + 1]Term)
	for i := range t {
		t[i] = Int(i + boxMin)
	}
	return t
}()

// BoxInt returns x as a Term, without allocating for small values.
func BoxInt(x Int) Term {
	if u := uint64(x - boxMin); u < uint64(len(boxed)) {
		return boxed[u]
	}
	return x
}
