/* comparison.h: private to src/align; the PxComparison under construction,
 * shared by the files that each fill one part of it. */
#pragma once

#include "align/align-private.h"

struct _PxComparison {
  const PxCompareRules *rules;
  const PxClaimRules *claim_rules;
  PxDocument *const *docs;      /* borrowed */
  guint n;
  int primary;
  gboolean rollup;
  guint n_threads;
  gboolean all_pairs;           /* few enough documents to compare every pair fully */
  gboolean claims_aligned;      /* against the primary, or every witness's against all */

  GArray **tokens;              /* per document: body tokens (element-type PxAlignToken) */
  GArray *source_tokens;        /* the primary's title and body, or NULL */
  guint *witness;
  guint n_witnesses;

  GArray *entities;             /* (element-type PxAlignedEntity) */
  PxPresence *presence;         /* every entity's presences, entity-major */
  GArray **adds, **omits;

  GArray *quotes;               /* (element-type PxQuoteFidelity) */
  GPtrArray *diffs;             /* owns the quotes' diffs */
  GArray *echoes;               /* (element-type PxEcho) */

  PxClaims **claims;
  GArray *aligned_claims;       /* (element-type PxAlignedClaim) */
  GPtrArray *carriages;         /* owns the carriage arrays */
  GPtrArray *claim_matches;     /* owns the PxClaimMatch arrays carriages borrow from */

  PxPeriod *periods;
  PxPeriod reference_period;
  GArray *agreements;           /* (element-type PxDateAgreement) */
  GArray *mismatches;           /* (element-type PxEventMismatch) */

  GArray **dates_added, **dates_omitted;     /* per document (element-type guint) */
  GArray **numbers_added, **numbers_omitted;

  GArray *reuse;                /* (element-type PxReusePair) */
  GArray *pairs;                /* (element-type PxDocumentPair) */
};

/* Whether documents @a and @b are one witness. */
static inline gboolean
px_same_witness (const PxComparison *cmp, guint a, guint b)
{
  return cmp->witness[a] == cmp->witness[b];
}

/* The id of the entity @mention stands for, rolled up through metonym_of
 * when the comparison says so; the entity's name and type with it. */
G_GNUC_INTERNAL
const char *px_compare_mention_id (const PxComparison *cmp, const PxDocument *doc,
                                   const PxMention *mention, const char **name,
                                   PxEntityType *type);

/* A date precise enough to agree or disagree with another: a day, a week
 * or a month, resolved. */
G_GNUC_INTERNAL
gboolean px_compare_date_is_specific (const PxDate *date);
/* Both specific, and their intervals overlap. */
G_GNUC_INTERNAL
gboolean px_compare_dates_agree (const PxDate *a, const PxDate *b);

/* Each part, in the order px_compare() runs them. */
G_GNUC_INTERNAL void px_compare_reuse (PxComparison *cmp);
G_GNUC_INTERNAL void px_compare_entities (PxComparison *cmp);
G_GNUC_INTERNAL void px_compare_quotes (PxComparison *cmp);
G_GNUC_INTERNAL void px_compare_claims (PxComparison *cmp);
G_GNUC_INTERNAL void px_compare_dates (PxComparison *cmp);
G_GNUC_INTERNAL void px_compare_facts (PxComparison *cmp);
G_GNUC_INTERNAL void px_compare_pairs (PxComparison *cmp);

#define PX_COMPARE_N_PARTS 7

/* "reuse", "entities", "quotes", "claims", "dates", "facts", "pairs". */
G_GNUC_INTERNAL const char *px_compare_part_name (guint part);

/* px_compare(), which also writes the wall-clock milliseconds each part
 * took to @part_ms (PX_COMPARE_N_PARTS of them) unless it is NULL: what
 * bench/bench-compare reports. */
G_GNUC_INTERNAL
PxComparison *px_compare_timed (const PxCompareRules *rules, const PxClaimRules *claim_rules,
                                PxDocument *const *docs, guint n_docs,
                                const PxCompareOptions *options, double *part_ms);
