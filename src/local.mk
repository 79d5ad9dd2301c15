# libpxcore: every pipeline stage, compiled once.  libparallax, the
# installed library, is it as a shared library exporting only px_ names
# (jq's habit); the program links libparallax, while the tests and
# benchmarks link libpxcore, so they also reach what libparallax hides
# (G_GNUC_INTERNAL pieces such as quote alignment).
noinst_LTLIBRARIES += libpxcore.la
libpxcore_la_SOURCES =
libpxcore_la_LIBADD = $(GLIB_LIBS) $(YAML_LIBS) $(JSON_GLIB_LIBS) $(STEMMER_LIBS)

lib_LTLIBRARIES += libparallax.la
libparallax_la_SOURCES =
# No source of its own: this makes automake link it with the C compiler.
nodist_EXTRA_libparallax_la_SOURCES = dummy.c
libparallax_la_LIBADD = libpxcore.la
libparallax_la_LDFLAGS = $(AM_LDFLAGS) -version-info 0:0:0 -export-symbols-regex '^px_'
