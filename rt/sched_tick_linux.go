//go:build linux && (amd64 || arm64)

package rt

import (
	"os"
	"syscall"
	"time"
	"unsafe"
)

// compactTicker returns a function that waits for the next of compactLoop's
// ticks and returns how many have passed (at least 1). On Linux they come from a timerfd read through the network
// poller, not from a Go timer: while any Go timer is pending on a P, every
// schedule on that P reads the clock, a vDSO call for each message hop of
// a compacted ring (4% of its time). The poller is looked at whenever a P
// runs out of work and by sysmon at least every 10 ms, so ticks may come
// late by that much; the timerfd counts the ones missed.
func compactTicker(d time.Duration) func() uint64 {
	const clockMonotonic = 1
	fd, _, errno := syscall.Syscall(syscall.SYS_TIMERFD_CREATE, clockMonotonic, syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
	if errno != 0 {
		return goTicker(d)
	}
	ts := syscall.NsecToTimespec(int64(d))
	spec := [2]syscall.Timespec{ts, ts} // interval, first expiry
	if _, _, errno := syscall.Syscall6(syscall.SYS_TIMERFD_SETTIME, fd, 0, uintptr(unsafe.Pointer(&spec)), 0, 0, 0); errno != 0 {
		syscall.Close(int(fd))
		return goTicker(d)
	}
	f := os.NewFile(fd, "compaction timer")
	var buf [8]byte // the count of expiries
	return func() uint64 {
		if n, err := f.Read(buf[:]); err != nil || n != 8 {
			time.Sleep(d)
			return 1
		}
		return max(*(*uint64)(unsafe.Pointer(&buf)), 1)
	}
}
