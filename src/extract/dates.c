/* dates.c: date expressions, matched over tokens and resolved (see extract.h).
 *
 * rules/dates.yaml (format: docs/dates.md) gives the vocabulary (month and
 * weekday names, units, shifts, counts...) and a list of patterns, each a
 * small sequence of literal words, token classes, optional items and
 * groups.  Patterns are compiled once by the loader.  Matching reads one
 * sentence's tokens at a time: each token is looked up once in the
 * vocabulary, then the patterns that may start with it are tried there
 * with a backtracking matcher (patterns are a few items long, so this is
 * linear in the text); the longest match wins and scanning resumes after
 * it.
 *
 * Which patterns may start with a token is worked out from the rules when
 * they load ("The start filter"): for each pattern, the literal words and
 * the token classes its first four tokens can be, and after
 * which of them a match may end, looking through optional and negated
 * items and into groups.  Most tokens of a text start no pattern (words
 * outside the vocabulary), and those are passed over after one table
 * lookup; at "in the" or "on the" the patterns left are those the next
 * two tokens fit.  The filter only ever skips patterns that could not match,
 * so the dates found are the same as when every pattern is tried.
 *
 * A match carries fields (year, month, day, weekday, shift, unit, count...)
 * and the pattern's resolver turns them into an interval against the
 * publication date.  A date the text does not fix (no year, or relative)
 * is resolved only when the publication date is known; otherwise it is
 * reported with value NULL.  Nothing reads the clock.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/word-filter.h"

#define CODE PX_ERROR_RULE_SYNTAX

/* ### Rules */

typedef enum {
  UNIT_NONE,
  UNIT_DAY,
  UNIT_WEEK,
  UNIT_MONTH,
  UNIT_QUARTER,          /* of the calendar year: January to March... */
  UNIT_YEAR,
  UNIT_DECADE,
  UNIT_CENTURY,
} Unit;

/* What a word can be; a word may be several things ("sat", "may"). */
typedef struct {
  guint8 month;          /* 1-12, 0 when not a month */
  guint8 weekday;        /* 1 (Monday) - 7, 0 when not a weekday */
  gboolean weekday_full; /* the weekday's full name, not a short form */
  guint8 unit;           /* Unit */
  gboolean plural;       /* "days", not "day" */
  guint8 season;         /* the month a season starts, 0 when not a season */
  guint8 quarter;        /* "third": 3, 0 when not a quarter's ordinal */
  guint8 quarter_code;   /* "q3": 3, 0 when not a quarter's code */
  gboolean has_decade;
  int decade;            /* "sixties": 60 */
  gboolean needs_capital;
  gboolean name_when_capital;  /* "USA Today": capitalised inside a clause, a name */
  gboolean name_before_capital;  /* "jan": with no period, before a capitalised
                                    word, a given name ("Jan Ullrich") */
  gboolean has_shift;
  int shift;
  gboolean has_day_word;
  int day_word;
  gboolean has_count;
  int count;             /* -1: an indefinite count ("several") */
} Lex;

typedef enum {
  F_YEAR, F_MONTH, F_DAY, F_WEEKDAY,
  F_YEAR2, F_MONTH2, F_DAY2,
  F_N1, F_N2, F_N3, F_N4,
  F_COUNT, F_UNIT, F_SHIFT, F_DAY_WORD, F_DECADE,
  F_DECADE2,             /* a decade written with two digits: '60s, sixties */
  F_PLURAL, F_SEASON, F_ORDINAL, F_ORDINAL2,
  F_HOLIDAY,             /* 1 + the holiday's place in the rules' list */
  F_QUARTER,
  N_FIELDS
} Field;

typedef enum {
  C_MONTH, C_MONTHNUM, C_DAY, C_YEAR, C_YEARNUM, C_WEEKDAY, C_N, C_NUM, C_UNIT,
  C_SHIFT, C_DAY_WORD, C_DECADE, C_DECADE_WORD, C_SEASON, C_ORDINAL, C_TIME, C_NUMDATE,
  C_HOLIDAY, C_QUARTER, C_QUARTER_CODE, C_OLD_YEAR, C_DAYNAME,
  C_WORD,                /* last: N_CLASS_KINDS counts up to it */
} ClassKind;

#define N_CLASS_KINDS (C_WORD + 1)

typedef struct {
  const char *name;
  ClassKind kind;
  Field field;
} Class;

static const Class classes[] = {
  { "MONTH", C_MONTH, F_MONTH },       { "MONTH2", C_MONTH, F_MONTH2 },
  { "MONTHNUM", C_MONTHNUM, F_MONTH }, { "DAY", C_DAY, F_DAY },
  { "DAY2", C_DAY, F_DAY2 },           { "YEAR", C_YEAR, F_YEAR },
  { "YEAR2", C_YEAR, F_YEAR2 },        { "YEARNUM", C_YEARNUM, F_YEAR },
  { "YEARNUM2", C_YEARNUM, F_YEAR2 },
  { "WEEKDAY", C_WEEKDAY, F_WEEKDAY }, { "DAYNAME", C_DAYNAME, F_WEEKDAY },
  { "N1", C_N, F_N1 },
  { "N2", C_N, F_N2 },                 { "N3", C_N, F_N3 },
  { "N4", C_N, F_N4 },                 { "NUM", C_NUM, F_COUNT },
  { "UNIT", C_UNIT, F_UNIT },          { "SHIFT", C_SHIFT, F_SHIFT },
  { "DAYWORD", C_DAY_WORD, F_DAY_WORD }, { "DECADE", C_DECADE, F_DECADE },
  { "DECADEWORD", C_DECADE_WORD, F_DECADE2 }, { "SEASON", C_SEASON, F_SEASON },
  { "ORDINAL", C_ORDINAL, F_ORDINAL }, { "ORDINAL2", C_ORDINAL, F_ORDINAL2 },
  { "TIME", C_TIME, N_FIELDS },        { "NUMDATE", C_NUMDATE, N_FIELDS },
  { "HOLIDAY", C_HOLIDAY, F_HOLIDAY }, { "QUARTER", C_QUARTER, F_QUARTER },
  { "QUARTERCODE", C_QUARTER_CODE, F_QUARTER },
  { "WORD", C_WORD, N_FIELDS },        { "OLDYEAR", C_OLD_YEAR, F_YEAR },
};

typedef enum {
  ITEM_LITERAL,
  ITEM_CLASS,
  ITEM_GROUP,
} ItemKind;

typedef struct _Item Item;
struct _Item {
  ItemKind kind;
  gboolean optional;
  gboolean joined;       /* no space before the (first) token */
  gboolean negated;      /* !item: the next token is not this; takes none */
  gboolean ahead;        /* &item: the next token is this; takes none */
  char **words;          /* owned; literals, lowercased */
  int *ids;              /* owned; each word's literal id, then -1 */
  const Class *klass;
  Item *children;        /* owned; groups */
  guint n_children;
};

typedef enum {
  R_DATE, R_NUMERIC, R_WEEKDAY, R_RELATIVE, R_TO_DATE, R_OFFSET_PAST, R_OFFSET_FUTURE,
  R_SINCE, R_DECADE, R_DAY_WORD, R_VAGUE, R_TRAILING, R_WEEKEND, R_SEASON, R_CENTURY,
  R_UNIT_END, R_NEXT_WEEKDAY, R_EVENT, R_HOLIDAY, R_QUARTER, R_LATER, R_DAY_OF_MONTH,
  R_WITHIN, R_HALF,
} Resolver;

static const char *const resolver_names[] = {
  [R_DATE] = "date", [R_NUMERIC] = "numeric", [R_WEEKDAY] = "weekday",
  [R_RELATIVE] = "relative", [R_TO_DATE] = "to_date", [R_OFFSET_PAST] = "offset_past",
  [R_OFFSET_FUTURE] = "offset_future", [R_SINCE] = "since", [R_DECADE] = "decade",
  [R_DAY_WORD] = "day_word", [R_VAGUE] = "vague", [R_TRAILING] = "trailing",
  [R_WEEKEND] = "weekend", [R_SEASON] = "season", [R_CENTURY] = "century",
  [R_UNIT_END] = "unit_end", [R_NEXT_WEEKDAY] = "next_weekday", [R_EVENT] = "event",
  [R_HOLIDAY] = "holiday", [R_QUARTER] = "quarter", [R_LATER] = "later",
  [R_DAY_OF_MONTH] = "day_of_month", [R_WITHIN] = "within", [R_HALF] = "half",
};

/* A holiday the rules date: a fixed day of the year, a day counted from
 * (Western) Easter Sunday, or the @nth weekday of a month. */
typedef struct {
  int month, day;        /* the fixed day; with @weekday, the month alone */
  int weekday;           /* 1 (Monday) - 7; 0: none */
  int nth;               /* with @weekday: 1 - 5, or -1 for the last */
  gboolean from_easter;
  int easter;            /* days after Easter Sunday */
} Holiday;

typedef struct {
  char *name;            /* owned */
  Resolver resolve;
  int offset;
  Item *items;           /* owned */
  guint n_items;
} Pattern;

/* For each literal and each class, the patterns in which a token of it
 * may come at some place (the first to the fourth token of a match);
 * a pattern set is n_set_words bit words, bit p for pattern p. */
typedef struct {
  guint64 *by_class;     /* owned: a set per ClassKind */
  guint64 *by_literal;   /* owned: a set per literal id */
  guint32 classes;       /* the ClassKinds whose set is not empty */
  guint8 *any_literal;   /* owned: per literal id, whether its set is not empty */
} TokenSets;

/* How many tokens of a match the start filter looks at: with two, "in
 * the", "on the" and "by the" still sent a dozen patterns to the matcher
 * at every such pair, to fail at the third token; with three, "in June ,"
 * and "on Monday ," sent month-year and day-month-year, to fail at the
 * fourth. */
#define FILTER_DEPTH 4

/* A word of the rules as loading gathers it: a lexicon entry, a
 * pattern's literal, or both. */
typedef struct {
  const char *key;       /* borrowed from the lexicon or an item */
  gsize len;
  guint32 hash;
  const Lex *lex;        /* borrowed from the lexicon; NULL when none */
  int literal;           /* the literal id, -1 when no pattern names it */
  gboolean meridiem;     /* a word of the meridiems ("pm") */
  gboolean cue_start;    /* the first word of a future or lookback cue */
  gboolean since;        /* a word of since_words */
} Word;

/* Flags of a word kept beside its classes, so that a token takes them
 * with its classes and the scans that ask about them read only the
 * sentence's tokens, not the words' table (cold when a batch of
 * articles begins). */
#define WORD_STARTS_MATCH (1u << 31)   /* a literal some pattern may start with */
#define WORD_STARTS_CUE (1u << 30)     /* the first word of a cue list's cue */
#define WORD_MERIDIEM (1u << 29)       /* a word of the meridiems ("pm") */
#define LEX_CLASSES ((1u << 29) - 1)

/* All that a token takes from its word, in 32 bytes beside the word's
 * first bytes, so that a lookup reads one line of memory, not four (the
 * key, its word, the word's text and its lexicon entry, each a block of
 * its own): the table is cold at the start of every batch of articles. */
typedef struct {
  guint64 head;          /* px_word_head () of the word */
  guint32 hash;
  guint16 len;           /* G_MAXUINT16 for any longer word */
  guint16 used;          /* 0: the slot is empty */
  int literal;           /* the literal id, -1 when no pattern names it */
  guint32 lex;           /* 1 + the index of its entry in lexes; 0: none */
  guint32 classes[2];    /* the lexicon's classes of a token of this word:
                            [0] in lowercase, [1] capitalised; and the
                            word's flags (WORD_STARTS..., WORD_MERIDIEM) */
} WordKey;

G_STATIC_ASSERT (sizeof (WordKey) == 32);

/* Open addressing over a power of two, at most half full: the one lookup
 * every token of a text makes. */
typedef struct {
  Word *slots;           /* owned: what loading gathers, per slot */
  WordKey *keys;         /* owned: per slot, what lookups read */
  guint mask;
} WordTable;

struct _PxDateRules {
  PxDateOrder default_order;   /* DMY or MDY */
  guint pivot;
  guint year_min, year_max;
  guint year_history_min;      /* OLDYEAR: four digits from here to year_min */
  guint hundreds_century_before; /* "the 1800s" is a century before this year */
  GHashTable *lexicon;         /* owned: word -> owned Lex */
  Lex *lexes;                  /* owned: the lexicon's entries in one block,
                                  as the words' table refers to them */
  GHashTable *suffixes;        /* owned set: ordinal suffixes */
  GHashTable *meridiems;       /* owned set */
  GHashTable *since_words;     /* owned set: a date they open runs to publication */
  GHashTable *year_joiners;    /* owned set: "March and June 2022" share a year across them */
  GPtrArray *future;           /* owned GStrv: future cues, each a word sequence */
  GPtrArray *future_words;     /* owned: per cue, its words' slots in words, then -1 */
  GPtrArray *lookback;         /* owned GStrv: lookback cues ("deadliest") */
  GPtrArray *lookback_words;   /* owned: as future_words */
  GPtrArray *past;             /* owned: past_cues, as future */
  GPtrArray *past_words;       /* owned: as future_words */
  GPtrArray *passive;          /* owned: passive_cues, as future */
  GPtrArray *passive_words;    /* owned: as future_words */
  GPtrArray *ed_adjectives;    /* owned: ed_adjectives, as future */
  GPtrArray *ed_adjective_words;  /* owned: as future_words */
  GPtrArray *adjective_openers;    /* owned: adjective_openers, as future */
  GPtrArray *adjective_opener_words;  /* owned: as future_words */
  GPtrArray *noun_cues;        /* owned: noun_cues, as future */
  GPtrArray *noun_cue_words;   /* owned: as future_words */
  GPtrArray *past_cues_after_name; /* owned: past_after_name_cues, as future */
  GPtrArray *past_after_name_words; /* owned: as future_words */
  GPtrArray *past_after_pronouns;  /* owned: past_after_pronouns, as future */
  GPtrArray *past_after_pronoun_words; /* owned: as future_words */
  GPtrArray *baseline_openers; /* owned: baseline_openers, as future */
  GPtrArray *baseline_words;   /* owned: as future_words */
  GPtrArray *report_nouns;     /* owned: report_nouns, as future */
  GPtrArray *report_words;     /* owned: as future_words */
  GPtrArray *speech_verbs;     /* owned: speech_verbs, as future */
  GPtrArray *speech_words;     /* owned: as future_words */
  GPtrArray *plan_openers;     /* owned: past_plan_openers, as future */
  GPtrArray *plan_opener_words;  /* owned: as future_words */
  GPtrArray *schedule_openers; /* owned: past_schedule_openers, as future */
  GPtrArray *schedule_opener_words;  /* owned: as future_words */
  GPtrArray *possessives;      /* owned: possessive_determiners, as future */
  GPtrArray *possessive_words; /* owned: as future_words */
  GPtrArray *determiners;      /* owned: noun_cue_determiners, as future */
  GPtrArray *determiner_words; /* owned: as future_words */
  GPtrArray *future_after;     /* owned: future_after_cues, as future */
  GPtrArray *future_after_words;  /* owned: as future_words */
  GPtrArray *verbs;            /* owned: verb_cues, as future */
  GPtrArray *verb_words;       /* owned: as future_words */
  GPtrArray *deferrals;        /* owned: deferral_cues, as future */
  GPtrArray *deferral_words;   /* owned: as future_words */
  GPtrArray *targets;          /* owned: deferral_targets, as future */
  GPtrArray *target_words;     /* owned: as future_words */
  GPtrArray *period_ends;      /* owned: period_ends, as future */
  GPtrArray *period_objects;   /* owned: period_objects, as future */
  GPtrArray *nearest;          /* owned: nearest_cues, as future */
  GPtrArray *period_words;     /* owned: as future_words */
  GPtrArray *period_object_words; /* owned: as future_words */
  GPtrArray *nearest_words;    /* owned: as future_words */
  GPtrArray *relatives;        /* owned: clause_relatives, as future */
  GPtrArray *relative_words;   /* owned: as future_words */
  guint verb_max_words;        /* the most words of one of verb_cues */
  guint future_window;
  guint future_after_window;
  guint lookahead_days;
  guint lookback_days;         /* a future cue's day this near before publication is past */
  guint report_days;           /* a future cue's part of a year ended this near is that one */
  guint past_window;           /* a past verb this near before a date cancels the lookahead */
  GPtrArray *patterns;         /* owned Pattern* */
  GArray *holidays;            /* owned Holiday */
  GHashTable *holiday_ids;     /* owned: gazetteer id -> 1 + place in @holidays */
  /* The start filter, built once the patterns are read. */
  WordTable words;             /* the lexicon, every literal, the future cues */
  const WordKey *single[256];  /* the one-byte words (",", "a"), by folded byte:
                                  a sixth of all tokens, found without hashing */
  PxWordFilter word_shapes;    /* of the words, so most tokens need no lookup */
  guint n_literals;
  guint n_set_words;
  TokenSets at[FILTER_DEPTH];  /* what a match's first, second...
                                  tokens may be */
  TokenSets ends[FILTER_DEPTH - 1];  /* what the first (second...) token
                                  of a match may be when the match may end
                                  after it, or when anything may come after
                                  it (a time takes up to four tokens) */
};

static void items_free (Item *items, guint n);

/* Frees what @n items hold, not the items. */
static void
items_clear (Item *items, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      g_strfreev (items[i].words);
      g_free (items[i].ids);
      items_free (items[i].children, items[i].n_children);
    }
}

static void
items_free (Item *items, guint n)
{
  items_clear (items, n);
  g_free (items);
}

static void
pattern_free (Pattern *p)
{
  g_free (p->name);
  items_free (p->items, p->n_items);
  g_free (p);
}

void
px_date_rules_free (PxDateRules *rules)
{
  if (rules == NULL)
    return;
  g_clear_pointer (&rules->lexicon, g_hash_table_unref);
  g_clear_pointer (&rules->suffixes, g_hash_table_unref);
  g_clear_pointer (&rules->meridiems, g_hash_table_unref);
  g_clear_pointer (&rules->since_words, g_hash_table_unref);
  g_clear_pointer (&rules->year_joiners, g_hash_table_unref);
  g_clear_pointer (&rules->future, g_ptr_array_unref);
  g_clear_pointer (&rules->future_words, g_ptr_array_unref);
  g_clear_pointer (&rules->lookback, g_ptr_array_unref);
  g_clear_pointer (&rules->lookback_words, g_ptr_array_unref);
  g_clear_pointer (&rules->past, g_ptr_array_unref);
  g_clear_pointer (&rules->past_words, g_ptr_array_unref);
  g_clear_pointer (&rules->passive, g_ptr_array_unref);
  g_clear_pointer (&rules->passive_words, g_ptr_array_unref);
  g_clear_pointer (&rules->ed_adjectives, g_ptr_array_unref);
  g_clear_pointer (&rules->ed_adjective_words, g_ptr_array_unref);
  g_clear_pointer (&rules->adjective_openers, g_ptr_array_unref);
  g_clear_pointer (&rules->adjective_opener_words, g_ptr_array_unref);
  g_clear_pointer (&rules->noun_cues, g_ptr_array_unref);
  g_clear_pointer (&rules->noun_cue_words, g_ptr_array_unref);
  g_clear_pointer (&rules->past_cues_after_name, g_ptr_array_unref);
  g_clear_pointer (&rules->past_after_name_words, g_ptr_array_unref);
  g_clear_pointer (&rules->past_after_pronouns, g_ptr_array_unref);
  g_clear_pointer (&rules->past_after_pronoun_words, g_ptr_array_unref);
  g_clear_pointer (&rules->baseline_openers, g_ptr_array_unref);
  g_clear_pointer (&rules->baseline_words, g_ptr_array_unref);
  g_clear_pointer (&rules->report_nouns, g_ptr_array_unref);
  g_clear_pointer (&rules->report_words, g_ptr_array_unref);
  g_clear_pointer (&rules->speech_verbs, g_ptr_array_unref);
  g_clear_pointer (&rules->speech_words, g_ptr_array_unref);
  g_clear_pointer (&rules->plan_openers, g_ptr_array_unref);
  g_clear_pointer (&rules->plan_opener_words, g_ptr_array_unref);
  g_clear_pointer (&rules->schedule_openers, g_ptr_array_unref);
  g_clear_pointer (&rules->schedule_opener_words, g_ptr_array_unref);
  g_clear_pointer (&rules->possessives, g_ptr_array_unref);
  g_clear_pointer (&rules->possessive_words, g_ptr_array_unref);
  g_clear_pointer (&rules->future_after, g_ptr_array_unref);
  g_clear_pointer (&rules->future_after_words, g_ptr_array_unref);
  g_clear_pointer (&rules->verbs, g_ptr_array_unref);
  g_clear_pointer (&rules->verb_words, g_ptr_array_unref);
  g_clear_pointer (&rules->deferrals, g_ptr_array_unref);
  g_clear_pointer (&rules->deferral_words, g_ptr_array_unref);
  g_clear_pointer (&rules->targets, g_ptr_array_unref);
  g_clear_pointer (&rules->target_words, g_ptr_array_unref);
  g_clear_pointer (&rules->period_ends, g_ptr_array_unref);
  g_clear_pointer (&rules->period_objects, g_ptr_array_unref);
  g_clear_pointer (&rules->nearest, g_ptr_array_unref);
  g_clear_pointer (&rules->period_words, g_ptr_array_unref);
  g_clear_pointer (&rules->period_object_words, g_ptr_array_unref);
  g_clear_pointer (&rules->nearest_words, g_ptr_array_unref);
  g_clear_pointer (&rules->relatives, g_ptr_array_unref);
  g_clear_pointer (&rules->relative_words, g_ptr_array_unref);
  g_clear_pointer (&rules->determiners, g_ptr_array_unref);
  g_clear_pointer (&rules->determiner_words, g_ptr_array_unref);
  g_clear_pointer (&rules->patterns, g_ptr_array_unref);
  g_clear_pointer (&rules->holidays, g_array_unref);
  g_clear_pointer (&rules->holiday_ids, g_hash_table_unref);
  g_free (rules->words.slots);
  g_free (rules->words.keys);
  g_free (rules->lexes);
  TokenSets *sets[2 * FILTER_DEPTH - 1];
  for (guint d = 0; d < FILTER_DEPTH; d++)
    sets[d] = &rules->at[d];
  for (guint d = 0; d + 1 < FILTER_DEPTH; d++)
    sets[FILTER_DEPTH + d] = &rules->ends[d];
  for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
    {
      g_free (sets[i]->by_class);
      g_free (sets[i]->by_literal);
      g_free (sets[i]->any_literal);
    }
  g_free (rules);
}

const char *
px_granularity_name (PxGranularity granularity)
{
  static const char *const names[] = { "day", "week", "month", "year", "span", "vague" };
  g_return_val_if_fail ((guint) granularity < G_N_ELEMENTS (names), "?");
  return names[granularity];
}

/* ### Loading */

typedef struct {
  const PxYaml *doc;
  PxDateRules *rules;
} Load;

static Lex *
lex_for (PxDateRules *rules, const char *word)
{
  g_autofree char *key = g_utf8_strdown (word, -1);
  Lex *lex = g_hash_table_lookup (rules->lexicon, key);
  if (lex == NULL)
    {
      lex = g_new0 (Lex, 1);
      g_hash_table_insert (rules->lexicon, g_steal_pointer (&key), lex);
    }
  return lex;
}

static const PxYamlNode *
need (const Load *l, const PxYamlNode *map, const char *key, PxYamlKind kind, GError **error)
{
  const PxYamlNode *node = px_yaml_node_lookup (map, key);
  if (node == NULL)
    return px_yaml_throw (l->doc, map, error, CODE, "missing key '%s'", key), NULL;
  if (!px_yaml_expect_kind (l->doc, node, kind, CODE, error))
    return NULL;
  return node;
}

/* A scalar list item, refused when empty. */
static const char *
word_at (const Load *l, const PxYamlNode *list, guint i, GError **error)
{
  const PxYamlNode *item = px_yaml_node_child (list, i);
  if (!px_yaml_expect_kind (l->doc, item, PX_YAML_SCALAR, CODE, error))
    return NULL;
  const char *word = px_yaml_node_scalar (item);
  if (*word == '\0' || strchr (word, ' ') != NULL)
    return px_yaml_throw (l->doc, item, error, CODE, "'%s': expected one word", word), NULL;
  return word;
}

/* months: or weekdays: a sequence of @n sequences of names. */
static gboolean
read_names (const Load *l, const PxYamlNode *root, const char *key, guint n, gboolean month,
            GError **error)
{
  const PxYamlNode *list = need (l, root, key, PX_YAML_SEQUENCE, error);
  if (list == NULL)
    return FALSE;
  if (px_yaml_node_n_children (list) != n)
    return px_yaml_throw (l->doc, list, error, CODE, "'%s' must list %u entries, not %u",
                          key, n, px_yaml_node_n_children (list));
  for (guint i = 0; i < n; i++)
    {
      const PxYamlNode *names = px_yaml_node_child (list, i);
      if (!px_yaml_expect_kind (l->doc, names, PX_YAML_SEQUENCE, CODE, error))
        return FALSE;
      if (px_yaml_node_n_children (names) == 0)
        return px_yaml_throw (l->doc, names, error, CODE, "an empty list of names");
      for (guint j = 0; j < px_yaml_node_n_children (names); j++)
        {
          const char *word = word_at (l, names, j, error);
          if (word == NULL)
            return FALSE;
          Lex *lex = lex_for (l->rules, word);
          if (month)
            lex->month = i + 1;
          else
            {
              lex->weekday = i + 1;
              lex->weekday_full = lex->weekday_full || j == 0;
            }
        }
    }
  return TRUE;
}

static gboolean
read_set (const Load *l, const PxYamlNode *root, const char *key, GHashTable **out,
          GError **error)
{
  const PxYamlNode *list = need (l, root, key, PX_YAML_SEQUENCE, error);
  if (list == NULL)
    return FALSE;
  *out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < px_yaml_node_n_children (list); i++)
    {
      const char *word = word_at (l, list, i, error);
      if (word == NULL)
        return FALSE;
      g_hash_table_add (*out, g_utf8_strdown (word, -1));
    }
  return TRUE;
}

static gboolean
read_int (const Load *l, const PxYamlNode *node, int min, int max, int *out, GError **error)
{
  const char *s = px_yaml_node_scalar (node);
  char *end = NULL;
  long v = s != NULL ? strtol (s, &end, 10) : 0;
  if (s == NULL || *s == '\0' || *end != '\0' || v < min || v > max)
    return px_yaml_throw (l->doc, node, error, CODE, "expected a whole number from %d to %d, not '%s'",
                          min, max, s != NULL ? s : px_yaml_node_kind_name (px_yaml_node_kind (node)));
  *out = (int) v;
  return TRUE;
}

/* shifts:, day_words:, numbers: maps of word -> integer. */
static gboolean
read_word_ints (const Load *l, const PxYamlNode *root, const char *key, int min, int max,
                GError **error)
{
  const PxYamlNode *map = need (l, root, key, PX_YAML_MAPPING, error);
  if (map == NULL)
    return FALSE;
  for (guint i = 0; i + 1 < px_yaml_node_n_children (map); i += 2)
    {
      const char *word = px_yaml_node_scalar (px_yaml_node_child (map, i));
      int v = 0;
      if (!read_int (l, px_yaml_node_child (map, i + 1), min, max, &v, error))
        return FALSE;
      Lex *lex = lex_for (l->rules, word);
      if (strcmp (key, "shifts") == 0)
        lex->has_shift = TRUE, lex->shift = v;
      else if (strcmp (key, "day_words") == 0)
        lex->has_day_word = TRUE, lex->day_word = v;
      else if (strcmp (key, "seasons") == 0)
        lex->season = v;
      else if (strcmp (key, "quarters") == 0)
        lex->quarter = v;
      else if (strcmp (key, "quarter_codes") == 0)
        lex->quarter_code = v;
      else if (strcmp (key, "decades") == 0)
        {
          if (v % 10 != 0)
            return px_yaml_throw (l->doc, px_yaml_node_child (map, i + 1), error, CODE,
                                  "a decade is a multiple of ten, not %d", v);
          lex->has_decade = TRUE, lex->decade = v;
        }
      else
        lex->has_count = TRUE, lex->count = v;
    }
  return TRUE;
}

/* The same for a key that rule files written before it lack. */
static gboolean
read_optional_word_ints (const Load *l, const PxYamlNode *root, const char *key, int min, int max,
                         GError **error)
{
  return px_yaml_node_lookup (root, key) == NULL || read_word_ints (l, root, key, min, max, error);
}

/* One unit's words: {one: [day], many: [days]}. */
static gboolean
read_unit_words (const Load *l, const PxYamlNode *map, Unit unit, GError **error)
{
  static const char *const keys[] = { "one", "many", NULL };
  if (!px_yaml_check_keys (l->doc, map, keys, CODE, error))
    return FALSE;
  for (guint k = 0; k < 2; k++)
    {
      const PxYamlNode *list = need (l, map, keys[k], PX_YAML_SEQUENCE, error);
      if (list == NULL)
        return FALSE;
      for (guint i = 0; i < px_yaml_node_n_children (list); i++)
        {
          const char *word = word_at (l, list, i, error);
          if (word == NULL)
            return FALSE;
          Lex *lex = lex_for (l->rules, word);
          lex->unit = unit;
          lex->plural = k == 1;
        }
    }
  return TRUE;
}

static gboolean
read_units (const Load *l, const PxYamlNode *root, GError **error)
{
  static const char *const names[] = { [UNIT_DAY] = "day", [UNIT_WEEK] = "week",
                                       [UNIT_MONTH] = "month", [UNIT_QUARTER] = "quarter",
                                       [UNIT_YEAR] = "year",
                                       [UNIT_DECADE] = "decade", [UNIT_CENTURY] = "century",
                                       NULL };
  const PxYamlNode *map = need (l, root, "units", PX_YAML_MAPPING, error);
  if (map == NULL || !px_yaml_check_keys (l->doc, map, names + 1, CODE, error))
    return FALSE;
  for (guint u = UNIT_DAY; u <= UNIT_CENTURY; u++)
    {
      /* Optional: a rule file written before quarters has none. */
      if (u == UNIT_QUARTER && px_yaml_node_lookup (map, names[u]) == NULL)
        continue;
      const PxYamlNode *words = need (l, map, names[u], PX_YAML_MAPPING, error);
      if (words == NULL || !read_unit_words (l, words, u, error))
        return FALSE;
    }
  return TRUE;
}

/* A list of cues @key: words or phrases ("is to"), each kept as its
 * words, into *@out. */
static gboolean
read_cue_list (const Load *l, const PxYamlNode *root, const char *key, GPtrArray **out,
               GError **error)
{
  const PxYamlNode *list = need (l, root, key, PX_YAML_SEQUENCE, error);
  if (list == NULL)
    return FALSE;
  *out = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; i < px_yaml_node_n_children (list); i++)
    {
      const PxYamlNode *item = px_yaml_node_child (list, i);
      if (!px_yaml_expect_kind (l->doc, item, PX_YAML_SCALAR, CODE, error))
        return FALSE;
      g_autofree char *low = g_utf8_strdown (px_yaml_node_scalar (item), -1);
      g_auto(GStrv) words = g_strsplit (g_strstrip (low), " ", -1);
      g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
      for (guint w = 0; words[w] != NULL; w++)
        if (words[w][0] != '\0')
          g_strv_builder_add (kept, words[w]);
      GStrv cue = g_strv_builder_end (kept);
      if (cue[0] == NULL)
        {
          g_strfreev (cue);
          return px_yaml_throw (l->doc, item, error, CODE, "%s: an empty cue", key);
        }
      g_ptr_array_add (*out, cue);
    }
  return TRUE;
}

/* future_cues, lookback_cues, past_cues, passive_cues, ed_adjectives,
 * adjective_openers,
 * noun_cues, noun_cue_determiners, future_after_cues, verb_cues,
 * deferral_cues, deferral_targets, period_ends, period_objects, nearest_cues,
 * clause_relatives,
 * past_after_name_cues, past_after_pronouns, baseline_openers,
 * report_nouns, speech_verbs, past_plan_openers and
 * possessive_determiners. */
static gboolean
read_cues (const Load *l, const PxYamlNode *root, GError **error)
{
  return read_cue_list (l, root, "future_cues", &l->rules->future, error)
         && read_cue_list (l, root, "lookback_cues", &l->rules->lookback, error)
         && read_cue_list (l, root, "past_cues", &l->rules->past, error)
         && read_cue_list (l, root, "passive_cues", &l->rules->passive, error)
         && read_cue_list (l, root, "ed_adjectives", &l->rules->ed_adjectives, error)
         && read_cue_list (l, root, "adjective_openers", &l->rules->adjective_openers, error)
         && read_cue_list (l, root, "noun_cues", &l->rules->noun_cues, error)
         && read_cue_list (l, root, "noun_cue_determiners", &l->rules->determiners, error)
         && read_cue_list (l, root, "future_after_cues", &l->rules->future_after, error)
         && read_cue_list (l, root, "verb_cues", &l->rules->verbs, error)
         && read_cue_list (l, root, "deferral_cues", &l->rules->deferrals, error)
         && read_cue_list (l, root, "deferral_targets", &l->rules->targets, error)
         && read_cue_list (l, root, "period_ends", &l->rules->period_ends, error)
         && read_cue_list (l, root, "period_objects", &l->rules->period_objects, error)
         && read_cue_list (l, root, "nearest_cues", &l->rules->nearest, error)
         && read_cue_list (l, root, "clause_relatives", &l->rules->relatives, error)
         && read_cue_list (l, root, "past_after_name_cues", &l->rules->past_cues_after_name,
                           error)
         && read_cue_list (l, root, "past_after_pronouns", &l->rules->past_after_pronouns,
                           error)
         && read_cue_list (l, root, "baseline_openers", &l->rules->baseline_openers, error)
         && read_cue_list (l, root, "report_nouns", &l->rules->report_nouns, error)
         && read_cue_list (l, root, "speech_verbs", &l->rules->speech_verbs, error)
         && read_cue_list (l, root, "past_plan_openers", &l->rules->plan_openers, error)
         && read_cue_list (l, root, "past_schedule_openers", &l->rules->schedule_openers,
                           error)
         && read_cue_list (l, root, "possessive_determiners", &l->rules->possessives, error);
}

/* The flags read_flagged_words () gives. */
typedef enum {
  FLAG_NEEDS_CAPITAL,
  FLAG_NAME_WHEN_CAPITAL,
  FLAG_NAME_BEFORE_CAPITAL,
} WordFlag;

/* A list @key of words of the lexicon, each given @flag:
 * names_when_capitalised (day words that, capitalised after a word, are
 * a name's: "NBC's Today show"; read after day_words); needs_capital
 * (months and weekdays that are also common words: "may");
 * names_before_capital (their short forms that are also given names:
 * "Jan Ullrich"). */
static gboolean
read_flagged_words (const Load *l, const PxYamlNode *root, const char *key, WordFlag flag,
                    GError **error)
{
  gboolean day_words = flag == FLAG_NAME_WHEN_CAPITAL;
  const PxYamlNode *list = need (l, root, key, PX_YAML_SEQUENCE, error);
  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < px_yaml_node_n_children (list); i++)
    {
      const char *word = word_at (l, list, i, error);
      if (word == NULL)
        return FALSE;
      g_autofree char *lower = g_utf8_strdown (word, -1);
      Lex *lex = g_hash_table_lookup (l->rules->lexicon, lower);
      gboolean fits = lex != NULL
                      && (day_words ? lex->has_day_word : lex->month != 0 || lex->weekday != 0);
      if (!fits)
        return px_yaml_throw (l->doc, px_yaml_node_child (list, i), error, CODE,
                              day_words ? "'%s' is not one of day_words"
                                        : "'%s' is not a month or weekday name", word);
      lex->name_when_capital |= flag == FLAG_NAME_WHEN_CAPITAL;
      lex->needs_capital |= flag == FLAG_NEEDS_CAPITAL;
      lex->name_before_capital |= flag == FLAG_NAME_BEFORE_CAPITAL;
    }
  return TRUE;
}

/* One holiday's rule: {month: 12, day: 25}, {easter: -2} or
 * {month: 11, weekday: thursday, nth: 4}. */
static gboolean
read_holiday (const Load *l, const PxYamlNode *node, Holiday *h, GError **error)
{
  static const char *const keys[] = { "month", "day", "weekday", "nth", "easter", NULL };
  if (!px_yaml_expect_kind (l->doc, node, PX_YAML_MAPPING, CODE, error)
      || !px_yaml_check_keys (l->doc, node, keys, CODE, error))
    return FALSE;
  const PxYamlNode *month = px_yaml_node_lookup (node, "month");
  const PxYamlNode *day = px_yaml_node_lookup (node, "day");
  const PxYamlNode *weekday = px_yaml_node_lookup (node, "weekday");
  const PxYamlNode *nth = px_yaml_node_lookup (node, "nth");
  const PxYamlNode *easter = px_yaml_node_lookup (node, "easter");
  if (easter != NULL)
    {
      if (month || day || weekday || nth)
        return px_yaml_throw (l->doc, node, error, CODE,
                              "a holiday counted from Easter takes no month, day or weekday");
      h->from_easter = TRUE;
      return read_int (l, easter, -366, 366, &h->easter, error);
    }
  if (month == NULL || (day == NULL) == (weekday == NULL) || (weekday == NULL) != (nth == NULL))
    return px_yaml_throw (l->doc, node, error, CODE,
                          "a holiday is {month, day}, {month, weekday, nth} or {easter}");
  if (!read_int (l, month, 1, 12, &h->month, error))
    return FALSE;
  if (day != NULL)
    {
      if (!read_int (l, day, 1, 31, &h->day, error))
        return FALSE;
      if (!g_date_valid_dmy (h->day, h->month, 2000))
        return px_yaml_throw (l->doc, day, error, CODE, "no month %d has a day %d", h->month,
                              h->day);
      return TRUE;
    }
  g_autofree char *name = g_utf8_strdown (px_yaml_node_scalar (weekday) ?: "", -1);
  const Lex *lex = g_hash_table_lookup (l->rules->lexicon, name);
  if (lex == NULL || lex->weekday == 0)
    return px_yaml_throw (l->doc, weekday, error, CODE, "'%s' is not a weekday of 'weekdays'",
                          name);
  h->weekday = lex->weekday;
  if (!read_int (l, nth, -1, 5, &h->nth, error))
    return FALSE;
  if (h->nth == 0)
    return px_yaml_throw (l->doc, nth, error, CODE, "nth is 1 to 5, or -1 for the last");
  return TRUE;
}

/* holidays: gazetteer id -> its rule; an optional key. */
static gboolean
read_holidays (const Load *l, const PxYamlNode *root, GError **error)
{
  PxDateRules *rules = l->rules;
  rules->holidays = g_array_new (FALSE, TRUE, sizeof (Holiday));
  rules->holiday_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const PxYamlNode *map = px_yaml_node_lookup (root, "holidays");
  if (map == NULL)
    return TRUE;
  if (!px_yaml_expect_kind (l->doc, map, PX_YAML_MAPPING, CODE, error))
    return FALSE;
  for (guint i = 0; i + 1 < px_yaml_node_n_children (map); i += 2)
    {
      Holiday h = { 0 };
      if (!read_holiday (l, px_yaml_node_child (map, i + 1), &h, error))
        return FALSE;
      g_array_append_val (rules->holidays, h);
      g_hash_table_insert (rules->holiday_ids,
                           g_strdup (px_yaml_node_scalar (px_yaml_node_child (map, i))),
                           GUINT_TO_POINTER (rules->holidays->len));
    }
  return TRUE;
}

/* ### Pattern syntax
 *
 * seq  := item*           items separated by spaces
 * item := '+'? ('!' | '&')? atom '?'?
 * atom := '(' seq ')' | CLASS | word('|'word)*
 */

typedef struct {
  const char *start;
  const char *p;
  char *problem;         /* owned; set on failure */
} Syntax;

/* Takes @what. */
static gboolean
syntax_fail (Syntax *s, char *what)
{
  g_autofree char *owned = what;
  s->problem = g_strdup_printf ("%s (at character %ld of the pattern)", owned,
                                (long) (s->p - s->start) + 1);
  return FALSE;
}

static gboolean parse_seq (Syntax *s, gboolean in_group, GArray *out);

/* Whether @it only looks at the next token ('!' or '&'), taking none. */
static inline gboolean
looks_ahead (const Item *it)
{
  return it->negated || it->ahead;
}

static gboolean
is_class_name (const char *w)
{
  for (; *w != '\0'; w++)
    if (!g_ascii_isupper (*w) && !g_ascii_isdigit (*w))
      return FALSE;
  return TRUE;
}

static gboolean
parse_atom (Syntax *s, Item *item)
{
  if (*s->p == '(')
    {
      s->p++;
      g_autoptr(GArray) children = g_array_new (FALSE, TRUE, sizeof (Item));
      if (!parse_seq (s, TRUE, children))
        {
          items_clear ((Item *) (void *) children->data, children->len);
          return FALSE;
        }
      if (children->len == 0)
        return syntax_fail (s, g_strdup ("an empty group"));
      item->kind = ITEM_GROUP;
      item->n_children = children->len;
      item->children = (Item *) (void *) g_array_free (g_steal_pointer (&children), FALSE);
      return TRUE;
    }
  const char *end = s->p;
  while (*end != '\0' && *end != ' ' && *end != '(' && *end != ')'
         && !(*end == '?' && (end[1] == '\0' || end[1] == ' ' || end[1] == ')')))
    end++;
  if (end == s->p)
    return syntax_fail (s, g_strdup ("expected a word, a class or a group"));
  g_autofree char *word = g_strndup (s->p, end - s->p);
  if (is_class_name (word) && g_ascii_isupper (word[0]))
    {
      for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
        if (strcmp (classes[i].name, word) == 0)
          {
            item->kind = ITEM_CLASS;
            item->klass = &classes[i];
            s->p = end;
            return TRUE;
          }
      return syntax_fail (s, g_strdup_printf ("unknown class '%s'", word));
    }
  item->kind = ITEM_LITERAL;
  g_auto(GStrv) words = g_strsplit (word, "|", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] == '\0')
      return syntax_fail (s, g_strdup_printf ("an empty alternative in '%s'", word));
    else if (is_class_name (words[i]) && g_ascii_isupper (words[i][0]))
      return syntax_fail (s, g_strdup_printf ("'%s': a class cannot be an alternative; "
                                              "write two patterns", word));
  g_autofree char *lower = g_utf8_strdown (word, -1);
  item->words = g_strsplit (lower, "|", -1);
  s->p = end;
  return TRUE;
}

static gboolean
parse_seq (Syntax *s, gboolean in_group, GArray *out)
{
  for (;;)
    {
      while (*s->p == ' ')
        s->p++;
      if (*s->p == '\0')
        return in_group ? syntax_fail (s, g_strdup ("a group is not closed")) : TRUE;
      if (*s->p == ')')
        {
          if (!in_group)
            return syntax_fail (s, g_strdup ("')' without '('"));
          s->p++;
          return TRUE;
        }
      Item item = { 0 };
      if (*s->p == '+')
        {
          item.joined = TRUE;
          s->p++;
        }
      if (*s->p == '!')
        {
          item.negated = TRUE;
          s->p++;
        }
      else if (*s->p == '&')
        {
          item.ahead = TRUE;
          s->p++;
        }
      if (!parse_atom (s, &item))
        {
          items_clear (&item, 1);
          return FALSE;
        }
      if (*s->p == '?')
        {
          item.optional = TRUE;
          s->p++;
        }
      if ((item.negated || item.ahead) && (item.optional || item.kind == ITEM_GROUP))
        {
          items_clear (&item, 1);
          return syntax_fail (s, g_strdup_printf ("'%c' takes a word or a class, not a group "
                                                  "or an optional item",
                                                  item.negated ? '!' : '&'));
        }
      g_array_append_val (out, item);
    }
}

/* Whether every match of @items takes a token of class @kind. */
static gboolean
items_take_class (const Item *items, guint n, ClassKind kind)
{
  for (guint i = 0; i < n; i++)
    {
      const Item *it = &items[i];
      if (it->optional || looks_ahead (it))
        continue;
      if ((it->kind == ITEM_CLASS && it->klass->kind == kind)
          || (it->kind == ITEM_GROUP && items_take_class (it->children, it->n_children, kind)))
        return TRUE;
    }
  return FALSE;
}

static gboolean
read_pattern (const Load *l, const PxYamlNode *node, GError **error)
{
  static const char *const keys[] = { "name", "match", "resolve", "offset", NULL };
  if (!px_yaml_expect_kind (l->doc, node, PX_YAML_MAPPING, CODE, error)
      || !px_yaml_check_keys (l->doc, node, keys, CODE, error))
    return FALSE;
  g_autoptr(GError) local = NULL;
  const char *name = px_yaml_lookup_string (l->doc, node, "name", TRUE, CODE, &local);
  const char *match = name ? px_yaml_lookup_string (l->doc, node, "match", TRUE, CODE, &local) : NULL;
  const char *resolve = match ? px_yaml_lookup_string (l->doc, node, "resolve", TRUE, CODE, &local)
                              : NULL;
  if (resolve == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  Pattern *p = g_new0 (Pattern, 1);
  g_ptr_array_add (l->rules->patterns, p);   /* freed with the rules on failure */
  p->name = g_strdup (name);
  guint r = 0;
  while (r < G_N_ELEMENTS (resolver_names) && strcmp (resolver_names[r], resolve) != 0)
    r++;
  if (r == G_N_ELEMENTS (resolver_names))
    return px_yaml_throw (l->doc, px_yaml_node_lookup (node, "resolve"), error, CODE,
                          "unknown resolver '%s' (date, numeric, weekday, next_weekday, "
                          "relative, to_date, offset_past, offset_future, trailing, since, "
                          "decade, century, season, weekend, unit_end, day_word, vague, event, "
                          "holiday, quarter, later, day_of_month)",
                          resolve);
  p->resolve = r;
  const PxYamlNode *offset = px_yaml_node_lookup (node, "offset");
  if (offset != NULL && !read_int (l, offset, -366, 366, &p->offset, error))
    return FALSE;

  Syntax s = { match, match, NULL };
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (Item));
  gboolean ok = parse_seq (&s, FALSE, items);
  p->n_items = items->len;
  p->items = (Item *) (void *) g_array_free (g_steal_pointer (&items), FALSE);
  if (!ok)
    {
      g_autofree char *problem = s.problem;
      return px_yaml_throw (l->doc, px_yaml_node_lookup (node, "match"), error, CODE,
                            "pattern '%s': %s", name, problem);
    }
  if (p->n_items == 0)
    return px_yaml_throw (l->doc, px_yaml_node_lookup (node, "match"), error, CODE,
                          "pattern '%s' is empty", name);
  if (p->resolve == R_HOLIDAY && !items_take_class (p->items, p->n_items, C_HOLIDAY))
    return px_yaml_throw (l->doc, px_yaml_node_lookup (node, "match"), error, CODE,
                          "pattern '%s' is resolved as a holiday but always names none "
                          "(HOLIDAY, not optional)", name);
  return TRUE;
}

static gboolean
read_scalars (const Load *l, const PxYamlNode *root, GError **error)
{
  PxDateRules *rules = l->rules;
  const char *order = px_yaml_lookup_string (l->doc, root, "default_order", TRUE, CODE, error);
  if (order == NULL)
    return FALSE;
  if (strcmp (order, "dmy") == 0)
    rules->default_order = PX_DATE_ORDER_DMY;
  else if (strcmp (order, "mdy") == 0)
    rules->default_order = PX_DATE_ORDER_MDY;
  else
    return px_yaml_throw (l->doc, px_yaml_node_lookup (root, "default_order"), error, CODE,
                          "default_order must be dmy or mdy, not '%s'", order);
  int v = 0;
  const PxYamlNode *node = need (l, root, "two_digit_year_pivot", PX_YAML_SCALAR, error);
  if (node == NULL || !read_int (l, node, 0, 100, &v, error))
    return FALSE;
  rules->pivot = v;
  node = need (l, root, "future_window", PX_YAML_SCALAR, error);
  if (node == NULL || !read_int (l, node, 0, 100, &v, error))
    return FALSE;
  rules->future_window = v;
  node = need (l, root, "future_after_window", PX_YAML_SCALAR, error);
  if (node == NULL || !read_int (l, node, 0, 100, &v, error))
    return FALSE;
  rules->future_after_window = v;
  node = need (l, root, "lookahead_days", PX_YAML_SCALAR, error);
  if (node == NULL || !read_int (l, node, 0, 366, &v, error))
    return FALSE;
  rules->lookahead_days = v;
  node = need (l, root, "future_lookback_days", PX_YAML_SCALAR, error);
  if (node == NULL || !read_int (l, node, 0, 366, &v, error))
    return FALSE;
  rules->lookback_days = v;
  node = need (l, root, "part_report_days", PX_YAML_SCALAR, error);
  if (node == NULL || !read_int (l, node, 0, 366, &v, error))
    return FALSE;
  rules->report_days = v;
  node = need (l, root, "lookahead_past_window", PX_YAML_SCALAR, error);
  if (node == NULL || !read_int (l, node, 0, 100, &v, error))
    return FALSE;
  rules->past_window = v;
  node = need (l, root, "hundreds_century_before", PX_YAML_SCALAR, error);
  if (node == NULL || !read_int (l, node, 0, 9999, &v, error))
    return FALSE;
  rules->hundreds_century_before = v;
  const PxYamlNode *years = need (l, root, "years", PX_YAML_MAPPING, error);
  static const char *const year_keys[] = { "min", "max", "history_min", NULL };
  if (years == NULL || !px_yaml_check_keys (l->doc, years, year_keys, CODE, error))
    return FALSE;
  int lo = 0, hi = 0;
  if ((node = need (l, years, "min", PX_YAML_SCALAR, error)) == NULL
      || !read_int (l, node, 1000, 9999, &lo, error)
      || (node = need (l, years, "max", PX_YAML_SCALAR, error)) == NULL
      || !read_int (l, node, lo, 9999, &hi, error)
      || (node = need (l, years, "history_min", PX_YAML_SCALAR, error)) == NULL
      || !read_int (l, node, 1000, lo, &v, error))
    return FALSE;
  rules->year_min = lo;
  rules->year_max = hi;
  rules->year_history_min = v;
  return TRUE;
}

/* ### The start filter */

/* The word the @len bytes at @s are in any ASCII case; @hash is the hash
 * of their folded bytes.  A word of up to eight bytes is compared with
 * its key's head alone. */
static const WordKey *
word_lookup (const WordTable *t, const char *s, gsize len, guint32 hash)
{
  for (guint i = hash & t->mask;; i = (i + 1) & t->mask)
    {
      const WordKey *k = &t->keys[i];
      if (!k->used)
        return NULL;
      if (k->hash == hash && k->len == MIN (len, G_MAXUINT16)
          && (len < G_MAXUINT16 || t->slots[i].len == len)
          && px_word_same (k->head, t->slots[i].key, s, len))
        return k;
    }
}

/* The entry for @key, added when missing. */
static Word *
word_add (WordTable *t, const char *key)
{
  gsize len = strlen (key);
  guint32 hash = px_word_hash (key, len);
  guint i = hash & t->mask;
  for (; t->slots[i].key != NULL; i = (i + 1) & t->mask)
    if (t->slots[i].hash == hash && t->slots[i].len == len
        && memcmp (t->slots[i].key, key, len) == 0)
      return &t->slots[i];
  t->slots[i] = (Word) { key, len, hash, NULL, -1, FALSE, FALSE };
  t->keys[i].used = TRUE;   /* the rest once every word is in */
  return &t->slots[i];
}

static guint
count_words (const Item *items, guint n)
{
  guint count = 0;
  for (guint i = 0; i < n; i++)
    count += (items[i].words ? g_strv_length (items[i].words) : 0)
             + count_words (items[i].children, items[i].n_children);
  return count;
}

/* Gives every literal word of @items its id. */
static void
number_literals (PxDateRules *rules, Item *items, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      Item *it = &items[i];
      if (it->words != NULL)
        {
          guint n_words = g_strv_length (it->words);
          it->ids = g_new (int, n_words + 1);
          for (guint w = 0; w < n_words; w++)
            {
              Word *word = word_add (&rules->words, it->words[w]);
              if (word->literal < 0)
                word->literal = (int) rules->n_literals++;
              it->ids[w] = word->literal;
            }
          it->ids[n_words] = -1;
        }
      number_literals (rules, it->children, it->n_children);
    }
}

static void
set_add (guint64 *set, guint p)
{
  set[p / 64] |= G_GUINT64_CONSTANT (1) << (p % 64);
}

/* Adds pattern @p to @sets for the token @it (a literal or a class) takes. */
static void
sets_add_token (const PxDateRules *rules, TokenSets *sets, const Item *it, guint p)
{
  if (it->kind == ITEM_LITERAL)
    for (guint w = 0; it->ids[w] >= 0; w++)
      {
        set_add (sets->by_literal + (gsize) it->ids[w] * rules->n_set_words, p);
        sets->any_literal[it->ids[w]] = TRUE;
      }
  else
    {
      set_add (sets->by_class + (gsize) it->klass->kind * rules->n_set_words, p);
      sets->classes |= 1u << it->klass->kind;
    }
}

/* Whether @items may take no token. */
static gboolean
items_nullable (const Item *items, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      const Item *it = &items[i];
      if (!looks_ahead (it) && !it->optional
          && (it->kind != ITEM_GROUP || !items_nullable (it->children, it->n_children)))
        return FALSE;
    }
  return TRUE;
}

/* The items still to come in a pattern: items[idx..n), then @next. */
typedef struct _Rest Rest;
struct _Rest {
  const Item *items;
  guint n, idx;
  const Rest *next;
};

static gboolean
rest_nullable (const Rest *r)
{
  for (; r != NULL; r = r->next)
    if (!items_nullable (r->items + r->idx, r->n - r->idx))
      return FALSE;
  return TRUE;
}

/* For each item of @r that may take the token at @depth (0: the first)
 * of a match of pattern @p: adds @p to the sets at @depth for that
 * token, to the end sets at @depth when nothing need follow it (or when
 * anything may: a time takes up to four tokens), and goes on with the
 * items that may take the next token.  Optional and negated items are
 * looked through, and groups into. */
static void
add_at (PxDateRules *rules, const Rest *r, guint p, guint depth)
{
  for (guint i = r->idx; i < r->n; i++)
    {
      const Item *it = &r->items[i];
      if (looks_ahead (it))
        continue;
      Rest rest = { r->items, r->n, i + 1, r->next };
      if (it->kind == ITEM_GROUP)
        {
          /* What follows the group is reached through it when it may be
           * empty. */
          Rest inner = { it->children, it->n_children, 0, &rest };
          add_at (rules, &inner, p, depth);
        }
      else
        {
          sets_add_token (rules, &rules->at[depth], it, p);
          /* A time or a holiday's name takes more than one token. */
          gboolean time = it->kind == ITEM_CLASS
                          && (it->klass->kind == C_TIME || it->klass->kind == C_HOLIDAY);
          if (depth + 1 < FILTER_DEPTH)
            {
              if (time || rest_nullable (&rest))
                sets_add_token (rules, &rules->ends[depth], it, p);
              if (!time)
                add_at (rules, &rest, p, depth + 1);
            }
        }
      if (!it->optional)
        return;
    }
  if (r->next != NULL)
    add_at (rules, r->next, p, depth);
}

static void
token_sets_init (TokenSets *sets, guint n_literals, guint n_set_words)
{
  G_STATIC_ASSERT (C_WORD < 30);   /* the bits above are the words' flags */
  sets->by_class = g_new0 (guint64, (gsize) N_CLASS_KINDS * n_set_words);
  sets->by_literal = g_new0 (guint64, (gsize) MAX (n_literals, 1) * n_set_words);
  sets->any_literal = g_new0 (guint8, MAX (n_literals, 1));
  sets->classes = 0;
}

/* The classes a token whose word has @lex may be, as match_class ()
 * tests them: computed once per word, not per token. */
static guint32
lex_classes (const Lex *lex, gboolean capital)
{
  if (lex == NULL)
    return 0;
  gboolean cased = !lex->needs_capital || capital;
  /* A season with a capital is a name's word ("the Arab Spring", "the
   * Winter Olympics", "The Land in Winter"), news writing the season in
   * lower case. */
  return (lex->month && cased ? 1u << C_MONTH : 0)
         | (lex->weekday && cased ? 1u << C_WEEKDAY : 0)
         | (lex->weekday_full && cased ? 1u << C_DAYNAME : 0)
         | (lex->unit != UNIT_NONE ? 1u << C_UNIT : 0)
         | (lex->has_count ? 1u << C_NUM : 0) | (lex->season && !capital ? 1u << C_SEASON : 0)
         | (lex->quarter ? 1u << C_QUARTER : 0)
         | (lex->quarter_code ? 1u << C_QUARTER_CODE : 0)
         | (lex->has_decade ? 1u << C_DECADE_WORD : 0)
         | (lex->has_shift ? 1u << C_SHIFT : 0)
         | (lex->has_day_word ? 1u << C_DAY_WORD : 0);
}

/* Each of @cues as its words' slots in the rules' words, then -1; its
 * first word is marked as one a cue starts with. */
static GPtrArray *
cue_slots (PxDateRules *rules, const GPtrArray *cues)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  for (guint c = 0; c < cues->len; c++)
    {
      const char *const *cue = g_ptr_array_index (cues, c);
      guint n = g_strv_length ((char **) cue);
      int *slots = g_new (int, n + 1);
      for (guint w = 0; w < n; w++)
        slots[w] = (int) (word_add (&rules->words, cue[w]) - rules->words.slots);
      slots[n] = -1;
      if (n > 0)
        rules->words.slots[slots[0]].cue_start = TRUE;
      g_ptr_array_add (out, slots);
    }
  return out;
}

/* Copies the lexicon's entries into one block, and makes each slot's
 * key of the words' table hold what a token takes from its word. */
static void
fill_keys (PxDateRules *rules)
{
  GHashTable *index = g_hash_table_new (NULL, NULL);   /* Lex -> 1 + its index */
  rules->lexes = g_new (Lex, MAX (g_hash_table_size (rules->lexicon), 1));
  GHashTableIter iter;
  gpointer value;
  guint n = 0;
  g_hash_table_iter_init (&iter, rules->lexicon);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      rules->lexes[n] = *(const Lex *) value;
      g_hash_table_insert (index, value, GUINT_TO_POINTER (++n));
    }
  for (guint i = 0; i <= rules->words.mask; i++)
    {
      const Word *word = &rules->words.slots[i];
      WordKey *key = &rules->words.keys[i];
      if (word->key == NULL)
        continue;
      guint32 flags = (word->literal >= 0 && rules->at[0].any_literal[word->literal]
                         ? WORD_STARTS_MATCH : 0)
                      | (word->cue_start ? WORD_STARTS_CUE : 0)
                      | (word->meridiem ? WORD_MERIDIEM : 0);
      *key = (WordKey) {
        .head = px_word_head (word->key, word->len),
        .hash = word->hash,
        .len = (guint16) MIN (word->len, G_MAXUINT16),
        .used = TRUE,
        .literal = word->literal,
        .lex = word->lex != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (index, word->lex)) : 0,
        .classes = { lex_classes (word->lex, FALSE) | flags,
                     lex_classes (word->lex, TRUE) | flags },
      };
      if (word->len == 1)
        rules->single[(guint8) word->key[0]] = key;
    }
  g_hash_table_unref (index);
}

static void
build_start_filter (PxDateRules *rules)
{
  guint n_keys = g_hash_table_size (rules->lexicon);
  for (guint p = 0; p < rules->patterns->len; p++)
    {
      const Pattern *pattern = g_ptr_array_index (rules->patterns, p);
      n_keys += count_words (pattern->items, pattern->n_items);
    }
  const GPtrArray *cue_lists[] = { rules->future, rules->lookback, rules->past, rules->passive,
                                   rules->ed_adjectives, rules->adjective_openers,
                                   rules->noun_cues, rules->determiners,
                                   rules->future_after, rules->verbs, rules->deferrals,
                                   rules->targets, rules->period_ends, rules->period_objects,
                                   rules->nearest,
                                   rules->relatives,
                                   rules->past_cues_after_name, rules->past_after_pronouns,
                                   rules->baseline_openers, rules->report_nouns,
                                   rules->speech_verbs, rules->plan_openers,
                                   rules->schedule_openers, rules->possessives };
  for (guint l = 0; l < G_N_ELEMENTS (cue_lists); l++)
    for (guint c = 0; c < cue_lists[l]->len; c++)
      n_keys += g_strv_length (g_ptr_array_index (cue_lists[l], c));
  n_keys += g_hash_table_size (rules->meridiems) + g_hash_table_size (rules->since_words);
  guint size = 16;
  while (size < 2 * n_keys + 2)
    size *= 2;
  rules->words.slots = g_new0 (Word, size);
  rules->words.keys = g_new0 (WordKey, size);
  rules->words.mask = size - 1;
  GHashTableIter iter;
  gpointer key, value;
  g_hash_table_iter_init (&iter, rules->lexicon);
  while (g_hash_table_iter_next (&iter, &key, &value))
    word_add (&rules->words, key)->lex = value;
  for (guint p = 0; p < rules->patterns->len; p++)
    {
      Pattern *pattern = g_ptr_array_index (rules->patterns, p);
      number_literals (rules, pattern->items, pattern->n_items);
    }
  /* Cues are compared by slot, as literals are by id. */
  rules->future_words = cue_slots (rules, rules->future);
  rules->lookback_words = cue_slots (rules, rules->lookback);
  rules->past_words = cue_slots (rules, rules->past);
  rules->passive_words = cue_slots (rules, rules->passive);
  rules->ed_adjective_words = cue_slots (rules, rules->ed_adjectives);
  rules->adjective_opener_words = cue_slots (rules, rules->adjective_openers);
  rules->noun_cue_words = cue_slots (rules, rules->noun_cues);
  rules->determiner_words = cue_slots (rules, rules->determiners);
  rules->future_after_words = cue_slots (rules, rules->future_after);
  rules->verb_words = cue_slots (rules, rules->verbs);
  rules->deferral_words = cue_slots (rules, rules->deferrals);
  rules->target_words = cue_slots (rules, rules->targets);
  rules->period_words = cue_slots (rules, rules->period_ends);
  rules->period_object_words = cue_slots (rules, rules->period_objects);
  rules->nearest_words = cue_slots (rules, rules->nearest);
  rules->relative_words = cue_slots (rules, rules->relatives);
  rules->past_after_name_words = cue_slots (rules, rules->past_cues_after_name);
  rules->past_after_pronoun_words = cue_slots (rules, rules->past_after_pronouns);
  rules->baseline_words = cue_slots (rules, rules->baseline_openers);
  rules->report_words = cue_slots (rules, rules->report_nouns);
  rules->speech_words = cue_slots (rules, rules->speech_verbs);
  rules->plan_opener_words = cue_slots (rules, rules->plan_openers);
  rules->schedule_opener_words = cue_slots (rules, rules->schedule_openers);
  rules->possessive_words = cue_slots (rules, rules->possessives);
  for (guint c = 0; c < rules->verbs->len; c++)
    rules->verb_max_words = MAX (rules->verb_max_words,
                                 g_strv_length (g_ptr_array_index (rules->verbs, c)));
  /* A word token is looked up anyway: whether it is a meridiem or a
   * since word comes with it. */
  g_hash_table_iter_init (&iter, rules->meridiems);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    word_add (&rules->words, key)->meridiem = TRUE;
  g_hash_table_iter_init (&iter, rules->since_words);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    word_add (&rules->words, key)->since = TRUE;
  for (guint i = 0; i <= rules->words.mask; i++)
    if (rules->words.slots[i].key != NULL)
      px_word_filter_add (&rules->word_shapes, rules->words.slots[i].key);
  rules->n_set_words = MAX ((rules->patterns->len + 63) / 64, 1);
  for (guint d = 0; d < FILTER_DEPTH; d++)
    token_sets_init (&rules->at[d], rules->n_literals, rules->n_set_words);
  for (guint d = 0; d + 1 < FILTER_DEPTH; d++)
    token_sets_init (&rules->ends[d], rules->n_literals, rules->n_set_words);
  for (guint p = 0; p < rules->patterns->len; p++)
    {
      const Pattern *pattern = g_ptr_array_index (rules->patterns, p);
      Rest all = { pattern->items, pattern->n_items, 0, NULL };
      add_at (rules, &all, p, 0);
    }
  fill_keys (rules);
}

PxDateRules *
px_date_rules_load (const char *path, GError **error)
{
  static const char *const keys[] = {
    "version", "default_order", "two_digit_year_pivot", "hundreds_century_before", "years",
    "months", "weekdays", "needs_capital", "names_before_capital", "units", "shifts", "day_words",
    "names_when_capitalised", "numbers", "decades",
    "seasons", "ordinal_suffixes", "meridiems", "since_words", "year_joiners", "future_cues",
    "lookback_cues",
    "past_cues", "passive_cues", "ed_adjectives", "adjective_openers", "noun_cues",
    "noun_cue_determiners",
    "future_window", "future_after_cues", "future_after_window", "verb_cues", "lookahead_days",
    "future_lookback_days", "part_report_days",
    "lookahead_past_window", "quarters", "quarter_codes", "holidays", "deferral_cues",
    "deferral_targets", "period_ends", "period_objects", "nearest_cues",
    "clause_relatives", "past_after_name_cues",
    "past_after_pronouns", "baseline_openers", "report_nouns", "speech_verbs",
    "past_plan_openers", "past_schedule_openers", "possessive_determiners", "patterns",
    NULL
  };
  g_return_val_if_fail (path != NULL, NULL);
  g_autoptr(PxYaml) doc = px_yaml_load_rules (path, keys, error);
  if (doc == NULL)
    return NULL;
  const PxYamlNode *root = px_yaml_root (doc);

  g_autoptr(PxDateRules) rules = g_new0 (PxDateRules, 1);
  rules->lexicon = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  rules->patterns = g_ptr_array_new_with_free_func ((GDestroyNotify) pattern_free);
  Load l = { doc, rules };
  if (!read_scalars (&l, root, error)
      || !read_names (&l, root, "months", 12, TRUE, error)
      || !read_names (&l, root, "weekdays", 7, FALSE, error)
      || !read_flagged_words (&l, root, "needs_capital", FLAG_NEEDS_CAPITAL, error)
      || !read_flagged_words (&l, root, "names_before_capital", FLAG_NAME_BEFORE_CAPITAL,
                              error)
      || !read_units (&l, root, error)
      || !read_word_ints (&l, root, "shifts", -1, 1, error)
      || !read_word_ints (&l, root, "day_words", -366, 366, error)
      || !read_flagged_words (&l, root, "names_when_capitalised", FLAG_NAME_WHEN_CAPITAL,
                              error)
      || !read_word_ints (&l, root, "numbers", -1, 1000, error)
      || !read_word_ints (&l, root, "decades", 0, 90, error)
      || !read_word_ints (&l, root, "seasons", 1, 12, error)
      || !read_optional_word_ints (&l, root, "quarters", 1, 4, error)
      || !read_optional_word_ints (&l, root, "quarter_codes", 1, 4, error)
      || !read_set (&l, root, "ordinal_suffixes", &rules->suffixes, error)
      || !read_set (&l, root, "meridiems", &rules->meridiems, error)
      || !read_set (&l, root, "since_words", &rules->since_words, error)
      || !read_set (&l, root, "year_joiners", &rules->year_joiners, error)
      || !read_cues (&l, root, error)
      || !read_holidays (&l, root, error))
    return NULL;
  const PxYamlNode *patterns = need (&l, root, "patterns", PX_YAML_SEQUENCE, error);
  if (patterns == NULL)
    return NULL;
  for (guint i = 0; i < px_yaml_node_n_children (patterns); i++)
    if (!read_pattern (&l, px_yaml_node_child (patterns, i), error))
      return NULL;
  build_start_filter (rules);
  return g_steal_pointer (&rules);
}

PxDateRules *
px_date_rules_load_default (GError **error)
{
  g_autofree char *path = px_data_path ("rules/dates.yaml");
  return px_date_rules_load (path, error);
}

/* ### Tokens of one sentence, looked up once */

typedef struct {
  gsize start, end;      /* normalised text */
  PxTokenKind kind;
  gboolean joined;
  gboolean capital;
  gboolean shouted;      /* a capital after the first: "WILL", "AP" */
  gboolean period;       /* ends in '.': "Jan." */
  char low[32];          /* lowercased text of a token that is not a word
                            (numbers, punctuation); "" for words and when
                            longer */
  const Lex *lex;
  int literal;           /* the literal id, -1 when no pattern names it */
  int word;              /* the slot in the rules' words, -1 when none */
  guint32 classes;       /* bit per ClassKind the token may be (a superset),
                            and its word's flags (WORD_STARTS...) */
  guint digits;          /* leading digits (after an apostrophe, if any) */
  gboolean apostrophe;   /* '90s */
  int value;             /* of the leading digits, when digits <= 4 */
  const char *suffix;    /* in low: what follows the digits */
  guint holiday;         /* 1 + the place in the rules' holidays of one
                            named from here (px_extract_dates_named ()); 0 */
  gsize holiday_end;     /* where its name ends */
} Tok;

static guint32 number_classes (const PxDateRules *rules, const Tok *t);

/* The lexicon's entry of word @w, or NULL. */
static inline const Lex *
lex_of (const PxDateRules *rules, const WordKey *w)
{
  return w->lex != 0 ? &rules->lexes[w->lex - 1] : NULL;
}

/* What token @t is as word @w of the rules (nothing when NULL). */
static inline void
tok_take (Tok *t, const PxDateRules *rules, const WordKey *w)
{
  if (w == NULL)
    return;
  t->lex = lex_of (rules, w);
  t->literal = w->literal;
  t->word = (int) (w - rules->words.keys);
  t->classes |= w->classes[t->capital];
}

/* Looks token @t (@len bytes at @s; @token, the segmentation's) up in
 * the rules' words by the hash and shape segmentation gave it, and
 * "Jan." also as "jan". */
static void
tok_look_up (Tok *t, const PxDateRules *rules, const char *s, gsize len, const PxToken *token)
{
  const WordTable *table = &rules->words;
  if (len == 1)
    {
      tok_take (t, rules, rules->single[(guint8) px_word_fold (s[0])]);
      return;   /* no stem: "." is no word of the lexicon with its period cut */
    }
  gboolean whole = px_word_filter_may_hold_token (&rules->word_shapes, token);
  /* The shape's last byte tells '.' from most bytes ("n" shares it)
   * before the text is read. */
  gboolean stem = ((token->shape >> 3) & 31) == ('.' & 31) && s[len - 1] == '.'
                  && px_word_filter_may_hold (&rules->word_shapes, s, len - 1);
  if (!whole && !stem)
    return;   /* most tokens: no word of the rules has their shape */
  tok_take (t, rules, whole ? word_lookup (table, s, len, token->hash) : NULL);
  /* "Jan." is "jan" in the lexicon (a literal keeps its period). */
  if (t->lex == NULL && stem)
    {
      const WordKey *w = word_lookup (table, s, len - 1, px_word_hash (s, len - 1));
      if (w != NULL && w->lex != 0)
        {
          t->lex = lex_of (rules, w);
          t->classes |= w->classes[t->capital] & LEX_CLASSES;   /* not the literal's flags */
        }
    }
}

/* Reads a number token's digits and suffix (from its lowercased text). */
static void
tok_number (Tok *t, const PxDateRules *rules)
{
  const char *p = t->low;
  if (*p == '\'')
    t->apostrophe = TRUE, p++;
  int value = 0;
  /* strtol (), without the call; only a value of up to four digits is
   * kept, so only those are summed (no overflow on a long number). */
  for (; g_ascii_isdigit (p[t->digits]); t->digits++)
    if (t->digits < 4)
      value = value * 10 + (p[t->digits] - '0');
  if (t->digits == 0)
    t->value = (int) strtol (p, NULL, 10);   /* "-": as strtol () reads it */
  else if (t->digits <= 4)
    t->value = value;
  t->suffix = p + t->digits;
  t->classes |= number_classes (rules, t);
}

/* Whether token @t, after token @before of its sentence and before
 * @next (NULL at its end), is a day word written as a name: capitalised
 * after a word, a number or a possessive ("NBC's Today show", "USA
 * Today"), or alone in quote marks ("NBC's \"Today\" show"); not at a
 * clause's start ("Today, the", "\"Today we won\""). */
static gboolean
names_by_capital (const Tok *t, const Tok *before, const PxToken *next, const char *text)
{
  if (t->lex == NULL || !t->lex->name_when_capital || !t->capital)
    return FALSE;
  if (before->kind == PX_TOKEN_WORD || before->kind == PX_TOKEN_NUMBER
      || before->kind == PX_TOKEN_POSSESSIVE)
    return TRUE;
  return before->low[0] == '"' && next != NULL && next->span.end - next->span.start == 1
         && text[next->span.start] == '"';
}

static void
tok_init (Tok *t, const PxDateRules *rules, const char *text, const PxToken *token)
{
  /* Every field is set here, but a number's digits only for a number
   * (every test of them asks for the kind first): this runs for every
   * token of the text. */
  t->start = token->span.start;
  t->end = token->span.end;
  t->kind = token->kind;
  t->joined = token->joined;
  gsize len = t->end - t->start;
  const char *s = text + t->start;
  t->capital = (token->shape & PX_TOKEN_SHAPE_CAPITAL) != 0;
  t->shouted = t->capital && len > 1 && g_ascii_isupper (s[1]);
  t->period = len > 0 && s[len - 1] == '.';
  t->low[0] = '\0';
  t->lex = NULL;
  t->literal = -1;
  t->word = -1;
  t->classes = t->kind == PX_TOKEN_WORD ? 1u << C_WORD : 0;
  t->holiday = 0;
  if (t->kind == PX_TOKEN_NUMBER)
    {
      t->digits = 0;
      t->apostrophe = FALSE;
      t->value = 0;
      t->suffix = "";
    }
  if (len >= sizeof t->low || len == 0)
    return;
  /* Words are only looked up: only numbers and punctuation are read
   * byte by byte afterwards. */
  if (t->kind != PX_TOKEN_WORD)
    {
      for (gsize i = 0; i < len; i++)
        t->low[i] = px_word_fold (s[i]);
      t->low[len] = '\0';
    }
  tok_look_up (t, rules, s, len, token);
  if (t->kind == PX_TOKEN_NUMBER)
    tok_number (t, rules);
}

/* Whether token @t is a meridiem ("pm", "a.m."). */
static gboolean
is_meridiem (const PxDateRules *rules, const Tok *t)
{
  if (t->kind == PX_TOKEN_WORD)
    return (t->classes & WORD_MERIDIEM) != 0;
  return t->low[0] != '\0' && g_hash_table_contains (rules->meridiems, t->low);
}

/* ### Matching */

typedef struct {
  int v[N_FIELDS];
  guint32 set;
} Caps;

static void
caps_put (Caps *c, Field f, int v)
{
  if (f == N_FIELDS)
    return;
  c->v[f] = v;
  c->set |= 1u << f;
}

static gboolean
has (const Caps *c, Field f)
{
  return (c->set & (1u << f)) != 0;
}

/* The tries of every candidate pattern at one token, in the rules'
 * order: the longest match wins, the first found on a tie. */
typedef struct {
  const PxDateRules *rules;
  const Tok *toks;
  guint n;
  guint start;
  const Pattern *pattern;      /* the one being tried */
  gboolean found;
  guint best_end;
  const Pattern *best_pattern;
  Caps best;                   /* set when found */
} Matcher;

static gboolean
plain_number (const Tok *t, guint min_digits, guint max_digits)
{
  return t->kind == PX_TOKEN_NUMBER && !t->apostrophe && t->digits >= min_digits
         && t->digits <= max_digits && t->suffix[0] == '\0';
}

static int
two_digit_year (const PxDateRules *rules, int yy)
{
  return yy < (int) rules->pivot ? 2000 + yy : 1900 + yy;
}

static gboolean
is_year (const PxDateRules *rules, const Tok *t)
{
  return plain_number (t, 4, 4) && t->value >= (int) rules->year_min
         && t->value <= (int) rules->year_max;
}

/* Four digits before the years of is_year (), from years.history_min:
 * "in 1796," but not "in 1500 cases" (the patterns say where). */
static gboolean
is_old_year (const PxDateRules *rules, const Tok *t)
{
  return plain_number (t, 4, 4) && t->value >= (int) rules->year_history_min
         && t->value < (int) rules->year_min;
}

/* Whether @low has two periods and no comma, as a dotted date must
 * (match_numdate ()): "3.2" and "1.2" start no try. */
static gboolean
is_dotted (const char *low)
{
  guint periods = 0;
  for (const char *p = low; *p != '\0'; p++)
    {
      if (*p == ',')
        return FALSE;
      periods += *p == '.';
    }
  return periods == 2;
}

/* The classes number token @t may be, by the tests of match_class () that
 * need no lookup (a suffix is taken to be an ordinal's): what the start
 * filter reads, so no more than a superset. */
static guint32
number_classes (const PxDateRules *rules, const Tok *t)
{
  guint32 kinds = 0;
  gboolean bare = !t->apostrophe, suffix = t->suffix[0] != '\0';
  gboolean short_value = bare && t->digits >= 1 && t->digits <= 2 && t->value >= 1;
  if (plain_number (t, 1, 2) && t->value >= 1 && t->value <= 12)
    kinds |= 1u << C_MONTHNUM;
  if (plain_number (t, 1, 2) && t->value >= 1 && t->value <= 31)
    kinds |= 1u << C_N;
  if (short_value)
    kinds |= 1u << C_DAY;
  if (short_value && suffix)
    kinds |= 1u << C_ORDINAL;
  if (is_year (rules, t))
    kinds |= 1u << C_YEAR | 1u << C_YEARNUM;
  if (is_old_year (rules, t))
    kinds |= 1u << C_OLD_YEAR;
  if (plain_number (t, 2, 2))
    kinds |= 1u << C_YEARNUM;
  if (plain_number (t, 1, 4) && t->value > 0)
    kinds |= 1u << C_NUM;
  if (strcmp (t->suffix, "s") == 0 && t->value % 10 == 0
      && ((bare && t->digits == 4) || (!bare && t->digits == 2)))
    kinds |= 1u << C_DECADE;
  if (bare && t->digits >= 1 && t->digits <= 2 && t->value <= 23)
    kinds |= 1u << C_TIME;
  if (bare && is_dotted (t->low))
    kinds |= 1u << C_NUMDATE;
  return kinds;
}

/* hh:mm, hh:mm am, 10:33AM, 7pm, 9 p.m. from @i; returns the tokens used. */
static guint
match_time (const Matcher *m, guint i)
{
  const Tok *t = &m->toks[i];
  if (t->kind != PX_TOKEN_NUMBER || t->apostrophe || t->digits < 1 || t->digits > 2
      || t->value > 23)
    return 0;
  GHashTable *mer = m->rules->meridiems;
  if (t->suffix[0] != '\0')
    return g_hash_table_contains (mer, t->suffix) ? 1 : 0;
  guint used = 0;
  if (i + 2 < m->n && strcmp (m->toks[i + 1].low, ":") == 0 && m->toks[i + 1].joined
      && m->toks[i + 2].joined && m->toks[i + 2].kind == PX_TOKEN_NUMBER
      && m->toks[i + 2].digits == 2 && m->toks[i + 2].value <= 59)
    {
      const char *suffix = m->toks[i + 2].suffix;
      if (suffix[0] != '\0')
        return g_hash_table_contains (mer, suffix) ? 3 : 0;
      used = 3;
    }
  guint next = i + (used ? used : 1);
  if (next < m->n && is_meridiem (m->rules, &m->toks[next]))
    return used + (used ? 1 : 2);
  return used;
}

/* 2015.05.25 or 05.25.2015 in one token. */
static gboolean
match_numdate (const Matcher *m, const Tok *t, Caps *c)
{
  if (t->kind != PX_TOKEN_NUMBER || t->apostrophe || strchr (t->low, ',') != NULL)
    return FALSE;
  /* Three runs of one to four digits, split by periods. */
  int v[3] = { 0, 0, 0 };
  gsize len[3] = { 0, 0, 0 };
  guint part = 0;
  for (const char *p = t->low; *p != '\0'; p++)
    {
      if (*p == '.')
        {
          if (++part == 3)
            return FALSE;
          continue;
        }
      if (!g_ascii_isdigit (*p) || ++len[part] > 4)
        return FALSE;
      v[part] = v[part] * 10 + (*p - '0');
    }
  if (part != 2 || len[0] == 0 || len[1] == 0 || len[2] == 0)
    return FALSE;
  if (len[0] == 4 && len[1] <= 2 && len[2] <= 2)
    {
      caps_put (c, F_YEAR, v[0]);
      caps_put (c, F_MONTH, v[1]);
      caps_put (c, F_DAY, v[2]);
      return TRUE;
    }
  /* Dotted dates take four-digit years only: 1.1.30 is a version. */
  if (len[0] > 2 || len[1] > 2 || len[2] != 4)
    return FALSE;
  caps_put (c, F_N1, v[0]);
  caps_put (c, F_N2, v[1]);
  caps_put (c, F_YEAR, v[2]);
  return TRUE;
}

/* Whether the month or weekday at @i is a given name: a short form of
 * names_before_capital with no period, before a capitalised word that
 * is no word of the lexicon ("Jan Ullrich", "Sun Yat-sen"; but "Jan
 * 16", "Jan. Parliament", "Sun Mar 2"). */
static gboolean
is_given_name (const Matcher *m, guint i)
{
  const Tok *t = &m->toks[i];
  if (!t->lex->name_before_capital || t->period || i + 1 >= m->n)
    return FALSE;
  const Tok *next = &m->toks[i + 1];
  return next->kind == PX_TOKEN_WORD && next->capital && next->lex == NULL;
}

/* How many tokens a class takes at @i (0: no match). */
static guint
match_class (const Matcher *m, const Class *k, guint i, Caps *c)
{
  const Tok *t = &m->toks[i];
  const Lex *lex = t->lex;
  switch (k->kind)
    {
    case C_MONTH:
      if (lex == NULL || lex->month == 0 || (lex->needs_capital && !t->capital)
          || is_given_name (m, i))
        return 0;
      caps_put (c, k->field, lex->month);
      return 1;
    case C_WEEKDAY:
      if (lex == NULL || lex->weekday == 0 || (lex->needs_capital && !t->capital)
          || is_given_name (m, i))
        return 0;
      caps_put (c, k->field, lex->weekday);
      return 1;
    case C_DAYNAME:
      if (lex == NULL || !lex->weekday_full || (lex->needs_capital && !t->capital))
        return 0;
      caps_put (c, k->field, lex->weekday);
      return 1;
    case C_MONTHNUM:
      if (!plain_number (t, 1, 2) || t->value < 1 || t->value > 12)
        return 0;
      caps_put (c, k->field, t->value);
      return 1;
    case C_DAY:
      /* Up to 99: "August 32, 2014" is then a date shape that resolving
       * refuses whole, not a year 2014 after some number. */
      if (t->kind != PX_TOKEN_NUMBER || t->apostrophe || t->digits < 1 || t->digits > 2
          || t->value < 1
          || (t->suffix[0] != '\0' && !g_hash_table_contains (m->rules->suffixes, t->suffix)))
        return 0;
      caps_put (c, k->field, t->value);
      return 1;
    case C_N:
      if (!plain_number (t, 1, 2) || t->value < 1 || t->value > 31)
        return 0;
      caps_put (c, k->field, t->value);
      return 1;
    case C_YEAR:
      if (!is_year (m->rules, t))
        return 0;
      caps_put (c, k->field, t->value);
      return 1;
    case C_OLD_YEAR:
      if (!is_old_year (m->rules, t))
        return 0;
      caps_put (c, k->field, t->value);
      return 1;
    case C_YEARNUM:
      if (is_year (m->rules, t))
        caps_put (c, k->field, t->value);
      else if (plain_number (t, 2, 2))
        caps_put (c, k->field, two_digit_year (m->rules, t->value));
      else
        return 0;
      return 1;
    case C_NUM:
      if (plain_number (t, 1, 4) && t->value > 0)
        caps_put (c, k->field, t->value);
      else if (lex != NULL && lex->has_count)
        caps_put (c, k->field, lex->count);
      else
        return 0;
      return 1;
    case C_UNIT:
      if (lex == NULL || lex->unit == UNIT_NONE)
        return 0;
      caps_put (c, k->field, lex->unit);
      if (lex->plural)
        caps_put (c, F_PLURAL, 1);
      return 1;
    case C_SEASON:
      if (lex == NULL || lex->season == 0)
        return 0;
      caps_put (c, k->field, lex->season);
      return 1;
    case C_QUARTER:
    case C_QUARTER_CODE:
      {
        int q = lex == NULL ? 0 : k->kind == C_QUARTER ? lex->quarter : lex->quarter_code;
        if (q == 0)
          return 0;
        caps_put (c, k->field, q);
        return 1;
      }
    case C_DECADE_WORD:
      if (lex == NULL || !lex->has_decade)
        return 0;
      caps_put (c, k->field, lex->decade);
      return 1;
    case C_ORDINAL:
      if (t->kind != PX_TOKEN_NUMBER || t->apostrophe || t->digits < 1 || t->digits > 2
          || t->value < 1 || !g_hash_table_contains (m->rules->suffixes, t->suffix))
        return 0;
      caps_put (c, k->field, t->value);
      return 1;
    case C_SHIFT:
      if (lex == NULL || !lex->has_shift)
        return 0;
      caps_put (c, k->field, lex->shift);
      return 1;
    case C_DAY_WORD:
      if (lex == NULL || !lex->has_day_word)
        return 0;
      caps_put (c, k->field, lex->day_word);
      return 1;
    case C_DECADE:
      if (t->kind != PX_TOKEN_NUMBER || strcmp (t->suffix, "s") != 0)
        return 0;
      if (!t->apostrophe && t->digits == 4 && t->value % 10 == 0)
        caps_put (c, k->field, t->value);
      else if (t->apostrophe && t->digits == 2 && t->value % 10 == 0)
        caps_put (c, F_DECADE2, t->value);
      else
        return 0;
      return 1;
    case C_TIME:
      return match_time (m, i);
    case C_HOLIDAY:
      {
        if (t->holiday == 0)
          return 0;
        guint j = i + 1;
        while (j < m->n && m->toks[j].end <= t->holiday_end)
          j++;
        caps_put (c, k->field, (int) t->holiday);
        return j - i;
      }
    case C_NUMDATE:
      return match_numdate (m, t, c) ? 1 : 0;
    case C_WORD:
      return t->kind == PX_TOKEN_WORD ? 1 : 0;
    default:
      g_assert_not_reached ();
    }
}

/* Literal ids stand for the words: equal ids, equal words. */
static gboolean
match_literal (const Item *it, const Tok *t)
{
  if (t->literal < 0)
    return FALSE;
  for (guint i = 0; it->ids[i] >= 0; i++)
    if (it->ids[i] == t->literal)
      return TRUE;
  return FALSE;
}

/* What remains to match: items[idx..n) then @next. */
typedef struct _Cont Cont;
struct _Cont {
  const Item *items;
  guint n;
  guint idx;
  const Cont *next;
};

/* @caps: what the items before took; copied only where an item adds to
 * it, since most tries fail after a token or two. */
static void
match (Matcher *m, const Cont *k, guint pos, const Caps *caps)
{
  if (k == NULL)
    {
      if (pos > m->start && (!m->found || pos > m->best_end))
        {
          m->found = TRUE;
          m->best_end = pos;
          m->best_pattern = m->pattern;
          m->best = *caps;
        }
      return;
    }
  if (k->idx == k->n)
    {
      match (m, k->next, pos, caps);
      return;
    }
  const Item *it = &k->items[k->idx];
  Cont rest = { k->items, k->n, k->idx + 1, k->next };
  if (looks_ahead (it))
    {
      /* A look at the next token that takes nothing: "YEAR !UNIT",
       * "OLDYEAR &when". */
      Caps scratch = { { 0 }, 0 };
      gboolean is = pos < m->n
                    && (it->kind == ITEM_LITERAL ? match_literal (it, &m->toks[pos])
                                                 : match_class (m, it->klass, pos, &scratch) > 0);
      if (is == it->ahead)
        match (m, &rest, pos, caps);
      return;
    }
  if (it->optional)
    match (m, &rest, pos, caps);
  if (pos >= m->n)
    return;
  /* The first token of a match may be joined to what comes before it. */
  if (it->joined && pos > m->start && !m->toks[pos].joined)
    return;
  if (it->kind == ITEM_GROUP)
    {
      Cont inner = { it->children, it->n_children, 0, &rest };
      match (m, &inner, pos, caps);
      return;
    }
  if (it->kind == ITEM_LITERAL)
    {
      if (match_literal (it, &m->toks[pos]))
        match (m, &rest, pos + 1, caps);
      return;
    }
  Caps taken = *caps;
  guint used = match_class (m, it->klass, pos, &taken);
  if (used > 0)
    match (m, &rest, pos + used, &taken);
}

/* ### Resolution */

typedef enum { P_YEAR, P_MONTH, P_DAY } Prec;

typedef struct {
  gboolean valid;        /* FALSE: not a date after all (August 32) */
  gboolean resolved;
  gboolean ambiguous;
  PxGranularity granularity;
  GDate start, end;
  Prec start_prec, end_prec;
  int event_offset;      /* R_EVENT: units after the event (negative: before) */
  Unit event_unit;
} Res;

typedef struct {
  const PxDateRules *rules;
  const PxDateContext *context;
  const Pattern *pattern;
  const Caps *caps;
  gboolean future;       /* a future cue comes before the match */
  gboolean after_act;    /* only as the end a deferral or a period sets, after an act */
  gboolean as_it_stood;  /* the future cue tells a schedule as it stood (schedule_as_it_stood ()) */
  gboolean reported;     /* a quarter or half a word of report_nouns follows */
  gboolean past;         /* a verb in the past does, close before it, and no future cue */
  /* "in N units" a lookback cue does, after any future cue ("the
   * deadliest ... in two decades", "will be its youngest in more than a
   * century") */
  gboolean lookback;
  const GPtrArray *before;   /* the dates found before it in the text */
  int sentence_year;     /* the year a date before it in its sentence wrote, or 0 */
} Ctx;

static int
get (const Ctx *x, Field f)
{
  return x->caps->v[f];
}

static gboolean
have (const Ctx *x, Field f)
{
  return has (x->caps, f);
}

static gboolean
published (const Ctx *x)
{
  return g_date_valid (&x->context->published);
}

/* The interval of @y, @m (0: none), @d (0: none) into @first/@last. */
static gboolean
interval (int y, int m, int d, GDate *first, GDate *last, Prec *prec)
{
  if (y < 1 || y > 9999 || m < 0 || m > 12 || d < 0 || (d > 0 && m == 0))
    return FALSE;
  if (d > 0)
    {
      if (!g_date_valid_dmy (d, m, y))
        return FALSE;
      g_date_set_dmy (first, d, m, y);
      *last = *first;
      *prec = P_DAY;
    }
  else if (m > 0)
    {
      g_date_set_dmy (first, 1, m, y);
      g_date_set_dmy (last, g_date_get_days_in_month (m, y), m, y);
      *prec = P_MONTH;
    }
  else
    {
      g_date_set_dmy (first, 1, 1, y);
      g_date_set_dmy (last, 31, 12, y);
      *prec = P_YEAR;
    }
  return TRUE;
}

/* How many days day @d of month @m in year @y comes before @pub; G_MAXUINT
 * when it is no valid date. */
static guint
days_after (int d, int m, int y, const GDate *pub)
{
  if (!g_date_valid_dmy (d, m, y))
    return G_MAXUINT;
  GDate day;
  g_date_set_dmy (&day, d, m, y);
  int n = g_date_days_between (&day, pub);
  return n >= 0 ? (guint) n : G_MAXUINT;
}

/* The weekday (1, Monday - 7) of day @d of month @m in year @y; 0 when it
 * is no valid date. */
static int
named_weekday (int y, int m, int d)
{
  if (!g_date_valid_dmy (d, m, y))
    return 0;
  GDate day;
  g_date_set_dmy (&day, d, m, y);
  return g_date_get_weekday (&day);
}

/* Of years @past and @next, the one in which day @d (0: the month's
 * middle) of month @m is nearer @pub. */
static int
nearer_year (int m, int d, int past, int next, const GDate *pub)
{
  int day = d > 0 ? d : 15;
  if (!g_date_valid_dmy (day, m, past) || !g_date_valid_dmy (day, m, next))
    return g_date_valid_dmy (day, m, past) ? past : next;
  GDate before, after;
  g_date_set_dmy (&before, day, m, past);
  g_date_set_dmy (&after, day, m, next);
  return g_date_days_between (&before, pub) <= g_date_days_between (pub, &after) ? past : next;
}

/* The year of month @m (day @d, 0: none) nearest publication: of the
 * most recent one not after it and the next one not before it, the only
 * one on the weekday written with the day; else the most recent one,
 * unless the next one comes
 * within the rules' lookahead_days or a future cue precedes (and, where
 * that is only a deferral or a period's end, after an act that may be
 * past, the day did not come within future_lookback_days before
 * publication); or by
 * @shift (-1 strictly before the current month, 0 this year, 1 after). */
static int
infer_year (const Ctx *x, int m, int d, gboolean shifted, int shift)
{
  const GDate *pub = &x->context->published;
  int py = g_date_get_year (pub), pm = g_date_get_month (pub), pd = g_date_get_day (pub);
  int cmp = m != pm ? m - pm : (d == 0 ? 0 : d - pd);
  if (shifted)
    {
      if (shift == 0)
        return py;
      if (shift < 0)
        return m < pm ? py : py - 1;
      return m > pm ? py : py + 1;
    }
  int past = cmp <= 0 ? py : py - 1, next = cmp >= 0 ? py : py + 1;
  if (past == next)
    return next;
  /* "Saturday, May 10": the weekday written beside the day tells its
   * year better than tense does. */
  if (d > 0 && have (x, F_WEEKDAY))
    {
      int named = get (x, F_WEEKDAY);
      gboolean past_fits = named_weekday (past, m, d) == named;
      if (past_fits != (named_weekday (next, m, d) == named))
        return past_fits ? past : next;
    }
  if (x->future && x->after_act)
    return d > 0 && days_after (d, m, past, pub) <= x->rules->lookback_days ? past : next;
  if (x->future && x->as_it_stood)
    return nearer_year (m, d, past, next, pub);
  if (x->future)
    return next;
  if (x->past)
    return past;   /* "left in March", "was arrested on March 3" */
  /* Upcoming dates are news too: "set to take place on May 16" a week
   * before it; the window says how near "near" is. */
  if (!g_date_valid_dmy (d > 0 ? d : 1, m, next))
    return past;
  GDate first;
  g_date_set_dmy (&first, d > 0 ? d : 1, m, next);
  return g_date_days_between (pub, &first) <= (int) x->rules->lookahead_days ? next : past;
}

static PxGranularity
granularity_of (Prec prec)
{
  return prec == P_DAY ? PX_GRANULARITY_DAY
         : prec == P_MONTH ? PX_GRANULARITY_MONTH : PX_GRANULARITY_YEAR;
}

static void
set_unresolved (Res *r, PxGranularity g)
{
  r->valid = TRUE;
  r->resolved = FALSE;
  r->granularity = g;
}

/* Dates from fields: a day, a month or a year, or a range of them. */
static void
resolve_fields (const Ctx *x, int y, int m, int d, int y2, int m2, int d2, Res *r)
{
  gboolean range = y2 > 0 || m2 > 0 || d2 > 0;
  if (range)
    {
      if (m2 == 0 && d2 > 0)
        m2 = m;
      if (y2 == 0 && y > 0)
        y2 = y;
      int cmp = m != m2 ? m - m2 : d - d2;
      if (y == 0 && y2 > 0)
        y = cmp > 0 ? y2 - 1 : y2;
    }
  /* "in the summer of 1998, when ... in late July": a month or a day
   * without its year is in the year its sentence wrote before it. */
  if (y == 0 && x->sentence_year > 0 && !have (x, F_SHIFT))
    {
      gboolean wraps = range && (m2 != m ? m2 < m : d2 < d);
      y = x->sentence_year;
      if (range && y2 == 0)
        y2 = wraps ? y + 1 : y;
    }
  if (y == 0)
    {
      Prec prec = d > 0 ? P_DAY : m > 0 ? P_MONTH : P_YEAR;
      if (!published (x))
        {
          /* Still refuse what is never a date (February 30). */
          r->valid = (d == 0 || g_date_valid_dmy (d, m, 2000));
          r->resolved = FALSE;
          r->granularity = range ? PX_GRANULARITY_SPAN : granularity_of (prec);
          return;
        }
      gboolean wraps = range && (m2 != m ? m2 < m : d2 < d);
      if (range && x->future && !have (x, F_SHIFT))
        {
          /* "is to run from January 23 through March 9": under way
           * or to come, so it is the next one that has not ended. */
          y2 = infer_year (x, m2, d2, FALSE, 0);
          y = wraps ? y2 - 1 : y2;
        }
      else
        {
          y = infer_year (x, m, d, have (x, F_SHIFT), get (x, F_SHIFT));
          y2 = wraps ? y + 1 : y;
        }
    }
  if (!interval (y, m, d, &r->start, &r->end, &r->start_prec))
    return;
  r->end_prec = r->start_prec;
  if (range)
    {
      GDate first, last;
      if (!interval (y2, m2, d2, &first, &last, &r->end_prec)
          || g_date_compare (&last, &r->start) < 0)
        return;
      r->end = last;
      r->granularity = PX_GRANULARITY_SPAN;
    }
  else
    r->granularity = granularity_of (r->start_prec);
  r->valid = r->resolved = TRUE;
}

static void
resolve_date (const Ctx *x, Res *r)
{
  resolve_fields (x, get (x, F_YEAR), get (x, F_MONTH), get (x, F_DAY), get (x, F_YEAR2),
                  get (x, F_MONTH2), get (x, F_DAY2), r);
}

/* Day and month from two numbers, in the context's order; the other order
 * when the first gives no date.  Returns FALSE when neither does. */
static gboolean
order_numbers (const Ctx *x, int a, int b, int y, int *m, int *d, gboolean *ambiguous)
{
  PxDateOrder order = x->context->order;
  gboolean from_default = order == PX_DATE_ORDER_DEFAULT;
  if (from_default)
    order = x->rules->default_order;
  gboolean mdy_ok = g_date_valid_dmy (b, a, y), dmy_ok = g_date_valid_dmy (a, b, y);
  gboolean mdy = order == PX_DATE_ORDER_MDY ? mdy_ok || !dmy_ok : !(dmy_ok || !mdy_ok);
  if (!mdy_ok && !dmy_ok)
    return FALSE;
  *m = mdy ? a : b;
  *d = mdy ? b : a;
  *ambiguous = *ambiguous || (from_default && mdy_ok && dmy_ok && a != b);
  return TRUE;
}

static void
resolve_numeric (const Ctx *x, Res *r)
{
  int y = get (x, F_YEAR), m = get (x, F_MONTH), d = get (x, F_DAY);
  int y2 = get (x, F_YEAR2), m2 = 0, d2 = 0;
  gboolean ambiguous = FALSE;
  if (have (x, F_N1) && !order_numbers (x, get (x, F_N1), get (x, F_N2), y, &m, &d, &ambiguous))
    return;
  if (have (x, F_N3) && !order_numbers (x, get (x, F_N3), get (x, F_N4), y2, &m2, &d2, &ambiguous))
    return;
  resolve_fields (x, y, m, d, y2, m2, d2, r);
  r->ambiguous = ambiguous;
}

static void
set_day (Res *r, const GDate *day)
{
  r->start = r->end = *day;
  r->start_prec = r->end_prec = P_DAY;
  r->granularity = PX_GRANULARITY_DAY;
  r->valid = r->resolved = TRUE;
}

/* Monday of @date's ISO week. */
static GDate
week_start (const GDate *date)
{
  GDate monday = *date;
  g_date_subtract_days (&monday, g_date_get_weekday (date) - G_DATE_MONDAY);
  return monday;
}

static void
resolve_weekday (const Ctx *x, Res *r)
{
  if (!published (x))
    return set_unresolved (r, PX_GRANULARITY_DAY);
  const GDate *pub = &x->context->published;
  int wd = get (x, F_WEEKDAY), pwd = g_date_get_weekday (pub);
  GDate day = *pub;
  if (have (x, F_SHIFT) && get (x, F_SHIFT) >= 0)
    {
      /* this/next Friday: that day of the current or the following week */
      day = week_start (pub);
      g_date_add_days (&day, (wd - 1) + 7 * get (x, F_SHIFT));
    }
  else if (have (x, F_SHIFT))
    g_date_subtract_days (&day, (pwd - wd + 7) % 7 == 0 ? 7 : (pwd - wd + 7) % 7);
  else if (x->future && x->as_it_stood)
    {
      /* "ahead of Sunday's election", "had been scheduled to close on
       * Tuesday": the one nearest publication, before or after it. */
      int ahead = (wd - pwd + 7) % 7, back = (pwd - wd + 7) % 7;
      if (ahead <= back)
        g_date_add_days (&day, ahead);
      else
        g_date_subtract_days (&day, back);
    }
  else if (x->future)
    g_date_add_days (&day, (wd - pwd + 7) % 7);
  else
    g_date_subtract_days (&day, (pwd - wd + 7) % 7);
  set_day (r, &day);
}

/* The years @first to @last as a span. */
static void
years_interval (int first, int last, Res *r)
{
  GDate unused;
  Prec prec;
  r->valid = r->resolved = interval (first, 0, 0, &r->start, &unused, &r->start_prec)
                           && interval (last, 0, 0, &unused, &r->end, &prec);
  r->end_prec = P_YEAR;
  r->granularity = PX_GRANULARITY_SPAN;
}

/* Part @q of year @y, in parts of @months months: a quarter (3), a
 * half (6). */
static void
part_interval (int y, int q, int months, Res *r)
{
  GDate first_month_end, last_month_start;
  Prec prec;
  if (!interval (y, (q - 1) * months + 1, 0, &r->start, &first_month_end, &r->start_prec)
      || !interval (y, q * months, 0, &last_month_start, &r->end, &prec))
    {
      r->valid = r->resolved = FALSE;
      return;
    }
  r->end_prec = r->start_prec;
  r->granularity = PX_GRANULARITY_SPAN;
  r->valid = r->resolved = TRUE;
}

/* The unit of @unit containing @date, moved by @n units. */
static void
unit_interval (const GDate *date, Unit unit, int n, Res *r)
{
  GDate d = *date;
  int y = g_date_get_year (&d), m = g_date_get_month (&d);
  r->valid = r->resolved = TRUE;
  r->start_prec = r->end_prec = P_DAY;
  switch (unit)
    {
    case UNIT_DAY:
      if (n >= 0)
        g_date_add_days (&d, n);
      else
        g_date_subtract_days (&d, -n);
      set_day (r, &d);
      return;
    case UNIT_WEEK:
      r->start = week_start (&d);
      if (n >= 0)
        g_date_add_days (&r->start, 7 * n);
      else
        g_date_subtract_days (&r->start, -7 * n);
      r->end = r->start;
      g_date_add_days (&r->end, 6);
      r->granularity = PX_GRANULARITY_WEEK;
      return;
    case UNIT_MONTH:
      {
        int months = y * 12 + (m - 1) + n;
        r->valid = r->resolved = interval (months / 12, months % 12 + 1, 0, &r->start, &r->end,
                                           &r->start_prec);
        r->end_prec = r->start_prec;
        r->granularity = PX_GRANULARITY_MONTH;
        return;
      }
    case UNIT_QUARTER:
      {
        int quarters = y * 4 + (m - 1) / 3 + n;
        part_interval (quarters / 4, quarters % 4 + 1, 3, r);
        return;
      }
    case UNIT_YEAR:
      r->valid = r->resolved = interval (y + n, 0, 0, &r->start, &r->end, &r->start_prec);
      r->end_prec = r->start_prec;
      r->granularity = PX_GRANULARITY_YEAR;
      return;
    case UNIT_DECADE:
    case UNIT_CENTURY:
      {
        /* Calendar decades and centuries: 2010-2019, 1900-1999. */
        int size = unit == UNIT_DECADE ? 10 : 100;
        years_interval ((y / size + n) * size, (y / size + n) * size + size - 1, r);
        return;
      }
    default:
      g_assert_not_reached ();
    }
}

static PxGranularity
unit_granularity (Unit unit)
{
  switch (unit)
    {
    case UNIT_DAY: return PX_GRANULARITY_DAY;
    case UNIT_WEEK: return PX_GRANULARITY_WEEK;
    case UNIT_MONTH: return PX_GRANULARITY_MONTH;
    case UNIT_YEAR: return PX_GRANULARITY_YEAR;
    default: return PX_GRANULARITY_SPAN;
    }
}

static void
resolve_relative (const Ctx *x, int n, Res *r)
{
  Unit unit = get (x, F_UNIT);
  if (!published (x))
    return set_unresolved (r, unit_granularity (unit));
  unit_interval (&x->context->published, unit, n, r);
}

/* @n decades or centuries as years: "a decade ago" counts ten years and
 * is a year, not the calendar decade before this one. */
static void
count_in_years (Unit *unit, int *n)
{
  if (*unit != UNIT_DECADE && *unit != UNIT_CENTURY)
    return;
  *n *= *unit == UNIT_DECADE ? 10 : 100;
  *unit = UNIT_YEAR;
}

/* N units before or after publication; decades and centuries count in
 * years (count_in_years ()). */
static void
resolve_offset (const Ctx *x, int sign, Res *r)
{
  if (get (x, F_COUNT) < 0)
    return set_unresolved (r, PX_GRANULARITY_VAGUE);
  Unit unit = get (x, F_UNIT);
  int n = sign * get (x, F_COUNT);
  if (unit == UNIT_DECADE || unit == UNIT_CENTURY)
    {
      if (!published (x))
        return set_unresolved (r, PX_GRANULARITY_YEAR);
      count_in_years (&unit, &n);
      return unit_interval (&x->context->published, unit, n, r);
    }
  resolve_relative (x, n, r);
}

/* The shift of a pattern: its SHIFT word, else its offset ("the year
 * before"). */
static int
shift_of (const Ctx *x)
{
  return have (x, F_SHIFT) ? get (x, F_SHIFT) : x->pattern->offset;
}

/* Publication moved by @n of @unit (negative: back). */
static gboolean
move (GDate *date, Unit unit, int n)
{
  static const int years[] = { [UNIT_YEAR] = 1, [UNIT_DECADE] = 10, [UNIT_CENTURY] = 100 };
  guint k = ABS (n);
  switch (unit)
    {
    case UNIT_DAY:
    case UNIT_WEEK:
      k *= unit == UNIT_WEEK ? 7 : 1;
      if (n < 0 && g_date_get_julian (date) <= k)
        return FALSE;
      n < 0 ? g_date_subtract_days (date, k) : g_date_add_days (date, k);
      break;
    case UNIT_MONTH:
    case UNIT_QUARTER:
      k *= unit == UNIT_QUARTER ? 3 : 1;
      if (n < 0 && g_date_get_year (date) <= k / 12 + 1)
        return FALSE;
      n < 0 ? g_date_subtract_months (date, k) : g_date_add_months (date, k);
      break;
    default:
      k *= years[unit];
      if ((n < 0 && g_date_get_year (date) <= k) || (n > 0 && g_date_get_year (date) + k > 9999))
        return FALSE;
      n < 0 ? g_date_subtract_years (date, k) : g_date_add_years (date, k);
    }
  return TRUE;
}

/* How precise a span counted in @unit is: "the last 30 years" are
 * counted in years, so 1981/2011, not from one April 13 to another. */
static Prec
precision_of_unit (Unit unit)
{
  switch (unit)
    {
    case UNIT_DAY:
    case UNIT_WEEK:
      return P_DAY;
    case UNIT_MONTH:
    case UNIT_QUARTER:
      return P_MONTH;
    default:
      return P_YEAR;
    }
}

/* "the past 30 days", "the next two weeks": from publication back or
 * forward by the count (one without a number: "the past week"), ends
 * included, as precise as the unit. */
static void
resolve_trailing (const Ctx *x, Res *r)
{
  int count = have (x, F_COUNT) ? get (x, F_COUNT) : 1;
  if (count < 0 || !published (x))
    return set_unresolved (r, count < 0 ? PX_GRANULARITY_VAGUE : PX_GRANULARITY_SPAN);
  const GDate *pub = &x->context->published;
  GDate other = *pub;
  int n = shift_of (x) > 0 ? count : -count;
  if (!move (&other, get (x, F_UNIT), n))
    return;
  r->start = n < 0 ? other : *pub;
  r->end = n < 0 ? *pub : other;
  r->start_prec = r->end_prec = precision_of_unit (get (x, F_UNIT));
  r->granularity = PX_GRANULARITY_SPAN;
  r->valid = r->resolved = TRUE;
}

/* A Saturday and Sunday: "this weekend" and "the weekend" are the latest
 * one begun by publication (the coming one after a future cue), "last
 * weekend" the one before the publication week's, "next weekend" the
 * first that begins after publication. */
static void
resolve_weekend (const Ctx *x, Res *r)
{
  if (!published (x))
    return set_unresolved (r, PX_GRANULARITY_SPAN);
  const GDate *pub = &x->context->published;
  gboolean in_weekend = g_date_get_weekday (pub) >= G_DATE_SATURDAY;
  GDate saturday = week_start (pub);
  g_date_add_days (&saturday, 5);
  int shift = shift_of (x), weeks = 0;
  if (shift < 0)
    weeks = -1;
  else if (shift > 0)
    weeks = in_weekend ? 1 : 0;
  else if (!x->future)
    weeks = in_weekend ? 0 : -1;
  if (weeks < 0)
    g_date_subtract_days (&saturday, 7);
  else
    g_date_add_days (&saturday, 7 * weeks);
  r->start = r->end = saturday;
  g_date_add_days (&r->end, 1);
  r->start_prec = r->end_prec = P_DAY;
  r->granularity = PX_GRANULARITY_SPAN;
  r->valid = r->resolved = TRUE;
}

/* The season starting in month @sm of @year (three months). */
static gboolean
season_of (int sm, int year, GDate *first, GDate *last)
{
  if (year < 1 || year > 9998)
    return FALSE;
  int end = sm + 2, end_year = year + (end > 12);
  end = (end - 1) % 12 + 1;
  g_date_set_dmy (first, 1, sm, year);
  g_date_set_dmy (last, g_date_get_days_in_month (end, end_year), end, end_year);
  return TRUE;
}

/* Seasons (rules' seasons, northern hemisphere): with a year, the one
 * that starts in it; "last summer" the latest ended before publication,
 * "next summer" the first begun after it, "this summer" the one under
 * way or else the publication year's (after a future cue, one not
 * ended); a bare season the latest begun by publication (the coming one
 * after a future cue). */
static void
resolve_season (const Ctx *x, Res *r)
{
  int sm = get (x, F_SEASON);
  r->start_prec = r->end_prec = P_MONTH;
  r->granularity = PX_GRANULARITY_SPAN;
  if (have (x, F_YEAR))
    {
      r->valid = r->resolved = season_of (sm, get (x, F_YEAR), &r->start, &r->end);
      return;
    }
  if (!published (x))
    return set_unresolved (r, PX_GRANULARITY_SPAN);
  const GDate *pub = &x->context->published;
  int py = g_date_get_year (pub), best = 0, best_distance = G_MAXINT;
  for (int y = py - 2; y <= py + 1; y++)
    {
      GDate first, last;
      if (!season_of (sm, y, &first, &last))
        continue;
      int before = g_date_days_between (&last, pub);   /* > 0: ended before */
      int after = g_date_days_between (pub, &first);   /* > 0: begins after */
      gboolean ok;
      int distance = MAX (MAX (before, after), 0);
      if (have (x, F_SHIFT) && get (x, F_SHIFT) < 0)
        ok = before > 0, distance = before;
      else if (have (x, F_SHIFT) && get (x, F_SHIFT) > 0)
        ok = after > 0, distance = after;
      else if (have (x, F_SHIFT))
        {
          /* "this spring": the one under way, else the one of the
           * publication's year, past ("fell this spring" in November)
           * or to come ("this summer" in January); after a future cue,
           * none that has ended. */
          ok = !x->future || before <= 0;
          distance = distance == 0 ? 0 : y == py ? 1 : 2 + distance;
        }
      else if (x->future)
        ok = before <= 0, distance = MAX (after, 0);
      else
        ok = after <= 0, distance = MAX (before, 0);
      if (ok && distance < best_distance)
        best = y, best_distance = distance;
    }
  r->valid = r->resolved = best > 0 && season_of (sm, best, &r->start, &r->end);
}

/* "the 20th century": 1900-1999, as commonly meant; "the 18th and 19th
 * centuries" 1700-1899. */
static void
resolve_century (const Ctx *x, Res *r)
{
  int first = (get (x, F_ORDINAL) - 1) * 100;
  /* "the 18th and 19th centuries": up to the end of the second. */
  int last = have (x, F_ORDINAL2) ? (get (x, F_ORDINAL2) - 1) * 100 : first;
  if (first < 1 || last < first)
    return;
  years_interval (first, last + 99, r);
}

/* The last day: of a month or a year named ("the end of July", "the end
 * of 2025"), or of the unit around publication moved by the shift ("year
 * end", "the end of next month"). */
static void
resolve_unit_end (const Ctx *x, Res *r)
{
  if (have (x, F_MONTH) || have (x, F_YEAR))
    {
      resolve_date (x, r);
      if (r->resolved)
        {
          r->start = r->end;
          r->start_prec = r->end_prec = P_DAY;
          r->granularity = PX_GRANULARITY_DAY;
        }
      else if (r->valid)
        r->granularity = PX_GRANULARITY_DAY;
      return;
    }
  if (!published (x))
    return set_unresolved (r, PX_GRANULARITY_DAY);
  unit_interval (&x->context->published, get (x, F_UNIT), shift_of (x), r);
  if (r->resolved)
    {
      GDate last = r->end;
      set_day (r, &last);
    }
}

/* "the next Tuesday": the first one after publication. */
static void
resolve_next_weekday (const Ctx *x, Res *r)
{
  if (!published (x))
    return set_unresolved (r, PX_GRANULARITY_DAY);
  GDate day = x->context->published;
  int ahead = (get (x, F_WEEKDAY) - g_date_get_weekday (&day) + 7) % 7;
  g_date_add_days (&day, ahead == 0 ? 7 : ahead);
  set_day (r, &day);
}

/* From the start of the current unit to publication. */
static void
resolve_to_date (const Ctx *x, Res *r)
{
  if (!published (x))
    return set_unresolved (r, PX_GRANULARITY_SPAN);
  unit_interval (&x->context->published, get (x, F_UNIT), 0, r);
  r->end = x->context->published;
  r->start_prec = r->end_prec = P_DAY;
  r->granularity = PX_GRANULARITY_SPAN;
}

/* A date a since_words word opens ("since 2022", "since the 1990s"):
 * from its start to publication; unresolved without publication, and no
 * date when it starts after it. */
static void
run_to_publication (const Ctx *x, Res *r)
{
  if (!r->valid)
    return;
  if (!published (x))
    {
      /* The start the date's own fields gave is no span's. */
      g_date_clear (&r->start, 1);
      g_date_clear (&r->end, 1);
      return set_unresolved (r, PX_GRANULARITY_SPAN);
    }
  if (!r->resolved)
    return;
  if (g_date_compare (&r->start, &x->context->published) > 0)
    {
      r->valid = FALSE;
      return;
    }
  r->end = x->context->published;
  r->end_prec = P_DAY;
  r->granularity = PX_GRANULARITY_SPAN;
}

static void
resolve_since (const Ctx *x, Res *r)
{
  resolve_fields (x, get (x, F_YEAR), get (x, F_MONTH), get (x, F_DAY), 0, 0, 0, r);
  run_to_publication (x, r);
}

/* Its ten years.  A decade without its century ("'60s", "the sixties")
 * is the latest one begun by publication, or through the two-digit
 * pivot when publication is unknown.  "The 1800s" is the hundred years
 * from 1800, as a year of hundreds written so is commonly meant, before
 * hundreds_century_before ("the 2000s" are a decade). */
static void
resolve_decade (const Ctx *x, Res *r)
{
  int y = get (x, F_DECADE);
  if (have (x, F_DECADE) && y % 100 == 0 && y < (int) x->rules->hundreds_century_before)
    return years_interval (y, y + 99, r);
  if (!have (x, F_DECADE))
    {
      int yy = get (x, F_DECADE2);
      if (published (x))
        {
          int py = g_date_get_year (&x->context->published);
          y = py / 100 * 100 + yy;
          if (y > py)
            y -= 100;
        }
      else
        y = two_digit_year (x->rules, yy);
    }
  years_interval (y, y + 9, r);
}

static void
resolve_day_word (const Ctx *x, Res *r)
{
  if (!published (x))
    return set_unresolved (r, PX_GRANULARITY_DAY);
  int n = have (x, F_DAY_WORD) ? get (x, F_DAY_WORD) : x->pattern->offset;
  unit_interval (&x->context->published, UNIT_DAY, n, r);
}

/* "80 years after its defeat": nothing to resolve against until the
 * event is known (px_dates_anchor ()); the offset is kept for then.
 * Decades and centuries count in years, as in resolve_offset (). */
static void
resolve_event (const Ctx *x, Res *r)
{
  set_unresolved (r, PX_GRANULARITY_VAGUE);
  int n = get (x, F_COUNT);
  Unit unit = get (x, F_UNIT);
  if (n <= 0 || x->pattern->offset == 0)
    return;
  count_in_years (&unit, &n);
  if (unit == UNIT_QUARTER)
    {
      n *= 3;
      unit = UNIT_MONTH;
    }
  r->event_offset = x->pattern->offset < 0 ? -n : n;
  r->event_unit = unit;
}

/* Easter Sunday of @year in the Gregorian calendar, by the anonymous
 * Gregorian algorithm (Meeus, Jones, Butcher). */
static void
easter_sunday (int year, GDate *out)
{
  int a = year % 19, b = year / 100, c = year % 100;
  int f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - b / 4 - g + 15) % 30;
  int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int n = h + l - 7 * m + 114;
  g_date_set_dmy (out, (GDateDay) (n % 31 + 1), (GDateMonth) (n / 31), (GDateYear) year);
}

/* Holiday @h's day in @year; FALSE when that year has none (a fifth
 * Monday) or GDate has no such year. */
static gboolean
holiday_in (const Holiday *h, int year, GDate *out)
{
  g_date_clear (out, 1);
  if (year < 2 || year > 9998)
    return FALSE;
  if (h->from_easter)
    {
      easter_sunday (year, out);
      if (h->easter >= 0)
        g_date_add_days (out, (guint) h->easter);
      else
        g_date_subtract_days (out, (guint) -h->easter);
      return TRUE;
    }
  if (h->weekday == 0)
    {
      if (!g_date_valid_dmy (h->day, h->month, year))
        return FALSE;
      g_date_set_dmy (out, h->day, h->month, year);
      return TRUE;
    }
  if (h->nth < 0)
    {
      g_date_set_dmy (out, g_date_get_days_in_month (h->month, year), h->month, year);
      g_date_subtract_days (out, (g_date_get_weekday (out) - h->weekday + 7) % 7);
      return TRUE;
    }
  g_date_set_dmy (out, 1, h->month, year);
  g_date_add_days (out, (h->weekday - g_date_get_weekday (out) + 7) % 7 + 7 * (h->nth - 1));
  return g_date_get_month (out) == (GDateMonth) h->month;
}

/* "on Christmas Eve", "last Easter", "Thanksgiving 2019": that year's,
 * or without a year the one nearest publication, found as for a day
 * without a year (infer_year ()) from this year's; then moved by the
 * pattern's offset in days ("the day after Christmas").  This year's
 * day stands for next year's too: only Easter's moves, and never within
 * lookahead_days of publication while this year's is past. */
static void
resolve_holiday (const Ctx *x, Res *r)
{
  const Holiday *h = &g_array_index (x->rules->holidays, Holiday, get (x, F_HOLIDAY) - 1);
  int year = get (x, F_YEAR);
  GDate day;
  if (!have (x, F_YEAR))
    {
      if (!published (x))
        return set_unresolved (r, PX_GRANULARITY_DAY);
      if (!holiday_in (h, g_date_get_year (&x->context->published), &day))
        return;
      year = infer_year (x, g_date_get_month (&day), g_date_get_day (&day), have (x, F_SHIFT),
                         get (x, F_SHIFT));
    }
  if (!holiday_in (h, year, &day))
    return;
  if (x->pattern->offset >= 0)
    g_date_add_days (&day, (guint) x->pattern->offset);
  else
    g_date_subtract_days (&day, (guint) -x->pattern->offset);
  set_day (r, &day);
}

/* Whether part @q of @months months of @year ended at most
 * part_report_days before publication, a word of report_nouns after it:
 * after a future cue it is still that one, whose figures come after it
 * ("is due to report third-quarter results on Oct. 30"), where "will
 * report in the first quarter" is the next. */
static gboolean
part_just_ended (const Ctx *x, int year, int q, int months)
{
  if (!x->reported)
    return FALSE;
  Res part;
  part_interval (year, q, months, &part);
  const GDate *pub = &x->context->published;
  return part.valid && g_date_compare (&part.end, pub) < 0
         && (guint) g_date_days_between (&part.end, pub) <= x->rules->report_days;
}

/* "the third quarter of 2023", "Q3 2023", "the first quarter", "the
 * second half of 2024": a part of @months months of the calendar year
 * (the QUARTER's, else the pattern's offset: "the last quarter of
 * 2023"); without a year, that of publication moved by the SHIFT ("the
 * first half of next year"), else the latest begun by publication, or
 * the next after a future cue unless the last ended just before
 * (part_just_ended ()). */
static void
resolve_part (const Ctx *x, int months, Res *r)
{
  int q = have (x, F_QUARTER) ? get (x, F_QUARTER) : x->pattern->offset;
  if (q < 1 || q > 12 / months)
    return;   /* "the third half" */
  int year = get (x, F_YEAR);
  if (!have (x, F_YEAR))
    {
      if (!published (x))
        return set_unresolved (r, PX_GRANULARITY_SPAN);
      const GDate *pub = &x->context->published;
      int current = ((int) g_date_get_month (pub) - 1) / months + 1;
      year = g_date_get_year (pub);
      if (have (x, F_SHIFT))
        year += get (x, F_SHIFT);   /* "the first half of next year" */
      else if (x->future && part_just_ended (x, q < current ? year : year - 1, q, months))
        year -= q < current ? 0 : 1;
      else if (x->future ? q < current : q > current)
        year += x->future ? 1 : -1;
    }
  part_interval (year, q, months, r);
}

/* A weekday within the week @shift weeks from publication's ("Monday
 * last week"), or a month or a day, or a range of months, within the
 * year @shift years from publication's ("in May next year", "March 3
 * last year", "between October and November last year"). */
static void
resolve_within (const Ctx *x, Res *r)
{
  gboolean weekday = have (x, F_WEEKDAY);
  if (!published (x))
    return set_unresolved (r, weekday || have (x, F_DAY) ? PX_GRANULARITY_DAY
                              : PX_GRANULARITY_MONTH);
  Res unit;
  unit_interval (&x->context->published, weekday ? UNIT_WEEK : UNIT_YEAR, get (x, F_SHIFT),
                 &unit);
  if (!unit.valid)
    return;
  if (weekday)
    {
      GDate day = unit.start;
      g_date_add_days (&day, get (x, F_WEEKDAY) - 1);
      return set_day (r, &day);
    }
  resolve_fields (x, g_date_get_year (&unit.start), get (x, F_MONTH), get (x, F_DAY), 0,
                  get (x, F_MONTH2), get (x, F_DAY2), r);
}

/* Whether a date of @g fixes the @unit it falls in: a day fixes its
 * week, a month its year, a year no month. */
static gboolean
fixes_unit (PxGranularity g, Unit unit)
{
  switch (g)
    {
    case PX_GRANULARITY_DAY: return TRUE;
    case PX_GRANULARITY_WEEK: return unit >= UNIT_WEEK;
    case PX_GRANULARITY_MONTH: return unit >= UNIT_MONTH;
    case PX_GRANULARITY_YEAR: return unit >= UNIT_YEAR;
    default: return FALSE;
    }
}

/* What a story's "the next day" or "two years later" counts from: the
 * last date the text gave before it that fixes the unit (the events
 * told are at that time), else publication; NULL when neither is known. */
static const GDate *
reference_date (const Ctx *x, Unit unit)
{
  for (guint i = x->before->len; i-- > 0;)
    {
      const PxDate *d = g_ptr_array_index (x->before, i);
      if (d->value != NULL && fixes_unit (d->granularity, unit))
        return &d->start;
    }
  return published (x) ? &x->context->published : NULL;
}

/* "in September of that year", "on May 3 of the following year": that
 * month (day) of the year the story has reached (reference_date ()),
 * moved by @sign years. */
static void
month_of_later_year (const Ctx *x, int sign, Res *r)
{
  gboolean day = have (x, F_DAY);
  const GDate *reference = reference_date (x, UNIT_YEAR);
  if (reference == NULL)
    return set_unresolved (r, day ? PX_GRANULARITY_DAY : PX_GRANULARITY_MONTH);
  int y = g_date_get_year (reference) + sign;
  if (!interval (y, get (x, F_MONTH), day ? get (x, F_DAY) : 0, &r->start, &r->end,
                 &r->start_prec))
    return;
  r->end_prec = r->start_prec;
  r->granularity = granularity_of (r->start_prec);
  r->valid = r->resolved = TRUE;
}

/* "the next day", "the previous year", "two days later", "a year
 * earlier", "that year": told from the time the story has reached
 * (reference_date ()), not from publication.  A count moves the reference
 * by that many units ("a week later" is a day); "the following week" is
 * the unit after the reference's.  The pattern's offset gives the
 * direction, none the reference's own unit ("that year", "the same
 * day"); a plural unit without a count ("the following days") and an
 * indefinite count are vague. */
static void
resolve_later (const Ctx *x, Res *r)
{
  Unit unit = get (x, F_UNIT);
  int sign = (x->pattern->offset > 0) - (x->pattern->offset < 0);
  if ((have (x, F_PLURAL) && !have (x, F_COUNT)) || get (x, F_COUNT) < 0)
    return set_unresolved (r, PX_GRANULARITY_VAGUE);
  if (have (x, F_MONTH))
    return month_of_later_year (x, sign, r);
  const GDate *reference = reference_date (x, unit);
  if (reference == NULL)
    return set_unresolved (r, unit_granularity (unit));
  if (!have (x, F_COUNT))
    return unit_interval (reference, unit, sign, r);
  int n = sign * get (x, F_COUNT);
  count_in_years (&unit, &n);
  GDate day = *reference;
  if (!move (&day, unit, n))
    return;
  unit_interval (&day, unit == UNIT_WEEK ? UNIT_DAY : unit, 0, r);
}

/* "on the 15th": that day of the month the story is in (the last date
 * it gave that fixes a month), else of the month nearest publication, as
 * for a day without a month: the latest such day not after it, or the
 * next after a future cue. */
static void
resolve_day_of_month (const Ctx *x, Res *r)
{
  const GDate *reference = reference_date (x, UNIT_MONTH);
  if (reference == NULL)
    return set_unresolved (r, PX_GRANULARITY_DAY);
  int d = get (x, F_ORDINAL);
  int months = (int) g_date_get_year (reference) * 12 + (int) g_date_get_month (reference) - 1;
  if (reference == &x->context->published)
    {
      int pd = g_date_get_day (reference);
      if (x->future ? d < pd : d > pd)
        months += x->future ? 1 : -1;
    }
  int y = months / 12, m = months % 12 + 1;
  if (!g_date_valid_dmy (d, m, y))
    return;
  GDate day;
  g_date_set_dmy (&day, d, m, y);
  set_day (r, &day);
}

static void
resolve (const Ctx *x, Res *r)
{
  memset (r, 0, sizeof *r);
  g_date_clear (&r->start, 1);
  g_date_clear (&r->end, 1);
  switch (x->pattern->resolve)
    {
    case R_DATE: resolve_date (x, r); break;
    case R_NUMERIC: resolve_numeric (x, r); break;
    case R_WEEKDAY: resolve_weekday (x, r); break;
    case R_WITHIN: resolve_within (x, r); break;
    case R_RELATIVE:
      /* "in last years" names no one year; "this years" can only be a
       * slip for "this year's". */
      if (have (x, F_PLURAL) && shift_of (x) != 0)
        set_unresolved (r, PX_GRANULARITY_VAGUE);
      else
        resolve_relative (x, shift_of (x), r);
      break;
    case R_TO_DATE: resolve_to_date (x, r); break;
    case R_OFFSET_PAST: resolve_offset (x, -1, r); break;
    case R_OFFSET_FUTURE:
      /* "the deadliest outbreak in two decades" looks back
       * (lookback_after_future ()); in "improved within three days" and
       * "was freed in two weeks" the units are a duration, no date. */
      if (x->lookback)
        resolve_trailing (x, r);
      else if (!x->past)
        resolve_offset (x, 1, r);
      break;
    case R_SINCE: resolve_since (x, r); break;
    case R_DECADE: resolve_decade (x, r); break;
    case R_DAY_WORD: resolve_day_word (x, r); break;
    case R_VAGUE: set_unresolved (r, PX_GRANULARITY_VAGUE); break;
    case R_TRAILING: resolve_trailing (x, r); break;
    case R_WEEKEND: resolve_weekend (x, r); break;
    case R_SEASON: resolve_season (x, r); break;
    case R_CENTURY: resolve_century (x, r); break;
    case R_UNIT_END: resolve_unit_end (x, r); break;
    case R_NEXT_WEEKDAY: resolve_next_weekday (x, r); break;
    case R_EVENT: resolve_event (x, r); break;
    case R_HOLIDAY: resolve_holiday (x, r); break;
    case R_QUARTER: resolve_part (x, 3, r); break;
    case R_HALF: resolve_part (x, 6, r); break;
    case R_LATER: resolve_later (x, r); break;
    case R_DAY_OF_MONTH: resolve_day_of_month (x, r); break;
    default: g_assert_not_reached ();
    }
  if (!r->resolved)
    {
      g_date_clear (&r->start, 1);
      g_date_clear (&r->end, 1);
    }
}

/* "%04d", "-%02d" without printf: values of up to four digits. */
/* Writes @v in @width digits at @p; returns the end. */
static char *
put_digits (char *p, guint v, guint width)
{
  for (guint i = width; i-- > 0; v /= 10)
    p[i] = (char) ('0' + v % 10);
  return p + width;
}

/* Writes @date at @p (room for 16 bytes) to @prec; returns the end. */
static char *
put_iso (char *p, const GDate *date, Prec prec)
{
  guint year = g_date_get_year (date);   /* GDateYear: at most 65535 */
  p = year <= 9999 ? put_digits (p, year, 4) : put_digits (p, year, 5);
  if (prec >= P_MONTH)
    {
      *p++ = '-';
      p = put_digits (p, g_date_get_month (date), 2);
    }
  if (prec >= P_DAY)
    {
      *p++ = '-';
      p = put_digits (p, g_date_get_day (date), 2);
    }
  return p;
}

/* The ISO 8601 value of resolved @r into @out (32 bytes); its length. */
static gsize
iso_value (const Res *r, char out[32])
{
  char *p = put_iso (out, &r->start, r->start_prec);
  if (r->granularity == PX_GRANULARITY_WEEK || r->granularity == PX_GRANULARITY_SPAN)
    {
      *p++ = '/';
      p = put_iso (p, &r->end, r->end_prec);
    }
  *p = '\0';
  return (gsize) (p - out);
}

/* ### Extraction */

/* A date and its value are one block: one allocation per date found.
 * Not g_malloc0 (): glibc's calloc () bypasses the per-thread cache of
 * freed blocks, and a third of its calls swept malloc's fast bins. */
static PxDate *
date_new (const Res *r)
{
  char value[32];
  gsize len = r->resolved ? iso_value (r, value) + 1 : 0;
  PxDate *date = g_malloc (sizeof *date + len);
  *date = (PxDate) { 0 };
  if (r->resolved)
    date->value = memcpy ((char *) (date + 1), value, len);
  return date;
}

static void
date_free (PxDate *date)
{
  g_free (date);
}

/* ### Anchoring on events */

static Unit
unit_of (PxGranularity granularity)
{
  switch (granularity)
    {
    case PX_GRANULARITY_DAY: return UNIT_DAY;
    case PX_GRANULARITY_WEEK: return UNIT_WEEK;
    case PX_GRANULARITY_MONTH: return UNIT_MONTH;
    default: return UNIT_YEAR;
    }
}

/* Whether @n of @unit from @date stay inside the years GDate and ISO 8601
 * values both hold ("1,000,000 days after the war" does not). */
static gboolean
stays_in_calendar (const GDate *date, Unit unit, int n)
{
  static const int per_year[] = { [UNIT_DAY] = 365, [UNIT_WEEK] = 52, [UNIT_MONTH] = 12,
                                  [UNIT_YEAR] = 1 };
  gint64 year = (gint64) g_date_get_year (date) + n / per_year[unit];
  return year >= 2 && year <= 9998;
}

/* Replaces date @k of @dates by the @unit holding @day, its span reaching
 * to @end; the rule and any event offset stay.  FALSE (and nothing
 * changed) when that unit cannot be told. */
static gboolean
replace_date (GPtrArray *dates, guint k, const GDate *day, Unit unit, gsize end)
{
  const PxDate *date = dates->pdata[k];
  Res r = { 0 };
  unit_interval (day, unit, 0, &r);
  if (!r.resolved)
    return FALSE;
  PxDate *fresh = date_new (&r);
  fresh->span = (PxSpan) { date->span.start, end };
  fresh->granularity = r.granularity;
  fresh->start = r.start;
  fresh->end = r.end;
  fresh->rule = date->rule;
  fresh->event_offset = date->event_offset;
  fresh->event_unit = date->event_unit;
  date_free (dates->pdata[k]);
  dates->pdata[k] = fresh;
  return TRUE;
}

gboolean
px_dates_anchor (GPtrArray *dates, guint k, const GDate *from, const GDate *to, gsize end)
{
  g_return_val_if_fail (dates != NULL && k < dates->len && from != NULL, FALSE);
  const PxDate *date = dates->pdata[k];
  if (date->event_offset == 0 || !g_date_valid (from))
    return FALSE;
  /* After a war is after its end; before it, before its start. */
  GDate anchor = date->event_offset > 0 && to != NULL && g_date_valid (to) ? *to : *from;
  Unit unit = unit_of (date->event_unit);
  if (!stays_in_calendar (&anchor, unit, date->event_offset)
      || !move (&anchor, unit, date->event_offset))
    return FALSE;
  return replace_date (dates, k, &anchor, unit, MAX (date->span.end, end));
}

gboolean
px_dates_name_day (GPtrArray *dates, guint k, const GDate *day)
{
  g_return_val_if_fail (dates != NULL && k < dates->len && day != NULL, FALSE);
  const PxDate *date = dates->pdata[k];
  if (date->granularity != PX_GRANULARITY_DAY || !g_date_valid (&date->start)
      || !g_date_valid (day) || g_date_get_month (&date->start) != g_date_get_month (day)
      || g_date_get_day (&date->start) != g_date_get_day (day))
    return FALSE;
  return replace_date (dates, k, day, UNIT_DAY, date->span.end);
}

/* Whether the word at token @i is capitalised right after another word
 * of its sentence, and so a name's, no cue ("the Back to the Beginning
 * concert on 5 July", "said on Meet the Press on Sunday"), unless the
 * text shouts it ("TALKS WILL RESUME"). */
static gboolean
name_word_at (const Tok *toks, guint i)
{
  return i > 0 && toks[i].capital && !toks[i].shouted && toks[i - 1].kind == PX_TOKEN_WORD;
}

/* The tokens of the first of @cues (words or phrases, as cue_slots ())
 * that starts at token @i and ends before @at; 0 when none does. */
static guint
cue_at (const GPtrArray *cues, const Tok *toks, guint i, guint at)
{
  if (!(toks[i].classes & WORD_STARTS_CUE) || name_word_at (toks, i))
    return 0;   /* no cue starts with it */
  for (guint c = 0; c < cues->len; c++)
    {
      const int *cue = g_ptr_array_index (cues, c);
      guint j = 0;
      while (cue[j] >= 0 && i + j < at && cue[j] == toks[i + j].word)
        j++;
      if (cue[j] < 0)
        return j;
    }
  return 0;
}

/* Whether the word at token @i is one of noun_cues right after one of
 * noun_cue_determiners or a possessive, or one word after it, or right
 * after a number: a noun, no verb ("its forecast", "its sales forecast",
 * "their travel plans", "Putin's first visit", "by seven runs", "a
 * visit"). */
static gboolean
noun_after_determiner (const PxDateRules *rules, const Tok *toks, guint i)
{
  if (cue_at (rules->noun_cue_words, toks, i, i + 1) == 0)
    return FALSE;
  if (i > 0 && (toks[i - 1].kind == PX_TOKEN_NUMBER
                || (toks[i - 1].lex != NULL && toks[i - 1].lex->has_count)))
    return TRUE;
  for (guint d = i > 2 ? i - 2 : 0; d < i; d++)
    if (toks[d].kind == PX_TOKEN_POSSESSIVE
        || cue_at (rules->determiner_words, toks, d, d + 1) > 0)
      return TRUE;
  return FALSE;
}

/* Whether the word at token @i is one of past_after_name_cues right after
 * a capitalised word that is none of adjective_openers and does not end
 * in "s" (@text: the normalised text), or after one of
 * past_after_pronouns: the verb in the past, a name or a pronoun in the
 * singular its subject ("Nvidia Corp forecast fourth-quarter revenue
 * above estimates on Wednesday", "the 1.5% it forecast in November"),
 * where "The forecast for Monday" and "Analysts forecast" look ahead. */
static gboolean
past_after_name (const PxDateRules *rules, const char *text, const Tok *toks, guint i)
{
  if (i == 0 || cue_at (rules->past_after_name_words, toks, i, i + 1) == 0)
    return FALSE;
  if (cue_at (rules->past_after_pronoun_words, toks, i - 1, i) > 0)
    return TRUE;
  return toks[i - 1].capital && toks[i - 1].kind == PX_TOKEN_WORD
         && text[toks[i - 1].end - 1] != 's'
         && cue_at (rules->adjective_opener_words, toks, i - 1, i) == 0;
}

static inline gboolean
is_comma (const Tok *t)
{
  return t->kind == PX_TOKEN_PUNCT && strcmp (t->low, ",") == 0;
}

/* How far back from a date the search for the relative pronoun that
 * opens its clause goes: "who disclosed in an interview with the BBC
 * in 2020" is 9 tokens. */
#define RELATIVE_CLAUSE_MAX_TOKENS 24

/* Whether token @at is in a relative clause after a comma: one of
 * clause_relatives right after a comma, and no comma since ("Osbourne,
 * who disclosed in 2020 that he had Parkinson's disease,"). */
static gboolean
in_relative_clause (const PxDateRules *rules, const Tok *toks, guint at)
{
  guint stop = at > RELATIVE_CLAUSE_MAX_TOKENS ? at - RELATIVE_CLAUSE_MAX_TOKENS : 1;
  for (guint k = at; k-- > stop;)
    {
      if (is_comma (&toks[k]))
        return FALSE;
      if (cue_at (rules->relative_words, toks, k, k + 1) > 0 && is_comma (&toks[k - 1]))
        return TRUE;
    }
  return FALSE;
}

/* Whether the cue of tokens [@i, @end) stands in a relative clause that
 * a comma closes before token @at: the clause's verb tells of the
 * clause's own time ("The president, who takes office on Nov. 8,
 * inherits an economy in its worst crisis in four decades"). */
static gboolean
cue_in_closed_clause (const PxDateRules *rules, const Tok *toks, guint i, guint end, guint at)
{
  if (!in_relative_clause (rules, toks, i))
    return FALSE;
  for (guint k = end; k < at; k++)
    if (is_comma (&toks[k]))
      return TRUE;
  return FALSE;
}

/* The most words of one of past_plan_openers: "had been" is two. */
#define PLAN_OPENER_MAX_WORDS 2

/* Whether one of @cues is the @n tokens from token @i, whatever shorter
 * one cue_at () finds first there ("had" of "had been"). */
static gboolean
cue_is (const GPtrArray *cues, const Tok *toks, guint i, guint n)
{
  if (name_word_at (toks, i))
    return FALSE;
  for (guint c = 0; c < cues->len; c++)
    {
      const int *cue = g_ptr_array_index (cues, c);
      guint j = 0;
      while (j < n && cue[j] >= 0 && cue[j] == toks[i + j].word)
        j++;
      if (j == n && cue[j] < 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether one of past_plan_openers ends right before the cue at token @i:
 * a plan made in the past ("He had promised to hold elections by Feb. 7
 * but failed to"), which points nowhere from publication.  A phrase of
 * the list is matched whole though a shorter one starts it. */
static gboolean
past_plan (const PxDateRules *rules, const Tok *toks, guint i)
{
  for (guint s = i > PLAN_OPENER_MAX_WORDS ? i - PLAN_OPENER_MAX_WORDS : 0; s < i; s++)
    if (cue_is (rules->plan_opener_words, toks, s, i - s))
      return TRUE;
  return FALSE;
}

/* Whether token @i ends a compound a hyphen joins it into: "planned" of
 * "long-planned", no verb. */
static gboolean
in_compound (const Tok *toks, guint i)
{
  return i > 0 && toks[i].joined && toks[i - 1].kind == PX_TOKEN_PUNCT
         && strcmp (toks[i - 1].low, "-") == 0;
}

/* One past the end of the last of @cues that starts within the window
 * before @at, not counting a cue in a relative clause closed before @at
 * (cue_in_closed_clause ()) nor one that ends a compound (in_compound
 * ()); for the future cues (@future), not a noun (noun_after_determiner
 * ()), a verb in the past (past_after_name ()) nor a plan made in the
 * past (past_plan (): a deferral in the past perfect still moves a date
 * ahead); 0 when none does.  *@start, unless NULL, gets that cue's first
 * token. */
static guint
cue_end_before (const PxDateRules *rules, const GPtrArray *cues, gboolean future,
                const char *text, const Tok *toks, guint at, guint *start)
{
  guint from = at > rules->future_window ? at - rules->future_window : 0, last = 0;
  for (guint i = from; i < at; i++)
    {
      guint n = cue_at (cues, toks, i, at);
      if (n > 0 && !in_compound (toks, i)
          && !(future && (noun_after_determiner (rules, toks, i)
                          || past_after_name (rules, text, toks, i) || past_plan (rules, toks, i)))
          && !cue_in_closed_clause (rules, toks, i, i + n, at))
        {
          last = i + n;
          if (start != NULL)
            *start = i;
        }
    }
  return last;
}

/* The most adverbs between a passive_cues word and its participle. */
#define PASSIVE_MAX_ADVERBS 2

/* Whether token @k is a word in lower case ending in "ly", an adverb. */
static gboolean
is_ly_adverb (const char *text, const Tok *toks, guint k)
{
  const Tok *t = &toks[k];
  return t->kind == PX_TOKEN_WORD && t->end - t->start >= 4 && g_ascii_islower (text[t->start])
         && text[t->end - 2] == 'l' && text[t->end - 1] == 'y';
}

/* Whether a passive_cues word stands right before token @k, at most
 * PASSIVE_MAX_ADVERBS adverbs in "ly" between ("will be formally
 * nominated", "is to be officially opened"). */
static gboolean
passive_before (const PxDateRules *rules, const char *text, const Tok *toks, guint k)
{
  for (guint adverbs = 0; k > 0 && adverbs <= PASSIVE_MAX_ADVERBS; adverbs++, k--)
    if (cue_at (rules->passive_words, toks, k - 1, k) > 0)
      return TRUE;
    else if (!is_ly_adverb (text, toks, k - 1))
      return FALSE;
  return FALSE;
}

/* Whether a verb in the past stands in tokens [@from, @at): one of
 * past_cues ("said", "was"), one past_after_name () holds ("it
 * forecast") or a word in lower case ending in "ed", that
 * no passive_cues word comes before ("resigned", not "will be sentenced",
 * "will be held" or "is to be formally nominated"), nor, for a word in
 * "ed", one of adjective_openers ("would visit the affected areas"). */
static gboolean
past_verb_between (const PxDateRules *rules, const char *text, const Tok *toks, guint from,
                   guint at)
{
  for (guint k = from; k < at; k++)
    {
      const Tok *t = &toks[k];
      gboolean ed = t->kind == PX_TOKEN_WORD && t->end - t->start >= 4
                    && g_ascii_islower (text[t->start]) && text[t->end - 2] == 'e'
                    && text[t->end - 1] == 'd';
      if (ed ? cue_at (rules->ed_adjective_words, toks, k, at) > 0
                 || (k > 0 && cue_at (rules->adjective_opener_words, toks, k - 1, k) > 0)
             : cue_at (rules->past_words, toks, k, at) == 0
                 && !past_after_name (rules, text, toks, k))
        continue;
      if (!passive_before (rules, text, toks, k))
        return TRUE;
    }
  return FALSE;
}

/* The most tokens a quantity between a verb and a date may hold. */
#define QUANTITY_MAX_TOKENS 8

/* Whether token @k, before token @at, is a quantity's: a number, or a
 * mark written onto one ("6.7%", "$5"). */
static gboolean
is_quantity (const Tok *toks, guint k, guint at)
{
  const Tok *t = &toks[k];
  return t->kind == PX_TOKEN_NUMBER
         || (t->kind == PX_TOKEN_PUNCT
             && ((t->joined && k > 0 && toks[k - 1].kind == PX_TOKEN_NUMBER)
                 || (k + 1 < at && toks[k + 1].joined && toks[k + 1].kind == PX_TOKEN_NUMBER)));
}

/* Where the window of lookahead_past_window words before token @at
 * starts: numbers and the marks written onto them count for none, being
 * the verb's quantity ("fell to 6.7% in August", "rose 5% in May"). */
static guint
past_window_start (const PxDateRules *rules, const Tok *toks, guint at)
{
  guint k = at, words = 0, skipped = 0;
  while (k > 0 && words < rules->past_window)
    {
      k--;
      if (is_quantity (toks, k, at) && skipped < QUANTITY_MAX_TOKENS)
        skipped++;
      else
        words++;
    }
  return k;
}

/* The most words of a baseline opener: "down from" is two. */
#define BASELINE_MAX_WORDS 3

/* Whether the date at token @at is a change's starting point: one of
 * baseline_openers and a quantity right before it ("would rise to 3.7%
 * in the third quarter, from 2.5% in December"), which a future cue
 * does not move ahead. */
static gboolean
baseline_before (const PxDateRules *rules, const Tok *toks, guint at)
{
  guint k = at;
  while (k > 0 && at - k < QUANTITY_MAX_TOKENS && is_quantity (toks, k - 1, at))
    k--;
  if (k == at)
    return FALSE;
  for (guint s = k; s-- > 0 && k - s <= BASELINE_MAX_WORDS;)
    if (cue_at (rules->baseline_words, toks, s, k) == k - s)
      return TRUE;
  return FALSE;
}

/* Whether the match of @pattern at token @i is a unit and its shift
 * that a possessive owns, a noun phrase and no date: "her last day would
 * be Feb. 7", "Ardern's last day". */
static gboolean
possessed_unit (const PxDateRules *rules, const Tok *toks, const Pattern *pattern, guint i)
{
  return pattern->resolve == R_RELATIVE && i > 0 && (toks[i].classes & (1u << C_SHIFT))
         && (toks[i - 1].kind == PX_TOKEN_POSSESSIVE
             || cue_at (rules->possessive_words, toks, i - 1, i) > 0);
}

/* Whether one of verb_cues ends with token @i, which opens a date's
 * match: "meant to last eight days" is no span of days. */
static gboolean
opens_as_verb (const PxDateRules *rules, const Tok *toks, guint i)
{
  guint back = rules->verb_max_words > 0 ? rules->verb_max_words - 1 : 0;
  for (guint s = i > back ? i - back : 0; s <= i; s++)
    if (cue_at (rules->verb_words, toks, s, i + 1) == i + 1 - s)
      return TRUE;
  return FALSE;
}

/* Whether one of since_words stands in tokens [@from, @at). */
static gboolean
since_between (const PxDateRules *rules, const Tok *toks, guint from, guint at)
{
  for (guint k = from; k < at; k++)
    if (toks[k].word >= 0 && rules->words.slots[toks[k].word].since)
      return TRUE;
  return FALSE;
}

/* The token of the word of @words that is the word at token @at, which
 * opens a date, or the one right before it ("postponed until April",
 * "adjourned until Monday"); G_MAXUINT when neither is. */
static guint
word_opening (const GPtrArray *words, const Tok *toks, guint at, guint n)
{
  if (at < n && cue_at (words, toks, at, at + 1) > 0)
    return at;
  if (at > 0 && cue_at (words, toks, at - 1, at) > 0)
    return at - 1;
  return G_MAXUINT;
}

/* Whether one of period_ends opens the date at @at, with no verb in the
 * past (and perhaps one of period_objects after it) nor a unit right
 * before it: the end of what runs on from the clause's time is ahead
 * ("ordered flags at half-staff until Sunday", "funds the government
 * through Jan. 30"), where "stayed until Friday" and "had reached them
 * until Sunday" have ended and "in the year through October" counts
 * back from it. */
static gboolean
period_end_ahead (const PxDateRules *rules, const char *text, const Tok *toks, guint n,
                  guint at)
{
  guint w = word_opening (rules->period_words, toks, at, n);
  if (w == G_MAXUINT)
    return FALSE;
  if (w > 0 && toks[w - 1].lex != NULL && toks[w - 1].lex->unit != UNIT_NONE)
    return FALSE;
  guint verb = w > 0 ? w - 1 : 0;
  if (verb > 0 && cue_at (rules->period_object_words, toks, verb, w) > 0)
    verb--;
  return !past_verb_between (rules, text, toks, verb, w);
}

/* The most adverbs in -ly between a future cue and one of
 * past_schedule_openers. */
#define SCHEDULE_MAX_ADVERBS 2

/* The most future cues in a row before a date that a schedule's opener
 * opens: "was scheduled to be" has two. */
#define SCHEDULE_MAX_CUES 3

/* The most tokens of a cue phrase that ends right before a token
 * (cue_ending_at ()): "in the run-up to the" is 6. */
#define CUE_MAX_TOKENS 6

/* The first token of the cue of @words (cue_slots ()) that ends right
 * before token @at, or @at when none does. */
static guint
cue_ending_at (const GPtrArray *words, const Tok *toks, guint at)
{
  for (guint i = at; i-- > 0 && at - i <= CUE_MAX_TOKENS;)
    if (cue_at (words, toks, i, at) == at - i)
      return i;
  return at;
}

/* Whether one of past_schedule_openers stands right before the future
 * cue that starts at token @start, adverbs in -ly perhaps between: a
 * schedule as it stood, which may have passed ("The concert had
 * originally been scheduled for Aug. 6 but was postponed"). */
static gboolean
schedule_as_it_stood (const PxDateRules *rules, const char *text, const Tok *toks, guint start)
{
  /* "was scheduled to be announced on Dec 23": back over the future
   * cues right before the last. */
  for (guint cues = 0; start > 0 && cues < SCHEDULE_MAX_CUES; cues++)
    {
      guint before = cue_ending_at (rules->future_words, toks, start);
      if (before == start)
        break;
      start = before;
    }
  for (guint k = start, adverbs = 0; k > 0 && adverbs <= SCHEDULE_MAX_ADVERBS; k--, adverbs++)
    {
      if (cue_at (rules->schedule_opener_words, toks, k - 1, k) > 0)
        return TRUE;
      if (!is_ly_adverb (text, toks, k - 1))
        return FALSE;
    }
  return FALSE;
}

/* Whether a future cue starts within the window before @at, or one of
 * deferral_cues with the date deferred to (one of deferral_targets opens
 * it: "postponed on Saturday" tells when it was put off, a day past),
 * with no verb in the past after it (in "Smith, who runs the firm,
 * resigned on Monday" the Monday is past), nor one of since_words ("his
 * first visit since taking office in June": what began is past), the
 * date no change's starting point (baseline_before ()); or
 * whether the date ends a period ahead (period_end_ahead ()).
 * @after_act is set when only a deferral or a period's end does: the
 * date is after an act, which may itself be past; @as_it_stood when the
 * future cue does and tells a schedule as it stood
 * (schedule_as_it_stood ()); *@cue to one past the last future cue
 * (cue_end_before ()), 0 when none. */
/* Whether a verb in the past stands between tokens @from and @at outside
 * the relative clauses a comma opens and closes there: "Germany face
 * Spain, who thrashed Costa Rica on Wednesday, at Al Bayt Stadium on
 * Sunday" tells of the coming Sunday still. */
static gboolean
past_verb_outside_clauses (const PxDateRules *rules, const char *text, const Tok *toks,
                           guint from, guint at)
{
  guint part = from;
  for (guint k = from; k + 1 < at; k++)
    {
      if (!is_comma (&toks[k]) || cue_at (rules->relative_words, toks, k + 1, at) == 0)
        continue;
      guint close = k + 1;
      while (close < at && !is_comma (&toks[close]))
        close++;
      if (close == at)
        break;
      if (past_verb_between (rules, text, toks, part, k))
        return TRUE;
      part = k = close;
    }
  return past_verb_between (rules, text, toks, part, at);
}

/* Whether one of nearest_cues ends right before the date at token @at:
 * "ahead of the Dec. 7 general election". */
static gboolean
nearest_cue_before (const PxDateRules *rules, const Tok *toks, guint at)
{
  return cue_ending_at (rules->nearest_words, toks, at) != at;
}

static gboolean
future_before (const PxDateRules *rules, const char *text, const Tok *toks, guint n, guint at,
               gboolean *after_act, gboolean *as_it_stood, guint *cue)
{
  guint start = 0;
  guint end = *cue = cue_end_before (rules, rules->future_words, TRUE, text, toks, at, &start);
  if (word_opening (rules->target_words, toks, at, n) != G_MAXUINT)
    end = MAX (end, cue_end_before (rules, rules->deferral_words, FALSE, text, toks, at, NULL));
  gboolean cued = end > 0 && !past_verb_outside_clauses (rules, text, toks, end, at)
                  && !since_between (rules, toks, end, at) && !baseline_before (rules, toks, at);
  *after_act = !(cued && end == *cue);
  *as_it_stood = cued && end == *cue && schedule_as_it_stood (rules, text, toks, start);
  return cued || period_end_ahead (rules, text, toks, n, at);
}

/* How far back from a date the clause that reported_clause_start ()
 * reads goes: a sentence of many such dates costs no more per date. */
#define REPORTED_CLAUSE_MAX_TOKENS 48

/* Where the clause a verb of speech_verbs reports, the last before
 * token @at, starts, else the sentence (at most
 * REPORTED_CLAUSE_MAX_TOKENS back): "in|within N units" after a verb in
 * the past anywhere there is a duration ("the storm had dropped five
 * months' worth of rain in four days"), while the reported clause has a
 * time of its own ("officials said the bridge reopens in two weeks"). */
static guint
reported_clause_start (const PxDateRules *rules, const Tok *toks, guint at)
{
  guint start = at > REPORTED_CLAUSE_MAX_TOKENS ? at - REPORTED_CLAUSE_MAX_TOKENS : 0;
  for (guint k = start; k < at; k++)
    {
      guint len = cue_at (rules->speech_words, toks, k, at);
      if (len > 0)
        start = k + len;
    }
  return start;
}

/* The most tokens from a date's end to the word of report_nouns it
 * qualifies: "third-quarter financial results" is 2. */
#define REPORT_NOUN_MAX_TOKENS 2

/* Whether a word of report_nouns follows the date that ends before token
 * @end, a word perhaps between: the figures of "third-quarter results",
 * "fourth-quarter financial results". */
static gboolean
report_noun_after (const PxDateRules *rules, const Tok *toks, guint n, guint end)
{
  for (guint k = end; k < n && k < end + REPORT_NOUN_MAX_TOKENS; k++)
    if (cue_at (rules->report_words, toks, k, n) > 0)
      return TRUE;
  return FALSE;
}

/* Whether a lookback cue stands within the window before token @at, and
 * after the last future cue there (@future_cue: one past its end, 0 for
 * none), if @future: in "Mamdani will be the city's youngest mayor in
 * more than a century" the superlative tells of the century; in "it has
 * said it will open a plant in two years" the cue after the present
 * perfect does of the years. */
static gboolean
lookback_after_future (const PxDateRules *rules, const char *text, const Tok *toks, guint at,
                       gboolean future, guint future_cue)
{
  guint lookback = cue_end_before (rules, rules->lookback_words, FALSE, text, toks, at, NULL);
  return lookback > 0 && (!future || lookback > future_cue);
}

/* Whether the date of tokens [@start, @end) opens its sentence and one
 * of future_after_cues starts within future_after_window tokens after
 * it ("On Sunday he will visit Mosul", "On Monday, the court is to
 * rule"), or whether one starts right after it, or right after a word
 * of clause_relatives after it, a comma perhaps between: what the date
 * is of is ahead ("the reform in September will be decisive", "the
 * party's presidential election on Friday, which will choose the
 * successor"). */
static gboolean
future_told_after (const PxDateRules *rules, const Tok *toks, guint n, guint start,
                   guint end)
{
  /* "the reform in September will be decisive": the verb of the phrase
   * the date ends comes right after it. */
  if (end < n && cue_at (rules->future_after_words, toks, end, n) > 0)
    return TRUE;
  guint relative = end < n && is_comma (&toks[end]) ? end + 1 : end;
  guint w = relative < n ? cue_at (rules->relative_words, toks, relative, n) : 0;
  if (w > 0 && relative + w < n && cue_at (rules->future_after_words, toks, relative + w, n) > 0)
    return TRUE;
  if (start != 0)
    return FALSE;
  for (guint k = end; k < n && k <= end + rules->future_after_window; k++)
    if (cue_at (rules->future_after_words, toks, k, n) > 0)
      return TRUE;
  return FALSE;
}

/* Word @w of the set of patterns of @sets in which @t may come. */
static inline guint64
set_word (const PxDateRules *rules, const TokenSets *sets, const Tok *t, guint w)
{
  guint n = rules->n_set_words;
  guint64 set = t->literal >= 0 ? sets->by_literal[(gsize) t->literal * n + w] : 0;
  for (guint32 kinds = t->classes & sets->classes; kinds != 0; kinds &= kinds - 1)
    set |= sets->by_class[(gsize) __builtin_ctz (kinds) * n + w];
  return set;
}

/* Whether @t may start some pattern: by a class, or as a literal. */
static inline gboolean
may_start (const PxDateRules *rules, const Tok *t)
{
  return (t->classes & (rules->at[0].classes | WORD_STARTS_MATCH)) != 0;
}

/* Into @set (n_set_words words), the patterns that may match from token
 * @i: those that may start with it, and then end there or go on with
 * token @i + 1, and so on, FILTER_DEPTH tokens deep.  FALSE when there
 * are none.  Most tokens start none, and that is known from two bit
 * tests; the sets of the next tokens are read only for the patterns
 * still left. */
static gboolean
candidates (const PxDateRules *rules, const Tok *toks, guint n, guint i, guint64 *set)
{
  const Tok *t = &toks[i];
  if (!may_start (rules, t))
    return FALSE;
  guint64 any = 0;
  for (guint w = 0; w < rules->n_set_words; w++)
    {
      guint64 more = set_word (rules, &rules->at[0], t, w), done = 0;
      for (guint d = 0; more != 0; d++)
        {
          if (d > 0)
            {
              if (i + d >= n)
                break;   /* what needs more tokens than are left */
              more &= set_word (rules, &rules->at[d], &toks[i + d], w);
            }
          if (d + 1 == FILTER_DEPTH)
            {
              done |= more;
              break;
            }
          guint64 ends = more & set_word (rules, &rules->ends[d], &toks[i + d], w);
          done |= ends;
          more &= ~ends;
        }
      set[w] = done;
      any |= done;
    }
  return any != 0;
}

/* The longest match at @i over the patterns of @set (in their order: the
 * first listed wins a tie); the pattern or NULL. */
static const Pattern *
best_match (const PxDateRules *rules, const Tok *toks, guint n, guint i, const guint64 *set,
            Caps *caps, guint *end)
{
  /* One matcher for all the patterns: its best is only copied out, and
   * its fields set one by one, so that nothing is cleared per try. */
  static const Caps none;
  Matcher m;
  m.rules = rules;
  m.toks = toks;
  m.n = n;
  m.start = i;
  m.found = FALSE;
  m.best_end = 0;
  m.best_pattern = NULL;
  for (guint w = 0; w < rules->n_set_words; w++)
    for (guint64 bits = set[w]; bits != 0; bits &= bits - 1)
      {
        guint p = w * 64 + (guint) __builtin_ctzll (bits);
        m.pattern = g_ptr_array_index (rules->patterns, p);
        Cont k = { m.pattern->items, m.pattern->n_items, 0, NULL };
        match (&m, &k, i, &none);
      }
  if (!m.found)
    return NULL;
  *end = m.best_end;
  *caps = m.best;
  return m.best_pattern;
}

/* Whether the token before @i belongs to a number @i does not start:
 * the number itself, or a slash or hyphen joined to both. */
static gboolean
part_of_number (const Tok *toks, guint i)
{
  const Tok *before = &toks[i - 1];
  if (toks[i].kind == PX_TOKEN_NUMBER && before->kind == PX_TOKEN_NUMBER)
    return FALSE;
  /* A date that opens with a word in lower case ("last month", "on
   * Monday") takes no number before it: "STS-133 last month". */
  if (before->kind == PX_TOKEN_NUMBER)
    return toks[i].kind == PX_TOKEN_NUMBER || toks[i].capital;
  return toks[i].joined && i > 1 && before->joined && toks[i - 2].kind == PX_TOKEN_NUMBER
         && (strcmp (before->low, "/") == 0 || strcmp (before->low, "-") == 0);
}

/* Whether token @t is a word or mark of @rules' year_joiners. */
static gboolean
is_year_joiner (const PxDateRules *rules, const char *text, const Tok *t)
{
  gsize len = t->end - t->start;
  char low[16];
  if (len >= sizeof low)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    low[k] = g_ascii_tolower (text[t->start + k]);
  low[len] = '\0';
  return g_hash_table_contains (rules->year_joiners, low);
}

/* "in March and June 2022", "on May 3 or May 10, 2021": the year the date
 * after one or two year_joiners right after @end writes, when it names a
 * month too; 0 when none does.  Uses @set as best_match () does. */
static int
year_after_joiner (const PxDateRules *rules, const char *text, const Tok *toks, guint n,
                   guint end, guint64 *set)
{
  guint j = end;
  while (j < n && j < end + 2 && is_year_joiner (rules, text, &toks[j]))
    j++;
  if (j == end || j >= n || !candidates (rules, toks, n, j, set))
    return 0;
  Caps caps = { { 0 }, 0 };
  guint after = 0;
  if (best_match (rules, toks, n, j, set, &caps, &after) == NULL
      || !has (&caps, F_YEAR) || !has (&caps, F_MONTH))
    return 0;
  return caps.v[F_YEAR];
}

/* The year @year a date before it in its sentence wrote, which a date
 * without one takes, or 0 where the date is put ahead (@future), that
 * year is past, and no verb in the past stands between them
 * (@past_since): in "the 2015 Paris Agreement, a process that takes
 * effect in January" the January is the next one; in "In 2019 he said
 * he would move in March" the move was in 2019. */
static int
year_ahead_allows (const PxDateContext *context, gboolean future, gboolean past_since, int year)
{
  if (future && !past_since && year > 0 && g_date_valid (&context->published)
      && year < g_date_get_year (&context->published))
    return 0;
  return year;
}

/* @set: room for a pattern set. */
static void
extract_sentence (const PxDateRules *rules, const char *text, const Tok *toks, guint n,
                  const PxDateContext *context, guint64 *set, GPtrArray *out)
{
  guint taken = 0;   /* tokens before this are in a date already */
  int year = 0;      /* the last year a date of the sentence wrote */
  /* Where a relative clause wrote it, the clause's end ends that year's
   * reach: "Osbourne, who disclosed in 2020 that he had Parkinson's
   * disease, played his final concert on July 5" is this July.  The
   * first token not yet looked at for the comma that ends the clause;
   * G_MAXUINT when the year was written elsewhere.  Each token is looked
   * at once. */
  guint year_clause = G_MAXUINT;
  /* Whether a verb in the past stands between that year's date and
   * token @year_scanned, up to which the tokens were looked at, each
   * once. */
  gboolean past_since_year = FALSE;
  guint year_scanned = 0;
  for (guint i = 0; i < n;)
    {
      if (!candidates (rules, toks, n, i, set))
        {
          i++;
          continue;
        }
      Caps caps = { { 0 }, 0 };
      guint end = 0;
      const Pattern *pattern = best_match (rules, toks, n, i, set, &caps, &end);
      if (pattern == NULL || opens_as_verb (rules, toks, i)
          || possessed_unit (rules, toks, pattern, i))
        {
          i++;
          continue;
        }
      for (; year_clause < i; year_clause++)
        if (is_comma (&toks[year_clause]))
          {
            year = 0;
            year_clause = G_MAXUINT;
            break;
          }
      if (year > 0 && year_scanned < i)
        {
          past_since_year = past_since_year
                            || past_verb_between (rules, text, toks, year_scanned, i);
          year_scanned = i;
        }
      gboolean after_act = FALSE, as_it_stood = FALSE;
      gboolean opening = future_told_after (rules, toks, n, i, end);
      guint future_cue = 0;
      gboolean future = future_before (rules, text, toks, n, i, &after_act, &as_it_stood,
                                       &future_cue) || opening;
      after_act = after_act && !opening;
      /* "ahead of the Dec. 7 general election", "ahead of Sunday's
       * election": a month's day or a weekday nearest publication,
       * before or after it, whatever the tense. */
      if ((has (&caps, F_MONTH) || has (&caps, F_WEEKDAY)) && !has (&caps, F_YEAR) && !opening
          && nearest_cue_before (rules, toks, i))
        {
          future = as_it_stood = TRUE;
          after_act = FALSE;
        }
      /* A month without its year shares the year of a date listed right
       * after it, before any the sentence wrote earlier. */
      int shared = has (&caps, F_MONTH) && !has (&caps, F_YEAR)
                     ? year_after_joiner (rules, text, toks, n, end, set) : 0;
      /* What only some resolvers read is looked for only for them. */
      gboolean offset = pattern->resolve == R_OFFSET_FUTURE;
      gboolean part = pattern->resolve == R_QUARTER || pattern->resolve == R_HALF;
      guint past_from = offset ? reported_clause_start (rules, toks, i)
                               : past_window_start (rules, toks, i);
      Ctx x = { rules, context, pattern, &caps, future, after_act, as_it_stood && !opening,
                part && report_noun_after (rules, toks, n, end),
                !future && past_verb_between (rules, text, toks, past_from, i),
                offset && lookback_after_future (rules, text, toks, i, future, future_cue), out,
                shared > 0 ? shared
                           : year_ahead_allows (context, future, past_since_year, year) };
      Res r;
      resolve (&x, &r);
      if (toks[i].word >= 0 && rules->words.slots[toks[i].word].since
          && pattern->resolve != R_SINCE)
        run_to_publication (&x, &r);
      /* What looks like a date but is not one is skipped whole, so that
       * no part of it is read again as a date of its own: "August 32,
       * 2014" and "32 August 2014" are not the year 2014, nor 2/29/2014
       * (a number, or a number's slash or hyphen, just before a date
       * that does not take it, unless that number ends a date). */
      if (!r.valid || (i > taken && part_of_number (toks, i)))
        {
          i = end;
          continue;
        }
      PxDate *date = date_new (&r);
      date->span.start = toks[i].start;
      date->span.end = toks[end - 1].end;
      date->granularity = r.granularity;
      date->start = r.start;
      date->end = r.end;
      date->rule = pattern->name;
      date->ambiguous = r.ambiguous;
      date->event_offset = r.event_offset;
      date->event_unit = unit_granularity (r.event_unit);
      g_ptr_array_add (out, date);
      /* Not a span up to publication: "grown since 2008, and in March
       * it bought" is this March. */
      if (has (&caps, F_YEAR) && r.resolved
          && !(g_date_valid (&context->published)
               && g_date_compare (&r.end, &context->published) == 0))
        {
          year = g_date_get_year (&r.start);
          year_clause = in_relative_clause (rules, toks, i) ? end : G_MAXUINT;
          past_since_year = FALSE;
          year_scanned = end;
        }
      i = taken = end;
    }
}

/* Sentences of up to this many tokens (nearly all) are read on the stack
 * (about 13 KB), and sets of patterns of up to this many words. */
#define STACK_TOKS 128
#define STACK_SET_WORDS 4

/* Marks token @t as where a holiday is named, when it is where the next
 * of @days (from *@next on, in text order) starts and the rules date it. */
static void
tok_holiday (Tok *t, const PxDateRules *rules, const PxNamedDay *days, guint n_days,
             guint *next)
{
  while (*next < n_days && days[*next].span.start < t->start)
    (*next)++;
  if (*next == n_days || days[*next].span.start != t->start)
    return;
  guint h = GPOINTER_TO_UINT (g_hash_table_lookup (rules->holiday_ids, days[*next].id));
  if (h == 0)
    return;
  t->holiday = h;
  t->holiday_end = days[*next].span.end;
  t->classes |= 1u << C_HOLIDAY;
}

GPtrArray *
px_extract_dates (const PxDateRules *rules, const PxText *text, const PxSegmentation *seg,
                  const PxDateContext *context)
{
  return px_extract_dates_named (rules, text, seg, context, NULL, 0);
}

GPtrArray *
px_extract_dates_named (const PxDateRules *rules, const PxText *text, const PxSegmentation *seg,
                        const PxDateContext *context, const PxNamedDay *days, guint n_days)
{
  g_return_val_if_fail (rules != NULL && text != NULL && seg != NULL && context != NULL, NULL);
  g_return_val_if_fail (days != NULL || n_days == 0, NULL);
  /* Room for an article's dates: grown from nothing, the array would
   * reallocate at each doubling. */
  GPtrArray *out = g_ptr_array_new_full (32, (GDestroyNotify) date_free);
  const char *normalized = px_text_get_normalized (text, NULL);
  guint n_sentences = px_segmentation_n_sentences (seg);
  if (n_sentences == 0)
    return out;
  /* Sentences and tokens are flat arrays (segment.h). */
  const PxSentence *sentences = px_segmentation_get_sentence (seg, 0);
  const PxToken *tokens = px_segmentation_n_tokens (seg) > 0 ? px_segmentation_get_token (seg, 0)
                                                             : NULL;
  /* Room for the longest sentence, taken once: a Tok points into itself
   * (suffix), so the array must not move once filled.  Most articles'
   * sentences fit on the stack; a heap block of that size (grown
   * sentence by sentence, as it was) made malloc () sweep its free
   * lists at every article. */
  guint longest = 0;
  for (guint s = 0; s < n_sentences; s++)
    longest = MAX (longest, sentences[s].n_tokens);
  Tok on_stack[STACK_TOKS];
  g_autofree Tok *on_heap = longest > STACK_TOKS ? g_new (Tok, longest) : NULL;
  Tok *toks = on_heap != NULL ? on_heap : on_stack;
  guint64 set_on_stack[STACK_SET_WORDS];
  g_autofree guint64 *set_on_heap = rules->n_set_words > STACK_SET_WORDS
                                      ? g_new (guint64, rules->n_set_words) : NULL;
  guint64 *set = set_on_heap != NULL ? set_on_heap : set_on_stack;
  guint next_day = 0;
  for (guint s = 0; s < n_sentences; s++)
    {
      const PxSentence *sentence = &sentences[s];
      guint kept = 0;
      for (guint i = 0; i < sentence->n_tokens; i++)
        {
          Tok *t = &toks[kept];
          tok_init (t, rules, normalized, &tokens[sentence->first_token + i]);
          if (n_days > 0)
            tok_holiday (t, rules, days, n_days, &next_day);
          const PxToken *next = i + 1 < sentence->n_tokens
                                  ? &tokens[sentence->first_token + i + 1] : NULL;
          if (kept > 0 && names_by_capital (t, &toks[kept - 1], next, normalized))
            t->classes &= ~(1u << C_DAY_WORD);
          /* Editorial brackets in quotations are transparent: "[Ten]
           * years ago" is "Ten years ago". */
          if (t->end - t->start != 1 || (t->low[0] != '[' && t->low[0] != ']'))
            kept++;
        }
      extract_sentence (rules, normalized, toks, kept, context, set, out);
    }
  return out;
}
