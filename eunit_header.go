package erl2go

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
)

// erl2go's own eunit.hrl, assert.hrl and ms_transform.hrl, laid out as an
// Erlang lib directory (eunit/include/eunit.hrl, stdlib/include/...), for
// machines without Erlang.
//
//go:embed include
var headerFiles embed.FS

// EunitHeaders writes the headers under dir/include-<hash> unless they are
// there already, and returns that directory: an include path entry under
// which -include_lib("eunit/include/eunit.hrl") resolves.
func EunitHeaders(dir string) (string, error) {
	h := sha256.New()
	var names []string
	err := fs.WalkDir(headerFiles, "include", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := headerFiles.ReadFile(p)
		h.Write([]byte(p))
		h.Write(b)
		names = append(names, p)
		return err
	})
	if err != nil {
		return "", err
	}
	root := filepath.Join(dir, "include-"+hex.EncodeToString(h.Sum(nil))[:16])
	for _, n := range names {
		b, _ := headerFiles.ReadFile(n)
		dst := filepath.Join(root, filepath.FromSlash(n[len("include/"):]))
		if exists(dst) {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return "", err
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			return "", err
		}
	}
	return root, nil
}
