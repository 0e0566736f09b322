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
