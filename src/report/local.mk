libparallax_la_SOURCES += \
	%reldir%/report.h \
	%reldir%/inspect.c
