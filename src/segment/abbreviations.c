/* abbreviations.c: loading rules/abbreviations.yaml (format: docs/segment.md). */
#include "config.h"

#include <string.h>

#include "segment/abbrev.h"

#define CODE PX_ERROR_RULE_SYNTAX

struct _PxSegmentRules {
  GHashTable *classes;    /* owned: word -> PxAbbrevClass */
  GHashTable *starters;   /* owned set of words */
  GHashTable *numerals;   /* owned set of one-letter strings */
  GHashTable *names;      /* owned set of one-letter strings: name_letters */
  GHashTable *contracted; /* owned set of lowercase words */
};

void
px_segment_rules_free (PxSegmentRules *rules)
{
  if (rules == NULL)
    return;
  g_hash_table_unref (rules->classes);
  g_hash_table_unref (rules->starters);
  g_hash_table_unref (rules->numerals);
  g_hash_table_unref (rules->names);
  g_hash_table_unref (rules->contracted);
  g_free (rules);
}

static gboolean
read_word_list (const PxYaml *doc, const PxYamlNode *root, const char *key,
                gboolean need_period, GHashTable *out, gpointer value, GError **error)
{
  const PxYamlNode *list = px_yaml_node_lookup (root, key);
  if (list == NULL)
    return px_yaml_throw (doc, root, error, CODE, "missing key '%s'", key);
  if (!px_yaml_expect_kind (doc, list, PX_YAML_SEQUENCE, CODE, error))
    return FALSE;
  for (guint i = 0; i < px_yaml_node_n_children (list); i++)
    {
      const PxYamlNode *item = px_yaml_node_child (list, i);
      if (!px_yaml_expect_kind (doc, item, PX_YAML_SCALAR, CODE, error))
        return FALSE;
      const char *word = px_yaml_node_scalar (item);
      if (need_period && !g_str_has_suffix (word, "."))
        return px_yaml_throw (doc, item, error, CODE,
                              "'%s': an abbreviation is written with its final period", word);
      if (g_hash_table_contains (out, word))
        return px_yaml_throw (doc, item, error, CODE, "'%s' is listed twice", word);
      g_hash_table_insert (out, g_strdup (word), value);
    }
  return TRUE;
}

/* What makes an entry of an optional list wrong, or NULL. */
typedef const char *(*CheckWord) (const char *word);

static gboolean
is_one_capital (const char *word)
{
  return strlen (word) == 1 && g_ascii_isupper (word[0]);
}

static const char *
check_numeral (const char *word)
{
  return is_one_capital (word) ? NULL
         : "a numeral letter is one capital letter, without its period";
}

static const char *
check_name_letter (const char *word)
{
  return is_one_capital (word) ? NULL : "a name's letter is one capital letter, without its period";
}

static const char *
check_lowercase_word (const char *word)
{
  for (const char *p = word; *p != '\0'; p++)
    if (!g_ascii_islower (*p))
      return "a word before 's is written in lowercase ASCII letters";
  return *word != '\0' ? NULL : "a word before 's is written in lowercase ASCII letters";
}

/* A list each of whose entries @check accepts; with @optional, older
 * rules files may leave it out, which means empty. */
static gboolean
read_checked_list (const PxYaml *doc, const PxYamlNode *root, const char *key, gboolean optional,
                   CheckWord check, GHashTable *out, GError **error)
{
  const PxYamlNode *list = px_yaml_node_lookup (root, key);
  if (list == NULL && optional)
    return TRUE;
  if (!read_word_list (doc, root, key, FALSE, out, GINT_TO_POINTER (1), error))
    return FALSE;
  for (guint i = 0; i < px_yaml_node_n_children (list); i++)
    {
      const PxYamlNode *item = px_yaml_node_child (list, i);
      const char *problem = check (px_yaml_node_scalar (item));
      if (problem != NULL)
        return px_yaml_throw (doc, item, error, CODE, "'%s': %s", px_yaml_node_scalar (item),
                              problem);
    }
  return TRUE;
}

PxSegmentRules *
px_segment_rules_load (const char *path, GError **error)
{
  static const char *const keys[] = {
    "version", "titles", "before_number", "number_labels", "may_end", "sentence_starters",
    "numeral_letters", "name_letters", "contracted_s", NULL
  };
  g_autoptr(PxYaml) doc = px_yaml_load_file (path, CODE, error);
  if (doc == NULL)
    return NULL;
  const PxYamlNode *root = px_yaml_root (doc);
  guint64 version = 0;
  const PxYamlNode *vnode = px_yaml_node_lookup (root, "version");
  if (!px_yaml_check_keys (doc, root, keys, CODE, error))
    return NULL;
  if (vnode == NULL)
    return px_yaml_throw (doc, root, error, CODE, "missing key 'version'"), NULL;
  if (!px_yaml_read_uint (doc, vnode, G_MAXUINT32, &version, CODE, error))
    return NULL;
  if (version != 1)
    return px_yaml_throw (doc, vnode, error, CODE, "version %" G_GUINT64_FORMAT
                          " is not supported (this parallax reads version 1)", version), NULL;

  g_autoptr(PxSegmentRules) rules = g_new0 (PxSegmentRules, 1);
  rules->classes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rules->starters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rules->numerals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rules->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rules->contracted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!read_word_list (doc, root, "titles", TRUE, rules->classes,
                       GINT_TO_POINTER (PX_ABBREV_TITLE), error)
      || !read_word_list (doc, root, "before_number", TRUE, rules->classes,
                          GINT_TO_POINTER (PX_ABBREV_BEFORE_NUMBER), error)
      || (px_yaml_node_lookup (root, "number_labels") != NULL
          && !read_word_list (doc, root, "number_labels", TRUE, rules->classes,
                              GINT_TO_POINTER (PX_ABBREV_NUMBER_LABEL), error))
      || !read_word_list (doc, root, "may_end", TRUE, rules->classes,
                          GINT_TO_POINTER (PX_ABBREV_MAY_END), error)
      || !read_word_list (doc, root, "sentence_starters", FALSE, rules->starters,
                          GINT_TO_POINTER (1), error)
      || !read_checked_list (doc, root, "numeral_letters", TRUE, check_numeral, rules->numerals,
                             error)
      || !read_checked_list (doc, root, "name_letters", FALSE, check_name_letter, rules->names,
                             error)
      || !read_checked_list (doc, root, "contracted_s", TRUE, check_lowercase_word,
                             rules->contracted, error))
    return NULL;
  return g_steal_pointer (&rules);
}

PxSegmentRules *
px_segment_rules_load_default (GError **error)
{
  g_autofree char *path = px_data_path ("rules/abbreviations.yaml");
  return px_segment_rules_load (path, error);
}

/* @table's value for the @len bytes at @word (not terminated), or NULL. */
static gpointer
lookup_word (GHashTable *table, const char *word, gsize len)
{
  char buf[64];
  if (len >= sizeof buf)
    return NULL;
  memcpy (buf, word, len);
  buf[len] = '\0';
  return g_hash_table_lookup (table, buf);
}

PxAbbrevClass
px_segment_rules_classify (const PxSegmentRules *rules, const char *word, gsize len)
{
  return GPOINTER_TO_INT (lookup_word (rules->classes, word, len));
}

gboolean
px_segment_rules_is_starter (const PxSegmentRules *rules, const char *word, gsize len)
{
  return lookup_word (rules->starters, word, len) != NULL;
}

gboolean
px_segment_rules_is_numeral (const PxSegmentRules *rules, char letter)
{
  return lookup_word (rules->numerals, &letter, 1) != NULL;
}

gboolean
px_segment_rules_is_name_letter (const PxSegmentRules *rules, char letter)
{
  return lookup_word (rules->names, &letter, 1) != NULL;
}

gboolean
px_segment_rules_contracts_s (const PxSegmentRules *rules, const char *word, gsize len)
{
  char lower[64];
  if (len >= sizeof lower)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    lower[i] = g_ascii_tolower (word[i]);
  return lookup_word (rules->contracted, lower, len) != NULL;
}
