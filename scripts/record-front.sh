#!/usr/bin/env bash
# Re-records what Erlang/OTP says about the front-end golden files, for
# golden/front_test.go:
#   golden/testdata/front/NAME.funcs         epp:parse_file's function list (as erl2go parse -funcs prints it)
#   golden/testdata/front/errors/NAME.erlc   the errors erlc reports (warnings and source excerpts left out)
# Needs erl, erlc and escript (apt-get install -y erlang-nox erlang-src).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top/golden/testdata/front"
# include_lib("frontapp/...") resolves here, as golden/front_test.go sets it too.
export ERL_LIBS="$PWD/lib"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for f in *.erl; do
  escript "$top/scripts/epp_funcs.escript" "$f" > "${f%.erl}.funcs"
done
for f in errors/*.erl; do
  { erlc -o "$out" "$f" 2>&1 || true; } | grep -v '^%' | grep -v '^$' | grep -v ' Warning: ' > "${f%.erl}.erlc" || true
done
echo "recorded $(ls *.funcs | wc -l) function lists and $(ls errors/*.erlc | wc -l) error lists"
