libpxcore_la_SOURCES += \
	%reldir%/run.h \
	%reldir%/runfile.c \
	%reldir%/document.c
