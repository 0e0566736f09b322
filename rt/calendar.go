package rt

import "time"

// The calendar module's date arithmetic on the proleptic Gregorian
// calendar, counting days and seconds from January 1st of year 0, as OTP
// does. Years are non-negative. A bad date fails where OTP's code fails,
// with its frames (dateDays: date_to_gregorian_days/3's clause or if,
// last_day_of_the_month/2's or last_day_of_the_month1/2's clause); other bad
// arguments raise function_clause from calendar:fun(args). Day and second counts beyond int64 (years
// past about 2.9e11) raise system_limit rather than wrap. Local time is
// Go's time.Local (the TZ environment variable, else /etc/localtime), as
// BEAM's is the C library's.

const (
	secsPerMinute = 60
	secsPerHour   = 3600
	secsPerDay    = 86400
	daysPer400    = 146097 // days in 400 Gregorian years
)

var atomCalendar = Intern("calendar")

// calClause raises function_clause from calendar:fun(args).
func calClause(fun string, args ...Term) Term {
	e := NewException(AtomError, AtomFunctionClause)
	e.head = NewTuple(atomCalendar, Intern(fun), List(args...), Nil{})
	panic(e)
}

// calInt is t as an int64; an integer beyond int64 raises system_limit
// and any other term function_clause from calendar:fun(args).
func calInt(t Term, fun string, args ...Term) int64 {
	switch n := t.(type) {
	case Small:
		return int64(n.Int())
	case *BigInt:
		if n.v.IsInt64() {
			return n.v.Int64()
		}
		panic(NewException(AtomError, AtomSystemLimit))
	}
	calClause(fun, args...)
	return 0
}

// calTriple takes {A, B, C} apart, or raises function_clause.
func calTriple(t Term, fun string) (a, b, c Term) {
	if tp, ok := t.(*Tuple); ok && len(tp.Elems) == 3 {
		return tp.Elems[0], tp.Elems[1], tp.Elems[2]
	}
	calClause(fun, t)
	return nil, nil, nil
}

func isLeap(y int64) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// monthDays is the length of month m (1..12) of year y.
func monthDays(y, m int64) int64 {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysBeforeMonth is the number of days of a common year before month m.
var daysBeforeMonth = [13]int64{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

// daysBeforeYear is the number of days from year 0 to January 1st of y.
func daysBeforeYear(y int64) int64 {
	if y <= 0 {
		return 0
	}
	x := y - 1
	return x*365 + x/4 - x/100 + x/400 + 366
}

// gregorianDays is the day number of the valid date y-m-d.
func gregorianDays(y, m, d int64) int64 {
	n := daysBeforeYear(y) + daysBeforeMonth[m] + d - 1
	if m > 2 && isLeap(y) {
		n++
	}
	return n
}

// civilDate is the date of day number n >= 0.
func civilDate(n int64) (y, m, d int64) {
	y = n / daysPer400 * 400
	for daysBeforeYear(y+1) <= n {
		y++ // at most 400 steps; usually few, as y starts at the 400-year cycle
	}
	doy := n - daysBeforeYear(y)
	for m = 1; m < 12; m++ {
		if doy < monthDays(y, m) {
			break
		}
		doy -= monthDays(y, m)
	}
	return y, m, doy + 1
}

// dateDays is calendar:date_to_gregorian_days(Y, M, D) called (through
// tail calls) from calendar:fun(args), raising as OTP's clauses do: a day
// that is not a positive integer fails date_to_gregorian_days/3's clause,
// a bad year last_day_of_the_month/2's, a bad month
// last_day_of_the_month1/2's, and a day past the month's end its if. under
// are the frames of OTP's callers below date_to_gregorian_days/3.
func dateDays(y, m, d Term, under ...erlFrame) int64 {
	if !calPositive(d) {
		otpRaise(AtomFunctionClause, List(y, m, d), append([]erlFrame{calFrameDays3.at(132)}, under...)...)
	}
	frames := append([]erlFrame{{}, calFrameDays3}, under...)
	if !calNonNegative(y) {
		frames[0] = erlFrame{"calendar", "last_day_of_the_month", 2, 257}
		otpRaise(AtomFunctionClause, List(y, m), frames...)
	}
	if mi, ok := IntOf(m); !ok || mi < 1 || mi > 12 {
		frames[0] = erlFrame{"calendar", "last_day_of_the_month1", 2, 261}
		otpRaise(AtomFunctionClause, List(y, m), frames...)
	}
	yi, mi := calInt(y, "date_to_gregorian_days", y, m, d), calInt(m, "date_to_gregorian_days", y, m, d)
	di, small := IntOf(d)
	if !small || int64(di) > monthDays(yi, mi) {
		otpRaise(AtomIfClause, nil, append([]erlFrame{calFrameDays3.at(134)}, under...)...)
	}
	return gregorianDays(yi, mi, int64(di))
}

// calPositive tells whether t is an integer above 0.
func calPositive(t Term) bool { return calSign(t) > 0 }

// calNonNegative tells whether t is an integer of at least 0.
func calNonNegative(t Term) bool { return calSign(t) >= 0 }

// calSign is the sign of an integer t, or -2 for any other term.
func calSign(t Term) int {
	switch n := t.(type) {
	case Small:
		return cmpInt(n.Int(), 0)
	case *BigInt:
		return n.v.Sign()
	}
	return -2
}

// Frames of calendar.erl (OTP 25) in the traces of dateDays' errors.
var (
	calFrameDays3     = erlFrame{"calendar", "date_to_gregorian_days", 3, 133}
	calFrameDayOfWeek = erlFrame{"calendar", "day_of_the_week", 3, 169}
	calFrameDtSeconds = erlFrame{"calendar", "datetime_to_gregorian_seconds", 1, 155}
	calFrameTimeDiff  = erlFrame{"calendar", "time_difference", 2, 495}
)

// at is f stopped at another line.
func (f erlFrame) at(line int) erlFrame {
	f.line = line
	return f
}

func calDateTuple(y, m, d int64) Term {
	return NewTuple(BoxInt(Int(y)), BoxInt(Int(m)), BoxInt(Int(d)))
}

func calTimeTuple(s int64) Term {
	return NewTuple(BoxInt(Int(s/secsPerHour)), BoxInt(Int(s%secsPerHour/secsPerMinute)), BoxInt(Int(s%secsPerMinute)))
}

// CalendarDateToGregorianDays3 is calendar:date_to_gregorian_days(Year, Month, Day).
func CalendarDateToGregorianDays3(p *Process, y, m, d Term) Term {
	return BoxInt(Int(dateDays(y, m, d)))
}

// CalendarDateToGregorianDays1 is calendar:date_to_gregorian_days({Year, Month, Day}).
func CalendarDateToGregorianDays1(p *Process, date Term) Term {
	y, m, d := calTriple(date, "date_to_gregorian_days")
	return BoxInt(Int(dateDays(y, m, d)))
}

// CalendarGregorianDaysToDate1 is calendar:gregorian_days_to_date(Days).
func CalendarGregorianDaysToDate1(p *Process, days Term) Term {
	return calDateTuple(civilDate(calDayNumber(days, erlFrame{"calendar", "gregorian_days_to_date", 1, 182})))
}

// calDayNumber checks a day number as OTP's day_to_year/1 does, called
// from the frames under: a negative integer fails its clause, and any
// other term its first div.
func calDayNumber(days Term, under ...erlFrame) int64 {
	switch calSign(days) {
	case -1:
		otpRaise(AtomFunctionClause, List(days), append([]erlFrame{{"calendar", "day_to_year", 1, 560}}, under...)...)
	case -2:
		if _, isFloat := days.(Float); !isFloat || float64(days.(Float)) >= 0 {
			e := NewException(AtomError, AtomBadarith)
			info := List(NewTuple(atomErrorInfo, NewMap(atomModule, atomErlErtsErrors)))
			e.head = NewTuple(AtomErlang, Intern("div"), List(days, BoxInt(365)), info)
			e.under = []Term{erlFrame{"calendar", "day_to_year", 1, 561}.entry(nil)}
			for _, f := range under {
				e.under = append(e.under, f.entry(nil))
			}
			panic(e)
		}
		otpRaise(AtomFunctionClause, List(days), append([]erlFrame{{"calendar", "day_to_year", 1, 560}}, under...)...)
	}
	return calInt(days, "gregorian_days_to_date", days)
}

// CalendarDayOfTheWeek3 is calendar:day_of_the_week(Year, Month, Day): 1 is Monday.
func CalendarDayOfTheWeek3(p *Process, y, m, d Term) Term {
	return BoxInt(Int((dateDays(y, m, d, calFrameDayOfWeek)+5)%7 + 1))
}

// CalendarDayOfTheWeek1 is calendar:day_of_the_week({Year, Month, Day}).
func CalendarDayOfTheWeek1(p *Process, date Term) Term {
	y, m, d := calTriple(date, "day_of_the_week")
	return BoxInt(Int((dateDays(y, m, d, calFrameDayOfWeek)+5)%7 + 1))
}

// CalendarIsLeapYear1 is calendar:is_leap_year(Year).
func CalendarIsLeapYear1(p *Process, y Term) Term {
	yi := calInt(y, "is_leap_year", y)
	if yi < 0 {
		calClause("is_leap_year", y)
	}
	return Bool(isLeap(yi))
}

// CalendarLastDayOfTheMonth2 is calendar:last_day_of_the_month(Year, Month).
func CalendarLastDayOfTheMonth2(p *Process, y, m Term) Term {
	if !calNonNegative(y) {
		calClause("last_day_of_the_month", y, m)
	}
	if mi, ok := IntOf(m); !ok || mi < 1 || mi > 12 {
		calClause("last_day_of_the_month1", y, m)
	}
	yi, mi := calInt(y, "last_day_of_the_month", y, m), calInt(m, "last_day_of_the_month", y, m)
	return BoxInt(Int(monthDays(yi, mi)))
}

// CalendarValidDate3 is calendar:valid_date(Year, Month, Day): any integers.
func CalendarValidDate3(p *Process, y, m, d Term) Term {
	yi, mi, di := calInt(y, "valid_date", y, m, d), calInt(m, "valid_date", y, m, d), calInt(d, "valid_date", y, m, d)
	return Bool(yi >= 0 && mi >= 1 && mi <= 12 && di >= 1 && di <= monthDays(yi, mi))
}

// CalendarValidDate1 is calendar:valid_date({Year, Month, Day}).
func CalendarValidDate1(p *Process, date Term) Term {
	y, m, d := calTriple(date, "valid_date")
	return CalendarValidDate3(p, y, m, d)
}

// CalendarTimeToSeconds1 is calendar:time_to_seconds({H, M, S}); the parts
// may be any integers.
func CalendarTimeToSeconds1(p *Process, t Term) Term {
	return BoxInt(Int(calTimeSeconds(t)))
}

func calTimeSeconds(t Term) int64 {
	h, m, s := calTriple(t, "time_to_seconds")
	hi, mi, si := calInt(h, "time_to_seconds", t), calInt(m, "time_to_seconds", t), calInt(s, "time_to_seconds", t)
	return hi*secsPerHour + mi*secsPerMinute + si
}

// CalendarSecondsToTime1 is calendar:seconds_to_time(Secs), 0 =< Secs < 86400.
func CalendarSecondsToTime1(p *Process, secs Term) Term {
	s := calInt(secs, "seconds_to_time", secs)
	if s < 0 || s >= secsPerDay {
		calClause("seconds_to_time", secs)
	}
	return calTimeTuple(s)
}

// CalendarSecondsToDaystime1 is calendar:seconds_to_daystime(Secs): whole
// days (rounded down, so negative for negative Secs) and the time left.
func CalendarSecondsToDaystime1(p *Process, secs Term) Term {
	s := calInt(secs, "seconds_to_daystime", secs)
	days, rest := s/secsPerDay, s%secsPerDay
	if rest < 0 {
		days, rest = days-1, rest+secsPerDay
	}
	return NewTuple(BoxInt(Int(days)), calTimeTuple(rest))
}

// CalendarDatetimeToGregorianSeconds1 is
// calendar:datetime_to_gregorian_seconds({{Y, Mo, D}, {H, Mi, S}}).
func CalendarDatetimeToGregorianSeconds1(p *Process, dt Term) Term {
	return BoxInt(Int(calGregorianSeconds(dt)))
}

// calGregorianSeconds is calendar:datetime_to_gregorian_seconds(dt)
// called from the frames under of OTP's code.
func calGregorianSeconds(dt Term, under ...erlFrame) int64 {
	tp, ok := dt.(*Tuple)
	if !ok || len(tp.Elems) != 2 {
		otpRaise(AtomFunctionClause, List(dt), append([]erlFrame{calFrameDtSeconds.at(154)}, under...)...)
	}
	under = append([]erlFrame{calFrameDtSeconds}, under...)
	date, isTuple := tp.Elems[0].(*Tuple)
	if !isTuple || len(date.Elems) != 3 {
		otpRaise(AtomFunctionClause, List(tp.Elems[0]),
			append([]erlFrame{{"calendar", "date_to_gregorian_days", 1, 142}}, under...)...)
	}
	days := dateDays(date.Elems[0], date.Elems[1], date.Elems[2], under...)
	secs := calTimeSeconds(tp.Elems[1])
	if days > (1<<62)/secsPerDay {
		panic(NewException(AtomError, AtomSystemLimit))
	}
	return days*secsPerDay + secs
}

// CalendarGregorianSecondsToDatetime1 is calendar:gregorian_seconds_to_datetime(Secs).
func CalendarGregorianSecondsToDatetime1(p *Process, secs Term) Term {
	s := calInt(secs, "gregorian_seconds_to_datetime", secs)
	if s < 0 {
		calClause("gregorian_seconds_to_datetime", secs)
	}
	return NewTuple(calDateTuple(civilDate(s/secsPerDay)), calTimeTuple(s%secsPerDay))
}

// isoWeek1 is the day number of the Monday of ISO week 1 of year y: the
// week that holds January 4th.
func isoWeek1(y int64) int64 {
	jan4 := gregorianDays(y, 1, 4)
	return jan4 - (jan4+5)%7
}

// CalendarIsoWeekNumber1 is calendar:iso_week_number({Year, Month, Day}):
// {IsoYear, Week}.
func CalendarIsoWeekNumber1(p *Process, date Term) Term {
	y, m, d := calTriple(date, "iso_week_number")
	n := dateDays(y, m, d, calFrameIsoWeek.at(227))
	yi := calInt(y, "iso_week_number", date)
	switch {
	case n >= isoWeek1(yi+1):
		yi++
	case n < isoWeek1(yi):
		yi--
		if yi < 0 {
			// OTP asks day_of_the_week(Year - 1, 1, 1) for the length
			// of the year before.
			dateDays(BoxInt(Int(yi)), BoxInt(1), BoxInt(1), calFrameDayOfWeek, calFrameIsoWeek.at(235))
		}
	}
	return NewTuple(BoxInt(Int(yi)), BoxInt(Int((n-isoWeek1(yi))/7+1)))
}

var calFrameIsoWeek = erlFrame{"calendar", "iso_week_number", 1, 227}

// secsFrom0To1970 is the Gregorian second of the Unix epoch.
const secsFrom0To1970 = 719528 * secsPerDay

// calDatetime is the {{Y, M, D}, {H, Mi, S}} of Gregorian second s >= 0.
func calDatetime(s int64, fun string, args ...Term) Term {
	if s < 0 {
		calClause(fun, args...)
	}
	return NewTuple(calDateTuple(civilDate(s/secsPerDay)), calTimeTuple(s%secsPerDay))
}

// calGoTime is the datetime tuple dt as a Go time in loc, or function_clause.
func calGoTime(dt Term, loc *time.Location, fun string) time.Time {
	secs := calGregorianSeconds(dt)
	if secs < 0 {
		calClause(fun, dt)
	}
	days, rest := secs/secsPerDay, secs%secsPerDay
	y, m, d := civilDate(days)
	return time.Date(int(y), time.Month(m), int(d), int(rest/secsPerHour), int(rest%secsPerHour/secsPerMinute),
		int(rest%secsPerMinute), 0, loc)
}

// calFromGoTime is the datetime tuple of t.
func calFromGoTime(t time.Time) Term {
	return NewTuple(calDateTuple(int64(t.Year()), int64(t.Month()), int64(t.Day())),
		calTimeTuple(int64(t.Hour()*secsPerHour+t.Minute()*secsPerMinute+t.Second())))
}

// CalendarUniversalTime0 is calendar:universal_time().
func CalendarUniversalTime0(p *Process) Term { return ErlangUniversaltime0(p) }

// CalendarLocalTime0 is calendar:local_time().
func CalendarLocalTime0(p *Process) Term { return ErlangLocaltime0(p) }

// CalendarIsoWeekNumber0 is calendar:iso_week_number() of today, local time.
func CalendarIsoWeekNumber0(p *Process) Term {
	return CalendarIsoWeekNumber1(p, ErlangLocaltime0(p).(*Tuple).Elems[0])
}

// nowSeconds is the whole seconds of an erlang:timestamp() {MegaSecs, Secs, MicroSecs}.
func nowSeconds(now Term, fun string) int64 {
	mega, sec, micro := calTriple(now, fun)
	m, s := calInt(mega, fun, now), calInt(sec, fun, now)
	calInt(micro, fun, now)
	return m*1000000 + s
}

// CalendarNowToUniversalTime1 is calendar:now_to_universal_time(Now).
func CalendarNowToUniversalTime1(p *Process, now Term) Term {
	return calDatetime(nowSeconds(now, "now_to_universal_time")+secsFrom0To1970, "now_to_universal_time", now)
}

// CalendarNowToDatetime1 is calendar:now_to_datetime(Now), universal time.
func CalendarNowToDatetime1(p *Process, now Term) Term {
	return calDatetime(nowSeconds(now, "now_to_datetime")+secsFrom0To1970, "now_to_datetime", now)
}

// CalendarNowToLocalTime1 is calendar:now_to_local_time(Now).
func CalendarNowToLocalTime1(p *Process, now Term) Term {
	return calFromGoTime(time.Unix(nowSeconds(now, "now_to_local_time"), 0).In(time.Local))
}

// systemSeconds is Time in Unit as whole seconds, rounded down.
func systemSeconds(t, unit Term, fun string) int64 {
	n := calInt(t, fun, t, unit)
	per, ok := unitsPerSecond(unit)
	if !ok {
		calClause(fun, t, unit)
	}
	q := n / per
	if n%per < 0 {
		q--
	}
	return q
}

// CalendarSystemTimeToUniversalTime2 is calendar:system_time_to_universal_time(Time, Unit).
func CalendarSystemTimeToUniversalTime2(p *Process, t, unit Term) Term {
	fun := "system_time_to_universal_time"
	return calDatetime(systemSeconds(t, unit, fun)+secsFrom0To1970, fun, t, unit)
}

// CalendarSystemTimeToLocalTime2 is calendar:system_time_to_local_time(Time, Unit).
func CalendarSystemTimeToLocalTime2(p *Process, t, unit Term) Term {
	return calFromGoTime(time.Unix(systemSeconds(t, unit, "system_time_to_local_time"), 0).In(time.Local))
}

// CalendarUniversalTimeToLocalTime1 is calendar:universal_time_to_local_time(DateTime).
func CalendarUniversalTimeToLocalTime1(p *Process, dt Term) Term {
	return calFromGoTime(calGoTime(dt, time.UTC, "universal_time_to_local_time").In(time.Local))
}

// CalendarLocalTimeToUniversalTime1 is calendar:local_time_to_universal_time(DateTime).
func CalendarLocalTimeToUniversalTime1(p *Process, dt Term) Term {
	return calFromGoTime(calGoTime(dt, time.Local, "local_time_to_universal_time").UTC())
}

// CalendarTimeDifference2 is calendar:time_difference(T1, T2) (deprecated in
// OTP): {Days, {H, M, S}} from datetime T1 to T2, days rounded down.
func CalendarTimeDifference2(p *Process, t1, t2 Term) Term {
	if !calDatetimeShape(t1) || !calDatetimeShape(t2) {
		calClause("time_difference", t1, t2)
	}
	b := calGregorianSeconds(t2, calFrameTimeDiff.at(494))
	a := calGregorianSeconds(t1, calFrameTimeDiff)
	return CalendarSecondsToDaystime1(p, BoxInt(Int(b-a)))
}

// calDatetimeShape tells whether t is {{_, _, _}, {_, _, _}}.
func calDatetimeShape(t Term) bool {
	tp, ok := t.(*Tuple)
	if !ok || len(tp.Elems) != 2 {
		return false
	}
	for _, x := range tp.Elems {
		if xt, ok := x.(*Tuple); !ok || len(xt.Elems) != 3 {
			return false
		}
	}
	return true
}

func init() {
	RegisterModule("calendar",
		Export("universal_time", 0, CalendarUniversalTime0),
		Export("local_time", 0, CalendarLocalTime0),
		Export("iso_week_number", 0, CalendarIsoWeekNumber0),
		Export("now_to_universal_time", 1, CalendarNowToUniversalTime1),
		Export("now_to_datetime", 1, CalendarNowToDatetime1),
		Export("now_to_local_time", 1, CalendarNowToLocalTime1),
		Export("system_time_to_universal_time", 2, CalendarSystemTimeToUniversalTime2),
		Export("system_time_to_local_time", 2, CalendarSystemTimeToLocalTime2),
		Export("universal_time_to_local_time", 1, CalendarUniversalTimeToLocalTime1),
		Export("local_time_to_universal_time", 1, CalendarLocalTimeToUniversalTime1),
		Export("time_difference", 2, CalendarTimeDifference2),
		Export("date_to_gregorian_days", 1, CalendarDateToGregorianDays1),
		Export("date_to_gregorian_days", 3, CalendarDateToGregorianDays3),
		Export("gregorian_days_to_date", 1, CalendarGregorianDaysToDate1),
		Export("day_of_the_week", 1, CalendarDayOfTheWeek1),
		Export("day_of_the_week", 3, CalendarDayOfTheWeek3),
		Export("is_leap_year", 1, CalendarIsLeapYear1),
		Export("last_day_of_the_month", 2, CalendarLastDayOfTheMonth2),
		Export("valid_date", 1, CalendarValidDate1),
		Export("valid_date", 3, CalendarValidDate3),
		Export("time_to_seconds", 1, CalendarTimeToSeconds1),
		Export("seconds_to_time", 1, CalendarSecondsToTime1),
		Export("seconds_to_daystime", 1, CalendarSecondsToDaystime1),
		Export("datetime_to_gregorian_seconds", 1, CalendarDatetimeToGregorianSeconds1),
		Export("gregorian_seconds_to_datetime", 1, CalendarGregorianSecondsToDatetime1),
		Export("iso_week_number", 1, CalendarIsoWeekNumber1),
	)
}
