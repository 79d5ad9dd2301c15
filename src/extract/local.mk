libpxcore_la_SOURCES += \
	%reldir%/extract.h \
	%reldir%/extract.c \
	%reldir%/names.h \
	%reldir%/names.c \
	%reldir%/lexicon.c \
	%reldir%/word-filter.h \
	%reldir%/entities.c \
	%reldir%/dates.c \
	%reldir%/quotes.c \
	%reldir%/numbers.c \
	%reldir%/metadata.c
