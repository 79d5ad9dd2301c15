/* rules.c: loading rules/boilerplate.yaml (format: docs/boilerplate.md). */
#include "config.h"

#include "clean/cues.h"

#define CODE PX_ERROR_RULE_SYNTAX

static void
cue_free (PxCue *cue)
{
  g_free (cue->rule);
  g_free (cue->why);
  if (cue->regex != NULL)
    g_regex_unref (cue->regex);
  g_free (cue);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxCue, cue_free)

void
px_clean_rules_free (PxCleanRules *rules)
{
  if (rules == NULL)
    return;
  g_free (rules->path);
  g_ptr_array_unref (rules->lines);
  g_ptr_array_unref (rules->blocks);
  g_ptr_array_unref (rules->tails);
  g_free (rules->repeated_line.why);
  g_free (rules->short_line_run.why);
  g_free (rules->headline.why);
  g_free (rules->standfirst.why);
  g_free (rules->sign_off.why);
  g_free (rules);
}

static gboolean
read_where (const PxYaml *doc, const PxYamlNode *item, PxCueWhere *out, GError **error)
{
  const PxYamlNode *node = px_yaml_node_lookup (item, "where");
  if (node == NULL)
    return TRUE;
  if (!px_yaml_expect_kind (doc, node, PX_YAML_SCALAR, CODE, error))
    return FALSE;
  const char *where = px_yaml_node_scalar (node);
  if (g_str_equal (where, "top"))
    *out = PX_CUE_TOP;
  else if (g_str_equal (where, "any"))
    *out = PX_CUE_ANYWHERE;
  else
    return px_yaml_throw (doc, node, error, CODE, "where: expected 'top' or 'any', found '%s'",
                          where);
  return TRUE;
}

static GRegex *
compile_pattern (const PxYaml *doc, const PxYamlNode *item, GError **error)
{
  const PxYamlNode *node = px_yaml_node_lookup (item, "match");
  if (node == NULL)
    return px_yaml_throw (doc, item, error, CODE, "missing key 'match'"), NULL;
  if (!px_yaml_expect_kind (doc, node, PX_YAML_SCALAR, CODE, error))
    return NULL;

  g_autoptr(GError) local = NULL;
  GRegex *regex = g_regex_new (px_yaml_node_scalar (node), G_REGEX_OPTIMIZE, 0, &local);
  if (regex == NULL)
    px_yaml_throw (doc, node, error, CODE, "bad pattern: %s", local->message);
  return regex;
}

static PxCue *
parse_cue (const PxYaml *doc, const PxYamlNode *item, gboolean is_block, GError **error)
{
  static const char *const line_keys[] = { "rule", "why", "match", "where", NULL };
  static const char *const block_keys[] = { "rule", "why", "match", "max_words", NULL };

  if (!px_yaml_check_keys (doc, item, is_block ? block_keys : line_keys, CODE, error))
    return NULL;

  g_autoptr(PxCue) cue = g_new0 (PxCue, 1);
  const char *rule = px_yaml_lookup_string (doc, item, "rule", TRUE, CODE, error);
  if (rule == NULL)
    return NULL;
  cue->rule = g_strdup (rule);
  const char *why = px_yaml_lookup_string (doc, item, "why", TRUE, CODE, error);
  if (why == NULL)
    return NULL;
  cue->why = g_strdup (why);
  if ((cue->regex = compile_pattern (doc, item, error)) == NULL)
    return NULL;
  if (!read_where (doc, item, &cue->where, error))
    return NULL;

  const PxYamlNode *max = px_yaml_node_lookup (item, "max_words");
  guint64 value = 20;
  if (max != NULL && !px_yaml_read_uint (doc, max, 1000, &value, CODE, error))
    return NULL;
  cue->max_words = value;
  return g_steal_pointer (&cue);
}

/* Rule names are what an analyst sees beside a cut, so one name must mean
 * one cue: @seen maps the names taken so far to the cue's node, or to NULL
 * for the names of the generic cues, which no listed cue may take. */
static gboolean
parse_cue_list (const PxYaml *doc, const PxYamlNode *root, const char *key, gboolean is_block,
                GHashTable *seen, GPtrArray *out, GError **error)
{
  const PxYamlNode *list = px_yaml_node_lookup (root, key);
  if (list == NULL)
    return TRUE;
  if (!px_yaml_expect_kind (doc, list, PX_YAML_SEQUENCE, CODE, error))
    return FALSE;
  for (guint i = 0; i < px_yaml_node_n_children (list); i++)
    {
      const PxYamlNode *item = px_yaml_node_child (list, i);
      PxCue *cue = parse_cue (doc, item, is_block, error);
      if (cue == NULL)
        return FALSE;
      g_ptr_array_add (out, cue);
      const PxYamlNode *first = NULL;
      if (g_hash_table_lookup_extended (seen, cue->rule, NULL, (gpointer *) &first))
        return first == NULL
          ? px_yaml_throw (doc, item, error, CODE,
                           "rule name '%s' is the name of a generic cue (under 'generic:'); "
                           "give this cue another name", cue->rule)
          : px_yaml_throw (doc, item, error, CODE,
                           "rule '%s' is defined twice (first at line %u)", cue->rule,
                           px_yaml_node_line (first));
      g_hash_table_insert (seen, cue->rule, (gpointer) item);
    }
  return TRUE;
}

static gboolean
read_generic_uint (const PxYaml *doc, const PxYamlNode *node, const char *key, guint *out,
                   GError **error)
{
  const PxYamlNode *value = px_yaml_node_lookup (node, key);
  guint64 v = 0;
  if (value == NULL)
    return px_yaml_throw (doc, node, error, CODE, "missing key '%s'", key);
  if (!px_yaml_read_uint (doc, value, 100000, &v, CODE, error))
    return FALSE;
  *out = v;
  return TRUE;
}

static guint *
generic_field (PxGenericCue *out, const char *key)
{
  return g_str_equal (key, "min_chars") ? &out->min_chars
         : g_str_equal (key, "min_lines") ? &out->min_lines
         : g_str_equal (key, "min_words") ? &out->min_words
         : g_str_equal (key, "min_retold_percent") ? &out->min_retold_percent
         : g_str_equal (key, "min_letters") ? &out->min_letters
         : &out->max_words;
}

/* One entry of `generic:`; @keys lists the numbers it must have and
 * @optional (may be NULL) those it may have, whose defaults are already in
 * @out. */
static gboolean
parse_generic (const PxYaml *doc, const PxYamlNode *generic, const char *name,
               const char *const *keys, const char *const *optional, gboolean trims,
               PxGenericCue *out, GError **error)
{
  const PxYamlNode *node = px_yaml_node_lookup (generic, name);
  if (node == NULL)
    return px_yaml_throw (doc, generic, error, CODE, "missing key '%s'", name);

  g_autoptr(GPtrArray) allowed = g_ptr_array_new ();
  if (trims)
    g_ptr_array_add (allowed, (gpointer) "why");
  for (const char *const *k = keys; *k != NULL; k++)
    g_ptr_array_add (allowed, (gpointer) *k);
  for (const char *const *k = optional; k != NULL && *k != NULL; k++)
    g_ptr_array_add (allowed, (gpointer) *k);
  g_ptr_array_add (allowed, NULL);
  if (!px_yaml_check_keys (doc, node, (const char *const *) allowed->pdata, CODE, error))
    return FALSE;

  if (trims)
    {
      const char *why = px_yaml_lookup_string (doc, node, "why", TRUE, CODE, error);
      if (why == NULL)
        return FALSE;
      out->why = g_strdup (why);
    }
  for (const char *const *k = keys; *k != NULL; k++)
    if (!read_generic_uint (doc, node, *k, generic_field (out, *k), error))
      return FALSE;
  for (const char *const *k = optional; k != NULL && *k != NULL; k++)
    if (px_yaml_node_lookup (node, *k) != NULL
        && !read_generic_uint (doc, node, *k, generic_field (out, *k), error))
      return FALSE;
  return TRUE;
}

/* Optional, for rules files written before it existed: a line of 8 words
 * ending like a sentence is what the seed captures' first paragraphs have
 * in common and no chrome line has. */
static gboolean
parse_prose (const PxYaml *doc, const PxYamlNode *generic, PxCleanRules *rules, GError **error)
{
  static const char *const keys[] = { "min_words", NULL };
  rules->prose.min_words = 8;
  if (px_yaml_node_lookup (generic, "prose") == NULL)
    return TRUE;
  return parse_generic (doc, generic, "prose", keys, NULL, FALSE, &rules->prose, error);
}

static gboolean
parse_generics (const PxYaml *doc, const PxYamlNode *root, PxCleanRules *rules, GError **error)
{
  static const char *const generic_keys[] = {
    "repeated-line", "short-line-run", "headline", "standfirst", "sign-off", "prose", NULL
  };
  static const char *const chars[] = { "min_chars", NULL };
  static const char *const run[] = { "min_lines", "max_words", NULL };
  static const char *const words[] = { "max_words", NULL };
  static const char *const retold[] = { "min_retold_percent", "min_letters", NULL };

  const PxYamlNode *generic = px_yaml_node_lookup (root, "generic");
  if (generic == NULL)
    return px_yaml_throw (doc, root, error, CODE, "missing key 'generic'");
  if (!px_yaml_check_keys (doc, generic, generic_keys, CODE, error))
    return FALSE;
  /* Optional, for rules files written before they existed. */
  rules->standfirst.min_retold_percent = 60;
  rules->standfirst.min_letters = 4;
  return parse_generic (doc, generic, "repeated-line", chars, NULL, TRUE, &rules->repeated_line,
                        error)
         && parse_generic (doc, generic, "short-line-run", run, NULL, TRUE,
                           &rules->short_line_run, error)
         && parse_generic (doc, generic, "headline", words, NULL, FALSE, &rules->headline, error)
         && parse_generic (doc, generic, "standfirst", words, retold, TRUE, &rules->standfirst,
                           error)
         && parse_generic (doc, generic, "sign-off", words, NULL, TRUE, &rules->sign_off, error)
         && parse_prose (doc, generic, rules, error);
}

static gboolean
check_version (const PxYaml *doc, const PxYamlNode *root, GError **error)
{
  const PxYamlNode *node = px_yaml_node_lookup (root, "version");
  guint64 version = 0;
  if (node == NULL)
    return px_yaml_throw (doc, root, error, CODE, "missing key 'version'");
  if (!px_yaml_read_uint (doc, node, G_MAXUINT32, &version, CODE, error))
    return FALSE;
  if (version != 1)
    return px_yaml_throw (doc, node, error, CODE,
                          "version %" G_GUINT64_FORMAT " is not supported (this parallax reads version 1)",
                          version);
  return TRUE;
}

PxCleanRules *
px_clean_rules_load (const char *path, GError **error)
{
  static const char *const top_keys[] = { "version", "lines", "blocks", "tails", "generic", NULL };

  g_autoptr(PxYaml) doc = px_yaml_load_file (path, CODE, error);
  if (doc == NULL)
    return NULL;
  const PxYamlNode *root = px_yaml_root (doc);
  if (!px_yaml_check_keys (doc, root, top_keys, CODE, error) || !check_version (doc, root, error))
    return NULL;

  g_autoptr(PxCleanRules) rules = g_new0 (PxCleanRules, 1);
  rules->path = g_strdup (path);
  rules->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) cue_free);
  rules->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) cue_free);
  rules->tails = g_ptr_array_new_with_free_func ((GDestroyNotify) cue_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const char *const generic_names[] = {
    PX_CUE_REPEATED_LINE, PX_CUE_SHORT_LINE_RUN, PX_CUE_STANDFIRST, PX_CUE_SIGN_OFF
  };
  for (guint i = 0; i < G_N_ELEMENTS (generic_names); i++)
    g_hash_table_insert (seen, (gpointer) generic_names[i], NULL);
  if (!parse_cue_list (doc, root, "lines", FALSE, seen, rules->lines, error)
      || !parse_cue_list (doc, root, "blocks", TRUE, seen, rules->blocks, error)
      || !parse_cue_list (doc, root, "tails", FALSE, seen, rules->tails, error)
      || !parse_generics (doc, root, rules, error))
    return NULL;
  return g_steal_pointer (&rules);
}

PxCleanRules *
px_clean_rules_load_default (GError **error)
{
  g_autofree char *path = px_data_path ("rules/boilerplate.yaml");
  return px_clean_rules_load (path, error);
}

const char *
px_clean_rules_get_path (const PxCleanRules *rules)
{
  return rules->path;
}

static const char *
describe_cue_list (const GPtrArray *cues, const char *rule)
{
  for (guint i = 0; i < cues->len; i++)
    {
      const PxCue *cue = g_ptr_array_index (cues, i);
      if (g_str_equal (cue->rule, rule))
        return cue->why;
    }
  return NULL;
}

const char *
px_clean_rules_describe (const PxCleanRules *rules, const char *rule)
{
  const char *why = describe_cue_list (rules->lines, rule);
  if (why == NULL)
    why = describe_cue_list (rules->blocks, rule);
  if (why == NULL)
    why = describe_cue_list (rules->tails, rule);
  if (why != NULL)
    return why;
  if (g_str_equal (rule, PX_CUE_REPEATED_LINE))
    return rules->repeated_line.why;
  if (g_str_equal (rule, PX_CUE_SHORT_LINE_RUN))
    return rules->short_line_run.why;
  if (g_str_equal (rule, PX_CUE_STANDFIRST))
    return rules->standfirst.why;
  if (g_str_equal (rule, PX_CUE_SIGN_OFF))
    return rules->sign_off.why;
  return NULL;
}
