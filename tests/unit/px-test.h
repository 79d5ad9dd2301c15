/* px-test.h: what the Check suites share.
 *
 * Every suite reads the source tree's rules/ and data/corpus/ through
 * PX_ABS_TOP_SRCDIR (set by AM_CPPFLAGS), never through PARALLAX_DATADIR,
 * and writes its scratch files under one temporary directory that
 * px_test_run() removes when the suite is done.
 */
#pragma once

#include <check.h>
#include <glib.h>

#include "clean/clean.h"
#include "ingest/ingest.h"
#include "align/align.h"
#include "run/run.h"
#include "segment/segment.h"
#include "util/util.h"

/* PX_ABS_TOP_SRCDIR/@relpath, e.g. "rules/boilerplate.yaml".  (transfer full) */
char *px_test_src_path (const char *relpath);

/* A file of data/corpus/, ingested with the default options; fails the
 * test if it cannot be.  (transfer full) */
PxText *px_test_load_corpus (const char *file);

/* A new empty directory under the suite's scratch directory.  (transfer full) */
char *px_test_mkdtemp (void);

/* Writes @len bytes of @data (-1: a NUL-terminated string) to @dir/@name
 * and returns the path.  (transfer full) */
char *px_test_write_in (const char *dir, const char *name, const char *data, gssize len);

/* The same in a directory of its own, so tests never see each other's files. */
char *px_test_write (const char *name, const char *data, gssize len);

/* rules/boilerplate.yaml and rules/abbreviations.yaml of the source tree,
 * loaded on first use and kept for the process.  (transfer none) */
const PxCleanRules   *px_test_clean_rules (void);
const PxSegmentRules *px_test_segment_rules (void);

/* The bundled gazetteer with every extractor's default rules, and the
 * cleaning and segmenting rules documents are loaded with: loaded on
 * first use and kept for the process.  (transfer none) */
const PxExtractRules *px_test_extract_rules (void);
const PxRules        *px_test_document_rules (void);

/* rules/compare.yaml and rules/claims.yaml of the source tree, loaded on
 * first use and kept for the process.  (transfer none) */
const PxCompareRules *px_test_compare_rules (void);
const PxClaimRules   *px_test_claim_rules (void);

/* @path loaded, cleaned, segmented and extracted as a run would, as
 * published on @published (may be NULL) by @outlet (may be NULL).
 * (transfer full) */
PxDocument *px_test_load_document (const char *path, const char *published, const char *outlet);

/* The normalised text of @span.  (transfer full) */
char *px_test_slice (const PxText *text, PxSpan span);

/* Fails the test unless @error is PX_ERROR/@code and its message holds
 * every string of the NULL-terminated list. */
void px_test_assert_error (const GError *error, PxError code, ...) G_GNUC_NULL_TERMINATED;

/* The number of lines of @s (1 for a string without "\n"). */
guint px_test_count_lines (const char *s);

/* The suites, one per stage, each in its own check-<stage>.c. */
Suite *px_test_ingest_suite (void);
Suite *px_test_clean_suite (void);
Suite *px_test_segment_suite (void);
Suite *px_test_yaml_suite (void);
Suite *px_test_run_suite (void);
Suite *px_test_gazetteer_suite (void);
Suite *px_test_entities_suite (void);
Suite *px_test_quotes_suite (void);
Suite *px_test_numbers_suite (void);
Suite *px_test_metadata_suite (void);
Suite *px_test_claims_suite (void);
Suite *px_test_reuse_suite (void);
Suite *px_test_align_suite (void);
Suite *px_test_compare_suite (void);

/* Runs @suite (CK_RUN_SUITE, CK_RUN_CASE and CK_VERBOSITY apply) with
 * GLib warnings and criticals fatal, removes the scratch directory and
 * returns main()'s exit status. */
int px_test_run (Suite *suite);
