# End-to-end: the real program on the real corpus and on bad input.
TESTS += \
	%reldir%/inspect-corpus.sh \
	%reldir%/bad-input.sh \
	%reldir%/run-corpus.sh \
	%reldir%/extract-corpus.sh \
	%reldir%/compare-corpus.sh
EXTRA_DIST += \
	%reldir%/inspect-corpus.sh \
	%reldir%/bad-input.sh \
	%reldir%/run-corpus.sh \
	%reldir%/extract-corpus.sh \
	%reldir%/compare-corpus.sh
