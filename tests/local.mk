# The test harness (make check): Check suites, end-to-end scripts that run
# the real program on the real corpus, and replays of the fuzz seeds.

TEST_EXTENSIONS = .sh
SH_LOG_COMPILER = $(SHELL)
AM_TESTS_ENVIRONMENT = \
	PARALLAX='$(abs_top_builddir)/parallax'; export PARALLAX; \
	TOP_SRCDIR='$(abs_top_srcdir)'; export TOP_SRCDIR; \
	TOP_BUILDDIR='$(abs_top_builddir)'; export TOP_BUILDDIR; \
	unset PARALLAX_DATADIR; \
	LC_ALL=C.UTF-8; export LC_ALL;

if ENABLE_SANITIZERS
# Leaks are errors; GLib's type system and caches are not leaks.
AM_TESTS_ENVIRONMENT += \
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1; export ASAN_OPTIONS; \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1; export UBSAN_OPTIONS;
endif

if ENABLE_VALGRIND
LOG_COMPILER = $(LIBTOOL) --mode=execute $(VALGRIND) --quiet --leak-check=full \
	--errors-for-leak-kinds=definite --error-exitcode=99 \
	--suppressions=$(abs_top_srcdir)/%reldir%/valgrind.supp
AM_TESTS_ENVIRONMENT += CK_FORK=no; export CK_FORK;
endif

EXTRA_DIST += %reldir%/e2e/lib.sh %reldir%/valgrind.supp

# The installed program finds its installed rules and data by itself.
installcheck-local:
	test -n "$(DESTDIR)" || { \
	  unset PARALLAX_DATADIR; \
	  '$(bindir)/parallax' inspect '$(pkgdatadir)/data/corpus/kcna-2025-01-20.txt' >/dev/null \
	  && '$(bindir)/parallax' run --check '$(pkgdatadir)/data/corpus/kcna-japan-nato.yaml'; }

# make stress [STRESS_DOCS=N STRESS_EXTRACT_MB=M]: parallax under load, with
# its peak memory (docs/robustness.md).  Not part of make check; CI runs it.
stress: parallax$(EXEEXT)
	STRESS_DOCS='$(STRESS_DOCS)' STRESS_EXTRACT_MB='$(STRESS_EXTRACT_MB)' \
	  $(SHELL) '$(abs_top_srcdir)/%reldir%/stress/stress.sh' --parallax '$(abs_top_builddir)/parallax' \
	  --srcdir '$(abs_top_srcdir)' --work '$(abs_top_builddir)/stress-work'
STRESS_DOCS = 10000
STRESS_EXTRACT_MB = 1024
.PHONY: stress
EXTRA_DIST += %reldir%/stress/stress.sh
clean-local: clean-stress
clean-stress:
	-rm -rf stress-work
.PHONY: clean-stress
