// Command bigfac is the baseline for bench/bigfac.erl in plain Go with
// math/big: 20000! by multiplying an accumulator by N, N-1, ..., 1, then
// the number of decimal digits.
package main

import (
	"fmt"
	"math/big"
)

func main() {
	acc := big.NewInt(1)
	var n big.Int
	for i := int64(20000); i > 0; i-- {
		acc.Mul(acc, n.SetInt64(i))
	}
	fmt.Println(len(acc.String()))
}
