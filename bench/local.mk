# Benchmarks (make bench): parallax's gazetteer and extractor timed against
# a peer run in the same script on the same data.  docs/bench.md describes
# what is measured; bench/run.sh runs it all and prints the table.
#
# make bench runs a reduced size; the full size is 1,000,000 names and a
# 100 MB text: make bench BENCH_NAMES=1000000 BENCH_MB=100
BENCH_NAMES = 100000
BENCH_MB = 4
BENCH_DOCS = 1000
BENCH_REPEAT = 3
# Rounds of matching, parallax and the peers in turn (see docs/bench.md).
BENCH_ROUNDS = 3
# Text reuse: BENCH_REUSE_SIZES documents (the largest is generated), on
# BENCH_THREADS threads, checked against the brute-force oracle on the
# first BENCH_REUSE_ORACLE.  The whole comparison (bench-compare: extraction,
# all-pairs reuse, per-cluster px_compare) runs over BENCH_COMPARE_SIZES,
# checked against its oracles on the first BENCH_COMPARE_ORACLE.
# The date, quote and number extractors (bench-extract) run over
# BENCH_EXTRACT_MB of generated articles, their peer (dateparser) over the
# first BENCH_PEER_MB.
# BENCH_ONLY=reuse, BENCH_ONLY=compare, BENCH_ONLY=extract or
# BENCH_ONLY=match runs one part (make bench-reuse, make bench-compare and
# make bench-extract run the first three).
BENCH_REUSE_SIZES = 1000,2500,5000,10000
BENCH_REUSE_ORACLE = 200
BENCH_COMPARE_SIZES = 1000,2500,5000,10000
BENCH_COMPARE_ORACLE = 200
BENCH_THREADS = 2
BENCH_EXTRACT_MB = 100
BENCH_PEER_MB = 2
BENCH_ONLY = all

# Built with the program (so that it keeps compiling), run only by make bench.
noinst_PROGRAMS += %reldir%/bench-match
%canon_reldir%_bench_match_SOURCES = %reldir%/bench-match.c
%canon_reldir%_bench_match_LDADD = $(PX_CORE_LIBS)
noinst_PROGRAMS += %reldir%/bench-reuse
%canon_reldir%_bench_reuse_SOURCES = %reldir%/bench-reuse.c %reldir%/bench-util.c \
	%reldir%/bench-util.h
%canon_reldir%_bench_reuse_LDADD = $(PX_CORE_LIBS)
noinst_PROGRAMS += %reldir%/bench-compare
%canon_reldir%_bench_compare_SOURCES = %reldir%/bench-compare.c %reldir%/bench-util.c \
	%reldir%/bench-util.h
%canon_reldir%_bench_compare_LDADD = $(PX_CORE_LIBS)
noinst_PROGRAMS += %reldir%/bench-extract
%canon_reldir%_bench_extract_SOURCES = %reldir%/bench-extract.c %reldir%/bench-util.c \
	%reldir%/bench-util.h
%canon_reldir%_bench_extract_LDADD = $(PX_CORE_LIBS)

.PHONY: bench bench-reuse bench-compare bench-extract
bench: parallax$(EXEEXT) %reldir%/bench-match$(EXEEXT) %reldir%/bench-reuse$(EXEEXT) \
	  %reldir%/bench-compare$(EXEEXT) %reldir%/bench-extract$(EXEEXT)
	BENCH_NAMES='$(BENCH_NAMES)' BENCH_MB='$(BENCH_MB)' BENCH_DOCS='$(BENCH_DOCS)' \
	BENCH_REPEAT='$(BENCH_REPEAT)' BENCH_ROUNDS='$(BENCH_ROUNDS)' \
	BENCH_REUSE_SIZES='$(BENCH_REUSE_SIZES)' \
	BENCH_REUSE_ORACLE='$(BENCH_REUSE_ORACLE)' BENCH_THREADS='$(BENCH_THREADS)' \
	BENCH_COMPARE_SIZES='$(BENCH_COMPARE_SIZES)' \
	BENCH_COMPARE_ORACLE='$(BENCH_COMPARE_ORACLE)' BENCH_ONLY='$(BENCH_ONLY)' \
	BENCH_EXTRACT_MB='$(BENCH_EXTRACT_MB)' BENCH_PEER_MB='$(BENCH_PEER_MB)' \
	$(SHELL) $(srcdir)/%reldir%/run.sh --srcdir '$(abs_top_srcdir)' \
	  --parallax '$(abs_top_builddir)/parallax' \
	  --bench-match '$(abs_top_builddir)/%reldir%/bench-match' \
	  --bench-reuse '$(abs_top_builddir)/%reldir%/bench-reuse' \
	  --bench-compare '$(abs_top_builddir)/%reldir%/bench-compare' \
	  --bench-extract '$(abs_top_builddir)/%reldir%/bench-extract' \
	  --work '$(abs_top_builddir)/%reldir%/work'

bench-reuse:
	$(MAKE) $(AM_MAKEFLAGS) bench BENCH_ONLY=reuse

bench-compare:
	$(MAKE) $(AM_MAKEFLAGS) bench BENCH_ONLY=compare

bench-extract:
	$(MAKE) $(AM_MAKEFLAGS) bench BENCH_ONLY=extract

# A small run of bench-reuse under make check (a few seconds): it still
# builds, runs and agrees with its oracle.
TESTS += %reldir%/smoke-reuse.sh
# And one of bench-match (a second): see smoke-match.sh.
TESTS += %reldir%/smoke-match.sh

clean-local: clean-bench
.PHONY: clean-bench
clean-bench:
	rm -rf %reldir%/work

EXTRA_DIST += \
	%reldir%/run.sh \
	%reldir%/gen-gazetteer.py \
	%reldir%/gen-text.py \
	%reldir%/gen-clusters.py \
	%reldir%/smoke-reuse.sh \
	%reldir%/smoke-match.sh \
	%reldir%/peer-ahocorasick.py \
	%reldir%/peer-dateparser.py
