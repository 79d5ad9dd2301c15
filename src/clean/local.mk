libparallax_la_SOURCES += \
	%reldir%/clean.h \
	%reldir%/rules.c \
	%reldir%/clean.c
