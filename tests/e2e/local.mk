# End-to-end: the real program on the real corpus and on bad input.
TESTS += \
	%reldir%/inspect-corpus.sh \
	%reldir%/bad-input.sh \
	%reldir%/run-corpus.sh \
	%reldir%/extract-corpus.sh \
	%reldir%/compare-corpus.sh \
	%reldir%/gazetteer-data.sh
EXTRA_DIST += \
	%reldir%/inspect-corpus.sh \
	%reldir%/bad-input.sh \
	%reldir%/run-corpus.sh \
	%reldir%/extract-corpus.sh \
	%reldir%/compare-corpus.sh \
	%reldir%/gazetteer-data.sh

# The bad and hostile input battery (docs/robustness.md).
TESTS += \
	%reldir%/hostile-text.sh \
	%reldir%/bad-config.sh \
	%reldir%/bad-output.sh
EXTRA_DIST += \
	%reldir%/hostile-text.sh \
	%reldir%/bad-config.sh \
	%reldir%/bad-output.sh \
	tests/data/make-hostile.py

# The reports for people: goldens compared byte for byte, hostile HTML,
# and the HTML opened in a browser.
TESTS += \
	%reldir%/report-goldens.sh \
	%reldir%/report-html-safety.sh \
	%reldir%/report-browser.sh
EXTRA_DIST += \
	%reldir%/report-goldens.sh \
	%reldir%/report-html-safety.sh \
	%reldir%/report-browser.sh \
	%reldir%/golden/compare-corpus.text \
	%reldir%/golden/compare-corpus.md \
	%reldir%/golden/compare-corpus.json

# Rewrites tests/e2e/golden/ from this build: run it when a change to the
# reports is meant, and commit the diff.
update-goldens: parallax$(EXEEXT)
	$(AM_V_GEN)unset PARALLAX_DATADIR; PARALLAX='$(abs_top_builddir)/parallax' TOP_SRCDIR='$(abs_top_srcdir)' \
	  TOP_BUILDDIR='$(abs_top_builddir)' PX_UPDATE_GOLDENS=1 LC_ALL=C.UTF-8 \
	  $(SHELL) '$(abs_top_srcdir)/%reldir%/report-goldens.sh'
.PHONY: update-goldens
# The screenshots report-browser.sh keeps for the test log.
CLEANFILES += %reldir%/browser-*.png
