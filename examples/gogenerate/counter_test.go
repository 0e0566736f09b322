package gogenerate

import "testing"

func TestTotal(t *testing.T) {
	n, err := Total([]int{1, 2, 3, 4})
	if err != nil || n != 10 {
		t.Fatalf("Total = %v, %v; want 10", n, err)
	}
}

func TestWordCounts(t *testing.T) {
	m, err := WordCounts("the cat and the hat")
	if err != nil {
		t.Fatal(err)
	}
	if m["the"] != 2 || m["cat"] != 1 || len(m) != 4 {
		t.Fatalf("WordCounts = %v", m)
	}
}
