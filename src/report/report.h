/* report.h: what parallax shows an analyst, in four formats.
 *
 * Every renderer reads the same documents and writes the same findings;
 * only the form differs:
 *
 * - text: for a terminal, readable when piped;
 * - md: for pasting into briefs and issue trackers;
 * - json: for programs (schema: docs/inspect.md and docs/report.md), every
 *   span a byte offset into the file as the user has it;
 * - html: one self-contained file (inline CSS, no scripts, no network
 *   requests, every input string escaped) to attach to a brief.
 *
 * Renderers return the whole output in memory; writing it (atomically) is
 * the caller's job, so a failure never leaves a partial file.
 */
#pragma once

#include <glib.h>

#include "align/align.h"
#include "run/run.h"

G_BEGIN_DECLS

/* What `parallax inspect` shows: for each document, the body range, the
 * trimmed ranges with their rules, and the sentences.  Text and JSON only;
 * JSON is one object for one document, an array for several.
 * (transfer full) */
char *px_report_inspect (PxFormat format, const PxRules *rules, PxDocument *const *docs,
                         guint n_docs, gsize *len, GError **error);

/* What `parallax extract` shows: each document's body, entities with
 * their mentions, dates, quotes and numbers.  The documents must have been
 * extracted.  Text or JSON: one object for one document, an array for
 * several, or with @lines one compact object per line (schema:
 * docs/extract.md).  (transfer full) */
char *px_report_extract (PxFormat format, gboolean lines, PxDocument *const *docs, guint n_docs,
                         gsize *len, GError **error);

/* px_report_extract() one document at a time, for more documents than
 * memory holds: the part of the whole that is document @i's of @n_docs,
 * with the separators and, for the first and the last, what opens and
 * closes the whole, so that the parts for 0 .. @n_docs - 1 in order are
 * px_report_extract() of all of them, byte for byte.  (transfer full) */
char *px_report_extract_piece (PxFormat format, gboolean lines, PxDocument *doc, guint i,
                               guint n_docs, gsize *len, GError **error);

/* The report of a run: its documents and their comparison @cmp.
 * (transfer full) */
char *px_report_run (PxFormat format, const PxRun *run, const PxRules *rules,
                     PxDocument *const *docs, guint n_docs, const PxComparison *cmp,
                     gsize *len);

/* What `parallax compare` shows: the comparison's findings (JSON schema:
 * docs/compare.md).  (transfer full) */
char *px_report_compare (PxFormat format, const PxComparison *cmp, gsize *len);

/* How a text report is laid out for where it goes; the other formats
 * ignore it. */
typedef struct {
  guint width;              /* the columns its tables fit in */
  gboolean colour;          /* ANSI colours on top of the textual markers */
  char run_date[32];        /* text, md, html: when the report was made, for
                               the header; empty: not shown.  JSON never has
                               it, so that it stays the same bytes. */
} PxReportStyle;

/* Sets @style's run date to now, or to $SOURCE_DATE_EPOCH (seconds since
 * 1970, UTC) when set, so that a report can be reproduced byte for byte. */
void px_report_style_set_run_date (PxReportStyle *style);

/* The style for standard output: $COLUMNS, else its terminal's width,
 * else 100; colour only when it is a terminal and NO_COLOR is unset or
 * empty.  px_report_run() and px_report_compare() use this width and no
 * colour, since they do not know where their output goes. */
PxReportStyle px_report_style_for_stdout (void);

/* px_report_run() and px_report_compare() in @style.  (transfer full) */
char *px_report_run_styled (PxFormat format, const PxRun *run, const PxRules *rules,
                            PxDocument *const *docs, guint n_docs, const PxComparison *cmp,
                            const PxReportStyle *style, gsize *len);
char *px_report_compare_styled (PxFormat format, const PxComparison *cmp,
                                const PxReportStyle *style, gsize *len);

G_END_DECLS
