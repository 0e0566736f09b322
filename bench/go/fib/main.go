// Command fib is naive fib(32) in plain Go with native ints, the baseline
// for bench/fib.erl.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() { fmt.Println(fib(32)) }
