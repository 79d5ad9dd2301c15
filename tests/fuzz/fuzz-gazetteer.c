/* fuzz-gazetteer.c: libFuzzer target for the gazetteer's three parsers.
 *
 * The first byte picks what the rest is: a bulk TSV file, a curated YAML
 * file, or a compiled cache.  Any bytes either are refused with a GError
 * or give a gazetteer that matches text without reading out of bounds.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include <glib/gstdio.h>

#include "gazetteer/gazetteer.h"
#include "gazetteer/tables.h"

#define FUZZ_MAX_INPUT (256 * 1024)

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *scratch;

static void
remove_scratch (void)
{
  const char *names[] = { "g.tsv", "g.yaml", "g.pxg" };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (scratch, names[i], NULL);
      g_unlink (path);
    }
  g_rmdir (scratch);
}

static const char *
scratch_dir (void)
{
  if (scratch == NULL)
    {
      scratch = g_dir_make_tmp ("parallax-fuzz-XXXXXX", NULL);
      g_assert_nonnull (scratch);
      atexit (remove_scratch);
    }
  return scratch;
}

static void
exercise (const PxGazetteer *gaz, const char *text, gsize len)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (PxNameMatch));
  px_gazetteer_match (gaz, text, len, found);
  for (guint k = 0; k < found->len; k++)
    {
      const PxNameMatch *m = &g_array_index (found, PxNameMatch, k);
      g_assert_cmpuint (m->span.start, <, m->span.end);
      g_assert_cmpuint (m->span.end, <=, len);
      g_assert_cmpuint (m->entity, <, px_gazetteer_n_entities (gaz));
      g_assert_nonnull (px_gazetteer_entity_field (gaz, m->entity, "id"));
    }
  for (guint e = 0; e < px_gazetteer_n_entities (gaz); e++)
    {
      g_assert_nonnull (px_gazetteer_entity_field (gaz, e, "name"));
      for (guint k = 0; k < px_gazetteer_entity_n_aliases (gaz, e); k++)
        g_assert_nonnull (px_gazetteer_entity_alias (gaz, e, k, NULL));
      for (guint k = 0; k < px_gazetteer_entity_n_member_of (gaz, e); k++)
        g_assert_cmpuint (px_gazetteer_entity_member_of (gaz, e, k), <,
                          px_gazetteer_n_entities (gaz));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static const char sample[] =
    "Japan’s envoy met the U.S. and South Korean teams in Tokyo; NATO's chief, Kim Jong-un.";
  if (size < 1 || size > FUZZ_MAX_INPUT)
    return 0;
  static const char *const names[] = { "g.tsv", "g.yaml", "g.pxg" };
  guint mode = data[0] % 3;
  g_autofree char *path = g_build_filename (scratch_dir (), names[mode], NULL);
  g_autofree guint8 *body = g_memdup2 (data + 1, size - 1);
  /* A cache is resealed, as a damage that keeps its checksum right
   * would be, so that the fuzzer reaches the checks behind it. */
  if (mode == 2 && size - 1 >= sizeof (PxgHeader))
    {
      PxgHeader header;
      memcpy (&header, body, sizeof header);
      header.checksum = px_tables_checksum (body, size - 1);
      memcpy (body, &header, sizeof header);
    }
  g_assert_true (g_file_set_contents (path, (const char *) body, (gssize) size - 1, NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(PxGazetteer) gaz = NULL;
  if (mode == 2)
    gaz = px_gazetteer_open_cache (path, NULL, &error);
  else
    {
      const char *paths[] = { path, NULL };
      gaz = px_gazetteer_load (paths, NULL, &error);
    }
  if (gaz == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == PX_ERROR);
      return 0;
    }
  exercise (gaz, sample, strlen (sample));
  /* The input as text, when it is text. */
  if (g_utf8_validate ((const char *) data + 1, (gssize) size - 1, NULL))
    exercise (gaz, (const char *) data + 1, size - 1);
  return 0;
}
