# Benchmarks (make bench): parallax's gazetteer and extractor timed against
# a peer run in the same script on the same data.  docs/bench.md describes
# what is measured; bench/run.sh runs it all and prints the table.
#
# make bench runs a reduced size; the full size is 1,000,000 names and a
# 20 MB text: make bench BENCH_NAMES=1000000 BENCH_MB=20
BENCH_NAMES = 100000
BENCH_MB = 4
BENCH_DOCS = 1000
BENCH_REPEAT = 3

# Built with the program (so that it keeps compiling), run only by make bench.
noinst_PROGRAMS += %reldir%/bench-match
%canon_reldir%_bench_match_SOURCES = %reldir%/bench-match.c
%canon_reldir%_bench_match_LDADD = $(PX_LIBS)

.PHONY: bench
bench: parallax$(EXEEXT) %reldir%/bench-match$(EXEEXT)
	BENCH_NAMES='$(BENCH_NAMES)' BENCH_MB='$(BENCH_MB)' BENCH_DOCS='$(BENCH_DOCS)' \
	BENCH_REPEAT='$(BENCH_REPEAT)' \
	$(SHELL) $(srcdir)/%reldir%/run.sh --srcdir '$(abs_top_srcdir)' \
	  --parallax '$(abs_top_builddir)/parallax' \
	  --bench-match '$(abs_top_builddir)/%reldir%/bench-match' \
	  --work '$(abs_top_builddir)/%reldir%/work'

clean-local: clean-bench
.PHONY: clean-bench
clean-bench:
	rm -rf %reldir%/work

EXTRA_DIST += \
	%reldir%/run.sh \
	%reldir%/gen-gazetteer.py \
	%reldir%/gen-text.py \
	%reldir%/peer-ahocorasick.py
