/* rules.c: loading rules/claims.yaml (format: docs/claims.md). */
#include "config.h"

#include <math.h>

#include <libstemmer.h>

#include "claims/claims-private.h"

#define CODE PX_ERROR_RULE_SYNTAX

/* No sentence needs more; a larger value is a typo. */
#define MAX_MIN_TERMS 100
#define MAX_SPEAKER_GAP 20

static const char *const part_keys[PX_CLAIM_N_PARTS] = {
  [PX_CLAIM_PART_TERMS] = "terms",
  [PX_CLAIM_PART_ENTITIES] = "entities",
  [PX_CLAIM_PART_NUMBERS] = "numbers",
  [PX_CLAIM_PART_DATES] = "dates",
};

const char *
px_claim_part_key (PxClaimPart part)
{
  g_return_val_if_fail (part < PX_CLAIM_N_PARTS, NULL);
  return part_keys[part];
}

void
px_claim_rules_free (PxClaimRules *rules)
{
  if (rules == NULL)
    return;
  GHashTable *sets[] = { rules->reporting_verbs, rules->determiners, rules->verbs,
                         rules->stop_words };
  for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
    if (sets[i] != NULL)
      g_hash_table_unref (sets[i]);
  g_free (rules->language);
  g_free (rules);
}

/* The language must be one libstemmer has, or every claim would fail
 * later, far from the rules file. */
static gboolean
read_language (PxClaimRules *rules, const PxYaml *doc, const PxYamlNode *root, GError **error)
{
  const char *language = px_yaml_lookup_string (doc, root, "language", TRUE, CODE, error);
  if (language == NULL)
    return FALSE;
  struct sb_stemmer *stemmer = sb_stemmer_new (language, NULL);
  if (stemmer == NULL)
    {
      g_autoptr(GString) known = g_string_new (NULL);
      for (const char *const *name = sb_stemmer_list (); *name != NULL; name++)
        g_string_append_printf (known, "%s%s", known->len > 0 ? ", " : "", *name);
      return px_yaml_throw (doc, px_yaml_node_lookup (root, "language"), error, CODE,
                            "language: no stemmer for '%s' (known: %s)", language, known->str);
    }
  sb_stemmer_delete (stemmer);
  rules->language = g_strdup (language);
  return TRUE;
}

static gboolean
read_count (const PxYaml *doc, const PxYamlNode *root, const char *key, guint max, guint *out,
            GError **error)
{
  const PxYamlNode *node = px_yaml_lookup_kind (doc, root, key, PX_YAML_SCALAR, CODE, error);
  guint64 value = 0;
  if (node == NULL || !px_yaml_read_uint (doc, node, max, &value, CODE, error))
    return FALSE;
  *out = (guint) value;
  return TRUE;
}

/* A number in [@min, @max] at @key of mapping @map. */
static gboolean
read_bounded (const PxYaml *doc, const PxYamlNode *map, const char *key, double min, double max,
              double *out, GError **error)
{
  const PxYamlNode *node = px_yaml_lookup_kind (doc, map, key, PX_YAML_SCALAR, CODE, error);
  if (node == NULL || !px_yaml_read_double (doc, node, out, CODE, error))
    return FALSE;
  if (!(*out >= min && *out <= max))
    return px_yaml_throw (doc, node, error, CODE, "%s: %s is not between %g and %g", key,
                          px_yaml_node_scalar (node), min, max);
  return TRUE;
}

static gboolean
read_weights (PxClaimRules *rules, const PxYaml *doc, const PxYamlNode *root, GError **error)
{
  const PxYamlNode *map = px_yaml_lookup_kind (doc, root, "weights", PX_YAML_MAPPING, CODE, error);
  static const char *const keys[] = { "terms", "entities", "numbers", "dates", NULL };
  if (map == NULL || !px_yaml_check_keys (doc, map, keys, CODE, error))
    return FALSE;
  double total = 0;
  for (guint part = 0; part < PX_CLAIM_N_PARTS; part++)
    {
      if (!read_bounded (doc, map, part_keys[part], 0, 1000, &rules->weights[part], error))
        return FALSE;
      total += rules->weights[part];
    }
  /* Terms are what every claim has; without them two claims that share no
   * entity could never be told apart from two that share every word. */
  if (!(rules->weights[PX_CLAIM_PART_TERMS] > 0))
    return px_yaml_throw (doc, px_yaml_node_lookup (map, "terms"), error, CODE,
                          "weights: terms must weigh more than 0");
  g_assert (total > 0);
  return TRUE;
}

static gboolean
read_thresholds (PxClaimRules *rules, const PxYaml *doc, const PxYamlNode *root, GError **error)
{
  const PxYamlNode *map =
    px_yaml_lookup_kind (doc, root, "thresholds", PX_YAML_MAPPING, CODE, error);
  static const char *const keys[] = { "agree", "partial", NULL };
  if (map == NULL || !px_yaml_check_keys (doc, map, keys, CODE, error)
      || !read_bounded (doc, map, "agree", 0, 1, &rules->agree, error)
      || !read_bounded (doc, map, "partial", 0, 1, &rules->partial, error))
    return FALSE;
  /* A threshold of 0 would make every pair of claims a match. */
  if (!(rules->partial > 0))
    return px_yaml_throw (doc, px_yaml_node_lookup (map, "partial"), error, CODE,
                          "thresholds: partial must be above 0");
  if (rules->partial > rules->agree)
    return px_yaml_throw (doc, px_yaml_node_lookup (map, "partial"), error, CODE,
                          "thresholds: partial (%g) is above agree (%g)", rules->partial,
                          rules->agree);
  return TRUE;
}

static gboolean
read_word_sets (PxClaimRules *rules, const PxYaml *doc, const PxYamlNode *root, GError **error)
{
  struct {
    const char *key;
    GHashTable **set;
  } lists[] = {
    { "reporting_verbs", &rules->reporting_verbs },
    { "determiners", &rules->determiners },
    { "verbs", &rules->verbs },
    { "stop_words", &rules->stop_words },
  };
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      *lists[i].set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      if (!px_yaml_read_word_set (doc, root, lists[i].key, TRUE, *lists[i].set, CODE, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_questions (PxClaimRules *rules, const PxYaml *doc, const PxYamlNode *root, GError **error)
{
  const PxYamlNode *node =
    px_yaml_lookup_kind (doc, root, "keep_questions", PX_YAML_SCALAR, CODE, error);
  return node != NULL && px_yaml_read_bool (doc, node, &rules->keep_questions, CODE, error);
}

PxClaimRules *
px_claim_rules_load (const char *path, GError **error)
{
  static const char *const keys[] = {
    "version", "language", "min_terms", "keep_questions", "speaker_gap", "weights",
    "thresholds", "reporting_verbs", "determiners", "verbs", "stop_words", NULL
  };
  g_return_val_if_fail (path != NULL, NULL);
  g_autoptr(PxYaml) doc = px_yaml_load_rules (path, keys, error);
  if (doc == NULL)
    return NULL;
  const PxYamlNode *root = px_yaml_root (doc);
  g_autoptr(PxClaimRules) rules = g_new0 (PxClaimRules, 1);
  if (!read_language (rules, doc, root, error)
      || !read_count (doc, root, "min_terms", MAX_MIN_TERMS, &rules->min_terms, error)
      || !read_questions (rules, doc, root, error)
      || !read_count (doc, root, "speaker_gap", MAX_SPEAKER_GAP, &rules->speaker_gap, error)
      || !read_weights (rules, doc, root, error)
      || !read_thresholds (rules, doc, root, error)
      || !read_word_sets (rules, doc, root, error))
    return NULL;
  return g_steal_pointer (&rules);
}

PxClaimRules *
px_claim_rules_load_default (GError **error)
{
  g_autofree char *path = px_data_path ("rules/claims.yaml");
  return px_claim_rules_load (path, error);
}
