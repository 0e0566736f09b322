#!/bin/sh
# Records what BEAM's EUnit prints for each module in golden/testdata/eunit
# (NAME.out from eunit:test([NAME], []), NAME.v.out from
# eunit:test([NAME], [verbose])), then runs the Go test that compares
# erl2go's reports with them: the differential run against BEAM. Modules
# named *_tests are run through the module they test. Needs Erlang/OTP 25
# (erlc, erl) and Go.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/golden/testdata/eunit"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# erlc warns about the clauses that failing assertions make unreachable.
erlc -o "$tmp" *.erl >/dev/null 2>&1 || erlc -o "$tmp" *.erl
for f in *.erl; do
	m=${f%.erl}
	case $m in *_tests) continue ;; esac
	erl -noshell -pa "$tmp" -eval "eunit:test([$m], []), init:stop()." >"$m.out"
	erl -noshell -pa "$tmp" -eval "eunit:test([$m], [verbose]), init:stop()." >"$m.v.out"
done
cd "$root"
go test -count=1 -run 'TestEunit$' ./golden
# and with the installed eunit.hrl and assert.hrl instead of ours
ERL2GO_EUNIT_HRL=installed go test -count=1 -run 'TestEunit$' ./golden
