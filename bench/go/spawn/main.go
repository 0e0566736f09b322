// Command spawn is bench/spawn.erl in plain Go: 1,000,000 goroutines, in
// batches of 10,000, each send one value on a shared channel and finish.
package main

import "fmt"

func main() {
	done := make(chan struct{}, 64)
	for b := 0; b < 100; b++ {
		for k := 0; k < 10000; k++ {
			go func() { done <- struct{}{} }()
		}
		for k := 0; k < 10000; k++ {
			<-done
		}
	}
	fmt.Println(100*10000, "processes")
}
