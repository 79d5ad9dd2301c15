/* normalize.h: private to src/ingest. */
#pragma once

#include "ingest/ingest.h"

/* One piece of the offset map: from here on, normalised bytes starting at
 * @norm come from original bytes starting at @orig; @copy says whether the
 * bytes are the same (so offsets inside map linearly) or rewritten. */
typedef struct {
  gsize norm;
  gsize orig;
  gboolean copy;
} PxTextSegment;

/* Writes the normal form of @data[@start, @len) to @out and its offset map
 * to @segments (PxTextSegment, with a final sentinel whose offsets are the
 * two ends).  @data has been validated for @encoding. */
G_GNUC_INTERNAL
void px_normalize (const char *data, gsize start, gsize len, PxEncoding encoding, GString *out,
                   GArray *segments);
