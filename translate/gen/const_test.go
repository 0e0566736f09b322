package gen

import (
	"testing"

	"github.com/erl2go/erl2go/rt"
)

// The generator decides which integer literals are an rt.Small by itself.
func TestSmallRangeMatchesRuntime(t *testing.T) {
	if minSmall != rt.MinSmall || maxSmall != rt.MaxSmall {
		t.Fatalf("gen's small range [%d, %d], rt's [%d, %d]", minSmall, maxSmall, rt.MinSmall, rt.MaxSmall)
	}
}
