package rt

import "testing"

// TestSystemInfoItems checks the fixed answers of erlang:system_info/1
// against what BEAM 25 printed for them (erl -eval, x86_64 Linux).
func TestSystemInfoItems(t *testing.T) {
	p := newProcess(0)
	for _, c := range []struct {
		item Term
		want string
	}{
		{Intern("machine"), Format(Str("BEAM"))},
		{Intern("version"), Format(Str("13.1.5"))},
		{Intern("otp_release"), Format(Str("25"))},
		{NewTuple(Intern("wordsize"), Intern("external")), "8"},
		{Intern("atom_limit"), "1048576"},
		{Intern("ets_limit"), "8192"},
		{Intern("compat_rel"), "25"},
		{Intern("emu_flavor"), "jit"},
		{Intern("heap_type"), "private"},
		{Intern("dirty_io_schedulers"), "10"},
		{Intern("max_heap_size"), "#{error_logger => true,kill => true,size => 0}"},
		{Intern("garbage_collection"), "[{max_heap_size,0},{min_bin_vheap_size,46422},{min_heap_size,233},{fullsweep_after,65535}]"},
	} {
		if got := Format(ErlangSystemInfo1(p, c.item)); got != c.want {
			t.Errorf("system_info(%s) = %s, BEAM %s", Format(c.item), got, c.want)
		}
	}
	if _, exc := Try(func() Term { return ErlangSystemInfo1(p, Intern("no_such_item")) }); exc == nil || exc.Reason != Term(AtomBadarg) {
		t.Errorf("system_info(no_such_item): %v, want badarg", exc)
	}
}
