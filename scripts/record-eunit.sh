#!/bin/sh
# Records what BEAM's EUnit prints for each module in golden/testdata/eunit:
# NAME.out from eunit:test([NAME], []) and NAME.v.out from
# eunit:test([NAME], [verbose]). Modules named *_tests are run through the
# module they test. Needs Erlang/OTP 25 (erlc, erl).
set -e
cd "$(dirname "$0")/../golden/testdata/eunit"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
erlc -o "$tmp" *.erl >/dev/null 2>&1 || erlc -o "$tmp" *.erl
for f in *.erl; do
	m=${f%.erl}
	case $m in *_tests) continue ;; esac
	erl -noshell -pa "$tmp" -eval "eunit:test([$m], []), init:stop()." >"$m.out"
	erl -noshell -pa "$tmp" -eval "eunit:test([$m], [verbose]), init:stop()." >"$m.v.out"
done
