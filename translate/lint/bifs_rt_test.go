package lint

import (
	"testing"

	"github.com/erl2go/erl2go/rt"
)

// The runtime keeps its own copy of the auto-imported BIFs (it names them
// without erlang: in crash reports, and must not import the translator):
// the two lists must agree.
func TestAutoImportedMatchesRuntime(t *testing.T) {
	got := table(rt.AutoImportedBIFs)
	if len(got) != len(autoBIFs) {
		t.Fatalf("rt has %d auto-imported BIFs, lint %d", len(got), len(autoBIFs))
	}
	for k := range autoBIFs {
		if !got[k] {
			t.Errorf("%s/%d: auto-imported in lint, not in rt", k.name, k.arity)
		}
	}
}
