package parse

import (
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/erl2go/erl2go/translate/preproc"
	"github.com/erl2go/erl2go/translate/source"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestOTPTiming prints the CPU and wall time of preprocessing and of parsing
// stdlib, kernel and compiler, warm (second round), when ERL2GO_TIMING is set.
func TestOTPTiming(t *testing.T) {
	if os.Getenv("ERL2GO_TIMING") == "" {
		t.Skip("set ERL2GO_TIMING=1")
	}
	files := otpFiles(t, otpLib(t), "stdlib", "kernel", "compiler")
	for round := 0; round < 2; round++ {
		var ppCPU, parseCPU, ppWall, parseWall time.Duration
		for _, f := range files {
			fset := source.NewFileSet()
			c0, w0 := cpuTime(), time.Now()
			forms, errs := preproc.File(fset, f, preproc.Options{IncludePath: includePath(f)})
			c1, w1 := cpuTime(), time.Now()
			Forms(fset, f, forms, errs)
			c2, w2 := cpuTime(), time.Now()
			ppCPU += c1 - c0
			parseCPU += c2 - c1
			ppWall += w1.Sub(w0)
			parseWall += w2.Sub(w1)
		}
		t.Logf("round %d: preproc cpu %v wall %v; parse cpu %v wall %v", round, ppCPU, ppWall, parseCPU, parseWall)
	}
}
