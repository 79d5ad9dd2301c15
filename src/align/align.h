/* align.h: the comparison: what outlets agree on, add, omit and alter.
 *
 * px_compare() takes extracted documents and lines them up against a
 * primary source, or, without one, against the consensus: what a majority
 * of the independent witnesses carry.  A document that republishes another
 * (its text reuse above rules/compare.yaml's threshold) is one witness with
 * it, not a second opinion.
 *
 * What it aligns:
 * - entities by identity (optionally rolled up through metonym_of), with
 *   each document's count and first mention, and per document the
 *   entities it adds and omits, most salient first;
 * - quotes, each searched in the whole primary (title included) with a
 *   token-level alignment that treats U.S./US/United States, quote marks,
 *   punctuation and case as equal and honours elisions: a verdict, the
 *   primary's words, and a word-level diff;
 * - claims (src/claims), one-to-many, with agree / partial / absent;
 * - dates on one timeline: agreement, conflicts, and documents whose
 *   dates sit in another period (an event mismatch);
 * - text reuse between every pair of documents, with the shared passages.
 *
 * Every span in the results is a span of a document's normalised text;
 * px_text_original_span() maps it to the file.  Thresholds and token
 * equivalences come from rules/compare.yaml.
 */
#pragma once

#include <glib.h>

#include "claims/claims.h"
#include "run/run.h"

G_BEGIN_DECLS

typedef struct _PxCompareRules PxCompareRules;

PxCompareRules *px_compare_rules_load         (const char *path, GError **error);
/* rules/compare.yaml from px_data_dir().  (transfer full) */
PxCompareRules *px_compare_rules_load_default (GError **error);
void            px_compare_rules_free         (PxCompareRules *rules);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxCompareRules, px_compare_rules_free)

/* ### Quote fidelity */

typedef enum {
  PX_VERDICT_VERBATIM,
  PX_VERDICT_VERBATIM_WITH_ELISION,
  PX_VERDICT_ALTERED,
  PX_VERDICT_ABSENT,
  PX_VERDICT_ABSENT_OTHER_SPEAKER,
} PxVerdict;

/* "verbatim", "verbatim_with_elision", "altered", "absent",
 * "absent_other_speaker". */
const char *px_verdict_name (PxVerdict verdict);

typedef enum {
  PX_EDIT_EQUAL,            /* the same words (up to the equivalences) */
  PX_EDIT_INSERT,           /* words the quote has and the source lacks */
  PX_EDIT_DELETE,           /* words of the source the quote leaves out */
  PX_EDIT_SUBSTITUTE,       /* the quote's words in place of the source's */
  PX_EDIT_ELISION,          /* source words the quote marks as left out */
} PxEditKind;

/* "equal", "insert", "delete", "substitute", "elision". */
const char *px_edit_kind_name (PxEditKind kind);

/* One step of a word-level diff, a plain value: a run of words of the
 * quote and the run of the source's words it stands for (either empty). */
typedef struct {
  PxEditKind kind;
  PxSpan quote;             /* the quoting document's normalised text */
  PxSpan source;            /* the source document's normalised text */
} PxEdit;

G_END_DECLS
