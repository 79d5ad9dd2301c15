libpxcore_la_SOURCES += \
	%reldir%/gazetteer.h \
	%reldir%/gazetteer-private.h \
	%reldir%/tables.h \
	%reldir%/tables.c \
	%reldir%/fold.c \
	%reldir%/build.c \
	%reldir%/sources.c \
	%reldir%/cache.c \
	%reldir%/gazetteer.c \
	%reldir%/match.c
