# The program: a thin front end over libparallax (as jq's main.c over libjq).
bin_PROGRAMS += parallax
parallax_SOURCES = \
	%reldir%/cli.h \
	%reldir%/main.c \
	%reldir%/options.c \
	%reldir%/cmd-inspect.c \
	%reldir%/cmd-run.c \
	%reldir%/cmd-extract.c \
	%reldir%/cmd-compare.c \
	%reldir%/documents.c \
	%reldir%/cmd-gazetteer.c
parallax_LDADD = $(PX_LIBS)
