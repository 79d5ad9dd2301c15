# libparallax: every pipeline stage; the program and the tests link it.
lib_LTLIBRARIES += libparallax.la
libparallax_la_SOURCES =
libparallax_la_LIBADD = $(GLIB_LIBS) $(YAML_LIBS) $(JSON_GLIB_LIBS) $(STEMMER_LIBS)
# Only px_ names are the library's interface (jq's habit).
libparallax_la_LDFLAGS = $(AM_LDFLAGS) -version-info 0:0:0 -export-symbols-regex '^px_'
