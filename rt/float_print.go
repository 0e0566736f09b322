package rt

import (
	"math"
	"strconv"
	"strings"
)

// This file turns floats into text the way BEAM 25 does:
//
//   - FormatFloat is io_lib:write of a float (and ~w, ~p, and
//     float_to_list(F, [short])): the fewest digits that read back as the
//     same float, laid out either as d.ddd or as d.ddde±N, whichever is
//     shorter, the plain form winning ties; but from 2^53 upwards always
//     the exponent form (found by comparing with erl on 64,700 floats).
//   - floatDigits is float_to_list(F) without options, "%.20e": the 21
//     significant digits that ~e and ~f then round a second time.

// FormatFloat returns f as Erlang prints it with ~w: 0.1, 1.0e10, 1.0e-5,
// 100.0, 9.007199254740992e15.
func FormatFloat(f float64) string {
	var sb strings.Builder
	appendShortFloat(&sb, f)
	return sb.String()
}

// appendShortFloat writes the shortest round-trip form of f.
func appendShortFloat(sb *strings.Builder, f float64) {
	if math.Signbit(f) {
		sb.WriteByte('-')
		f = -f
	}
	digits, exp := shortestDigits(f)
	fixed := fixedLayout(digits, exp)
	sci := sciLayout(digits, exp)
	if len(fixed) <= len(sci) && f < 1<<53 {
		sb.WriteString(fixed)
	} else {
		sb.WriteString(sci)
	}
}

// shortestDigits returns the shortest decimal digits d1d2...dn of f >= 0
// and the exponent e such that f = d1.d2...dn × 10^e.
func shortestDigits(f float64) (string, int) {
	s := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX
	mant, e, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(e)
	return strings.Replace(mant, ".", "", 1), exp
}

// fixedLayout writes digits × 10^exp without an exponent: 123.45, 0.001,
// 1000.0.
func fixedLayout(digits string, exp int) string {
	n := len(digits)
	switch {
	case exp < 0:
		return "0." + strings.Repeat("0", -exp-1) + digits
	case exp+1 >= n:
		return digits + strings.Repeat("0", exp+1-n) + ".0"
	default:
		return digits[:exp+1] + "." + digits[exp+1:]
	}
}

// sciLayout writes digits × 10^exp as d.ddde±N, with at least one decimal.
func sciLayout(digits string, exp int) string {
	frac := digits[1:]
	if frac == "" {
		frac = "0"
	}
	return digits[:1] + "." + frac + "e" + strconv.Itoa(exp)
}

// floatDigits returns the 21 significant digits of |f| as float_to_list/1
// prints them ("%.20e", correctly rounded) and the exponent plus one, the
// position of the decimal point: 0.5 gives "500000000000000000000", 0.
func floatDigits(f float64) (string, int) {
	s := strconv.FormatFloat(math.Abs(f), 'e', 20, 64)
	mant, e, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(e)
	return strings.Replace(mant, ".", "", 1), exp + 1
}

// FloatToList is float_to_list/1: 1.00000000000000000000e+00.
func FloatToList(f float64) string {
	return formatFloatC(f, 'e', 20)
}

// formatFloatC is C's printf("%.*e") or ("%.*f"), which float_to_list/2
// uses for {scientific, N} and {decimals, N}: an exponent of at least two
// digits, always signed.
func formatFloatC(f float64, verb byte, prec int) string {
	s := strconv.FormatFloat(f, verb, prec, 64)
	if verb != 'e' {
		return s
	}
	mant, e, _ := strings.Cut(s, "e")
	sign, digits := e[:1], e[1:]
	if len(digits) < 2 {
		digits = "0" + digits
	}
	return mant + "e" + sign + digits
}

// FloatToListOpts is float_to_list/2 and float_to_binary/2 given decoded
// options: decimals >= 0 selects {decimals, N} (compact trims trailing
// zeros), scientific >= 0 selects {scientific, N}, short selects [short];
// with none of them it is float_to_list/1. ok is false where BEAM raises
// badarg: a result longer than its 255-character buffer.
func FloatToListOpts(f float64, decimals, scientific int, compact, short bool) (s string, ok bool) {
	switch {
	case short:
		return FormatFloat(f), true
	case decimals > 253: // BEAM's limit, before any buffer
		return "", false
	case decimals >= 0:
		s = fixedDecimals(f, decimals)
		if compact {
			s = trimDecimals(s)
		}
	case scientific >= 0:
		s = formatFloatC(f, 'e', scientific)
	default:
		s = FloatToList(f)
	}
	return s, len(s) < 256
}

// fixedDecimals writes f with n decimals as BEAM's float_to_list(F,
// [{decimals, N}]) does. Below 2^53 and for at most 18 decimals BEAM
// rounds in doubles: the fraction (F minus its integer part, exact) times
// 10^N, truncated, plus one if what the truncation dropped is at least
// 0.5. So 0.015 gives 0.02 (0.015 * 100 is 1.5 in doubles though 0.015 is
// a little less) and 2.5 with no decimals 3. Otherwise it is C's printf,
// correctly rounded.
func fixedDecimals(f float64, n int) string {
	a := math.Abs(f)
	if a >= 1<<53 || n > 18 {
		return strconv.FormatFloat(f, 'f', n, 64)
	}
	ip := math.Floor(a)
	scaled := (a - ip) * math.Pow10(n)
	frac := uint64(scaled)
	if scaled-float64(frac) >= 0.5 {
		frac++
	}
	pow := uint64(1)
	for range n {
		pow *= 10
	}
	whole := uint64(ip)
	if frac >= pow {
		whole, frac = whole+1, frac-pow
	}
	s := strconv.FormatUint(whole, 10)
	if n > 0 {
		digits := strconv.FormatUint(frac, 10)
		s += "." + strings.Repeat("0", n-len(digits)) + digits
	}
	if math.Signbit(f) {
		s = "-" + s
	}
	return s
}

// trimDecimals drops trailing zeros after the point, keeping one digit.
func trimDecimals(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	s = strings.TrimRight(s, "0")
	if strings.HasSuffix(s, ".") {
		s += "0"
	}
	return s
}
