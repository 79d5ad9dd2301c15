libparallax_la_SOURCES += \
	%reldir%/claims.h \
	%reldir%/rules.c \
	%reldir%/claims.c \
	%reldir%/similarity.c
