#!/bin/sh
# otp-build.sh [APP...]: translate each module of OTP's applications
# (default: stdlib kernel) with erl2go gen, one Go package per module, and
# build each package; print the modules whose translation or Go build
# fails. Real code is the best test of the generator: this is how yecc's
# parsers (one tail-call group of hundreds of functions) and the guards and
# patterns of OTP's own sources were found to break. Needs Erlang/OTP's
# sources (erlang-src) and Go; takes about 15 minutes for the two
# applications on two cores. Each build is limited to 5 minutes.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
apps=${*:-stdlib kernel}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/erl2go" "$root/cmd/erl2go"
inc=""
for app in $apps; do
	for d in /usr/lib/erlang/lib/$app-*; do inc="$inc -I $d/include -I $d/src"; done
done
printf 'module otpbuild\n\ngo 1.26\n\nrequire github.com/erl2go/erl2go v0.0.0\n\nreplace github.com/erl2go/erl2go => %s\n' "$root" > "$tmp/go.mod"
cp "$root/go.sum" "$tmp/go.sum"
total=0 failed=0
for app in $apps; do
	for f in /usr/lib/erlang/lib/$app-*/src/*.erl; do
		m=$(basename "$f" .erl)
		total=$((total + 1))
		mkdir -p "$tmp/$m"
		# shellcheck disable=SC2086
		if ! "$tmp/erl2go" gen -o "$tmp/$m" -pkg "$m" $inc "$f" > "$tmp/$m.log" 2>&1; then
			failed=$((failed + 1))
			echo "gen   $m: $(head -c 300 "$tmp/$m.log" | tr '\n' ' ')"
			continue
		fi
		if ! (cd "$tmp" && GOFLAGS=-mod=mod timeout 300 go build "./$m") > "$tmp/$m.log" 2>&1; then
			failed=$((failed + 1))
			echo "build $m: $(head -c 300 "$tmp/$m.log" | tr '\n' ' ')"
		fi
	done
done
echo "$total modules, $failed failed"
