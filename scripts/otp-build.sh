#!/bin/sh
# otp-build.sh [APP...]: translate each module of OTP's applications
# (default: stdlib kernel; "all" for every application installed) with
# erl2go gen, one Go package per module, then build all the packages with
# one go command; print the modules whose translation or Go build fails, and
# the count per application. Real code is the best test of the generator:
# this is how yecc's parsers (one tail-call group of hundreds of functions)
# and the guards and patterns of OTP's own sources were found to break.
# Needs Erlang/OTP's sources (erlang-src) and Go.
#
# CHECK=vet type-checks the packages (go vet with only its printf analyzer)
# instead of compiling them: it finds the same errors but for those of the
# compiler's back end (a function too big to compile in time), in a fifth of
# the CPU time. TIMEOUT (seconds, default 3600) bounds the go command.
# KEEP=DIR keeps the generated packages in DIR.
#
# Then it runs golden's TestOTPPrograms (ERL2GO_OTP_RUN=1): programs that
# call OTP's compiler, erl_scan, sofs... translated to Go, whose output must
# be BEAM's (NORUN=1 skips it).
#
# Some modules are rejected by erlc too on an installed system: they include
# headers that only OTP's source tree has (test_server_internal.hrl,
# ftp_internal.hrl, ELDAPv3.hrl, zip_internal.hrl, kernel's
# logger_internal.hrl and compiler's core_parse.hrl by relative path), or
# macros that OTP's makefiles pass with -D (VSN, COMPILER_VSN, version,
# default_verbosity, ENABLE_MEGACO_FLEX_SCANNER). They are counted apart,
# as "epp", when their first error is a missing include or macro.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
apps=${*:-stdlib kernel}
if [ "$apps" = all ]; then
	apps=$(cd /usr/lib/erlang/lib && for d in */; do echo "${d%%-*}"; done | sort -u)
fi
tmp=${KEEP:-$(mktemp -d)}
mkdir -p "$tmp"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/erl2go" "$root/cmd/erl2go"
inc=""
for app in $apps; do
	for d in /usr/lib/erlang/lib/$app-*; do
		inc="$inc -I $d/include"
		for s in $(find "$d/src" -type d 2>/dev/null); do inc="$inc -I $s"; done
	done
done
# OTP's makefiles put stdlib's and kernel's include directories on every
# application's path (compile.erl, yecc.erl include erl_compile.hrl).
inc="$inc -I $(echo /usr/lib/erlang/lib/stdlib-*/include) -I $(echo /usr/lib/erlang/lib/kernel-*/include)"
printf 'module otpbuild\n\ngo 1.26\n\nrequire github.com/erl2go/erl2go v0.0.0\n\nreplace github.com/erl2go/erl2go => %s\n' "$root" > "$tmp/go.mod"
cp "$root/go.sum" "$tmp/go.sum"
: > "$tmp/modules"
for app in $apps; do
	for f in $(find /usr/lib/erlang/lib/$app-*/src -name '*.erl' 2>/dev/null | sort); do
		m=$(basename "$f" .erl)
		# A Go package name is an identifier: OTP-PUB-KEY becomes OTP_PUB_KEY.
		pkg=$(echo "$m" | tr -c 'A-Za-z0-9_\n' '_')
		rm -rf "${tmp:?}/$m"
		mkdir -p "$tmp/$m"
		# shellcheck disable=SC2086
		if "$tmp/erl2go" gen -o "$tmp/$m" -pkg "$pkg" $inc "$f" > "$tmp/$m.log" 2>&1; then
			echo "$app $m ok" >> "$tmp/modules"
		elif grep -q "can't find include\|undefined macro" "$tmp/$m.log"; then
			echo "$app $m epp" >> "$tmp/modules"
			echo "epp   $m: $(head -c 200 "$tmp/$m.log" | tr '\n' ' ')"
			rm -rf "${tmp:?}/$m"
		else
			echo "$app $m gen" >> "$tmp/modules"
			echo "gen   $m: $(head -c 300 "$tmp/$m.log" | tr '\n' ' ')"
			rm -rf "${tmp:?}/$m"
		fi
	done
done
pkgs=$(awk '$3 == "ok" { print "./" $2 }' "$tmp/modules")
if [ "${CHECK:-build}" = vet ]; then
	cmd="go vet -printf"
else
	cmd="go build"
fi
# One go command for all the packages: it reports the errors of each
# package that fails ("# otpbuild/M" then its errors) and goes on with the
# others.
# shellcheck disable=SC2086
(cd "$tmp" && GOFLAGS=-mod=mod timeout "${TIMEOUT:-3600}" $cmd $pkgs) > "$tmp/build.log" 2>&1 || true
awk '/^# otpbuild\// { sub("# otpbuild/", ""); print }' "$tmp/build.log" | sort -u > "$tmp/broken"
while read -r m; do
	echo "build $m: $(awk -v m="# otpbuild/$m" '$0 == m { on = 1; next } /^# / { on = 0 } on' "$tmp/build.log" | head -c 300 | tr '\n' ' ')"
done < "$tmp/broken"
if grep -q "^timeout\|signal: killed" "$tmp/build.log"; then
	echo "the go command timed out"
fi
awk -v broken="$tmp/broken" '
	BEGIN { while ((getline m < broken) > 0) bad[m] = 1 }
	{ n[$1]++; if ($3 == "ok" && bad[$2]) $3 = "build"; if ($3 != "ok") f[$1 " " $3]++; s[$3]++; order[$1] = 1 }
	END {
		for (a in order) printf "%-14s %4d modules: %d gen, %d build, %d epp failed\n", a, n[a], f[a " gen"], f[a " build"], f[a " epp"]
		printf "%d modules: %d ok, %d gen, %d build, %d epp failed\n", NR, s["ok"], s["gen"], s["build"], s["epp"]
	}' "$tmp/modules" | sort
if [ -z "${NORUN:-}" ]; then
	(cd "$root" && ERL2GO_OTP_RUN=1 go test ./golden -run TestOTPPrograms -count=1) || true
fi
