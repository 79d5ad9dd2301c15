libpxcore_la_SOURCES += \
	%reldir%/report.h \
	%reldir%/describe.h \
	%reldir%/describe.c \
	%reldir%/json.c \
	%reldir%/compare-json.c \
	%reldir%/text.c \
	%reldir%/html.c
