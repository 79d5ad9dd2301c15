# Fuzz targets.  Each target is built twice: with libFuzzer when configured
# with --enable-fuzzing (clang), and always with replay.c as a plain test
# that runs the target's seeds and saved regressions under make check.

FUZZ_TARGETS = ingest dates gazetteer quotes runfile numbers report extract

# Ingest + clean + segment, shared by the targets that read text.
FUZZ_TEXT_SOURCES = %reldir%/fuzz-text.c %reldir%/fuzz-text.h

check_PROGRAMS += %reldir%/fuzz-ingest-replay
TESTS += %reldir%/fuzz-ingest-replay
%canon_reldir%_fuzz_ingest_replay_SOURCES = %reldir%/fuzz-ingest.c %reldir%/replay.c \
	$(FUZZ_TEXT_SOURCES)
%canon_reldir%_fuzz_ingest_replay_CPPFLAGS = $(AM_CPPFLAGS) \
	-DPX_FUZZ_DEFAULT_DIRS='"$(abs_top_srcdir)/%reldir%/seeds/ingest:$(abs_top_srcdir)/%reldir%/regressions/ingest:$(abs_top_srcdir)/data/corpus"'
%canon_reldir%_fuzz_ingest_replay_LDADD = $(PX_CORE_LIBS)

check_PROGRAMS += %reldir%/fuzz-quotes-replay
TESTS += %reldir%/fuzz-quotes-replay
%canon_reldir%_fuzz_quotes_replay_SOURCES = %reldir%/fuzz-quotes.c %reldir%/replay.c \
	$(FUZZ_TEXT_SOURCES)
%canon_reldir%_fuzz_quotes_replay_CPPFLAGS = $(AM_CPPFLAGS) \
	-DPX_FUZZ_DEFAULT_DIRS='"$(abs_top_srcdir)/%reldir%/seeds/quotes:$(abs_top_srcdir)/%reldir%/regressions/quotes:$(abs_top_srcdir)/data/corpus"'
%canon_reldir%_fuzz_quotes_replay_LDADD = $(PX_CORE_LIBS)

if ENABLE_FUZZING
noinst_PROGRAMS += %reldir%/fuzz-quotes
%canon_reldir%_fuzz_quotes_SOURCES = %reldir%/fuzz-quotes.c $(FUZZ_TEXT_SOURCES)
%canon_reldir%_fuzz_quotes_CFLAGS = $(AM_CFLAGS) $(FUZZ_CFLAGS)
%canon_reldir%_fuzz_quotes_LDFLAGS = -fsanitize=fuzzer $(FUZZ_CFLAGS)
%canon_reldir%_fuzz_quotes_LDADD = $(PX_CORE_LIBS)
endif

if ENABLE_FUZZING
noinst_PROGRAMS += %reldir%/fuzz-ingest
%canon_reldir%_fuzz_ingest_SOURCES = %reldir%/fuzz-ingest.c $(FUZZ_TEXT_SOURCES)
%canon_reldir%_fuzz_ingest_CFLAGS = $(AM_CFLAGS) $(FUZZ_CFLAGS)
%canon_reldir%_fuzz_ingest_LDFLAGS = -fsanitize=fuzzer $(FUZZ_CFLAGS)
%canon_reldir%_fuzz_ingest_LDADD = $(PX_CORE_LIBS)
endif

check_PROGRAMS += %reldir%/fuzz-dates-replay
TESTS += %reldir%/fuzz-dates-replay
%canon_reldir%_fuzz_dates_replay_SOURCES = %reldir%/fuzz-dates.c %reldir%/replay.c
%canon_reldir%_fuzz_dates_replay_CPPFLAGS = $(AM_CPPFLAGS) \
	-DPX_FUZZ_DEFAULT_DIRS='"$(abs_top_srcdir)/%reldir%/seeds/dates:$(abs_top_srcdir)/data/corpus"'
%canon_reldir%_fuzz_dates_replay_LDADD = $(PX_CORE_LIBS)

if ENABLE_FUZZING
noinst_PROGRAMS += %reldir%/fuzz-dates
%canon_reldir%_fuzz_dates_SOURCES = %reldir%/fuzz-dates.c
%canon_reldir%_fuzz_dates_CFLAGS = $(AM_CFLAGS) $(FUZZ_CFLAGS)
%canon_reldir%_fuzz_dates_LDFLAGS = -fsanitize=fuzzer $(FUZZ_CFLAGS)
%canon_reldir%_fuzz_dates_LDADD = $(PX_CORE_LIBS)
endif

check_PROGRAMS += %reldir%/fuzz-gazetteer-replay
TESTS += %reldir%/fuzz-gazetteer-replay
%canon_reldir%_fuzz_gazetteer_replay_SOURCES = %reldir%/fuzz-gazetteer.c %reldir%/replay.c
%canon_reldir%_fuzz_gazetteer_replay_CPPFLAGS = $(AM_CPPFLAGS) \
	-DPX_FUZZ_DEFAULT_DIRS='"$(abs_top_srcdir)/%reldir%/seeds/gazetteer:$(abs_top_srcdir)/%reldir%/regressions/gazetteer"'
%canon_reldir%_fuzz_gazetteer_replay_LDADD = $(PX_CORE_LIBS)

if ENABLE_FUZZING
noinst_PROGRAMS += %reldir%/fuzz-gazetteer
%canon_reldir%_fuzz_gazetteer_SOURCES = %reldir%/fuzz-gazetteer.c
%canon_reldir%_fuzz_gazetteer_CFLAGS = $(AM_CFLAGS) $(FUZZ_CFLAGS)
%canon_reldir%_fuzz_gazetteer_LDFLAGS = -fsanitize=fuzzer $(FUZZ_CFLAGS)
%canon_reldir%_fuzz_gazetteer_LDADD = $(PX_CORE_LIBS)
endif

check_PROGRAMS += %reldir%/fuzz-runfile-replay
TESTS += %reldir%/fuzz-runfile-replay
%canon_reldir%_fuzz_runfile_replay_SOURCES = %reldir%/fuzz-runfile.c %reldir%/replay.c
%canon_reldir%_fuzz_runfile_replay_CPPFLAGS = $(AM_CPPFLAGS) \
	-DPX_FUZZ_DEFAULT_DIRS='"$(abs_top_srcdir)/%reldir%/seeds/runfile:$(abs_top_srcdir)/%reldir%/regressions/runfile"'
%canon_reldir%_fuzz_runfile_replay_LDADD = $(PX_CORE_LIBS)

if ENABLE_FUZZING
noinst_PROGRAMS += %reldir%/fuzz-runfile
%canon_reldir%_fuzz_runfile_SOURCES = %reldir%/fuzz-runfile.c
%canon_reldir%_fuzz_runfile_CFLAGS = $(AM_CFLAGS) $(FUZZ_CFLAGS)
%canon_reldir%_fuzz_runfile_LDFLAGS = -fsanitize=fuzzer $(FUZZ_CFLAGS)
%canon_reldir%_fuzz_runfile_LDADD = $(PX_CORE_LIBS)
endif

check_PROGRAMS += %reldir%/fuzz-numbers-replay
TESTS += %reldir%/fuzz-numbers-replay
%canon_reldir%_fuzz_numbers_replay_SOURCES = %reldir%/fuzz-numbers.c %reldir%/replay.c \
	$(FUZZ_TEXT_SOURCES)
%canon_reldir%_fuzz_numbers_replay_CPPFLAGS = $(AM_CPPFLAGS) \
	-DPX_FUZZ_DEFAULT_DIRS='"$(abs_top_srcdir)/%reldir%/seeds/numbers:$(abs_top_srcdir)/%reldir%/regressions/numbers:$(abs_top_srcdir)/data/corpus"'
%canon_reldir%_fuzz_numbers_replay_LDADD = $(PX_CORE_LIBS)

if ENABLE_FUZZING
noinst_PROGRAMS += %reldir%/fuzz-numbers
%canon_reldir%_fuzz_numbers_SOURCES = %reldir%/fuzz-numbers.c $(FUZZ_TEXT_SOURCES)
%canon_reldir%_fuzz_numbers_CFLAGS = $(AM_CFLAGS) $(FUZZ_CFLAGS)
%canon_reldir%_fuzz_numbers_LDFLAGS = -fsanitize=fuzzer $(FUZZ_CFLAGS)
%canon_reldir%_fuzz_numbers_LDADD = $(PX_CORE_LIBS)
endif

# The report writers, HTML above all: arbitrary strings in every place a
# report shows one, and the page must hold only the report's own markup.
check_PROGRAMS += %reldir%/fuzz-report-replay
TESTS += %reldir%/fuzz-report-replay
%canon_reldir%_fuzz_report_replay_SOURCES = %reldir%/fuzz-report.c %reldir%/replay.c
%canon_reldir%_fuzz_report_replay_CPPFLAGS = $(AM_CPPFLAGS) \
	-DPX_FUZZ_DEFAULT_DIRS='"$(abs_top_srcdir)/%reldir%/seeds/report:$(abs_top_srcdir)/%reldir%/regressions/report:$(abs_top_srcdir)/data/corpus"'
%canon_reldir%_fuzz_report_replay_LDADD = $(PX_CORE_LIBS)

if ENABLE_FUZZING
noinst_PROGRAMS += %reldir%/fuzz-report
%canon_reldir%_fuzz_report_SOURCES = %reldir%/fuzz-report.c
%canon_reldir%_fuzz_report_CFLAGS = $(AM_CFLAGS) $(FUZZ_CFLAGS)
%canon_reldir%_fuzz_report_LDFLAGS = -fsanitize=fuzzer $(FUZZ_CFLAGS)
%canon_reldir%_fuzz_report_LDADD = $(PX_CORE_LIBS)
endif

check_PROGRAMS += %reldir%/fuzz-extract-replay
TESTS += %reldir%/fuzz-extract-replay
%canon_reldir%_fuzz_extract_replay_SOURCES = %reldir%/fuzz-extract.c %reldir%/replay.c \
	$(FUZZ_TEXT_SOURCES)
%canon_reldir%_fuzz_extract_replay_CPPFLAGS = $(AM_CPPFLAGS) \
	-DPX_FUZZ_DEFAULT_DIRS='"$(abs_top_srcdir)/%reldir%/seeds/extract:$(abs_top_srcdir)/%reldir%/regressions/extract:$(abs_top_srcdir)/data/corpus:$(abs_top_srcdir)/tests/gold/gum"'
%canon_reldir%_fuzz_extract_replay_LDADD = $(PX_CORE_LIBS)

if ENABLE_FUZZING
noinst_PROGRAMS += %reldir%/fuzz-extract
%canon_reldir%_fuzz_extract_SOURCES = %reldir%/fuzz-extract.c $(FUZZ_TEXT_SOURCES)
%canon_reldir%_fuzz_extract_CFLAGS = $(AM_CFLAGS) $(FUZZ_CFLAGS)
%canon_reldir%_fuzz_extract_LDFLAGS = -fsanitize=fuzzer $(FUZZ_CFLAGS)
%canon_reldir%_fuzz_extract_LDADD = $(PX_CORE_LIBS)
endif

# make fuzz [FUZZ_TIME=seconds]: each target for FUZZ_TIME seconds (default
# 60), from its seeds; new crashes land in the regressions folder.
FUZZ_TIME = 60
fuzz:
if ENABLE_FUZZING
	@set -e; for t in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz-corpus/$$t; \
	  echo "fuzzing $$t for $(FUZZ_TIME) s"; \
	  G_DEBUG=fatal-warnings $(builddir)/%reldir%/fuzz-$$t -max_total_time=$(FUZZ_TIME) \
	    -max_len=262144 \
	    -dict=$(srcdir)/%reldir%/fuzz-$$t.dict \
	    -artifact_prefix=$(srcdir)/%reldir%/regressions/$$t/ \
	    fuzz-corpus/$$t $(srcdir)/%reldir%/seeds/$$t; \
	done
else
	@echo "make fuzz needs a build configured with --enable-fuzzing (CC=clang)" >&2; exit 1
endif
.PHONY: fuzz

EXTRA_DIST += \
	%reldir%/fuzz-ingest.dict \
	%reldir%/fuzz-dates.dict \
	%reldir%/fuzz-gazetteer.dict \
	%reldir%/fuzz-quotes.dict \
	%reldir%/fuzz-runfile.dict \
	%reldir%/fuzz-numbers.dict \
	%reldir%/fuzz-report.dict \
	%reldir%/fuzz-extract.dict \
	%reldir%/seeds \
	%reldir%/regressions
