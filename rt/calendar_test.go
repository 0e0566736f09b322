package rt

import (
	"testing"
	"time"
)

// TestCalendarAgainstGoTime checks day numbers, dates, weekdays and ISO
// weeks against Go's time package for every day from 1582 to 2420.
func TestCalendarAgainstGoTime(t *testing.T) {
	p := NewProcess()
	epoch := gregorianDays(1970, 1, 1)
	for d := time.Date(1582, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2420; d = d.AddDate(0, 0, 1) {
		y, m, day := Int(d.Year()), Int(d.Month()), Int(d.Day())
		n := CalendarDateToGregorianDays3(p, y, m, day).(Int)
		if want := Int(epoch + d.Unix()/secsPerDay); n != want {
			t.Fatalf("%v: day %d, want %d", d, n, want)
		}
		if got := Format(CalendarGregorianDaysToDate1(p, n)); got != Format(NewTuple(y, m, day)) {
			t.Fatalf("%v: date of day %d is %s", d, n, got)
		}
		if got, want := CalendarDayOfTheWeek3(p, y, m, day).(Int), (int(d.Weekday())+6)%7+1; int(got) != want {
			t.Fatalf("%v: weekday %d, want %d", d, got, want)
		}
		iy, iw := d.ISOWeek()
		if got := Format(CalendarIsoWeekNumber1(p, NewTuple(y, m, day))); got != Format(NewTuple(Int(iy), Int(iw))) {
			t.Fatalf("%v: iso week %s, want {%d,%d}", d, got, iy, iw)
		}
	}
}

func TestCalendarEdges(t *testing.T) {
	for _, c := range []struct{ expr, want string }{
		{"calendar:date_to_gregorian_days(0, 1, 1)", "0"},
		{"calendar:gregorian_days_to_date(0)", "{0,1,1}"},
		{"calendar:gregorian_days_to_date(366)", "{1,1,1}"},
		{"calendar:date_to_gregorian_days({2000, 2, 30})", "error:if_clause"},
		{"calendar:date_to_gregorian_days(2000, 13, 1)", "error:function_clause"},
		{"calendar:is_leap_year(1900)", "false"},
		{"calendar:is_leap_year(2000)", "true"},
		{"calendar:is_leap_year(-4)", "error:function_clause"},
		{"calendar:last_day_of_the_month(2024, 2)", "29"},
		{"calendar:valid_date(2023, 2, 29)", "false"},
		{"calendar:valid_date({-1, 2, 1})", "false"},
		{"calendar:seconds_to_daystime(-1)", "{-1,{23,59,59}}"},
		{"calendar:seconds_to_time(86400)", "error:function_clause"},
		{"calendar:time_to_seconds({1, -1, 70})", "3610"},
		{"calendar:datetime_to_gregorian_seconds({{1970, 1, 1}, {0, 0, 0}})", "62167219200"},
		{"calendar:gregorian_seconds_to_datetime(63871234567)", "{{2023,12,31},{9,36,7}}"},
		{"calendar:iso_week_number({2021, 1, 3})", "{2020,53}"},
		{"calendar:iso_week_number({2024, 12, 30})", "{2025,1}"},
		{"calendar:now_to_universal_time({1234, 567890, 123})", "{{2009,2,13},{23,31,30}}"},
		{"calendar:system_time_to_universal_time(1700000000123, millisecond)", "{{2023,11,14},{22,13,20}}"},
		{"calendar:system_time_to_universal_time(-1500, millisecond)", "{{1969,12,31},{23,59,58}}"},
		{"calendar:time_difference({{2024, 3, 1}, {12, 30, 15}}, {{2024, 1, 1}, {0, 0, 0}})", "{-61,{11,29,45}}"},
	} {
		if got := evalForTest(c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}
