libparallax_la_SOURCES += \
	%reldir%/extract.h
libparallax_la_SOURCES += \
	%reldir%/names.h \
	%reldir%/names.c \
	%reldir%/entities.c \
	%reldir%/extract.c
