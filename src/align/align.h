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

/* Replaces the threshold @name ("reuse.republication_ratio",
 * "dates.event_mismatch_days"...: the key's path in rules/compare.yaml)
 * with @value.  Fails, listing the names, on an unknown name or a value
 * out of range. */
gboolean px_compare_rules_override (PxCompareRules *rules, const char *name, double value,
                                    GError **error);

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

/* ### The comparison */

typedef struct {
  int primary;              /* index of the primary document; -1: compare
                               against the consensus */
  gboolean rollup_metonyms; /* a metonymic mention ("Tokyo opened a
                               mission") counts for what it stands for */
  guint n_threads;          /* 0: one per processor */
} PxCompareOptions;

typedef struct _PxComparison PxComparison;

/* Compares @docs (extracted, borrowed: they must outlive the result).
 * (transfer full) */
PxComparison *px_compare (const PxCompareRules *rules, const PxClaimRules *claim_rules,
                          PxDocument *const *docs, guint n_docs,
                          const PxCompareOptions *options);
void          px_comparison_free (PxComparison *cmp);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxComparison, px_comparison_free)

guint             px_comparison_n_documents (const PxComparison *cmp);
const PxDocument *px_comparison_get_document (const PxComparison *cmp, guint doc);
/* The primary's index, or -1 when compared against the consensus. */
int               px_comparison_get_primary (const PxComparison *cmp);
/* The document @doc is one witness with: the first listed of the
 * documents that republish one another (itself when it stands alone). */
guint             px_comparison_get_witness (const PxComparison *cmp, guint doc);
guint             px_comparison_n_witnesses (const PxComparison *cmp);
gboolean          px_comparison_rolls_up_metonyms (const PxComparison *cmp);

/* ### Entities */

/* Where one document mentions an entity, a plain value. */
typedef struct {
  guint doc;
  guint count;              /* at least 1 */
  PxSpan first;             /* the first mention, normalised text */
  double salience;          /* in this document */
} PxPresence;

/* An entity across the documents, a plain value. */
typedef struct {
  const char *id;
  const char *canonical;
  PxEntityType type;
  double salience;          /* over all documents */
  gboolean reference;       /* in the primary, or in the consensus */
  /* Only the documents that mention it, by document: a comparison of
   * many documents is sparse. */
  guint n_present;
  const PxPresence *present;
} PxAlignedEntity;

/* Where @doc mentions @entity, or NULL where it does not.  (transfer none) */
const PxPresence *px_aligned_entity_in (const PxAlignedEntity *entity, guint doc);

/* Most salient first.  (transfer none) */
guint                  px_comparison_n_entities (const PxComparison *cmp);
const PxAlignedEntity *px_comparison_get_entity (const PxComparison *cmp, guint i);

/* What @doc adds (mentioned there and not in the reference) and omits
 * (in the reference, not there), as indices into the entities, most
 * salient in the document that has them first; empty for the primary.
 * (element-type guint) (transfer none) */
const GArray *px_comparison_get_adds  (const PxComparison *cmp, guint doc);
const GArray *px_comparison_get_omits (const PxComparison *cmp, guint doc);

/* ### Quotes */

/* A quote of one document checked against the primary (or, without one,
 * the other witnesses), a plain value. */
typedef struct {
  guint doc;
  guint quote;              /* index into the document's quotes */
  const char *speaker;      /* entity id of who it is credited to, or NULL */
  PxVerdict verdict;
  int source_doc;           /* the document it was found in, or -1 */
  PxSpan source;            /* there, normalised text; empty when absent */
  double score;
  const GArray *diff;       /* (element-type PxEdit); NULL unless altered or elided */
  gboolean echo;            /* absent, but opens like one of the source's
                               sentences: a stock phrase */
  int echo_doc;
  PxSpan echo_source;
} PxQuoteFidelity;

/* In document order, then text order.  (transfer none) */
guint                  px_comparison_n_quotes (const PxComparison *cmp);
const PxQuoteFidelity *px_comparison_get_quote (const PxComparison *cmp, guint i);

/* A sentence of a report, outside any quote, that opens with the words
 * one of the primary's sentences opens with (RT's "All facts clearly show
 * ..." against KCNA's "All facts clearly prove ..."): a stock phrase
 * echoed, not a quote, a plain value. */
typedef struct {
  guint doc;
  PxSpan sentence;          /* normalised text of @doc */
  PxSpan source;            /* the primary's words it echoes */
} PxEcho;

/* Only with a primary.  (transfer none) */
guint         px_comparison_n_echoes (const PxComparison *cmp);
const PxEcho *px_comparison_get_echo (const PxComparison *cmp, guint i);

/* ### Claims */

/* How one document carries a claim of the reference document. */
typedef struct {
  PxClaimVerdict verdict;
  double score;
  int claim;                /* that document's best matching claim, or -1 */
  gboolean quoted;          /* a quote of that document is taken from it */
  gboolean date_conflict;   /* both date the claim to a day, week or month,
                               and no two of those dates overlap */
  const GPtrArray *only_reference, *only_here;   /* what differs (partial) */
} PxClaimCarriage;

typedef struct {
  guint doc;                /* the document the claim is from */
  guint claim;              /* index into its claims */
  const PxClaimCarriage *carriage;   /* one per document (the claim's own:
                                        agree with itself) */
} PxAlignedClaim;

/* Up to this many documents, every pair is compared fully (claim
 * overlap, dates), and without a primary every witness's claims are
 * aligned with every document; beyond, both would grow with the square
 * of the documents. */
#define PX_COMPARE_ALL_PAIRS_MAX 200

/* Whether claims were aligned: always with a primary; without one, only
 * up to PX_COMPARE_ALL_PAIRS_MAX documents (else there are none). */
gboolean              px_comparison_aligns_claims (const PxComparison *cmp);

/* The claims of the primary, or without one, of every witness, in order.
 * (transfer none) */
guint                 px_comparison_n_claims (const PxComparison *cmp);
const PxAlignedClaim *px_comparison_get_claim (const PxComparison *cmp, guint i);
const PxClaims       *px_comparison_get_claims (const PxComparison *cmp, guint doc);

/* ### Dates and the event */

/* A document's period: its publication date, else the span of its dates. */
typedef struct {
  GDate start, end;         /* invalid when unknown */
  const char *basis;        /* "published" or "dates" */
} PxPeriod;

const PxPeriod *px_comparison_get_period (const PxComparison *cmp, guint doc);
/* The period the comparison is about: the primary's, or the consensus's. */
const PxPeriod *px_comparison_get_reference_period (const PxComparison *cmp);

/* Two dates of two documents whose intervals overlap, a plain value. */
typedef struct {
  guint doc_a, date_a;      /* indices into each document's dates */
  guint doc_b, date_b;
} PxDateAgreement;

guint                  px_comparison_n_date_agreements (const PxComparison *cmp);
const PxDateAgreement *px_comparison_get_date_agreement (const PxComparison *cmp, guint i);

/* A document about another event.  (transfer none) */
typedef struct {
  guint doc;
  char *reason;             /* a sentence an analyst can paste */
  gint64 days;              /* from the reference period, signed */
} PxEventMismatch;

guint                  px_comparison_n_mismatches (const PxComparison *cmp);
const PxEventMismatch *px_comparison_get_mismatch (const PxComparison *cmp, guint i);
/* @doc's mismatch, or NULL when it reports the reference's event. */
const PxEventMismatch *px_comparison_find_mismatch (const PxComparison *cmp, guint doc);

/* ### Dates and numbers one document has and the reference lacks */

/* Dates (indices into @doc's dates) that no reference document has: no
 * date of a day, week or month there overlaps them; and numbers (indices
 * into @doc's numbers) of a quantity no reference document gives.  The
 * reference is the primary; without one, every other witness.
 * (element-type guint) (transfer none) */
const GArray *px_comparison_get_added_dates   (const PxComparison *cmp, guint doc);
const GArray *px_comparison_get_added_numbers (const PxComparison *cmp, guint doc);
/* The primary's dates and numbers @doc lacks (indices into the primary's);
 * empty without a primary.  (element-type guint) (transfer none) */
const GArray *px_comparison_get_omitted_dates   (const PxComparison *cmp, guint doc);
const GArray *px_comparison_get_omitted_numbers (const PxComparison *cmp, guint doc);

/* ### Text reuse and pairs */

typedef struct {
  PxSpan a, b;              /* normalised text of each document */
  guint words;
} PxSharedPassage;

typedef struct {
  guint a, b;               /* a < b */
  double reuse;             /* share of the shorter one's words shared */
  double reuse_a, reuse_b;
  const GArray *passages;   /* (element-type PxSharedPassage) */
  gboolean republication;   /* reuse above the rules' ratio: one witness */
  double entity_jaccard;
  double claim_overlap;     /* share of both documents' claims the other carries;
                               negative when not computed */
} PxDocumentPair;

/* Every pair (a < b), in order.  (transfer none) */
guint                 px_comparison_n_pairs (const PxComparison *cmp);
const PxDocumentPair *px_comparison_get_pair (const PxComparison *cmp, guint i);

G_END_DECLS
