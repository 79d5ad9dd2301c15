/* claims-private.h: what the files of src/claims share.
 *
 * - rules.c loads rules/claims.yaml into a PxClaimRules, read-only once
 *   loaded, so that many threads may extract and compare with one.
 * - claims.c reads the claims of a document; it opens its own stemmer
 *   for each call, since a Snowball stemmer keeps state while it stems.
 * - similarity.c scores pairs of claims and aligns two documents.
 */
#pragma once

#include "claims/claims.h"

G_BEGIN_DECLS

/* The parts of a claim px_claim_similarity() weighs, in the order of
 * PxClaimRules.weights. */
typedef enum {
  PX_CLAIM_PART_TERMS,
  PX_CLAIM_PART_ENTITIES,
  PX_CLAIM_PART_NUMBERS,
  PX_CLAIM_PART_DATES,
} PxClaimPart;

#define PX_CLAIM_N_PARTS (PX_CLAIM_PART_DATES + 1)

struct _PxClaimRules {
  char *language;                 /* owned: a libstemmer algorithm name */
  guint min_terms;
  guint speaker_gap;
  gboolean keep_questions;
  double weights[PX_CLAIM_N_PARTS];
  double agree, partial;          /* 0 < partial <= agree <= 1 */
  GHashTable *reporting_verbs;    /* owned sets of lower-case words */
  GHashTable *determiners;
  GHashTable *verbs;
  GHashTable *stop_words;
};

/* One string of a claim's part, with its hash. */
typedef struct {
  guint64 hash;
  const char *string;           /* borrowed from the claim's arrays */
} PxClaimKey;

/* A claim's parts as px_claim_similarity() merges them: each part's
 * strings sorted by hash, so that two parts are compared by integers and
 * a string compared only when two hashes are equal.  Part p is keys
 * [p ? end[p - 1] : 0, end[p]). */
struct _PxClaimKeys {
  guint end[PX_CLAIM_N_PARTS];
  gboolean unique;              /* no two strings of one part share a hash */
  PxClaimKey keys[];
};

/* (transfer full): free with g_free(). */
G_GNUC_INTERNAL PxClaimKeys *px_claim_keys_new (const PxClaim *claim);

/* One string of one part of one claim of a document. */
typedef struct {
  guint64 hash;
  const char *string;           /* borrowed from the claim's arrays */
  guint32 claim;
  guint32 part;
} PxClaimsKey;

struct _PxClaims {
  const PxDocument *doc;        /* borrowed */
  GArray *claims;               /* owned (element-type PxClaim), with claim_clear */
  /* Every claim's keys, sorted by (part, hash, claim), so that aligning
   * two documents finds the claims that share a string by one merge
   * instead of comparing every claim with every claim. */
  PxClaimsKey *keys;            /* owned */
  guint n_keys;
  gboolean unique;              /* every claim's PxClaimKeys.unique */
};

/* Fills @claims->keys once its claims are read. */
G_GNUC_INTERNAL void px_claims_index_keys (PxClaims *claims);

/* The names of the parts as rules/claims.yaml spells them. */
G_GNUC_INTERNAL const char *px_claim_part_key (PxClaimPart part);

G_END_DECLS
