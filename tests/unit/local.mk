# Check suites, one binary per stage so that automake runs them in parallel
# and keeps a log for each.  They link the library and read the source
# tree's rules/ and data/corpus/ through PX_ABS_TOP_SRCDIR.

PX_UNIT_TESTS = \
	%reldir%/check-ingest \
	%reldir%/check-clean \
	%reldir%/check-segment \
	%reldir%/check-yaml \
	%reldir%/check-run \
	%reldir%/check-gazetteer \
	%reldir%/check-entities \
	%reldir%/check-dates \
	%reldir%/check-quotes \
	%reldir%/check-numbers \
	%reldir%/check-metadata \
	%reldir%/check-claims \
	%reldir%/check-reuse \
	%reldir%/check-align \
	%reldir%/check-compare \
	%reldir%/check-report

if HAVE_CHECK
check_PROGRAMS += $(PX_UNIT_TESTS)
TESTS += $(PX_UNIT_TESTS)
endif

PX_UNIT_COMMON = %reldir%/px-test.c %reldir%/px-test.h
PX_UNIT_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
PX_UNIT_LDADD = $(PX_CORE_LIBS) $(CHECK_LIBS)

%canon_reldir%_check_ingest_SOURCES = %reldir%/check-ingest.c $(PX_UNIT_COMMON)
%canon_reldir%_check_ingest_CFLAGS = $(PX_UNIT_CFLAGS)
%canon_reldir%_check_ingest_LDADD = $(PX_UNIT_LDADD)

%canon_reldir%_check_clean_SOURCES = %reldir%/check-clean.c $(PX_UNIT_COMMON)
%canon_reldir%_check_clean_CFLAGS = $(PX_UNIT_CFLAGS)
%canon_reldir%_check_clean_LDADD = $(PX_UNIT_LDADD)

%canon_reldir%_check_segment_SOURCES = %reldir%/check-segment.c $(PX_UNIT_COMMON)
%canon_reldir%_check_segment_CFLAGS = $(PX_UNIT_CFLAGS)
%canon_reldir%_check_segment_LDADD = $(PX_UNIT_LDADD)

%canon_reldir%_check_yaml_SOURCES = %reldir%/check-yaml.c $(PX_UNIT_COMMON)
%canon_reldir%_check_yaml_CFLAGS = $(PX_UNIT_CFLAGS)
%canon_reldir%_check_yaml_LDADD = $(PX_UNIT_LDADD)

%canon_reldir%_check_run_SOURCES = %reldir%/check-run.c $(PX_UNIT_COMMON)
%canon_reldir%_check_run_CFLAGS = $(PX_UNIT_CFLAGS)
%canon_reldir%_check_run_LDADD = $(PX_UNIT_LDADD)

%canon_reldir%_check_gazetteer_SOURCES = %reldir%/check-gazetteer.c $(PX_UNIT_COMMON)
%canon_reldir%_check_gazetteer_CFLAGS = $(PX_UNIT_CFLAGS)
%canon_reldir%_check_gazetteer_LDADD = $(PX_UNIT_LDADD)

%canon_reldir%_check_entities_SOURCES = %reldir%/check-entities.c $(PX_UNIT_COMMON)
%canon_reldir%_check_entities_CFLAGS = $(PX_UNIT_CFLAGS)
%canon_reldir%_check_entities_LDADD = $(PX_UNIT_LDADD)

%canon_reldir%_check_dates_SOURCES = %reldir%/check-dates.c $(PX_UNIT_COMMON)
%canon_reldir%_check_dates_CFLAGS = $(PX_UNIT_CFLAGS)
%canon_reldir%_check_dates_LDADD = $(PX_UNIT_LDADD)

EXTRA_DIST += tests/data/chrono-en.tsv

%canon_reldir%_check_quotes_SOURCES = %reldir%/check-quotes.c $(PX_UNIT_COMMON)
%canon_reldir%_check_quotes_CFLAGS = $(PX_UNIT_CFLAGS)
%canon_reldir%_check_quotes_LDADD = $(PX_UNIT_LDADD)

%canon_reldir%_check_numbers_SOURCES = %reldir%/check-numbers.c $(PX_UNIT_COMMON)
%canon_reldir%_check_numbers_CFLAGS = $(PX_UNIT_CFLAGS)
%canon_reldir%_check_numbers_LDADD = $(PX_UNIT_LDADD) -lm

%canon_reldir%_check_metadata_SOURCES = %reldir%/check-metadata.c $(PX_UNIT_COMMON)
%canon_reldir%_check_metadata_CFLAGS = $(PX_UNIT_CFLAGS)
%canon_reldir%_check_metadata_LDADD = $(PX_UNIT_LDADD)

%canon_reldir%_check_claims_SOURCES = %reldir%/check-claims.c $(PX_UNIT_COMMON)
%canon_reldir%_check_claims_CFLAGS = $(PX_UNIT_CFLAGS)
%canon_reldir%_check_claims_LDADD = $(PX_UNIT_LDADD)

%canon_reldir%_check_reuse_SOURCES = %reldir%/check-reuse.c $(PX_UNIT_COMMON)
%canon_reldir%_check_reuse_CFLAGS = $(PX_UNIT_CFLAGS)
%canon_reldir%_check_reuse_LDADD = $(PX_UNIT_LDADD)

%canon_reldir%_check_align_SOURCES = %reldir%/check-align.c $(PX_UNIT_COMMON)
%canon_reldir%_check_align_CFLAGS = $(PX_UNIT_CFLAGS)
%canon_reldir%_check_align_LDADD = $(PX_UNIT_LDADD)

%canon_reldir%_check_compare_SOURCES = %reldir%/check-compare.c $(PX_UNIT_COMMON)
%canon_reldir%_check_compare_CFLAGS = $(PX_UNIT_CFLAGS)
%canon_reldir%_check_compare_LDADD = $(PX_UNIT_LDADD)

%canon_reldir%_check_report_SOURCES = %reldir%/check-report.c $(PX_UNIT_COMMON)
%canon_reldir%_check_report_CFLAGS = $(PX_UNIT_CFLAGS)
%canon_reldir%_check_report_LDADD = $(PX_UNIT_LDADD)
