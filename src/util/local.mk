libpxcore_la_SOURCES += \
	%reldir%/util.h \
	%reldir%/error.c \
	%reldir%/paths.c \
	%reldir%/yaml.c \
	%reldir%/output.c
