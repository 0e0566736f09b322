#!/bin/sh
# gen-examples.sh: regenerate the Go that erl2go makes of each example under
# examples/, after a change to the translator. Read the diff before committing.
set -eu
cd "$(dirname "$0")/.."
go build -o /tmp/erl2go-examples ./cmd/erl2go
trap 'rm -f /tmp/erl2go-examples' EXIT
for n in factorial quicksort pingpong tcp; do
	(cd "examples/$n" && /tmp/erl2go-examples gen -o . -pkg "$n" "$n.erl")
done
ERL2GO_EUNIT_HRL=builtin /tmp/erl2go-examples gen -tests -o examples/eunit -pkg eunit examples/eunit/rpn.erl
go generate ./examples/gogenerate
