// Package source holds what every pass of the translator shares about input files:
// compact positions, the set of files they point into, and lists of errors.
//
// A Pos is a single integer, like go/token.Pos: each file added to a FileSet owns the
// range [base, base+size] and a position is base plus an offset in characters (Unicode
// code points, the unit the ANTLR lexer counts in). Line and column are computed only
// when a message is printed, from a line table built when the file is added. A -file
// attribute (`-file("x.yrl", 10).`) is recorded with AddLineInfo and alters the file
// name and line reported for everything after it, as epp does.
package source

import (
	"fmt"
	"sort"
	"sync"
)

// Pos is a position in a FileSet. The zero Pos is NoPos.
type Pos int32

// NoPos is the position of things that come from nowhere in particular.
const NoPos Pos = 0

// IsValid reports whether p is a real position.
func (p Pos) IsValid() bool { return p != NoPos }

// Position is a Pos resolved for printing. Line and Column count from 1.
type Position struct {
	Filename string
	Line     int
	Column   int
}

// String formats the position as erlc does: file:line:col (parts that are unknown are left out).
func (p Position) String() string {
	s := p.Filename
	if p.Line > 0 {
		if s != "" {
			s += ":"
		}
		s += fmt.Sprint(p.Line)
		if p.Column > 0 {
			s += fmt.Sprintf(":%d", p.Column)
		}
	}
	if s == "" {
		s = "-"
	}
	return s
}

// A File is one source file in a FileSet.
type File struct {
	name  string
	base  int
	size  int
	lines []int // offsets at which lines start; lines[0] == 0
	infos []lineInfo
}

// lineInfo records a -file attribute: from offset on, lines are reported as
// Line + (actual line - the line of offset) in Filename.
type lineInfo struct {
	offset   int
	filename string
	line     int
}

// Name returns the file name given to AddFile.
func (f *File) Name() string { return f.name }

// Base returns the Pos of offset 0.
func (f *File) Base() int { return f.base }

// Size returns the file's size in characters.
func (f *File) Size() int { return f.size }

// Pos returns the position of the character at offset (0 <= offset <= Size).
func (f *File) Pos(offset int) Pos {
	if offset < 0 {
		offset = 0
	}
	if offset > f.size {
		offset = f.size
	}
	return Pos(f.base + offset)
}

// Offset returns the offset of p in f.
func (f *File) Offset(p Pos) int { return int(p) - f.base }

// AddLineInfo makes positions from offset on report filename and line, as an
// Erlang -file(Filename, Line) attribute does: the line that holds offset is
// reported as line, the next one as line+1, and so on.
func (f *File) AddLineInfo(offset int, filename string, line int) {
	f.infos = append(f.infos, lineInfo{offset, filename, line})
}

// position resolves an offset, with -file alterations when adjusted is true.
func (f *File) position(offset int, adjusted bool) Position {
	i := sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > offset }) - 1
	if i < 0 {
		i = 0
	}
	pos := Position{Filename: f.name, Line: i + 1, Column: offset - f.lines[i] + 1}
	if adjusted {
		if j := sort.Search(len(f.infos), func(j int) bool { return f.infos[j].offset > offset }) - 1; j >= 0 {
			info := f.infos[j]
			base := f.position(info.offset, false).Line
			pos.Filename = info.filename
			pos.Line = info.line + pos.Line - base
		}
	}
	return pos
}

// Line returns the (adjusted) line of p, which must be in f.
func (f *File) Line(p Pos) int { return f.position(f.Offset(p), true).Line }

// A FileSet is the set of files one translation reads. It is safe for concurrent use.
type FileSet struct {
	mu    sync.RWMutex
	base  int
	files []*File
	last  *File
}

// NewFileSet returns an empty FileSet.
func NewFileSet() *FileSet { return &FileSet{base: 1} }

// AddFile adds a file with the given name and contents. Offsets count characters
// of src decoded as UTF-8 (each invalid byte counts as one character).
func (s *FileSet) AddFile(name string, src []rune) *File {
	f := &File{name: name, size: len(src), lines: []int{0}}
	for i, r := range src {
		if r == '\n' {
			f.lines = append(f.lines, i+1)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	f.base = s.base
	s.base += f.size + 1 // +1 so that the end of file has a position of its own
	s.files = append(s.files, f)
	return f
}

// File returns the file that contains p, or nil.
func (s *FileSet) File(p Pos) *File {
	if !p.IsValid() {
		return nil
	}
	s.mu.RLock()
	if f := s.last; f != nil && f.base <= int(p) && int(p) <= f.base+f.size {
		s.mu.RUnlock()
		return f
	}
	i := sort.Search(len(s.files), func(i int) bool { return s.files[i].base > int(p) }) - 1
	var f *File
	if i >= 0 && int(p) <= s.files[i].base+s.files[i].size {
		f = s.files[i]
	}
	s.mu.RUnlock()
	if f != nil {
		s.mu.Lock()
		s.last = f
		s.mu.Unlock()
	}
	return f
}

// Position resolves p, applying -file alterations.
func (s *FileSet) Position(p Pos) Position {
	if f := s.File(p); f != nil {
		return f.position(f.Offset(p), true)
	}
	return Position{}
}

// RawPosition resolves p in the file that really holds it, ignoring -file attributes.
func (s *FileSet) RawPosition(p Pos) Position {
	if f := s.File(p); f != nil {
		return f.position(f.Offset(p), false)
	}
	return Position{}
}
