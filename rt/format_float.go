package rt

import (
	"math"
	"strconv"
)

// ~e ~f ~g. BEAM takes the 21 significant digits of float_to_list/1 and
// rounds them again, half up, to the precision; that double rounding is
// reproduced (0.125 with ~.2f is 0.13, as in BEAM, where C gives 0.12).

func controlFloat(out []rune, s fmtSpec) []rune {
	f, ok := s.args[0].(Float)
	if !ok {
		failFormat()
	}
	var text string
	switch s.ctrl {
	case 'e':
		text = fwriteE(float64(f), s.prec)
	case 'f':
		text = fwriteF(float64(f), s.prec)
	default:
		text = fwriteG(float64(f), s.prec)
	}
	if s.width == noField {
		return appendASCII(out, text)
	}
	s.prec = s.width
	return termField(out, []rune(text), s)
}

// fwriteE writes d.ddde±N with prec significant digits (default 6, at
// least 2).
func fwriteE(f float64, prec int) string {
	if prec == noField {
		prec = 6
	}
	if prec < 2 {
		failFormat()
	}
	digits, exp := floatDigits(f)
	mant, carry := roundDigits(digits, 1, prec-1)
	if carry { // 9.99... rounded up to 10.0...: 1.0... with exponent + 1
		mant = "1" + mant[1:]
		exp++
	}
	return floatSign(f) + mant + floatExp(exp-1)
}

func floatExp(e int) string {
	if e >= 0 {
		return "e+" + strconv.Itoa(e)
	}
	return "e" + strconv.Itoa(e)
}

// fwriteF writes ddd.ddd with prec decimals (default 6, at least 1).
func fwriteF(f float64, prec int) string {
	if prec == noField {
		prec = 6
	}
	if prec < 1 {
		failFormat()
	}
	digits, exp := floatDigits(f)
	if exp <= 0 { // 0.00ddd: lead with zeros so the point falls after one
		digits = zeroDigits(1-exp) + digits
		exp = 1
	}
	mant, carry := roundDigits(digits, exp, prec)
	if carry {
		mant = "1" + mant
	}
	return floatSign(f) + mant
}

// fwriteG is ~f for 0.1 <= |f| < 10000 when the precision (significant
// digits, default 6) covers the integer part, else ~e.
func fwriteG(f float64, prec int) string {
	if prec == noField {
		prec = 6
	}
	if prec < 1 {
		failFormat()
	}
	a := math.Abs(f)
	e, small := 0, true
	switch {
	case a < 0.1:
		e = -2
	case a < 1:
		e = -1
	case a < 10:
		e = 0
	case a < 100:
		e = 1
	case a < 1000:
		e = 2
	case a < 10000:
		e = 3
	default:
		small = false
	}
	switch {
	case small && (prec <= 1 && e == -1 || prec-1 > e && e >= -1):
		return fwriteF(f, prec-1-e)
	case prec <= 1:
		return fwriteE(f, 2)
	}
	return fwriteE(f, prec)
}

func floatSign(f float64) string {
	if math.Signbit(f) {
		return "-"
	}
	return ""
}

func zeroDigits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = '0'
	}
	return string(b)
}

// roundDigits lays out digits as intDigits digits, a point and decimals
// digits, padding with zeros and rounding half up on the next digit.
// carry reports a carry out of the first digit; the digits are then all
// zeros and the caller adds the leading 1.
func roundDigits(digits string, intDigits, decimals int) (string, bool) {
	n := intDigits + decimals
	buf := []byte(digits)
	for len(buf) < n {
		buf = append(buf, '0')
	}
	up := len(buf) > n && buf[n] >= '5'
	buf = buf[:n]
	for i := n - 1; up && i >= 0; i-- {
		if buf[i] == '9' {
			buf[i] = '0'
		} else {
			buf[i]++
			up = false
		}
	}
	return string(buf[:intDigits]) + "." + string(buf[intDigits:]), up
}
