libpxcore_la_SOURCES += \
	%reldir%/report.h \
	%reldir%/describe.h \
	%reldir%/describe.c \
	%reldir%/json.c \
	%reldir%/json-writer.c \
	%reldir%/compare-json.c \
	%reldir%/table.c \
	%reldir%/summary.c \
	%reldir%/text.c \
	%reldir%/compare-text.c \
	%reldir%/html.c \
	%reldir%/compare-html.c
