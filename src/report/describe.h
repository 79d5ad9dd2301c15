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

/* The document's name for headings and sentences: its outlet, else its
 * file's base name.  (transfer none) */
G_GNUC_INTERNAL
const char *px_describe_name (const PxDocument *doc);

/* The document's file as the user named it (run file or command line).
 * (transfer none) */
G_GNUC_INTERNAL
const char *px_describe_file (const PxDocument *doc);

/* Bytes of the body that cleaning trimmed, summed. */
G_GNUC_INTERNAL
gsize px_describe_trimmed_bytes (const PxDocument *doc);

/* The renderers px_report_inspect(), px_report_run() and
 * px_report_compare() dispatch to. */
G_GNUC_INTERNAL
char *px_report_inspect_json (const PxRules *rules, PxDocument *const *docs, guint n_docs,
                              gsize *len);
G_GNUC_INTERNAL
char *px_report_inspect_text (const PxRules *rules, PxDocument *const *docs, guint n_docs,
                              gsize *len);
G_GNUC_INTERNAL
char *px_report_run_json (const PxRun *run, const PxRules *rules, PxDocument *const *docs,
                          guint n_docs, const PxComparison *cmp, gsize *len);
/* JSON members every renderer writes the same way: a string or null, a
 * whole number. */
G_GNUC_INTERNAL
void px_json_member_string (JsonBuilder *b, const char *name, const char *value);
G_GNUC_INTERNAL
void px_json_member_int (JsonBuilder *b, const char *name, gint64 value);

/* A pretty-printed JSON object written a member, or an element of an
 * array member, at a time (json-writer.c), so that a large report never
 * holds its whole tree; the bytes are those px_report_json_finish ()
 * prints for the whole.  Members go into px_json_writer_builder () and
 * are printed by px_json_writer_flush (); an array member is opened by
 * px_json_writer_begin_array (), takes one value into the builder per
 * px_json_writer_end_element (), and is closed by
 * px_json_writer_end_array ().  Names are plain (no quote, no backslash). */
typedef struct _PxJsonWriter PxJsonWriter;
G_GNUC_INTERNAL
PxJsonWriter *px_json_writer_new (void);
G_GNUC_INTERNAL
JsonBuilder *px_json_writer_builder (PxJsonWriter *w);
G_GNUC_INTERNAL
void px_json_writer_flush (PxJsonWriter *w);
G_GNUC_INTERNAL
void px_json_writer_begin_array (PxJsonWriter *w, const char *name);
G_GNUC_INTERNAL
void px_json_writer_end_element (PxJsonWriter *w);
G_GNUC_INTERNAL
void px_json_writer_end_array (PxJsonWriter *w);
/* The text, with a final newline; frees @w.  (transfer full) */
G_GNUC_INTERNAL
char *px_json_writer_finish (PxJsonWriter *w, gsize *len);
G_GNUC_INTERNAL
void px_json_writer_free (PxJsonWriter *w);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxJsonWriter, px_json_writer_free)

/* Pretty-prints what @b built, with a final newline.  (transfer full) */
G_GNUC_INTERNAL
char *px_report_json_finish (JsonBuilder *b, gsize *len);
/* The comparison's findings as members of the object @b is building:
 * "reference", "entities", "coverage", "quotes", "claims", "dates",
 * "event", "reuse", "pairwise" (docs/compare.md). */
G_GNUC_INTERNAL
void px_report_add_comparison_json (PxJsonWriter *w, const PxRun *run, const PxComparison *cmp);
G_GNUC_INTERNAL
char *px_report_compare_json (const PxComparison *cmp, gsize *len);
G_GNUC_INTERNAL
char *px_report_extract_json (PxDocument *const *docs, guint n_docs, gboolean lines,
                              gsize *len);
G_GNUC_INTERNAL
char *px_report_extract_text (PxDocument *const *docs, guint n_docs, gsize *len);

/* ### The reports for people (text, md, html)
 *
 * `parallax run` and `parallax compare` write the same report through the
 * same code: a run adds its title, analyst and notes, and the cleaning
 * rules that say why each piece of page chrome was cut. */

typedef struct {
  const PxRun *run;             /* may be NULL: `parallax compare` */
  const PxRules *rules;         /* may be NULL: chrome without its rule's why */
  const PxComparison *cmp;
  guint width;                  /* text: the columns tables must fit in */
  gboolean colour;              /* text: ANSI colours on top of the markers */
  const char *run_date;         /* "2025-01-20 10:33 UTC", or NULL */
} PxReportView;

/* Text and Markdown share one renderer: @markdown picks the form. */
G_GNUC_INTERNAL
char *px_report_compare_text (const PxReportView *view, gboolean markdown, gsize *len);
G_GNUC_INTERNAL
char *px_report_compare_html (const PxReportView *view, gsize *len);

/* The report's title: the run's, else "Comparison of N documents".
 * (transfer full) */
G_GNUC_INTERNAL
char *px_describe_title (const PxReportView *view);

/* "KCNA's", "The Washington Times'".  (transfer full) */
G_GNUC_INTERNAL
char *px_describe_possessive (const char *name);

/* The canonical name of the compared entity @id, else @id.  (transfer none) */
G_GNUC_INTERNAL
const char *px_describe_entity (const PxComparison *cmp, const char *id);

/* The summary: sentences an analyst can paste, plain text, generated
 * from the findings in a fixed order.  (transfer full) (element-type char*) */
G_GNUC_INTERNAL
GPtrArray *px_report_summary (const PxComparison *cmp);

/* One step of a quote's word diff, as text to show. */
typedef struct {
  PxEditKind kind;
  char *quote;                  /* the quote's words; NULL when none */
  char *source;                 /* the source's words; NULL when none */
  guint source_words;           /* how many words @source has */
} PxDiffPiece;

/* The diff of @q (altered or elided) as pieces, in order.
 * (transfer full) (element-type PxDiffPiece) */
G_GNUC_INTERNAL
GArray *px_describe_diff (const PxComparison *cmp, const PxQuoteFidelity *q);

/* Whether the date @i of @doc agrees with a date, as precise or more, of
 * a document that is another witness. */
G_GNUC_INTERNAL
gboolean px_describe_date_shared (const PxComparison *cmp, guint doc, guint i);

/* What differs between two claims (@items: stems and entity ids of
 * @claim, as PxClaimCarriage lists them) in words: each stem as the word
 * of @claim it was stemmed from, each entity by its name; "a, b, c", at
 * most @max (0: all) and "and N more".  (transfer full) */
G_GNUC_INTERNAL
char *px_describe_claim_items (const PxComparison *cmp, const PxClaim *claim,
                               const GPtrArray *items, guint max);

/* Why a comparison has no claims table when it aligned none (too many
 * documents without a primary), or NULL when it did.  (transfer full) */
G_GNUC_INTERNAL
char *px_describe_claims_skipped (const PxComparison *cmp);

/* Date @i of @doc as '2025-01-16 ("On Jan. 16")', or its words alone
 * when unresolved.  (transfer full) */
G_GNUC_INTERNAL
char *px_describe_date (const PxDocument *doc, guint i);

/* "2025-01-16 (\"On Jan. 16\"); ..." of the dates @list indexes in @doc,
 * or of the numbers' words: each item once ("2025-01-20 (\"on Monday\")
 * twice"), at most @max items (0: all) and "and N more".  @n_items, when
 * not NULL, gets the number of items.  (transfer full) */
G_GNUC_INTERNAL
char *px_describe_dates (const PxDocument *doc, const GArray *list, guint max, guint *n_items);
G_GNUC_INTERNAL
char *px_describe_numbers (const PxDocument *doc, const GArray *list, guint max,
                           guint *n_items);

/* The longest passage @pair shares, or NULL when it shares none.
 * (transfer none) */
G_GNUC_INTERNAL
const PxSharedPassage *px_describe_longest_passage (const PxDocumentPair *pair);

/* "2025-01-20 (published)", "2025-01-14 to 2025-01-20 (its dates)", or
 * "unknown".  (transfer full) */
G_GNUC_INTERNAL
char *px_describe_period (const PxPeriod *period);

/* The lowercase hex SHA-256 of @doc's file as read.  (transfer full) */
G_GNUC_INTERNAL
char *px_describe_document_sha256 (const PxDocument *doc);

/* A rules file a comparison was read with, for the manifest. */
typedef struct {
  const char *name;             /* "rules/compare.yaml", or the run's own file */
  char *sha256;                 /* NULL when it cannot be read */
} PxRulesFile;

/* Every rules file, in a fixed order: the bundled ones, except where
 * @run (may be NULL) names its own; then the gazetteer @cmp's documents
 * were read with, by the hash of its sources and options.
 * (transfer full) (element-type PxRulesFile) */
G_GNUC_INTERNAL
GArray *px_describe_rules_files (const PxRun *run, const PxComparison *cmp);

/* "reuse.republication_ratio = 0.7; ..." of @run's thresholds, or NULL
 * when it sets none.  (transfer full) */
G_GNUC_INTERNAL
char *px_describe_thresholds (const PxRun *run);

/* The terminal width a text report fits: $COLUMNS, else standard output's
 * window when it is a terminal, else 100. */
G_GNUC_INTERNAL
guint px_describe_width (void);

/* ### Tables for text and Markdown (table.c) */

typedef struct _PxTable PxTable;

/* A table with @n_columns columns, whose headers are @headers.
 * (transfer full) */
G_GNUC_INTERNAL
PxTable *px_table_new (guint n_columns, const char *const *headers);
G_GNUC_INTERNAL
void     px_table_free (PxTable *table);
/* Right-aligns @column, and never wraps it. */
G_GNUC_INTERNAL
void     px_table_set_numeric (PxTable *table, guint column);
/* Gives @column a larger share of the width: the table's main text. */
G_GNUC_INTERNAL
void     px_table_set_wide (PxTable *table, guint column);
/* Appends a row of n_columns cells (copied; NULL shows as "-"). */
G_GNUC_INTERNAL
void     px_table_add_row (PxTable *table, const char *const *cells);
/* Appends the table: as a GitHub-flavoured Markdown table, or as text in
 * @width columns, wrapping cells at spaces.  ANSI colour sequences in
 * cells take no columns. */
G_GNUC_INTERNAL
void     px_table_render (const PxTable *table, gboolean markdown, guint width, GString *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxTable, px_table_free)

/* A Markdown table cell or line of text: "|", "<", "*", "_", "`" and "\"
 * escaped, line breaks as spaces.  (transfer full) */
G_GNUC_INTERNAL
char *px_markdown_escape (const char *text);

/* ### HTML pieces (html.c) */

/* Appends @text escaped for an HTML text node or a quoted attribute value:
 * markup characters as entities, and each Unicode bidirectional embedding,
 * override or isolate (U+202A-U+202E, U+2066-U+2069) replaced by a visible
 * "[U+202E]", so an input cannot reorder what the page shows.  NULL shows
 * as a dash. */
G_GNUC_INTERNAL
void px_html_escape (GString *out, const char *text);
/* @open, then @text escaped, then @close. */
G_GNUC_INTERNAL
void px_html_tag (GString *out, const char *open, const char *text, const char *close);
/* The document up to and including <body>, with the Content-Security-
 * Policy and the style sheet, titled @title. */
G_GNUC_INTERNAL
void px_html_begin (GString *out, const char *title);
/* The documents table, each story's text, the trimmed chrome and the
 * manifest: what run and comparison reports share. */
G_GNUC_INTERNAL
void px_html_documents (GString *out, const PxComparison *cmp);
G_GNUC_INTERNAL
void px_html_texts (GString *out, const PxComparison *cmp);
G_GNUC_INTERNAL
void px_html_appendix (GString *out, const PxReportView *view);
G_GNUC_INTERNAL
void px_html_manifest (GString *out, const PxReportView *view);
