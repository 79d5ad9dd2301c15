/* extract.c: every extractor over one document. */
#include "config.h"

#include "extract/extract.h"

struct _PxExtractRules {
  PxGazetteer *gazetteer;
  PxNameRules *names;
  PxDateRules *dates;
};

struct _PxExtraction {
  PxGazetteer *gazetteer;
  PxEntities *entities;
  GPtrArray *dates;
};

PxExtractRules *
px_extract_rules_load_default (PxGazetteer *gazetteer, GError **error)
{
  g_return_val_if_fail (gazetteer != NULL, NULL);
  g_autoptr(PxExtractRules) rules = g_new0 (PxExtractRules, 1);
  rules->gazetteer = px_gazetteer_ref (gazetteer);
  rules->names = px_name_rules_load_default (error);
  if (rules->names == NULL || !px_name_rules_check (rules->names, gazetteer, error))
    return NULL;
  rules->dates = px_date_rules_load_default (error);
  if (rules->dates == NULL)
    return NULL;
  return g_steal_pointer (&rules);
}

void
px_extract_rules_free (PxExtractRules *rules)
{
  if (rules == NULL)
    return;
  px_gazetteer_unref (rules->gazetteer);
  px_name_rules_free (rules->names);
  px_date_rules_free (rules->dates);
  g_free (rules);
}

const PxGazetteer *
px_extract_rules_get_gazetteer (const PxExtractRules *rules)
{
  return rules->gazetteer;
}

PxExtraction *
px_extract (const PxExtractRules *rules, const PxText *text, const PxSegmentation *seg,
            const PxDateContext *context)
{
  PxExtraction *out = g_new0 (PxExtraction, 1);
  out->gazetteer = px_gazetteer_ref (rules->gazetteer);
  out->entities = px_extract_entities (rules->names, rules->gazetteer, text, seg);
  out->dates = px_extract_dates (rules->dates, text, seg, context);
  return out;
}

void
px_extraction_free (PxExtraction *extraction)
{
  if (extraction == NULL)
    return;
  px_entities_free (extraction->entities);
  g_ptr_array_unref (extraction->dates);
  px_gazetteer_unref (extraction->gazetteer);
  g_free (extraction);
}

const PxEntities *
px_extraction_get_entities (const PxExtraction *extraction)
{
  return extraction->entities;
}

const PxGazetteer *
px_extraction_get_gazetteer (const PxExtraction *extraction)
{
  return extraction->gazetteer;
}

GPtrArray *
px_extraction_get_dates (const PxExtraction *extraction)
{
  return extraction->dates;
}
