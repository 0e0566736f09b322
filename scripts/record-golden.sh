#!/bin/sh
# record-golden.sh: record what BEAM prints for every golden program, the
# oracle that golden tests compare erl2go's output with.
# For each golden/testdata/NAME.erl that exports main/0, compile all the
# .erl files with erlc and write the standard output of
#   erl -noshell -enable-feature maybe_expr -eval 'NAME:main(), init:stop().'
# to golden/testdata/NAME.out. Needs Erlang/OTP (erl, erlc) on PATH.
# With arguments (NAME or NAME.erl ...), only those programs are recorded.
set -eu
# OTP 25 runs `maybe` only with the feature enabled in the runtime too;
# the flag changes nothing for programs that do not use it.
features="-enable-feature maybe_expr"
cd "$(dirname "$0")/../golden/testdata"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
erlc -o "$tmp" *.erl
if [ $# -eq 0 ]; then set -- *.erl; fi
for f in "$@"; do
	f=${f%.erl}.erl
	m=${f%.erl}
	grep -q 'main/0' "$f" || continue
	erl -noshell $features -pa "$tmp" -eval "$m:main(), init:stop()." > "$m.out"
	echo "recorded $m.out"
done
