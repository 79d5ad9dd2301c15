# Check suites, one per stage; they link the library.
PX_UNIT_TESTS = \
	%reldir%/check-ingest \
	%reldir%/check-clean \
	%reldir%/check-segment \
	%reldir%/check-run

if HAVE_CHECK
check_PROGRAMS += $(PX_UNIT_TESTS)
TESTS += $(PX_UNIT_TESTS)
endif

PX_UNIT_COMMON = %reldir%/px-test.h %reldir%/px-test.c
PX_UNIT_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
PX_UNIT_LDADD = $(PX_LIBS) $(CHECK_LIBS)

%canon_reldir%_check_ingest_SOURCES = %reldir%/check-ingest.c $(PX_UNIT_COMMON)
%canon_reldir%_check_ingest_CFLAGS = $(PX_UNIT_CFLAGS)
%canon_reldir%_check_ingest_LDADD = $(PX_UNIT_LDADD)
%canon_reldir%_check_clean_SOURCES = %reldir%/check-clean.c $(PX_UNIT_COMMON)
%canon_reldir%_check_clean_CFLAGS = $(PX_UNIT_CFLAGS)
%canon_reldir%_check_clean_LDADD = $(PX_UNIT_LDADD)
%canon_reldir%_check_segment_SOURCES = %reldir%/check-segment.c $(PX_UNIT_COMMON)
%canon_reldir%_check_segment_CFLAGS = $(PX_UNIT_CFLAGS)
%canon_reldir%_check_segment_LDADD = $(PX_UNIT_LDADD)
%canon_reldir%_check_run_SOURCES = %reldir%/check-run.c $(PX_UNIT_COMMON)
%canon_reldir%_check_run_CFLAGS = $(PX_UNIT_CFLAGS)
%canon_reldir%_check_run_LDADD = $(PX_UNIT_LDADD)
