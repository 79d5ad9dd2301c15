/* fuzz-extract.c: libFuzzer target for the whole extraction of one
 * article (src/extract/extract.c) over ingest + clean + segment, with the
 * bundled gazetteer and rules: the entity rules (entities.c, the largest
 * reader of text), metadata, dates resolved against a fixed day, quotes
 * and numbers, and the links between them.  fuzz-gazetteer.c fuzzes the
 * gazetteer's files; this target fuzzes the text it is matched against.
 *
 * Any bytes either are refused with a GError or give mentions in text
 * order that never overlap, each of a known entity, with a rule, and
 * nested ones inside one of them; every entity mentioned; spans valid in
 * the normalised text and the original bytes; dates in order, each
 * resolved one a valid interval; quotes and quantities as their own
 * targets check them, and quote speakers that are known entities.
 */
#include "config.h"

#include <stdlib.h>

#include "extract/extract.h"
#include "fuzz-text.h"

static PxExtractRules *extract_rules;

static void
free_rules (void)
{
  g_clear_pointer (&extract_rules, px_extract_rules_free);
}

static void
load_rules_once (void)
{
  if (extract_rules != NULL)
    return;
  g_setenv ("PARALLAX_DATADIR", PX_ABS_TOP_SRCDIR, TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxNameRules) names = px_name_rules_load_default (&error);
  g_assert_no_error (error);
  PxGazetteerOptions options = { px_name_rules_caps_only_max_letters (names) };
  const char *paths[] = { PX_ABS_TOP_SRCDIR "/data/gazetteer", NULL };
  g_autoptr(PxGazetteer) gazetteer = px_gazetteer_load (paths, &options, &error);
  g_assert_no_error (error);
  extract_rules = px_extract_rules_load_default (gazetteer, &error);
  g_assert_no_error (error);
  atexit (free_rules);
}

/* Every entity has a mention; no outer mention overlaps the one before,
 * and each nested one lies inside an outer one. */
static void
check_entities (const FuzzText *t, const PxEntities *entities)
{
  const guint n_entities = px_entities_n_entities (entities);
  g_autofree gboolean *mentioned = g_new0 (gboolean, MAX (n_entities, 1));
  gsize last_end = 0;
  for (guint k = 0; k < px_entities_n_mentions (entities); k++)
    {
      const PxMention *m = px_entities_get_mention (entities, k);
      fuzz_text_check_span (t, m->span);
      g_assert_cmpuint (m->span.start, <, m->span.end);
      g_assert_cmpuint (m->span.start, >=, last_end);
      last_end = m->span.end;
      g_assert_cmpuint (m->entity, <, n_entities);
      g_assert_nonnull (m->rule);
      g_assert_false (m->nested);
      mentioned[m->entity] = TRUE;
    }
  for (guint k = 0; k < px_entities_n_nested (entities); k++)
    {
      const PxMention *m = px_entities_get_nested (entities, k);
      fuzz_text_check_span (t, m->span);
      g_assert_cmpuint (m->entity, <, n_entities);
      g_assert_true (m->nested);
      mentioned[m->entity] = TRUE;
      gboolean inside = FALSE;
      for (guint j = 0; j < px_entities_n_mentions (entities) && !inside; j++)
        inside = fuzz_span_inside (m->span, px_entities_get_mention (entities, j)->span);
      g_assert_true (inside);
    }
  for (guint e = 0; e < n_entities; e++)
    {
      const PxEntity *entity = px_entities_get_entity (entities, e);
      g_assert_true (mentioned[e]);
      g_assert_nonnull (entity->id);
      g_assert_nonnull (entity->name);
      g_assert_cmpint (entity->type, <, PX_ENTITY_N_TYPES);
    }
}

/* Dates in text order, not overlapping, each resolved one a valid
 * interval with a value. */
static void
check_dates (const FuzzText *t, GPtrArray *dates)
{
  gsize last_end = 0;
  for (guint k = 0; k < dates->len; k++)
    {
      const PxDate *d = dates->pdata[k];
      fuzz_text_check_span (t, d->span);
      g_assert_cmpuint (d->span.start, >=, last_end);
      last_end = d->span.end;
      if (d->value != NULL)
        {
          g_assert_true (g_date_valid (&d->start) && g_date_valid (&d->end));
          g_assert_cmpint (g_date_compare (&d->start, &d->end), <=, 0);
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(FuzzText) t = fuzz_text_read (data, size);
  if (t == NULL)
    return 0;
  load_rules_once ();
  PxDateContext context = { .order = PX_DATE_ORDER_DEFAULT };
  g_date_clear (&context.published, 1);
  g_date_set_dmy (&context.published, 20, G_DATE_JANUARY, 2025);
  g_autoptr(PxExtraction) x = px_extract (extract_rules, t->text, t->cleaned, t->seg, &context);
  const PxEntities *entities = px_extraction_get_entities (x);
  check_entities (t, entities);
  check_dates (t, px_extraction_get_dates (x));
  GPtrArray *quotes = px_extraction_get_quotes (x);
  for (guint k = 0; k < quotes->len; k++)
    {
      fuzz_check_quote (t, quotes->pdata[k]);
      guint speaker = px_extraction_quote_speaker (x, k);
      g_assert_true (speaker == G_MAXUINT || speaker < px_entities_n_entities (entities));
    }
  GPtrArray *numbers = px_extraction_get_numbers (x);
  for (guint k = 0; k < numbers->len; k++)
    fuzz_check_number (t, numbers->pdata[k]);
  return 0;
}
