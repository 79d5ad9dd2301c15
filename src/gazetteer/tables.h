/* tables.h: the compiled gazetteer, private to src/gazetteer/.
 *
 * One contiguous little-endian image, the same in memory and in a cache
 * file: a header, then sections at 8-byte aligned offsets.  Strings are
 * offsets into a pool that starts with an empty string (offset 0 means
 * "none") and ends with a NUL, so any offset inside the pool is a valid C
 * string.  Nothing in an image is used before px_tables_check() has
 * checked every count, offset and index in it.
 */
#pragma once

#include <string.h>

#include <glib.h>

#include "gazetteer/gazetteer.h"

G_BEGIN_DECLS

#define PXG_MAGIC "PXGAZ\r\n\032"   /* \r\n and ^Z catch text-mode mangling */
#define PXG_MAGIC_LEN 8
#define PXG_VERSION 9
/* What the sources' hash covers and how it is computed (cache.c), apart
 * from the layout: a report's manifest cites that hash as the gazetteer's
 * identity, so a new layout must not change it.  Bump it only when the
 * hash itself changes.  (It took the layout's number, 2, when the two
 * were one.) */
#define PXG_SOURCE_HASH_VERSION 2
#define PXG_BYTE_ORDER 0x01020304u
#define PXG_HASH_LEN 32

/* What the first character of some name is: the matcher tries a text
 * position only if a name can start with its kind of character. */
#define PXG_START_CAPITAL  (1u << 0)  /* a capital, or a letter without case */
#define PXG_START_LOWER    (1u << 1)
#define PXG_START_DIGIT    (1u << 2)
#define PXG_START_OTHER    (1u << 3)

/* The kind of character @c is, as a PXG_START_* bit. */
guint32 px_start_class (gunichar c);

/* Letters, digits and combining marks make words. */
static inline gboolean
px_is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* The offset of the character after the one at @i (a UTF-8 lead byte). */
static inline gsize
px_next_char (const char *text, gsize len, gsize i)
{
  if ((guchar) text[i] < 0x80)
    return i + 1;
  const char *n = g_utf8_find_next_char (text + i, text + len);
  return n ? (gsize) (n - text) : len;
}

/* ### Token hashes
 *
 * A folded token is hashed once (64 bits); the trie edges, the start
 * filter and the vocabulary all use that one hash.  It takes the token
 * eight bytes at a time, little-endian, the last word padded with zero
 * bytes, and then its length, so that a token costs one multiply per word
 * rather than one per byte (format 5 hashed byte by byte): the matcher
 * hashes every word of a text, and a plain ASCII word is folded a word at
 * a time too (px_fold_ascii_word).  Since format 8 a word is taken in by
 * one multiply-fold (the 128-bit product's halves xor'ed), whose high
 * half depends on every bit of the word, rather than a multiply, a shift
 * and a final mix of two more multiplies: most words of a text are one
 * word of eight bytes, and their hash was some forty instructions of the
 * matcher's reading pass. */
#define PXG_HASH_SEED G_GUINT64_CONSTANT (0xcbf29ce484222325)
#define PXG_HASH_MULT G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)

/* The 128-bit product of @a and @b, its halves xor'ed, in 64-bit
 * arithmetic: for compilers without a 128-bit integer (a Check case
 * compares the two). */
static inline guint64
px_hash_fold_mul_portable (guint64 a, guint64 b)
{
  const guint64 lo32 = G_GUINT64_CONSTANT (0xFFFFFFFF);
  guint64 a0 = a & lo32, a1 = a >> 32, b0 = b & lo32, b1 = b >> 32;
  guint64 p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  guint64 mid = (p00 >> 32) + (p01 & lo32) + (p10 & lo32);
  guint64 lo = (p00 & lo32) | (mid << 32);
  guint64 hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
  return lo ^ hi;
}

/* The same, one multiply instruction on a 64-bit machine. */
static inline guint64
px_hash_fold_mul (guint64 a, guint64 b)
{
#ifdef __SIZEOF_INT128__
  unsigned __int128 p = (unsigned __int128) a * b;
  return (guint64) p ^ (guint64) (p >> 64);
#else
  return px_hash_fold_mul_portable (a, b);
#endif
}

static inline guint64
px_hash_word (guint64 h, guint64 word)
{
  return px_hash_fold_mul (h ^ word, PXG_HASH_MULT);
}

/* The last step of a token's hash, after its words: its length, which
 * the next multiply-fold (px_path_key) mixes in. */
static inline guint64
px_hash_finish (guint64 h, gsize len)
{
  return h ^ (guint64) len;
}

/* The @n bytes (at most 8) at @s as a little-endian word, zero-padded. */
static inline guint64
px_load_word (const char *s, gsize n)
{
  guint64 w = 0;
  memcpy (&w, s, n);
  return GUINT64_FROM_LE (w);
}

static inline guint64
px_token_hash (const char *s, gsize len)
{
  guint64 h = PXG_HASH_SEED;
  gsize i = 0;
  for (; i + 8 <= len; i += 8)
    h = px_hash_word (h, px_load_word (s + i, 8));
  if (i < len)
    h = px_hash_word (h, px_load_word (s + i, len - i));
  return px_hash_finish (h, len);
}

/* Name flags in a payload. */
#define PXG_NAME_DEMONYM   (1u << 0)
#define PXG_NAME_CAPITAL   (1u << 1)  /* the surface must start with a capital */
#define PXG_NAME_ALL_CAPS  (1u << 2)  /* the surface must be all capitals */
#define PXG_NAME_MORE      (1u << 3)  /* the node ends other names too (PXG_MORE_NAMES) */

typedef enum {
  PXG_STRINGS,     /* char: the entities' strings */
  PXG_ENTITIES,    /* PxgEntity */
  PXG_ALIASES,     /* guint32 string offsets, each entity's a run */
  PXG_MEMBERS,     /* guint32 entity indices (member_of), each entity's a run */
  PXG_ID_HASH,     /* guint32 open-addressing table of entity index + 1 by id, 0 empty */
  PXG_VOCAB,       /* char: the folded tokens of the names, each NUL-terminated */
  PXG_ROOT_EDGES,  /* PxgEdge open-addressing table: the first tokens of names */
  PXG_EDGES,       /* PxgEdge open-addressing table: every other token */
  PXG_NODE_NAMES,  /* PxgPayload per node: the first name it ends (entity PX_NO_ENTITY: none) */
  PXG_MORE_NAMES,  /* PxgMoreName, sorted by node: the others, where PXG_NAME_MORE says */
  PXG_START_FILTER,/* guint64 words, a power of two: two bits per first token's hash,
                    * two more when that token alone is a name */
  PXG_STEP_FILTER, /* guint64 words, a power of two: two bits per second token's path key */
  PXG_N_SECTIONS
} PxgSection;

typedef struct {
  guint32 offset;  /* from the start of the image */
  guint32 count;   /* elements */
} PxgSectionRef;

typedef struct {
  char magic[PXG_MAGIC_LEN];
  guint32 version;
  guint32 byte_order;
  guint8 hash[PXG_HASH_LEN];           /* of the sources' contents and options */
  guint8 stamp[PXG_HASH_LEN];          /* of the sources' paths, sizes and times */
  guint32 caps_only_max_letters;
  guint32 start_classes;               /* PXG_START_* bits: how names begin */
  guint32 size;                        /* of the whole image */
  guint32 n_nodes;                     /* trie nodes; node 0 is the root */
  guint32 n_names;                     /* names in the trie (for counting only) */
  guint32 reserved;
  guint64 checksum;                    /* px_tables_checksum () of the image */
  PxgSectionRef sections[PXG_N_SECTIONS];
} PxgHeader;

/* Field slots of an entity's strings, in px_gazetteer_entity_field order. */
typedef enum {
  PXG_F_ID, PXG_F_NAME, PXG_F_SUBTYPE, PXG_F_COUNTRY, PXG_F_ROLE, PXG_F_FROM, PXG_F_TO,
  PXG_F_OWNERSHIP, PXG_F_OWNERSHIP_SOURCE, PXG_F_NOTES, PXG_F_SOURCE, PXG_F_FILE,
  PXG_N_FIELDS
} PxgField;

typedef struct {
  guint32 fields[PXG_N_FIELDS];        /* string offsets, 0 = none */
  guint32 type;
  guint32 line;
  guint32 metonym_of;                  /* entity index or PX_NO_ENTITY */
  guint32 aliases;                     /* first slot in PXG_ALIASES */
  guint32 n_aliases;                   /* aliases first, then demonyms */
  guint32 n_demonyms;
  guint32 member_of;                   /* first slot in PXG_MEMBERS */
  guint32 n_member_of;
} PxgEntity;

/* A trie edge: from @parent by the token at @token (an offset into
 * PXG_VOCAB) to the node in @child's low bits.  A slot is empty when
 * @child is 0 (the root is nobody's child).  An edge is found at the slot
 * its child's path key (px_path_key) hashes to or after it; @check, the
 * key's low half, rules out most other edges before their token's text
 * is compared.  Because the key is made from the text's token hashes
 * alone, the slots of a whole name's edges are known before the first is
 * read, and can all be fetched at once.
 *
 * The low half is also what picks the slot (px_edge_slot), and the
 * compiler places the edges in the order of their checks, so that along
 * any run of used slots a search meets the checks in rising order (a run
 * that wraps past the end starts again from small ones): a search stops
 * at the first greater check as it would at an empty slot.  A search for
 * a missing edge, which ends every walk, then reads two or three slots
 * rather than eight or nine at three quarters full (since format 6). */
typedef struct {
  guint32 parent;
  guint32 child;
  guint32 token;
  guint32 check;
} PxgEdge;

#define PXG_CHILD_NODE(child)       ((child) & 0x3FFFFFFFu)
#define PXG_CHILD_HAS_NAMES         0x80000000u   /* the child ends a name */
#define PXG_CHILD_HAS_EDGES         0x40000000u   /* longer names go on from it */
#define PXG_MAX_NODES               0x3FFFFFFFu

/* A name: the entity it names, and PXG_NAME_* flags. */
typedef struct {
  guint32 entity;
  guint32 flags;
} PxgPayload;

typedef struct {
  guint32 node;
  PxgPayload name;
} PxgMoreName;

/* A checked image and typed pointers into it. */
typedef struct {
  const PxgHeader *header;
  const char *strings;
  const PxgEntity *entities;
  const guint32 *aliases;
  const guint32 *members;
  const guint32 *id_hash;
  const char *vocab;
  const PxgEdge *root_edges;
  const PxgEdge *edges;
  const PxgPayload *node_names;
  const PxgMoreName *more_names;
  guint32 n_more_names;
  const guint64 *start_filter;
  const guint64 *step_filter;
  guint32 n_entities;
  guint32 n_root_edges, n_edges;       /* table sizes (slots) */
  guint32 start_mask;                  /* words - 1 */
  guint32 step_mask;
} PxgTables;

/* A checksum of every byte of the image after its header (padded to 8
 * bytes): the structural checks cannot see a flipped byte inside a
 * string, a token or a key, and this does.  Any one changed 8-byte word
 * always changes it.  Fast (four lanes, two words per multiply and
 * shift), not a defence against forgery: the cache is the user's own
 * file.  px_tables_check computes it in the same pass as its other
 * checks. */
guint64 px_tables_checksum (const guint8 *data, gsize len);

/* Checks @len bytes at @data (8-byte aligned) as an image and fills
 * @tables; the checksum too when @check_sum.  @name is used in
 * messages. */
gboolean px_tables_check (const char *name, const guint8 *data, gsize len, gboolean check_sum,
                          PxgTables *tables, GError **error);

/* A node's path key: the root's is PXG_ROOT_KEY, and a child's is its
 * parent's mixed with the token hash of the edge to it, so that it
 * depends on the tokens from the root and on nothing else.  A child of
 * the root takes the token hash itself (since format 8): the matcher
 * makes that key for every token of a text, and the hash is already a
 * multiply-fold of the token's words.  Deeper, the parent's key is
 * turned by half its width before the two are mixed, so that a token
 * repeated ("Bora Bora") does not cancel itself out and two tokens in
 * either order make different keys. */
#define PXG_ROOT_KEY G_GUINT64_CONSTANT (0)

#define PXG_PATH_MULT G_GUINT64_CONSTANT (0xd6e8feb86659fd93)

static inline guint64
px_path_key (guint64 parent_key, guint64 token_hash)
{
  if (parent_key == PXG_ROOT_KEY)
    return token_hash;
  return px_hash_fold_mul (token_hash ^ ((parent_key << 32) | (parent_key >> 32)), PXG_PATH_MULT);
}

/* The slot a search for the edge to a node of path key @key starts at,
 * in a table of @size slots (size > 0). */
static inline guint32
px_edge_slot (guint64 key, guint32 size)
{
  return (guint32) (((key & 0xFFFFFFFFu) * size) >> 32);
}

/* Whether the vocabulary's string at @word is @folded: read no further
 * than its NUL, so that a damaged offset never reads past the pool.
 * When @ascii, @folded is the surface, folded by lower-casing it. */
static inline gboolean
px_same_token (const char *word, const char *folded, gsize len, gboolean ascii)
{
  for (gsize k = 0; k < len; k++)
    {
      char c = ascii && folded[k] >= 'A' && folded[k] <= 'Z' ? (char) (folded[k] | 0x20)
                                                             : folded[k];
      if (word[k] != c || word[k] == '\0')
        return FALSE;
    }
  return word[len] == '\0';
}

/* The edge from @parent by the folded token @folded to a node of path
 * key @key, in @table of @size slots over the vocabulary @vocab, or
 * NULL.  When @ascii, @folded is the surface, folded by lower-casing
 * it. */
const PxgEdge *px_edge_find (const PxgEdge *table, guint32 size, const char *vocab,
                             guint32 parent, guint64 key, const char *folded, gsize len,
                             gboolean ascii);

/* From *@slot on, the next edge from @parent whose check agrees with
 * @key, *@slot left at it; NULL at an empty slot, at a greater check, or
 * after @size probes in all (*@probes counts them, so a damaged full
 * table still ends). */
static inline const PxgEdge *
px_edge_next (const PxgEdge *table, guint32 size, guint32 parent, guint64 key, guint32 *slot,
              guint32 *probes)
{
  guint32 check = (guint32) key;
  for (; *probes < size; (*probes)++)
    {
      const PxgEdge *e = &table[*slot];
      if (e->child == 0 || e->check > check)
        return NULL;
      if (e->parent == parent && e->check == check)
        return e;
      if (++*slot == size)
        *slot = 0;
    }
  return NULL;
}

/* The first edge from @parent whose check agrees with @key, without
 * reading its token: the edge px_edge_find would return unless two
 * tokens' keys share their low half, which the caller rules out by
 * comparing the token (px_same_token) afterwards, when its text is in
 * cache.  NULL when there is none, and then px_edge_find has none
 * either. */
static inline const PxgEdge *
px_edge_probe (const PxgEdge *table, guint32 size, guint32 parent, guint64 key)
{
  guint32 slot = px_edge_slot (key, size), probes = 0;
  return px_edge_next (table, size, parent, key, &slot, &probes);
}

/* Whether the start filter lets a first token through: @key is the path
 * key of the node it leads to from the root. */
static inline gboolean
px_start_filter_has (const guint64 *filter, guint32 mask, guint64 hash)
{
  guint64 word = filter[(hash >> 12) & mask];
  guint64 bits = (G_GUINT64_CONSTANT (1) << (hash & 63)) | (G_GUINT64_CONSTANT (1) << ((hash >> 6) & 63));
  return (word & bits) == bits;
}

static inline void
px_start_filter_add (guint64 *filter, guint32 mask, guint64 hash)
{
  filter[(hash >> 12) & mask] |= (G_GUINT64_CONSTANT (1) << (hash & 63))
                                 | (G_GUINT64_CONSTANT (1) << ((hash >> 6) & 63));
}

/* The bits of the start filter's word for a first token (of path key
 * @hash) that say that it is a name by itself (since format 7): two more
 * bits of the same word, from the key's high half, so that a token the
 * filter lets through costs no second read to know whether a walk from
 * it can end at its first step.  The same filter functions serve the
 * step filter, of the path keys of names' second tokens. */
static inline guint64
px_start_filter_name_bits (guint64 hash)
{
  return (G_GUINT64_CONSTANT (1) << ((hash >> 40) & 63))
         | (G_GUINT64_CONSTANT (1) << ((hash >> 46) & 63));
}

/* The slot an id's search starts at in an id table of @mask + 1 slots. */
static inline guint32
px_id_slot (const char *id, guint32 mask)
{
  return (guint32) px_token_hash (id, strlen (id)) & mask;
}

/* ### Classifying a text's bytes, 64 at a time
 *
 * The matcher finds where words and spaces start and end with bit scans
 * over masks of 64 bytes: bit k of @alnum is set when byte k is an ASCII
 * letter or digit, of @space when it is one of the spaces the tokenizers
 * skip (g_ascii_isspace: a space, a tab, a line feed, a form feed, a
 * carriage return).  A byte at or above 0x80 is neither.  Two ways to
 * make them give the same masks: SSE2, the x86-64 baseline, sixteen
 * bytes a compare; and a portable one, eight bytes a word, which a build
 * gets with -DPXG_PORTABLE_SCAN (or on another processor).  The tests
 * compare the two wherever both exist. */
typedef struct {
  guint64 alnum;
  guint64 space;
} PxgByteClasses;

#define PXG_BYTES(b) (G_GUINT64_CONSTANT (0x0101010101010101) * (b))

/* Bit 7 of each byte of the little-endian word @w that is an ASCII letter
 * or digit. */
static inline guint64
px_alnum_bytes (guint64 w)
{
  guint64 x = w & ~PXG_BYTES (0x80);
  guint64 y = x | PXG_BYTES (0x20);               /* letters in lower case */
  /* Seven-bit bytes plus at most 0x7F carry into no other byte: bit 7
   * of the sum says whether the byte was at least 0x80 less the
   * addend. */
  guint64 letter = (y + PXG_BYTES (0x80 - 'a')) & ~(y + PXG_BYTES (0x7F - 'z'));
  guint64 digit = (x + PXG_BYTES (0x80 - '0')) & ~(x + PXG_BYTES (0x7F - '9'));
  return (letter | digit) & ~w & PXG_BYTES (0x80);
}

/* Bit 7 of each byte of @w that is an ASCII space. */
static inline guint64
px_space_bytes (guint64 w)
{
  guint64 x = w & ~PXG_BYTES (0x80);
  guint64 blank = x ^ PXG_BYTES (' ');
  /* A byte of @blank is zero (a space) when adding 0x7F leaves bit 7
   * clear and it had none of its own. */
  guint64 is_blank = ~((blank + PXG_BYTES (0x7F)) | blank);
  guint64 vt = x ^ PXG_BYTES ('\v');
  guint64 not_vt = (vt + PXG_BYTES (0x7F)) | vt;
  guint64 control = (x + PXG_BYTES (0x80 - '\t')) & ~(x + PXG_BYTES (0x7F - '\r')) & not_vt;
  return (is_blank | control) & ~w & PXG_BYTES (0x80);
}

/* The bits 7 of the bytes of @m as the low eight bits of the result. */
static inline guint64
px_gather_high_bits (guint64 m)
{
  /* Each byte's bit 7, moved to bit 0 and multiplied, lands in the top
   * byte at its own place, and no two partial products meet. */
  return ((m >> 7) * G_GUINT64_CONSTANT (0x0102040810204080)) >> 56;
}

/* The masks of the 64 bytes at @s, eight at a time. */
static inline void
px_byte_classes_portable (const char *s, PxgByteClasses *out)
{
  guint64 alnum = 0, space = 0;
  for (guint k = 0; k < 8; k++)
    {
      guint64 w;
      memcpy (&w, s + 8 * k, 8);
      w = GUINT64_FROM_LE (w);
      alnum |= px_gather_high_bits (px_alnum_bytes (w)) << (8 * k);
      space |= px_gather_high_bits (px_space_bytes (w)) << (8 * k);
    }
  out->alnum = alnum;
  out->space = space;
}

#if defined(__SSE2__) && !defined(PXG_PORTABLE_SCAN)
#include <emmintrin.h>

#define PXG_SSE2_SCAN 1

/* Bytes of @v from @lo to @hi, as unsigned bytes: SSE2 compares signed
 * bytes, so both sides are moved by 0x80. */
static inline __m128i
px_bytes_in_range (__m128i v, char lo, char hi)
{
  __m128i moved = _mm_add_epi8 (v, _mm_set1_epi8 ((char) (0x80 - lo)));
  return _mm_cmplt_epi8 (moved, _mm_set1_epi8 ((char) (-128 + (hi - lo) + 1)));
}

/* The masks of sixteen bytes at @s, in the low bits of *@alnum and
 * *@space. */
static inline void
px_byte_classes_16 (const char *s, guint *alnum, guint *space)
{
  __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) s);
  __m128i lower = _mm_or_si128 (v, _mm_set1_epi8 (0x20));
  __m128i an = _mm_or_si128 (px_bytes_in_range (lower, 'a', 'z'),
                             px_bytes_in_range (v, '0', '9'));
  __m128i sp = _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 (' ')),
                             _mm_andnot_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\v')),
                                               px_bytes_in_range (v, '\t', '\r')));
  *alnum = (guint) _mm_movemask_epi8 (an);
  *space = (guint) _mm_movemask_epi8 (sp);
}

/* The masks of the 64 bytes at @s, sixteen at a time. */
static inline void
px_byte_classes_sse2 (const char *s, PxgByteClasses *out)
{
  guint a0, a1, a2, a3, s0, s1, s2, s3;
  px_byte_classes_16 (s, &a0, &s0);
  px_byte_classes_16 (s + 16, &a1, &s1);
  px_byte_classes_16 (s + 32, &a2, &s2);
  px_byte_classes_16 (s + 48, &a3, &s3);
  out->alnum = a0 | (guint64) a1 << 16 | (guint64) a2 << 32 | (guint64) a3 << 48;
  out->space = s0 | (guint64) s1 << 16 | (guint64) s2 << 32 | (guint64) s3 << 48;
}

static inline void
px_byte_classes (const char *s, PxgByteClasses *out)
{
  px_byte_classes_sse2 (s, out);
}
#else
static inline void
px_byte_classes (const char *s, PxgByteClasses *out)
{
  px_byte_classes_portable (s, out);
}
#endif

/* ### The name tokenizer (fold.c) */

typedef struct {
  const char *text;
  gsize len;
  gsize pos;
  gboolean after_word;                 /* the previous token was a word, adjacent */
  /* The current token: */
  gsize start, end;
  GString *folded;
} PxNameTokens;

void     px_name_tokens_init  (PxNameTokens *t, const char *text, gsize len, GString *buffer);
gboolean px_name_tokens_next  (PxNameTokens *t);

/* One token read from @pos on: the same tokens as px_name_tokens_next,
 * with a fast path for plain ASCII words and marks, which are most of a
 * text.  @hash is px_token_hash of the folded form.  That form is the
 * surface in ASCII lower case when @ascii (and @folded is not touched);
 * otherwise it is in @folded. */
typedef struct {
  gsize start, end;
  guint64 hash;
  gboolean after_word;                 /* it is a word: a possessive may follow */
  gboolean ascii;
} PxNameToken;

/* Letters and digits in ASCII fold to lower case by setting bit 5 (a
 * digit has it already), eight at a time. */
#define PXG_ASCII_FOLD_BITS G_GUINT64_CONSTANT (0x2020202020202020)

/* px_token_hash of the ASCII letters and digits at @text[@i..@j) in
 * lower case, read a word at a time: the last word is read whole when
 * the text goes on that far, and its bytes after @j masked off. */
static inline guint64
px_ascii_word_hash (const char *text, gsize len, gsize i, gsize j)
{
  guint64 h = PXG_HASH_SEED;
  gsize k = i;
  for (; k + 8 <= j; k += 8)
    h = px_hash_word (h, px_load_word (text + k, 8) | PXG_ASCII_FOLD_BITS);
  if (k < j)
    {
      gsize n = j - k;
      guint64 w = k + 8 <= len ? px_load_word (text + k, 8) : px_load_word (text + k, n);
      h = px_hash_word (h, (w | PXG_ASCII_FOLD_BITS) & ((G_GUINT64_CONSTANT (1) << (8 * n)) - 1));
    }
  return px_hash_finish (h, j - i);
}

/* The token at @pos when it is a plain ASCII word or mark, which the
 * general tokenizer would read the same way: FALSE when anything about it
 * needs that tokenizer (a byte above ASCII, an apostrophe, the period of
 * a one-letter abbreviation; after one digit, a period is a full stop).  Its folded form is its surface in lower
 * case, and is not written anywhere.  px_name_token_next tries it first;
 * it is here so that the matcher's loop, which reads every word of a
 * text, has it inline. */
static inline gboolean
px_ascii_token (const char *text, gsize len, gsize pos, PxNameToken *token)
{
  gsize i = pos;
  while (i < len && g_ascii_isspace (text[i]))
    i++;
  if (i >= len || (guchar) text[i] >= 0x80 || text[i] == '\'')
    return FALSE;
  token->start = i;
  token->ascii = TRUE;
  if (!g_ascii_isalnum (text[i]))
    {
      /* A mark other than an apostrophe folds to itself. */
      token->end = i + 1;
      token->hash = px_token_hash (text + i, 1);
      token->after_word = FALSE;
      return TRUE;
    }
  gsize j = i + 1;
  while (j < len && g_ascii_isalnum (text[j]))
    j++;
  if (j < len && ((guchar) text[j] >= 0x80 || text[j] == '\''
                  || (text[j] == '.' && j - i == 1 && !g_ascii_isdigit (text[i]))))
    return FALSE;
  token->end = j;
  token->hash = px_ascii_word_hash (text, len, i, j);
  token->after_word = TRUE;
  return TRUE;
}

gboolean px_name_token_next (const char *text, gsize len, gsize pos, gboolean after_word,
                        GString *folded, PxNameToken *token);
/* Writes an ASCII token's folded form into @folded (which otherwise
 * already holds it). */
void     px_name_token_folded (const char *text, const PxNameToken *token, GString *folded);

/* The number of letters in @text. */
guint    px_count_letters (const char *text, gsize len);

G_END_DECLS
