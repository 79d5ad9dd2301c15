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

/* Everything the rules say of one word: what each of their word sets
 * and tables holds for it.  A token is looked up once, here, rather
 * than in each table it is asked about. */
typedef struct {
  const double *number;          /* number_words; borrowed, NULL when none */
  const double *scale;           /* scales */
  const Range *vague;            /* vague */
  const char *currency;          /* currency_words: the code */
  gboolean range;                /* range_words */
  gboolean percent;              /* one-word percent markers */
  gboolean not_unit;             /* not_units */
  gboolean rank;                 /* rank_words */
} NumWord;

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
  GHashTable *rank_words;        /* "number one priority": a rank, no count */
  GHashTable *months;            /* case-sensitive */
  GHashTable *count_openers;     /* case-sensitive: capitalised words a count may follow */
  PxWordFilter month_shapes;     /* of months: most tokens need no lookup there */
  double year_min, year_max;
  NumWord *entries;              /* owned: the values of index */
  PxWordTable index;             /* every word of the tables above */
  /* What may start a quantity besides digits: the words read_value ()
   * reads first, and the first bytes of the currency signs. */
  PxWordFilter starts;
  gboolean sign_first[256];
  guint32 sign_first_keys;    /* bit per the first byte's key in a token's
                                 shape (segment.h), of the same signs */
};

void
px_number_rules_free (PxNumberRules *rules)
{
  if (rules == NULL)
    return;
  GHashTable *tables[] = {
    rules->words, rules->scales, rules->suffixes, rules->vague, rules->range_words,
    rules->percent_words, rules->currency_signs, rules->currency_words, rules->not_units,
    rules->months, rules->count_openers, rules->rank_words,
  };
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (tables[i] != NULL)
      g_hash_table_unref (tables[i]);
  if (rules->percent_phrases != NULL)
    g_ptr_array_unref (rules->percent_phrases);
  px_word_table_clear (&rules->index);
  g_free (rules->entries);
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

/* The entry of @word in the index, its next free entry taken when new. */
static NumWord *
entry_for (PxNumberRules *rules, const char *word, guint *n_used)
{
  PxWordSlot *slot = px_word_table_add (&rules->index, word);
  if (slot->value == NULL)
    slot->value = &rules->entries[(*n_used)++];
  return slot->value;
}

/* Indexes every word of the rules' tables and sets (the keys stay
 * owned by them). */
static void
build_index (PxNumberRules *rules)
{
  GHashTable *tables[] = { rules->words, rules->scales, rules->vague, rules->currency_words,
                           rules->range_words, rules->percent_words, rules->not_units,
                           rules->rank_words };
  guint n_keys = 0, used = 0;
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    n_keys += g_hash_table_size (tables[t]);
  px_word_table_init (&rules->index, n_keys);
  rules->entries = g_new0 (NumWord, MAX (n_keys, 1));
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      GHashTableIter iter;
      gpointer key, value;
      g_hash_table_iter_init (&iter, tables[t]);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          NumWord *w = entry_for (rules, key, &used);
          if (tables[t] == rules->words)
            w->number = value;
          else if (tables[t] == rules->scales)
            w->scale = value;
          else if (tables[t] == rules->vague)
            w->vague = value;
          else if (tables[t] == rules->currency_words)
            w->currency = value;
          else if (tables[t] == rules->range_words)
            w->range = TRUE;
          else if (tables[t] == rules->percent_words)
            w->percent = TRUE;
          else if (tables[t] == rules->rank_words)
            w->rank = TRUE;
          else
            w->not_unit = TRUE;
        }
    }
}

static void
build_starts (PxNumberRules *rules)
{
  px_word_filter_add_keys (&rules->month_shapes, rules->months);
  px_word_filter_add_keys (&rules->starts, rules->words);
  px_word_filter_add_keys (&rules->starts, rules->vague);
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    px_word_filter_add (&rules->starts, articles[i]);
  GHashTableIter iter;
  gpointer sign;
  g_hash_table_iter_init (&iter, rules->currency_signs);
  while (g_hash_table_iter_next (&iter, &sign, NULL))
    {
      rules->sign_first[*(const guint8 *) sign] = TRUE;
      rules->sign_first_keys |= 1u << (px_segment_shape (sign, strlen (sign)) >> 8 & 31);
    }
}

PxNumberRules *
px_number_rules_load (const char *path, GError **error)
{
  static const char *const keys[] = {
    "version", "number_words", "scales", "scale_suffixes", "vague", "range_words", "percent",
    "currency_signs", "currency_words", "not_units", "rank_words", "months", "count_openers",
    "years", NULL
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
                          &rules->months, &rules->count_openers, &rules->rank_words };
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
      /* Optional: older rules files lack it. */
      || (px_yaml_node_lookup (root, "rank_words") != NULL
          && !px_yaml_read_word_set (doc, root, "rank_words", TRUE, rules->rank_words, CODE,
                                     error))
      || !px_yaml_read_word_set (doc, root, "months", FALSE, rules->months, CODE, error)
      || !px_yaml_read_word_set (doc, root, "count_openers", FALSE, rules->count_openers, CODE,
                                 error)
      || !read_years (rules, doc, root, error))
    return NULL;
  build_starts (rules);
  build_index (rules);
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

/* What the rules say of token @i (NULL: nothing, or past the sentence).
 * Tokens of 64 bytes or more are no word of the rules. */
static const NumWord *
word_at (const Scan *s, guint i)
{
  if (i >= s->end)
    return NULL;
  const PxToken *t = tok (s, i);
  if (t->span.end - t->span.start >= 64)
    return NULL;
  return px_word_table_lookup_token (&s->rules->index, s->t, t);
}

static const double *
number_at (const Scan *s, guint i)
{
  const NumWord *w = word_at (s, i);
  return w != NULL ? w->number : NULL;
}

static const double *
scale_at (const Scan *s, guint i)
{
  const NumWord *w = word_at (s, i);
  return w != NULL ? w->scale : NULL;
}

static inline gboolean
tok_is (const Scan *s, guint i, const char *text)
{
  if (i >= s->end)
    return FALSE;
  const PxToken *t = tok (s, i);
  return px_word_is (s->t + t->span.start, t->span.end - t->span.start, text);
}

static gboolean
is_month (const Scan *s, guint i)
{
  char buf[32];
  const PxToken *t = tok (s, i);
  gsize len = t->span.end - t->span.start;
  if (len >= sizeof buf || !px_word_filter_may_hold_token (&s->rules->month_shapes, t))
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
  while (n++ < MAX_NUMBER_WORDS && (scale = scale_at (s, v->end)) != NULL)
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
  /* The digits without their commas: on the stack, and read without
   * strtod () when they are a whole number that a double holds exactly
   * (at most 15 digits), as most are. */
  char plain[64];
  gsize n = 0;
  gboolean separators = FALSE, point = FALSE, fits = TRUE;
  guint64 whole = 0;
  for (; p < e && (g_ascii_isdigit (*p) || *p == ',' || *p == '.'); p++)
    {
      separators |= !g_ascii_isdigit (*p);
      point |= *p == '.';
      if (*p == ',')
        continue;
      if (n + 1 < sizeof plain)
        plain[n] = *p;
      else
        fits = FALSE;
      n++;
      if (*p != '.')
        whole = whole * 10 + (guint64) (*p - '0');
    }
  if (!point && n <= 15)
    v->low = v->high = (double) whole;
  else if (fits)
    {
      plain[n] = '\0';
      v->low = v->high = g_ascii_strtod (plain, NULL);
    }
  else
    {
      g_autoptr(GString) longer = g_string_new (NULL);
      for (const char *q = s->t + t->span.start; q < p; q++)
        if (*q != ',')
          g_string_append_c (longer, *q);
      v->low = v->high = g_ascii_strtod (longer->str, NULL);
    }
  v->digits = TRUE;
  v->year_like = !separators && n == 4;
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
      && scale_at (s, i + 1))
    {
      current = 1;
      any = TRUE;
      j = i + 1;
    }
  while (j - i < MAX_NUMBER_WORDS)
    {
      const NumWord *word = word_at (s, j);
      const double *w = word != NULL ? word->number : NULL;
      const double *scale = any && word != NULL ? word->scale : NULL;
      if (w != NULL)
        {
          current += *w;
          any = TRUE;
          j++;
          /* twenty-five */
          const double *unit = NULL;
          if (tok_is (s, j, "-") && j + 1 < s->end && tok (s, j)->joined
              && tok (s, j + 1)->joined
              && (unit = number_at (s, j + 1)) != NULL)
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
      else if (any && tok_is (s, j, "and") && number_at (s, j + 1) != NULL
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
  const NumWord *word = word_at (s, i);
  const Range *range = word != NULL ? word->vague : NULL;
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
  /* Both forms below begin with this token's first byte. */
  if (!s->rules->sign_first[(guint8) s->t[t->span.start]])
    return NULL;
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

/* Boeing 737, the FTSE 100, Article 5: digits right after a capitalised
 * word inside the sentence are part of a name, not a count; not after a
 * word of count_openers ("on Monday 300 people"), nor after the
 * sentence's first word, which is capitalised anyway ("About 300"). */
static gboolean
names_before (const Scan *s, guint i)
{
  if (i < s->first + 2 || tok (s, i)->joined)
    return FALSE;
  const PxToken *before = tok (s, i - 1);
  if (before->kind != PX_TOKEN_WORD || !(before->shape & PX_TOKEN_SHAPE_CAPITAL))
    return FALSE;
  g_autofree char *word = g_strndup (s->t + before->span.start,
                                     before->span.end - before->span.start);
  return !g_hash_table_contains (s->rules->count_openers, word);
}

/* A rank, or digits that are a date, a time, a year or part of a
 * name. */
static gboolean
is_not_quantity (const Scan *s, guint i, const Value *v, gboolean money)
{
  /* "my number one priority", "the No. 2 seed": a rank. */
  const NumWord *before = i > s->first ? word_at (s, i - 1) : NULL;
  if (before != NULL && before->rank)
    return TRUE;
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
  return !money && names_before (s, i);
}

/* The percent marker at @i, and one past it. */
static gboolean
read_percent_marker (const Scan *s, guint i, guint *after)
{
  const NumWord *word = word_at (s, i);
  if (word != NULL && word->percent)
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
  if (!g_unichar_islower (g_utf8_get_char (p)))
    return FALSE;
  const NumWord *word = word_at (s, i);
  return word == NULL || (!word->not_unit && word->number == NULL && word->scale == NULL);
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
  const NumWord *next = word_at (s, k);
  if (k < s->end && ((next != NULL && next->range) || (between && tok_is (s, k, "and"))))
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
  /* Some 300 digits, or a scale on a long number, are past what a double
   * holds: infinity is no quantity (and no JSON number). */
  if (!isfinite (out->low) || !isfinite (out->high))
    return 0;
  guint after = k;
  gboolean counted = FALSE;
  if (read_percent_marker (s, k, &after))
    out->percent = TRUE;
  else if (code == NULL && (next = word_at (s, k)) != NULL && next->currency != NULL)
    {
      code = next->currency;
      after = k + 1;
    }
  else if (code == NULL && is_unit (s, k))
    {
      out->unit = px_token_span (tok (s, k));
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
 * (digits, or a word of the filter).  The first byte is read only when
 * the token's shape lets it be a sign's: the numbers read no other byte
 * of most tokens, and that read was a tenth of the three extractors'
 * first-level cache misses. */
static gboolean
may_start (const Scan *s, guint i)
{
  const PxToken *t = &s->tokens[i];
  return t->kind == PX_TOKEN_NUMBER || px_word_filter_may_hold_token (&s->rules->starts, t)
         || ((s->rules->sign_first_keys >> (t->shape >> 8 & 31) & 1)
             && s->rules->sign_first[(guint8) s->t[t->span.start]]);
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
  /* Room for an article's quantities: grown from nothing, the array
   * would reallocate at each doubling. */
  GPtrArray *out = g_ptr_array_new_full (32, (GDestroyNotify) number_free);
  if (px_segmentation_n_sentences (seg) == 0 || px_segmentation_n_tokens (seg) == 0)
    return out;
  Scan s = { rules, px_text_get_normalized (text, NULL), px_segmentation_get_token (seg, 0), 0,
             0 };
  /* Sentences are a flat array (segment.h): no call per sentence. */
  guint n_sentences = px_segmentation_n_sentences (seg);
  const PxSentence *sentences = px_segmentation_get_sentence (seg, 0);
  for (guint si = 0; si < n_sentences; si++)
    {
      const PxSentence *sent = &sentences[si];
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
