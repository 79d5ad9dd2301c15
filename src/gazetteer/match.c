/* match.c: finding a gazetteer's names in a text.
 *
 * What is matched is defined position by position: a name is tried at a
 * text position as a tokenizer started there reads it, leftmost-longest,
 * and after a failed try the next position is the end of the token tried
 * (see px_gazetteer_match).  Nearly always that position is where the
 * next token of the text's own token chain starts, and a tokenizer
 * started there reads that same token.  So the text is read a block of
 * tokens at a time into a flat array, in one tight pass; a second pass
 * asks the filters about each and fetches the trie slots of those they
 * let through; and the matcher goes over the array token by token.
 * The position logic is kept for the few places where a tokenizer
 * started at the position reads otherwise than the chain: at a
 * possessive, whose apostrophe starts no possessive there, and inside a
 * token, where a try of a longer name ended or a kind of character no
 * name starts with was skipped. */
#include "config.h"

#include <string.h>

#include "gazetteer/gazetteer-private.h"

/* ### The case of a surface */

/* Whether the surface's first letter is a capital: px_gazetteer_case's
 * @capital, without reading the rest of it when it starts with an ASCII
 * letter, as nearly every name found does. */
static gboolean
starts_capitalised (const char *text, PxSpan span)
{
  guchar b = (guchar) text[span.start];
  if (g_ascii_isalpha (b))
    return g_ascii_isupper (b);
  gboolean capital, all_caps;
  px_gazetteer_case (text + span.start, span.end - span.start, &capital, &all_caps);
  return capital;
}

/* Whether the surface's case allows a name with @flags. */
static gboolean
case_allows (const char *text, PxSpan span, guint32 flags)
{
  if (!(flags & (PXG_NAME_CAPITAL | PXG_NAME_ALL_CAPS)))
    return TRUE;
  if (!(flags & PXG_NAME_ALL_CAPS))
    return starts_capitalised (text, span);
  gboolean capital, all_caps;
  px_gazetteer_case (text + span.start, span.end - span.start, &capital, &all_caps);
  if ((flags & PXG_NAME_ALL_CAPS) && !all_caps)
    return FALSE;
  return capital || !(flags & PXG_NAME_CAPITAL);
}

/* The first of the shared names of @node, or t->n_more_names. */
static guint32
first_more_name (const PxgTables *t, guint32 node)
{
  guint32 lo = 0, hi = t->n_more_names;
  while (lo < hi)
    {
      guint32 mid = lo + (hi - lo) / 2;
      if (t->more_names[mid].node < node)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The first name ending at @node that the surface's case allows. */
static const PxgPayload *
accepted_payload (const PxgTables *t, guint32 node, const char *text, PxSpan span)
{
  const PxgPayload *first = &t->node_names[node];
  if (first->entity == PX_NO_ENTITY)
    return NULL;
  if (case_allows (text, span, first->flags))
    return first;
  if (!(first->flags & PXG_NAME_MORE))
    return NULL;
  for (guint32 lo = first_more_name (t, node);
       lo < t->n_more_names && t->more_names[lo].node == node; lo++)
    if (case_allows (text, span, t->more_names[lo].name.flags))
      return &t->more_names[lo].name;
  return NULL;
}

#define NAME_ENTITIES_MAX 64   /* more entities sharing a name are not counted */

/* Adds @entity to the @n sorted, distinct entities of @all. */
static void
add_entity (guint *all, guint *n, guint entity)
{
  guint i = 0;
  while (i < *n && all[i] < entity)
    i++;
  if ((i < *n && all[i] == entity) || *n == NAME_ENTITIES_MAX)
    return;
  memmove (all + i + 1, all + i, sizeof *all * (*n - i));
  all[i] = entity;
  ++*n;
}

guint
px_gazetteer_name_entities (const PxGazetteer *self, const PxNameMatch *match, guint *out,
                            guint max)
{
  g_return_val_if_fail (self != NULL && match != NULL && (out != NULL || max == 0), 0);
  const PxgTables *t = px_gazetteer_tables (self);
  g_return_val_if_fail (match->name < t->header->n_nodes, 0);
  const PxgPayload *first = &t->node_names[match->name];
  guint all[NAME_ENTITIES_MAX];
  guint n = 0;
  add_entity (all, &n, first->entity);
  if (first->flags & PXG_NAME_MORE)
    for (guint32 i = first_more_name (t, match->name);
         i < t->n_more_names && t->more_names[i].node == match->name; i++)
      add_entity (all, &n, t->more_names[i].name.entity);
  memcpy (out, all, sizeof *out * MIN (n, max));
  return n;
}

/* ### A block of tokens
 *
 * The chain's tokens, read from the start of the text on, each from the
 * last one's end (and knowing whether that was a word, which makes a
 * possessive of an "'s" right after it). */

#define BLOCK 256               /* tokens read in one pass */
#define LOOK 32                 /* tokens a walk finds in the block after its first */
#define LATIN_MAX 64            /* bytes of the folded form of a word read by latin_word */
#define STEP_NAME 1             /* the token alone may be a name */
#define STEP_ON 2               /* a name may go on to the next token */
#define WINDOW 64               /* bytes classified at once */

/* What a token of one ASCII character is, by that character: its hash,
 * its path key as a name's first token, and its PXG_START_* class (a
 * word's is its first character's). */
typedef struct {
  guint64 hash[128];
  guint8 cls[128];
  guint64 possessive_hash;      /* of "'s" */
} AsciiTokens;

typedef struct {
  gsize start, end;
  guint64 hash;                 /* also its path key as a name's first token: the
                                 * root's child's key is the token's hash
                                 * (px_path_key) */
  guint8 ascii;                 /* the folded form is the surface in lower case */
  guint8 latin;                 /* a word of ASCII and Latin-1 letters (latin_word) */
  guint8 plain;                 /* ascii, latin or mark: is_plain () */
  guint8 mark;                  /* a mark beyond ASCII that folds to one ASCII
                                 * character: its place in MARK_FOLDS, from 1 */
  guint8 after_word;            /* it is a word: a possessive may follow */
  guint8 possessive;
  guint8 class_ok;              /* a name may start with its kind of first character
                                 * (tested where it is tried when not plain) */
  guint8 may_start;             /* that, and the start filter lets it through */
  guint8 steps;                 /* STEP_* bits: what a walk from it may find */
} Token;

typedef struct {
  const PxgTables *t;
  const char *text;
  gsize len;
  gsize pos;                    /* where the next token is read */
  gboolean after_word, ended;
  guint32 classes;              /* PXG_START_* of the names' first characters */
  gboolean every_class;
  guint n;
  /* The tokens the matcher must look at, in order: those from which a
   * walk may find a name, and every one that is not plain (is_plain),
   * where the chain and a position's own reading may differ.  A plain
   * token that starts no name is skipped: no try ends inside one, and a
   * try at it fails. */
  guint16 cand[BLOCK];
  guint n_cand, next_cand;
  GString *scratch;             /* the folded form of the last token the general
                                 * tokenizer read */
  const char (*latin_folds)[4]; /* latin1_folds () */
  const AsciiTokens *ascii;     /* ascii_tokens () */
  /* The WINDOW bytes from @win_base on, classified: where words and
   * spaces end is found by bit scans over @cls (px_byte_classes). */
  gsize win_base;
  const char *win;              /* the byte at @win_base, in the text or in @win_pad */
  PxgByteClasses cls;
  char win_pad[WINDOW + 8];     /* the text's last bytes, zero-padded */
  char fold[LATIN_MAX];         /* the folded form of a Latin word read again */
  Token tok[BLOCK];
} Block;

/* The buffer for non-ASCII tokens, made when the first is met. */
static GString *
block_scratch (Block *b)
{
  if (b->scratch == NULL)
    b->scratch = g_string_sized_new (64);
  return b->scratch;
}

/* The PXG_START_* class of an ASCII character other than a space. */
static inline guint32
ascii_class (guchar c)
{
  if (c >= 'a' && c <= 'z')
    return PXG_START_LOWER;
  if (c >= 'A' && c <= 'Z')
    return PXG_START_CAPITAL;
  return c >= '0' && c <= '9' ? PXG_START_DIGIT : PXG_START_OTHER;
}

/* Reads the next token of the chain into @a; FALSE at the end. */
static gboolean
read_token (Block *b, Token *a)
{
  PxNameToken nt;
  a->latin = FALSE;
  a->mark = 0;
  a->class_ok = TRUE;
  if (px_ascii_token (b->text, b->len, b->pos, &nt))
    a->possessive = FALSE;
  else if (px_name_token_next (b->text, b->len, b->pos, b->after_word, block_scratch (b), &nt))
    {
      const GString *f = b->scratch;
      a->possessive = f->len == 2 && f->str[0] == '\'' && f->str[1] == 's';
    }
  else
    return FALSE;
  a->start = nt.start;
  a->end = nt.end;
  a->hash = nt.hash;
  a->ascii = nt.ascii;
  a->plain = nt.ascii;
  if (nt.ascii)
    a->class_ok = (b->classes & ascii_class ((guchar) b->text[nt.start])) != 0;
  a->after_word = nt.after_word;
  b->pos = nt.end;
  b->after_word = nt.after_word;
  return TRUE;
}

/* Whether no try can end inside the token, and one at its start reads
 * it as the chain does: a plain ASCII word or mark, or a Latin word. */
static gboolean
is_plain (const Token *a)
{
  return a->plain;
}

/* The PXG_START_* class of a plain token. */
static guint32
plain_class (const Block *b, const Token *a)
{
  const guchar *s = (const guchar *) b->text + a->start;
  if (s[0] < 0x80)
    return ascii_class (s[0]);
  /* U+00C0 to U+00DE are capitals, U+00DF to U+00FF lower case. */
  return s[1] < 0x9F ? PXG_START_CAPITAL : PXG_START_LOWER;
}

/* The start filter's word of a token is fetched when it is read and
 * tested here, when it has come: it says whether the token starts a
 * name, and whether it is a name by itself.  For a token that starts one,
 * the step filter's word for it and its successor is fetched, and tested
 * in a second loop: whether a name goes on to that successor.  Only then
 * are the trie's slots fetched, the root's for a token that may be a name
 * or go on, the next step's for one that may go on.  Most walks from a
 * name's first token used to end at the second step, after a read of the
 * largest table (24 MB for a million names); the step filter (2 MB) ends
 * them first. */
static void
block_filter (Block *b)
{
  const PxgTables *t = b->t;
  /* In locals: the stores to the tokens' bytes may alias anything. */
  const guint64 *start_filter = t->start_filter, *step_filter = t->step_filter;
  const guint32 start_mask = t->start_mask, step_mask = t->step_mask;
  const guint n = b->n;
  Token *tok = b->tok;
  for (guint k = 0; k < n; k++)
    {
      Token *a = &tok[k];
      gboolean may = a->class_ok && px_start_filter_has (start_filter, start_mask, a->hash);
      a->may_start = (guint8) may;
      if (may && k + 1 < n)
        {
          guint64 key = px_path_key (a->hash, tok[k + 1].hash);
          __builtin_prefetch (&step_filter[(key >> 12) & step_mask]);
        }
    }
  const PxgEdge *edges = t->edges, *root_edges = t->root_edges;
  const guint32 n_edges = t->n_edges, n_root_edges = t->n_root_edges;
  const guint8 last_steps = b->ended ? 0 : STEP_ON;
  guint n_cand = 0;
  for (guint k = 0; k < n; k++)
    {
      Token *a = &tok[k];
      guint8 steps = 0;
      if (a->may_start)
        {
          guint64 name = px_start_filter_name_bits (a->hash);
          if ((start_filter[(a->hash >> 12) & start_mask] & name) == name)
            steps |= STEP_NAME;
          if (k + 1 >= n)
            /* The next token is not read yet, or there is none. */
            steps |= last_steps;
          else
            {
              guint64 key = px_path_key (a->hash, tok[k + 1].hash);
              if (px_start_filter_has (step_filter, step_mask, key))
                {
                  steps |= STEP_ON;
                  __builtin_prefetch (&edges[px_edge_slot (key, n_edges)]);
                }
            }
        }
      a->steps = steps;
      if (steps == 0 && a->plain)
        continue;
      b->cand[n_cand++] = (guint16) k;
      if (steps != 0)
        __builtin_prefetch (&root_edges[px_edge_slot (a->hash, n_root_edges)]);
    }
  b->n_cand = n_cand;
  b->next_cand = 0;
}

/* ### Plain words and marks, a window of bytes at a time
 *
 * Most of a text is plain ASCII words and marks, and reading them is
 * most of the matcher's work.  A window of 64 bytes is classified at
 * once (px_byte_classes); the next token's start and a word's end are
 * then bit scans of its masks, and a word is hashed from the same bytes,
 * eight at a time. */

/* The one-character tokens' hashes and keys and the characters'
 * classes, made once. */
static const AsciiTokens *
ascii_tokens (void)
{
  static AsciiTokens tokens;
  static gsize made = 0;
  if (g_once_init_enter (&made))
    {
      for (guint c = 0; c < 128; c++)
        {
          const char one = (char) c;
          tokens.hash[c] = px_token_hash (&one, 1);
          tokens.cls[c] = (guint8) ascii_class ((guchar) c);
        }
      tokens.possessive_hash = px_token_hash ("'s", 2);
      g_once_init_leave (&made, 1);
    }
  return &tokens;
}

/* px_ascii_word_hash of the @n letters and digits at @s, whose bytes
 * can be read as far as the word of eight that holds the last. */
static inline guint64
word_hash (const char *s, gsize n)
{
  guint64 h = PXG_HASH_SEED;
  gsize k = 0;
  for (; k + 8 <= n; k += 8)
    h = px_hash_word (h, px_load_word (s + k, 8) | PXG_ASCII_FOLD_BITS);
  if (k < n)
    {
      guint64 tail = (G_GUINT64_CONSTANT (1) << (8 * (n - k))) - 1;
      h = px_hash_word (h, (px_load_word (s + k, 8) | PXG_ASCII_FOLD_BITS) & tail);
    }
  return px_hash_finish (h, n);
}

/* The end of the ASCII word whose letters and digits start at @i, and
 * its px_ascii_word_hash in *@hash: for a word longer than a window. */
static gsize
long_word_end (const char *text, gsize len, gsize i, guint64 *hash)
{
  gsize j = i;
  while (j < len && g_ascii_isalnum (text[j]))
    j++;
  *hash = px_ascii_word_hash (text, len, i, j);
  return j;
}

/* Classifies the WINDOW bytes from @base on (@base < the text's length).
 * Near the text's end they are copied, so that neither the classes nor
 * a word's hash reads past it; bytes after the end count as spaces, so
 * that no token is found there. */
static void
window_at (Block *b, gsize base)
{
  gsize left = b->len - base;
  b->win_base = base;
  if (left >= WINDOW + 8)
    b->win = b->text + base;
  else
    {
      memset (b->win_pad, 0, sizeof b->win_pad);
      memcpy (b->win_pad, b->text + base, left);
      b->win = b->win_pad;
    }
  px_byte_classes (b->win, &b->cls);
  if (left < WINDOW)
    b->cls.space |= ~G_GUINT64_CONSTANT (0) << left;
}

/* The folded forms of the Latin-1 letters U+00C0 to U+00FF, by their
 * second UTF-8 byte less 0x80 (empty for the signs U+00D7 and U+00F7):
 * made once by the general tokenizer, so that they are its own. */
static const char (*latin1_folds (void))[4]
{
  static char folds[64][4];
  static gsize made = 0;
  if (g_once_init_enter (&made))
    {
      for (guint k = 0; k < 64; k++)
        {
          const char utf8[2] = { (char) 0xC3, (char) (0x80 + k) };
          g_autofree char *f = px_gazetteer_fold (utf8, 2);
          if (0xC0 + k == 0xD7 || 0xC0 + k == 0xF7)
            continue;
          g_assert (strlen (f) >= 1 && strlen (f) < sizeof folds[k]);
          strcpy (folds[k], f);
        }
      g_once_init_leave (&made, 1);
    }
  return (const char (*)[4]) folds;
}

/* Whether the general tokenizer ends at @j a word of @chars characters
 * that has no period or apostrophe: FALSE when the word goes on, or may
 * (a letter, a digit, a period after one letter, not after one digit:
 * "Ligue 1." ends at the 1; an apostrophe with a letter after it other
 * than a possessive's s). */
static gboolean
word_ends_at (const Block *b, gsize j, guint chars)
{
  const guchar *text = (const guchar *) b->text;
  if (j >= b->len)
    return TRUE;
  gsize next = j + 1;
  if (text[j] >= 0x80)
    {
      gunichar c = g_utf8_get_char_validated (b->text + j, (gssize) (b->len - j));
      if (c == (gunichar) -1 || c == (gunichar) -2)
        return TRUE;                    /* read as U+FFFD, which ends a word */
      if (px_is_word_char (c))
        return FALSE;
      if (c != 0x2019)                  /* the one apostrophe that is no letter */
        return TRUE;
      next = j + 3;
    }
  else if (g_ascii_isalnum (text[j]))
    return FALSE;
  else if (text[j] == '.')
    return chars > 1 || g_ascii_isdigit (text[j - 1]);
  else if (text[j] != '\'')
    return TRUE;
  if (next >= b->len || (text[next] < 0x80 && !g_ascii_isalnum (text[next])))
    return TRUE;
  return (text[next] == 's' || text[next] == 'S')
         && (next + 1 >= b->len || (text[next + 1] < 0x80 && !g_ascii_isalnum (text[next + 1])));
}

/* word_ends_at () for the ASCII word [@i, @j), inline for what most
 * often ends one: a space or a mark other than an apostrophe. */
static inline gboolean
plain_word_ends_at (const Block *b, gsize i, gsize j)
{
  if (j >= b->len)
    return TRUE;
  guchar c = (guchar) b->text[j];
  if (c < 0x80 && c != '\'' && (c != '.' || j - i > 1 || g_ascii_isdigit (b->text[i])))
    return TRUE;
  return word_ends_at (b, j, (guint) (j - i));
}

/* A word of ASCII letters and digits and Latin-1 letters (a two-byte
 * character from U+00C0 on) at @i, as the general tokenizer reads it,
 * its folded form in @fold (LATIN_MAX bytes): FALSE when anything about
 * it needs that tokenizer (another character, an apostrophe, the period
 * of a one-letter abbreviation, a folded form longer than @fold). */
static gboolean
latin_word (const Block *b, gsize i, char *fold, gsize *fold_len, gsize *end)
{
  const guchar *text = (const guchar *) b->text;
  const gsize len = b->len;
  gsize j = i, n = 0;
  guint chars = 0;
  while (j < len)
    {
      if (text[j] < 0x80)
        {
          if (!g_ascii_isalnum (text[j]) || n == LATIN_MAX)
            break;
          fold[n++] = g_ascii_tolower (text[j]);
          j++;
        }
      else
        {
          if (text[j] != 0xC3 || j + 1 >= len || text[j + 1] < 0x80 || text[j + 1] > 0xBF)
            break;
          const char *f = b->latin_folds[text[j + 1] - 0x80];
          gsize f_len = strlen (f);
          if (f_len == 0 || n + f_len > LATIN_MAX)
            break;
          memcpy (fold + n, f, f_len);
          n += f_len;
          j += 2;
        }
      chars++;
    }
  if (chars == 0 || !word_ends_at (b, j, chars))
    return FALSE;
  *fold_len = n;
  *end = j;
  return TRUE;
}

/* The marks beyond ASCII that read_plain reads itself, by what they fold
 * to; Token.mark is a place in it, from 1. */
static const char MARK_FOLDS[] = "\"-'";
#define MARK_QUOTE 1
#define MARK_DASH 2
#define MARK_APOSTROPHE 3

/* The UTF-8 character at @i when it is one of U+2010 to U+201F,
 * followed by no stray continuation byte (the general tokenizer would
 * take it into the character): its last byte, else 0. */
static guchar
general_punctuation (const Block *b, gsize i)
{
  const guchar *text = (const guchar *) b->text;
  if (text[i] != 0xE2 || i + 2 >= b->len || text[i + 1] != 0x80)
    return 0;
  if (text[i + 2] < 0x90 || text[i + 2] > 0x9F)
    return 0;
  if (i + 3 < b->len && (text[i + 3] & 0xC0) == 0x80)
    return 0;
  return text[i + 2];
}

/* The mark U+2010 to U+201F whose last byte is @last, as a MARK_* place,
 * or 0 for one read_plain leaves to the general tokenizer. */
static guint
mark_of (guchar last)
{
  if (last == 0x9C || last == 0x9D)     /* “ ” */
    return MARK_QUOTE;
  if (last <= 0x95)                     /* U+2010 to U+2015, dashes */
    return MARK_DASH;
  if (last == 0x98 || last == 0x99)     /* ‘ ’ */
    return MARK_APOSTROPHE;
  return 0;
}

/* How an apostrophe at @i, whose character ends at @s, reads right after
 * a word: 1 a possessive "'s", ending at @s + 1; 0 a mark; -1 when that
 * needs the general tokenizer (a character beyond ASCII after the s). */
static int
possessive_at (const Block *b, gsize s)
{
  const guchar *text = (const guchar *) b->text;
  if (s >= b->len || (text[s] != 's' && text[s] != 'S'))
    return 0;
  if (s + 1 >= b->len)
    return 1;
  if (text[s + 1] >= 0x80)
    return -1;
  return !g_ascii_isalnum (text[s + 1]);
}

/* Writes a token read by read_plain. */
static inline void
put_token (Token *a, gsize start, gsize end, guint64 hash)
{
  a->start = start;
  a->end = end;
  a->hash = hash;
  a->possessive = FALSE;
  a->mark = 0;
}

/* Writes a plain ASCII word (@word) or mark. */
static inline void
put_ascii (Token *a, gsize start, gsize end, guint64 hash, gboolean word)
{
  put_token (a, start, end, hash);
  a->ascii = a->plain = TRUE;
  a->latin = FALSE;
  a->after_word = word;
}

/* Writes the possessive "'s" whose apostrophe is [@i, @j). */
static inline void
put_possessive (Token *a, const AsciiTokens *at, gsize i, gsize j)
{
  put_token (a, i, j + 1, at->possessive_hash);
  a->possessive = TRUE;
  a->ascii = a->plain = a->latin = FALSE;
  a->class_ok = TRUE;   /* tested where it is tried */
}

/* Writes the Latin word [@i, @j), @fold (@fold_len bytes) once folded. */
static inline void
put_latin_word (Token *a, const Block *b, guint32 classes, gsize i, gsize j, const char *fold,
                gsize fold_len)
{
  guint64 hash = px_token_hash (fold, fold_len);
  put_token (a, i, j, hash);
  a->ascii = FALSE;
  a->latin = a->plain = TRUE;
  a->class_ok = (classes & plain_class (b, a)) != 0;
}

/* read_plain's inner loop, for what most of a text is: from *@pos on,
 * in the window, plain ASCII words that end inside it, and ASCII marks
 * other than an apostrophe.  It stops before anything else, and at the
 * window's end; *@pos is then the last token's end.  The new count of
 * tokens. */
static guint
read_ascii_run (Block *b, gsize *pos, guint n)
{
  const gsize base = b->win_base;
  const char *win = b->win;
  const guint64 alnum = b->cls.alnum, space = b->cls.space;
  const AsciiTokens *at = b->ascii;
  const guint32 classes = b->classes;
  const guint64 *start_filter = b->t->start_filter;
  const guint32 start_mask = b->t->start_mask;
  Token *tok = b->tok;
  guint off = (guint) (*pos - base);
  while (n < BLOCK && off < WINDOW)
    {
      guint64 left = ~space & (~G_GUINT64_CONSTANT (0) << off);
      if (left == 0)
        break;
      const guint i = (guint) __builtin_ctzll (left);
      const guchar c = (guchar) win[i];
      Token *a = &tok[n];
      if ((alnum >> i) & 1)
        {
          guint64 stop = ~alnum & (~G_GUINT64_CONSTANT (0) << i);
          if (stop == 0)
            break;
          const guint j = (guint) __builtin_ctzll (stop);
          /* plain_word_ends_at (), the byte after the word being in the
           * window (a zero past the text's end). */
          const guchar after = (guchar) win[j];
          if (after >= 0x80 || after == '\'' || (after == '.' && j - i == 1 && !g_ascii_isdigit (c)))
            break;
          guint64 hash = word_hash (win + i, j - i);
          /* The fields written out, not through put_ascii (): in this
           * loop gcc then merges the stores (1% fewer instructions). */
          a->start = base + i;
          a->end = base + j;
          a->hash = hash;
          a->ascii = TRUE;
          a->latin = FALSE;
          a->plain = TRUE;
          a->mark = 0;
          a->after_word = TRUE;
          a->possessive = FALSE;
          off = j;
        }
      else if (c < 0x80 && c != '\'')
        {
          a->start = base + i;
          a->end = base + i + 1;
          a->hash = at->hash[c];
          a->ascii = TRUE;
          a->latin = FALSE;
          a->plain = TRUE;
          a->mark = 0;
          a->after_word = FALSE;
          a->possessive = FALSE;
          off = i + 1;
        }
      else
        break;
      a->class_ok = (classes & at->cls[c]) != 0;
      __builtin_prefetch (&start_filter[(a->hash >> 12) & start_mask]);
      n++;
    }
  *pos = base + off;
  return n;
}

/* Reads into the block the tokens that the general tokenizer would read
 * the same way wherever it started (plain ASCII words and marks, Latin
 * words, the common marks beyond ASCII) and possessives, until it is
 * full or a token needs that tokenizer (or the text ends). */
static void
read_plain (Block *b)
{
  /* In locals, the window's too: the stores to the tokens' bytes may
   * alias anything. */
  const PxgTables *t = b->t;
  const guint64 *start_filter = t->start_filter;
  const guint32 start_mask = t->start_mask, classes = b->classes;
  const AsciiTokens *at = b->ascii;
  const gsize len = b->len;
  gsize pos = b->pos;
  gboolean after_word = b->after_word;  /* and it ends at @pos */
  guint n = b->n;
  gsize base = b->win_base;
  const char *win = b->win;
  guint64 alnum = b->cls.alnum, space = b->cls.space;
  while (n < BLOCK)
    {
      /* Also when there is no window yet (@base is past the text). */
      if (pos - base >= WINDOW)
        {
          if (pos >= len)
            {
              b->ended = TRUE;
              break;
            }
          window_at (b, pos);
          base = pos;
          win = b->win;
          alnum = b->cls.alnum;
          space = b->cls.space;
        }
      const guint before = n;
      n = read_ascii_run (b, &pos, n);
      if (n != before)
        after_word = b->tok[n - 1].after_word;
      if (n == BLOCK)
        break;
      if (pos - base >= WINDOW)
        continue;
      guint64 left = ~space & (~G_GUINT64_CONSTANT (0) << (pos - base));
      if (left == 0)
        {
          /* Spaces to the window's end. */
          pos = base + WINDOW;
          after_word = FALSE;
          continue;
        }
      const gsize i = base + (guint) __builtin_ctzll (left);  /* before the text's end */
      const guchar c = (guchar) win[i - base];
      Token *a = &b->tok[n];
      gsize j;
      if ((alnum >> (i - base)) & 1)
        {
          guint64 stop = ~alnum & (~G_GUINT64_CONSTANT (0) << (i - base));
          guint64 hash;
          gboolean ends;
          if (stop != 0)
            {
              j = base + (guint) __builtin_ctzll (stop);
              hash = word_hash (win + (i - base), j - i);
              /* The byte after it is in the window (a zero past the
               * text's end): plain_word_ends_at (), without its bounds. */
              const guchar after = (guchar) win[j - base];
              ends = (after < 0x80 && after != '\''
                      && (after != '.' || j - i > 1 || g_ascii_isdigit (c)))
                     || word_ends_at (b, j, (guint) (j - i));
            }
          else if (i > base)
            {
              /* The word goes on past the window: read it from its start. */
              window_at (b, i);
              base = i;
              win = b->win;
              alnum = b->cls.alnum;
              space = b->cls.space;
              after_word = after_word && i == pos;
              pos = i;
              continue;
            }
          else
            {
              j = long_word_end (b->text, len, i, &hash);
              ends = plain_word_ends_at (b, i, j);
            }
          if (ends)
            {
              put_ascii (a, i, j, hash, TRUE);
              a->class_ok = (classes & at->cls[c]) != 0;
            }
          else
            {
              char fold[LATIN_MAX];
              gsize fold_len;
              if (!latin_word (b, i, fold, &fold_len, &j))
                break;
              put_latin_word (a, b, classes, i, j, fold, fold_len);
            }
          a->after_word = TRUE;
        }
      else if (c < 0x80)
        {
          int p = c == '\'' && after_word && i == pos ? possessive_at (b, i + 1) : 0;
          if (p < 0)
            break;
          j = i + 1;
          if (p)
            put_possessive (a, at, i, j);
          else
            {
              put_ascii (a, i, j, at->hash[c], FALSE);
              a->class_ok = (classes & at->cls[c]) != 0;
            }
          a->after_word = FALSE;
        }
      else
        {
          char fold[LATIN_MAX];
          gsize fold_len;
          guchar last;
          guint mark;
          if (latin_word (b, i, fold, &fold_len, &j))
            {
              put_latin_word (a, b, classes, i, j, fold, fold_len);
              a->after_word = TRUE;
            }
          else if ((last = general_punctuation (b, i)) != 0 && (mark = mark_of (last)) != 0)
            {
              int p = last == 0x99 && after_word && i == pos ? possessive_at (b, i + 3) : 0;
              if (p < 0)
                break;
              j = i + 3;
              if (p)
                put_possessive (a, at, i, j);
              else
                {
                  guchar folded = (guchar) MARK_FOLDS[mark - 1];
                  put_token (a, i, j, at->hash[folded]);
                  a->mark = (guint8) mark;
                  a->ascii = a->latin = FALSE;
                  a->plain = TRUE;
                  a->class_ok = (classes & PXG_START_OTHER) != 0;
                }
              a->after_word = FALSE;
            }
          else
            break;
        }
      __builtin_prefetch (&start_filter[(a->hash >> 12) & start_mask]);
      n++;
      pos = a->end;
      after_word = a->after_word;
    }
  b->pos = pos;
  b->after_word = after_word;
  b->n = n;
}

/* Fills the block up from its end. */
static void
block_read (Block *b)
{
  const PxgTables *t = b->t;
  while (b->n < BLOCK && !b->ended)
    {
      read_plain (b);
      if (b->n == BLOCK || b->ended)
        break;
      Token *a = &b->tok[b->n];
      if (!read_token (b, a))
        {
          b->ended = TRUE;
          break;
        }
      __builtin_prefetch (&t->start_filter[(a->hash >> 12) & t->start_mask]);
      b->n++;
    }
  block_filter (b);
}

/* Drops the tokens before @k and reads on.  The filters are asked
 * again about the tokens kept: the last one's successor is read now. */
static void
block_shift (Block *b, guint k)
{
  guint kept = b->n - k;
  memmove (b->tok, b->tok + k, kept * sizeof b->tok[0]);
  b->n = kept;
  block_read (b);
}

/* The folded form of the block's token @a: its surface when ASCII, else
 * read again into the scratch (a possessive is one only after a word,
 * and every other token reads the same wherever a tokenizer starts). */
static const char *
token_folded (Block *b, const Token *a, gsize *len)
{
  if (a->ascii)
    {
      *len = a->end - a->start;
      return b->text + a->start;
    }
  if (a->mark)
    {
      *len = 1;
      return &MARK_FOLDS[a->mark - 1];
    }
  gsize end;
  if (a->latin && latin_word (b, a->start, b->fold, len, &end))
    return b->fold;
  PxNameToken again;
  if (!px_name_token_next (b->text, b->len, a->start, a->possessive, block_scratch (b), &again))
    g_assert_not_reached ();
  /* Read from its start, a token read after a space that is not ASCII
   * may be plain ASCII, whose folded form is not written. */
  px_name_token_folded (b->text, &again, b->scratch);
  *len = b->scratch->len;
  return b->scratch->str;
}

/* ### Walking the trie
 *
 * A walk's tokens after the first are the chain's: the block's while it
 * has them, then read one by one. */

typedef struct {
  const Token *in_block;        /* NULL: read past the block, into @read */
  PxNameToken read;
  const char *folded;           /* when not in the block */
  gsize len;
} Step;

static void
step_at (const Token *a, Step *st)
{
  st->in_block = a;
  st->read.start = a->start;
  st->read.end = a->end;
  st->read.hash = a->hash;
  st->read.after_word = a->after_word;
  st->read.ascii = a->ascii;
}

/* Reads a token into @st from @pos on, as a tokenizer there would after
 * a word when @after_word; FALSE at the end of the text. */
static gboolean
step_read (Block *b, Step *st, gsize pos, gboolean after_word)
{
  st->in_block = NULL;
  if (!px_name_token_next (b->text, b->len, pos, after_word, block_scratch (b), &st->read))
    return FALSE;
  st->folded = st->read.ascii ? b->text + st->read.start : b->scratch->str;
  st->len = st->read.ascii ? st->read.end - st->read.start : b->scratch->len;
  return TRUE;
}

/* The chain's token after @st, whose successor in the block (if it is in
 * it) is the token @next; FALSE at the end of the text. */
static gboolean
step_next (Block *b, Step *st, guint next)
{
  if (st->in_block != NULL && next < b->n)
    {
      step_at (&b->tok[next], st);
      return TRUE;
    }
  return step_read (b, st, st->read.end, st->read.after_word);
}

/* The edge from @node that @st's token takes, comparing its text. */
static const PxgEdge *
edge_exact (Block *b, const PxgEdge *table, guint32 size, guint32 node, guint64 key,
            const Step *st)
{
  gsize len = st->len;
  const char *folded = st->in_block ? token_folded (b, st->in_block, &len) : st->folded;
  return px_edge_find (table, size, b->t->vocab, node, key, folded, len, st->read.ascii);
}

/* px_same_token () for the block's token @a, whose folded form is
 * @folded: a plain ASCII token is a word of letters and digits, which
 * fold to lower case by setting bit 5, or a mark, which folds to itself;
 * a NUL in @word never equals one of those. */
static inline gboolean
same_token (const char *word, const char *folded, gsize len, const Token *a)
{
  if (!a->ascii)
    return px_same_token (word, folded, len, FALSE);
  if (!a->after_word)
    return word[0] == folded[0] && word[1] == '\0';
  for (gsize k = 0; k < len; k++)
    if (word[k] != (folded[k] | 0x20))
      return FALSE;
  return word[len] == '\0';
}

/* The longest name that starts with @from's token, reading tokens only
 * as far as the trie goes; @next is the block's token after it.  The
 * nodes that end names on the way are noted, their payloads fetched, and
 * checked once the walk is over, longest first: the fetches overlap with
 * the walk.
 *
 * Unless @exact, the edges of tokens in the block are taken on their
 * check alone and their tokens' texts compared once the walk is over, so
 * that reading the vocabulary overlaps with the walk too; if one differs
 * (two keys that share their low half, from one node), the walk is made
 * again comparing each token as it goes, and the result is the same as
 * if it always had. */
static gboolean
longest_from (Block *b, const Step *from, guint next, gboolean exact, gboolean first_only,
              PxNameMatch *match)
{
  const PxgTables *t = b->t;
  Step st = *from;
  const guint first_next = next;
  gsize start = st.read.start;
  guint64 key = px_path_key (PXG_ROOT_KEY, st.read.hash);
  guint32 node = 0;
  guint32 named[LOOK];
  gsize named_end[LOOK];
  guint n_named = 0;
  const PxgEdge *taken[LOOK];
  const Token *taken_by[LOOK];
  guint n_taken = 0;
  for (;;)
    {
      const PxgEdge *table = node == 0 ? t->root_edges : t->edges;
      guint32 size = node == 0 ? t->n_root_edges : t->n_edges;
      const PxgEdge *edge;
      if (st.in_block != NULL && !exact && n_taken < LOOK)
        {
          edge = px_edge_probe (table, size, node, key);
          if (edge)
            {
              __builtin_prefetch (t->vocab + edge->token);
              taken[n_taken] = edge;
              taken_by[n_taken++] = st.in_block;
            }
        }
      else
        edge = edge_exact (b, table, size, node, key, &st);
      if (edge == NULL)
        break;
      node = PXG_CHILD_NODE (edge->child);
      if (edge->child & PXG_CHILD_HAS_NAMES)
        {
          if (n_named == LOOK)
            {
              /* Only the longest names can win. */
              memmove (named, named + 1, sizeof named[0] * (LOOK - 1));
              memmove (named_end, named_end + 1, sizeof named_end[0] * (LOOK - 1));
              n_named--;
            }
          __builtin_prefetch (&t->node_names[node]);
          named[n_named] = node;
          named_end[n_named++] = st.read.end;
        }
      if (!(edge->child & PXG_CHILD_HAS_EDGES) || first_only || !step_next (b, &st, next))
        break;
      key = px_path_key (key, st.read.hash);
      next++;
      if (!exact && next < b->n && st.in_block != NULL)
        {
          /* The step after this one, while this one's slot is on its way. */
          guint64 after = px_path_key (key, b->tok[next].hash);
          __builtin_prefetch (&t->edges[px_edge_slot (after, t->n_edges)]);
        }
    }
  for (guint j = 0; j < n_taken; j++)
    {
      gsize n;
      const char *f = token_folded (b, taken_by[j], &n);
      if (!same_token (t->vocab + taken[j]->token, f, n, taken_by[j]))
        return longest_from (b, from, first_next, TRUE, first_only, match);
    }
  while (n_named-- > 0)
    {
      PxSpan span = { start, named_end[n_named] };
      const PxgPayload *p = accepted_payload (t, named[n_named], b->text, span);
      if (p)
        {
          match->span = span;
          match->entity = p->entity;
          match->demonym = (p->flags & PXG_NAME_DEMONYM) != 0;
          match->name = named[n_named];
          return TRUE;
        }
    }
  return FALSE;
}

/* ### Positions */

/* What kind of character starts at @i: a PXG_START_* class, 0 for space. */
static guint32
class_at (const char *text, gsize len, gsize i)
{
  guchar b = (guchar) text[i];
  if (b < 0x80)
    return g_ascii_isspace (b) ? 0 : ascii_class (b);
  gunichar c = g_utf8_get_char_validated (text + i, (gssize) (len - i));
  if (c == (gunichar) -1 || c == (gunichar) -2)
    return PXG_START_OTHER;
  return g_unichar_isspace (c) ? 0 : px_start_class (c);
}

/* Past the word or mark at @i that no name can start with. */
static gsize
skip_token (const char *text, gsize len, gsize i, guint32 cls)
{
  if (cls == PXG_START_OTHER)
    return px_next_char (text, len, i);
  while (i < len)
    {
      guchar b = (guchar) text[i];
      if (b < 0x80)
        {
          if (!g_ascii_isalnum (b))
            break;
          i++;
          continue;
        }
      gunichar c = g_utf8_get_char_validated (text + i, (gssize) (len - i));
      if (c == (gunichar) -1 || c == (gunichar) -2 || !px_is_word_char (c))
        break;
      i = px_next_char (text, len, i);
    }
  return i;
}

typedef struct {
  Block *b;
  guint64 apostrophe_key;       /* root keys of the tokens "'" and "s" */
  guint64 s_key;
  GArray *out;
} Matcher;

static gboolean
may_start (const PxgTables *t, guint64 root_key)
{
  return px_start_filter_has (t->start_filter, t->start_mask, root_key);
}

/* Tries the walk from @st; the next position. */
static gsize
try_walk (Matcher *m, const Step *st, guint next, gboolean exact, gboolean first_only)
{
  PxNameMatch match;
  if (longest_from (m->b, st, next, exact, first_only, &match))
    {
      g_array_append_val (m->out, match);
      return match.span.end;
    }
  return st->read.end;
}

/* A try at @i as a tokenizer started there reads it; the next position.
 * The general case, for a position where the chain starts no token, or
 * a possessive. */
static gsize
try_fresh (Matcher *m, gsize i)
{
  Block *b = m->b;
  guint32 cls = class_at (b->text, b->len, i);
  if (cls == 0)
    return px_next_char (b->text, b->len, i);
  if (!(b->classes & cls))
    return skip_token (b->text, b->len, i, cls);
  Step st;
  if (!step_read (b, &st, i, FALSE))
    return b->len;
  if (!may_start (b->t, px_path_key (PXG_ROOT_KEY, st.read.hash)))
    return MAX (st.read.end, i + 1);
  gsize next = try_walk (m, &st, b->n, TRUE, FALSE);
  return MAX (next, i + 1);
}

/* A try at the chain's token @k, where it starts; the next position. */
static gsize
try_token (Matcher *m, guint k)
{
  Block *b = m->b;
  const Token *a = &b->tok[k];
  if (!is_plain (a) && !b->every_class)
    {
      guint32 cls = class_at (b->text, b->len, a->start);
      if (!(b->classes & cls))
        return skip_token (b->text, b->len, a->start, cls);
    }
  if (a->possessive)
    {
      /* Read from its apostrophe on, it is a mark "'" and then a word. */
      if (may_start (b->t, m->apostrophe_key))
        return try_fresh (m, a->start);
      return a->end - 1;
    }
  if (a->steps == 0)
    return a->end;
  Step st;
  step_at (a, &st);
  return try_walk (m, &st, k + 1, FALSE, !(a->steps & STEP_ON));
}

/* Whether a tokenizer started at the "s" of a possessive ending at @end
 * reads the word "s" there, and the chain's tokens after it: a period
 * would join that word ("s." as in an initial), and an apostrophe reads
 * otherwise after a word (that tokenizer's case) than after a mark (the
 * chain's). */
static gboolean
same_after_possessive (const Block *b, gsize end)
{
  if (end >= b->len)
    return TRUE;
  char c = b->text[end];
  return c != '.' && c != '\'' && (guchar) c < 0x80;
}

/* A try at @i inside the chain's token @k; the next position.  At the
 * "s" of a possessive, the common case, that is the word "s" followed by
 * the chain's tokens after the possessive. */
static gsize
try_inside (Matcher *m, guint k, gsize i)
{
  Block *b = m->b;
  const Token *a = &b->tok[k];
  if (!a->possessive || i != a->end - 1 || !same_after_possessive (b, a->end))
    return try_fresh (m, i);
  guint32 cls = ascii_class ((guchar) b->text[i]);
  if (!(b->classes & cls))
    return skip_token (b->text, b->len, i, cls);
  if (!may_start (b->t, m->s_key))
    return a->end;
  Token s = {
    .start = i, .end = a->end, .hash = m->s_key,
    .ascii = TRUE, .plain = TRUE, .latin = FALSE, .after_word = TRUE, .may_start = TRUE,
  };
  Step st;
  step_at (&s, &st);
  return try_walk (m, &st, k + 1, FALSE, FALSE);
}

/* Tries every position from the start of the text on: one that a name
 * can start at is tried as a tokenizer started there reads it, and after
 * a failed try the next is where that token ends; after a match, where
 * the match ends.  The block's candidates are the chain's tokens where
 * that can differ from skipping to the next token. */
void
px_gazetteer_match (const PxGazetteer *self, const char *text, gsize len, GArray *out)
{
  g_return_if_fail (self != NULL && text != NULL && out != NULL);
  const PxgTables *t = px_gazetteer_tables (self);
  const guint32 every = PXG_START_CAPITAL | PXG_START_LOWER | PXG_START_DIGIT | PXG_START_OTHER;
  /* Not zeroed as a whole: a token is written before it is read. */
  Block b;
  b.t = t;
  b.text = text;
  b.len = len;
  b.pos = 0;
  b.after_word = b.ended = FALSE;
  b.classes = t->header->start_classes;
  b.every_class = (b.classes & every) == every;
  b.n = b.n_cand = b.next_cand = 0;
  b.scratch = NULL;
  b.latin_folds = latin1_folds ();
  b.ascii = ascii_tokens ();
  b.win_base = len + WINDOW;    /* no window yet: past the text */
  Matcher m = {
    .b = &b,
    .apostrophe_key = px_path_key (PXG_ROOT_KEY, px_token_hash ("'", 1)),
    .s_key = px_path_key (PXG_ROOT_KEY, px_token_hash ("s", 1)),
    .out = out,
  };
  block_read (&b);
  gsize i = 0;
  for (;;)
    {
      if (b.next_cand == b.n_cand)
        {
          if (b.ended)
            break;
          block_shift (&b, b.n);
          continue;
        }
      guint k = b.cand[b.next_cand];
      if (k + LOOK >= b.n && !b.ended)
        {
          block_shift (&b, k);
          continue;
        }
      const Token *a = &b.tok[k];
      if (a->end <= i)
        b.next_cand++;
      else if (a->start < i)
        i = try_inside (&m, k, i);
      else
        i = try_token (&m, k);
    }
  if (b.scratch)
    g_string_free (b.scratch, TRUE);
}
