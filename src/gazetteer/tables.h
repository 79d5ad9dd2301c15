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

#include <glib.h>

#include "gazetteer/gazetteer.h"

G_BEGIN_DECLS

#define PXG_MAGIC "PXGAZ\r\n\032"   /* \r\n and ^Z catch text-mode mangling */
#define PXG_MAGIC_LEN 8
#define PXG_VERSION 2
#define PXG_BYTE_ORDER 0x01020304u
#define PXG_HASH_LEN 32

/* What the first character of some name is: the matcher tries a text
 * position only if a name can start with its kind of character. */
#define PXG_START_CAPITAL  (1u << 0)  /* a capital, or a letter without case */
#define PXG_START_LOWER    (1u << 1)
#define PXG_START_DIGIT    (1u << 2)
#define PXG_START_OTHER    (1u << 3)

/* The start filter: 65,536 bits, 8 KiB, so it stays in cache. */
#define PXG_FILTER_WORDS 2048
#define PXG_FILTER_BIT(hash) ((hash) & 0xFFFFu)

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

/* The vocabulary hash of a folded token (FNV-1a). */
static inline guint32
px_vocab_hash (const char *s, gsize len)
{
  guint32 h = 2166136261u;
  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) s[i]) * 16777619u;
  return h;
}

/* Name flags in a payload. */
#define PXG_NAME_DEMONYM   (1u << 0)
#define PXG_NAME_CAPITAL   (1u << 1)  /* the surface must start with a capital */
#define PXG_NAME_ALL_CAPS  (1u << 2)  /* the surface must be all capitals */

typedef enum {
  PXG_STRINGS,     /* char */
  PXG_ENTITIES,    /* PxgEntity */
  PXG_LISTS,       /* guint32: alias string offsets, member_of entity indices */
  PXG_ID_INDEX,    /* guint32 entity indices sorted by id */
  PXG_VOCAB,       /* guint32 string offsets of folded tokens, sorted */
  PXG_NODES,       /* PxgNode; node 0 is the root */
  PXG_EDGES,       /* PxgEdge, sorted by token within a node */
  PXG_PAYLOADS,    /* PxgPayload */
  PXG_VOCAB_HASH,  /* guint32 open-addressing table: vocabulary index + 1, 0 empty */
  PXG_START_FILTER,/* guint32[PXG_FILTER_WORDS]: a bit per hash of a first word that
                      does not start with a capital */
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
  guint32 aliases;                     /* first list slot */
  guint32 n_aliases;                   /* aliases first, then demonyms */
  guint32 n_demonyms;
  guint32 member_of;                   /* first list slot */
  guint32 n_member_of;
} PxgEntity;

typedef struct {
  guint32 edges, n_edges;
  guint32 payloads, n_payloads;
} PxgNode;

typedef struct {
  guint32 token;
  guint32 child;
} PxgEdge;

typedef struct {
  guint32 entity;
  guint32 flags;
} PxgPayload;

/* A checked image and typed pointers into it. */
typedef struct {
  const PxgHeader *header;
  const char *strings;
  const PxgEntity *entities;
  const guint32 *lists;
  const guint32 *id_index;
  const guint32 *vocab;
  const PxgNode *nodes;
  const PxgEdge *edges;
  const PxgPayload *payloads;
  const guint32 *vocab_hash;
  guint32 vocab_mask;                  /* table size - 1 */
  const guint32 *start_filter;
} PxgTables;

/* Checks @len bytes at @data (8-byte aligned) as an image and fills
 * @tables.  @name is used in messages. */
gboolean px_tables_check (const char *name, const guint8 *data, gsize len, PxgTables *tables,
                          GError **error);

/* A folded token's index in the vocabulary, or PX_NO_ENTITY. */
guint32 px_tables_token (const PxgTables *tables, const char *folded, gsize len);

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

/* The number of letters in @text. */
guint    px_count_letters (const char *text, gsize len);

G_END_DECLS
