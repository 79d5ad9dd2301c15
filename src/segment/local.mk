libpxcore_la_SOURCES += \
	%reldir%/segment.h \
	%reldir%/abbrev.h \
	%reldir%/abbreviations.c \
	%reldir%/segment.c
