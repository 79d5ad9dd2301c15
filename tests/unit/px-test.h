/* px-test.h: what the Check suites share. */
#pragma once

#include <check.h>
#include <glib.h>

#include "clean/clean.h"
#include "ingest/ingest.h"
#include "segment/segment.h"

/* A file of the source tree (rules/, data/corpus/...).  (transfer full) */
char *px_test_src_path (const char *relpath);

/* Writes @len bytes (-1: a string) to a new file in a temporary directory
 * removed at exit, and returns its path.  (transfer full) */
char *px_test_write (const char *name, const char *data, gssize len);

/* The bundled rules, loaded once. */
const PxCleanRules   *px_test_clean_rules (void);
const PxSegmentRules *px_test_segment_rules (void);

/* The normalised text of @span.  (transfer full) */
char *px_test_slice (const PxText *text, PxSpan span);

/* Runs one suite and returns main()'s exit status. */
int px_test_run (Suite *suite);
