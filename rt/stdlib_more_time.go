package rt

import (
	"strconv"
	"strings"
	"time"
)

// The time conversion BIFs (erlang:universaltime_to_localtime/1,
// localtime_to_universaltime/1,2, universaltime_to_posixtime/1,
// posixtime_to_universaltime/1) and the calendar functions over them
// (local_time_to_universal_time/2, local_time_to_universal_time_dst/1,
// system_time_to_rfc3339/1,2, rfc3339_to_system_time/1,2). Local time is
// Go's time.Local, which reads TZ as the C library does.

func init() {
	registerModule("erlang", true, []Func{
		Export("universaltime_to_localtime", 1, ErlangUniversaltimeToLocaltime1),
		Export("localtime_to_universaltime", 2, ErlangLocaltimeToUniversaltime2),
		Export("universaltime_to_posixtime", 1, ErlangUniversaltimeToPosixtime1),
		Export("posixtime_to_universaltime", 1, ErlangPosixtimeToUniversaltime1),
	})
	RegisterModule("erlang", Export("localtime_to_universaltime", 1, ErlangLocaltimeToUniversaltime1))
	RegisterModule("calendar",
		Export("local_time_to_universal_time", 2, CalendarLocalTimeToUniversalTime2),
		Export("local_time_to_universal_time_dst", 1, CalendarLocalTimeToUniversalTimeDst1),
		Export("system_time_to_rfc3339", 1, CalendarSystemTimeToRfc33391),
		Export("system_time_to_rfc3339", 2, CalendarSystemTimeToRfc33392),
		Export("rfc3339_to_system_time", 1, CalendarRfc3339ToSystemTime1),
		Export("rfc3339_to_system_time", 2, CalendarRfc3339ToSystemTime2),
	)
}

// bifDatetime reads {{Y, M, D}, {H, Mi, S}} for the time BIFs: a valid
// date from year minYear on (BEAM's limits: 1902 where the C library's
// local time is involved, 1600 for posix time) and a time of day without
// leap seconds.
func bifDatetime(dt Term, minYear int64) (time.Time, bool) {
	tp, ok := dt.(*Tuple)
	if !ok || len(tp.Elems) != 2 {
		return time.Time{}, false
	}
	var f [6]int64
	for i, part := range tp.Elems {
		t3, ok := part.(*Tuple)
		if !ok || len(t3.Elems) != 3 {
			return time.Time{}, false
		}
		for j, x := range t3.Elems {
			n, ok := x.(Small)
			if !ok {
				return time.Time{}, false
			}
			f[i*3+j] = int64(n.Int())
		}
	}
	y, mo, d, h, mi, s := f[0], f[1], f[2], f[3], f[4], f[5]
	if y < minYear || y > 1<<31-2 || mo < 1 || mo > 12 || d < 1 || d > monthDays(y, mo) ||
		h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59 {
		return time.Time{}, false
	}
	return time.Date(int(y), time.Month(mo), int(d), int(h), int(mi), int(s), 0, time.UTC), true
}

// inZone is the wall clock of t (read in UTC) taken as a time in loc.
func inZone(t time.Time, loc *time.Location) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, loc)
}

// ErlangUniversaltimeToLocaltime1 is erlang:universaltime_to_localtime(DateTime).
func ErlangUniversaltimeToLocaltime1(p *Process, dt Term) Term {
	t, ok := bifDatetime(dt, 1902)
	if !ok {
		return BIFBadarg("universaltime_to_localtime", dt)
	}
	return calFromGoTime(t.In(time.Local))
}

// ErlangLocaltimeToUniversaltime1 is erlang:localtime_to_universaltime(DateTime).
func ErlangLocaltimeToUniversaltime1(p *Process, dt Term) Term {
	return ErlangLocaltimeToUniversaltime2(p, dt, Undefined)
}

// ErlangLocaltimeToUniversaltime2 is
// erlang:localtime_to_universaltime(DateTime, IsDst). IsDst true or false
// says whether the local time is summer time, as mktime's tm_isdst does,
// whatever the calendar says; undefined leaves it to the zone's rules.
func ErlangLocaltimeToUniversaltime2(p *Process, dt, isDst Term) Term {
	t, ok := bifDatetime(dt, 1902)
	if !ok || (isDst != True && isDst != False && isDst != Undefined) {
		return BIFBadarg("localtime_to_universaltime", dt, isDst)
	}
	return calFromGoTime(localToUTC(t, isDst))
}

func localToUTC(wall time.Time, isDst Term) time.Time {
	if isDst == Undefined {
		return inZone(wall, time.Local).UTC() // the offset mktime guesses too
	}
	// The zone's standard and summer offsets around the date, as mktime
	// finds them; a season the zone lacks there is the other one's offset
	// an hour apart, as glibc's mktime makes it.
	at := wall.Unix()
	var std, dst []int
	for _, probe := range []int64{at - secsPerDay, at, at + secsPerDay} {
		t := time.Unix(probe, 0).In(time.Local)
		_, off := t.Zone()
		if t.IsDST() {
			dst = append(dst, off)
		} else {
			std = append(std, off)
		}
	}
	var off int
	switch {
	case isDst == True && len(dst) > 0:
		off = dst[0]
	case isDst == True:
		off = std[0] + 3600
	case len(std) > 0:
		off = std[0]
	default:
		off = dst[0] - 3600
	}
	return time.Unix(at-int64(off), 0).UTC()
}

// ErlangUniversaltimeToPosixtime1 is
// erlang:universaltime_to_posixtime(DateTime): seconds since 1970.
func ErlangUniversaltimeToPosixtime1(p *Process, dt Term) Term {
	t, ok := bifDatetime(dt, 1600)
	if !ok {
		return BIFBadarg("universaltime_to_posixtime", dt)
	}
	return BoxInt(Int(t.Unix()))
}

// ErlangPosixtimeToUniversaltime1 is erlang:posixtime_to_universaltime(Secs).
func ErlangPosixtimeToUniversaltime1(p *Process, secs Term) Term {
	n, ok := secs.(Small)
	if !ok { // BEAM takes a signed 64-bit time; a Small is less
		return BIFBadarg("posixtime_to_universaltime", secs)
	}
	days, rest := floorDivMod(int64(n.Int()), secsPerDay)
	y, m, d := ertsCivilDate(days)
	return NewTuple(calDateTuple(y, m, d), calTimeTuple(rest))
}

// ertsCivilDate is the date of day n after 1970-01-01 as BEAM computes
// it: the usual estimate of the year from the day count over 400-year
// cycles, with C's division, which rounds toward zero. It is exact from
// year 1 on; before that BEAM's dates drift from the proleptic Gregorian
// calendar (0000-01-01 comes out as -1-12-31), and so do these.
func ertsCivilDate(n int64) (y, m, d int64) {
	days := n + 719468 // days since 0000-03-01
	y = (10000*days + 14780) / 3652425
	doy := days - (365*y + y/4 - y/100 + y/400)
	if doy < 0 {
		y--
		doy = days - (365*y + y/4 - y/100 + y/400)
	}
	mi := (100*doy + 52) / 3060 // months since March
	return y + (mi+2)/12, (mi+2)%12 + 1, doy - (mi*306+5)/10 + 1
}

func floorDivMod(a, b int64) (q, r int64) {
	q, r = a/b, a%b
	if r < 0 {
		q, r = q-1, r+b
	}
	return q, r
}

// CalendarLocalTimeToUniversalTime2 is
// calendar:local_time_to_universal_time(DateTime, IsDst).
func CalendarLocalTimeToUniversalTime2(p *Process, dt, isDst Term) Term {
	return ErlangLocaltimeToUniversaltime2(p, dt, isDst)
}

// CalendarLocalTimeToUniversalTimeDst1 is
// calendar:local_time_to_universal_time_dst(DateTime): the universal times
// the local time can stand for: none in the hour skipped in spring, two in
// the hour repeated in autumn (summer time's first).
func CalendarLocalTimeToUniversalTimeDst1(p *Process, dt Term) Term {
	utDst := ErlangLocaltimeToUniversaltime2(p, dt, True)
	ut := ErlangLocaltimeToUniversaltime2(p, dt, False)
	dstOK := Equal(ErlangUniversaltimeToLocaltime1(p, utDst), dt)
	ok := Equal(ErlangUniversaltimeToLocaltime1(p, ut), dt)
	switch {
	case dstOK && ok && !Equal(utDst, ut):
		return List(utDst, ut)
	case dstOK:
		return List(utDst)
	case ok:
		return List(ut)
	}
	return Nil{}
}

// The RFC 3339 functions: their errors are those of calendar.erl's code.

var (
	cfCheck       = erlFrame{"calendar", "check", 3, 688}
	cfToRfc       = erlFrame{"calendar", "system_time_to_rfc3339_do", 4, 467}
	cfFromRfc     = erlFrame{"calendar", "rfc3339_to_system_time", 2, 361}
	cfOffsetStr   = erlFrame{"calendar", "offset_string_adjustment", 3, 721}
	atomUnit      = Intern("unit")
	atomOffset    = Intern("offset")
	atomTimeDesig = Intern("time_designator")
)

const (
	secsFrom0To10000 = 3155695200 * 100 // 315569520000: 10000 years, as calendar.erl's macro
)

// CalendarSystemTimeToRfc33391 is calendar:system_time_to_rfc3339(Time).
func CalendarSystemTimeToRfc33391(p *Process, t Term) Term {
	return CalendarSystemTimeToRfc33392(p, t, Nil{})
}

// CalendarSystemTimeToRfc33392 is calendar:system_time_to_rfc3339(Time,
// Options): "YYYY-MM-DDTHH:MM:SS[.frac]Offset", with options unit, offset
// (a string such as "Z" or "+02:00", or an integer in the unit) and
// time_designator.
func CalendarSystemTimeToRfc33392(p *Process, t, opts Term) Term {
	unit := ProplistsGetValue3(p, atomUnit, opts, Intern("second"))
	offOpt := ProplistsGetValue3(p, atomOffset, opts, Nil{})
	if unit == Intern("native") {
		t = ErlangConvertTimeUnit3(p, t, unit, Intern("millisecond"))
		if IsInteger(offOpt) {
			offOpt = ErlangConvertTimeUnit3(p, offOpt, unit, Intern("millisecond"))
		}
		unit = Intern("millisecond")
	}
	desig := ProplistsGetValue3(p, atomTimeDesig, opts, BoxInt('T'))
	adj := rfcOffsetAdjustment(p, t, unit, offOpt)
	var offset Term = offOpt
	if _, empty := offOpt.(Nil); empty || IsInteger(offOpt) {
		offset = rfcOffsetString(adj)
	}
	adjusted := Add(t, ErlangConvertTimeUnit3(p, BoxInt(Int(adj)), Intern("second"), unit))
	factor := rfcFactor(unit)
	secs := IntDiv(adjusted, BoxInt(Int(factor)))
	s, ok := IntOf(secs)
	if !ok || int64(s) < -secsFrom0To1970 || int64(s) >= secsFrom0To10000-secsFrom0To1970 {
		return otpRaise(NewTuple(AtomBadarg, List(t, opts)), nil, cfCheck, cfToRfc)
	}
	days, rest := floorDivMod(int64(s), secsPerDay)
	y, mo, d := civilDate(days + secsFrom0To1970/secsPerDay)
	buf := []byte(pad0(y, 4) + "-" + pad0(mo, 2) + "-" + pad0(d, 2))
	out := bytesChars(buf)
	out = append(out, desig)
	hms := pad0(rest/3600, 2) + ":" + pad0(rest%3600/60, 2) + ":" + pad0(rest%60, 2)
	if factor > 1 {
		frac, _ := IntOf(Rem(adjusted, BoxInt(Int(factor))))
		digits := strconv.FormatInt(abs64(int64(frac)), 10)
		width := len(strconv.FormatInt(factor, 10)) - 1
		hms += "." + strings.Repeat("0", width-len(digits)) + digits
	}
	out = append(out, bytesChars([]byte(hms))...)
	return Append(List(out...), offset)
}

func abs64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// pad0 is n in decimal with zeros in front up to width digits (OTP's pad2
// and pad4: a negative number is not padded).
func pad0(n int64, width int) string {
	s := strconv.FormatInt(n, 10)
	if n < 0 {
		return s
	}
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// rfcFactor is calendar.erl's factor(Unit): units per second.
func rfcFactor(unit Term) int64 {
	switch unit {
	case Intern("second"):
		return 1
	case Intern("millisecond"):
		return 1000
	case Intern("microsecond"):
		return 1000000
	case Intern("nanosecond"):
		return 1000000000
	}
	otpRaise(AtomFunctionClause, List(unit), erlFrame{"calendar", "factor", 1, 760})
	return 0
}

// rfcOffsetAdjustment is calendar.erl's offset_adjustment(Time, Unit,
// Option): the seconds to add to universal time.
func rfcOffsetAdjustment(p *Process, t, unit, opt Term) int64 {
	if _, empty := opt.(Nil); empty {
		// local_offset/2, through system_time_to_universal_time/2.
		secs, ok := IntOf(ErlangConvertTimeUnit3(p, t, unit, Intern("second")))
		g := int64(secs) + secsFrom0To1970
		if !ok || g < 0 {
			otpRaise(AtomFunctionClause, List(BoxInt(Int(g))), erlFrame{"calendar", "gregorian_seconds_to_datetime", 1, 191})
		}
		ut := calDatetime(g, "gregorian_seconds_to_datetime")
		lt := ErlangUniversaltimeToLocaltime1(p, ut)
		return calGregorianSeconds(lt) - g
	}
	if IsInteger(opt) {
		n, _ := IntOf(ErlangConvertTimeUnit3(p, opt, unit, Intern("second")))
		return int64(n)
	}
	return rfcOffsetString2Secs(opt, cfToRfc)
}

// rfcOffsetString2Secs is offset_string_adjustment: "Z", "z", "+HH",
// "-HH", "+HH:MM" or "-HH:MM" as seconds.
func rfcOffsetString2Secs(s Term, below erlFrame) int64 {
	cs, ok := ListToSlice(s)
	if !ok {
		otpRaise(NewTuple(AtomBadmatch, s), nil, cfOffsetStr, below)
	}
	if len(cs) == 1 && (cs[0] == BoxInt('Z') || cs[0] == BoxInt('z')) {
		return 0
	}
	if len(cs) < 3 {
		otpRaise(NewTuple(AtomBadmatch, s), nil, cfOffsetStr, below)
	}
	h := rfcListToInt(cs[1:3])
	m := int64(0)
	switch rest := cs[3:]; {
	case len(rest) == 3 && rest[0] == BoxInt(':'):
		m = rfcListToInt(rest[1:])
	case len(rest) != 0:
		otpRaise(NewTuple(AtomCaseClause, List(rest...)), nil, erlFrame{"calendar", "offset_string_adjustment", 3, 723}, below)
	}
	adj := 3600*h + 60*m
	switch cs[0] {
	case BoxInt('-'):
		return -adj
	case BoxInt('+'):
		return adj
	}
	otpRaise(NewTuple(AtomCaseClause, cs[0]), nil, erlFrame{"calendar", "offset_string_adjustment", 3, 730}, below)
	return 0
}

// rfcListToInt is list_to_integer of the characters.
func rfcListToInt(cs []Term) int64 {
	n, _ := IntOf(ErlangListToInteger1(nil, List(cs...)))
	return int64(n)
}

// CalendarRfc3339ToSystemTime1 is calendar:rfc3339_to_system_time(String).
func CalendarRfc3339ToSystemTime1(p *Process, s Term) Term {
	return CalendarRfc3339ToSystemTime2(p, s, Nil{})
}

// CalendarRfc3339ToSystemTime2 is calendar:rfc3339_to_system_time(String,
// Options): the time in the unit option (second by default), with the
// fraction of the string in units below the second.
func CalendarRfc3339ToSystemTime2(p *Process, s, opts Term) Term {
	unit := ProplistsGetValue3(p, atomUnit, opts, Intern("second"))
	cs, ok := ListToSlice(s)
	if !ok || len(cs) < 19 || cs[4] != BoxInt('-') || cs[7] != BoxInt('-') ||
		cs[13] != BoxInt(':') || cs[16] != BoxInt(':') {
		return otpRaise(NewTuple(AtomBadmatch, s), nil, cfFromRfc)
	}
	h, mi, sec := rfcListToInt(cs[11:13]), rfcListToInt(cs[14:16]), rfcListToInt(cs[17:19])
	y, mo, d := rfcListToInt(cs[0:4]), rfcListToInt(cs[5:7]), rfcListToInt(cs[8:10])
	rest := cs[19:]
	n := 0
	for n < len(rest) && (rest[n] == BoxInt('.') || IsInteger(rest[n]) && Compare(rest[n], BoxInt('0')) >= 0 && Compare(rest[n], BoxInt('9')) <= 0) {
		n++
	}
	fracStr, offStr := rest[:n], List(rest[n:]...)
	t := rfcGregorianDays(y, mo, d)*secsPerDay + h*secsPerHour + mi*secsPerMinute + sec - secsFrom0To1970
	secs := t - rfcOffsetString2Secs(offStr, cfFromRfc)
	if secs < -secsFrom0To1970 || secs >= secsFrom0To10000-secsFrom0To1970 {
		return otpRaise(NewTuple(AtomBadarg, List(s, opts)), nil, cfCheck, cfFromRfc)
	}
	scaled := ErlangConvertTimeUnit3(p, BoxInt(Int(secs)), Intern("second"), unit)
	frac := rfcFraction(p, unit, fracStr)
	if Compare(scaled, BoxInt(0)) < 0 {
		frac = Neg(frac)
	}
	return Add(scaled, frac)
}

// rfcFraction is calendar.erl's fraction(Unit, FractionStr): the digits
// after the seconds, rounded to the unit.
func rfcFraction(p *Process, unit Term, frac []Term) Term {
	if unit == Intern("second") || len(frac) == 0 {
		return BoxInt(0)
	}
	var factor Term
	if unit == Intern("native") {
		factor = ErlangConvertTimeUnit3(p, BoxInt(1), Intern("second"), unit)
	} else {
		factor = BoxInt(Int(rfcFactor(unit)))
	}
	f := ErlangListToFloat1(p, List(append([]Term{BoxInt('0')}, frac...)...))
	return ErlangRound1(p, Mul(factor, f))
}

// rfcOffsetString is calendar.erl's offset/2 for an adjustment in
// seconds: "+HH:MM" or "-HH:MM".
func rfcOffsetString(secs int64) Term {
	sign := "+"
	if secs < 0 {
		sign = "-"
	}
	a := abs64(secs)
	return Str(sign + pad0(a/3600, 2) + ":" + pad0(a%3600/60, 2))
}

// rfcGregorianDays is calendar:date_to_gregorian_days(Y, M, D) as
// rfc3339_to_system_time/2 reaches it, with its errors.
func rfcGregorianDays(y, m, d int64) int64 {
	ymd := []Term{BoxInt(Int(y)), BoxInt(Int(m)), BoxInt(Int(d))}
	if d <= 0 {
		otpRaise(AtomFunctionClause, List(ymd...), erlFrame{"calendar", "date_to_gregorian_days", 3, 132})
	}
	if y < 0 {
		otpRaise(AtomFunctionClause, List(ymd[:2]...), erlFrame{"calendar", "last_day_of_the_month", 2, 258})
	}
	if m < 1 || m > 12 {
		otpRaise(AtomFunctionClause, List(ymd[:2]...), erlFrame{"calendar", "last_day_of_the_month1", 2, 261})
	}
	if d > monthDays(y, m) {
		otpRaise(AtomIfClause, nil, erlFrame{"calendar", "date_to_gregorian_days", 3, 134})
	}
	return gregorianDays(y, m, d)
}
