libparallax_la_SOURCES += \
	%reldir%/extract.h \
	%reldir%/quotes.c \
	%reldir%/numbers.c
