libparallax_la_SOURCES += \
	%reldir%/align.h \
	%reldir%/align-private.h \
	%reldir%/rules.c \
	%reldir%/tokens.c \
	%reldir%/quotes.c \
	%reldir%/reuse.c \
	%reldir%/compare.c
