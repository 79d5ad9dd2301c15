/* describe.h: private to src/report; what every renderer says the same way. */
#pragma once

#include <json-glib/json-glib.h>

#include "report/report.h"

/* A span of the normalised text as a span of the user's file. */
G_GNUC_INTERNAL
PxSpan px_describe_original (const PxDocument *doc, PxSpan normalized);

/* The normalised text of @span, always valid UTF-8, with runs of
 * whitespace folded to one space.  At most @max_chars characters (0: no
 * limit), an ellipsis marking a cut.  (transfer full) */
G_GNUC_INTERNAL
char *px_describe_text (const PxDocument *doc, PxSpan span, guint max_chars);

/* The document's name for headings: its outlet, else its file name.
 * (transfer none) */
G_GNUC_INTERNAL
const char *px_describe_name (const PxDocument *doc);

/* The document's file as the user named it (run file or command line).
 * (transfer none) */
G_GNUC_INTERNAL
const char *px_describe_file (const PxDocument *doc);

/* Bytes of the body that cleaning trimmed, summed. */
G_GNUC_INTERNAL
gsize px_describe_trimmed_bytes (const PxDocument *doc);

/* The renderers px_report_inspect() and px_report_run() dispatch to. */
G_GNUC_INTERNAL
char *px_report_inspect_json (const PxRules *rules, PxDocument *const *docs, guint n_docs,
                              gsize *len);
G_GNUC_INTERNAL
char *px_report_inspect_text (const PxRules *rules, PxDocument *const *docs, guint n_docs,
                              gsize *len);
G_GNUC_INTERNAL
char *px_report_run_json (const PxRun *run, const PxRules *rules, PxDocument *const *docs,
                          guint n_docs, const PxComparison *cmp, gsize *len);
/* Pretty-prints what @b built, with a final newline.  (transfer full) */
G_GNUC_INTERNAL
char *px_report_json_finish (JsonBuilder *b, gsize *len);
/* Text and Markdown share one renderer: @markdown picks the form. */
G_GNUC_INTERNAL
char *px_report_run_text (const PxRun *run, const PxRules *rules, PxDocument *const *docs,
                          guint n_docs, gboolean markdown, gsize *len);
G_GNUC_INTERNAL
char *px_report_run_html (const PxRun *run, const PxRules *rules, PxDocument *const *docs,
                          guint n_docs, gsize *len);
/* The comparison's findings as members of the object @b is building:
 * "reference", "entities", "coverage", "quotes", "claims", "dates",
 * "event", "reuse", "pairwise" (docs/compare.md). */
G_GNUC_INTERNAL
void px_report_add_comparison_json (JsonBuilder *b, const PxComparison *cmp);
G_GNUC_INTERNAL
char *px_report_compare_json (const PxComparison *cmp, gsize *len);
/* The comparison for people: @run (may be NULL) gives the brief's title,
 * analyst and notes.  Text and Markdown share one renderer. */
G_GNUC_INTERNAL
char *px_report_compare_text (const PxRun *run, const PxComparison *cmp, gboolean markdown,
                              gsize *len);
G_GNUC_INTERNAL
char *px_report_compare_html (const PxRun *run, const PxComparison *cmp, gsize *len);
G_GNUC_INTERNAL
char *px_report_extract_json (PxDocument *const *docs, guint n_docs, gboolean lines,
                              gsize *len);
G_GNUC_INTERNAL
char *px_report_extract_text (PxDocument *const *docs, guint n_docs, gsize *len);
