package rt

// The re module in the registry.

func init() {
	RegisterModule("re",
		Export("compile", 1, ReCompile1),
		Export("compile", 2, ReCompile2),
		Export("run", 2, ReRun2),
		Export("run", 3, ReRun3),
		Export("replace", 3, ReReplace3),
		Export("replace", 4, ReReplace4),
		Export("split", 2, ReSplit2),
		Export("split", 3, ReSplit3),
		Export("inspect", 2, ReInspect2),
		Export("version", 0, ReVersion0),
	)
}
