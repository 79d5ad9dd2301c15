/* fuzz-text.h: what the text fuzz targets share (ingest, quotes, numbers,
 * extract): the cleaning and segmenting rules, loaded once, bytes read as
 * parallax reads an article (ingest, clean, segment), and the checks of
 * what the extractors find. */
#pragma once

#include <stdint.h>

#include "clean/clean.h"
#include "extract/extract.h"
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

/* Aborts unless @n is a quantity as docs/numbers.md describes it: inside
 * one sentence, its counted noun inside it, a finite value with low <=
 * high, a percentage or money never counting a noun, and a currency a
 * three-letter code. */
void fuzz_check_number (const FuzzText *t, const PxNumber *n);

/* Aborts unless @q is non-empty, of a known kind, its span and its
 * speaker's valid, with an attribution rule exactly when a speaker was
 * found. */
void fuzz_check_quote (const FuzzText *t, const PxQuote *q);

G_END_DECLS
