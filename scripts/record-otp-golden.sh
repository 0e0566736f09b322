#!/bin/sh
# record-otp-golden.sh [NAME...]: record what BEAM prints for the programs of
# golden/testdata/otp, which call OTP's own modules (the compiler, erl_scan,
# sofs...); TestOTPPrograms runs them translated to Go, with those modules,
# and compares. For each NAME.erl there (or those named), compile it with
# erlc and write the standard output of
#   erl -noshell -eval 'NAME:main(), init:stop().'
# to NAME.out. Needs Erlang/OTP (erl, erlc) on PATH, at the versions the
# programs' "%% otp:" lines name.
set -eu
cd "$(dirname "$0")/../golden/testdata/otp"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
erlc -o "$tmp" *.erl
if [ $# -eq 0 ]; then set -- *.erl; fi
for f in "$@"; do
	m=$(basename "${f%.erl}")
	(cd "$tmp" && erl -noshell -pa "$tmp" -eval "$m:main(), init:stop().") > "$m.out"
	echo "recorded $m.out"
done
