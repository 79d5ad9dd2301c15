/* claims.h: who asserts what, one record per asserting sentence.
 *
 * A claim is what one sentence of a body asserts, reduced to what can be
 * compared across outlets that word it differently: who is credited
 * (the speaker), the predicate, the entities, dates and numbers it names,
 * and its content terms, stemmed (Snowball, through libstemmer) so that
 * "opened", "opening" and "opens" are one term.  Stop words, the stemmer's
 * language, the weights of each part and the verdict thresholds live in
 * rules/claims.yaml.
 *
 * A sentence asserts unless it is a question (kept only when the rules
 * say so) or a fragment with fewer content terms than the rules' minimum.
 * Content terms leave out stop words, reporting verbs, numbers, and the
 * words of entity mentions and dates, which are compared as entities and
 * dates instead (so "U.S." and "United States" are one).  The speaker is
 * the entity a quote in the sentence is credited to, else the entity next
 * to a reporting verb ("KCNA said", "..., said Kim").
 *
 * Claims of two documents are aligned one-to-many: each claim of one is
 * matched with the claims of the other that carry it, and gets a verdict,
 * agree (the same assertion), partial (the same subject, the content
 * differs: which parts is said) or absent.
 *
 * Rules are read-only once loaded: any number of threads may extract,
 * compare and align with one PxClaimRules.  Details: docs/claims.md.
 */
#pragma once

#include <glib.h>

#include "run/run.h"

G_BEGIN_DECLS

typedef struct _PxClaimRules PxClaimRules;
/* What px_claim_similarity() compares, private to src/claims. */
typedef struct _PxClaimKeys PxClaimKeys;

PxClaimRules *px_claim_rules_load         (const char *path, GError **error);
/* rules/claims.yaml from px_data_dir().  (transfer full) */
PxClaimRules *px_claim_rules_load_default (GError **error);
void          px_claim_rules_free         (PxClaimRules *rules);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxClaimRules, px_claim_rules_free)

/* One assertion, a plain value owned by its PxClaims.  Strings and arrays
 * belong to the PxClaims; entity ids are borrowed from the document's
 * extraction, so a PxClaims must not outlive its document. */
typedef struct {
  PxSpan span;              /* normalised text: the sentence or clause */
  guint sentence;           /* index into the document's sentences */
  const char *speaker;      /* entity id of who is credited, or NULL */
  PxSpan speaker_span;      /* the words naming the speaker; empty when none */
  PxSpan predicate;         /* the asserting verb ("condemned"); empty when none */
  GPtrArray *entities;      /* (element-type const char*) entity ids, sorted, unique */
  GArray *dates;            /* (element-type guint) indices into the extraction's dates */
  GArray *numbers;          /* (element-type guint) indices into the extraction's numbers */
  GPtrArray *terms;         /* (element-type char*) stemmed content terms, sorted, unique */
  GPtrArray *words;         /* (element-type char*) for each term, at the same index, the
                               first word of the sentence it was stemmed from, lower-case */
  GPtrArray *date_keys;     /* (element-type char*) the dates as other documents' dates are
                               compared with them: the ISO value ("2025-01-13/2025-01-19"),
                               else the lower-case words ("shortly ago"); sorted, unique */
  GPtrArray *number_keys;   /* (element-type char*) the numbers' values: "80", "11000-13000",
                               "5%", "1.2e+09 USD"; sorted, unique */
  PxClaimKeys *keys;        /* private to src/claims: the four parts above, hashed */
} PxClaim;

typedef struct _PxClaims PxClaims;

/* The claims of @doc's body, in text order.  @doc must have been
 * extracted.  (transfer full) */
PxClaims      *px_claims_extract (const PxClaimRules *rules, const PxDocument *doc);
void           px_claims_free (PxClaims *claims);
guint          px_claims_n (const PxClaims *claims);
const PxClaim *px_claims_get (const PxClaims *claims, guint i);
/* The document the claims were read from.  (transfer none) */
const PxDocument *px_claims_get_document (const PxClaims *claims);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxClaims, px_claims_free)

/* How alike two claims are, in [0, 1]: the rules' weighted overlap of
 * their terms, entities, numbers and dates. */
double px_claim_similarity (const PxClaimRules *rules, const PxClaim *a, const PxClaim *b);

typedef enum {
  PX_CLAIM_AGREE,
  PX_CLAIM_PARTIAL,
  PX_CLAIM_ABSENT,
} PxClaimVerdict;

/* "agree", "partial", "absent". */
const char *px_claim_verdict_name (PxClaimVerdict verdict);

/* How one claim of a document is carried by another, a plain value. */
typedef struct {
  guint claim;              /* index into the first document's claims */
  PxClaimVerdict verdict;
  double score;             /* similarity of the best match; 0 when absent */
  GArray *matches;          /* (element-type guint) the other document's claims
                               that carry it, best first; empty when absent */
  /* For agree and partial, what differs from the best match: first the
   * terms (stems) one side has and the other lacks, sorted, then the
   * entity ids, sorted (an entity id is always in the claim's entities).
   * Empty when absent. */
  GPtrArray *only_here;     /* (element-type char*) terms and entity ids only in this claim */
  GPtrArray *only_there;    /* (element-type char*) terms and entity ids only in the match */
} PxClaimMatch;

/* Aligns every claim of @a with the claims of @b that carry it.
 * (transfer full) (element-type PxClaimMatch), one per claim of @a, in order. */
GPtrArray *px_claims_align (const PxClaimRules *rules, const PxClaims *a, const PxClaims *b);

/* How many claims of @a are carried by @b (*@a_carried) and of @b by @a
 * (*@b_carried): the claims whose px_claims_align() verdict is not
 * absent, counted without building the alignments. */
void px_claims_count_carried (const PxClaimRules *rules, const PxClaims *a, const PxClaims *b,
                              guint *a_carried, guint *b_carried);

G_END_DECLS
