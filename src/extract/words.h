/* words.h: private to src/extract; the words of the date, quote and
 * number rules in one table, and what it makes of each token.
 *
 * Each of the three extractors keeps its own table of its rules' words
 * (dates' lexicon and literals, quotes' cues and word sets, numbers'
 * number words and units), and alone looks a token up there.  Run
 * together, they would look each token up three times; instead
 * px_extract_words () looks it up once, by the hash segmentation gave it,
 * in a table of every word of the three, and keeps per token the index of
 * a record of what each extractor's table holds for that word.  The
 * extractors' *_classified () functions read that record instead of their
 * table: the same answer, so the same output.
 *
 * The record of a word holds, per extractor, 1 + the index of the word's
 * slot or entry in that extractor's own table (0: not there).  Dates also
 * look "Jan." up as "jan"; the index holds "jan." for every lexicon word
 * "jan" so that its record says which stem it has.  Built once from the
 * three rules, which it borrows; read-only afterwards.
 */
#pragma once

#include "extract/extract.h"
#include "extract/word-filter.h"

G_BEGIN_DECLS

/* What the three rules' tables hold for one word: 1 + an index into
 * each (0: none).  Record 0 is every token no rules' word is. */
typedef struct {
  guint16 date;          /* the slot in the dates' words */
  guint16 date_stem;     /* "jan." only: the slot of "jan", a lexicon word */
  guint16 quote;         /* the quotes' entry */
  guint16 number;        /* the numbers' entry */
} PxTokenWord;

/* A word of the table, 24 bytes: what a lookup reads to find and compare
 * it, its text only past its eighth byte. */
typedef struct {
  guint64 head;          /* px_word_head () of the word */
  guint32 hash;          /* px_word_hash () */
  guint16 len;
  guint16 code;          /* its record; 0: the slot is empty */
  const char *key;       /* lowercase, in keys */
} PxWordIndexSlot;

struct _PxWordIndex {
  const PxDateRules *dates;      /* borrowed */
  const PxQuoteRules *quotes;    /* borrowed */
  const PxNumberRules *numbers;  /* borrowed */
  GStringChunk *keys;            /* owned: the words */
  PxWordIndexSlot *slots;        /* owned: open addressing, at most half full */
  guint mask;
  PxWordFilter filter;           /* of the words: most tokens need no probe */
  guint16 single[256];           /* the one-byte words (",", "a") by their
                                    folded byte: a sixth of all tokens,
                                    found without a probe */
  GArray *records;               /* owned PxTokenWord; [0] is no word */
};

struct _PxTokenWords {
  const PxWordIndex *index;      /* borrowed */
  const PxTokenWord *records;    /* borrowed from index */
  guint n_tokens;                /* of the segmentation classified last */
  guint room;                    /* codes' length */
  guint16 *codes;                /* per token of the segmentation: its
                                    record; in the same block as the struct
                                    from px_token_words_new (), else the
                                    caller's */
  gboolean filled;               /* FALSE: the first extractor given it
                                    fills it (dates as they read the tokens) */
};

/* @words, to be filled for @n tokens by @index. */
static inline void
px_token_words_start (PxTokenWords *words, const PxWordIndex *index, guint n)
{
  words->index = index;
  words->records = (const PxTokenWord *) (gconstpointer) index->records->data;
  words->n_tokens = n;
}

/* Whether the @len bytes at @s, folded, are word @w's (@len ≥ 2).  Where
 * the text goes on for eight bytes, they are read and folded at once. */
static inline gboolean
px_word_index_same (const PxWordIndexSlot *w, const char *s, gsize len, const char *end)
{
  if (len > 8 || s + 8 > end)
    return px_word_same (w->head, w->key, s, len);
  guint64 x;
  memcpy (&x, s, 8);
  x = px_segment_fold8 (GUINT64_FROM_LE (x));
  if (len < 8)
    x &= (G_GUINT64_CONSTANT (1) << (8 * len)) - 1;
  return x == w->head;
}

/* The record of token @t of the text @s to @end, 0 when no rules' word. */
static inline guint16
px_word_index_code (const PxWordIndex *index, const char *s, const char *end, const PxToken *t)
{
  gsize len = t->span.end - t->span.start;
  const char *p = s + t->span.start;
  if (len == 1)
    return index->single[(guint8) px_word_fold (p[0])];
  if (!px_word_filter_may_hold_token (&index->filter, t))
    return 0;
  for (guint i = t->hash & index->mask;; i = (i + 1) & index->mask)
    {
      const PxWordIndexSlot *w = &index->slots[i];
      if (w->code == 0)
        return 0;
      if (w->hash == t->hash && w->len == len && px_word_index_same (w, p, len, end))
        return w->code;
    }
}

/* Checks that @words may be read for @seg's tokens by @rules' extractor
 * (@of_index: the rules @index was built from), filling it when empty.
 * FALSE on a programmer's error (reported). */
G_GNUC_INTERNAL gboolean px_token_words_ready (PxTokenWords *words, const PxWordIndex *index,
                                               gconstpointer rules, gconstpointer of_index,
                                               const PxText *text, const PxSegmentation *seg,
                                               gboolean fill);

/* Classifies the tokens of @seg into @words, whose codes have room for
 * them all (px_extract () keeps most articles' on its stack). */
G_GNUC_INTERNAL void px_token_words_fill (PxTokenWords *words, const PxWordIndex *index,
                                          const PxText *text, const PxSegmentation *seg);

/* What the rules' words make of token @i of the segmentation. */
static inline const PxTokenWord *
px_token_words_at (const PxTokenWords *words, guint i)
{
  return &words->records[words->codes[i]];
}

/* The rules @words was classified by (borrowed). */
G_GNUC_INTERNAL const PxDateRules   *px_word_index_dates   (const PxWordIndex *index);
G_GNUC_INTERNAL const PxQuoteRules  *px_word_index_quotes  (const PxWordIndex *index);
G_GNUC_INTERNAL const PxNumberRules *px_word_index_numbers (const PxWordIndex *index);

typedef enum {
  PX_WORD_OF_DATES,
  PX_WORD_OF_DATES_STEM,   /* the key is a lexicon word; "<key>." has it as its stem */
  PX_WORD_OF_QUOTES,
  PX_WORD_OF_NUMBERS,
} PxWordOf;

/* Called with every word (@len bytes at @key, lowercase) of a rules'
 * table and its slot or entry @index there. */
typedef void (*PxWordVisit) (const char *key, gsize len, PxWordOf of, guint index,
                             gpointer data);

G_GNUC_INTERNAL void px_date_rules_visit_words   (const PxDateRules *rules, PxWordVisit visit,
                                                  gpointer data);
G_GNUC_INTERNAL void px_quote_rules_visit_words  (const PxQuoteRules *rules, PxWordVisit visit,
                                                  gpointer data);
G_GNUC_INTERNAL void px_number_rules_visit_words (const PxNumberRules *rules, PxWordVisit visit,
                                                  gpointer data);

G_END_DECLS
