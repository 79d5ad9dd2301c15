/* quotes.c: quotations, their kind and who is credited (docs/quotes.md).
 *
 * Two passes over a document.
 *
 * 1. Marks.  The normalised text folds every quotation mark to ASCII ' or
 *    ", so each one is looked up in the original bytes: a curly mark says
 *    by itself whether it opens or closes, a straight one is read from its
 *    neighbours (a space before: opening).  A right single mark between
 *    letters, or before a letter with a space before it, is an apostrophe
 *    (Japan's, '90s, rock 'n' roll), and so is one after a plural "s" when
 *    a later mark can close the quote (the Koreas' talks).  Marks pair up
 *    on a stack, so quotes nest.  A quote still open at the end of its
 *    paragraph goes on only when the next paragraph opens with the same
 *    mark (the convention for quotes over several paragraphs); otherwise a
 *    double quote stops at the paragraph's end and a single one is taken
 *    for an apostrophe.  Either way one bad mark never swallows the rest.
 *
 * 2. Credit.  Every sentence is searched for the cue phrases of
 *    rules/attribution.yaml; each cue gets a speaker from the words around
 *    it (the noun phrase before a verb, after "according to", the clause's
 *    subject for "citing"), and pronouns and role nouns ("he", "the
 *    official") take the last person credited in the same or the previous
 *    paragraph.  A quote takes, in order: an attribution right after it
 *    ("...," he said), the nearest cue before it in its sentence, or, when
 *    it opens its sentence, the last speaker credited before it.
 *
 * Both passes are linear in the text (cue lookups are hash lookups; the
 * searches backwards are bounded by small windows or by a sentence).  A
 * filter of the cues' first words, built by the loader, passes over most
 * tokens before any lookup.
 */
#include "config.h"

#include <string.h>

#include "extract/extract.h"
#include "extract/names.h"
#include "extract/word-filter.h"

#define CODE PX_ERROR_RULE_SYNTAX

/* How far back the search for the comma before an appositive goes: "a
 * palaeontologist at the Carnegie Museum of Natural History in Pittsburgh
 * who was not involved in the study" is 18 tokens. */
#define APPOSITIVE_MAX_TOKENS 24
/* The most appositives read one after another between a name and its
 * verb: "Choi, 61, a former vice finance minister, told" has two. */
#define MAX_APPOSITIVES 3
/* The most tokens of a dateline before its dash: "CAPE CANAVERAL, Fla.
 * (AP) —" is 8. */
#define DATELINE_MAX_TOKENS 16
/* The most tokens of a title between a name and the person it names:
 * "Secretary of State" is 3. */
#define TITLE_MAX_TOKENS 6
/* The most tokens of a party's tag in brackets: "(D-N.Y.)" is 8. */
#define PARTY_TAG_MAX_TOKENS 10
/* A relative clause between a speaker and the verb is longer: "who last
 * week shortened his deadline for a ceasefire to “10 or 12 days”". */
#define RELATIVE_MAX_TOKENS 32
/* The most words in lower case between a people's name and the body's
 * noun it owns: "the Chinese foreign ministry" has one. */
#define DEMONYM_MAX_WORDS_BEFORE 2
/* The most tokens of the words that describe a body between "of the"
 * and its name: "the London-based think tank" is 5. */
#define DESCRIPTION_MAX_TOKENS 6
/* The most tokens between a noun and the article or indefinite that
 * opens its phrase: "a Detroit - based" is 3. */
#define OPENER_MAX_TOKENS 4
/* The longest noun phrase read after a verb. */
#define NP_MAX_TOKENS 8
/* Deeper nesting is not prose; further opening marks are ignored, which
 * keeps the work per mark bounded. */
#define MAX_NESTING 32
/* The most tokens between a clause's opener and a clause cue in it: "...,
 * while Democratic leader Hakeem Jeffries spoke for a record eight hours
 * and 44 minutes on the floor on Thursday to delay the vote, calling" is
 * 24. */
#define CLAUSE_MAX_TOKENS 48
/* How many cues, or speakers, a search looks back over at most. */
#define MAX_LOOK_BACK 64
/* Room the arrays of one document start with, in bytes: an article of
 * news has some dozens of marks, quotes, cues and speakers, and an array
 * grown from nothing one append at a time reallocates at each doubling.
 * No more than 1 KiB: glibc keeps freed blocks up to that size in a
 * per-thread cache, while a larger one is looked for in malloc's bins,
 * which first merges the small blocks freed since. */
#define ARRAY_RESERVE_BYTES 1024
/* Cues and speakers an article's records hold before they move to the
 * heap (Records). */
#define ROOM_RECORDS 64
/* The per-token and per-sentence scratch of an article of up to some
 * 3,500 tokens (nearly all) is on the stack: 8 KiB. */
#define STACK_SCRATCH_WORDS 2048

static GArray *
array_new (guint element_size)
{
  return g_array_sized_new (FALSE, FALSE, element_size, ARRAY_RESERVE_BYTES / element_size);
}

typedef enum {
  CUE_VERB,     /* credits its subject, or the phrase after it after a quote */
  CUE_CLAUSE,   /* credits the subject of its clause */
  CUE_SOURCE,   /* credits the phrase after it, a source */
} CueKind;

/* A phrase of lowercase words. */
typedef struct {
  char *text;     /* owned, as written in the rules */
  char **words;   /* owned, lowercase */
  guint n;
} Phrase;

typedef struct {
  Phrase phrase;
  CueKind kind;
} Cue;

/* The word sets of the rules, as bits of QuoteWord.sets. */
typedef enum {
  SET_SPEECH_NOUNS = 1 << 0,
  SET_ROLE_NOUNS = 1 << 1,
  SET_PRONOUNS = 1 << 2,
  SET_BETWEEN = 1 << 3,
  SET_AFTER_SPEAKER = 1 << 4,
  SET_KEEP_ARTICLE = 1 << 5,
  SET_NOT_NAMES = 1 << 6,
  SET_CLAUSE_WORDS = 1 << 7,
  SET_BODY_NOUNS = 1 << 8,
  SET_ANY_BODY_NOUNS = 1 << 9,
  SET_PERSON_PRONOUNS = 1 << 10,
  SET_MEMBER_JOINERS = 1 << 11,
  SET_RELATIVES = 1 << 12,
  SET_PERSON_NOUNS = 1 << 13,
  SET_CLAUSE_OPENERS = 1 << 14,
  SET_PLACE_JOINERS = 1 << 15,
  SET_INDEFINITES = 1 << 16,
  SET_DETERMINERS = 1 << 17,
  SET_ASIDE_OPENERS = 1 << 18,
  SET_THING_PRONOUNS = 1 << 19,
  SET_KIN_NOUNS = 1 << 20,
  SET_ABSOLUTE_OPENERS = 1 << 21,
  SET_SUBJECT_ADVERBS = 1 << 22,
  SET_PERSON_RELATIVES = 1 << 23,
} WordSet;

/* Everything the rules say of one word, so that a token is looked up
 * once for all of it rather than once per table. */
typedef struct {
  const GPtrArray *cues;      /* borrowed from cues: the cues it starts; NULL when none */
  GPtrArray *titles;          /* owned: the titles it starts (Phrase*, borrowed); or NULL */
  guint sets;                 /* WordSet bits */
} QuoteWord;

struct _PxQuoteRules {
  GHashTable *cues;           /* owned: first word -> GPtrArray of Cue* (borrowed) */
  PxWordFilter cue_starts;    /* the keys of cues */
  PxWordFilter set_words;     /* every word of the sets below */
  GPtrArray *all_cues;        /* owned Cue* */
  GPtrArray *titles;          /* owned Phrase* */
  GHashTable *speech_nouns;   /* owned sets of lowercase words */
  GHashTable *role_nouns;
  GHashTable *body_nouns;
  GHashTable *any_body_nouns;
  GHashTable *pronouns;
  GHashTable *person_pronouns;
  GHashTable *thing_pronouns; /* "it": a body or place of its sentence */
  GHashTable *kin_nouns;      /* "daughter": a relative of the possessor, no one of theirs */
  GHashTable *absolute_openers;  /* "with": opens a name that a clause cue's subject is */
  GHashTable *person_nouns;   /* "the Dutchman": a person named before, as "he" is */
  GHashTable *clause_openers; /* "while": a clause of its own after a quote */
  GPtrArray *honorific_lists; /* NameList*: the honorifics of each pronoun */
  GPtrArray *name_lists;      /* NameList*: the given names of each pronoun */
  GHashTable *member_joiners;
  GHashTable *place_joiners;  /* "the Chinese Embassy in Berlin": a body, then its place */
  GHashTable *indefinites;    /* "an official said": someone not named before */
  GHashTable *determiners;    /* "her family said": an -ly word after one is a noun */
  GHashTable *aside_openers;  /* "The ministry, in a post on X, said": an aside's first words */
  GHashTable *subject_adverbs; /* "Later he broke with ..., calling": before the subject */
  GHashTable *person_relatives; /* "who": a person's, past an appositive */
  GHashTable *relatives;
  GHashTable *between;
  GHashTable *after_speaker;
  GHashTable *keep_article;
  GHashTable *not_names;
  GHashTable *clause_words;
  PxLexicon *title_minor_words;  /* "Anatomy of a Fall": lower case in a title */
  PxLexicon *work_nouns;      /* "the 1997 film 'Titanic'": a title after them */
  GHashTable *elisions;
  guint statement_min_words;
  guint clause_min_words;
  guint sentence_min_words;
  guint name_term_max_words;
  guint name_term_max_distance;
  guint after_quote_window;
  QuoteWord *entries;         /* owned: the values of index */
  guint n_entries;
  PxWordTable index;          /* cue first words, title first words, set words */
};

const char *
px_quote_kind_name (PxQuoteKind kind)
{
  switch (kind)
    {
    case PX_QUOTE_STATEMENT:
      return "statement";
    case PX_QUOTE_TERM:
      return "term";
    default:
      g_return_val_if_reached (NULL);
    }
}

/* ### Rules */

static void
phrase_clear (Phrase *p)
{
  g_free (p->text);
  g_strfreev (p->words);
}

static void
phrase_free (Phrase *p)
{
  phrase_clear (p);
  g_free (p);
}

static void
cue_free (Cue *cue)
{
  phrase_clear (&cue->phrase);
  g_free (cue);
}

void
px_quote_rules_free (PxQuoteRules *rules)
{
  if (rules == NULL)
    return;
  GHashTable *sets[] = {
    rules->cues, rules->speech_nouns, rules->role_nouns, rules->body_nouns,
    rules->any_body_nouns, rules->pronouns, rules->between, rules->after_speaker,
    rules->keep_article, rules->not_names, rules->clause_words,
    rules->elisions, rules->person_pronouns, rules->member_joiners, rules->relatives,
    rules->person_nouns, rules->clause_openers, rules->place_joiners,
    rules->indefinites, rules->determiners, rules->aside_openers, rules->thing_pronouns,
    rules->kin_nouns, rules->absolute_openers, rules->subject_adverbs, rules->person_relatives,
  };
  for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
    if (sets[i] != NULL)
      g_hash_table_unref (sets[i]);
  if (rules->all_cues != NULL)
    g_ptr_array_unref (rules->all_cues);
  if (rules->name_lists != NULL)
    g_ptr_array_unref (rules->name_lists);
  if (rules->honorific_lists != NULL)
    g_ptr_array_unref (rules->honorific_lists);
  if (rules->titles != NULL)
    g_ptr_array_unref (rules->titles);
  px_lexicon_free (rules->title_minor_words);
  px_lexicon_free (rules->work_nouns);
  for (guint i = 0; i < rules->n_entries; i++)
    g_clear_pointer (&rules->entries[i].titles, g_ptr_array_unref);
  g_free (rules->entries);
  px_word_table_clear (&rules->index);
  g_free (rules);
}

static GHashTable *
word_set_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* The sequence @key of @map, checked to hold only scalars. */
static const PxYamlNode *
read_list (const PxYaml *doc, const PxYamlNode *map, const char *key, GError **error)
{
  const PxYamlNode *list = px_yaml_lookup_kind (doc, map, key, PX_YAML_SEQUENCE, CODE, error);
  if (list == NULL)
    return NULL;
  for (guint i = 0; i < px_yaml_node_n_children (list); i++)
    {
      const PxYamlNode *item = px_yaml_node_child (list, i);
      if (!px_yaml_expect_kind (doc, item, PX_YAML_SCALAR, CODE, error))
        return NULL;
    }
  return list;
}

static gboolean
is_blank (const char *s)
{
  for (; *s != '\0'; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

static gboolean
phrase_init (Phrase *p, const PxYaml *doc, const PxYamlNode *item, const char *key,
             GError **error)
{
  if (!px_yaml_expect_kind (doc, item, PX_YAML_SCALAR, CODE, error))
    return FALSE;
  const char *text = px_yaml_node_scalar (item);
  if (is_blank (text))
    return px_yaml_throw (doc, item, error, CODE, "%s: an empty phrase", key);
  g_autofree char *lower = g_utf8_strdown (text, -1);
  p->text = g_strdup (text);
  p->words = g_strsplit (g_strstrip (lower), " ", -1);
  p->n = g_strv_length (p->words);
  for (guint i = 0; i < p->n; i++)
    if (p->words[i][0] == '\0')
      return px_yaml_throw (doc, item, error, CODE,
                            "%s: '%s': separate words with single spaces", key, text);
  return TRUE;
}

static gboolean
read_cues (PxQuoteRules *rules, const PxYaml *doc, const PxYamlNode *root, const char *key,
           CueKind kind, GError **error)
{
  const PxYamlNode *list = read_list (doc, root, key, error);
  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < px_yaml_node_n_children (list); i++)
    {
      const PxYamlNode *item = px_yaml_node_child (list, i);
      Cue *cue = g_new0 (Cue, 1);
      cue->kind = kind;
      g_ptr_array_add (rules->all_cues, cue);
      if (!phrase_init (&cue->phrase, doc, item, key, error))
        return FALSE;
      GPtrArray *same = g_hash_table_lookup (rules->cues, cue->phrase.words[0]);
      if (same == NULL)
        {
          same = g_ptr_array_new ();
          g_hash_table_insert (rules->cues, g_strdup (cue->phrase.words[0]), same);
        }
      for (guint j = 0; j < same->len; j++)
        if (g_str_equal (((Cue *) same->pdata[j])->phrase.text, cue->phrase.text))
          return px_yaml_throw (doc, item, error, CODE, "'%s' is listed twice",
                                cue->phrase.text);
      g_ptr_array_add (same, cue);
    }
  return TRUE;
}

static gboolean
read_count (const PxYaml *doc, const PxYamlNode *map, const char *key, guint max, guint *out,
            GError **error)
{
  const PxYamlNode *node = px_yaml_node_lookup (map, key);
  if (node == NULL)
    return px_yaml_throw (doc, map, error, CODE, "missing key '%s'", key);
  guint64 value = 0;
  if (!px_yaml_read_uint (doc, node, max, &value, CODE, error))
    return FALSE;
  *out = (guint) value;
  return TRUE;
}

/* The given names or honorifics of a pronoun's persons
 * (pronoun_given_names, pronoun_honorifics). */
typedef struct {
  const char *pronoun;        /* interned */
  PxLexicon *names;
} NameList;

static void
name_list_free (NameList *l)
{
  px_lexicon_free (l->names);
  g_free (l);
}

/* The optional mapping @key of @root, whose keys are person_pronouns, in
 * *@map: NULL when the file has none (rules written before it).  FALSE
 * when it is no mapping or a key is no person's pronoun. */
static gboolean
pronoun_mapping (const PxQuoteRules *rules, const PxYaml *doc, const PxYamlNode *root,
                 const char *key, const PxYamlNode **map, GError **error)
{
  *map = NULL;
  if (px_yaml_node_lookup (root, key) == NULL)
    return TRUE;
  *map = px_yaml_lookup_kind (doc, root, key, PX_YAML_MAPPING, CODE, error);
  if (*map == NULL)
    return FALSE;
  for (guint i = 0; i + 1 < px_yaml_node_n_children (*map); i += 2)
    {
      const PxYamlNode *k = px_yaml_node_child (*map, i);
      const char *pronoun = px_yaml_node_scalar (k);
      if (pronoun == NULL || !g_hash_table_contains (rules->person_pronouns, pronoun))
        return px_yaml_throw (doc, k, error, CODE, "%s: '%s' is none of person_pronouns", key,
                              pronoun != NULL ? pronoun : "");
    }
  return TRUE;
}

/* The optional mapping @key of person_pronouns to the paths of word
 * lists (relative to the data directory unless absolute), into @lists:
 * pronoun_given_names ("he": the given names mostly men's) and
 * pronoun_honorifics ("she": "mrs", "dame").  rules/names.yaml reads
 * the same files for the gender of an honorific's person. */
static gboolean
read_pronoun_lists (const PxQuoteRules *rules, const PxYaml *doc, const PxYamlNode *root,
                    const char *key, GPtrArray *lists, GError **error)
{
  const PxYamlNode *map;
  if (!pronoun_mapping (rules, doc, root, key, &map, error))
    return FALSE;
  for (guint i = 0; map != NULL && i + 1 < px_yaml_node_n_children (map); i += 2)
    {
      const char *pronoun = px_yaml_node_scalar (px_yaml_node_child (map, i));
      const char *name = px_yaml_lookup_string (doc, map, pronoun, TRUE, CODE, error);
      if (name == NULL)
        return FALSE;
      g_autoptr(GError) local = NULL;
      NameList *list = g_new0 (NameList, 1);
      list->pronoun = g_intern_string (pronoun);
      list->names = px_lexicon_open (name, &local);
      g_ptr_array_add (lists, list);
      if (list->names == NULL)
        return px_yaml_throw (doc, px_yaml_node_child (map, i + 1), error, CODE, "%s: %s", key,
                              local->message);
    }
  return TRUE;
}

static gboolean
read_kinds (PxQuoteRules *rules, const PxYaml *doc, const PxYamlNode *root, GError **error)
{
  static const char *const keys[] = {
    "statement_min_words", "clause_min_words", "clause_words", "sentence_min_words",
    "title_minor_words", NULL
  };
  const PxYamlNode *kinds = px_yaml_node_lookup (root, "kinds");
  if (kinds == NULL)
    return px_yaml_throw (doc, root, error, CODE, "missing key 'kinds'");
  return px_yaml_expect_kind (doc, kinds, PX_YAML_MAPPING, CODE, error)
         && px_yaml_check_keys (doc, kinds, keys, CODE, error)
         && read_count (doc, kinds, "statement_min_words", 1000, &rules->statement_min_words,
                        error)
         && read_count (doc, kinds, "clause_min_words", 1000, &rules->clause_min_words, error)
         && px_yaml_read_word_set (doc, kinds, "clause_words", TRUE, rules->clause_words, CODE, error)
         && read_count (doc, kinds, "sentence_min_words", 1000, &rules->sentence_min_words,
                        error)
         && px_lexicon_read (doc, kinds, "title_minor_words", &rules->title_minor_words, error);
}

/* The entry of @word in the index, a new one when missing. */
static QuoteWord *
entry_for (PxQuoteRules *rules, const char *word)
{
  PxWordSlot *slot = px_word_table_add (&rules->index, word);
  if (slot->value == NULL)
    slot->value = &rules->entries[rules->n_entries++];
  return slot->value;
}

/* Indexes the first words of the cues and titles and the words of the
 * sets (the keys stay owned by the rules). */
static void
build_index (PxQuoteRules *rules)
{
  GHashTable *const sets[] = {
    rules->speech_nouns, rules->role_nouns, rules->body_nouns, rules->any_body_nouns,
    rules->pronouns, rules->between, rules->after_speaker, rules->keep_article,
    rules->not_names, rules->clause_words, rules->person_pronouns,
    rules->member_joiners, rules->relatives, rules->person_nouns, rules->clause_openers,
    rules->place_joiners, rules->indefinites, rules->determiners, rules->aside_openers,
    rules->thing_pronouns, rules->kin_nouns, rules->absolute_openers, rules->subject_adverbs,
    rules->person_relatives,
  };
  const WordSet bits[] = {
    SET_SPEECH_NOUNS, SET_ROLE_NOUNS, SET_BODY_NOUNS, SET_ANY_BODY_NOUNS, SET_PRONOUNS,
    SET_BETWEEN, SET_AFTER_SPEAKER, SET_KEEP_ARTICLE, SET_NOT_NAMES, SET_CLAUSE_WORDS,
    SET_PERSON_PRONOUNS, SET_MEMBER_JOINERS, SET_RELATIVES,
    SET_PERSON_NOUNS, SET_CLAUSE_OPENERS, SET_PLACE_JOINERS, SET_INDEFINITES, SET_DETERMINERS,
    SET_ASIDE_OPENERS, SET_THING_PRONOUNS, SET_KIN_NOUNS, SET_ABSOLUTE_OPENERS,
    SET_SUBJECT_ADVERBS, SET_PERSON_RELATIVES,
  };
  G_STATIC_ASSERT (G_N_ELEMENTS (sets) == G_N_ELEMENTS (bits));
  guint n_keys = g_hash_table_size (rules->cues) + rules->titles->len;
  for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
    n_keys += g_hash_table_size (sets[i]);
  px_word_table_init (&rules->index, n_keys);
  rules->entries = g_new0 (QuoteWord, MAX (n_keys, 1));
  GHashTableIter iter;
  gpointer key, value;
  g_hash_table_iter_init (&iter, rules->cues);
  while (g_hash_table_iter_next (&iter, &key, &value))
    entry_for (rules, key)->cues = value;
  for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
    {
      g_hash_table_iter_init (&iter, sets[i]);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        entry_for (rules, key)->sets |= bits[i];
    }
  /* In the order of the rules, as title_at () reads them. */
  for (guint k = 0; k < rules->titles->len; k++)
    {
      Phrase *title = rules->titles->pdata[k];
      QuoteWord *w = entry_for (rules, title->words[0]);
      if (w->titles == NULL)
        w->titles = g_ptr_array_new ();
      g_ptr_array_add (w->titles, title);
    }
}

PxQuoteRules *
px_quote_rules_load (const char *path, GError **error)
{
  static const char *const keys[] = {
    "version", "verbs", "clause_cues", "source_cues", "speech_nouns", "role_nouns",
    "body_nouns", "any_body_nouns", "pronouns", "person_pronouns", "thing_pronouns",
    "kin_nouns", "absolute_openers",
    "person_nouns",
    "member_joiners", "place_joiners", "indefinites", "determiners", "aside_openers",
    "subject_adverbs", "person_relatives",
    "relative_pronouns", "between_speaker_and_verb", "after_speaker", "titles", "keep_article",
    "not_names",
    "kinds", "name_term_max_words", "name_term_max_distance", "after_quote_window",
    "elisions", "pronoun_honorifics", "pronoun_given_names", "clause_openers", "work_nouns", NULL
  };
  g_return_val_if_fail (path != NULL, NULL);
  g_autoptr(PxYaml) doc = px_yaml_load_rules (path, keys, error);
  if (doc == NULL)
    return NULL;
  const PxYamlNode *root = px_yaml_root (doc);

  g_autoptr(PxQuoteRules) rules = g_new0 (PxQuoteRules, 1);
  rules->cues = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) g_ptr_array_unref);
  rules->all_cues = g_ptr_array_new_with_free_func ((GDestroyNotify) cue_free);
  rules->titles = g_ptr_array_new_with_free_func ((GDestroyNotify) phrase_free);
  GHashTable **sets[] = {
    &rules->speech_nouns, &rules->role_nouns, &rules->body_nouns, &rules->any_body_nouns,
    &rules->pronouns, &rules->between, &rules->after_speaker, &rules->keep_article,
    &rules->not_names, &rules->clause_words, &rules->elisions,
    &rules->person_pronouns, &rules->member_joiners, &rules->relatives, &rules->person_nouns,
    &rules->clause_openers, &rules->place_joiners, &rules->indefinites, &rules->determiners,
    &rules->aside_openers, &rules->thing_pronouns, &rules->kin_nouns,
    &rules->absolute_openers, &rules->subject_adverbs, &rules->person_relatives,
  };
  for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
    *sets[i] = word_set_new ();
  rules->honorific_lists = g_ptr_array_new_with_free_func ((GDestroyNotify) name_list_free);
  rules->name_lists = g_ptr_array_new_with_free_func ((GDestroyNotify) name_list_free);

  if (!read_cues (rules, doc, root, "verbs", CUE_VERB, error)
      || !read_cues (rules, doc, root, "clause_cues", CUE_CLAUSE, error)
      || !read_cues (rules, doc, root, "source_cues", CUE_SOURCE, error)
      || !px_yaml_read_word_set (doc, root, "speech_nouns", TRUE, rules->speech_nouns, CODE, error)
      || !px_yaml_read_word_set (doc, root, "role_nouns", TRUE, rules->role_nouns, CODE, error)
      || !px_yaml_read_word_set (doc, root, "body_nouns", TRUE, rules->body_nouns, CODE, error)
      || !px_yaml_read_word_set (doc, root, "any_body_nouns", TRUE, rules->any_body_nouns, CODE,
                                 error)
      || !px_yaml_read_word_set (doc, root, "pronouns", TRUE, rules->pronouns, CODE, error)
      /* Optional, as pronoun_honorifics: older rules files lack it. */
      || (px_yaml_node_lookup (root, "person_nouns") != NULL
          && !px_yaml_read_word_set (doc, root, "person_nouns", FALSE, rules->person_nouns, CODE,
                                     error))
      || (px_yaml_node_lookup (root, "indefinites") != NULL
          && !px_yaml_read_word_set (doc, root, "indefinites", TRUE, rules->indefinites, CODE,
                                     error))
      /* Required: its articles open the noun phrases of speakers. */
      || !px_yaml_read_word_set (doc, root, "determiners", TRUE, rules->determiners, CODE, error)
      || (px_yaml_node_lookup (root, "aside_openers") != NULL
          && !px_yaml_read_word_set (doc, root, "aside_openers", TRUE, rules->aside_openers,
                                     CODE, error))
      || (px_yaml_node_lookup (root, "place_joiners") != NULL
          && !px_yaml_read_word_set (doc, root, "place_joiners", TRUE, rules->place_joiners,
                                     CODE, error))
      || (px_yaml_node_lookup (root, "clause_openers") != NULL
          && !px_yaml_read_word_set (doc, root, "clause_openers", TRUE, rules->clause_openers,
                                     CODE, error))
      || !px_yaml_read_word_set (doc, root, "person_pronouns", TRUE, rules->person_pronouns,
                                 CODE, error)
      || !px_yaml_read_word_set (doc, root, "thing_pronouns", TRUE, rules->thing_pronouns,
                                 CODE, error)
      || !px_yaml_read_word_set (doc, root, "kin_nouns", TRUE, rules->kin_nouns, CODE, error)
      || !px_yaml_read_word_set (doc, root, "absolute_openers", TRUE, rules->absolute_openers,
                                 CODE, error)
      || !px_yaml_read_word_set (doc, root, "subject_adverbs", TRUE, rules->subject_adverbs,
                                 CODE, error)
      || !px_yaml_read_word_set (doc, root, "person_relatives", TRUE, rules->person_relatives,
                                 CODE, error)
      || !px_yaml_read_word_set (doc, root, "member_joiners", TRUE, rules->member_joiners,
                                 CODE, error)
      || !px_yaml_read_word_set (doc, root, "relative_pronouns", TRUE, rules->relatives, CODE,
                                 error)
      || !px_yaml_read_word_set (doc, root, "between_speaker_and_verb", TRUE, rules->between, CODE, error)
      || !px_yaml_read_word_set (doc, root, "after_speaker", TRUE, rules->after_speaker, CODE, error)
      || !px_yaml_read_word_set (doc, root, "keep_article", TRUE, rules->keep_article, CODE, error)
      || !px_yaml_read_word_set (doc, root, "not_names", TRUE, rules->not_names, CODE, error)
      || !px_yaml_read_word_set (doc, root, "elisions", TRUE, rules->elisions, CODE, error)
      || !read_pronoun_lists (rules, doc, root, "pronoun_honorifics", rules->honorific_lists,
                              error)
      || !read_pronoun_lists (rules, doc, root, "pronoun_given_names", rules->name_lists, error)
      || !read_kinds (rules, doc, root, error)
      || !px_lexicon_read (doc, root, "work_nouns", &rules->work_nouns, error)
      || !read_count (doc, root, "name_term_max_words", 1000, &rules->name_term_max_words,
                      error)
      || !read_count (doc, root, "name_term_max_distance", 1000,
                      &rules->name_term_max_distance, error)
      || !read_count (doc, root, "after_quote_window", 1000, &rules->after_quote_window,
                      error))
    return NULL;

  const PxYamlNode *titles = read_list (doc, root, "titles", error);
  if (titles == NULL)
    return NULL;
  for (guint i = 0; i < px_yaml_node_n_children (titles); i++)
    {
      Phrase *p = g_new0 (Phrase, 1);
      g_ptr_array_add (rules->titles, p);
      if (!phrase_init (p, doc, px_yaml_node_child (titles, i), "titles", error))
        return NULL;
    }
  px_word_filter_add_keys (&rules->cue_starts, rules->cues);
  for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
    px_word_filter_add_keys (&rules->set_words, *sets[i]);
  build_index (rules);
  return g_steal_pointer (&rules);
}

PxQuoteRules *
px_quote_rules_load_default (GError **error)
{
  g_autofree char *path = px_data_path ("rules/attribution.yaml");
  return px_quote_rules_load (path, error);
}

/* ### Pass 1: marks */

typedef enum {
  MARK_NONE,
  MARK_OPEN,
  MARK_CLOSE,
  MARK_APOSTROPHE,
} MarkRole;

typedef enum {
  QUOTE_DOUBLE,
  QUOTE_SINGLE,
} QuoteMark;

/* An open mark waiting for its close. */
typedef struct {
  QuoteMark mark;
  gunichar original;     /* the mark as printed */
  gsize open;            /* normalised offset of the opening mark */
  guint paragraph;
  gsize paragraph_end;   /* of the paragraph it was last carried through */
} Open;

/* A quote found by pass 1. */
typedef struct {
  PxSpan inner;          /* between the marks, spaces trimmed */
  gsize open;            /* offset of the opening mark */
  gsize close;           /* offset of the closing mark; G_MAXSIZE when capped */
  guint paragraph;       /* of the opening mark */
} Found;

typedef struct {
  const PxQuoteRules *rules;
  const PxText *text;
  const char *t;         /* normalised text */
  const char *original;
  gsize original_len;
  GArray *stack;         /* Open */
  GArray *found;         /* Found */
  GArray *marks;         /* gsize: offsets of marks used as opening or closing marks */
} Marks;

static gunichar
char_before (const char *t, gsize start, gsize i)
{
  if (i <= start)
    return 0;
  const char *p = g_utf8_find_prev_char (t + start, t + i);
  return p != NULL ? g_utf8_get_char (p) : 0;
}

static gunichar
char_after (const char *t, gsize i, gsize end)
{
  return i + 1 < end ? g_utf8_get_char (t + i + 1) : 0;
}

static gboolean
is_word_char (gunichar c)
{
  return c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c));
}

/* Space, the paragraph's edge, or a mark that may come before an opening
 * quote. */
static gboolean
is_opening_context (gunichar c)
{
  return c == 0 || g_unichar_isspace (c) || strchr ("([{-/\"'", (int) c) != NULL;
}

static gunichar
original_char (const Marks *m, gsize i)
{
  gsize o = px_text_original_offset (m->text, i);
  return o < m->original_len ? g_utf8_get_char (m->original + o) : 0;
}

/* "'90s": an apostrophe before two digits and an "s". */
static gboolean
is_decade (const char *t, gsize i, gsize end)
{
  return i + 3 < end && g_ascii_isdigit (t[i + 1]) && g_ascii_isdigit (t[i + 2])
         && t[i + 3] == 's';
}

/* An apostrophe before a word of the elisions list ('n', 'em). */
static gboolean
is_elision (const Marks *m, gsize i, gsize end)
{
  gsize j = i + 1;
  while (j < end && g_ascii_isalpha (m->t[j]))
    j++;
  if (j == i + 1 || j - i - 1 >= 16)
    return FALSE;
  char word[16];
  for (gsize k = 0; k < j - i - 1; k++)
    word[k] = g_ascii_tolower (m->t[i + 1 + k]);
  word[j - i - 1] = '\0';
  return g_hash_table_contains (m->rules->elisions, word);
}

static gboolean
stack_has (const Marks *m, QuoteMark mark)
{
  for (guint k = 0; k < m->stack->len; k++)
    if (g_array_index (m->stack, Open, k).mark == mark)
      return TRUE;
  return FALSE;
}

/* Whether a right single mark at @i, after a letter, could close a quote:
 * it is an apostrophe of the plural possessive ("the Koreas' talks") when
 * a word follows and another mark further on can close the quote. */
static gboolean
later_close_exists (const Marks *m, gsize i, gsize end)
{
  for (gsize j = i + 1; j < end; j++)
    if (m->t[j] == '\'')
      {
        gunichar before = char_before (m->t, 0, j), after = char_after (m->t, j, end);
        if (!is_opening_context (before) && !is_word_char (after))
          return TRUE;
        if (is_opening_context (before) && is_word_char (after))
          return FALSE;   /* a new quote opens first */
      }
  return FALSE;
}

static MarkRole
classify_double (const Marks *m, gunichar orig, gunichar before, gunichar after)
{
  switch (orig)
    {
    case 0x201C:   /* “ closes a German „ */
      if (m->stack->len > 0
          && g_array_index (m->stack, Open, m->stack->len - 1).original == 0x201E)
        return MARK_CLOSE;
      return MARK_OPEN;
    case 0x201E: case 0x201F: case 0x00AB:
      return MARK_OPEN;
    case 0x201D: case 0x00BB:
      return MARK_CLOSE;
    default:
      break;
    }
  gboolean space_before = is_opening_context (before);
  gboolean space_after = after == 0 || g_unichar_isspace (after);
  /* "...,'" she told": after another mark and before a space, the mark
   * closes the quote the other closed inside it. */
  if (space_before && space_after)
    return before == '\'' || before == '"' ? MARK_CLOSE : MARK_NONE;
  return space_before ? MARK_OPEN : MARK_CLOSE;
}

static MarkRole
classify_single (const Marks *m, gsize i, gsize start, gsize end, gunichar orig)
{
  gunichar before = char_before (m->t, start, i), after = char_after (m->t, i, end);
  if (orig == 0x02BC)
    return MARK_APOSTROPHE;
  if (is_decade (m->t, i, end) || (is_word_char (before) && is_word_char (after)))
    return MARK_APOSTROPHE;
  gboolean opening = orig == 0x2018 || orig == 0x201A || orig == 0x201B;
  if (is_opening_context (before))
    {
      if (!is_word_char (after) && !g_unichar_ispunct (after))
        return MARK_NONE;
      /* A right mark cannot open: before a word it is an elision. */
      if (opening)
        return MARK_OPEN;
      return orig == '\'' && !is_elision (m, i, end) ? MARK_OPEN : MARK_APOSTROPHE;
    }
  if (opening)
    return MARK_OPEN;
  /* After a letter or punctuation, before a space or punctuation. */
  if (!stack_has (m, QUOTE_SINGLE))
    return MARK_APOSTROPHE;
  /* rock 'n' roll: the second mark of an elision. */
  gsize w = i;
  while (w > start && g_ascii_isalpha (m->t[w - 1]))
    w--;
  if (w < i && w > start && m->t[w - 1] == '\'' && is_elision (m, w - 1, end))
    return MARK_APOSTROPHE;
  if (before == 's' && after == ' ' && i + 2 < end && is_word_char (char_after (m->t, i + 1, end))
      && later_close_exists (m, i, end))
    return MARK_APOSTROPHE;
  return MARK_CLOSE;
}

static void
emit (Marks *m, const Open *open, gsize close, gsize inner_end)
{
  Found f = { { open->open + 1, inner_end }, open->open, close, open->paragraph };
  while (f.inner.start < f.inner.end && g_ascii_isspace (m->t[f.inner.start]))
    f.inner.start++;
  while (f.inner.end > f.inner.start && g_ascii_isspace (m->t[f.inner.end - 1]))
    f.inner.end--;
  if (f.inner.start < f.inner.end)
    g_array_append_val (m->found, f);
}

static void
close_quote (Marks *m, QuoteMark mark, gsize i)
{
  for (guint k = m->stack->len; k-- > 0;)
    if (g_array_index (m->stack, Open, k).mark == mark)
      {
        Open open = g_array_index (m->stack, Open, k);
        /* Marks opened inside and never closed were not quotes. */
        g_array_set_size (m->stack, k);
        emit (m, &open, i, i);
        g_array_append_val (m->marks, open.open);
        g_array_append_val (m->marks, i);
        return;
      }
}

/* Ends what is still open at a paragraph's end: double quotes stop there,
 * single marks were apostrophes after all. */
static void
flush (Marks *m)
{
  for (guint k = 0; k < m->stack->len; k++)
    {
      const Open *open = &g_array_index (m->stack, Open, k);
      if (open->mark == QUOTE_DOUBLE)
        {
          emit (m, open, G_MAXSIZE, open->paragraph_end);
          g_array_append_val (m->marks, open->open);
        }
    }
  g_array_set_size (m->stack, 0);
}

/* The offset of the first @mark in [@from, @end), or @end. */
static gsize
next_mark (const char *t, gsize from, gsize end, char mark)
{
  const char *p = memchr (t + from, mark, end - from);
  return p != NULL ? (gsize) (p - t) : end;
}

static void
scan_paragraph (Marks *m, PxSpan para, guint index)
{
  gsize start = para.start;
  while (start < para.end && g_ascii_isspace (m->t[start]))
    start++;
  /* The next mark of each kind (the paragraph's end when none is left),
   * found with memchr (): marks are rare. */
  gsize next_double = next_mark (m->t, start, para.end, '"');
  gsize next_single = next_mark (m->t, start, para.end, '\'');
  for (gsize i = start; i < para.end; i++)
    {
      if (next_double < i)
        next_double = next_mark (m->t, i, para.end, '"');
      if (next_single < i)
        next_single = next_mark (m->t, i, para.end, '\'');
      i = MIN (next_double, next_single);
      if (i >= para.end)
        break;
      char c = m->t[i];
      QuoteMark mark = c == '"' ? QUOTE_DOUBLE : QUOTE_SINGLE;
      gunichar orig = original_char (m, i);
      MarkRole role = mark == QUOTE_DOUBLE
        ? classify_double (m, orig, char_before (m->t, start, i), char_after (m->t, i, para.end))
        : classify_single (m, i, start, para.end, orig);
      if (i == start && m->stack->len > 0)
        {
          /* A quote over paragraphs reopens at each paragraph's start. */
          if (role == MARK_OPEN && g_array_index (m->stack, Open, 0).mark == mark)
            {
              g_array_set_size (m->stack, 1);
              g_array_index (m->stack, Open, 0).paragraph_end = para.end;
              continue;
            }
          flush (m);
          if (mark == QUOTE_SINGLE)
            role = classify_single (m, i, start, para.end, orig);
        }
      if (role == MARK_OPEN && m->stack->len < MAX_NESTING)
        {
          Open open = { mark, orig, i, index, para.end };
          g_array_append_val (m->stack, open);
        }
      else if (role == MARK_CLOSE)
        close_quote (m, mark, i);
    }
}

static gint
found_cmp (gconstpointer a, gconstpointer b)
{
  const Found *x = a, *y = b;
  if (x->open != y->open)
    return x->open < y->open ? -1 : 1;
  return 0;
}

static gint
offset_cmp (gconstpointer a, gconstpointer b)
{
  gsize x = *(const gsize *) a, y = *(const gsize *) b;
  return x < y ? -1 : x > y;
}

/* g_array_sort (@a, @cmp), skipped when @a is in order already: the marks
 * and quotes come out of pass 1 in order but for nested quotes (an inner
 * one closes first), and sorting them anyway was a twentieth of the
 * extractor.  Their keys are distinct, so either way gives one order. */
static void
sort_unless_sorted (GArray *a, GCompareFunc cmp)
{
  guint size = g_array_get_element_size (a);
  for (guint i = 1; i < a->len; i++)
    if (cmp (a->data + (gsize) (i - 1) * size, a->data + (gsize) i * size) > 0)
      {
        g_array_sort (a, cmp);
        return;
      }
}

/* Pass 1: every quote of @seg's paragraphs, in order of their opening
 * marks; @marks gets the offsets of the marks used, sorted. */
static GArray *
find_quotes (const PxQuoteRules *rules, const PxText *text, const PxSegmentation *seg,
             GArray *marks)
{
  Marks m = { rules, text, px_text_get_normalized (text, NULL), NULL, 0,
              g_array_sized_new (FALSE, FALSE, sizeof (Open), MAX_NESTING),
              array_new (sizeof (Found)), marks };
  m.original = px_text_get_original (text, &m.original_len);
  guint n = px_segmentation_n_paragraphs (seg);
  for (guint p = 0; p < n; p++)
    {
      PxSpan para = px_segmentation_get_paragraph (seg, p);
      /* Carried quotes go on only if this paragraph reopens them. */
      gsize s = para.start;
      while (s < para.end && g_ascii_isspace (m.t[s]))
        s++;
      if (m.stack->len > 0 && (s >= para.end || (m.t[s] != '"' && m.t[s] != '\'')))
        flush (&m);
      scan_paragraph (&m, para, p);
      /* Only a double quote may run on; anything else ends here. */
      if (m.stack->len > 0 && g_array_index (m.stack, Open, 0).mark != QUOTE_DOUBLE
          && g_array_index (m.stack, Open, 0).original != 0x2018)
        flush (&m);
    }
  flush (&m);
  g_array_unref (m.stack);
  sort_unless_sorted (m.found, found_cmp);
  sort_unless_sorted (marks, offset_cmp);
  return m.found;
}

/* ### Pass 2: who is credited */

/* A speaker found for a cue, a quote, or a pronoun. */
typedef struct {
  gboolean found;
  gboolean source;       /* credited by a source cue: not a person */
  PxSpan span;
  const char *rule;      /* borrowed from the rules */
} Credit;

/* A cue phrase in the text. */
typedef struct {
  guint token;           /* its first token */
  guint end;             /* one past its last token */
  guint sentence;
  const Cue *cue;        /* borrowed */
  Credit credit;
  gboolean anonymous;    /* its subject is a common noun ("the company said") */
} Hit;

/* A speaker credited so far, for pronouns and continuing quotes. */
typedef struct {
  Credit credit;
  guint paragraph;
} Mention;

/* A growing array of records that starts in room its owner gives, on the
 * stack: an article's cues and speakers, a few dozen, then need no block
 * of the heap.  As GArrays (2 and 4 KiB), each was past glibc's
 * per-thread cache of freed blocks, and malloc's search for it first
 * merged every small block freed since: a tenth of the extractor. */
typedef struct {
  char *data;
  guint len, room;       /* in records */
  guint size;            /* of one record */
  gboolean on_heap;
} Records;

static void
records_init (Records *r, void *room, gsize room_bytes, guint size)
{
  *r = (Records) { room, 0, (guint) (room_bytes / size), size, FALSE };
}

static void
records_append (Records *r, const void *record)
{
  if (r->len == r->room)
    {
      r->room *= 2;
      if (r->on_heap)
        r->data = g_realloc_n (r->data, r->room, r->size);
      else
        r->data = memcpy (g_malloc_n (r->room, r->size), r->data, (gsize) r->len * r->size);
      r->on_heap = TRUE;
    }
  memcpy (r->data + (gsize) r->len++ * r->size, record, r->size);
}

static void
records_clear (Records *r)
{
  if (r->on_heap)
    g_free (r->data);
}

typedef struct {
  const PxQuoteRules *rules;
  const char *t;
  const PxSegmentation *seg;
  const PxToken *tokens; /* seg's, a flat array (segment.h) */
  guint n_tokens;
  const PxSentence *sentences;   /* seg's, a flat array */
  guint n_sentences;
  guint8 *is_mark;       /* per token: a quotation mark in use */
  guint8 *in_quote;      /* per token: inside a quote's marks */
  Records hits;          /* Hit, in text order */
  Records mentions;      /* Mention, in text order */
  guint *first_mention;  /* per sentence: mentions->len when it starts */
  const PxSpan *bodies;  /* the organisations named, by start (px_extract_quotes ()) */
  guint n_bodies;
  const PxSpan *persons; /* the persons named, by start */
  guint n_persons;
  const guint *person_entities;  /* per person, its entity; NULL: each its own */
  const PxSpan *places;  /* the places named, by start */
  guint n_places;
  const PxSpan *times;   /* the dates, by start */
  guint n_times;
  const PxSpan *peoples; /* the places named by their people, by start */
  guint n_peoples;
  GHashTable *pronoun_of;       /* person_key () -> the pronoun that stands for it,
                                 * interned; "" when two do */
  guint unnamed_sentence;       /* of the last quote credited to someone no
                                 * rule can name; G_MAXUINT */
} Ctx;

static Hit *
hit_at (const Ctx *c, guint k)
{
  return (Hit *) c->hits.data + k;
}

static const Mention *
mention_at (const Ctx *c, guint k)
{
  return (const Mention *) c->mentions.data + k;
}

static const PxToken *
tok (const Ctx *c, guint i)
{
  return &c->tokens[i];
}

static gsize
tok_len (const Ctx *c, guint i)
{
  const PxToken *t = tok (c, i);
  return t->span.end - t->span.start;
}

/* What the rules say of token @i, or NULL. */
static const QuoteWord *
word_of (const Ctx *c, guint i)
{
  return px_word_table_lookup_token (&c->rules->index, c->t, tok (c, i));
}

/* Whether token @i, lowercased, is in one of @sets, the rules' sets
 * (tokens of 64 bytes or more are in none). */
static gboolean
tok_in (const Ctx *c, guint i, WordSet sets)
{
  if (tok_len (c, i) >= 64 || !px_word_filter_may_hold_token (&c->rules->set_words, tok (c, i)))
    return FALSE;
  const QuoteWord *w = word_of (c, i);
  return w != NULL && (w->sets & sets) != 0;
}

static inline gboolean
tok_is (const Ctx *c, guint i, const char *s)
{
  return px_word_is (c->t + tok (c, i)->span.start, tok_len (c, i), s);
}

static gboolean
tok_lower_eq (const Ctx *c, guint i, const char *lower)
{
  return tok_is (c, i, lower);
}

static gboolean
is_upper_word (const Ctx *c, guint i)
{
  const PxToken *t = tok (c, i);
  return t->kind == PX_TOKEN_WORD && px_token_is_capitalised (c->t, t);
}

static gboolean
is_lower_word (const Ctx *c, guint i)
{
  const PxToken *t = tok (c, i);
  return t->kind == PX_TOKEN_WORD && g_ascii_islower (c->t[t->span.start]);
}

/* Whether token @i is a word in lower case, longer than four bytes,
 * that ends in the two letters @ending. */
static gboolean
lower_word_ending_in (const Ctx *c, guint i, const char ending[2])
{
  gsize len = tok_len (c, i);
  const char *s = c->t + tok (c, i)->span.start;
  return tok (c, i)->kind == PX_TOKEN_WORD && len > 4 && g_ascii_islower (s[0])
         && s[len - 2] == ending[0] && s[len - 1] == ending[1];
}

/* "quickly": skipped between a speaker and a verb; not after a word of
 * determiners, where it is a noun ("her family said", "an ally said"). */
static gboolean
is_ly_adverb (const Ctx *c, guint i)
{
  return lower_word_ending_in (c, i, "ly") && !(i > 0 && tok_in (c, i - 1, SET_DETERMINERS));
}

static gboolean span_starts_at (const PxSpan *spans, guint n, gsize at);

/* A capitalised word that may be part of a name, or the first of a
 * body's name the entity extractor found written in lower case
 * ("easyJet"); a person's noun after "the" is none ("the Dutchman"),
 * nor after an age ("the 27-year-old Russian"), nor a date's word ("on
 * 15 March, when ..."). */
/* Whether token @i is a single-word clause cue written with a capital,
 * a participle opening its sentence: "Dismissing calls for talks, he
 * added" names no "Dismissing". */
static gboolean
is_capital_clause_cue (const Ctx *c, guint i)
{
  if (!is_upper_word (c, i) || tok_len (c, i) >= 64
      || !px_word_filter_may_hold_token (&c->rules->cue_starts, tok (c, i)))
    return FALSE;
  const QuoteWord *w = word_of (c, i);
  for (guint k = 0; w != NULL && w->cues != NULL && k < w->cues->len; k++)
    {
      const Cue *cue = w->cues->pdata[k];
      if (cue->kind == CUE_CLAUSE && cue->phrase.n == 1)
        return TRUE;
    }
  return FALSE;
}

static gboolean is_age_noun (const Ctx *c, guint j);
static gboolean in_time (const Ctx *c, guint i);

static gboolean
is_name_word (const Ctx *c, guint i)
{
  return !c->is_mark[i] && !is_capital_clause_cue (c, i) && !in_time (c, i)
         && (is_upper_word (c, i)
             || (tok (c, i)->kind == PX_TOKEN_WORD
                 && span_starts_at (c->bodies, c->n_bodies, tok (c, i)->span.start)))
         && !tok_in (c, i, SET_NOT_NAMES | SET_PRONOUNS)
         && !(i > 0 && tok_in (c, i, SET_PERSON_NOUNS)
              && (tok_in (c, i - 1, SET_DETERMINERS) || is_age_noun (c, i - 1)));
}

/* Token @i continues a hyphenated name: "Kim Seol-hwa". */
static gboolean
is_hyphen_piece (const Ctx *c, guint i, guint first)
{
  return i >= first + 2 && tok (c, i)->joined && tok (c, i)->kind == PX_TOKEN_WORD
         && tok (c, i - 1)->joined && tok_is (c, i - 1, "-") && is_name_word (c, i - 2);
}

/* The first token of the name ending at @last, or G_MAXUINT. */
static guint
name_start (const Ctx *c, guint last, guint first)
{
  guint s = last;
  if (is_hyphen_piece (c, s, first))
    s -= 2;
  else if (!is_name_word (c, s))
    return G_MAXUINT;
  for (;;)
    {
      if (s > first && is_name_word (c, s - 1))
        s--;
      else if (is_hyphen_piece (c, s, first))
        s -= 2;
      else
        return s;
    }
}

/* One past the last token of the name starting at @s. */
static guint
name_end (const Ctx *c, guint s, guint end)
{
  guint e = s + 1;
  while (e < end)
    {
      if (is_name_word (c, e))
        e++;
      else if (e + 1 < end && tok_is (c, e, "-") && tok (c, e)->joined
               && tok (c, e + 1)->joined && tok (c, e + 1)->kind == PX_TOKEN_WORD)
        e += 2;
      else
        break;
    }
  return e;
}

/* The length in tokens of a title at @s, or 0. */
static guint
title_at (const Ctx *c, guint s, guint e)
{
  guint best = 0;
  const QuoteWord *first = word_of (c, s);
  if (first == NULL || first->titles == NULL)
    return 0;   /* no title starts with it */
  for (guint k = 0; k < first->titles->len; k++)
    {
      const Phrase *p = first->titles->pdata[k];
      if (p->n <= best || s + p->n > e)
        continue;
      guint w = 0;
      while (w < p->n && tok_lower_eq (c, s + w, p->words[w]))
        w++;
      if (w == p->n)
        best = p->n;
    }
  return best;
}

static gboolean person_ends_at (const Ctx *c, gsize at);
static guint span_start (const Ctx *c, const PxSpan *spans, guint n, guint s, guint first);
static guint body_start (const Ctx *c, guint s, guint first);

/* The credit for the name [@s, @e): titles dropped, "the" kept where the
 * rules say so. */
static Credit
name_credit (const Ctx *c, guint s, guint e, guint first, const char *rule)
{
  for (guint t; s < e && (t = title_at (c, s, e)) > 0 && s + t < e;)
    s += t;
  /* Where the entity extractor found a person, the name is theirs:
   * "Secretary of State Marco Rubio", what is left of a title the rules
   * do not list, goes; "Ursula von der Leyen", whose particles no name
   * word walk passes, comes whole. */
  if (person_ends_at (c, tok (c, e - 1)->span.end))
    s = span_start (c, c->persons, c->n_persons, e - 1, first);
  /* A body's, whole, though a title opens it: "the Prime Minister's
   * Office" is no "'s Office". */
  else
    s = MIN (s, body_start (c, e - 1, first));
  if (e == s + 1 && s > first && tok_is (c, s - 1, "the")
      && tok_in (c, s, SET_KEEP_ARTICLE))
    s--;
  Credit credit = { TRUE, FALSE, { tok (c, s)->span.start, tok (c, e - 1)->span.end }, rule };
  return credit;
}

typedef enum {
  SUBJECT_NONE,
  SUBJECT_NAMED,     /* a name */
  SUBJECT_ANAPHOR,   /* a pronoun or a role noun: the last person credited */
  SUBJECT_PRONOUN,   /* a person's pronoun: the same, else the last person named */
  SUBJECT_COORD,     /* "and": the previous verb's subject */
  SUBJECT_COMMON,    /* a common noun ("the company"): no one the rules can tell */
  SUBJECT_BODY,      /* a body's noun ("the ministry"): the body named before */
} SubjectKind;

/* The possessive mark before the noun at @j, over a few lowercase words
 * ("The KCNA's statement", "the allies' final statement"), or G_MAXUINT. */
static guint
possessive_before (const Ctx *c, guint j, guint first)
{
  for (guint k = j, steps = 0; k > first + 1 && steps < 4; k--, steps++)
    {
      if (tok (c, k - 1)->kind == PX_TOKEN_POSSESSIVE)
        return k - 1;
      if (tok (c, k - 1)->kind != PX_TOKEN_WORD || is_upper_word (c, k - 1))
        break;
    }
  return G_MAXUINT;
}

/* The possessor of a speech noun at @j ("The KCNA's statement"): the name
 * before "'s", over a few lowercase words. */
static guint
possessor_end (const Ctx *c, guint j, guint first)
{
  guint p = possessive_before (c, j, first);
  return p != G_MAXUINT && name_start (c, p - 1, first) != G_MAXUINT ? p : G_MAXUINT;
}

/* The token of the nearest word of @openers that opens the noun phrase
 * whose head is the word at @j, over the few words that describe it
 * ("a senior Israeli official", "a Detroit-based carmaker"), or
 * G_MAXUINT. */
static guint
opener_before (const Ctx *c, guint j, guint first, WordSet openers)
{
  for (guint k = j; k > first && j - k < OPENER_MAX_TOKENS; k--)
    {
      if (tok (c, k - 1)->kind != PX_TOKEN_WORD && !tok_is (c, k - 1, "-"))
        return G_MAXUINT;
      if (tok_in (c, k - 1, openers))
        return k - 1;
    }
  return G_MAXUINT;
}

/* Whether an article or another of determiners opens the noun phrase
 * whose head is the word at @j ("the company", "a Detroit-based
 * carmaker", "her Awami League party"). */
static gboolean
article_before (const Ctx *c, guint j, guint first)
{
  return opener_before (c, j, first, SET_DETERMINERS) != G_MAXUINT;
}

/* How many of the @n @spans (by start) start before @at. */
static guint
spans_before (const PxSpan *spans, guint n, gsize at)
{
  guint lo = 0, hi = n;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (spans[mid].start < at)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Whether one of the @n @spans (by start) ends at @at. */
static gboolean
span_ends_at (const PxSpan *spans, guint n, gsize at)
{
  guint k = spans_before (spans, n, at);
  return k > 0 && spans[k - 1].end == at;
}

/* Whether a person the entity extractor found ends at @at. */
static gboolean
person_ends_at (const Ctx *c, gsize at)
{
  return span_ends_at (c->persons, c->n_persons, at);
}

/* Whether one of the @n @spans (by start) starts at @at. */
static gboolean
span_starts_at (const PxSpan *spans, guint n, gsize at)
{
  guint k = spans_before (spans, n, at + 1);
  return k > 0 && spans[k - 1].start == at;
}

/* Whether a person the entity extractor found starts at token @k. */
static gboolean
person_starts_at (const Ctx *c, guint k)
{
  return span_starts_at (c->persons, c->n_persons, tok (c, k)->span.start);
}

/* The first token of the person named after a title that starts at
 * token @k: capitalised words and the words that join a title's ("of",
 * "for", "the", a hyphen), at most TITLE_MAX_TOKENS of them, as in "U.S.
 * Secretary of State Marco Rubio"; G_MAXUINT when no person follows. */
static guint sentence_of (const Ctx *c, guint i);

/* Whether token @j may be a title's: a capitalised word or a word that
 * joins a title's ("of", "for", "the", a hyphen). */
static gboolean
title_token (const Ctx *c, guint j)
{
  return is_upper_word (c, j) || tok_is (c, j, "of") || tok_is (c, j, "for")
         || tok_is (c, j, "the") || (tok_is (c, j, "-") && tok (c, j)->joined);
}

static guint
person_after_title (const Ctx *c, guint k, guint end)
{
  for (guint j = k; j < end && j - k < TITLE_MAX_TOKENS; j++)
    {
      if (j > k && person_starts_at (c, j))
        return j;
      if (!title_token (c, j))
        break;
    }
  return G_MAXUINT;
}

/* Whether the @n tokens from @a and from @b are the same words, case
 * aside. */
static gboolean
same_words (const Ctx *c, guint a, guint b, guint n)
{
  for (guint i = 0; i < n; i++)
    if (tok_len (c, a + i) != tok_len (c, b + i)
        || g_ascii_strncasecmp (c->t + tok (c, a + i)->span.start,
                                c->t + tok (c, b + i)->span.start, tok_len (c, a + i)) != 0)
      return FALSE;
  return TRUE;
}

/* "'...,' the Chief Justice said" after "a bench headed by Chief Justice
 * of India D.Y. Chandrachud": the person named last, at most MAX_LOOK_BACK
 * persons back, whose title (the tokens title_token () allows right
 * before the name, at most TITLE_MAX_TOKENS) holds the words of @title,
 * which "the" opens and, unless it ends in a @role's noun ("the Kremlin
 * spokesman"), no name the entity extractor found starts (nor a
 * people's: "The Thai army said" after "Thai Prime Minister Phumtham
 * Wechayachai" is no prime minister's).  Not found otherwise: the
 * title's words are no one's name. */
static Credit
person_of_title (const Ctx *c, PxSpan title, gboolean role)
{
  Credit none = { 0 };
  guint t = px_segmentation_token_from (c->seg, title.start, c->n_tokens);
  guint e = px_segmentation_token_from (c->seg, title.end, c->n_tokens);
  if (t == 0 || e <= t || e - t > TITLE_MAX_TOKENS || !tok_is (c, t - 1, "the"))
    return none;
  if (!role && (span_starts_at (c->persons, c->n_persons, title.start)
                || span_starts_at (c->bodies, c->n_bodies, title.start)
                || span_starts_at (c->places, c->n_places, title.start)
                || span_starts_at (c->peoples, c->n_peoples, title.start)))
    return none;
  guint n = e - t;
  guint lo = spans_before (c->persons, c->n_persons, title.start);
  for (guint k = lo; k-- > 0 && lo - k <= MAX_LOOK_BACK;)
    {
      guint p = px_segmentation_token_from (c->seg, c->persons[k].start, c->n_tokens);
      guint first = c->sentences[sentence_of (c, p)].first_token;
      guint s = p;
      /* A role's title may be in lower case: "Kremlin spokesman Dmitry
       * Peskov"; no title holds another person's name. */
      while (s > first && p - s < TITLE_MAX_TOKENS
             && (title_token (c, s - 1) || (role && tok (c, s - 1)->kind == PX_TOKEN_WORD))
             && !person_ends_at (c, tok (c, s - 1)->span.end))
        s--;
      for (guint u = s; u + n <= p; u++)
        if (same_words (c, u, t, n))
          {
            Credit credit = { TRUE, FALSE, c->persons[k], NULL };
            return credit;
          }
    }
  return none;
}

/* The token after the person the entity extractor found over token @k,
 * before @end: "Ursula" of "Ursula von der Leyen", where a walk forward
 * over name words stops at the particles; @k + 1 when no person is
 * there. */
static guint
past_person (const Ctx *c, guint k, guint end)
{
  guint p = spans_before (c->persons, c->n_persons, tok (c, k)->span.start + 1);
  guint e = k + 1;
  if (p == 0 || c->persons[p - 1].end < tok (c, k)->span.end)
    return e;
  while (e < end && tok (c, e)->span.end <= c->persons[p - 1].end)
    e++;
  return e;
}

/* The first token of the name of the @n @spans (by start) over token
 * @s, or @s when none is. */
static guint
span_start (const Ctx *c, const PxSpan *spans, guint n, guint s, guint first)
{
  guint k = spans_before (spans, n, tok (c, s)->span.start + 1);
  if (k == 0 || spans[k - 1].end < tok (c, s)->span.end)
    return s;
  while (s > first && tok (c, s - 1)->span.start >= spans[k - 1].start)
    s--;
  return s;
}

/* The first token of the body the entity extractor named over token @s
 * ("Queen Mary University of London", whose "of" ends the name that
 * name_start () reads), or @s when none is. */
static guint
body_start (const Ctx *c, guint s, guint first)
{
  return span_start (c, c->bodies, c->n_bodies, s, first);
}

/* "of the far-right Alternative for Germany", "of the watchdog group
 * Three Mile Island Alert", "of the London-based Chatham House": the
 * token of the determiner that opens the body's description before the
 * name at @s, the words between in lower case but for a place before a
 * hyphen; @s itself when no determiner opens a description there. */
static guint
description_start (const Ctx *c, guint s, guint first)
{
  for (guint k = s; k > first && s - k <= DESCRIPTION_MAX_TOKENS; k--)
    {
      if (tok_in (c, k - 1, SET_DETERMINERS))
        return k - 1;
      gboolean describes = is_lower_word (c, k - 1) || tok_is (c, k - 1, "-")
                           || (k < s && tok_is (c, k, "-") && is_upper_word (c, k - 1));
      if (!describes)
        break;
    }
  return s;
}

/* "Frank Kelly of Imperial College London said", "Robert Habeck of the
 * Greens said", "Derk-Jan Dijk of Surrey's Sleep Research Centre said":
 * the first token of the person's name before a member_joiners word
 * (and the body's description, description_start ()) before the name
 * at @s, or G_MAXUINT when no person is named there. */
static guint
member_before (const Ctx *c, guint s, guint first)
{
  /* "Bismarck Rewane of Financial Derivatives Company in Lagos": a body
   * and its place may stand between the person and the verb. */
  for (guint bodies = 0; bodies < 2; bodies++)
    {
      /* "of the District of Columbia": a place's "of" is its own. */
      s = span_start (c, c->places, c->n_places, body_start (c, s, first), first);
      /* "Derk-Jan Dijk of Surrey's Sleep Research Centre": the body's
       * owner before it, with its possessive. */
      if (s > first + 1 && tok (c, s - 1)->kind == PX_TOKEN_POSSESSIVE)
        {
          guint owner = name_start (c, s - 2, first);
          if (owner != G_MAXUINT)
            s = owner;
        }
      s = description_start (c, s, first);
      if (s < first + 2 || !tok_in (c, s - 1, SET_MEMBER_JOINERS))
        return G_MAXUINT;
      if (person_ends_at (c, tok (c, s - 2)->span.end))
        return name_start (c, s - 2, first);
      s = name_start (c, s - 2, first);
      if (s == G_MAXUINT)
        return G_MAXUINT;
    }
  return G_MAXUINT;
}

static gboolean is_one_of (const PxSpan *spans, guint n, PxSpan span);

/* "The Chinese Embassy in Berlin called": the first token of the body
 * before a place_joiners word before the name [@s, @e), when that name
 * is a place's; G_MAXUINT otherwise. */
static guint
body_of_place_before (const Ctx *c, guint s, guint e, guint first)
{
  if (s < first + 2 || !tok_in (c, s - 1, SET_PLACE_JOINERS)
      || !span_ends_at (c->bodies, c->n_bodies, tok (c, s - 2)->span.end)
      || !is_one_of (c->places, c->n_places,
                     (PxSpan) { tok (c, s)->span.start, tok (c, e - 1)->span.end }))
    return G_MAXUINT;
  return body_start (c, s - 2, first);
}

/* Whether the word at token @k opens its sentence (from @first), or the
 * clause after a dateline's dash, capitalised only for that, and the
 * entity extractor found no name there: "Firefighters in the Palisades
 * reported". */
static gboolean
common_opener (const Ctx *c, guint k, guint first)
{
  gsize at = tok (c, k)->span.start;
  return (k == first || tok (c, k - 1)->kind == PX_TOKEN_PUNCT)
         && tok (c, k)->kind == PX_TOKEN_WORD
         && !span_starts_at (c->persons, c->n_persons, at)
         && !span_starts_at (c->bodies, c->n_bodies, at)
         && !span_starts_at (c->places, c->n_places, at);
}

/* "A museum director in Paris said", "The embassy in Berlin said",
 * "Firefighters in the Palisades reported": the name [@s, @e) is a
 * place's, after a place_joiners word (and "the" perhaps) after a noun in
 * lower case or one that only opens its sentence (common_opener ()), and
 * so says where the speaker is, not who, unless the noun
 * ends a body the entity extractor found ("the UN human rights office in
 * Geneva", body_of_place_before ()); a body's noun
 * that a name's possessive opens speaks for the possessor still
 * (member_credit ()). */
static gboolean
place_of_common_noun (const Ctx *c, guint s, guint e, guint first)
{
  guint j = s >= first + 3 && tok_is (c, s - 1, "the") ? s - 1 : s;
  if (j < first + 2 || !tok_in (c, j - 1, SET_PLACE_JOINERS))
    return FALSE;
  guint noun = j - 2;
  return (is_lower_word (c, noun) || common_opener (c, noun, first))
         && !span_ends_at (c->bodies, c->n_bodies, tok (c, noun)->span.end)
         && is_one_of (c->places, c->n_places,
                       (PxSpan) { tok (c, s)->span.start, tok (c, e - 1)->span.end })
         && !(tok_in (c, noun, SET_BODY_NOUNS) && possessor_end (c, noun, first) != G_MAXUINT);
}

/* The credit for the name [@s, @e), or for the person of whose body it
 * is the name (member_before ()), or for the body in the place it names
 * (body_of_place_before ()) or the possessor of a body's noun there; a
 * body's name read whole, where a connector
 * or a comma ended the walk back ("the National Oceanic and Atmospheric
 * Administration", not "Atmospheric Administration"). */
static Credit
member_credit (const Ctx *c, guint s, guint e, guint first, const char *rule)
{
  guint m = member_before (c, s, first);
  if (m != G_MAXUINT)
    return name_credit (c, m, name_end (c, m, s), first, rule);
  guint b = body_of_place_before (c, s, e, first);
  if (b != G_MAXUINT)
    return name_credit (c, b, s - 1, first, rule);
  /* "China's embassy in Washington rejected": a body's noun before the
   * place speaks for its possessor. */
  guint p = s >= first + 2 && tok_in (c, s - 1, SET_PLACE_JOINERS)
                && tok_in (c, s - 2, SET_BODY_NOUNS)
                && is_one_of (c->places, c->n_places,
                              (PxSpan) { tok (c, s)->span.start, tok (c, e - 1)->span.end })
              ? possessor_end (c, s - 2, first) : G_MAXUINT;
  if (p != G_MAXUINT)
    return name_credit (c, name_start (c, p - 1, first), p, first, rule);
  return name_credit (c, body_start (c, s, first), e, first, rule);
}

/* Whether token @j ends an age's noun after "the": "the 34-year-old",
 * which stands for one person as "the Dutchman" does. */
static gboolean
is_age_noun (const Ctx *c, guint j)
{
  return j >= 5 && tok_is (c, j, "old") && tok_is (c, j - 1, "-") && tok_is (c, j - 2, "year")
         && tok_is (c, j - 3, "-") && tok (c, j - 4)->kind == PX_TOKEN_NUMBER
         && tok_is (c, j - 5, "the");
}

/* Whether token @j is a person's noun: one of person_nouns, or an age's. */
static gboolean
is_person_noun (const Ctx *c, guint j)
{
  return tok_in (c, j, SET_PERSON_NOUNS) || is_age_noun (c, j);
}

/* Whether token @j is an anaphor: a pronoun, a role's noun or a person's. */
static gboolean
is_anaphor (const Ctx *c, guint j)
{
  return tok_in (c, j, SET_PRONOUNS | SET_ROLE_NOUNS) || is_person_noun (c, j);
}

/* Whether an indefinite, not another determiner, opens the noun phrase
 * whose head is the word at @j ("a senior Israeli official"). */
static gboolean
indefinite_before (const Ctx *c, guint j)
{
  guint o = opener_before (c, j, 0, SET_INDEFINITES | SET_DETERMINERS);
  return o != G_MAXUINT && tok_in (c, o, SET_INDEFINITES);
}

/* Whether the word at @j is a noun in the plural (in "s", not "ss")
 * that no article or other determiner opens: "according to city
 * officials", "Officials said", "two sources said" are people new and
 * unnamed, where "the officials said" are those named before. */
static gboolean
bare_plural (const Ctx *c, guint j)
{
  gsize len = tok_len (c, j);
  const char *w = c->t + tok (c, j)->span.start;
  return tok (c, j)->kind == PX_TOKEN_WORD && len > 3 && w[len - 1] == 's' && w[len - 2] != 's'
         && opener_before (c, j, 0, SET_INDEFINITES | SET_DETERMINERS) == G_MAXUINT;
}

/* The most tokens read back for the phrase that introduced a role's
 * noun "the" opens. */
#define INTRODUCED_MAX_TOKENS 80

/* Whether "the" opens the role's noun at @j and the same noun stands
 * before it, at most INTRODUCED_MAX_TOKENS back, in a phrase a word of
 * indefinites opens: "A senior official in Jara's campaign ... said ...
 * '...,' the official said" is that official, still unnamed, not the
 * last person credited. */
static gboolean
introduced_unnamed (const Ctx *c, guint j)
{
  if (j == 0 || !tok_is (c, j - 1, "the") || !tok_in (c, j, SET_ROLE_NOUNS))
    return FALSE;
  gsize len = tok_len (c, j);
  const char *noun = c->t + tok (c, j)->span.start;
  for (guint k = j - 1; k-- > 0 && j - k <= INTRODUCED_MAX_TOKENS;)
    {
      if (tok_len (c, k) == len
          && g_ascii_strncasecmp (c->t + tok (c, k)->span.start, noun, len) == 0
          && indefinite_before (c, k))
        return TRUE;
    }
  return FALSE;
}

/* An anaphor at token @j: a pronoun or a role noun; a person's pronoun
 * ("he", not "it") or noun ("the Dutchman", "the 34-year-old") is a kind
 * of its own (credit_hit ()). */
static SubjectKind
anaphor (const Ctx *c, guint j, Credit *out)
{
  /* "an official said", "said one resident", "a museum director said",
   * "a senior Israeli official said": someone new, unnamed.  A pronoun
   * heads no phrase an article opens: "opened a review of what he
   * called". */
  if (!tok_in (c, j, SET_PRONOUNS)
      && (indefinite_before (c, j) || bare_plural (c, j) || introduced_unnamed (c, j)))
    return SUBJECT_COMMON;
  if (!tok_in (c, j, SET_PERSON_PRONOUNS) && !is_person_noun (c, j))
    {
      out->span = px_token_span (tok (c, j));   /* for thing_named_before () */
      return SUBJECT_ANAPHOR;
    }
  out->span = px_token_span (tok (c, j));
  return SUBJECT_PRONOUN;
}

/* Whether token @i is a word in lower case ending in "ed": "based",
 * "backed". */
static gboolean
is_participle (const Ctx *c, guint i)
{
  return lower_word_ending_in (c, i, "ed");
}

/* Whether a party's letter and a hyphen start at token @k, a member of
 * Congress' tag: "D-Mass.", "R-Ohio". */
static gboolean
party_tag_at (const Ctx *c, guint k)
{
  const PxToken *letter = tok (c, k);
  return letter->kind == PX_TOKEN_WORD && letter->span.end - letter->span.start == 1
         && is_upper_word (c, k) && k + 1 < c->n_tokens && tok_is (c, k + 1, "-")
         && tok (c, k + 1)->joined;
}

/* The last token of a name that ends at token @j, or before the one
 * word in brackets that ends at @j, its short form: "the Motion Picture
 * Association of America (MPAA)", or before a party's tag in brackets. */
static guint
before_short_form (const Ctx *c, guint j, guint first)
{
  if (j >= first + 3 && tok_is (c, j, ")") && tok_is (c, j - 2, "(")
      && tok (c, j - 1)->kind == PX_TOKEN_WORD)
    return j - 3;
  /* "Chuck Schumer (D-N.Y.) said": a party's tag, a few tokens in all. */
  if (tok_is (c, j, ")"))
    for (guint k = j; k > first + 3 && j - k < PARTY_TAG_MAX_TOKENS; k--)
      if (tok_is (c, k - 1, "("))
        return party_tag_at (c, k) ? k - 2 : j;
  return j;
}

/* Whether a name runs from token @k to the next comma, at most at @j. */
static gboolean
name_to_comma (const Ctx *c, guint k, guint j)
{
  guint m = k;
  while (m < j && !tok_is (c, m, ","))
    m++;
  return m > k && tok_is (c, m, ",") && name_start (c, m - 1, k) == k;
}

static guint appositive_before (const Ctx *c, guint j, guint first);

/* "Donald Trump, who last week cut his deadline to “10 or 12 days”,
 * called": the token of the relative pronoun that opens a clause ending
 * at the comma @j, right after a name and a comma, or after a name's
 * appositive ("Gisèle Pelicot, 72, who waived her right to anonymity,
 * said"), whatever quotes the clause holds; G_MAXUINT when there is none
 * within RELATIVE_MAX_TOKENS. */
static guint
relative_clause_before (const Ctx *c, guint j, guint first)
{
  for (guint k = j; k >= first + 2 && j - k < RELATIVE_MAX_TOKENS; k--)
    {
      /* "who has fallen out with its chief executive, Sam Altman,": a
       * name apposed to a noun inside the clause is part of it. */
      if (tok_is (c, k - 1, ",") && is_lower_word (c, k - 2) && name_to_comma (c, k, j))
        continue;
      /* "who fled to India on Aug. 5, 2024,": a date's comma. */
      if (tok_is (c, k - 1, ",") && tok (c, k)->kind == PX_TOKEN_NUMBER
          && tok (c, k - 2)->kind == PX_TOKEN_NUMBER)
        continue;
      /* "who made his debut with “Hunt,” which premiered in May,": a
       * comma inside a title's marks before a clause nested in this one. */
      if (tok_is (c, k - 1, ",") && c->is_mark[k] && k < j && tok_in (c, k + 1, SET_RELATIVES))
        continue;
      if (tok_is (c, k - 1, ",") && !tok_in (c, k, SET_RELATIVES))
        return G_MAXUINT;   /* another clause or apposition first */
      if (tok_in (c, k, SET_RELATIVES) && tok_is (c, k - 1, ",")
          && (name_start (c, before_short_form (c, k - 2, first), first) != G_MAXUINT
              || appositive_before (c, k - 1, first) != G_MAXUINT))
        return k;
    }
  return G_MAXUINT;
}

/* Whether the word that ends at token @e is written in lower case from
 * its start: "diplomat", "co-founder", but not the end of a name, "Kim
 * Seol-hwa". */
static gboolean
is_common_word_at (const Ctx *c, guint e, guint first)
{
  guint s = e;
  while (s > first && tok (c, s)->joined)
    s--;
  return is_lower_word (c, s) && is_lower_word (c, e);
}

/* Whether a name's possessive and a word in lower case open the words
 * from token @k to the comma @j: "TikTok's head of privacy in Europe"
 * (a place may end them). */
static gboolean
opens_with_possessor (const Ctx *c, guint k, guint j)
{
  guint p = k;
  while (p < j && p - k < 4 && tok (c, p)->kind == PX_TOKEN_WORD && !is_lower_word (c, p))
    p++;
  return p > k && p + 1 < j && tok (c, p)->kind == PX_TOKEN_POSSESSIVE
         && is_lower_word (c, p + 1);
}

static gboolean is_one_of (const PxSpan *spans, guint n, PxSpan span);

/* The first token of the phrase that ends before token @j, after the
 * comma or mark before it, at most APPOSITIVE_MAX_TOKENS back. */
static guint
comma_phrase_start (const Ctx *c, guint j, guint first)
{
  guint k = j;
  while (k > first && j - k < APPOSITIVE_MAX_TOKENS && !c->is_mark[k - 1]
         && !tok_is (c, k - 1, ","))
    k--;
  return k;
}

/* Whether tokens [@k, @j) are a place the entity extractor found, right
 * after a comma that ends another ("Nashville, Tennessee") or a
 * capitalised word a word in lower case opens ("a scoutmaster from Cork,
 * Ireland", Cork unlisted), or the end of one whose name holds that
 * comma ("Washington, D.C."). */
static gboolean
place_after_place (const Ctx *c, guint k, guint j)
{
  PxSpan span = { tok (c, k)->span.start, tok (c, j - 1)->span.end };
  if (is_one_of (c->places, c->n_places, span))
    return span_ends_at (c->places, c->n_places, tok (c, k - 2)->span.end)
           || (k >= 3 && is_upper_word (c, k - 2) && is_lower_word (c, k - 3));
  guint i = spans_before (c->places, c->n_places, tok (c, k - 1)->span.start);
  return i > 0 && c->places[i - 1].end == span.end;
}

/* The first token of the appositive that ends at the comma @j, when one
 * does: "Kim Ryo Won, an ... analyst of the DPRK, issued" (it opens with
 * an article); after a name, one that opens with any word in lower case
 * or a number, or ends in a common noun, too ("Adrian Hill, director of
 * the Jenner Institute, said", "Jane Roe, 45, said", "Jane Roe, D-Mass.,
 * said", "Wang Yi, China's
 * top diplomat, called", "Jimmy Wales, Wikipedia's co-founder, told"), or
 * with a name's possessive ("Jane Roe, TikTok's head of privacy in
 * Europe, said");
 * after any noun, one that opens with a
 * participle ("Sudan's government, based in Port Sudan, called": Port
 * Sudan said nothing) or a word of aside_openers ("The ministry, in a
 * post on Telegram, called": Telegram said nothing).  A comma is before
 * that token.  G_MAXUINT when none does. */
static guint
appositive_before (const Ctx *c, guint j, guint first)
{
  guint k = comma_phrase_start (c, j, first);
  /* "the first patient treated in Nashville, Tennessee, said": a place
   * after a comma and a place ends the phrase before, no appositive of
   * its own. */
  if (k >= first + 2 && k < j && tok_is (c, k - 1, ",") && place_after_place (c, k, j))
    {
      j = k - 1;
      k = comma_phrase_start (c, j, first);
    }
  gboolean appositive = k > first && tok_is (c, k - 1, ",") && k < j
                        && (tok_is (c, k, "a") || tok_is (c, k, "an")
                            || tok_is (c, k, "the") || is_participle (c, k)
                            || tok_in (c, k, SET_ASIDE_OPENERS)
                            || ((is_lower_word (c, k) || party_tag_at (c, k)
                                 || tok (c, k)->kind == PX_TOKEN_NUMBER
                                 || is_common_word_at (c, j - 1, first)
                                 || opens_with_possessor (c, k, j))
                                && k - 1 > first
                                && name_start (c, k - 2, first) != G_MAXUINT));
  return appositive ? k : G_MAXUINT;
}

/* appositive_before (), and the appositives before it, up to
 * MAX_APPOSITIVES in all: in "Choi, 61, a former vice finance minister,
 * told" the first token of "61". */
static guint
appositives_before (const Ctx *c, guint j, guint first)
{
  guint k = appositive_before (c, j, first);
  for (guint n = 1; n < MAX_APPOSITIVES && k != G_MAXUINT && k > first + 1; n++)
    {
      guint earlier = appositive_before (c, k - 1, first);
      if (earlier == G_MAXUINT)
        break;
      k = earlier;
    }
  return k;
}

/* Whether token @i is inside a date: "Kim on Sunday said". */
static gboolean
in_time (const Ctx *c, guint i)
{
  PxSpan t = px_token_span (tok (c, i));
  guint k = spans_before (c->times, c->n_times, t.start + 1);
  return k > 0 && c->times[k - 1].end >= t.end;
}

static gboolean names_a_body (const Ctx *c, PxSpan span);

/* "a Jetstar spokesperson said": a name right before the role's noun at
 * @j, after an indefinite that makes the speaker someone new.  A body the
 * entity extractor named speaks through them, as in "said a spokesperson
 * for Jetstar"; a person's spokesperson ("a Varga spokesperson") is no one
 * the rules can tell.  "the Jetstar spokesperson" is the one named before
 * (anaphor ()).  SUBJECT_NONE when there is no such name. */
static SubjectKind
named_before_new_role (const Ctx *c, guint j, guint first, Credit *out, const char *rule)
{
  if (j <= first + 1)
    return SUBJECT_NONE;
  guint s = name_start (c, j - 1, first);
  if (s == G_MAXUINT || s == first || !tok_in (c, s - 1, SET_INDEFINITES))
    return SUBJECT_NONE;
  if (!names_a_body (c, (PxSpan) { tok (c, s)->span.start, tok (c, j - 1)->span.end }))
    return SUBJECT_COMMON;
  *out = name_credit (c, s, j, first, rule);
  return SUBJECT_NAMED;
}

/* What stands before the verb at @v, within the sentence from @first. */
static SubjectKind
subject_before (const Ctx *c, guint v, guint first, Credit *out, const char *rule)
{
  if (v <= first)
    return SUBJECT_NONE;
  guint j = v - 1;
  while (j > first && (tok_in (c, j, SET_BETWEEN) || is_ly_adverb (c, j) || in_time (c, j)))
    j--;
  /* "the Institute of Race Relations, which called it": a relative
   * pronoun after a comma stands for the name before the comma. */
  if (tok_in (c, j, SET_RELATIVES) && j >= first + 2 && tok_is (c, j - 1, ","))
    {
      guint e = before_short_form (c, j - 2, first);
      /* "Lance Wilkes, an analyst at Bernstein, who called it": a
       * person's relative past an appositive stands for the name the
       * appositive follows; right after a person it is that person's:
       * "congratulated Dan, as did Emmanuel Macron, who wrote". */
      guint k = tok_in (c, j, SET_PERSON_RELATIVES)
                    && !person_ends_at (c, tok (c, j - 2)->span.end)
                  ? appositive_before (c, j - 1, first) : G_MAXUINT;
      if (k != G_MAXUINT && k >= first + 2 && name_start (c, k - 2, first) != G_MAXUINT)
        e = k - 2;
      guint s = name_start (c, e, first);
      if (s != G_MAXUINT)
        {
          *out = member_credit (c, s, e + 1, first, rule);
          return SUBJECT_NAMED;
        }
    }
  /* "Médecins Sans Frontières (MSF) said": one word in brackets after
   * the name, its short form. */
  j = before_short_form (c, j, first);
  if (c->is_mark[j])
    return SUBJECT_NONE;
  guint relative = tok_is (c, j, ",") ? relative_clause_before (c, j, first) : G_MAXUINT;
  if (relative != G_MAXUINT)
    {
      /* The clause may follow appositives, whose names said nothing:
       * "Tristram Hunt, the director of the V&A, which is lending 17
       * pieces, told"; with no name before them ("Later he said, an
       * analyst, a director, who called") no one the rules can tell. */
      guint k = appositives_before (c, relative - 1, first);
      guint e = k != G_MAXUINT && k - 1 > first ? k - 2 : G_MAXUINT;
      guint s = e != G_MAXUINT ? name_start (c, e, first) : G_MAXUINT;
      if (s == G_MAXUINT)
        {
          e = before_short_form (c, relative - 2, first);
          s = name_start (c, e, first);
        }
      if (s == G_MAXUINT)
        return SUBJECT_NONE;
      *out = member_credit (c, s, e + 1, first, rule);
      return SUBJECT_NAMED;
    }
  if (tok_is (c, j, ","))
    {
      guint k = appositives_before (c, j, first);
      if (k != G_MAXUINT)
        {
          if (k - 1 == first)
            return SUBJECT_NONE;
          j = k - 2;
        }
      else
        {
          if (j == first)
            return SUBJECT_NONE;
          j--;
        }
      if (c->is_mark[j])
        return SUBJECT_NONE;
    }
  guint s = name_start (c, j, first);
  /* "Jane Roe of Nashville, Tennessee, said": the place before the comma
   * is the one the words before it go with. */
  if (s != G_MAXUINT && s >= first + 3 && tok_is (c, s - 1, ",")
      && place_after_place (c, s, j + 1))
    {
      j = s - 2;
      s = name_start (c, j, first);
    }
  if (s != G_MAXUINT && place_of_common_noun (c, s, j + 1, first))
    return SUBJECT_COMMON;
  if (s != G_MAXUINT)
    {
      /* "North Korea's Foreign Ministry": the name is the last one, but
       * in "Frank Kelly of Imperial College London" the person's. */
      *out = member_credit (c, s, j + 1, first, rule);
      return SUBJECT_NAMED;
    }
  if (tok_in (c, j, SET_SPEECH_NOUNS | SET_BODY_NOUNS))
    {
      /* "The KCNA's statement also called", and a body of the
       * possessor's: "Netanyahu's office called". */
      guint p = possessor_end (c, j, first);
      if (p != G_MAXUINT)
        {
          *out = name_credit (c, name_start (c, p - 1, first), p, first, rule);
          return SUBJECT_NAMED;
        }
      /* "the allies' final statement said": theirs, no one named. */
      if (tok_in (c, j, SET_SPEECH_NOUNS))
        return possessive_before (c, j, first) != G_MAXUINT ? SUBJECT_COMMON : SUBJECT_ANAPHOR;
    }
  if (tok_in (c, j, SET_BODY_NOUNS | SET_ANY_BODY_NOUNS) && article_before (c, j, first))
    {
      /* "Judge Anirban Das of the Sealdah court said": a person before a
       * member's joiner and the noun's phrase speaks, as one before a
       * body's name does (member_before ()). */
      guint a = opener_before (c, j, first, SET_DETERMINERS);
      if (a != G_MAXUINT && a >= first + 2 && tok_in (c, a - 1, SET_MEMBER_JOINERS)
          && person_ends_at (c, tok (c, a - 2)->span.end))
        {
          guint p = name_start (c, a - 2, first);
          if (p != G_MAXUINT)
            {
              *out = name_credit (c, p, a - 1, first, rule);
              return SUBJECT_NAMED;
            }
        }
      /* "the Chinese foreign ministry said": a body the entity extractor
       * named, its noun the last word. */
      guint b = body_start (c, j, first);
      if (b < j && span_ends_at (c->bodies, c->n_bodies, tok (c, j)->span.end))
        {
          *out = name_credit (c, b, j + 1, first, rule);
          return SUBJECT_NAMED;
        }
      /* "the IG Metall union said": the body named before its noun; "the
       * Israeli army said", "the Zorbian foreign ministry said": the
       * country a people's name before it, a few words in lower case
       * perhaps between, names, as "Zorbia's foreign ministry" does. */
      guint d = j;
      while (d > first + 1 && j - d < DEMONYM_MAX_WORDS_BEFORE && is_lower_word (c, d - 1))
        d--;
      guint n = d > first ? name_start (c, d - 1, first) : G_MAXUINT;
      Credit body = n != G_MAXUINT ? name_credit (c, n, d, first, rule) : (Credit) { 0 };
      if (body.found && ((d == j && names_a_body (c, body.span))
                         || is_one_of (c->peoples, c->n_peoples, body.span)))
        {
          *out = body;
          return SUBJECT_NAMED;
        }
      out->span = px_token_span (tok (c, j));
      return SUBJECT_BODY;
    }
  SubjectKind role = tok_in (c, j, SET_ROLE_NOUNS) ? named_before_new_role (c, j, first, out, rule)
                                                    : SUBJECT_NONE;
  if (role != SUBJECT_NONE)
    return role;
  if (is_anaphor (c, j))
    return anaphor (c, j, out);
  if (tok_is (c, j, "and") || tok_is (c, j, "but") || tok_is (c, j, "or"))
    return SUBJECT_COORD;
  /* "the boy asked", "one boy asked", "her family said": someone
   * unnamed. */
  if (is_lower_word (c, j)
      && (article_before (c, j, first)
          || (j > first && tok_in (c, j - 1, SET_INDEFINITES | SET_DETERMINERS))))
    return SUBJECT_COMMON;
  return SUBJECT_NONE;
}

/* "said the mayor, Jane Roe.": the name in apposition after the comma
 * at @stop that ends the phrase from @i, ending the sentence (@end) or
 * followed by a mark; FALSE when there is none. */
static gboolean
apposed_name (const Ctx *c, guint i, guint stop, guint end, Credit *out, const char *rule)
{
  if (stop + 1 >= end || !tok_is (c, stop, ",") || !is_name_word (c, stop + 1))
    return FALSE;
  guint e = name_end (c, stop + 1, end);
  if (e < end && tok (c, e)->kind != PX_TOKEN_PUNCT)
    return FALSE;
  *out = name_credit (c, stop + 1, e, i, rule);
  return TRUE;
}

/* "said a spokesperson for Quintex Ltd": after a phrase from @i with a
 * role's noun in it, a member_joiners word at @stop (an article allowed
 * after it) and a body the entity extractor named; the body speaks
 * through its spokesperson.  FALSE when there is none. */
static gboolean
body_after_role (const Ctx *c, guint i, guint stop, guint end, Credit *out, const char *rule)
{
  if (stop + 1 >= end || !tok_in (c, stop, SET_MEMBER_JOINERS))
    return FALSE;
  gboolean role = FALSE;
  for (guint j = i; j < stop && !role; j++)
    role = tok_in (c, j, SET_ROLE_NOUNS);
  guint s = stop + 1;
  if (tok_is (c, s, "the") && s + 1 < end)
    s++;
  if (!role || !is_name_word (c, s))
    return FALSE;
  guint k = spans_before (c->bodies, c->n_bodies, tok (c, s)->span.start + 1);
  if (k == 0 || c->bodies[k - 1].start != tok (c, s)->span.start)
    return FALSE;
  guint e = s + 1;
  while (e < end && tok (c, e)->span.end <= c->bodies[k - 1].end)
    e++;
  *out = name_credit (c, s, e, i, rule);
  return TRUE;
}

/* The noun phrase from @i ("North Korea's official KCNA news agency"): its
 * last name ("KCNA"), or an anaphor ("the official"). */
static SubjectKind
phrase_after (const Ctx *c, guint i, guint end, Credit *out, const char *rule)
{
  guint stop = i;
  while (stop < end && stop - i < NP_MAX_TOKENS && !c->is_mark[stop]
         && (tok (c, stop)->kind != PX_TOKEN_PUNCT || tok_is (c, stop, "-"))
         && !tok_in (c, stop, SET_AFTER_SPEAKER))
    stop++;
  /* "said Jasper's mayor, Richard Ireland,": after a phrase that ends in
   * a word in lower case, the name apposed to it speaks, not the names
   * inside it. */
  if (stop > i && is_lower_word (c, stop - 1) && apposed_name (c, i, stop, end, out, rule))
    return SUBJECT_NAMED;
  for (guint j = stop; j > i; j--)
    {
      guint s = name_start (c, j - 1, i);
      if (s != G_MAXUINT)
        {
          /* "said one resident of Kherson": someone unnamed, whom the
           * place does not speak for. */
          gboolean place = is_one_of (c->places, c->n_places,
                                      (PxSpan) { tok (c, s)->span.start,
                                                 tok (c, j - 1)->span.end });
          if (s > i && tok_in (c, i, SET_INDEFINITES) && place)
            return SUBJECT_COMMON;
          /* "said a Western diplomat", "said an Israeli official": a
           * word that describes someone new and unnamed, unless it names
           * a body, who speaks through them ("said a Jetstar
           * spokesperson"). */
          if (s > i && tok_in (c, i, SET_INDEFINITES) && j < stop && is_lower_word (c, j)
              && !names_a_body (c, (PxSpan) { tok (c, s)->span.start, tok (c, j - 1)->span.end }))
            return SUBJECT_COMMON;
          /* "said the mayor of Zorbton, Quinto Varga.": a place says
           * nothing; the name apposed after it does. */
          if (place && apposed_name (c, i, stop, end, out, rule))
            return SUBJECT_NAMED;
          /* "said Clare Nullis of the World Meteorological Organization" */
          *out = member_credit (c, s, j, i, rule);
          return SUBJECT_NAMED;
        }
    }
  if (apposed_name (c, i, stop, end, out, rule) || body_after_role (c, i, stop, end, out, rule))
    return SUBJECT_NAMED;
  for (guint j = i; j < stop; j++)
    if (is_anaphor (c, j))
      return anaphor (c, j, out);
  /* "said one resident", "said the owner": a common noun, no one the
   * rules can tell, and no speaker going on. */
  if (stop > i + 1 && (tok_in (c, i, SET_INDEFINITES) || tok_is (c, i, "the"))
      && is_lower_word (c, stop - 1))
    return SUBJECT_COMMON;
  return SUBJECT_NONE;
}

/* Whether token @i is a word in capitals of two letters or more:
 * "VATICAN", "MÉXICO". */
static gboolean
is_capitals_word (const Ctx *c, guint i)
{
  const PxToken *t = tok (c, i);
  gboolean capital, all_caps;
  if (t->kind != PX_TOKEN_WORD || t->span.end - t->span.start < 2)
    return FALSE;
  px_gazetteer_case (c->t + t->span.start, t->span.end - t->span.start, &capital, &all_caps);
  return capital && all_caps;
}

/* The token after the dateline that opens the sentence from @i, when
 * one does: words in capitals, then no word in lower case before a
 * dash ("VATICAN CITY —", "KHARTOUM, Jan 11 (Reuters) -"); @i
 * otherwise.  The place the story was filed from is no subject. */
static guint
past_dateline (const Ctx *c, guint i, guint end)
{
  if (i >= end || !is_capitals_word (c, i))
    return i;
  for (guint k = i + 1; k < end && k - i < DATELINE_MAX_TOKENS; k++)
    {
      /* Dashes are hyphens in the normal text. */
      if (tok_is (c, k, "-"))
        return k + 1;
      if (is_lower_word (c, k))
        break;
    }
  return i;
}

/* The most tokens of a description that opens a sentence before its
 * subject: "A protégé of the late Prime Minister Shinzo Abe and an
 * admirer of Margaret Thatcher, Takaichi won". */
#define OPENING_DESCRIPTION_MAX_TOKENS 24

static gboolean is_verb (const Ctx *c, guint i);

/* The token after the comma that ends a description opening at @i with
 * a word of indefinites, when the entity extractor's person starts
 * there: the sentence's subject, which the description is of; no verb
 * of verbs and no quote mark before that comma.  G_MAXUINT otherwise. */
static guint
description_before_person (const Ctx *c, guint i, guint end)
{
  if (i >= end || !tok_in (c, i, SET_INDEFINITES))
    return G_MAXUINT;
  for (guint k = i + 1; k + 1 < end && k - i <= OPENING_DESCRIPTION_MAX_TOKENS; k++)
    {
      if (c->is_mark[k] || is_verb (c, k))
        return G_MAXUINT;
      if (tok_is (c, k, ","))
        return person_starts_at (c, k + 1) ? k + 1 : G_MAXUINT;
    }
  return G_MAXUINT;
}

/* The subject of the clause of sentence @si that opens at token @i: its
 * first name, after an opening phrase ("Shortly ago, Japan officially
 * opened ..."). */
static SubjectKind
subject_from (const Ctx *c, guint si, guint i, Credit *out, const char *rule)
{
  const PxSentence *sent = px_segmentation_get_sentence (c->seg, si);
  guint end = sent->first_token + sent->n_tokens;
  /* "He rejected the offer, saying": a pronoun opens no phrase to skip,
   * though it is one of not_names. */
  if (i < end && tok_in (c, i, SET_PRONOUNS))
    return anaphor (c, i, out);
  /* "Later he broke with Trump, calling him ...": so does an adverb of
   * subject_adverbs, or one in -ly, right before the pronoun. */
  if (i + 1 < end && (tok_in (c, i, SET_SUBJECT_ADVERBS) || is_ly_adverb (c, i))
      && tok_in (c, i + 1, SET_PRONOUNS))
    return anaphor (c, i + 1, out);
  /* A participle's phrase may be longer: "Dismissing calls from foreign
   * governments for dialogue, he added". */
  guint reach = is_capital_clause_cue (c, i) ? CLAUSE_MAX_TOKENS : 8;
  if (i < end && (tok_in (c, i, SET_NOT_NAMES) || is_ly_adverb (c, i) || reach > 8))
    for (guint k = i; k < end && k - i < reach; k++)
      {
        /* "On Wednesday he withdrew the bill, saying": a pronoun after
         * an opening phrase with no comma, which a preposition opens
         * (not "When he arrived, Ruto said"). */
        if (k >= i + 2 && tok_in (c, i, SET_ASIDE_OPENERS) && tok_in (c, k, SET_PRONOUNS))
          return anaphor (c, k, out);
        if (tok_is (c, k, ","))
          {
            i = k + 1;
            break;
          }
      }
  guint described = description_before_person (c, i, end);
  if (described != G_MAXUINT)
    i = described;
  while (i < end && (tok_is (c, i, "the") || tok_is (c, i, "a") || tok_is (c, i, "an")))
    i++;
  if (i >= end)
    return SUBJECT_NONE;
  if (tok_in (c, i, SET_PRONOUNS))
    return anaphor (c, i, out);
  /* "The board of OpenAI fired Sam Altman, saying": the body a body's
   * noun belongs to, not one it is in ("the embassy in Berlin"). */
  if (i + 2 < end && tok_in (c, i, SET_BODY_NOUNS) && tok_in (c, i + 1, SET_MEMBER_JOINERS)
      && !tok_in (c, i + 1, SET_PLACE_JOINERS) && is_name_word (c, i + 2))
    i += 2;
  if (!is_name_word (c, i))
    return SUBJECT_NONE;
  guint e = name_end (c, i, end);
  /* After a possessive, the role's words below start past it. */
  guint words = e;
  if (e + 1 < end && tok (c, e)->kind == PX_TOKEN_POSSESSIVE)
    {
      words = e + 1;
      if (is_name_word (c, e + 1))
        {
          i = e + 1;
          e = words = name_end (c, i, end);
        }
    }
  /* "Kremlin spokesman Dmitry Peskov was quoted", "Zorbex chief
   * executive Jane Roe", "NASA's administrator, Bill Nelson,": up to three
   * words in lower case, a role's noun among them, between a body and
   * the person who speaks, a comma perhaps before the person; so a kin's
   * noun after a possessive ("Duterte's daughter, Vice President Sara
   * Duterte,"), which without a name after it is no one the rules can
   * tell, not the possessor. */
  gboolean role = FALSE, kin = FALSE;
  guint r = words;
  for (; r < end && r - words < 3 && is_lower_word (c, r); r++)
    {
      role = role || tok_in (c, r, SET_ROLE_NOUNS);
      kin = kin || (words > e && tok_in (c, r, SET_KIN_NOUNS));
    }
  role = role || kin;
  if (role && r + 1 < end && tok_is (c, r, ",") && is_name_word (c, r + 1))
    r++;
  if (role && r < end && is_name_word (c, r))
    {
      i = r;
      e = name_end (c, i, end);
    }
  else if (kin)
    return SUBJECT_COMMON;
  /* "U.S. Secretary of State Marco Rubio congratulated Noboa, saying":
   * a country's or a body's name before a title is the person's. */
  guint titled = role || person_starts_at (c, i) ? G_MAXUINT : person_after_title (c, e, end);
  if (titled != G_MAXUINT)
    {
      i = titled;
      e = name_end (c, i, end);
    }
  *out = name_credit (c, i, past_person (c, e - 1, end), sent->first_token, rule);
  return SUBJECT_NAMED;
}

/* The subject of the sentence @si, after a dateline. */
static SubjectKind
sentence_subject (const Ctx *c, guint si, Credit *out, const char *rule)
{
  const PxSentence *sent = px_segmentation_get_sentence (c->seg, si);
  guint first = past_dateline (c, sent->first_token, sent->first_token + sent->n_tokens);
  return subject_from (c, si, first, out, rule);
}

/* The subject of the clause that a word of clause_openers after a comma
 * (a quote's closing mark perhaps between) opens before the cue of hit
 * @hit_index, with no cue between: "..., while Democratic leader Hakeem
 * Jeffries spoke for eight hours ..., calling the bill ..." is
 * Jeffries; SUBJECT_NONE when no such clause, or no subject, is there. */
static SubjectKind
clause_subject (const Ctx *c, guint hit_index, guint first, Credit *out, const char *rule)
{
  const Hit *h = hit_at (c, hit_index);
  guint stop = first;
  if (hit_index > 0 && hit_at (c, hit_index - 1)->sentence == h->sentence)
    stop = MAX (first, hit_at (c, hit_index - 1)->end);
  for (guint k = h->token; k > stop + 1 && h->token - k < CLAUSE_MAX_TOKENS; k--)
    {
      if (!tok_in (c, k - 1, SET_CLAUSE_OPENERS))
        continue;
      guint comma = c->is_mark[k - 2] && k - 2 > stop ? k - 3 : k - 2;
      if (tok_is (c, comma, ","))
        return subject_from (c, h->sentence, k, out, rule);
    }
  return SUBJECT_NONE;
}

/* Whether @span is one of the @n @spans (by start). */
static gboolean
is_one_of (const PxSpan *spans, guint n, PxSpan span)
{
  guint k = spans_before (spans, n, span.start);
  return k < n && spans[k].start == span.start && spans[k].end == span.end;
}

/* Whether @span is the name of a body the entity extractor found, or
 * inside one: a possessive inside a body's name ("the Scottish
 * Ornithologists' Club said") credits the words before it. */
static gboolean
names_a_body (const Ctx *c, PxSpan span)
{
  guint k = spans_before (c->bodies, c->n_bodies, span.start + 1);
  return k > 0 && c->bodies[k - 1].start <= span.start && c->bodies[k - 1].end >= span.end;
}

/* The key of the person whose name is inside @span in pronoun_of: the
 * entity's, from 1; 0 when none is. */
static guint
person_key (const Ctx *c, PxSpan span)
{
  for (guint k = spans_before (c->persons, c->n_persons, span.start);
       k < c->n_persons && c->persons[k].start < span.end; k++)
    if (c->persons[k].end <= span.end)
      return (c->person_entities != NULL ? c->person_entities[k] : k) + 1;
  return 0;
}

/* Whether @pronoun may stand for the person named in @span: not when an
 * honorific, or a pronoun that stood for them before, gives that person
 * another ("she" for "Mr Justice Swift"). */
static gboolean
pronoun_fits (const Ctx *c, PxSpan span, const char *pronoun)
{
  if (pronoun == NULL)
    return TRUE;
  const char *known = g_hash_table_lookup (c->pronoun_of, GUINT_TO_POINTER (person_key (c, span)));
  return known == NULL || *known == '\0' || strcmp (known, pronoun) == 0;
}

/* The last person credited before mention @before, in paragraph @para or
 * the one before it; a body or a place credited too unless @people_only
 * ("Beijing said" is no "he"); only one @pronoun may stand for, unless
 * NULL. */
static Credit
last_person (const Ctx *c, guint before, guint para, gboolean allow_source,
             gboolean people_only, const char *pronoun)
{
  Credit none = { 0 };
  for (guint k = before; k-- > 0 && before - k <= MAX_LOOK_BACK;)
    {
      const Mention *m = mention_at (c, k);
      if (m->paragraph + 1 < para)
        break;
      if ((!m->credit.source || allow_source)
          && !(people_only && (names_a_body (c, m->credit.span)
                               || is_one_of (c->places, c->n_places, m->credit.span)))
          && pronoun_fits (c, m->credit.span, pronoun))
        return m->credit;
    }
  return none;
}

static void
remember (Ctx *c, const Credit *credit, guint para)
{
  Mention m = { *credit, para };
  records_append (&c->mentions, &m);
}

/* The cue phrase at token @i, ending before @end, longest first, or
 * NULL; *@cue_end is one past it. */
static const Cue *
cue_match (const Ctx *c, guint i, guint end, guint *cue_end)
{
  if (tok (c, i)->kind != PX_TOKEN_WORD || tok_len (c, i) >= 64
      || !px_word_filter_may_hold_token (&c->rules->cue_starts, tok (c, i)))
    return NULL;
  /* "so-called" is not a call. */
  if (tok (c, i)->joined && i > 0 && tok_is (c, i - 1, "-"))
    return NULL;
  const QuoteWord *first = word_of (c, i);
  const GPtrArray *cues = first != NULL ? first->cues : NULL;
  if (cues == NULL)
    return NULL;
  const Cue *best = NULL;
  for (guint k = 0; k < cues->len; k++)
    {
      const Cue *cue = cues->pdata[k];
      if (i + cue->phrase.n > end || (best != NULL && cue->phrase.n <= best->phrase.n))
        continue;
      guint w = 1;
      while (w < cue->phrase.n && tok_lower_eq (c, i + w, cue->phrase.words[w]))
        w++;
      if (w == cue->phrase.n)
        best = cue;
    }
  if (best != NULL)
    *cue_end = i + best->phrase.n;
  return best;
}

/* A cue that credits someone, at token @i of the sentence [@first, @end). */
static const Cue *
cue_at (const Ctx *c, guint i, guint first, guint end, guint *cue_end)
{
  /* The words of a quote are not its attribution, and a capital inside
   * a sentence is a name: "the United States".  (The cheapest tests
   * first: a byte, then the filter, which cue_match () makes too.) */
  if (c->in_quote[i] || !px_word_filter_may_hold_token (&c->rules->cue_starts, tok (c, i))
      || (i > first && is_upper_word (c, i)))
    return NULL;
  return cue_match (c, i, end, cue_end);
}

/* Whether the hit at @h is a source cue in the passive, after a word of
 * between_speaker_and_verb ("was quoted by"): what follows it is the
 * source of someone else's words. */
static gboolean
passive_source (const Ctx *c, const Hit *h)
{
  return h->cue->kind == CUE_SOURCE && h->token > 0 && tok_in (c, h->token - 1, SET_BETWEEN);
}

/* The credit of the nearest earlier hit of the same sentence, but a
 * source in the passive's: in "Peskov was quoted by RIA Novosti as
 * saying" the agency is no speaker. */
static Credit
previous_in_sentence (const Ctx *c, guint hit_index)
{
  const Hit *h = hit_at (c, hit_index);
  for (guint k = hit_index; k-- > 0 && hit_index - k <= MAX_LOOK_BACK;)
    {
      const Hit *prev = hit_at (c, k);
      if (prev->sentence != h->sentence)
        break;
      if (prev->credit.found && !passive_source (c, prev))
        return prev->credit;
    }
  Credit none = { 0 };
  return none;
}

/* Whether the text of @span holds the word @noun (a token's span),
 * whatever the case: "Ministry of Health" holds "ministry". */
static gboolean
names_with (const Ctx *c, PxSpan span, PxSpan noun)
{
  gsize n = noun.end - noun.start;
  for (gsize at = span.start; at + n <= span.end; at++)
    if ((at == span.start || !g_ascii_isalnum (c->t[at - 1]))
        && (at + n == span.end || !g_ascii_isalnum (c->t[at + n]))
        && g_ascii_strncasecmp (c->t + at, c->t + noun.start, n) == 0)
      return TRUE;
  return FALSE;
}

static guint token_from (const Ctx *c, gsize offset, guint from);

/* Whether the word that starts at @at, before token @before, is inside a
 * quote's marks. */
static gboolean
quoted_at (const Ctx *c, gsize at, guint before)
{
  guint k = token_from (c, at, before);
  return k < c->n_tokens && c->in_quote[k];
}


/* The index of the person who opens sentence @sent, outside quotes and
 * no possessor ("Lee's car flooded"), whom @pronoun may stand for: the
 * sentence's subject; or the person a source cue that opens the
 * sentence credits, who speaks in it: in "According to Peskov, Putin
 * will meet Witkoff. '...,' he said." the pronoun is Peskov.  G_MAXUINT
 * when no one does. */
static guint
subject_person (const Ctx *c, const PxSentence *sent, guint cue, const char *pronoun)
{
  guint end = sent->first_token + sent->n_tokens;
  guint first = past_dateline (c, sent->first_token, end);
  if (first >= end)
    return G_MAXUINT;
  guint cue_end;
  const Cue *source = cue_match (c, first, end, &cue_end);
  if (source != NULL && source->kind == CUE_SOURCE && cue_end < end
      && person_starts_at (c, cue_end))
    first = cue_end;
  gsize opener = tok (c, first)->span.start;
  /* "Opposition politician Ekuru Aukot, who filed the petition,
   * welcomed the decision": a role or a title before the name. */
  Credit named;
  if (!person_starts_at (c, first)
      && sentence_subject (c, (guint) (sent - c->sentences), &named, NULL) == SUBJECT_NAMED)
    opener = named.span.start;
  guint k = spans_before (c->persons, c->n_persons, opener + 1);
  if (k == 0 || c->persons[k - 1].start != opener || quoted_at (c, opener, cue)
      || !pronoun_fits (c, c->persons[k - 1], pronoun))
    return G_MAXUINT;
  guint after = token_from (c, c->persons[k - 1].end, cue);
  return after < cue && tok (c, after)->kind == PX_TOKEN_POSSESSIVE ? G_MAXUINT : k - 1;
}

/* The person of the @k-th of the persons whom @pronoun may stand for
 * that opens the sentence of the @k-th, or @k: the subject of a sentence
 * is who a pronoun after it stands for more often than a person it names
 * later ("Panahi received the prize from Cate Blanchett and thanked his
 * crew. '...,' he said."). */
static guint
sentence_subject_person (const Ctx *c, guint k, guint cue, const char *pronoun)
{
  const PxSentence *sent = &c->sentences[sentence_of (c, token_from (c, c->persons[k].start,
                                                                     cue))];
  guint subject = subject_person (c, sent, cue, pronoun);
  return subject != G_MAXUINT ? subject : k;
}

/* The index of the last person the entity extractor found that starts
 * in [@from, @before), outside the quotes before the cue at token @cue,
 * whom @pronoun may stand for, at most MAX_LOOK_BACK persons back;
 * G_MAXUINT when none is. */
static guint
last_person_between (const Ctx *c, gsize from, gsize before, guint cue, const char *pronoun)
{
  guint lo = spans_before (c->persons, c->n_persons, before);
  for (guint k = lo; k-- > 0 && c->persons[k].start >= from && lo - k <= MAX_LOOK_BACK;)
    if (!quoted_at (c, c->persons[k].start, cue) && pronoun_fits (c, c->persons[k], pronoun))
      return k;
  return G_MAXUINT;
}

/* "over Donald Trump, whom he called a 'coward'": the person a relative
 * pronoun right before the pronoun at @at follows (a comma perhaps
 * between), in the sentence of the cue at token @cue, into *@person;
 * the subject of a relative clause is someone else than its antecedent.
 * FALSE when no person stands there. */
static gboolean
relative_antecedent (const Ctx *c, guint cue, gsize at, const char *pronoun, PxSpan *person)
{
  guint first = c->sentences[sentence_of (c, cue)].first_token;
  guint p = px_segmentation_token_from (c->seg, at, cue);
  guint a = p > first && tok_in (c, p - 1, SET_RELATIVES) ? p - 1 : 0;
  if (a > first + 1 && tok_is (c, a - 1, ","))
    a--;
  if (a <= first)
    return FALSE;
  gsize end = tok (c, a - 1)->span.end;
  guint k = last_person_between (c, tok (c, first)->span.start, end, cue, pronoun);
  if (k == G_MAXUINT || c->persons[k].end != end)
    return FALSE;
  *person = c->persons[k];
  return TRUE;
}

/* The index of the person found last in [@from, @before) whom @pronoun
 * may stand for (last_person_between ()), or of the one who opens that
 * person's sentence (sentence_subject_person ()); G_MAXUINT when none
 * is. */
static guint
person_before (const Ctx *c, gsize from, gsize before, guint cue, const char *pronoun)
{
  guint k = last_person_between (c, from, before, cue, pronoun);
  return k != G_MAXUINT ? sentence_subject_person (c, k, cue, pronoun) : G_MAXUINT;
}

/* "Marvin Rees defended the cuts. 'We have no choice,' he said.": the
 * person the entity extractor found last before the cue at token @cue,
 * in paragraph @para or the one before, outside quotes, whom @pronoun
 * may stand for, or the one who opens that person's sentence
 * (person_before ()); for a person's pronoun when no one was credited
 * before it. */
static Credit
person_named_before (const Ctx *c, guint cue, guint para, const char *pronoun)
{
  Credit none = { 0 };
  gsize from = px_segmentation_get_paragraph (c->seg, para > 0 ? para - 1 : 0).start;
  guint k = person_before (c, from, tok (c, cue)->span.start, cue, pronoun);
  if (k == G_MAXUINT)
    return none;
  Credit credit = { TRUE, FALSE, c->persons[k], NULL };
  return credit;
}

/* The most tokens a definite description of a person that opens a
 * sentence holds after "the": "The 65-year-old former foreign minister". */
#define PERSON_DESCRIPTION_MAX_TOKENS 9

/* Whether sentence @sent opens, past its dateline, with a definite
 * description of one person: "the", then a few words, the last a
 * person's or a role's noun (is_person_noun (), role_nouns) that a word
 * in lower case follows ("The first American pope met ..."; not "The
 * minister, Takeshi Iwaya, said", nor "The pope's visit"). */
static gboolean
opens_with_description (const Ctx *c, const PxSentence *sent)
{
  guint end = sent->first_token + sent->n_tokens;
  guint first = past_dateline (c, sent->first_token, end);
  if (first + 2 >= end || !tok_is (c, first, "the"))
    return FALSE;
  for (guint j = first + 1; j + 1 < end && j - first <= PERSON_DESCRIPTION_MAX_TOKENS; j++)
    {
      const PxToken *t = tok (c, j);
      if ((is_person_noun (c, j) || tok_in (c, j, SET_ROLE_NOUNS)) && is_lower_word (c, j + 1))
        return TRUE;
      if (t->kind == PX_TOKEN_POSSESSIVE || (t->kind == PX_TOKEN_PUNCT && !tok_is (c, j, "-")))
        return FALSE;
    }
  return FALSE;
}

/* The index of the one person named in sentence @sent outside quotes,
 * whom @pronoun may stand for, when no other is named there: "In El
 * Alto, minibus driver Juan Mamani, 45, was waiting in a fuel line" has
 * no name for subject, yet a "he" after it is Mamani.  G_MAXUINT when
 * none is, or two are, or the one is a possessor ("Varga's farm
 * flooded"). */
static guint
only_person_in (const Ctx *c, const PxSentence *sent, guint cue, const char *pronoun)
{
  gsize from = tok (c, sent->first_token)->span.start;
  gsize end = tok (c, sent->first_token + sent->n_tokens - 1)->span.end;
  guint k = last_person_between (c, from, end, cue, pronoun);
  if (k == G_MAXUINT)
    return G_MAXUINT;
  guint after = token_from (c, c->persons[k].end, cue);
  if (after < c->n_tokens && tok (c, after)->kind == PX_TOKEN_POSSESSIVE)
    return G_MAXUINT;
  guint key = person_key (c, c->persons[k]);
  guint first = spans_before (c->persons, c->n_persons, from);
  if (k - first > MAX_LOOK_BACK)
    return G_MAXUINT;   /* a sentence of many names names no one alone */
  for (guint j = first; j < k; j++)
    if (!quoted_at (c, c->persons[j].start, cue) && person_key (c, c->persons[j]) != key)
      return G_MAXUINT;
  return k;
}

/* The most tokens of a sentence read to tell that it is only a quote:
 * a longer one is taken for one with words of its own. */
#define QUOTE_ONLY_MAX_TOKENS 512

/* Whether sentence @sent holds nothing but quotes, their marks and
 * stops. */
static gboolean
quote_only (const Ctx *c, const PxSentence *sent)
{
  if (sent->n_tokens > QUOTE_ONLY_MAX_TOKENS)
    return FALSE;
  for (guint i = sent->first_token; i < sent->first_token + sent->n_tokens; i++)
    if (!c->in_quote[i] && !c->is_mark[i] && tok (c, i)->kind != PX_TOKEN_PUNCT)
      return FALSE;
  return sent->n_tokens > 0;
}

/* The subject (subject_person ()) of the sentence before the one of the
 * cue at token @cue, in paragraph @para or the one before; where a
 * description of a person opens that sentence (opens_with_description
 * ()), the person it stands for, named before it (person_before ()): in
 * "Pope Leo XIV arrived ... The first American pope met President
 * Erdogan and laid a wreath at the mausoleum of Ataturk. In a speech, he
 * called ..." the pronoun is Leo.  *@opened is where that sentence
 * starts. */
static gboolean
previous_sentence_subject (const Ctx *c, guint cue, guint para, const char *pronoun,
                           PxSpan *person, gsize *opened)
{
  guint si = sentence_of (c, cue);
  if (si == 0)
    return FALSE;
  const PxSentence *sent = &c->sentences[si - 1];
  /* "Juan Mamani, 45, was waiting in a fuel line. '...' He said": a
   * sentence that is only a quote names no one a pronoun may stand for. */
  if (si > 1 && quote_only (c, sent) && sent[-1].paragraph == sent->paragraph)
    sent--;
  gsize opener = tok (c, sent->first_token)->span.start;
  gsize from = px_segmentation_get_paragraph (c->seg, para > 0 ? para - 1 : 0).start;
  guint k = opener >= from ? subject_person (c, sent, cue, pronoun) : G_MAXUINT;
  if (k == G_MAXUINT && opener >= from && opens_with_description (c, sent))
    k = person_before (c, from, opener, cue, pronoun);
  if (k == G_MAXUINT && opener >= from)
    k = only_person_in (c, sent, cue, pronoun);
  if (k == G_MAXUINT)
    return FALSE;
  *person = c->persons[k];
  *opened = opener;
  return TRUE;
}

/* The subject (subject_person ()) of the sentence of the cue at token
 * @cue, named before the cue, unless it is the @antecedent (or NULL) of
 * the relative clause the pronoun opens: "BBC chairman Samir Shah
 * apologised for what he called ..."; *@opened is where that sentence
 * starts. */
static gboolean
own_sentence_subject (const Ctx *c, guint cue, const PxSpan *antecedent, const char *pronoun,
                      PxSpan *person, gsize *opened)
{
  const PxSentence *sent = &c->sentences[sentence_of (c, cue)];
  guint k = subject_person (c, sent, cue, pronoun);
  if (k == G_MAXUINT || c->persons[k].end > tok (c, cue)->span.start)
    return FALSE;
  /* "Donald Trump, whom he called a 'coward', ...". */
  if (antecedent != NULL && antecedent->start == c->persons[k].start)
    return FALSE;
  *person = c->persons[k];
  *opened = tok (c, sent->first_token)->span.start;
  return TRUE;
}

/* The most tokens of a phrase a participle opens a sentence with:
 * "Pointing at the leader of the opposition across the chamber," is 9. */
#define PARTICIPLE_PHRASE_MAX_TOKENS 32

/* Where the phrase that a participle opening @sent makes ends, at its
 * comma, when that comma comes before @at; else @start.  The pronoun
 * after it is the participle's subject, no one the phrase names:
 * "Pointing at Tusk, he shouted" is not Tusk. */
static gsize
participle_phrase_end (const Ctx *c, const PxSentence *sent, gsize start, gsize at)
{
  guint first = sent->first_token, end = first + sent->n_tokens;
  const char *w = c->t + tok (c, first)->span.start;
  gsize len = tok_len (c, first);
  if (!is_upper_word (c, first) || len <= 4 || w[len - 3] != 'i' || w[len - 2] != 'n'
      || w[len - 1] != 'g' || first + 1 >= end || !is_lower_word (c, first + 1))
    return start;
  end = MIN (end, first + PARTICIPLE_PHRASE_MAX_TOKENS);
  for (guint k = first + 2; k < end && tok (c, k)->span.start < at; k++)
    if (tok_is (c, k, ","))
      return tok (c, k)->span.end;
  return start;
}

/* "The programme spliced parts of Trump's speech, making it appear he
 * had urged ...": the last person named in the sentence of the cue at
 * token @cue, before the pronoun at @at and outside quotes, and before
 * the @antecedent (or NULL) of the relative clause the pronoun opens,
 * whom @pronoun may stand for; *@opened is where the sentence starts. */
static gboolean
named_in_own_sentence (const Ctx *c, guint cue, gsize at, const PxSpan *antecedent,
                       const char *pronoun, PxSpan *person, gsize *opened)
{
  const PxSentence *sent = &c->sentences[sentence_of (c, cue)];
  gsize start = tok (c, sent->first_token)->span.start;
  guint k = last_person_between (c, participle_phrase_end (c, sent, start, at),
                                 antecedent != NULL ? antecedent->start : at, cue, pronoun);
  if (k == G_MAXUINT)
    return FALSE;
  *person = c->persons[k];
  *opened = start;
  return TRUE;
}

/* "He said", the pronoun at @at: the last person credited before the
 * cue at token @cue, in paragraph @para or the one before, a body
 * credited being no "he" ("The agency said ... Chief executive Martin
 * Winterkorn apologised. '...,' he said."); with no one credited, the
 * last person named before it.  But the subject of the cue's own
 * sentence, or else the last person that sentence names before the
 * pronoun, or else the subject of the sentence just before, named after
 * whoever was credited, is who the pronoun stands for: "Samir Shah
 * apologised for what he called ...", "... parts of Trump's speech,
 * making it appear he had urged ...", "Frydnes said ... Toshiyuki
 * Mimaki, co-chair of the group, broke down in tears. '...,' he told
 * Kyodo News." */
static Credit
pronoun_referent (const Ctx *c, guint cue, gsize at, guint para, const char *pronoun)
{
  Credit credited = last_person (c, c->mentions.len, para, FALSE, TRUE, pronoun);
  PxSpan subject, relative;
  const PxSpan *antecedent = relative_antecedent (c, cue, at, pronoun, &relative) ? &relative
                                                                                  : NULL;
  gsize opened;
  if ((own_sentence_subject (c, cue, antecedent, pronoun, &subject, &opened)
       || named_in_own_sentence (c, cue, at, antecedent, pronoun, &subject, &opened)
       || previous_sentence_subject (c, cue, para, pronoun, &subject, &opened))
      && (!credited.found || credited.span.end <= opened))
    {
      Credit credit = { TRUE, FALSE, subject, NULL };
      return credit;
    }
  return credited.found ? credited : person_named_before (c, cue, para, pronoun);
}

/* "..., with Israeli Prime Minister Benjamin Netanyahu saying his country
 * was “…”": the name between a word of absolute_openers and the clause
 * cue at token @cue is the cue's subject, not the sentence's.  FALSE when
 * no name stands there. */
static gboolean
with_subject (const Ctx *c, guint cue, guint first, Credit *out, const char *rule)
{
  if (cue < first + 2 || !is_name_word (c, cue - 1))
    return FALSE;
  guint s = name_start (c, cue - 1, first);
  if (s == G_MAXUINT || s <= first || !tok_in (c, s - 1, SET_ABSOLUTE_OPENERS))
    return FALSE;
  *out = name_credit (c, s, cue, first, rule);
  return out->found;
}

/* The body that opens the sentence before the one of the cue at token
 * @cue, past its dateline, its subject; -1 when none does or that
 * sentence starts before @from. */
static gint
body_opening_sentence_before (const Ctx *c, guint cue, gsize from)
{
  guint si = sentence_of (c, cue);
  if (si == 0)
    return -1;
  const PxSentence *sent = &c->sentences[si - 1];
  guint end = sent->first_token + sent->n_tokens;
  guint first = past_dateline (c, sent->first_token, end);
  if (first >= end || tok (c, sent->first_token)->span.start < from)
    return -1;
  gsize at = tok (c, first)->span.start;
  guint k = spans_before (c->bodies, c->n_bodies, at + 1);
  return k > 0 && c->bodies[k - 1].start == at ? (gint) k - 1 : -1;
}

/* "..., the ministry said": the last organisation named before the cue
 * at token @cue, in paragraph @para or the one before, whose name holds
 * the body's @noun ("the Ministry of Health"); for a noun of
 * any_body_nouns ("the company"), the last one named whatever its name,
 * but the subject of the sentence before (body_opening_sentence_before
 * ()) when the cue's own sentence named none: "Microsoft said ... the
 * websites of Alaska Airlines and Starbucks. The company blamed ..." is
 * Microsoft.  Not found when there is none among the last MAX_LOOK_BACK
 * named. */
static Credit
body_named_before (const Ctx *c, guint cue, PxSpan noun, guint para)
{
  Credit none = { 0 };
  gsize from = px_segmentation_get_paragraph (c->seg, para > 0 ? para - 1 : 0).start;
  guint lo = spans_before (c->bodies, c->n_bodies, tok (c, cue)->span.start);
  gint nearest = -1;
  for (guint k = lo; k-- > 0 && c->bodies[k].start >= from && lo - k <= MAX_LOOK_BACK;)
    {
      if (c->bodies[k].end > noun.start)
        continue;   /* the noun's own words */
      if (names_with (c, c->bodies[k], noun))
        {
          Credit credit = { TRUE, FALSE, c->bodies[k], NULL };
          return credit;
        }
      if (nearest < 0)
        nearest = (gint) k;
    }
  guint j = cue;
  while (j > 0 && tok (c, j)->span.start > noun.start)
    j--;   /* a few tokens: subject_before () found the noun near the cue */
  if (nearest < 0 || !tok_in (c, j, SET_ANY_BODY_NOUNS))
    return none;
  gint subject = body_opening_sentence_before (c, cue, from);
  const PxSentence *own = &c->sentences[sentence_of (c, cue)];
  if (subject >= 0 && c->bodies[nearest].start < tok (c, own->first_token)->span.start)
    nearest = subject;
  Credit credit = { TRUE, FALSE, c->bodies[nearest], NULL };
  return credit;
}

/* Whether the name at @span, an indefinite article before it and a word
 * in lower case after it that is no verb of saying, only qualifies the
 * noun the phrase is about: in "A Texas biotech company said ... in what
 * it called" the pronoun stands for the company, which no one named.
 * ("The Kremlin ordered troops to ... what it called": "the" opens the
 * name of the subject as often.) */
static gboolean
qualifies_noun (const Ctx *c, PxSpan span, guint first)
{
  guint k = px_segmentation_token_from (c->seg, span.start, c->n_tokens);
  guint after = px_segmentation_token_from (c->seg, span.end, c->n_tokens);
  return k > first && k < c->n_tokens && tok_in (c, k - 1, SET_INDEFINITES)
         && after < c->n_tokens && is_lower_word (c, after) && !is_verb (c, after);
}

/* "India struck what it called ...": the body or place named last
 * before @pronoun in its sentence, which opens at token @first, when
 * @pronoun is one of thing_pronouns; not found otherwise, and *@unnamed
 * set when that name only qualifies the noun the pronoun stands for
 * (qualifies_noun ()). */
static Credit
thing_named_before (const Ctx *c, PxSpan pronoun, guint first, gboolean *unnamed)
{
  Credit none = { 0 };
  guint k = pronoun.end > pronoun.start ? px_segmentation_token_from (c->seg, pronoun.start,
                                                                      c->n_tokens)
                                        : c->n_tokens;
  if (k >= c->n_tokens || !tok_in (c, k, SET_THING_PRONOUNS))
    return none;
  gsize from = tok (c, first)->span.start;
  const PxSpan *lists[] = { c->bodies, c->places };
  const guint counts[] = { c->n_bodies, c->n_places };
  const PxSpan *best = NULL;
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      guint n = spans_before (lists[l], counts[l], pronoun.start);
      if (n > 0 && lists[l][n - 1].start >= from && lists[l][n - 1].end <= pronoun.start
          && (best == NULL || lists[l][n - 1].start > best->start))
        best = &lists[l][n - 1];
    }
  *unnamed = best != NULL && qualifies_noun (c, *best, first);
  if (best == NULL || *unnamed)
    return none;
  Credit credit = { TRUE, FALSE, *best, NULL };
  return credit;
}

/* The most words between "the" and a role's noun that read as its
 * title: "the Ukrainian president", "the Kremlin spokesman". */
#define ROLE_TITLE_MAX_WORDS 3

/* "the Ukrainian president said" after "Ukrainian President Volodymyr
 * Zelensky", "the president said" after "President Yoweri Museveni": the
 * person whose title holds the words from after "the" through the role's
 * noun at @noun (person_of_title ()), before the last person credited,
 * who may hold another office. */
static Credit
role_of_title (const Ctx *c, PxSpan noun, guint first)
{
  Credit none = { 0 };
  guint j = px_segmentation_token_from (c->seg, noun.start, c->n_tokens);
  if (j >= c->n_tokens || !tok_in (c, j, SET_ROLE_NOUNS))
    return none;
  guint s = j;
  while (s > first && j - s < ROLE_TITLE_MAX_WORDS && !tok_is (c, s - 1, "the")
         && tok (c, s - 1)->kind == PX_TOKEN_WORD)
    s--;
  if (s <= first || !tok_is (c, s - 1, "the"))
    return none;
  return person_of_title (c, (PxSpan) { tok (c, s)->span.start, noun.end }, TRUE);
}

/* Finds the speaker a hit credits. */
static void
credit_hit (Ctx *c, guint hit_index, guint para, guint first, guint end)
{
  Hit *h = hit_at (c, hit_index);
  const char *rule = h->cue->phrase.text;
  Credit credit = { 0 };
  SubjectKind kind = SUBJECT_NONE;
  switch (h->cue->kind)
    {
    case CUE_VERB:
      kind = subject_before (c, h->token, first, &credit, rule);
      /* "..., reported North Korea's official KCNA": after a quote. */
      if (kind == SUBJECT_NONE && h->token > first
          && (c->is_mark[h->token - 1]
              || (tok_is (c, h->token - 1, ",") && h->token - 1 > first
                  && c->is_mark[h->token - 2])))
        kind = phrase_after (c, h->end, end, &credit, rule);
      /* "X welcomed the news but warned that ...": the verb before the
       * "but" is no cue of ours, and the subject is the sentence's. */
      if (kind == SUBJECT_COORD)
        credit = previous_in_sentence (c, hit_index);
      if (kind == SUBJECT_COORD && !credit.found)
        kind = sentence_subject (c, h->sentence, &credit, rule);
      break;
    case CUE_CLAUSE:
      if (with_subject (c, h->token, first, &credit, rule))
        break;
      if ((kind = clause_subject (c, hit_index, first, &credit, rule)) != SUBJECT_NONE)
        break;
      credit = previous_in_sentence (c, hit_index);
      if (!credit.found)
        kind = sentence_subject (c, h->sentence, &credit, rule);
      break;
    case CUE_SOURCE:
      kind = phrase_after (c, h->end, end, &credit, rule);
      credit.source = TRUE;
      break;
    default:
      g_assert_not_reached ();
    }
  if (kind == SUBJECT_ANAPHOR)
    {
      gboolean unnamed = FALSE;
      Credit thing = thing_named_before (c, credit.span, first, &unnamed);
      Credit titled = role_of_title (c, credit.span, first);
      credit = thing.found || unnamed ? thing
               : titled.found ? titled
               : last_person (c, c->mentions.len, para, FALSE, FALSE, NULL);
      if (unnamed)
        kind = SUBJECT_COMMON;
    }
  else if (kind == SUBJECT_PRONOUN)
    {
      /* "he", "she": person_nouns ("the Dutchman") give none. */
      g_autofree char *word = g_ascii_strdown (c->t + credit.span.start,
                                               (gssize) (credit.span.end - credit.span.start));
      const char *pronoun = g_hash_table_contains (c->rules->person_pronouns, word) ? word
                                                                                   : NULL;
      credit = pronoun_referent (c, h->token, credit.span.start, para, pronoun);
      /* "She said" tells who she is for the next pronoun. */
      guint key = credit.found && pronoun != NULL ? person_key (c, credit.span) : 0;
      if (key != 0 && !g_hash_table_contains (c->pronoun_of, GUINT_TO_POINTER (key)))
        g_hash_table_insert (c->pronoun_of, GUINT_TO_POINTER (key),
                             (gpointer) g_intern_string (pronoun));
    }
  else if (kind == SUBJECT_BODY)
    credit = body_named_before (c, h->token, credit.span, para);
  else if (kind == SUBJECT_NAMED)
    {
      /* "the Chief Justice said": the person that title named before. */
      Credit titled = person_of_title (c, credit.span, FALSE);
      if (titled.found)
        credit = titled;
    }
  h->anonymous = kind == SUBJECT_COMMON || (kind == SUBJECT_BODY && !credit.found);
  if (!credit.found)
    return;
  credit.rule = rule;
  h->credit = credit;
  remember (c, &credit, para);
}

/* Finds every cue of every sentence and credits it, in text order. */
static void
find_hits (Ctx *c)
{
  for (guint si = 0; si < c->n_sentences; si++)
    {
      const PxSentence *sent = &c->sentences[si];
      guint end = sent->first_token + sent->n_tokens;
      c->first_mention[si] = c->mentions.len;
      for (guint i = sent->first_token; i < end; i++)
        {
          guint cue_end = 0;
          const Cue *cue = cue_at (c, i, sent->first_token, end, &cue_end);
          if (cue == NULL)
            continue;
          Hit hit = { i, cue_end, si, cue, { 0 }, FALSE };
          records_append (&c->hits, &hit);
          credit_hit (c, c->hits.len - 1, sent->paragraph, sent->first_token, end);
          i = cue_end - 1;
        }
    }
}

/* The first token of the last sentence that starts at or before
 * @offset, or 0: every token before it starts before @offset (tokens
 * lie inside their sentences, in order).  The sentences are some twenty
 * times fewer than the tokens, side by side in memory. */
static guint
sentence_start_before (const Ctx *c, gsize offset)
{
  guint lo = 0, hi = c->n_sentences;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (c->sentences[mid].span.start <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0 || c->sentences[lo - 1].n_tokens == 0)
    return 0;
  return c->sentences[lo - 1].first_token;
}

/* The first token starting at or after @offset (n_tokens if none),
 * looked for from token @from on: the offsets asked about come in text
 * order, so each search goes on from the last answer.  It skips the
 * sentences that start before @offset and walks the tokens of the last
 * one, in the order of memory, which the processor fetches ahead.
 * (Galloping or bisecting the tokens took few steps, but each waited for
 * a line of tokens not read yet; walking every token between two quotes
 * was a tenth of the extractor.)  Should @offset come before token
 * @from, the tokens before it are bisected. */
static guint
token_from (const Ctx *c, gsize offset, guint from)
{
  guint hi = MIN (from, c->n_tokens);
  if (hi == 0 || tok (c, hi - 1)->span.start < offset)
    {
      hi = MAX (hi, sentence_start_before (c, offset));
      while (hi < c->n_tokens && tok (c, hi)->span.start < offset)
        hi++;
      return hi;
    }
  return px_segmentation_token_from (c->seg, offset, hi);
}

/* The sentence holding token @i. */
static guint
sentence_of (const Ctx *c, guint i)
{
  guint lo = 0, hi = c->n_sentences;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;
      if (c->sentences[mid].first_token <= i)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/* The paragraph of token @i. */
static guint
paragraph_of (const Ctx *c, guint i)
{
  return c->sentences[sentence_of (c, i)].paragraph;
}

/* The first hit at or after token @i. */
static guint
hit_from (const Ctx *c, guint i)
{
  guint lo = 0, hi = c->hits.len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (hit_at (c, mid)->token < i)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static gboolean
marks_between (const Ctx *c, guint from, guint to)
{
  for (guint i = from; i < to; i++)
    if (c->is_mark[i])
      return TRUE;
  return FALSE;
}

/* The cue of an attribution that starts at token @start, right after a
 * quote or a comma. */
static Credit
credit_from (const Ctx *c, guint start, gboolean *anonymous)
{
  Credit none = { 0 };
  /* "“...”, while Keir Starmer said": another clause, another speaker;
   * "a “truce”, which Rubio said was fragile": a clause on the quote. */
  if (start < c->n_tokens && tok_in (c, start, SET_CLAUSE_OPENERS | SET_RELATIVES))
    return none;
  guint h = hit_from (c, start);
  if (h >= c->hits.len)
    return none;
  const Hit *hit = hit_at (c, h);
  /* "“...,” Jane Roe, whose husband died in the crash, told the court",
   * "“...,” Paz, the son of former president Jaime Paz Zamora, told
   * supporters": a relative clause or appositives before the verb do
   * not count in the window. */
  guint far = hit->token;
  if (far > start + 1 && tok_is (c, far - 1, ","))
    {
      guint skip = relative_clause_before (c, far - 1, start);
      if (skip == G_MAXUINT)
        skip = appositives_before (c, far - 1, start);
      if (skip != G_MAXUINT)
        far = skip;
    }
  /* "including “The Shieling”, were translated. Jane Roe called": a cue
   * of the next sentence is none of the quote's. */
  if (far > start + c->rules->after_quote_window || marks_between (c, start, hit->token)
      || hit->sentence != sentence_of (c, start))
    return none;
  if (hit->cue->kind == CUE_CLAUSE || (hit->cue->kind == CUE_SOURCE && hit->token != start))
    return none;
  *anonymous = hit->anonymous;
  return hit->credit;
}

/* "...," he said; "...," said X; "...," according to X.  *@anonymous:
 * the cue there has a common noun for subject, and credits no one ("...,"
 * the company said). */
/* The last character of the words quoted by @f, past the closing marks
 * of a quote inside it: in "“My first reaction was, ‘This is too
 * beautiful,’” Dr. Drago said" the quote ends in a comma. */
static char
last_said (const Ctx *c, const Found *f)
{
  gsize end = f->inner.end;
  while (end > f->inner.start + 1 && (c->t[end - 1] == '\'' || c->t[end - 1] == '"'))
    end--;
  return c->t[end - 1];
}

static Credit
credit_after (const Ctx *c, const Found *f, guint open, gboolean *anonymous)
{
  Credit none = { 0 };
  *anonymous = FALSE;
  if (f->close == G_MAXSIZE)
    return none;
  guint a = token_from (c, f->close + 1, open);
  /* "'...?' [new paragraph] Vice President Sara Duterte called": a
   * paragraph's end after the closing mark (the token before @a; a quote
   * over paragraphs opens in an earlier one) ends the attribution. */
  if (a >= c->n_tokens || paragraph_of (c, a) != paragraph_of (c, a - 1))
    return none;
  char last = last_said (c, f);
  gboolean comma_after = tok_is (c, a, ",");
  if (!comma_after && last != ',' && last != '!' && last != '?')
    return none;
  return credit_from (c, a + (comma_after ? 1 : 0), anonymous);
}

/* Whether the quote ends in "!" or "?" with no comma after its closing
 * mark, and so may end its sentence: a cue before it in its sentence
 * credits it before one after it, which may open the next ("Orban
 * congratulated Wilders, writing that 'the winds of change are here!'
 * French far-right leader Marine Le Pen also welcomed the result."),
 * while "'Stop!' shouted the guard" has none before. */
static gboolean
exclaimed (const Ctx *c, const Found *f, guint open)
{
  char last = last_said (c, f);
  if (f->close == G_MAXSIZE || (last != '!' && last != '?'))
    return FALSE;
  guint a = token_from (c, f->close + 1, open);
  return a >= c->n_tokens || !tok_is (c, a, ",");
}

/* A word of the verbs list ("called"). */
static gboolean
is_verb (const Ctx *c, guint i)
{
  guint end = 0;
  const Cue *cue = cue_match (c, i, i + 1, &end);
  return cue != NULL && cue->kind == CUE_VERB;
}

/* Whether what follows @hit's cue up to @end, its sentence's end, is no
 * clause of what was said, only where or to whom: "Anwar said, after
 * five days of fighting", "Nunez told France Inter radio", not "Rubio
 * said the deal was dead" or "said Moscow was ready". */
static gboolean
ends_report (const Ctx *c, const Hit *hit, guint end)
{
  for (guint i = hit->end; i < end; i++)
    {
      if (i - hit->end > c->rules->after_quote_window)
        return FALSE;
      gboolean boundary = tok (c, i)->kind == PX_TOKEN_PUNCT
                          && (i + 1 == end || !tok (c, i + 1)->joined);
      if (boundary || (tok_in (c, i, SET_AFTER_SPEAKER) && !tok_in (c, i, SET_DETERMINERS)))
        return TRUE;
      if (tok_in (c, i, SET_CLAUSE_WORDS | SET_DETERMINERS | SET_PRONOUNS | SET_RELATIVES)
          || is_verb (c, i))
        return FALSE;
    }
  return TRUE;
}

/* The cue of an attribution that ends the quote's sentence after a comma
 * ("agreed to an 'immediate' ceasefire from midnight, Anwar Ibrahim
 * said, after five days of fighting"): the sentence is its speaker's
 * report, quotes and all. */
static Credit
credit_at_sentence_end (const Ctx *c, const Found *f, guint open, guint si, gboolean *anonymous)
{
  Credit none = { 0 };
  *anonymous = FALSE;
  if (f->close == G_MAXSIZE)
    return none;
  guint a = token_from (c, f->close + 1, open);
  const PxSentence *sent = px_segmentation_get_sentence (c->seg, si);
  guint h = hit_from (c, sent->first_token + sent->n_tokens);
  if (a >= c->n_tokens || h == 0 || hit_at (c, h - 1)->token <= a)
    return none;
  const Hit *last = hit_at (c, h - 1);
  guint stop = sent->first_token + sent->n_tokens;
  /* "..., according to Defense Secretary Pete Hegseth, who said the Army
   * had opened its own investigation": a relative clause on the speaker
   * says more, and the report ends before it. */
  if (h >= 2 && last->token > a + 2 && tok_in (c, last->token - 1, SET_PERSON_RELATIVES)
      && tok_is (c, last->token - 2, ",") && hit_at (c, h - 2)->token > a
      && hit_at (c, h - 2)->sentence == si)
    {
      stop = last->token - 2;
      last = hit_at (c, h - 2);
    }
  if (!ends_report (c, last, stop))
    return none;
  for (guint i = last->token; i > a && last->token - i <= c->rules->after_quote_window; i--)
    if (tok_is (c, i - 1, ","))
      return credit_from (c, i, anonymous);
  return none;
}

/* Whether a comma stands between @from and @to but right at @from:
 * "wrote two memoirs, 'Reading the News'" names the memoir after its
 * noun, where "said, 'Fake News'" quotes the verb's subject. */
static gboolean
comma_after_object (const Ctx *c, guint from, guint to)
{
  for (guint i = from + 1; i < to; i++)
    if (tok_is (c, i, ","))
      return TRUE;
  return FALSE;
}

/* The nearest cue before the quote in its sentence; a name in quotes only
 * from a cue right before it, with no comma after the verb's object
 * between (comma_after_object ()). */
static Credit
credit_before (const Ctx *c, guint open, guint sentence, gboolean name_term)
{
  Credit none = { 0 };
  guint from = hit_from (c, open);
  for (guint h = from; h-- > 0 && from - h <= MAX_LOOK_BACK;)
    {
      const Hit *hit = hit_at (c, h);
      if (hit->sentence != sentence)
        break;
      if (name_term)
        {
          if (hit->end > open || open - hit->end > c->rules->name_term_max_distance
              || marks_between (c, hit->end, open) || comma_after_object (c, hit->end, open))
            return none;
          return hit->credit;
        }
      if (hit->credit.found)
        return hit->credit;
      /* "X called for an inquiry, and a museum director said it was
       * '...'": someone unnamed said it, not X. */
      if (hit->anonymous)
        return none;
    }
  return none;
}

/* Words of the quote, and whether it reads as a statement or as a name. */
static void
classify_quote (const Ctx *c, const Found *f, guint open, PxQuoteKind *kind,
                gboolean *name_term)
{
  guint words = 0, clause = 0, lower = 0, minor = 0, shouted = 0;
  for (guint i = token_from (c, f->inner.start, open);
       i < c->n_tokens && tok (c, i)->span.end <= f->inner.end; i++)
    {
      const PxToken *t = tok (c, i);
      if (t->kind != PX_TOKEN_WORD && t->kind != PX_TOKEN_NUMBER)
        continue;
      gboolean piece = i > 0 && t->joined && tok_is (c, i - 1, "-");
      if (!piece)
        words++;
      clause += tok_in (c, i, SET_CLAUSE_WORDS) || is_verb (c, i);
      /* A number is no word in lower case: "a “60 Minutes” interview"
       * names the programme. */
      lower += !piece && t->kind == PX_TOKEN_WORD && !is_upper_word (c, i);
      shouted += !piece && is_capitals_word (c, i);
      minor += !piece && !is_upper_word (c, i)
               && px_lexicon_contains (c->rules->title_minor_words, c->t + t->span.start,
                                       t->span.end - t->span.start);
    }
  char last = last_said (c, f);
  gboolean sentence = g_unichar_isupper (g_utf8_get_char (c->t + f->inner.start))
                      && strchr (".!?,", last) != NULL;
  /* "Anatomy of a Fall,": a work's title, in title case, says nothing;
   * nor does one with a verb ("It Was Just an Accident"), unless it ends
   * as a sentence does. */
  gboolean title = (clause == 0 || strchr (".!?", last) == NULL) && lower == minor
                   && words > minor + 1
                   && is_upper_word (c, token_from (c, f->inner.start, open));
  gboolean statement = !title
                       && (words >= c->rules->statement_min_words
                           || (words >= c->rules->clause_min_words && clause > 0)
                           || (words >= c->rules->sentence_min_words && sentence));
  *kind = statement ? PX_QUOTE_STATEMENT : PX_QUOTE_TERM;
  /* "had shown “ZERO GRATITUDE.”": words all in capitals are shouted,
   * no name, when there are more than one. */
  *name_term = !statement && lower == minor && words > 0
               && words <= c->rules->name_term_max_words && !(words > 1 && shouted == words);
}

/* The most marks read on either side of a work's title's opening mark:
 * "the film “‘Titanic’”" has two, a run of marks no title. */
#define WORK_MAX_MARKS 3

/* Whether the term whose first token at or after its opening mark is
 * @open follows one of work_nouns in its sentence (from @first), a comma
 * perhaps between, and opens with a capital: "the 1997 film 'Titanic'",
 * "her album, 'Renaissance'," quote a work's title, no one's words;
 * "called parts of the book 'alarmist'" quotes the caller. */
static gboolean
titles_a_work (const Ctx *c, guint open, guint first)
{
  guint inner = open;
  while (inner < c->n_tokens && inner - open < WORK_MAX_MARKS && c->is_mark[inner])
    inner++;
  if (inner == c->n_tokens || !is_upper_word (c, inner))
    return FALSE;
  guint j = open;
  while (j > first && open - j < WORK_MAX_MARKS && c->is_mark[j - 1])
    j--;
  if (j > first && tok_is (c, j - 1, ","))
    j--;
  if (j == first || !is_lower_word (c, j - 1))
    return FALSE;
  const PxToken *t = tok (c, j - 1);
  return px_lexicon_contains (c->rules->work_nouns, c->t + t->span.start,
                              t->span.end - t->span.start);
}

/* "Hidalgo: 'Because the air was killing Parisians.'": in an interview's
 * transcript, a person's name that opens the sentence, a colon and the
 * quote (@open: its first token, or its mark) credit that person. */
static Credit
credit_by_colon (const Ctx *c, guint open, guint sentence)
{
  Credit none = { 0 };
  guint first = px_segmentation_get_sentence (c->seg, sentence)->first_token;
  guint j = open;
  while (j > first && c->is_mark[j - 1])
    j--;
  if (j < first + 2 || !tok_is (c, j - 1, ":"))
    return none;
  gsize start = tok (c, first)->span.start, end = tok (c, j - 2)->span.end;
  guint k = spans_before (c->persons, c->n_persons, start + 1);
  if (k == 0 || c->persons[k - 1].start != start || c->persons[k - 1].end != end)
    return none;
  return name_credit (c, first, j - 1, first, "colon");
}

/* Whether the last cue before sentence @si stands in the sentence right
 * before it, in its paragraph, and credits no one the rules can tell, or
 * a quote of that sentence went to no one so: in "“...,” the camp said
 * in a statement. “We are praying for them.”" the second quote goes on
 * from the camp, not from a speaker before it, and in "“...,” one
 * analyst said, noting that Beijing has urged ... “Nobody can model it.”"
 * from the analyst, not Beijing. */
static gboolean
goes_on_from_unnamed (const Ctx *c, guint si)
{
  if (si == 0 || c->sentences[si - 1].paragraph != c->sentences[si].paragraph)
    return FALSE;
  if (c->unnamed_sentence == si - 1)
    return TRUE;
  guint h = hit_from (c, c->sentences[si].first_token);
  return h > 0 && hit_at (c, h - 1)->sentence == si - 1 && hit_at (c, h - 1)->anonymous;
}

/* "“We heard the explosions all night.” She said she had left her
 * buffalo behind": a quote that is its whole sentence is the speaker's
 * whom the next sentence of its paragraph opens with, a person's pronoun
 * or a name right before a speech verb; the pronoun stands for whom it
 * stands for there (credit_hit ()). */
static Credit
credit_by_next_sentence (const Ctx *c, const Found *f, guint open, guint si)
{
  Credit none = { 0 };
  if (f->close == G_MAXSIZE || si + 1 >= c->n_sentences
      || c->sentences[si + 1].paragraph != c->sentences[si].paragraph)
    return none;
  guint first = c->sentences[si + 1].first_token;
  for (guint a = token_from (c, f->close + 1, open); a < first; a++)
    if (tok (c, a)->kind != PX_TOKEN_PUNCT)
      return none;
  guint h = hit_from (c, first);
  if (h >= c->hits.len)
    return none;
  const Hit *hit = hit_at (c, h);
  if (hit->sentence != si + 1 || hit->cue->kind != CUE_VERB || !hit->credit.found
      || hit->token == first)
    return none;
  gboolean pronoun = hit->token == first + 1 && tok_in (c, first, SET_PERSON_PRONOUNS);
  gboolean named = hit->credit.span.start == tok (c, first)->span.start
                   && hit->credit.span.end == tok (c, hit->token - 1)->span.end;
  return pronoun || named ? hit->credit : none;
}

/* @open: the first token at or after the opening mark. */
static PxQuote *
make_quote (Ctx *c, const Found *f, guint open)
{
  PxQuote *q = g_new (PxQuote, 1);   /* calloc () would bypass malloc's cache */
  *q = (PxQuote) { 0 };
  q->span = f->inner;
  gboolean name_term = FALSE;
  classify_quote (c, f, open, &q->kind, &name_term);
  if (open >= c->n_tokens)
    return q;
  guint si = sentence_of (c, open);
  const PxSentence *sent = px_segmentation_get_sentence (c->seg, si);
  gboolean anonymous = FALSE;
  if (q->kind == PX_QUOTE_TERM && titles_a_work (c, open, sent->first_token))
    {
      q->speaker.start = q->speaker.end = f->inner.start;
      return q;
    }
  /* A term right after its verb is that verb's subject's, whatever cue
   * follows: "the Institute, which called parts of the book 'alarmist',
   * Raman said". */
  Credit credit = q->kind == PX_QUOTE_TERM ? credit_before (c, open, si, TRUE) : (Credit) { 0 };
  gboolean before_first = exclaimed (c, f, open);
  if (!credit.found && before_first)
    credit = credit_before (c, open, si, name_term);
  if (!credit.found)
    credit = credit_after (c, f, open, &anonymous);
  if (!credit.found && !before_first)
    credit = credit_before (c, open, si, name_term);
  if (!credit.found && !anonymous && !name_term)
    credit = credit_at_sentence_end (c, f, open, si, &anonymous);
  if (!credit.found && !anonymous)
    credit = credit_by_colon (c, open, si);
  if (!credit.found && !anonymous && !name_term && open == sent->first_token)
    credit = credit_by_next_sentence (c, f, open, si);
  if (!credit.found && !anonymous && !name_term && open == sent->first_token
      && !goes_on_from_unnamed (c, si))
    {
      /* A quote that opens its sentence without a cue goes on from the
       * last one credited; one whose cue names no one the rules can
       * tell ("...," the company said) is no one's we know, and a name
       * or a title in title case ("No Other Land," made by ..., won)
       * goes on from no one. */
      credit = last_person (c, c->first_mention[si], sent->paragraph, TRUE, FALSE, NULL);
      credit.rule = "continuation";
    }
  if (credit.found)
    {
      q->speaker = credit.span;
      q->rule = credit.rule;
    }
  else
    q->speaker.start = q->speaker.end = f->inner.start;
  if (!credit.found && anonymous)
    c->unnamed_sentence = si;
  return q;
}

/* The most tokens between the halves of a quote that its attribution
 * splits: "“...,” the Uganda-born mayor-elect said, “...”". */
#define SPLIT_MAX_TOKENS 12

/* Whether the quote whose opening mark is token @open goes on the quote
 * @before, in its sentence, over an attribution alone: @before ends in
 * a comma, a speech verb stands between them, and a comma right before
 * @open.  The halves are one quote, one speaker's, whoever the
 * attribution leaves it to. */
static gboolean
second_half (const Ctx *c, const Found *before, guint open)
{
  if (before->close == G_MAXSIZE || before->inner.end == before->inner.start
      || last_said (c, before) != ',' || open < 2 || open >= c->n_tokens
      || !c->is_mark[open])
    return FALSE;
  guint a = token_from (c, before->close + 1, open);
  if (a >= open || open - a > SPLIT_MAX_TOKENS || !tok_is (c, open - 1, ",")
      || sentence_of (c, a) != sentence_of (c, open) || marks_between (c, a, open))
    return FALSE;
  guint h = hit_from (c, a);
  return h < c->hits.len && hit_at (c, h)->token < open && hit_at (c, h)->cue->kind == CUE_VERB;
}

/* The one pronoun whose list of @lists holds @word, in lower case, or
 * NULL: none does, or lists of two pronouns do. */
static const char *
listed_pronoun (const GPtrArray *lists, const char *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);
  const char *found = NULL;
  for (guint i = 0; i < lists->len; i++)
    {
      const NameList *l = lists->pdata[i];
      if (px_lexicon_contains (l->names, lower, strlen (lower)))
        {
          if (found != NULL && found != l->pronoun)
            return NULL;
          found = l->pronoun;
        }
    }
  return found;
}

/* The pronoun the given name @first of a name whose next word starts at
 * @rest gives (pronoun_given_names), or NULL.  Only a word of four
 * letters or more before a word with no hyphen: "Li Qiang", "Moon
 * Jae-in" open with a family name, which may look like a given name. */
static const char *
given_name_pronoun (const Ctx *c, const char *first, const char *rest, gsize rest_len)
{
  if (strlen (first) < 4 || memchr (rest, '-', rest_len) != NULL)
    return NULL;
  return listed_pronoun (c->rules->name_lists, first);
}

/* Fills @c's pronoun_of from the honorifics and given names opening the
 * persons' names (pronoun_honorifics: "Mr Justice Swift" is no "she";
 * pronoun_given_names: nor is "Thomas Zurbuchen"); "" for a person given
 * two.  Then from a given name that is a person's whole name, for one no
 * longer name gave a pronoun: "his daughter Veronica" is no "he". */
static void
note_known_pronouns (Ctx *c)
{
  for (guint k = 0; k < c->n_persons; k++)
    {
      PxSpan span = c->persons[k];
      const char *space = memchr (c->t + span.start, ' ', span.end - span.start);
      if (space == NULL)
        continue;
      g_autofree char *first = g_strndup (c->t + span.start, (gsize) (space - (c->t + span.start)));
      const char *pronoun = listed_pronoun (c->rules->honorific_lists, first);
      if (pronoun == NULL)
        {
          const char *rest = space + 1;
          const char *next = memchr (rest, ' ', c->t + span.end - rest);
          pronoun = given_name_pronoun (c, first, rest,
                                        (gsize) ((next != NULL ? next : c->t + span.end) - rest));
        }
      if (pronoun == NULL)
        continue;
      gpointer key = GUINT_TO_POINTER (person_key (c, span));
      const char *had = g_hash_table_lookup (c->pronoun_of, key);
      g_hash_table_insert (c->pronoun_of, key,
                           (gpointer) (had == NULL || had == pronoun ? pronoun : ""));
    }
  for (guint k = 0; k < c->n_persons; k++)
    {
      PxSpan span = c->persons[k];
      gpointer key = GUINT_TO_POINTER (person_key (c, span));
      if (memchr (c->t + span.start, ' ', span.end - span.start) != NULL
          || g_hash_table_contains (c->pronoun_of, key))
        continue;
      g_autofree char *word = g_strndup (c->t + span.start, span.end - span.start);
      const char *pronoun = given_name_pronoun (c, word, "", 0);
      if (pronoun != NULL)
        g_hash_table_insert (c->pronoun_of, key, (gpointer) pronoun);
    }
}

/* Whether @f lies inside a person's name, a nickname's marks: "Margaret
 * "Maggie" Chen" quotes no one.  @persons by start. */
static gboolean
inside_a_name (const Found *f, const PxSpan *persons, guint n_persons)
{
  guint lo = 0, hi = n_persons;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (persons[mid].start < f->open)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo > 0 && f->close != G_MAXSIZE && f->close < persons[lo - 1].end;
}

/* Drops from @found the quotes inside_a_name (). */
static void
drop_nicknames (GArray *found, const PxNamedSpans *named)
{
  guint kept = 0;
  for (guint k = 0; k < found->len; k++)
    {
      const Found *f = &g_array_index (found, Found, k);
      if (!inside_a_name (f, named->persons, named->n_persons))
        g_array_index (found, Found, kept++) = *f;
    }
  g_array_set_size (found, kept);
}

static void
quote_free (PxQuote *q)
{
  g_free (q);
}

GPtrArray *
px_extract_quotes (const PxQuoteRules *rules, const PxText *text, const PxSegmentation *seg,
                   const PxNamedSpans *named)
{
  g_return_val_if_fail (rules != NULL && text != NULL && seg != NULL, NULL);
  static const PxNamedSpans nothing_named = { NULL, 0, NULL, 0, NULL, NULL, 0, NULL, 0, NULL, 0 };
  if (named == NULL)
    named = &nothing_named;
  GPtrArray *out = g_ptr_array_new_full (32, (GDestroyNotify) quote_free);
  g_autoptr(GArray) marks = array_new (sizeof (gsize));
  g_autoptr(GArray) found = find_quotes (rules, text, seg, marks);
  drop_nicknames (found, named);
  if (found->len == 0)
    return out;

  guint n_tokens = px_segmentation_n_tokens (seg);
  guint n_sentences = px_segmentation_n_sentences (seg);
  Ctx c = { rules, px_text_get_normalized (text, NULL), seg,
            n_tokens > 0 ? px_segmentation_get_token (seg, 0) : NULL, n_tokens,
            n_sentences > 0 ? px_segmentation_get_sentence (seg, 0) : NULL, n_sentences,
            NULL, NULL, { 0 }, { 0 }, NULL,
            named->bodies, named->n_bodies, named->persons, named->n_persons,
            named->person_entities, named->places, named->n_places, named->times,
            named->n_times, named->peoples, named->n_peoples, NULL, G_MAXUINT };
  g_autoptr(GHashTable) pronoun_of = g_hash_table_new (g_direct_hash, g_direct_equal);
  c.pronoun_of = pronoun_of;
  note_known_pronouns (&c);
  Hit hit_room[ROOM_RECORDS];
  Mention mention_room[ROOM_RECORDS];
  records_init (&c.hits, hit_room, sizeof hit_room, sizeof (Hit));
  records_init (&c.mentions, mention_room, sizeof mention_room, sizeof (Mention));
  /* The per-sentence and per-token arrays are one block, on the stack
   * for most articles: a calloc () apiece cost as much as the pass that
   * fills them (glibc's calloc () skips malloc's cache of freed blocks,
   * and its misses swept the fast bins). */
  guint on_stack[STACK_SCRATCH_WORDS];
  gsize words = (n_sentences + 1)
                + (2 * ((gsize) n_tokens + 1) + sizeof (guint) - 1) / sizeof (guint);
  g_autofree guint *on_heap = words > STACK_SCRATCH_WORDS ? g_new (guint, words) : NULL;
  guint *scratch = on_heap != NULL ? on_heap : on_stack;
  memset (scratch, 0, words * sizeof (guint));
  c.first_mention = scratch;
  c.is_mark = (guint8 *) (scratch + n_sentences + 1);
  c.in_quote = c.is_mark + n_tokens + 1;
  /* Marks and quotes are in text order: each pass walks the tokens once
   * (token_from ()). */
  guint near = 0;
  for (guint k = 0; k < marks->len; k++)
    {
      gsize offset = g_array_index (marks, gsize, k);
      guint i = near = token_from (&c, offset, near);
      if (i < c.n_tokens && tok (&c, i)->span.start == offset)
        c.is_mark[i] = 1;
    }
  near = 0;
  for (guint k = 0; k < found->len; k++)
    {
      const Found *f = &g_array_index (found, Found, k);
      near = token_from (&c, f->inner.start, near);
      for (guint i = near;
           i < c.n_tokens && tok (&c, i)->span.start < f->inner.end && !c.in_quote[i]; i++)
        c.in_quote[i] = 1;
    }
  find_hits (&c);
  near = 0;
  for (guint k = 0; k < found->len; k++)
    {
      const Found *f = &g_array_index (found, Found, k);
      near = token_from (&c, f->open, near);
      PxQuote *q = make_quote (&c, f, near);
      if (k > 0 && q->rule == NULL && q->speaker.start == q->speaker.end
          && second_half (&c, &g_array_index (found, Found, k - 1), near))
        {
          const PxQuote *first = out->pdata[out->len - 1];
          q->speaker = first->speaker;
          q->rule = first->rule;
        }
      g_ptr_array_add (out, q);
    }

  records_clear (&c.hits);
  records_clear (&c.mentions);
  return out;
}
