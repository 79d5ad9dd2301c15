/* run.h: an analyst's run, and the documents it reads.
 *
 * A run file (YAML, format: docs/run-file.md) names a brief's title, the
 * analyst, the sources with their provenance (outlet, role, publication
 * date...) and the outputs to write.  Paths in it are relative to the run
 * file.  Loading checks everything at once: every problem found is reported,
 * each as "file:line:column: what was expected", in one error.
 *
 * A PxDocument is one source carried through the pipeline so far: ingested,
 * cleaned and segmented, with its provenance.
 */
#pragma once

#include <glib.h>

#include "clean/clean.h"
#include "extract/extract.h"
#include "ingest/ingest.h"
#include "segment/segment.h"
#include "util/util.h"

G_BEGIN_DECLS

/* ### Run files */

typedef enum {
  PX_ROLE_REPORT,
  PX_ROLE_PRIMARY,
} PxRole;

typedef enum {
  PX_FORMAT_TEXT,
  PX_FORMAT_MD,
  PX_FORMAT_JSON,
  PX_FORMAT_HTML,
} PxFormat;

/* Parses "text", "md", "json" or "html". */
gboolean    px_format_from_string (const char *name, PxFormat *out, GError **error);
const char *px_format_to_string (PxFormat format);
const char *px_role_to_string (PxRole role);

/* A source, a plain value whose strings belong to the run that holds it.
 * Optional fields are NULL when the run file leaves them out. */
typedef struct {
  const char *path;         /* resolved against the run file's directory */
  const char *given;        /* the path as the run file or command line writes it,
                               which reports name the file by; NULL: @path */
  const char *outlet;
  PxRole role;
  const char *published;    /* ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY */
  const char *url;
  const char *author;
  const char *date_order;   /* "dmy", "mdy" or "ymd" */
  const char *language;
  PxEncoding encoding;
  guint line;               /* the source's line in its run file; 0 when not from one */
} PxRunSource;

typedef struct {
  PxFormat format;
  const char *path;         /* resolved against the run file's directory */
} PxRunOutput;

typedef struct _PxRun PxRun;

/* Loads and checks @path; source files must exist.  (transfer full) */
PxRun      *px_run_load (const char *path, GError **error);
void        px_run_free (PxRun *run);

const char *px_run_get_path    (const PxRun *run);
const char *px_run_get_title   (const PxRun *run);
const char *px_run_get_analyst (const PxRun *run);  /* may be NULL */
const char *px_run_get_notes   (const PxRun *run);  /* may be NULL */

guint              px_run_n_sources  (const PxRun *run);
const PxRunSource *px_run_get_source (const PxRun *run, guint i);
guint              px_run_n_outputs  (const PxRun *run);
const PxRunOutput *px_run_get_output (const PxRun *run, guint i);

/* The run file's own gazetteer files or directories (key "gazetteer"),
 * resolved against its directory, in order.  (transfer none) */
guint       px_run_n_gazetteers (const PxRun *run);
const char *px_run_get_gazetteer (const PxRun *run, guint i);

/* The comparison settings of the run file.  "rollups: [metonyms]": count
 * a capital used for its government as that country. */
gboolean    px_run_rolls_up_metonyms (const PxRun *run);
/* "rules: {compare: FILE, claims: FILE}": the run's own rules file for
 * @name, resolved against its directory, or NULL for the bundled one.
 * (transfer none) */
const char *px_run_get_rules_file (const PxRun *run, const char *name);

/* "thresholds: {reuse.republication_ratio: 0.7, ...}": values that
 * replace those of rules/compare.yaml, a plain value.  The names are
 * checked when they are applied (px_compare_rules_override()); @where
 * ("file:line:column") is for that message. */
typedef struct {
  const char *name;
  double value;
  const char *where;
} PxRunThreshold;

guint                 px_run_n_thresholds (const PxRun *run);
const PxRunThreshold *px_run_get_threshold (const PxRun *run, guint i);

/* Whether @text is a publication date as run files write it: YYYY-MM-DD,
 * YYYY-MM or YYYY. */
gboolean    px_run_is_iso_date (const char *text);

/* Writes every output into @dir instead, keeping the file names.  Fails,
 * changing nothing, when two outputs have the same file name, since one
 * would replace the other in @dir. */
gboolean    px_run_redirect_outputs (PxRun *run, const char *dir, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxRun, px_run_free)

/* ### Documents */

/* The rules every document is read with. */
typedef struct _PxRules PxRules;

/* rules/boilerplate.yaml and rules/abbreviations.yaml.  (transfer full) */
PxRules    *px_rules_load_default (GError **error);
void        px_rules_free (PxRules *rules);
const PxCleanRules   *px_rules_get_clean   (const PxRules *rules);
const PxSegmentRules *px_rules_get_segment (const PxRules *rules);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxRules, px_rules_free)

typedef struct _PxDocument PxDocument;

/* Ingests, cleans and segments @source->path.  The source's strings are
 * copied.  (transfer full) */
PxDocument *px_document_load (const PxRunSource *source, const PxRules *rules,
                              guint64 max_bytes, GError **error);
void        px_document_free (PxDocument *doc);

/* (transfer none) */
const PxRunSource    *px_document_get_source (const PxDocument *doc);
const PxText         *px_document_get_text (const PxDocument *doc);
const PxCleaned      *px_document_get_cleaned (const PxDocument *doc);
const PxSegmentation *px_document_get_segmentation (const PxDocument *doc);

/* Runs the extractors over the document's sentences (again, if it was
 * extracted before). */
void        px_document_extract (PxDocument *doc, const PxExtractRules *rules);
/* NULL until px_document_extract().  (transfer none) */
const PxExtraction   *px_document_get_extraction (const PxDocument *doc);

/* Words in the body (story ranges only). */
guint       px_document_count_words (const PxDocument *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxDocument, px_document_free)

G_END_DECLS
