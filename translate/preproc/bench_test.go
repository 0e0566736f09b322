package preproc

import (
	"os"
	"testing"

	"github.com/erl2go/erl2go/translate/source"
)

// BenchmarkOTP preprocesses every source of stdlib, kernel and compiler
// (skipped when OTP is not installed) and reports tokens per second.
func BenchmarkOTP(b *testing.B) {
	byInc := otpSources(b, 1)
	cache := map[string][]byte{}
	read := func(name string) ([]byte, error) {
		if d, ok := cache[name]; ok {
			return d, nil
		}
		d, err := os.ReadFile(name)
		if err == nil {
			cache[name] = d
		}
		return d, err
	}
	run := func() (tokens, bytes int) {
		for inc, files := range byInc {
			opts := Options{IncludePath: splitInc(inc), ReadFile: read}
			for _, f := range files {
				forms, _ := File(source.NewFileSet(), f, opts)
				for _, fm := range forms {
					tokens += len(fm)
				}
				bytes += len(cache[f])
			}
		}
		return tokens, bytes
	}
	run() // fill the cache
	b.ResetTimer()
	var tokens, bytes int
	for i := 0; i < b.N; i++ {
		tokens, bytes = run()
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(bytes)*float64(b.N)/b.Elapsed().Seconds()/1e6, "MB/s")
}
