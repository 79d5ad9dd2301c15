libpxcore_la_SOURCES += \
	%reldir%/align.h \
	%reldir%/align-private.h \
	%reldir%/rules.c \
	%reldir%/tokens.c \
	%reldir%/quotes.c \
	%reldir%/reuse.c \
	%reldir%/comparison.h \
	%reldir%/compare.c \
	%reldir%/coverage.c \
	%reldir%/fidelity.c \
	%reldir%/claimsmap.c \
	%reldir%/timeline.c \
	%reldir%/facts.c \
	%reldir%/pairs.c
