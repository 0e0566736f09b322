//go:build linux

package rt

import (
	"math/big"
	"syscall"
	"time"
)

// file:read_file_info/1: OTP's #file_info record, {file_info, Size, Type,
// Access, Atime, Mtime, Ctime, Mode, Links, MajorDevice, MinorDevice,
// Inode, Uid, Gid}, as BEAM fills it on Linux: the stat of the name
// (symbolic links followed), times as local {{Y,M,D},{H,Mi,S}}, access as
// access(2) answers for read and write (so root reads a mode 000 file),
// major_device the st_dev of the file system and minor_device st_rdev.

var atomFileInfo = Intern("file_info")

// FileReadFileInfo1 is file:read_file_info(Name).
func FileReadFileInfo1(p *Process, name Term) Term {
	n, ok := fileName(name)
	if !ok {
		return fileBadarg
	}
	var st syscall.Stat_t
	if err := syscall.Stat(n, &st); err != nil {
		return fileError(err)
	}
	var typ string
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFREG:
		typ = "regular"
	case syscall.S_IFDIR:
		typ = "directory"
	case syscall.S_IFLNK:
		typ = "symlink"
	case syscall.S_IFCHR, syscall.S_IFBLK:
		typ = "device"
	default:
		typ = "other"
	}
	r := syscall.Access(n, 4) == nil // R_OK
	w := syscall.Access(n, 2) == nil // W_OK
	access := "none"
	switch {
	case r && w:
		access = "read_write"
	case r:
		access = "read"
	case w:
		access = "write"
	}
	local := func(ts syscall.Timespec) Term {
		t := time.Unix(ts.Sec, 0)
		return NewTuple(dateTuple(t), timeTuple(t))
	}
	return NewTuple(atomOk, NewTuple(atomFileInfo, BoxInt(Int(st.Size)), Intern(typ), Intern(access),
		local(st.Atim), local(st.Mtim), local(st.Ctim),
		BoxInt(Int(st.Mode)), fileUint(uint64(st.Nlink)), fileUint(st.Dev), fileUint(st.Rdev),
		fileUint(st.Ino), BoxInt(Int(st.Uid)), BoxInt(Int(st.Gid))))
}

// fileUint is the integer Term of an unsigned stat field, which may lie
// beyond int64 (BEAM reports st_dev, st_ino as unsigned).
func fileUint(x uint64) Term {
	if x <= MaxSmall {
		return BoxInt(Int(x))
	}
	return IntFromBig(new(big.Int).SetUint64(x))
}

func init() {
	registerModule("file", true, []Func{Export("read_file_info", 1, FileReadFileInfo1)})
}
