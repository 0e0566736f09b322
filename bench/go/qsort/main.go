// Command qsort is the baseline for bench/qsort.erl in plain Go: the same
// quicksort (the head as pivot, two filtering passes over the rest, the
// parts joined) of the same 1,000,000 pseudo-random integers, on slices.
package main

import "fmt"

func qsort(xs []int) []int {
	if len(xs) == 0 {
		return nil
	}
	head, tail := xs[0], xs[1:]
	var lo, hi []int
	for _, x := range tail {
		if x <= head {
			lo = append(lo, x)
		}
	}
	for _, x := range tail {
		if x > head {
			hi = append(hi, x)
		}
	}
	out := append(qsort(lo), head)
	return append(out, qsort(hi)...)
}

// lcg returns n numbers of a linear congruential generator, last first,
// as the Erlang program builds its list.
func lcg(n, s int) []int {
	xs := make([]int, n)
	for i := n - 1; i >= 0; i-- {
		s = (s*1103515245 + 12345) % 2147483648
		xs[i] = s
	}
	return xs
}

func main() {
	s := qsort(lcg(1000000, 42))
	fmt.Println(s[500000-1])
}
