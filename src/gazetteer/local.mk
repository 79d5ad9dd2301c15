libparallax_la_SOURCES += \
	%reldir%/gazetteer.h
