/* rules.c: rules/compare.yaml, the thresholds and equivalences of a
 * comparison. */
#include "config.h"

#include "align/align-private.h"

#define CODE PX_ERROR_RULE_SYNTAX

void
px_compare_rules_free (PxCompareRules *rules)
{
  if (rules == NULL)
    return;
  px_align_equivalents_free (rules->equivalents);
  g_free (rules);
}

static gboolean
read_equivalents (PxCompareRules *rules, const PxYaml *doc, const PxYamlNode *root,
                  GError **error)
{
  const PxYamlNode *list = px_yaml_lookup_kind (doc, root, "equivalents", PX_YAML_SEQUENCE,
                                                CODE, error);
  if (list == NULL)
    return FALSE;
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; i < px_yaml_node_n_children (list); i++)
    {
      const PxYamlNode *group = px_yaml_node_child (list, i);
      if (!px_yaml_expect_kind (doc, group, PX_YAML_SEQUENCE, CODE, error))
        return FALSE;
      if (px_yaml_node_n_children (group) < 2)
        return px_yaml_throw (doc, group, error, CODE,
                              "a group of equivalents needs at least two phrases");
      g_autoptr(GStrvBuilder) phrases = g_strv_builder_new ();
      for (guint j = 0; j < px_yaml_node_n_children (group); j++)
        {
          const PxYamlNode *phrase = px_yaml_node_child (group, j);
          if (!px_yaml_expect_kind (doc, phrase, PX_YAML_SCALAR, CODE, error))
            return FALSE;
          g_strv_builder_add (phrases, px_yaml_node_scalar (phrase));
        }
      g_ptr_array_add (groups, g_strv_builder_end (phrases));
    }
  g_autoptr(GError) local = NULL;
  rules->equivalents = px_align_equivalents_new (groups, &local);
  if (rules->equivalents == NULL)
    return px_yaml_throw (doc, list, error, CODE, "%s", local->message);
  return TRUE;
}

static gboolean
read_uint (const PxYaml *doc, const PxYamlNode *map, const char *key, guint64 max, guint *out,
           GError **error)
{
  const PxYamlNode *node = px_yaml_node_lookup (map, key);
  guint64 value = 0;
  if (node == NULL)
    return px_yaml_throw (doc, map, error, CODE, "missing key '%s'", key);
  if (!px_yaml_read_uint (doc, node, max, &value, CODE, error))
    return FALSE;
  *out = (guint) value;
  return TRUE;
}

/* A number in [min, max]. */
static gboolean
read_double (const PxYaml *doc, const PxYamlNode *map, const char *key, double min, double max,
             double *out, GError **error)
{
  const PxYamlNode *node = px_yaml_node_lookup (map, key);
  if (node == NULL)
    return px_yaml_throw (doc, map, error, CODE, "missing key '%s'", key);
  if (!px_yaml_read_double (doc, node, out, CODE, error))
    return FALSE;
  if (!(*out >= min && *out <= max))
    return px_yaml_throw (doc, node, error, CODE, "'%s' must be between %g and %g", key, min, max);
  return TRUE;
}

/* A mapping of @root with exactly @keys. */
static const PxYamlNode *
section (const PxYaml *doc, const PxYamlNode *root, const char *key, const char *const *keys,
         GError **error)
{
  const PxYamlNode *map = px_yaml_lookup_kind (doc, root, key, PX_YAML_MAPPING, CODE, error);
  if (map == NULL || !px_yaml_check_keys (doc, map, keys, CODE, error))
    return NULL;
  return map;
}

static gboolean
read_quotes (PxCompareRules *rules, const PxYaml *doc, const PxYamlNode *root, GError **error)
{
  static const char *const keys[] = { "altered_min_words", "altered_min_score",
                                      "elision_max_gap", "echo_min_words", NULL };
  const PxYamlNode *map = section (doc, root, "quotes", keys, error);
  return map != NULL
         && read_uint (doc, map, "altered_min_words", 1000, &rules->altered_min_words, error)
         && read_double (doc, map, "altered_min_score", 0, 1, &rules->altered_min_score, error)
         && read_uint (doc, map, "elision_max_gap", 100000, &rules->elision_max_gap, error)
         && read_uint (doc, map, "echo_min_words", 1000, &rules->echo_min_words, error);
}

static gboolean
read_reuse (PxCompareRules *rules, const PxYaml *doc, const PxYamlNode *root, GError **error)
{
  static const char *const keys[] = { "shingle_words", "min_passage_words",
                                      "republication_ratio", NULL };
  const PxYamlNode *map = section (doc, root, "reuse", keys, error);
  if (map == NULL
      || !read_uint (doc, map, "shingle_words", 64, &rules->shingle_words, error)
      || !read_uint (doc, map, "min_passage_words", 100000, &rules->reuse_min_words, error)
      || !read_double (doc, map, "republication_ratio", 0, 1, &rules->republication_ratio,
                       error))
    return FALSE;
  if (rules->shingle_words == 0 || rules->reuse_min_words < rules->shingle_words)
    return px_yaml_throw (doc, map, error, CODE,
                          "shingle_words must be at least 1 and at most min_passage_words");
  return TRUE;
}

static gboolean
read_entities (PxCompareRules *rules, const PxYaml *doc, const PxYamlNode *root, GError **error)
{
  static const char *const keys[] = { "salience", "type_weights", NULL };
  static const char *const salience_keys[] = { "mention", "position", "quote", NULL };
  const PxYamlNode *map = section (doc, root, "entities", keys, error);
  const PxYamlNode *salience = map ? section (doc, map, "salience", salience_keys, error) : NULL;
  if (salience == NULL
      || !read_double (doc, salience, "mention", 0, 1000, &rules->salience_mention, error)
      || !read_double (doc, salience, "position", 0, 1000, &rules->salience_position, error)
      || !read_double (doc, salience, "quote", 0, 1000, &rules->salience_quote, error))
    return FALSE;
  const char *type_keys[PX_ENTITY_N_TYPES + 1] = { NULL };
  for (guint t = 0; t < PX_ENTITY_N_TYPES; t++)
    type_keys[t] = px_entity_type_name ((PxEntityType) t);
  const PxYamlNode *types = section (doc, map, "type_weights", type_keys, error);
  if (types == NULL)
    return FALSE;
  for (guint t = 0; t < PX_ENTITY_N_TYPES; t++)
    if (!read_double (doc, types, type_keys[t], 0, 1000, &rules->type_weight[t], error))
      return FALSE;
  return TRUE;
}

static gboolean
read_periods (PxCompareRules *rules, const PxYaml *doc, const PxYamlNode *root, GError **error)
{
  static const char *const date_keys[] = { "event_mismatch_days", NULL };
  static const char *const consensus_keys[] = { "share", NULL };
  const PxYamlNode *dates = section (doc, root, "dates", date_keys, error);
  const PxYamlNode *consensus = dates ? section (doc, root, "consensus", consensus_keys, error)
                                      : NULL;
  return consensus != NULL
         && read_uint (doc, dates, "event_mismatch_days", 100000, &rules->event_mismatch_days,
                       error)
         && read_double (doc, consensus, "share", 0, 1, &rules->consensus_share, error);
}

PxCompareRules *
px_compare_rules_load (const char *path, GError **error)
{
  static const char *const keys[] = { "version", "equivalents", "quotes", "reuse", "entities",
                                      "dates", "consensus", NULL };
  g_autoptr(PxYaml) doc = px_yaml_load_rules (path, keys, error);
  if (doc == NULL)
    return NULL;
  const PxYamlNode *root = px_yaml_root (doc);
  g_autoptr(PxCompareRules) rules = g_new0 (PxCompareRules, 1);
  if (!read_equivalents (rules, doc, root, error)
      || !read_quotes (rules, doc, root, error)
      || !read_reuse (rules, doc, root, error)
      || !read_entities (rules, doc, root, error)
      || !read_periods (rules, doc, root, error))
    return NULL;
  return g_steal_pointer (&rules);
}

/* ### Overrides from a run file */

typedef struct {
  const char *name;
  gsize offset;
  gboolean whole;         /* a count, not a ratio */
  double max;
} Threshold;

#define RATIO(name, field) { name, G_STRUCT_OFFSET (PxCompareRules, field), FALSE, 1 }
#define COUNT(name, field, max) { name, G_STRUCT_OFFSET (PxCompareRules, field), TRUE, max }

static const Threshold thresholds[] = {
  COUNT ("quotes.altered_min_words", altered_min_words, 1000),
  RATIO ("quotes.altered_min_score", altered_min_score),
  COUNT ("quotes.elision_max_gap", elision_max_gap, 100000),
  COUNT ("quotes.echo_min_words", echo_min_words, 1000),
  COUNT ("reuse.min_passage_words", reuse_min_words, 100000),
  RATIO ("reuse.republication_ratio", republication_ratio),
  COUNT ("dates.event_mismatch_days", event_mismatch_days, 100000),
  RATIO ("consensus.share", consensus_share),
};

static char *
threshold_names (void)
{
  GString *names = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (thresholds); i++)
    g_string_append_printf (names, "%s%s", i ? ", " : "", thresholds[i].name);
  return g_string_free (names, FALSE);
}

gboolean
px_compare_rules_override (PxCompareRules *rules, const char *name, double value,
                           GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (thresholds); i++)
    {
      const Threshold *t = &thresholds[i];
      if (g_strcmp0 (t->name, name) != 0)
        continue;
      if (!(value >= 0 && value <= t->max) || (t->whole && value != (guint) value))
        return px_throw (error, PX_ERROR_CONFIG, "threshold %s must be %s from 0 to %g", name,
                         t->whole ? "a whole number" : "a number", t->max);
      if (t->offset == G_STRUCT_OFFSET (PxCompareRules, reuse_min_words)
          && value < rules->shingle_words)
        return px_throw (error, PX_ERROR_CONFIG, "threshold %s must be at least "
                         "reuse.shingle_words (%u)", name, rules->shingle_words);
      if (t->whole)
        G_STRUCT_MEMBER (guint, rules, t->offset) = (guint) value;
      else
        G_STRUCT_MEMBER (double, rules, t->offset) = value;
      return TRUE;
    }
  g_autofree char *names = threshold_names ();
  return px_throw (error, PX_ERROR_CONFIG, "unknown threshold '%s' (known: %s)", name, names);
}

PxCompareRules *
px_compare_rules_load_default (GError **error)
{
  g_autofree char *path = px_data_path ("rules/compare.yaml");
  return px_compare_rules_load (path, error);
}
