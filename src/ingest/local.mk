libpxcore_la_SOURCES += \
	%reldir%/ingest.h \
	%reldir%/normalize.h \
	%reldir%/text.c \
	%reldir%/normalize.c
