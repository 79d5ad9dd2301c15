/* fuzz-text.h: what the text fuzz targets share (ingest, quotes, numbers):
 * the cleaning and segmenting rules, loaded once, and bytes read as
 * parallax reads an article: ingest, clean, segment. */
#pragma once

#include <stdint.h>

#include "clean/clean.h"
#include "ingest/ingest.h"
#include "segment/segment.h"

G_BEGIN_DECLS

/* Inputs beyond this teach the fuzzer nothing new and slow it down. */
#define FUZZ_MAX_INPUT (256 * 1024)

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

typedef struct {
  PxText *text;
  PxCleaned *cleaned;
  PxSegmentation *seg;
  gsize normalized_len;
  gsize original_len;
} FuzzText;

/* @data read, cleaned and segmented; NULL when ingest or cleaning refuses
 * it with a GError (what bad bytes should get) or it is over
 * FUZZ_MAX_INPUT.  (transfer full) */
FuzzText *fuzz_text_read (const uint8_t *data, size_t size);
void      fuzz_text_free (FuzzText *t);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FuzzText, fuzz_text_free)

/* Aborts unless @span lies in the normalised text and maps to a range of
 * the original bytes. */
void fuzz_text_check_span (const FuzzText *t, PxSpan span);

/* The sentence that holds @span, or NULL. */
const PxSentence *fuzz_text_sentence_of (const FuzzText *t, PxSpan span);

gboolean fuzz_span_inside (PxSpan inner, PxSpan outer);

G_END_DECLS
