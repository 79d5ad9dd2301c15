# Documentation: Markdown for readers of the tree, a man page for the
# installed program (with the installed data directory filled in).
man_MANS += %reldir%/parallax.1
EXTRA_DIST += %reldir%/parallax.1.in
CLEANFILES += %reldir%/parallax.1
%reldir%/parallax.1: %reldir%/parallax.1.in Makefile
	$(AM_V_GEN)$(MKDIR_P) $(@D) && sed -e 's|@pkgdatadir[@]|$(pkgdatadir)|g' $(srcdir)/%reldir%/parallax.1.in >$@

dist_doc_DATA = \
	%reldir%/inspect.md \
	%reldir%/ingest.md \
	%reldir%/run-file.md \
	%reldir%/boilerplate.md \
	%reldir%/segment.md \
	%reldir%/exit-status.md \
	%reldir%/gazetteer.md \
	%reldir%/entities.md \
	%reldir%/extract.md \
	%reldir%/dates.md \
	%reldir%/eval.md \
	%reldir%/quotes.md \
	%reldir%/quote-fidelity.md \
	%reldir%/numbers.md \
	%reldir%/report.md \
	%reldir%/bench.md \
	%reldir%/reuse.md \
	%reldir%/metadata.md \
	%reldir%/compare.md \
	%reldir%/claims.md \
	%reldir%/robustness.md
