// Command wordcount is bench/wordcount.erl in plain Go: the same 1,000,000
// pseudo-random words (5,000 distinct) counted in a Go map, the baseline
// for the map updates erl2go makes.
package main

import "fmt"

func main() {
	words := make([]int, 0, 1000000)
	for n, s := 1000000, 7; n > 0; n-- {
		s = (s*1103515245 + 12345) % 2147483648
		words = append(words, s%5000)
	}
	counts := map[int]int{}
	// The Erlang program builds its list by prepending, so it counts the
	// words in reverse; the counts do not depend on the order.
	for i := len(words) - 1; i >= 0; i-- {
		counts[words[i]]++
	}
	fmt.Println(len(counts), counts[42])
}
