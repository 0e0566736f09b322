// Command ring is bench/ring.erl in plain Go: 10,000 goroutines, each with
// a buffered channel as its mailbox, pass a token 100 laps. It is the
// floor for erl2go's processes, which park and wake the same way.
package main

import "fmt"

func hop(in <-chan int, next chan<- int) {
	for n := range in {
		next <- n - 1
		if n < 0 {
			return
		}
	}
}

func main() {
	const n, laps = 10000, 100
	first := make(chan int, 1)
	next := first
	for i := 2; i <= n; i++ {
		in := make(chan int, 1)
		go hop(in, next)
		next = in
	}
	next <- n*laps - 1
	for m := range first {
		if m == 0 {
			break
		}
		next <- m - 1
	}
	next <- -1 // stop: each hop passes it on and returns
	<-first
	fmt.Println(n*laps, "hops")
}
