/* clean.h: separating the story from the page around it.
 *
 * A web capture is a story wrapped in page chrome: widgets, metadata lines,
 * credits, "Related Stories", reference lists.  Cleaning works on lines of
 * the normalised text and decides, for each, whether it is story, the
 * headline, or chrome, using the cues in rules/boilerplate.yaml:
 *
 * - line cues: a line matching a pattern is chrome (a weather reading, an
 *   aggregator's "Date: ... | Source: ..." line, a credit, an image);
 * - block cues: a marker ("Read more") and the short lines after it;
 * - tail cues: a marker after the story ("References", "More From ...")
 *   and everything after it;
 * - generic cues: lines repeated verbatim, runs of short lines, a headline
 *   and a standfirst above the story, a bare sign-off below it.
 *
 * Nothing is dropped silently: every trimmed range is kept with the name of
 * the rule that trimmed it, so a report can show what was cut and why.  The
 * headline is neither body nor chrome: it is kept apart, since a primary's
 * headline is still part of what a report may quote.
 *
 * All spans here are byte ranges of the normalised text (see ingest.h);
 * px_text_original_span() turns them into offsets into the user's file.
 */
#pragma once

#include <glib.h>

#include "ingest/ingest.h"
#include "util/util.h"

G_BEGIN_DECLS

typedef struct _PxCleanRules PxCleanRules;

/* Loads cue rules from a YAML file (format: docs/boilerplate.md).  Errors
 * name file:line:column.  (transfer full) */
PxCleanRules *px_clean_rules_load         (const char *path, GError **error);
/* rules/boilerplate.yaml from px_data_dir().  (transfer full) */
PxCleanRules *px_clean_rules_load_default (GError **error);
void          px_clean_rules_free         (PxCleanRules *rules);
/* The file the rules came from.  (transfer none) */
const char   *px_clean_rules_get_path     (const PxCleanRules *rules);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxCleanRules, px_clean_rules_free)

typedef struct _PxCleaned PxCleaned;

/* Cleans @text.  Fails with PX_ERROR_INPUT_EMPTY when nothing but chrome is
 * left.  (transfer full) */
PxCleaned  *px_clean (const PxCleanRules *rules, const PxText *text, GError **error);
void        px_cleaned_free (PxCleaned *cleaned);

/* From the first to the last byte of story (chrome inside it excepted). */
PxSpan      px_cleaned_get_body (const PxCleaned *cleaned);

/* The headline, if one was recognised. */
gboolean    px_cleaned_get_title (const PxCleaned *cleaned, PxSpan *out);

/* Trimmed ranges, in text order, each with the rule that trimmed it. */
guint       px_cleaned_n_trimmed (const PxCleaned *cleaned);
PxSpan      px_cleaned_get_trimmed (const PxCleaned *cleaned, guint i, const char **rule);

/* Story ranges: the body with trimmed ranges taken out, in text order. */
guint       px_cleaned_n_kept (const PxCleaned *cleaned);
PxSpan      px_cleaned_get_kept (const PxCleaned *cleaned, guint i);

/* A one-line description of what a rule cuts ("why"), from the rules file,
 * or NULL for a name it does not know.  (transfer none) */
const char *px_clean_rules_describe (const PxCleanRules *rules, const char *rule);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxCleaned, px_cleaned_free)

G_END_DECLS
