package rt

import (
	"strings"
	"testing"
	"time"
)

// TestCalendarAgainstGoTime checks day numbers, dates, weekdays and ISO
// weeks against Go's time package for every day from 1582 to 2420.
func TestCalendarAgainstGoTime(t *testing.T) {
	p := NewProcess()
	epoch := gregorianDays(1970, 1, 1)
	for d := time.Date(1582, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2420; d = d.AddDate(0, 0, 1) {
		y, m, day := BoxInt(Int(d.Year())), BoxInt(Int(d.Month())), BoxInt(Int(d.Day()))
		n := CalendarDateToGregorianDays3(p, y, m, day).(Small).Int()
		if want := Int(epoch + d.Unix()/secsPerDay); n != want {
			t.Fatalf("%v: day %d, want %d", d, n, want)
		}
		if got := Format(CalendarGregorianDaysToDate1(p, BoxInt(n))); got != Format(NewTuple(y, m, day)) {
			t.Fatalf("%v: date of day %d is %s", d, n, got)
		}
		if got, want := CalendarDayOfTheWeek3(p, y, m, day).(Small).Int(), (int(d.Weekday())+6)%7+1; int(got) != want {
			t.Fatalf("%v: weekday %d, want %d", d, got, want)
		}
		iy, iw := d.ISOWeek()
		if got := Format(CalendarIsoWeekNumber1(p, NewTuple(y, m, day))); got != Format(NewTuple(BoxInt(Int(iy)), BoxInt(Int(iw)))) {
			t.Fatalf("%v: iso week %s, want {%d,%d}", d, got, iy, iw)
		}
	}
}

// erl: a bad date fails where OTP's calendar.erl fails, with its frames:
// catch calendar:day_of_the_week({2024, 13, 1}) has
// {calendar, last_day_of_the_month1, [2024, 13], [..., {line, 261}]} on top
// of date_to_gregorian_days/3 (line 133) and day_of_the_week/3 (line 169).
func TestCalendarErrorFrames(t *testing.T) {
	p := NewProcess()
	i := func(n Int) Term { return BoxInt(n) }
	date := func(y, m, d Term) Term { return NewTuple(y, m, d) }
	cases := []struct {
		name   string
		f      func()
		reason Term
		want   string
	}{
		{"day_of_the_week bad month", func() { CalendarDayOfTheWeek1(p, date(i(2024), i(13), i(1))) }, AtomFunctionClause,
			`{calendar,last_day_of_the_month1,[2024,13],[{file,"calendar.erl"},{line,261}]} ` +
				`{calendar,date_to_gregorian_days,3,[{file,"calendar.erl"},{line,133}]} ` +
				`{calendar,day_of_the_week,3,[{file,"calendar.erl"},{line,169}]}`},
		{"date_to_gregorian_days day 30 of February", func() { CalendarDateToGregorianDays1(p, date(i(2024), i(2), i(30))) }, AtomIfClause,
			`{calendar,date_to_gregorian_days,3,[{file,"calendar.erl"},{line,134}]}`},
		{"date_to_gregorian_days day 0", func() { CalendarDateToGregorianDays3(p, i(2024), i(1), i(0)) }, AtomFunctionClause,
			`{calendar,date_to_gregorian_days,[2024,1,0],[{file,"calendar.erl"},{line,132}]}`},
		{"negative year", func() { CalendarDateToGregorianDays3(p, i(-1), i(1), i(1)) }, AtomFunctionClause,
			`{calendar,last_day_of_the_month,[-1,1],[{file,"calendar.erl"},{line,257}]} ` +
				`{calendar,date_to_gregorian_days,3,[{file,"calendar.erl"},{line,133}]}`},
		{"last_day_of_the_month month 0", func() { CalendarLastDayOfTheMonth2(p, i(2024), i(0)) }, AtomFunctionClause,
			`{calendar,last_day_of_the_month1,[2024,0],[{file,"calendar.erl"},{line,261}]}`},
		{"gregorian_days_to_date(-1)", func() { CalendarGregorianDaysToDate1(p, i(-1)) }, AtomFunctionClause,
			`{calendar,day_to_year,[-1],[{file,"calendar.erl"},{line,560}]} ` +
				`{calendar,gregorian_days_to_date,1,[{file,"calendar.erl"},{line,182}]}`},
		{"gregorian_days_to_date(x)", func() { CalendarGregorianDaysToDate1(p, Intern("x")) }, AtomBadarith,
			`{erlang,'div',[x,365],[{error_info,#{module => erl_erts_errors}}]} ` +
				`{calendar,day_to_year,1,[{file,"calendar.erl"},{line,561}]} ` +
				`{calendar,gregorian_days_to_date,1,[{file,"calendar.erl"},{line,182}]}`},
		{"iso_week_number of year 0 before its week 1", func() { CalendarIsoWeekNumber1(p, date(i(0), i(1), i(1))) }, AtomFunctionClause,
			`{calendar,last_day_of_the_month,[-1,1],[{file,"calendar.erl"},{line,257}]} ` +
				`{calendar,date_to_gregorian_days,3,[{file,"calendar.erl"},{line,133}]} ` +
				`{calendar,day_of_the_week,3,[{file,"calendar.erl"},{line,169}]} ` +
				`{calendar,iso_week_number,1,[{file,"calendar.erl"},{line,235}]}`},
		{"time_difference of a bad first date", func() {
			t1 := NewTuple(date(i(2024), i(2), i(30)), date(i(0), i(0), i(0)))
			t2 := NewTuple(date(i(2024), i(1), i(1)), date(i(0), i(0), i(0)))
			CalendarTimeDifference2(p, t1, t2)
		}, AtomIfClause,
			`{calendar,date_to_gregorian_days,3,[{file,"calendar.erl"},{line,134}]} ` +
				`{calendar,datetime_to_gregorian_seconds,1,[{file,"calendar.erl"},{line,155}]} ` +
				`{calendar,time_difference,2,[{file,"calendar.erl"},{line,495}]}`},
	}
	for _, c := range cases {
		e, ok := catchError(c.f)
		if !ok {
			t.Errorf("%s: no error", c.name)
			continue
		}
		var got []string
		for _, x := range append([]Term{locate(e.head, e.Reason)}, e.under...) {
			// Format writes strings as lists of codes.
			got = append(got, strings.ReplaceAll(Format(x), Format(Str("calendar.erl")), `"calendar.erl"`))
		}
		if e.Reason != c.reason || strings.Join(got, " ") != c.want {
			t.Errorf("%s: %s with\n  %s\nwant %s with\n  %s", c.name, Format(e.Reason), strings.Join(got, " "), Format(c.reason), c.want)
		}
	}
}
