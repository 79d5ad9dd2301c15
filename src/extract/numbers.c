/* numbers.c: quantities with what they count (docs/numbers.md).
 *
 * One pass over the tokens of each sentence.  At each token a quantity is
 * tried: an optional currency sign, a value (digits, with a scale word or
 * a suffix: "1.2 billion", "€30m"; or number words: "twenty-five",
 * "two hundred"; or a vague plural: "dozens of"), an optional second end
 * after a range word ("11,000 to 13,000"), then what follows: a percent
 * sign or word, a currency word, or the counted noun.  A quantity is kept
 * only with one of those three, so "one of the" is not a number.
 *
 * Years (four digits in the rules' range), day numbers next to a month
 * ("Jan. 16"), ordinals and decades ("16th", "1990s"), clock times and
 * model numbers ("F-35") are not quantities.  Every lookup is a hash
 * lookup built once by the loader, so the pass is linear.  Most tokens
 * cannot start a quantity (no digits, currency sign, number word or vague
 * plural): a filter built from the rules passes over those before any
 * lookup.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/word-filter.h"

#define CODE PX_ERROR_RULE_SYNTAX

/* No quantity is written with more words than this ("two hundred and
 * fifty-five thousand"); the bound keeps the scan linear. */
#define MAX_NUMBER_WORDS 12

/* A vague plural's range. */
typedef struct {
  double low, high;
} Range;

struct _PxNumberRules {
  GHashTable *words;             /* owned: lowercase word -> double* */
  GHashTable *scales;            /* owned: lowercase word -> double* */
  GHashTable *suffixes;          /* owned: lowercase suffix -> double* */
  GHashTable *vague;             /* owned: lowercase word -> Range* */
  GHashTable *range_words;       /* owned sets of lowercase words */
  GHashTable *percent_words;     /* one-word percent markers */
  GPtrArray *percent_phrases;    /* owned GStrv of lowercase words, for "per cent" */
  GHashTable *currency_signs;    /* owned: sign -> code */
  GHashTable *currency_words;    /* owned: lowercase word -> code */
  GHashTable *not_units;
  GHashTable *months;            /* case-sensitive */
  double year_min, year_max;
  /* What may start a quantity besides digits: the words read_value ()
   * reads first, and the first bytes of the currency signs. */
  PxWordFilter starts;
  gboolean sign_first[256];
};

void
px_number_rules_free (PxNumberRules *rules)
{
  if (rules == NULL)
    return;
  GHashTable *tables[] = {
    rules->words, rules->scales, rules->suffixes, rules->vague, rules->range_words,
    rules->percent_words, rules->currency_signs, rules->currency_words, rules->not_units,
    rules->months,
  };
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (tables[i] != NULL)
      g_hash_table_unref (tables[i]);
  if (rules->percent_phrases != NULL)
    g_ptr_array_unref (rules->percent_phrases);
  g_free (rules);
}

/* ### Loading */

static gboolean
is_blank (const char *s)
{
  for (; *s != '\0'; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

/* A mapping of words to positive numbers into @table (word -> double*). */
static gboolean
read_values (const PxYaml *doc, const PxYamlNode *map, const char *key, GHashTable *table,
             GError **error)
{
  const PxYamlNode *node = px_yaml_lookup_kind (doc, map, key, PX_YAML_MAPPING, CODE, error);
  if (node == NULL)
    return FALSE;
  for (guint i = 0; i + 1 < px_yaml_node_n_children (node); i += 2)
    {
      const PxYamlNode *k = px_yaml_node_child (node, i), *v = px_yaml_node_child (node, i + 1);
      double value = 0;
      if (!px_yaml_read_double (doc, v, &value, CODE, error))
        return FALSE;
      if (!(value >= 0) || isinf (value))
        return px_yaml_throw (doc, v, error, CODE, "%s: expected a number of zero or more", key);
      const char *word = px_yaml_node_scalar (k);
      if (is_blank (word) || strchr (word, ' ') != NULL)
        return px_yaml_throw (doc, k, error, CODE, "%s: '%s' is not a single word", key, word);
      double *stored = g_new (double, 1);
      *stored = value;
      g_hash_table_insert (table, g_utf8_strdown (word, -1), stored);
    }
  return TRUE;
}

static gboolean
read_vague (PxNumberRules *rules, const PxYaml *doc, const PxYamlNode *root, GError **error)
{
  const PxYamlNode *node = px_yaml_lookup_kind (doc, root, "vague", PX_YAML_MAPPING, CODE, error);
  if (node == NULL)
    return FALSE;
  for (guint i = 0; i + 1 < px_yaml_node_n_children (node); i += 2)
    {
      const PxYamlNode *k = px_yaml_node_child (node, i), *v = px_yaml_node_child (node, i + 1);
      if (!px_yaml_expect_kind (doc, v, PX_YAML_SEQUENCE, CODE, error))
        return FALSE;
      Range range;
      if (px_yaml_node_n_children (v) != 2)
        return px_yaml_throw (doc, v, error, CODE, "vague: expected [low, high]");
      if (!px_yaml_read_double (doc, px_yaml_node_child (v, 0), &range.low, CODE, error)
          || !px_yaml_read_double (doc, px_yaml_node_child (v, 1), &range.high, CODE, error))
        return FALSE;
      if (!(range.low <= range.high))
        return px_yaml_throw (doc, v, error, CODE, "vague: low is above high");
      g_hash_table_insert (rules->vague, g_utf8_strdown (px_yaml_node_scalar (k), -1),
                           g_memdup2 (&range, sizeof range));
    }
  return TRUE;
}

/* A mapping of words or signs to ISO 4217 codes. */
static gboolean
read_codes (const PxYaml *doc, const PxYamlNode *root, const char *key, gboolean fold,
            GHashTable *table, GError **error)
{
  const PxYamlNode *node = px_yaml_lookup_kind (doc, root, key, PX_YAML_MAPPING, CODE, error);
  if (node == NULL)
    return FALSE;
  for (guint i = 0; i + 1 < px_yaml_node_n_children (node); i += 2)
    {
      const PxYamlNode *k = px_yaml_node_child (node, i), *v = px_yaml_node_child (node, i + 1);
      if (!px_yaml_expect_kind (doc, v, PX_YAML_SCALAR, CODE, error))
        return FALSE;
      const char *code = px_yaml_node_scalar (v);
      if (strlen (code) != 3 || !g_ascii_isupper (code[0]) || !g_ascii_isupper (code[1])
          || !g_ascii_isupper (code[2]))
        return px_yaml_throw (doc, v, error, CODE,
                              "%s: '%s' is not an ISO 4217 code (three capitals)", key, code);
      const char *word = px_yaml_node_scalar (k);
      if (is_blank (word))
        return px_yaml_throw (doc, k, error, CODE, "%s: an empty key", key);
      g_hash_table_insert (table, fold ? g_utf8_strdown (word, -1) : g_strdup (word),
                           g_strdup (code));
    }
  return TRUE;
}

static gboolean
read_percent (PxNumberRules *rules, const PxYaml *doc, const PxYamlNode *root, GError **error)
{
  const PxYamlNode *list = px_yaml_lookup_kind (doc, root, "percent", PX_YAML_SEQUENCE, CODE, error);
  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < px_yaml_node_n_children (list); i++)
    {
      const PxYamlNode *item = px_yaml_node_child (list, i);
      if (!px_yaml_expect_kind (doc, item, PX_YAML_SCALAR, CODE, error))
        return FALSE;
      g_autofree char *lower = g_utf8_strdown (px_yaml_node_scalar (item), -1);
      if (is_blank (lower))
        return px_yaml_throw (doc, item, error, CODE, "percent: an empty entry");
      if (strchr (lower, ' ') == NULL)
        g_hash_table_add (rules->percent_words, g_steal_pointer (&lower));
      else
        g_ptr_array_add (rules->percent_phrases, g_strsplit (g_strstrip (lower), " ", -1));
    }
  return TRUE;
}

static gboolean
read_years (PxNumberRules *rules, const PxYaml *doc, const PxYamlNode *root, GError **error)
{
  const PxYamlNode *node = px_yaml_lookup_kind (doc, root, "years", PX_YAML_SEQUENCE, CODE, error);
  if (node == NULL)
    return FALSE;
  if (px_yaml_node_n_children (node) != 2)
    return px_yaml_throw (doc, node, error, CODE, "years: expected [first, last]");
  return px_yaml_read_double (doc, px_yaml_node_child (node, 0), &rules->year_min, CODE, error)
         && px_yaml_read_double (doc, px_yaml_node_child (node, 1), &rules->year_max, CODE,
                                 error);
}

/* The article read_number_words () reads before a scale ("a million"). */
static const char *const articles[] = { "a", "an" };

static void
build_starts (PxNumberRules *rules)
{
  px_word_filter_add_keys (&rules->starts, rules->words);
  px_word_filter_add_keys (&rules->starts, rules->vague);
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    px_word_filter_add (&rules->starts, articles[i]);
  GHashTableIter iter;
  gpointer sign;
  g_hash_table_iter_init (&iter, rules->currency_signs);
  while (g_hash_table_iter_next (&iter, &sign, NULL))
    rules->sign_first[*(const guint8 *) sign] = TRUE;
}

PxNumberRules *
px_number_rules_load (const char *path, GError **error)
{
  static const char *const keys[] = {
    "version", "number_words", "scales", "scale_suffixes", "vague", "range_words", "percent",
    "currency_signs", "currency_words", "not_units", "months", "years", NULL
  };
  g_return_val_if_fail (path != NULL, NULL);
  g_autoptr(PxYaml) doc = px_yaml_load_rules (path, keys, error);
  if (doc == NULL)
    return NULL;
  const PxYamlNode *root = px_yaml_root (doc);

  g_autoptr(PxNumberRules) rules = g_new0 (PxNumberRules, 1);
  GHashTable **valued[] = { &rules->words, &rules->scales, &rules->suffixes, &rules->vague,
                            &rules->currency_signs, &rules->currency_words };
  for (guint i = 0; i < G_N_ELEMENTS (valued); i++)
    *valued[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTable **sets[] = { &rules->range_words, &rules->percent_words, &rules->not_units,
                          &rules->months };
  for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
    *sets[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rules->percent_phrases = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  if (!read_values (doc, root, "number_words", rules->words, error)
      || !read_values (doc, root, "scales", rules->scales, error)
      || !read_values (doc, root, "scale_suffixes", rules->suffixes, error)
      || !read_vague (rules, doc, root, error)
      || !px_yaml_read_word_set (doc, root, "range_words", TRUE, rules->range_words, CODE, error)
      || !read_percent (rules, doc, root, error)
      || !read_codes (doc, root, "currency_signs", FALSE, rules->currency_signs, error)
      || !read_codes (doc, root, "currency_words", TRUE, rules->currency_words, error)
      || !px_yaml_read_word_set (doc, root, "not_units", TRUE, rules->not_units, CODE, error)
      || !px_yaml_read_word_set (doc, root, "months", FALSE, rules->months, CODE, error)
      || !read_years (rules, doc, root, error))
    return NULL;
  build_starts (rules);
  return g_steal_pointer (&rules);
}

PxNumberRules *
px_number_rules_load_default (GError **error)
{
  g_autofree char *path = px_data_path ("rules/numbers.yaml");
  return px_number_rules_load (path, error);
}

/* ### Extraction */

typedef struct {
  const PxNumberRules *rules;
  const char *t;
  const PxToken *tokens; /* the segmentation's, a flat array (segment.h) */
  guint first, end;      /* the sentence's tokens */
} Scan;

/* A value read from tokens [start, end). */
typedef struct {
  double low, high;
  guint end;
  gboolean scaled;       /* by a scale word or suffix */
  double scale;
  gboolean digits;       /* written in digits */
  gboolean year_like;    /* four digits, no separators */
} Value;

static const PxToken *
tok (const Scan *s, guint i)
{
  return &s->tokens[i];
}

/* Token @i lowercased into @buf (FALSE if too long). */
static gboolean
lower (const Scan *s, guint i, char *buf, gsize size)
{
  const PxToken *t = tok (s, i);
  gsize len = t->span.end - t->span.start;
  if (len >= size)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    {
      char c = s->t[t->span.start + k];
      buf[k] = c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;   /* g_ascii_tolower () */
    }
  buf[len] = '\0';
  return TRUE;
}

static gpointer
lookup (const Scan *s, guint i, GHashTable *table)
{
  char buf[64];
  if (i >= s->end || !lower (s, i, buf, sizeof buf))
    return NULL;
  return g_hash_table_lookup (table, buf);
}

static gboolean
contains (const Scan *s, guint i, GHashTable *set)
{
  char buf[64];
  return i < s->end && lower (s, i, buf, sizeof buf) && g_hash_table_contains (set, buf);
}

static gboolean
tok_is (const Scan *s, guint i, const char *text)
{
  if (i >= s->end)
    return FALSE;
  const PxToken *t = tok (s, i);
  gsize len = t->span.end - t->span.start;
  return strlen (text) == len && g_ascii_strncasecmp (s->t + t->span.start, text, len) == 0;
}

static gboolean
is_month (const Scan *s, guint i)
{
  char buf[32];
  const PxToken *t = tok (s, i);
  gsize len = t->span.end - t->span.start;
  if (len >= sizeof buf)
    return FALSE;
  memcpy (buf, s->t + t->span.start, len);
  buf[len] = '\0';
  return g_hash_table_contains (s->rules->months, buf);
}

/* Multiplies @v by the scale words after it ("1.2 billion"). */
static void
read_scales (const Scan *s, Value *v)
{
  const double *scale;
  guint n = 0;
  while (n++ < MAX_NUMBER_WORDS && (scale = lookup (s, v->end, s->rules->scales)) != NULL)
    {
      v->low *= *scale;
      v->high *= *scale;
      v->scale = v->scaled ? v->scale * *scale : *scale;
      v->scaled = TRUE;
      v->end++;
    }
}

/* Digits: "11,000", "17.5", "30m" (a suffix only for money). */
static gboolean
read_digits (const Scan *s, guint i, gboolean money, Value *v)
{
  const PxToken *t = tok (s, i);
  const char *p = s->t + t->span.start, *e = s->t + t->span.end;
  if (!g_ascii_isdigit (*p))
    return FALSE;   /* '90s */
  g_autoptr(GString) plain = g_string_new (NULL);
  gboolean separators = FALSE;
  for (; p < e && (g_ascii_isdigit (*p) || *p == ',' || *p == '.'); p++)
    {
      separators |= !g_ascii_isdigit (*p);
      if (*p != ',')
        g_string_append_c (plain, *p);
    }
  v->low = v->high = g_ascii_strtod (plain->str, NULL);
  v->digits = TRUE;
  v->year_like = !separators && plain->len == 4;
  v->end = i + 1;
  if (p < e)
    {
      char suffix[8];
      gsize len = (gsize) (e - p);
      if (len >= sizeof suffix)
        return FALSE;
      for (gsize k = 0; k < len; k++)
        suffix[k] = g_ascii_tolower (p[k]);
      suffix[len] = '\0';
      const double *scale = g_hash_table_lookup (s->rules->suffixes, suffix);
      if (!money || scale == NULL)
        return FALSE;   /* 16th, 1990s, 5km */
      v->low *= *scale;
      v->high *= *scale;
      v->scale = *scale;
      v->scaled = TRUE;
      return TRUE;
    }
  read_scales (s, v);
  return TRUE;
}

/* Number words: "four", "twenty-five", "two hundred", "a million". */
static gboolean
read_number_words (const Scan *s, guint i, Value *v)
{
  double total = 0, current = 0;
  guint j = i;
  gboolean any = FALSE;
  if ((tok_is (s, i, articles[0]) || tok_is (s, i, articles[1]))
      && lookup (s, i + 1, s->rules->scales))
    {
      current = 1;
      any = TRUE;
      j = i + 1;
    }
  while (j - i < MAX_NUMBER_WORDS)
    {
      const double *w = lookup (s, j, s->rules->words);
      const double *scale = any ? lookup (s, j, s->rules->scales) : NULL;
      if (w != NULL)
        {
          current += *w;
          any = TRUE;
          j++;
          /* twenty-five */
          const double *unit = NULL;
          if (tok_is (s, j, "-") && j + 1 < s->end && tok (s, j)->joined
              && tok (s, j + 1)->joined
              && (unit = lookup (s, j + 1, s->rules->words)) != NULL)
            {
              current += *unit;
              j += 2;
            }
        }
      else if (scale != NULL)
        {
          if (*scale < 1000)
            current = (current == 0 ? 1 : current) * *scale;
          else
            {
              total += (current == 0 ? 1 : current) * *scale;
              current = 0;
            }
          v->scaled = TRUE;
          v->scale = *scale;
          j++;
        }
      else if (any && tok_is (s, j, "and") && lookup (s, j + 1, s->rules->words) != NULL
               && v->scaled)
        j++;   /* two hundred and fifty */
      else
        break;
    }
  if (!any)
    return FALSE;
  v->low = v->high = total + current;
  v->end = j;
  return TRUE;
}

/* "dozens of", "thousands of". */
static gboolean
read_vague_count (const Scan *s, guint i, Value *v)
{
  const Range *range = lookup (s, i, s->rules->vague);
  if (range == NULL || !tok_is (s, i + 1, "of"))
    return FALSE;
  v->low = range->low;
  v->high = range->high;
  v->end = i + 2;
  return TRUE;
}

/* The currency sign at @i: "$", "€", "US$" (US and $ joined). */
static const char *
currency_sign (const Scan *s, guint i, guint *after)
{
  if (i >= s->end)
    return NULL;
  char buf[16];
  const PxToken *t = tok (s, i);
  gsize len = t->span.end - t->span.start;
  if (i + 1 < s->end && tok (s, i + 1)->joined && len + 1 < sizeof buf)
    {
      /* "US$": two tokens. */
      const PxToken *n = tok (s, i + 1);
      gsize both = n->span.end - t->span.start;
      if (both < sizeof buf)
        {
          memcpy (buf, s->t + t->span.start, both);
          buf[both] = '\0';
          const char *code = g_hash_table_lookup (s->rules->currency_signs, buf);
          if (code != NULL)
            {
              *after = i + 2;
              return code;
            }
        }
    }
  if (len >= sizeof buf)
    return NULL;
  memcpy (buf, s->t + t->span.start, len);
  buf[len] = '\0';
  const char *code = g_hash_table_lookup (s->rules->currency_signs, buf);
  if (code != NULL)
    *after = i + 1;
  return code;
}

static gboolean
read_value (const Scan *s, guint i, gboolean money, Value *v)
{
  memset (v, 0, sizeof *v);
  if (i >= s->end)
    return FALSE;
  if (tok (s, i)->kind == PX_TOKEN_NUMBER)
    return read_digits (s, i, money, v);
  return read_number_words (s, i, v) || read_vague_count (s, i, v);
}

/* Digits that are a date, a time, a year or part of a name. */
static gboolean
is_not_quantity (const Scan *s, guint i, const Value *v, gboolean money)
{
  if (!v->digits)
    return FALSE;
  if (v->year_like && !money && v->low >= s->rules->year_min && v->low <= s->rules->year_max)
    return TRUE;
  if (i > s->first && is_month (s, i - 1))
    return TRUE;
  if (v->end < s->end && is_month (s, v->end))
    return TRUE;
  /* 10:33, F-35, No.5 */
  if (v->end < s->end && tok (s, v->end)->joined && tok_is (s, v->end, ":"))
    return TRUE;
  if (i >= s->first + 2 && tok (s, i)->joined && tok_is (s, i - 1, "-")
      && tok (s, i - 1)->joined && tok (s, i - 2)->kind == PX_TOKEN_WORD)
    return TRUE;
  return FALSE;
}

/* The percent marker at @i, and one past it. */
static gboolean
read_percent_marker (const Scan *s, guint i, guint *after)
{
  if (contains (s, i, s->rules->percent_words))
    {
      *after = i + 1;
      return TRUE;
    }
  for (guint k = 0; k < s->rules->percent_phrases->len; k++)
    {
      char **words = s->rules->percent_phrases->pdata[k];
      guint w = 0;
      while (words[w] != NULL && tok_is (s, i + w, words[w]))
        w++;
      if (words[w] == NULL)
        {
          *after = i + w;
          return TRUE;
        }
    }
  return FALSE;
}

/* The counted noun at @i: a lowercase word that is not a function word. */
static gboolean
is_unit (const Scan *s, guint i)
{
  if (i >= s->end || tok (s, i)->kind != PX_TOKEN_WORD)
    return FALSE;
  const char *p = s->t + tok (s, i)->span.start;
  return g_unichar_islower (g_utf8_get_char (p)) && !contains (s, i, s->rules->not_units)
         && !lookup (s, i, s->rules->words) && !lookup (s, i, s->rules->scales);
}

/* Tries a quantity at token @i; on success fills @out and returns one
 * past its last token, else 0. */
static guint
read_quantity (const Scan *s, guint i, PxNumber *out)
{
  guint j = i;
  const char *code = currency_sign (s, i, &j);
  Value low;
  if (!read_value (s, j, code != NULL, &low) || is_not_quantity (s, j, &low, code != NULL))
    return 0;
  guint k = low.end;
  Value high = low;
  gboolean between = i > s->first && tok_is (s, i - 1, "between");
  if (k < s->end && (contains (s, k, s->rules->range_words) || (between && tok_is (s, k, "and"))))
    {
      guint m = k + 1;
      const char *code2 = currency_sign (s, m, &m);
      Value second;
      if (read_value (s, m, (code2 ? code2 : code) != NULL, &second)
          && !is_not_quantity (s, m, &second, code != NULL) && second.high >= low.low)
        {
          /* "2 to 3 million": the scale applies to both ends. */
          if (second.scaled && !low.scaled && low.low * second.scale <= second.low)
            {
              low.low *= second.scale;
              low.high *= second.scale;
            }
          high = second;
          k = second.end;
          if (code == NULL)
            code = code2;
        }
    }
  memset (out, 0, sizeof *out);
  out->low = low.low;
  out->high = MAX (high.high, low.low);
  guint after = k;
  gboolean counted = FALSE;
  if (read_percent_marker (s, k, &after))
    out->percent = TRUE;
  else if (code == NULL && lookup (s, k, s->rules->currency_words) != NULL)
    {
      code = lookup (s, k, s->rules->currency_words);
      after = k + 1;
    }
  else if (code == NULL && is_unit (s, k))
    {
      out->unit = tok (s, k)->span;
      counted = TRUE;
      after = k + 1;
    }
  if (!out->percent && code == NULL && !counted)
    return 0;
  out->currency = g_strdup (code);
  out->span.start = tok (s, i)->span.start;
  out->span.end = tok (s, after - 1)->span.end;
  return after;
}

/* FALSE when token @i starts no quantity: read_quantity () would find
 * no currency sign there (each begins with its first byte) and no value
 * (digits, or a word of the filter). */
static gboolean
may_start (const Scan *s, guint i)
{
  const PxToken *t = &s->tokens[i];
  const char *p = s->t + t->span.start;
  return t->kind == PX_TOKEN_NUMBER || s->rules->sign_first[(guint8) *p]
         || px_word_filter_may_hold (&s->rules->starts, p, t->span.end - t->span.start);
}

static void
number_free (PxNumber *n)
{
  g_free (n->currency);
  g_free (n);
}

GPtrArray *
px_extract_numbers (const PxNumberRules *rules, const PxText *text, const PxSegmentation *seg)
{
  g_return_val_if_fail (rules != NULL && text != NULL && seg != NULL, NULL);
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) number_free);
  if (px_segmentation_n_sentences (seg) == 0 || px_segmentation_n_tokens (seg) == 0)
    return out;
  Scan s = { rules, px_text_get_normalized (text, NULL), px_segmentation_get_token (seg, 0), 0,
             0 };
  for (guint si = 0; si < px_segmentation_n_sentences (seg); si++)
    {
      const PxSentence *sent = px_segmentation_get_sentence (seg, si);
      s.first = sent->first_token;
      s.end = sent->first_token + sent->n_tokens;
      for (guint i = s.first; i < s.end;)
        {
          if (!may_start (&s, i))
            {
              i++;
              continue;
            }
          PxNumber n;
          guint next = read_quantity (&s, i, &n);
          if (next == 0)
            {
              i++;
              continue;
            }
          g_ptr_array_add (out, g_memdup2 (&n, sizeof n));
          i = next;
        }
    }
  return out;
}
