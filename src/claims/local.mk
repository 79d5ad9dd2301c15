libpxcore_la_SOURCES += \
	%reldir%/claims.h \
	%reldir%/claims-private.h \
	%reldir%/rules.c \
	%reldir%/claims.c \
	%reldir%/similarity.c
