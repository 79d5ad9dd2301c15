libpxcore_la_SOURCES += \
	%reldir%/clean.h \
	%reldir%/cues.h \
	%reldir%/rules.c \
	%reldir%/clean.c
