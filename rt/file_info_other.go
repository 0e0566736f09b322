//go:build !linux

package rt

// FileReadFileInfo1 is file:read_file_info(Name); only the Linux build
// knows how BEAM fills #file_info, so elsewhere it is undef.
func FileReadFileInfo1(p *Process, name Term) Term {
	return Undef(Intern("file"), Intern("read_file_info"), []Term{name})
}
