#!/bin/sh
# Records what OTP's ms_transform makes of each line of cases.txt into
# cases.out (run from this directory; needs erlc and erl). Each case is
# compiled in the module mstransform_test.go builds the same way.
set -e
dir=$(mktemp -d)
: > cases.out
while IFS= read -r line; do
  cat > "$dir/msc.erl" <<EOT
-module(msc).
-export([f/0]).
-compile({parse_transform, ms_transform}).
-record(r, {a, b = 7, c}).
-record(emp, {id, name = "x", dept, salary = 0}).
f() ->
    Outer = 42, L = [1, 2],
    $line.
EOT
  if out=$(cd "$dir" && erlc msc.erl 2>&1 </dev/null); then
    res=$(cd "$dir" && erl -noshell -eval 'io:format("~w~n", [msc:f()]), halt().' </dev/null)
  else
    res=$(printf '%s\n' "$out" | grep '^msc.erl:' | grep -v Warning: | head -1 | sed 's/^msc.erl:/error /')
  fi
  printf '%s\n=> %s\n' "$line" "$res" >> cases.out
done < cases.txt
rm -rf "$dir"
