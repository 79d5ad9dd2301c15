libparallax_la_SOURCES += \
	%reldir%/extract.h \
	%reldir%/dates.c
