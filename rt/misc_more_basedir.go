package rt

import (
	"os"
	"strings"
)

// filename:basedir/2,3: where an application keeps its files, by the
// XDG rules on Linux (XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME,
// XDG_DATA_DIRS, XDG_CONFIG_DIRS, else their defaults under $HOME), and
// for the os option darwin and windows as OTP's filename.erl has them.
// The options map may hold os, version (a directory under the
// application's) and author (for windows, a directory above it). The
// result is a list or a binary as the application's name is, a list of
// them for site_data and site_config.

func init() {
	RegisterModule("filename", Export("basedir", 2, FilenameBasedir2), Export("basedir", 3, FilenameBasedir3))
}

// FilenameBasedir2 is filename:basedir(PathType, Application).
func FilenameBasedir2(p *Process, typ, app Term) Term {
	if !basedirArgs(typ, app) {
		return otpRaise(AtomFunctionClause, List(typ, app), erlFrame{"filename", "basedir", 2, 870})
	}
	return basedir(p, typ.(Atom), app, NewMap())
}

// FilenameBasedir3 is filename:basedir(PathType, Application, Opts).
func FilenameBasedir3(p *Process, typ, app, opts Term) Term {
	m, isMap := opts.(*Map)
	if !basedirArgs(typ, app) || !isMap {
		return otpRaise(AtomFunctionClause, List(typ, app, opts), erlFrame{"filename", "basedir", 3, 883})
	}
	return basedir(p, typ.(Atom), app, m)
}

func basedirArgs(typ, app Term) bool {
	_, isAtom := typ.(Atom)
	_, isBin := app.(*Binary)
	return isAtom && (isBin || app == Term(Nil{}) || isConsTerm(app))
}

func isConsTerm(t Term) bool {
	_, ok := t.(*Cons)
	return ok
}

var (
	atomSiteData   = Intern("site_data")
	atomSiteConfig = Intern("site_config")
	atomUserLog    = Intern("user_log")
	atomUserCache  = Intern("user_cache")
	atomWindows    = Intern("windows")
	atomDarwin     = Intern("darwin")
	atomAuthor     = Intern("author")
)

func basedir(p *Process, typ Atom, app Term, opts *Map) Term {
	osName := basedirOS(opts)
	name := app
	author, hasAuthor := MapFind(opts, atomAuthor)
	vsn, hasVsn := MapFind(opts, atomVersion)
	switch {
	case osName == "windows" && hasAuthor && hasVsn:
		name = FilenameJoin1(p, List(author, app, vsn))
	case osName == "windows" && hasAuthor:
		name = FilenameJoin1(p, List(author, app))
	case hasVsn:
		name = FilenameJoin1(p, List(app, vsn))
	}
	var base Term
	switch osName {
	case "darwin":
		base = basedirDarwin(p, typ)
	case "windows":
		base = basedirWindows(p, typ)
	default:
		base = basedirLinux(p, typ)
	}
	switch {
	case typ == atomUserLog && osName == "linux":
		return FilenameJoin1(p, List(base, name, Str("log")))
	case typ == atomUserLog && osName == "windows":
		return FilenameJoin1(p, List(base, name, Str("Logs")))
	case typ == atomUserCache && osName == "windows":
		return FilenameJoin1(p, List(base, name, Str("Cache")))
	case typ == atomSiteData || typ == atomSiteConfig:
		bs, _ := ListToSlice(base)
		out := make([]Term, len(bs))
		for i, b := range bs {
			out[i] = FilenameJoin1(p, List(b, name))
		}
		return List(out...)
	}
	return FilenameJoin1(p, List(base, name))
}

// basedirOS is the os option, or the running system's.
func basedirOS(opts *Map) string {
	if v, ok := MapFind(opts, Intern("os")); ok {
		switch v {
		case Term(Intern("linux")), Term(atomWindows), Term(atomDarwin):
			return v.(Atom).Name()
		}
	}
	t := OsType0(nil).(*Tuple)
	switch {
	case t.Elems[1] == Term(atomDarwin):
		return "darwin"
	case t.Elems[0] == Term(Intern("win32")):
		return "windows"
	}
	return "linux"
}

// basedirEnv is the variable's value, or def when it is unset or empty.
func basedirEnv(name string, def Term) Term {
	if v := os.Getenv(name); v != "" {
		return Str(v)
	}
	return def
}

// basedirHome is dir under the home directory.
func basedirHome(p *Process, dir string) Term {
	home, ok := os.LookupEnv("HOME")
	if !ok {
		home, _ = os.UserHomeDir()
	}
	return FilenameJoin2(p, Str(home), Str(dir))
}

// basedirDirs is a colon-separated list of directories, empty parts
// dropped.
func basedirDirs(t Term) Term {
	s, _ := ListToString(t)
	var out []Term
	for _, d := range strings.Split(s, ":") {
		if d != "" {
			out = append(out, Str(d))
		}
	}
	return List(out...)
}

func basedirLinux(p *Process, typ Atom) Term {
	switch typ.Name() {
	case "user_data":
		return basedirEnv("XDG_DATA_HOME", basedirHome(p, ".local/share"))
	case "user_config":
		return basedirEnv("XDG_CONFIG_HOME", basedirHome(p, ".config"))
	case "user_cache", "user_log":
		return basedirEnv("XDG_CACHE_HOME", basedirHome(p, ".cache"))
	case "site_data":
		return basedirDirs(basedirEnv("XDG_DATA_DIRS", Str("/usr/local/share/:/usr/share/")))
	case "site_config":
		return basedirDirs(basedirEnv("XDG_CONFIG_DIRS", Str("/etc/xdg")))
	}
	return otpRaise(NewTuple(AtomCaseClause, typ), nil, erlFrame{"filename", "basedir_linux", 1, 931},
		erlFrame{"filename", "basedir", 3, 888})
}

func basedirDarwin(p *Process, typ Atom) Term {
	switch typ.Name() {
	case "user_data", "user_config":
		return basedirHome(p, "Library/Application Support")
	case "user_cache":
		return basedirHome(p, "Library/Caches")
	case "user_log":
		return basedirHome(p, "Library/Logs")
	case "site_data", "site_config":
		return List(Str("/Library/Application Support"))
	}
	return otpRaise(NewTuple(AtomCaseClause, typ), nil, erlFrame{"filename", "basedir_darwin", 1, 952},
		erlFrame{"filename", "basedir", 3, 888})
}

func basedirWindows(p *Process, typ Atom) Term {
	appData := os.Getenv("APPDATA")
	switch name := typ.Name(); {
	case name == "site_data" || name == "site_config":
		return Nil{}
	case appData == "" && name == "user_config":
		return basedirHome(p, "Roaming")
	case appData == "" && (name == "user_data" || name == "user_cache" || name == "user_log"):
		return basedirHome(p, "Local")
	case name == "user_config":
		return Str(appData)
	case name == "user_data" || name == "user_cache" || name == "user_log":
		return basedirEnv("LOCALAPPDATA", Str(appData))
	}
	return otpRaise(NewTuple(AtomCaseClause, typ), nil, erlFrame{"filename", "basedir_windows", 1, 984},
		erlFrame{"filename", "basedir", 3, 888})
}
