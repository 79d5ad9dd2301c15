libparallax_la_SOURCES += \
	%reldir%/ingest.h \
	%reldir%/text.c \
	%reldir%/normalize.c
