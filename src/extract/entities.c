/* entities.c: who and what a document names.
 *
 * Passes, each seeing what the earlier ones found (a byte map of the text
 * marks what is taken, so a later pass never claims those words again):
 *   1. gazetteer names, sentence by sentence;
 *   2. titles before capitalised words: "Ambassador Osamu Izawa";
 *   3. names that hold only in context ("the North" where North Korea is
 *      named) and offices of the country in view ("the Foreign Ministry");
 *   4. runs of capitalised words no rule claimed ("Kevin Allton");
 *   5. honorifics: "Mr." before a person found so far joins that mention;
 *      before another name, it resolves to a person named earlier;
 *   6. a family name alone, after the person's full name, and part of a
 *      body's name after the whole;
 *   7. single capitalised words no rule claimed.
 */
#include "config.h"

#include <string.h>

#include "extract/names.h"

struct _PxEntities {
  GPtrArray *entities;        /* PxEntity* */
  GArray *mentions;           /* PxMention */
  GArray *nested;             /* PxMention: names inside names */
  GHashTable *by_id;          /* id -> index + 1 */
};

/* A country looked up once it is needed: the one the document names
 * most, for a pass; the one of its places, for the document. */
typedef struct {
  gboolean looked;
  guint country;
} MainCountry;

typedef struct {
  const PxNameRules *rules;
  const PxGazetteer *gaz;
  const char *text;           /* normalised */
  gsize len;
  const PxSegmentation *seg;
  const PxToken *tokens;      /* seg's, a flat array (segment.h) */
  guint8 *taken;              /* one per byte of text */
  guint *title_len;           /* owned, per token: the title starting there, in tokens */
  guint8 *after_title;        /* owned, per token: a title ends right before it */
  guint *honorific_len;       /* owned, per token: the honorific starting there */
  /* The gazetteer's place mentions by start and by end offset (index + 1),
   * for bodies named after a place; a place joined into a body leaves
   * both and enters @absorbed, and moves to the nested mentions when
   * extraction ends. */
  GHashTable *place_starts;
  GHashTable *place_ends;
  /* The same for its organisations', outlets', events' and persons': a
   * body may open with one ("Google Science Fair", "Holocaust Museum",
   * "Narendra Modi Stadium"), and a list of names may go on with one
   * ("at Ford, General Motors and Stellantis"). */
  GHashTable *namer_starts;
  GHashTable *namer_ends;
  /* And its products': "its iPhone, iPad and Mac". */
  GHashTable *product_starts;
  GHashTable *product_ends;
  GHashTable *absorbed;
  /* Mentions (index + 1) absorbed into a longer name that are no
   * mention of their own: the listed "Democratic Party" that ends
   * "Botswana Democratic Party (BDP)". */
  GHashTable *unnamed;
  /* For the single words' pass (index_mentions ()): the ends of person
   * mentions, each word of a body's name -> the mentions of such
   * bodies (BodyWord), and the head word of a body's name (name_head ())
   * -> the same.  NULL until then. */
  GHashTable *person_ends;
  GHashTable *body_words;
  GHashTable *body_heads;
  /* And a body's initials, when they are long enough to be its acronym
   * (initials_of ()) -> Initialled. */
  GHashTable *initials;
  /* Entities of names no rule claimed whose type only a weak sign gave
   * (unknown_type ()), index + 1: a later mention's stronger sign
   * settles it. */
  GHashTable *guessed;
  /* The titles of works the text names (names_a_work ()), owned
   * strings: alone elsewhere, such a title is the work's still. */
  GHashTable *works;
  /* country_of_places () of places and bodies, and main_country (),
   * once a pass needs them: the gazetteer is searched for the country of
   * a code once per document.  The passes that ask add no places. */
  MainCountry *places_country;
  MainCountry *main_country;
  /* Listed places of a name the gazetteer gives to places of several
   * countries ("Georgia"): their mentions (Homonym) until
   * pass_homonyms (), then each candidate (entity + 1) -> the one the
   * document names (entity + 1). */
  GArray *homonym_mentions;
  GHashTable *homonyms;
  PxEntities *out;
} Extractor;

#define HOMONYMS_MAX 8

/* A mention of a name several listed places share, and those places in
 * the order they were loaded. */
typedef struct {
  guint mention;
  guint n;
  guint places[HOMONYMS_MAX];
} Homonym;

/* The body named with some initials, and where first. */
typedef struct {
  guint entity;              /* PX_NO_ENTITY: two bodies have them */
  gsize first;
} Initialled;

static void
entity_free (PxEntity *e)
{
  g_free (e->id);
  g_free (e->name);
  g_free (e);
}

void
px_entities_free (PxEntities *entities)
{
  if (entities == NULL)
    return;
  g_ptr_array_unref (entities->entities);
  g_array_unref (entities->mentions);
  g_array_unref (entities->nested);
  g_hash_table_unref (entities->by_id);
  g_free (entities);
}

guint
px_entities_n_entities (const PxEntities *entities)
{
  return entities->entities->len;
}

const PxEntity *
px_entities_get_entity (const PxEntities *entities, guint i)
{
  g_return_val_if_fail (i < entities->entities->len, NULL);
  return entities->entities->pdata[i];
}

guint
px_entities_n_mentions (const PxEntities *entities)
{
  return entities->mentions->len;
}

const PxMention *
px_entities_get_mention (const PxEntities *entities, guint i)
{
  g_return_val_if_fail (i < entities->mentions->len, NULL);
  return &g_array_index (entities->mentions, PxMention, i);
}

guint
px_entities_n_nested (const PxEntities *entities)
{
  return entities->nested->len;
}

const PxMention *
px_entities_get_nested (const PxEntities *entities, guint i)
{
  g_return_val_if_fail (i < entities->nested->len, NULL);
  return &g_array_index (entities->nested, PxMention, i);
}

/* ### Entities and mentions */

/* An id for a name no gazetteer lists: its folded words joined by "_",
 * without possessive endings. */
static char *
id_from_name (const char *name)
{
  g_autofree char *folded = px_gazetteer_fold (name, strlen (name));
  GString *id = g_string_new (NULL);
  for (const char *p = folded; *p; p++)
    {
      /* "New People's Party" and "New People Party" are one body: the
       * folded form's possessive is a token "'s" of its own. */
      if (p[0] == '\'' && p[1] == 's' && (p[2] == ' ' || p[2] == '\0') && p > folded
          && p[-1] == ' ')
        {
          p++;
          continue;
        }
      if (g_ascii_isalnum (*p))
        g_string_append_c (id, *p);
      else if (id->len > 0 && id->str[id->len - 1] != '_')
        g_string_append_c (id, '_');
      else if ((guchar) *p >= 0x80)
        g_string_append_printf (id, "%02x", (guchar) *p);
    }
  while (id->len > 0 && id->str[id->len - 1] == '_')
    g_string_truncate (id, id->len - 1);
  return g_string_free (id, FALSE);
}

static guint
entity_index (Extractor *x, const char *id, const char *name, PxEntityType type, guint gaz_entity)
{
  gpointer slot = g_hash_table_lookup (x->out->by_id, id);
  if (slot)
    return GPOINTER_TO_UINT (slot) - 1;
  PxEntity *e = g_new0 (PxEntity, 1);
  e->id = g_strdup (id);
  e->name = g_strdup (name);
  e->type = type;
  e->gazetteer_entity = gaz_entity;
  g_ptr_array_add (x->out->entities, e);
  g_hash_table_insert (x->out->by_id, e->id, GUINT_TO_POINTER (x->out->entities->len));
  return x->out->entities->len - 1;
}

static guint
gazetteer_entity (Extractor *x, guint e)
{
  if (x->homonyms != NULL)
    {
      gpointer chosen = g_hash_table_lookup (x->homonyms, GUINT_TO_POINTER (e + 1));
      if (chosen != NULL)
        e = GPOINTER_TO_UINT (chosen) - 1;
    }
  return entity_index (x, px_gazetteer_entity_field (x->gaz, e, "id"),
                       px_gazetteer_entity_field (x->gaz, e, "name"),
                       px_gazetteer_entity_type (x->gaz, e), e);
}

/* The listed entity that the @len bytes at @text name whole, as a name
 * (@demonym FALSE) or as a demonym (TRUE), or PX_NO_ENTITY. */
static guint
listed_whole (const Extractor *x, const char *text, gsize len, gboolean demonym)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (PxNameMatch));
  px_gazetteer_match (x->gaz, text, len, found);
  if (found->len != 1)
    return PX_NO_ENTITY;
  const PxNameMatch *m = &g_array_index (found, PxNameMatch, 0);
  return m->span.start == 0 && m->span.end == len && !m->demonym == !demonym ? m->entity
                                                                          : PX_NO_ENTITY;
}

/* The listed entity that @phrase names whole, no demonym, or
 * PX_NO_ENTITY. */
static guint
listed_as (const Extractor *x, const char *phrase)
{
  return listed_whole (x, phrase, strlen (phrase), FALSE);
}

/* An entity of its own for @name, known as @written_out, even when the
 * gazetteer lists that name: its id comes from @written_out. */
static guint
unlisted_entity (Extractor *x, const char *name, const char *written_out, PxEntityType type)
{
  g_autofree char *id = id_from_name (written_out);
  if (px_gazetteer_find (x->gaz, id) != PX_NO_ENTITY)
    {
      /* Never merge a stranger into a listed entity by a look-alike id. */
      g_autofree char *other = g_strconcat (id, "_unlisted", NULL);
      return entity_index (x, other, name, type, PX_NO_ENTITY);
    }
  return entity_index (x, id, name, type, PX_NO_ENTITY);
}

/* An entity for a name a rule found, written @name and known as
 * @written_out (its abbreviations written out, see written_out_name ()): the
 * gazetteer's when that is one of its names, else one of its own, with an
 * id from @written_out.  With @as_body, an organisation's name that is a
 * listed place's is a body of its own ("the company Patagonia"). */
static guint
named_entity_as (Extractor *x, const char *name, const char *written_out, PxEntityType type,
                 gboolean as_body)
{
  guint listed = listed_as (x, written_out);
  if (listed != PX_NO_ENTITY
      && !(as_body && type == PX_ENTITY_ORG
           && px_gazetteer_entity_type (x->gaz, listed) == PX_ENTITY_PLACE))
    return gazetteer_entity (x, listed);
  return unlisted_entity (x, name, written_out, type);
}

/* An entity for a name a rule found: the gazetteer's when the name is one
 * of its names, else one of its own. */
static guint
named_entity (Extractor *x, const char *name, PxEntityType type)
{
  return named_entity_as (x, name, name, type, FALSE);
}

static gboolean
is_free (const Extractor *x, PxSpan span)
{
  for (gsize i = span.start; i < span.end; i++)
    if (x->taken[i])
      return FALSE;
  return TRUE;
}

static void index_mention (Extractor *x, guint i, gboolean in_order);

static void
add_mention (Extractor *x, PxSpan span, guint entity, const char *rule, gboolean demonym)
{
  PxMention m = { span, entity, rule, demonym, FALSE };
  memset (x->taken + span.start, 1, span.end - span.start);
  g_array_append_val (x->out->mentions, m);
  if (x->body_words != NULL)
    index_mention (x, x->out->mentions->len - 1, TRUE);
  else if (x->person_ends != NULL
           && ((const PxEntity *) x->out->entities->pdata[entity])->type == PX_ENTITY_PERSON)
    g_hash_table_add (x->person_ends, GSIZE_TO_POINTER (span.end));
}

/* ### Tokens */

static const PxToken *
token (const Extractor *x, guint i)
{
  return &x->tokens[i];
}

static gboolean
token_is (const Extractor *x, guint i, const char *word)
{
  const PxToken *t = token (x, i);
  gsize n = t->span.end - t->span.start;
  return strlen (word) == n && memcmp (x->text + t->span.start, word, n) == 0;
}

static gboolean word_in (const Extractor *x, guint k, GHashTable *set);
static guint word_tokens (const Extractor *x, guint k, guint end);

static gboolean
is_capitalised (const Extractor *x, guint i)
{
  const PxToken *t = token (x, i);
  return t->kind == PX_TOKEN_WORD && px_token_is_capitalised (x->text, t);
}

/* Whether the word at @span is a listed given name (given_names). */
static gboolean
given_name_at (const Extractor *x, PxSpan span)
{
  if (x->rules->given_names == NULL)
    return FALSE;
  g_autofree char *lower = g_utf8_strdown (x->text + span.start,
                                           (gssize) (span.end - span.start));
  return px_lexicon_contains (x->rules->given_names, lower, strlen (lower));
}

/* Whether token @k is a listed given name. */
static gboolean
is_given_name (const Extractor *x, guint k)
{
  return given_name_at (x, px_token_span (token (x, k)));
}

/* Whether the word at token @k takes a possessive: "FTU's", or an
 * apostrophe alone after a plural ("Nurses' Union"). */
static gboolean
possessive_after (const Extractor *x, guint k, guint end)
{
  if (k + 1 >= end || !token (x, k + 1)->joined)
    return FALSE;
  if (token_is (x, k + 1, "'s") || token_is (x, k + 1, "’s"))
    return TRUE;
  const PxToken *t = token (x, k);
  return token_is (x, k + 1, "'") && t->kind == PX_TOKEN_WORD
         && g_ascii_tolower (x->text[t->span.end - 1]) == 's';
}

static char *
token_text (const Extractor *x, guint i)
{
  const PxToken *t = token (x, i);
  return g_strndup (x->text + t->span.start, t->span.end - t->span.start);
}

/* "al-Amr" in "Suleiman al-Amr": a particle joined to a capitalised
 * word by a hyphen, at @k. */
static gboolean
hyphened_particle (const Extractor *x, guint k, guint end)
{
  if (k + 2 >= end || token (x, k)->kind != PX_TOKEN_WORD || !token_is (x, k + 1, "-")
      || !token (x, k + 1)->joined || !token (x, k + 2)->joined || !is_capitalised (x, k + 2))
    return FALSE;
  g_autofree char *word = token_text (x, k);
  return g_hash_table_contains (x->rules->particles, word);
}

/* The number of particles at @k ("van der" in "Pieter van der Berg",
 * "de la" in "Maria de la Cruz"; "aan den" in "Alphen aan den Rijn", of
 * place_particles), at most two, when a capitalised word follows them; 0
 * otherwise. */
static guint
particles_at (const Extractor *x, guint k, guint end)
{
  for (guint n = 0; n < 2 && k + n + 1 < end; n++)
    {
      if (token (x, k + n)->kind != PX_TOKEN_WORD || is_capitalised (x, k + n))
        return 0;
      g_autofree char *word = token_text (x, k + n);
      if (!g_hash_table_contains (x->rules->particles, word)
          && !g_hash_table_contains (x->rules->place_particles, word))
        return 0;
      if (is_capitalised (x, k + n + 1))
        return n + 1;
    }
  return 0;
}

/* "d'Or", "d'Estaing": a particle elided on to a capitalised word, in one
 * token, at @k. */
static gboolean
elided_particle (const Extractor *x, guint k)
{
  const PxToken *t = token (x, k);
  if (t->kind != PX_TOKEN_WORD || is_capitalised (x, k))
    return FALSE;
  const char *w = x->text + t->span.start;
  const char *apostrophe = memchr (w, '\'', t->span.end - t->span.start);
  if (apostrophe == NULL || apostrophe + 1 >= x->text + t->span.end
      || !g_unichar_isupper (g_utf8_get_char (apostrophe + 1)))
    return FALSE;
  g_autofree char *particle = g_strndup (w, (gsize) (apostrophe - w));
  return g_hash_table_contains (x->rules->particles, particle);
}

/* "Al" in "Sheikh Tamim bin Hamad Al Thani", "Bin" in "Osama Bin
 * Laden": a particle written with a capital, at @k, before a
 * capitalised word. */
static gboolean
capitalised_particle (const Extractor *x, guint k, guint end)
{
  if (k + 1 >= end || token (x, k)->kind != PX_TOKEN_WORD || !is_capitalised (x, k + 1))
    return FALSE;
  g_autofree char *word = token_text (x, k);
  g_autofree char *lower = g_utf8_strdown (word, -1);
  return strcmp (word, lower) != 0 && g_hash_table_contains (x->rules->particles, lower);
}

static guint honorific_at (const Extractor *x, guint i, guint end);

/* The run of capitalised words from token @i to before the sentence's
 * end @end: particles between capitals ("bin", "Al") or hyphened to one
 * ("al-Amr"), and hyphenated parts ("Seol-hwa") belong to it; an
 * honorific ends it, since it opens the next name ("Ambassador Osamu
 * Izawa Mr. Kim" is two).  Returns the number of tokens, 0 if none. */
static guint
name_run (const Extractor *x, guint i, guint end)
{
  guint words = 0, n = 0;
  while (i + n < end && words < x->rules->max_name_words)
    {
      guint k = i + n;
      if (words > 0 && (honorific_at (x, k, end) > 0 || word_in (x, k, x->rules->post_nominals)))
        break;
      if (is_capitalised (x, k))
        {
          /* Such a particle counts for no word of max_name_words either. */
          if (words == 0 || !capitalised_particle (x, k, end))
            words++;
          n++;
          /* "Seol-hwa": a joined hyphen and word continue the word. */
          while (i + n + 1 < end && token_is (x, i + n, "-") && token (x, i + n)->joined
                 && token (x, i + n + 1)->joined && token (x, i + n + 1)->kind == PX_TOKEN_WORD)
            n += 2;
          continue;
        }
      guint particles = words > 0 ? particles_at (x, k, end) : 0;
      if (particles > 0)
        {
          n += particles;
          continue;
        }
      if (words > 0 && hyphened_particle (x, k, end))
        {
          n += 3;
          words++;
          continue;
        }
      if (words > 0 && elided_particle (x, k))
        {
          n++;
          words++;
          continue;
        }
      break;
    }
  return words > 0 ? n : 0;
}

static PxSpan
tokens_span (const Extractor *x, guint first, guint n)
{
  PxSpan span = { token (x, first)->span.start, token (x, first + n - 1)->span.end };
  return span;
}

/* The last token from @k on, before @end, that ends at or before the
 * byte @limit: the last token of a name that starts at @k and ends at
 * @limit.  @k itself when none after it does. */
static guint
last_token_within (const Extractor *x, guint k, guint end, gsize limit)
{
  while (k + 1 < end && token (x, k + 1)->span.end <= limit)
    k++;
  return k;
}

static char *
span_text (const Extractor *x, PxSpan span)
{
  return g_strndup (x->text + span.start, span.end - span.start);
}

/* Whether the words of @phrase (split at spaces) are the tokens from @i.
 * Called for every rule phrase at every token, so it reads the phrase in
 * place rather than splitting it. */
static guint
phrase_at (const Extractor *x, guint i, guint end, const char *phrase)
{
  /* Most phrases fail on their first byte: say so before any call. */
  if (i >= end || x->text[token (x, i)->span.start] != phrase[0])
    return 0;
  guint k = i;
  for (const char *word = phrase; *word != '\0';)
    {
      const char *space = strchr (word, ' ');
      gsize len = space != NULL ? (gsize) (space - word) : strlen (word);
      /* A word of the phrase may span several tokens ("Secretary-General",
       * "Lt."): compare the text from the token on. */
      if (k >= end || token (x, k)->span.start + len > x->len
          || memcmp (x->text + token (x, k)->span.start, word, len) != 0)
        return 0;
      gsize stop = token (x, k)->span.start + len;
      while (k < end && token (x, k)->span.end <= stop)
        k++;
      if (k < end && token (x, k)->span.start < stop)
        return 0;
      word = space != NULL ? space + 1 : word + len;
    }
  return k - i;
}

/* ### Passes */

/* Whether token @k is a literal_place_cues word ("in", "visited"). */
static gboolean
is_literal_cue (const Extractor *x, guint k)
{
  const PxToken *t = token (x, k);
  g_autofree char *word = g_utf8_strdown (x->text + t->span.start,
                                          (gssize) (t->span.end - t->span.start));
  return g_hash_table_contains (x->rules->literal_cues, word);
}

static const PxMention *mention_at (const Extractor *x, guint i);
static const PxEntity *entity_of (const Extractor *x, guint e);

/* The most places of a list walked back to its first. */
#define LIST_MAX_PLACES 16

/* Whether a comma or a place_list_joiners word stands between bytes
 * @from and @to, with single spaces around it ("Paris, Rome", "Rome and
 * Berlin"); *@joined says it was a word. */
static gboolean
list_gap (const Extractor *x, gsize from, gsize to, gboolean *joined)
{
  gsize gap = to - from;
  const char *between = x->text + from;
  *joined = FALSE;
  if (gap == 2 && between[0] == ',' && between[1] == ' ')
    return TRUE;
  if (gap <= 2 || between[0] != ' ' || between[gap - 1] != ' ')
    return FALSE;
  g_autofree char *word = g_strndup (between + 1, gap - 2);
  *joined = g_hash_table_contains (x->rules->place_list_joiners, word);
  return *joined;
}

/* Where the list of listed places that holds the one at @span begins: its
 * places so far, in the order pass_gazetteer () added them, each one a
 * comma or a word of place_list_joiners after the one before ("Paris,
 * Rome and Berlin"); @span's start when no place comes before it so.  A
 * list has a joiner, before the place or right after it ("Brussels,
 * Washington and Beijing"): "In Beijing, Washington said" lists
 * nothing. */
static gsize
list_start_before (const Extractor *x, const PxSentence *s, PxSpan span)
{
  gsize start = span.start;
  gboolean any_joiner = FALSE, joined;
  guint i = x->out->mentions->len;
  for (guint steps = 0; steps < LIST_MAX_PLACES && i > 0; steps++)
    {
      const PxMention *m = mention_at (x, --i);
      if (m->span.start >= start)
        continue;   /* the place itself, added already */
      if (m->span.end >= start || m->span.start < s->span.start
          || entity_of (x, m->entity)->type != PX_ENTITY_PLACE
          || !list_gap (x, m->span.end, start, &joined))
        break;
      any_joiner = any_joiner || joined;
      start = m->span.start;
    }
  if (start == span.start || any_joiner)
    return start;
  /* Only commas before it: a comma or a joiner must go on after it. */
  gsize next = span.end + 1;
  while (next < x->len && g_ascii_isalpha (x->text[next]))
    next++;
  return list_gap (x, span.end, MIN (next + 1, x->len), &joined) ? start : span.start;
}

static gboolean
is_metonymic (const Extractor *x, const PxSentence *s, PxSpan span)
{
  /* Before a capitalised word it qualifies another name: "the Tokyo
   * Olympics", "Tokyo Governor Yuriko Koike" are the city's. */
  guint end = s->first_token + s->n_tokens;
  for (guint k = s->first_token; k < end; k++)
    if (token (x, k)->span.start >= span.end)
      {
        if (token (x, k)->span.start == span.end + 1 && x->text[span.end] == ' '
            && is_capitalised (x, k))
          return FALSE;
        break;
      }
  /* Else the word before, if any, decides: "in Tokyo" is the city; in a
   * list, the word before its first place: "flew to Paris and Berlin". */
  span.start = list_start_before (x, s, span);
  for (guint k = end; k-- > s->first_token;)
    if (token (x, k)->span.end <= span.start)
      return !is_literal_cue (x, k);
  /* First in its sentence: a dateline ("SEOUL, South Korea -") is where
   * the story was filed, not who acted. */
  gboolean capital, all_caps;
  px_gazetteer_case (x->text + span.start, span.end - span.start, &capital, &all_caps);
  return !all_caps;
}

static guintptr word_value (const Extractor *x, guint k, GHashTable *table, gboolean set_only);
static gboolean token_free (const Extractor *x, guint k);

static gboolean is_acronym (const Extractor *x, guint k);

/* "Melania Trump", "Dr. Lev Orban": a listed person's name of one word
 * (a family name), right after a capitalised word that no listed name
 * took and that is no title, no acronym and none of not_names, is
 * another person's family name, whom the runs of capitalised words
 * find; "President Trump" and "Trump" alone stay the listed person.  @at
 * is its token. */
static gboolean
family_of_other (const Extractor *x, const PxSentence *s, guint at, PxSpan span,
                 const PxNameMatch *m)
{
  if (m->demonym || at <= s->first_token || token (x, at)->span.end != span.end
      || px_gazetteer_entity_type (x->gaz, m->entity) != PX_ENTITY_PERSON)
    return FALSE;
  guint given = at - 1;
  return token (x, given)->kind == PX_TOKEN_WORD && token (x, given)->span.end + 1 == span.start
         && is_capitalised (x, given) && token_free (x, given) && !x->after_title[at]
         && !word_in (x, given, x->rules->not_names) && !is_acronym (x, given);
}

static gboolean common_word (const Extractor *x, guint k, guint w);

/* "Maryana Iskander": a listed weapon's or product's name of one word
 * right after a capitalised word that nothing listed took and that is no
 * common word, acronym, title nor one of not_names (a given name) is that
 * person's family name, whom the runs of capitalised words find.  @at
 * is its token. */
static gboolean
family_of_thing (const Extractor *x, const PxSentence *s, guint at, PxSpan span,
                 const PxNameMatch *m)
{
  PxEntityType type = px_gazetteer_entity_type (x->gaz, m->entity);
  if ((type != PX_ENTITY_WEAPON && type != PX_ENTITY_PRODUCT) || m->demonym
      || at <= s->first_token || token (x, at)->span.end != span.end)
    return FALSE;
  guint given = at - 1;
  return token (x, given)->kind == PX_TOKEN_WORD && token (x, given)->span.end + 1 == span.start
         && is_capitalised (x, given) && token_free (x, given) && x->title_len[given] == 0
         && !word_in (x, given, x->rules->not_names) && !is_acronym (x, given)
         && !common_word (x, given, 1);
}

/* "illustrator Johnnie Christmas", "author Jack London": a listed name
 * of one word that is no person's, right after a title and one
 * capitalised word, is the family name of the person the title names
 * (pass_titles ()), not the holiday or the city.  @at is its token. */
static gboolean
surname_after_title (const Extractor *x, const PxSentence *s, guint at, PxSpan span,
                     const PxNameMatch *m)
{
  if (m->demonym || at < s->first_token + 2 || token (x, at)->span.end != span.end
      || px_gazetteer_entity_type (x->gaz, m->entity) == PX_ENTITY_PERSON)
    return FALSE;
  guint given = at - 1;
  return x->after_title[given] && token (x, given)->kind == PX_TOKEN_WORD
         && is_capitalised (x, given) && token_free (x, given)
         && !word_in (x, given, x->rules->not_names);
}

/* "Labour Minister Yolanda Díaz": a listed organisation's name that
 * opens a title of person_titles is the title's portfolio, no mention of
 * the body (the Labour Party).  @at is its first token. */
static gboolean
opens_title (const Extractor *x, guint at, PxSpan span, const PxNameMatch *m)
{
  if (m->demonym || px_gazetteer_entity_type (x->gaz, m->entity) != PX_ENTITY_ORG)
    return FALSE;
  guint t = x->title_len[at];
  return t > 0 && token (x, at + t - 1)->span.end > span.end;
}

/* Whether the gazetteer gives listed entity @g a subtype in @subtypes. */
static gboolean
subtype_in (const Extractor *x, guint g, GHashTable *subtypes)
{
  const char *subtype = px_gazetteer_entity_field (x->gaz, g, "subtype");
  return subtype != NULL && g_hash_table_contains (subtypes, subtype);
}

static gboolean after_honorific (const Extractor *x, guint k);

/* "Deputy Sofia Ramirez", "Mayor London Breed": a listed place of one
 * word whose subtype is one of given_name_subtypes (a city), or that is
 * a listed given name ("Foreign Minister Israel Katz"), right after
 * a title or an honorific ("Dr. Shashi Tharoor", Shashi a Chinese
 * city) and before a capitalised word that is none of not_names and
 * where the gazetteer finds nothing (@next_start, the start of its next
 * match, or G_MAXSIZE), is the given name of the person the title names
 * (pass_titles ()).  @at is its token. */
static gboolean
given_after_title (const Extractor *x, const PxSentence *s, guint at, PxSpan span,
                   const PxNameMatch *m, gsize next_start)
{
  guint family = at + 1;
  if (m->demonym || !(x->after_title[at] || after_honorific (x, at))
      || family >= s->first_token + s->n_tokens
      || token (x, at)->span.end != span.end
      || !(subtype_in (x, m->entity, x->rules->given_name_subtypes) || is_given_name (x, at)))
    return FALSE;
  const PxToken *t = token (x, family);
  return t->kind == PX_TOKEN_WORD && t->span.start == span.end + 1 && t->span.start != next_start
         && is_capitalised (x, family) && !word_in (x, family, x->rules->not_names);
}

static gboolean is_literal_cue (const Extractor *x, guint k);
static gboolean is_lower_word (const Extractor *x, guint k);
static gboolean team_score_after (const Extractor *x, guint k, guint end);
static gboolean is_score (const Extractor *x, guint k, guint end);

/* "Denzel Washington", "Valeska Paris", "Thierry Breton": a listed place
 * of one word whose subtype is one of given_name_subtypes (a city), right
 * after a capitalised word that no listed name took and that is no
 * common word, title, acronym nor one of not_names (a given name), is a
 * person's family name, whom the runs of capitalised words find; so is
 * any other listed place of one word after a listed given name
 * (given_names: "Jimmy Wales", "Michael Jordan") and any demonym of one
 * word there that ends the name and no literal_place_cues word opens;
 * and so is every later mention of that place that no
 * literal_place_cues word opens ("Paris claims", but "born in Paris"):
 * the surnames pass gives it to the person, as it does a listed
 * organisation's or outlet's name that inside_person_name () found to
 * end a person's ("Elaine Cargill ... Cargill stood in her doorway").
 * Not before a score: "beating Werder Bremen 5-0" names a team.
 * @families: such places so far (gazetteer entity + 1). */
static gboolean
family_named_city (const Extractor *x, const PxSentence *s, guint at, PxSpan span,
                   const PxNameMatch *m, GHashTable *families)
{
  PxEntityType type = px_gazetteer_entity_type (x->gaz, m->entity);
  gboolean body = type == PX_ENTITY_ORG || type == PX_ENTITY_OUTLET;
  if (token (x, at)->span.end != span.end || (type != PX_ENTITY_PLACE && !body)
      || team_score_after (x, at + 1, s->first_token + s->n_tokens))
    return FALSE;
  if (g_hash_table_contains (families, GUINT_TO_POINTER (m->entity + 1)))
    return at == s->first_token || !is_literal_cue (x, at - 1);
  if (body)
    return FALSE;   /* its first mention is inside_person_name ()'s */
  gboolean city = !m->demonym && subtype_in (x, m->entity, x->rules->given_name_subtypes);
  if (at <= s->first_token)
    return FALSE;
  /* "Henri de Castries": a particle between a listed given name and the
   * place. */
  guint given = at - 1;
  gsize after_given = span.start;
  if (given > s->first_token && word_in (x, given, x->rules->particles)
      && is_lower_word (x, given) && token (x, given)->span.end + 1 == span.start
      && is_given_name (x, given - 1))
    after_given = token (x, given--)->span.start;
  const PxToken *g = token (x, given);
  if (g->kind != PX_TOKEN_WORD || g->span.end + 1 != after_given || g->joined
      || !is_capitalised (x, given) || !token_free (x, given) || x->title_len[given] > 0
      || word_in (x, given, x->rules->not_names) || is_acronym (x, given)
      || common_word (x, given, 1) || !(city || is_given_name (x, given)))
    return FALSE;
  /* "Thierry Breton": a demonym too, when it ends the name and no place's
   * cue opens it ("in June British troops", a month that is a given name). */
  guint end = s->first_token + s->n_tokens;
  if (m->demonym
      && ((given > s->first_token && is_literal_cue (x, given - 1))
          || (at + 1 < end && is_capitalised (x, at + 1))))
    return FALSE;
  g_hash_table_add (families, GUINT_TO_POINTER (m->entity + 1));
  return TRUE;
}

static gboolean lexicon_has (const Extractor *x, gsize start, gsize end);
static gboolean is_body_word (const Extractor *x, guint k);
static gboolean abbreviates (const char *acronym, gsize len, const char *name);

/* Whether the @n bytes at @w look like a noun in the plural: four letters
 * or more ending in a single "s" after a small letter, not "-us" or "-is"
 * ("Celtics", "months"; not "Congress", "campus", "Paris"). */
static gboolean
looks_plural (const char *w, gsize n)
{
  return n >= 4 && w[n - 1] == 's' && g_ascii_islower (w[n - 2]) && w[n - 2] != 's'
         && w[n - 2] != 'u' && w[n - 2] != 'i';
}

/* The singular of the plural @word (@len bytes), as written:
 * "companies" is "company", "Departments" "Department". */
static char *
singular_of (const char *word, gsize len)
{
  gboolean ies = len > 4 && g_str_has_suffix (word, "ies");
  char *one = g_strndup (word, ies ? len - 2 : len - 1);
  if (ies)
    one[len - 3] = 'y';
  return one;
}

/* Whether token @k is an article (apposition_articles), in any case:
 * "the Celtics", "The King". */
static gboolean
is_article (const Extractor *x, guint k)
{
  const PxToken *t = token (x, k);
  if (t->kind != PX_TOKEN_WORD || t->span.end - t->span.start > 3)
    return FALSE;
  char lower[4] = { 0 };
  for (gsize i = 0; i < t->span.end - t->span.start; i++)
    lower[i] = g_ascii_tolower (x->text[t->span.start + i]);
  return g_hash_table_contains (x->rules->apposition_articles, lower);
}

/* Whether one of relation_cues after a noun of person_of_nouns stands
 * right before token @k of sentence @s: "the death of", "the son of"
 * relate a person, no place. */
static gboolean
after_person_of_noun (const Extractor *x, const PxSentence *s, guint k)
{
  return k >= s->first_token + 2 && word_in (x, k - 1, x->rules->relation_cues)
         && word_in (x, k - 2, x->rules->person_of_nouns);
}

/* "Jordan Brookes", "Sofia Williams": a listed place of one word that is
 * also a given name (given_names), right before a capitalised word that
 * looks like a family name (no common word, acronym, body word nor one
 * of not_names, and the gazetteer finds nothing there: @next_start is
 * the start of its next match, or G_MAXSIZE) and ends the name, is the
 * given name of a person the runs of capitalised words find.  Not after
 * a literal_place_cues word ("flights to Paris Orly"), unless it relates a
 * person ("the death of Jordan Neely"), nor inside a longer run of
 * capitals.  @at is its token. */
static gboolean
given_named_place (const Extractor *x, const PxSentence *s, guint at, PxSpan span,
                   const PxNameMatch *m, gsize next_start)
{
  guint family = at + 1, end = s->first_token + s->n_tokens;
  if (x->rules->given_names == NULL || m->demonym || family >= end
      || token (x, at)->span.end != span.end
      || px_gazetteer_entity_type (x->gaz, m->entity) != PX_ENTITY_PLACE)
    return FALSE;
  g_autofree char *lower = g_utf8_strdown (x->text + span.start, (gssize) (span.end - span.start));
  if (!px_lexicon_contains (x->rules->given_names, lower, strlen (lower)))
    return FALSE;
  if (at > s->first_token
      && ((is_literal_cue (x, at - 1) && !after_person_of_noun (x, s, at))
          || (is_capitalised (x, at - 1) && at - 1 > s->first_token)))
    return FALSE;
  const PxToken *t = token (x, family);
  if (t->kind != PX_TOKEN_WORD || t->span.start != span.end + 1 || t->span.start == next_start
      || !is_capitalised (x, family) || is_acronym (x, family) || !token_free (x, family)
      || word_in (x, family, x->rules->not_names) || is_body_word (x, family)
      || lexicon_has (x, t->span.start, t->span.end))
    return FALSE;
  return family + 1 >= end || !is_capitalised (x, family + 1);
}

/* "Duncan Crabtree-Ireland": a listed place of one word joined by a
 * hyphen to a capitalised word right after a listed given name is the
 * second part of a family name, whom the runs of capitalised words find;
 * so is the same compound later, alone ("Crabtree-Ireland said").
 * @families: such compounds so far.  @at is the place's token. */
static gboolean
ends_hyphened_family (const Extractor *x, const PxSentence *s, guint at, PxSpan span,
                      const PxNameMatch *m, GHashTable *families)
{
  if (m->demonym || token (x, at)->span.end != span.end || at < s->first_token + 2
      || !token (x, at)->joined || !token_is (x, at - 1, "-") || !token (x, at - 1)->joined)
    return FALSE;
  guint first = at - 2;
  const PxToken *f = token (x, first);
  if (f->kind != PX_TOKEN_WORD || f->joined || !is_capitalised (x, first) || !token_free (x, first))
    return FALSE;
  g_autofree char *compound = g_strndup (x->text + f->span.start, span.end - f->span.start);
  if (g_hash_table_contains (families, compound))
    return TRUE;
  if (first == s->first_token)
    return FALSE;
  guint given = first - 1;
  const PxToken *g = token (x, given);
  if (g->kind != PX_TOKEN_WORD || g->joined || g->span.end + 1 != f->span.start
      || !is_capitalised (x, given) || !token_free (x, given) || !is_given_name (x, given)
      || common_word (x, given, 1))
    return FALSE;
  g_hash_table_add (families, g_steal_pointer (&compound));
  return TRUE;
}

static guint kind_noun_before (const Extractor *x, const PxSentence *s, guint first);
static PxEntityType kind_noun_type (const Extractor *x, guint k, gboolean described);

/* "the outdoor clothing company Patagonia", "the bank Santander": a
 * listed place of one word right after an organisation's kind noun
 * (kind_noun_before ()) names a body, which the runs of capitalised
 * words find.  @at is its token. */
static gboolean
body_named_as_place (const Extractor *x, const PxSentence *s, guint at, PxSpan span,
                     const PxNameMatch *m)
{
  if (m->demonym || token (x, at)->span.end != span.end
      || px_gazetteer_entity_type (x->gaz, m->entity) != PX_ENTITY_PLACE)
    return FALSE;
  guint noun = kind_noun_before (x, s, at);
  return noun != G_MAXUINT && kind_noun_type (x, noun, TRUE) == PX_ENTITY_ORG;
}

/* "Cleveland-Cliffs": a listed place joined by a hyphen to a capitalised
 * word that nothing listed starts (@next_start: the next match's start)
 * opens a compound name, and names no place; "Seoul-Tokyo" and
 * "Dallas-Fort Worth" name two.  So does a listed name joined by one to
 * a number, a designation's: "the planet K2-18b" is no mountain; but not
 * one that ends in a number, a model's whose variant the number is ("a
 * Boeing 787-8").  @at is the name's first token. */
static gboolean
opens_hyphened_name (const Extractor *x, const PxSentence *s, guint at, PxSpan span,
                     const PxNameMatch *m, gsize next_start)
{
  guint end = s->first_token + s->n_tokens;
  guint after = last_token_within (x, at, end, span.end) + 1;
  if (m->demonym || after + 1 >= end || token (x, after - 1)->span.end != span.end
      || !token_is (x, after, "-") || !token (x, after)->joined || !token (x, after + 1)->joined)
    return FALSE;
  const PxToken *t = token (x, after + 1);
  if (g_ascii_isdigit (x->text[t->span.start]))
    return token (x, after - 1)->kind != PX_TOKEN_NUMBER;
  return t->kind == PX_TOKEN_WORD && is_capitalised (x, after + 1) && t->span.start != next_start;
}

/* "Sunbury-on-Thames", "Stratford-upon-Avon": a listed name that ends a
 * hyphenated word whose part before it is in lower case is the end of a
 * town's name, which the runs of capitalised words find whole.  @at is
 * the name's first token. */
static gboolean
ends_hyphened_town (const Extractor *x, const PxSentence *s, guint at)
{
  return at >= s->first_token + 4 && token (x, at)->joined && token_is (x, at - 1, "-")
         && token (x, at - 1)->joined && is_lower_word (x, at - 2) && token (x, at - 2)->joined
         && token_is (x, at - 3, "-") && token (x, at - 3)->joined && is_capitalised (x, at - 4);
}

static gboolean peoples_compound (const Extractor *x, guint k, guint end);

/* "the Sino-Japanese War", "the Franco-Prussian War": a demonym that a
 * hyphen joins to one of combining_forms before it, with a body's word
 * right after, is inside a name the runs of capitalised words find
 * whole.  @at is the demonym's token. */
static gboolean
in_named_peoples_compound (const Extractor *x, const PxSentence *s, guint at, PxSpan span,
                           const PxNameMatch *m)
{
  guint end = s->first_token + s->n_tokens;
  if (!m->demonym || at < s->first_token + 2 || !peoples_compound (x, at - 2, end)
      || !token_free (x, at - 2))
    return FALSE;
  guint after = last_token_within (x, at, end, span.end) + 1;
  return after < end && !token (x, after)->joined && is_capitalised (x, after)
         && is_body_word (x, after);
}

/* Whether the listed name at token @at is hyphened to one of
 * attributive_prefixes before it ("pro-Beijing"): an adjective, as a
 * demonym is. */
static gboolean
after_attributive_prefix (const Extractor *x, const PxSentence *s, guint at)
{
  if (at < s->first_token + 2 || !token_is (x, at - 1, "-") || !token (x, at - 1)->joined
      || !token (x, at)->joined || token (x, at - 2)->kind != PX_TOKEN_WORD)
    return FALSE;
  const PxToken *t = token (x, at - 2);
  g_autofree char *prefix = g_ascii_strdown (x->text + t->span.start,
                                             (gssize) (t->span.end - t->span.start));
  return g_hash_table_contains (x->rules->attributive_prefixes, prefix);
}

/* "US$ 20,000", "HK$5 million": a name written on to one of
 * currency_marks is part of a currency's sign, not a mention of the
 * country.  @at is the name's first token. */
static gboolean
in_currency_sign (const Extractor *x, const PxSentence *s, guint at, PxSpan span)
{
  guint end = s->first_token + s->n_tokens, k = at;
  while (k < end && token (x, k)->span.start < span.end)
    k++;
  return k < end && token (x, k)->span.start == span.end && token (x, k)->joined
         && word_in (x, k, x->rules->currency_marks);
}

/* Whether a capitalised word that no listed name took, and that is no
 * name alone (not_names), stands right before the listed name at token
 * @at, after another word of the sentence or its possessive ("Sanna
 * Marin's Social Democratic Party"), or hyphened to a word before
 * ("the Export-Import Bank of Korea"). */
static gboolean
after_unlisted_capital (const Extractor *x, const PxSentence *s, guint at, PxSpan span)
{
  if (at < s->first_token + 2)
    return FALSE;
  guint before = at - 1;
  PxTokenKind kind = token (x, before - 1)->kind;
  return token (x, before)->span.end + 1 == span.start && is_capitalised (x, before)
         && token_free (x, before) && !word_in (x, before, x->rules->not_names)
         && (kind == PX_TOKEN_WORD || kind == PX_TOKEN_POSSESSIVE
             || (token (x, before)->joined && token_is (x, before - 1, "-")));
}

/* "the FIRST Global Challenge Robot Olympics": a listed event named by
 * one event word, right after a capitalised word inside the sentence
 * that no listed name took, is the last word of another event's name,
 * which the runs of capitalised words find (pass_unknown ()).  After a
 * listed place ("the Tokyo Olympics") it stays the listed event.  @at is
 * its token. */
static gboolean
ends_other_event (const Extractor *x, const PxSentence *s, guint at, PxSpan span,
                  const PxNameMatch *m)
{
  if (m->demonym || token (x, at)->span.end != span.end
      || px_gazetteer_entity_type (x->gaz, m->entity) != PX_ENTITY_EVENT
      || !(word_value (x, at, x->rules->body_word_kinds, FALSE) & PX_BODY_EVENT))
    return FALSE;
  return after_unlisted_capital (x, s, at, span);
}

/* "the Ministry of Labour", "the General Confederation of Labour": a
 * listed organisation right after a connector after an unlisted body
 * word is the complement of that body's name (the runs of capitalised
 * words find it), not the one listed (the Labour Party).  @at is its
 * first token. */
static gboolean
completes_other_body (const Extractor *x, const PxSentence *s, guint at, const PxNameMatch *m)
{
  PxEntityType type = px_gazetteer_entity_type (x->gaz, m->entity);
  if (m->demonym || (type != PX_ENTITY_ORG && type != PX_ENTITY_OUTLET)
      || at < s->first_token + 2 || !word_in (x, at - 1, x->rules->connectors))
    return FALSE;
  guint body = at - 2;
  return is_capitalised (x, body) && token_free (x, body)
         && (word_value (x, body, x->rules->body_word_kinds, FALSE) & PX_BODY_ORG);
}

/* "the Peoples Democratic Party", "the Hollywood Foreign Press
 * Association", "the Industrial Bank of Korea": a listed organisation or
 * outlet whose name ends in an organisation's word, or opens with one,
 * right after a capitalised word inside the sentence that no listed name
 * took, is the end of another's name (the runs of capitalised words find
 * it), not the one listed.  @at is its first token. */
static gboolean
ends_other_org (const Extractor *x, const PxSentence *s, guint at, PxSpan span,
                const PxNameMatch *m)
{
  PxEntityType type = px_gazetteer_entity_type (x->gaz, m->entity);
  if (m->demonym || (type != PX_ENTITY_ORG && type != PX_ENTITY_OUTLET))
    return FALSE;
  guint last = last_token_within (x, at, s->first_token + s->n_tokens, span.end);
  return ((word_value (x, last, x->rules->body_word_kinds, FALSE) & PX_BODY_ORG)
          || (word_value (x, at, x->rules->body_word_kinds, FALSE) & PX_BODY_ORG))
         && after_unlisted_capital (x, s, at, span);
}

static gboolean is_body_word (const Extractor *x, guint k);

/* "Kelly Bayer Rosmarin": a listed organisation's name of one word
 * between a listed given name and a capitalised word that no listed name
 * takes and that is no body's, place's or event's word is inside one
 * person's name, which the runs of capitalised words find; "Henry Ford
 * Hospital" stays the company's.  So is one that ends the run after a
 * given name that is no common word ("Angus Cargill, his editor,"; not
 * "Will Apple"), an outlet's too ("Michael Bloomberg"), and then its
 * later mentions are that person's (added to @families, as
 * family_named_city () reads them). @at is its token, @next_start where
 * the next listed name starts. */
static gboolean
inside_person_name (const Extractor *x, const PxSentence *s, guint at, PxSpan span,
                    const PxNameMatch *m, gsize next_start, GHashTable *families)
{
  guint end = s->first_token + s->n_tokens;
  PxEntityType type = px_gazetteer_entity_type (x->gaz, m->entity);
  if (m->demonym || at <= s->first_token || at + 1 >= end || token (x, at)->span.end != span.end
      || (type != PX_ENTITY_ORG && type != PX_ENTITY_OUTLET))
    return FALSE;
  guint given = at - 1, next = at + 1;
  const PxToken *g = token (x, given), *n = token (x, next);
  if (g->kind != PX_TOKEN_WORD || g->span.end + 1 != span.start || !is_capitalised (x, given)
      || !token_free (x, given) || !is_given_name (x, given))
    return FALSE;
  if (n->kind == PX_TOKEN_WORD && n->span.start == span.end + 1 && is_capitalised (x, next))
    return n->span.start < next_start && !is_body_word (x, next)
           && !word_in (x, next, x->rules->not_names);
  if (common_word (x, given, 1))
    return FALSE;
  /* A given name opening a sentence may be a verb ("Will Apple rise?"):
   * there only an apposition after the name says it is one. */
  if (given > s->first_token || token_is (x, next, ","))
    g_hash_table_add (families, GUINT_TO_POINTER (m->entity + 1));
  return TRUE;
}

static gboolean is_definite_article (const Extractor *x, PxSpan span);

/* "the Moon Jae-in government": a listed name that opens with a definite
 * article, right before a capitalised word, opens a longer name (the runs
 * of capitalised words find it), and is not the one listed.  @at is its
 * first token. */
static gboolean
opens_longer_name (const Extractor *x, const PxSentence *s, guint at, PxSpan span,
                   const PxNameMatch *m)
{
  guint end = s->first_token + s->n_tokens;
  if (m->demonym || !is_definite_article (x, px_token_span (token (x, at))))
    return FALSE;
  guint next = at;
  while (next < end && token (x, next)->span.start < span.end)
    next++;
  return next < end && token (x, next)->span.start == span.end + 1
         && token (x, next)->kind == PX_TOKEN_WORD && is_capitalised (x, next);
}

/* "Bergen op Zoom", "Kingston upon Thames": a listed place right before
 * one of place_particles and a capitalised word opens another town's
 * name (the runs of capitalised words find it whole), and is not the one
 * listed.  @at is its first token. */
static gboolean
opens_particled_place (const Extractor *x, const PxSentence *s, guint at, PxSpan span,
                       const PxNameMatch *m)
{
  guint end = s->first_token + s->n_tokens;
  if (m->demonym || px_gazetteer_entity_type (x->gaz, m->entity) != PX_ENTITY_PLACE)
    return FALSE;
  guint next = last_token_within (x, at, end, span.end) + 1;
  return next + 1 < end && token (x, next)->span.start == span.end + 1
         && word_in (x, next, x->rules->place_particles) && is_capitalised (x, next + 1);
}

static gboolean cue_before (const Extractor *x, const PxSentence *s, guint k,
                            const GPtrArray *cues, gboolean after_person);

/* "the MP for Sheffield Heeley": a listed place right after a place_cues
 * phrase and before one capitalised word, the last, that no list holds
 * (@next_start: the next listed match), no given name, no body's word
 * and none of not_names, opens a longer place's name (a constituency, a
 * district), which the runs of capitalised words find whole ("the mayor
 * of London Sadiq Khan" is two names).  @at is its first token. */
static gboolean
opens_cued_place (const Extractor *x, const PxSentence *s, guint at, PxSpan span,
                  const PxNameMatch *m, gsize next_start)
{
  guint end = s->first_token + s->n_tokens;
  if (m->demonym || px_gazetteer_entity_type (x->gaz, m->entity) != PX_ENTITY_PLACE)
    return FALSE;
  guint next = last_token_within (x, at, end, span.end) + 1;
  if (next >= end)
    return FALSE;
  /* The word after first, the cue phrases last: most listed places are
   * followed by no such word. */
  const PxToken *n = token (x, next);
  return n->kind == PX_TOKEN_WORD && n->span.start == span.end + 1 && n->span.start < next_start
         && is_capitalised (x, next) && (next + 1 >= end || !is_capitalised (x, next + 1))
         && !is_given_name (x, next) && !is_body_word (x, next)
         && !word_in (x, next, x->rules->not_names)
         && cue_before (x, s, at, x->rules->place_cues, FALSE);
}

/* Whether listed entities @a and @b both have a country, and not the
 * same. */
static gboolean
countries_differ (const Extractor *x, guint a, guint b)
{
  const char *ca = px_gazetteer_entity_field (x->gaz, a, "country");
  const char *cb = px_gazetteer_entity_field (x->gaz, b, "country");
  return ca != NULL && cb != NULL && strcmp (ca, cb) != 0;
}

/* Whether the people of listed place @people are no nationals of the
 * country of listed body @body: another country's, or a continent's or a
 * region's, which no country holds ("the European Environment Agency" is
 * no English body). */
static gboolean
people_of_other_country (const Extractor *x, guint people, guint body)
{
  return countries_differ (x, people, body)
         || (px_gazetteer_entity_field (x->gaz, people, "country") == NULL
             && px_gazetteer_entity_field (x->gaz, body, "country") != NULL);
}

static gboolean mark_or_end_after (const Extractor *x, guint k, guint end);

/* "Santa Clara, California": a listed town of homonym_city_subtypes
 * right before a comma and @next, a listed place of another country and
 * of no such subtype (a state, a country) that ends the clause, is that
 * place's namesake (add_namesake ()). */
static gboolean
city_of_other_country (const Extractor *x, const PxSentence *s, guint at, PxSpan span,
                       const PxNameMatch *m, const PxNameMatch *next)
{
  guint end = s->first_token + s->n_tokens;
  if (next == NULL || m->demonym || next->demonym
      || !subtype_in (x, m->entity, x->rules->homonym_city_subtypes)
      || px_gazetteer_entity_type (x->gaz, next->entity) != PX_ENTITY_PLACE
      || subtype_in (x, next->entity, x->rules->homonym_city_subtypes)
      || !countries_differ (x, m->entity, next->entity))
    return FALSE;
  guint comma = last_token_within (x, at, end, span.end) + 1;
  if (comma + 1 >= end || !token_is (x, comma, ",")
      || token (x, comma + 1)->span.start != s->span.start + next->span.start)
    return FALSE;
  return mark_or_end_after (x, last_token_within (x, comma + 1, end,
                                                  s->span.start + next->span.end), end);
}

static char *title_cased (const Extractor *x, PxSpan span);

/* A mention at @span of a place of its own, named as the listed town
 * it is the namesake of and identified with the place @where after it:
 * "Santa Clara, California" is santa_clara_california, a place called
 * Santa Clara; "CAMBRIDGE, Massachusetts" in a dateline one called
 * Cambridge. */
static void
add_namesake (Extractor *x, PxSpan span, PxSpan where)
{
  g_autofree char *written = span_text (x, span);
  gboolean capital = FALSE, all_caps = FALSE;
  px_gazetteer_case (written, span.end - span.start, &capital, &all_caps);
  g_autofree char *name = all_caps ? title_cased (x, span) : g_strdup (written);
  g_autofree char *region = span_text (x, where);
  g_autofree char *qualified = g_strconcat (name, " ", region, NULL);
  add_mention (x, span, unlisted_entity (x, name, qualified, PX_ENTITY_PLACE), "namesake", FALSE);
}

/* The gazetteer entity of the first of @rules (PxSurfaceRule) whose
 * surface the text at @span is, its case aside, or PX_NO_ENTITY. */
static guint
surface_rule_entity (const Extractor *x, const GPtrArray *rules, PxSpan span)
{
  for (guint r = 0; r < rules->len; r++)
    {
      const PxSurfaceRule *rule = rules->pdata[r];
      gsize len = strlen (rule->surface);
      if (len == span.end - span.start
          && g_ascii_strncasecmp (x->text + span.start, rule->surface, len) == 0)
        return px_gazetteer_find (x->gaz, rule->entity);
    }
  return PX_NO_ENTITY;
}

/* "Everett, Washington,": the gazetteer entity an after_comma rule gives
 * the name at @span (its first token @at), right after a capitalised word
 * and a comma and before a mark or the sentence's end; PX_NO_ENTITY when
 * none does. */
static guint
listed_after_comma (const Extractor *x, const PxSentence *s, guint at, PxSpan span)
{
  guint end = s->first_token + s->n_tokens;
  if (x->rules->after_comma->len == 0 || at < s->first_token + 2 || !token_is (x, at - 1, ",")
      || !is_capitalised (x, at - 2))
    return PX_NO_ENTITY;
  guint after = last_token_within (x, at, end, span.end) + 1;
  if (after < end && (token (x, after)->kind == PX_TOKEN_WORD
                      || token (x, after)->kind == PX_TOKEN_NUMBER))
    return PX_NO_ENTITY;
  return surface_rule_entity (x, x->rules->after_comma, span);
}

/* "the Amazon", "the Brazilian Amazon", "the western Amazon": the
 * gazetteer entity an after_article rule gives the name at @span (its
 * first token @at) right after a definite article, one word perhaps
 * between (a demonym, which @last_mention is then, or a word in lower
 * case).  With nothing between, a mark, the sentence's end or a
 * literal_place_cues word must follow ("the Amazon deal" is the
 * company's).  PX_NO_ENTITY when no rule gives one. */
static guint
listed_after_article (const Extractor *x, const PxSentence *s, guint at, PxSpan span,
                      const PxMention *last_mention)
{
  if (x->rules->after_article->len == 0 || at < s->first_token + 1)
    return PX_NO_ENTITY;
  guint end = s->first_token + s->n_tokens;
  guint after = last_token_within (x, at, end, span.end) + 1;
  if (!word_in (x, at - 1, x->rules->definite_articles))
    {
      gboolean demonym = last_mention != NULL && last_mention->demonym
                         && last_mention->span.end == token (x, at - 1)->span.end;
      if (at < s->first_token + 2 || !word_in (x, at - 2, x->rules->definite_articles)
          || (!demonym && !is_lower_word (x, at - 1))
          || (after < end && is_capitalised (x, after)))
        return PX_NO_ENTITY;
    }
  else if (after < end && (token (x, after)->kind == PX_TOKEN_WORD
                           || token (x, after)->kind == PX_TOKEN_NUMBER)
           && !is_literal_cue (x, after))
    return PX_NO_ENTITY;
  return surface_rule_entity (x, x->rules->after_article, span);
}

/* Whether every one of @n listed @places is a place of some country. */
static gboolean
places_of_countries (const Extractor *x, const guint *places, guint n)
{
  for (guint i = 0; i < n; i++)
    if (px_gazetteer_entity_type (x->gaz, places[i]) != PX_ENTITY_PLACE
        || px_gazetteer_entity_field (x->gaz, places[i], "country") == NULL)
      return FALSE;
  return TRUE;
}

/* Keeps the mention just added for @m for pass_homonyms () when its
 * name is one of several places'. */
static void
note_homonym (Extractor *x, const PxNameMatch *m)
{
  Homonym h = { x->out->mentions->len - 1, 0, { 0 } };
  h.n = px_gazetteer_name_entities (x->gaz, m, h.places, HOMONYMS_MAX);
  if (h.n < 2 || h.n > HOMONYMS_MAX || m->demonym || !places_of_countries (x, h.places, h.n))
    return;
  if (x->homonym_mentions == NULL)
    x->homonym_mentions = g_array_new (FALSE, FALSE, sizeof (Homonym));
  g_array_append_val (x->homonym_mentions, h);
}

/* Whether listed entity @inner, a town of homonym_city_subtypes, is
 * listed for a country other than listed entity @outer's: "Libertad"
 * (a Philippine city) in "La Libertad Avanza", Argentina's party, is a
 * word of its name, no place. */
static gboolean
town_of_other_country (const Extractor *x, guint inner, guint outer)
{
  if (!subtype_in (x, inner, x->rules->homonym_city_subtypes))
    return FALSE;
  const char *own = px_gazetteer_entity_field (x->gaz, outer, "country");
  const char *other = px_gazetteer_entity_field (x->gaz, inner, "country");
  return own != NULL && other != NULL && g_strcmp0 (own, other) != 0;
}

/* Adds the listed entities of @type the gazetteer finds in the text
 * [@from, @to), from @covered on (one already nested ends there), as
 * nested in the mention of listed entity @outer.  The new end of what is
 * covered. */
static gsize
nest_listed_in (Extractor *x, gsize from, gsize to, gsize covered, GArray *found,
                PxEntityType type, guint outer)
{
  g_array_set_size (found, 0);
  px_gazetteer_match (x->gaz, x->text + from, to - from, found);
  for (guint k = 0; k < found->len; k++)
    {
      const PxNameMatch *m = &g_array_index (found, PxNameMatch, k);
      PxSpan span = { from + m->span.start, from + m->span.end };
      if (span.start < covered || m->demonym
          || px_gazetteer_entity_type (x->gaz, m->entity) != type
          || town_of_other_country (x, m->entity, outer))
        continue;
      add_mention (x, span, gazetteer_entity (x, m->entity), "gazetteer", FALSE);
      note_homonym (x, m);
      g_hash_table_add (x->absorbed, GUINT_TO_POINTER (x->out->mentions->len));
      covered = span.end;
    }
  return covered;
}

/* "Massachusetts Institute of Technology", "Bank of England": a listed
 * body named after a listed place still names the place, as a body the
 * rules find does (absorb ()): it is nested in the body's mention; and a
 * listed product named after its maker names the maker ("Google Chrome").
 * The gazetteer's longest match would find the whole again from its
 * first word, so from there its text is matched without its last word,
 * and then from each word after the entities of @type found so far
 * ("York" in "New York University" is not the English city).  Demonyms
 * ("Korean Central News Agency") name no place.  @at is the first token
 * of @body. */
static void
nest_listed (Extractor *x, const PxSentence *s, guint at, PxSpan body, PxEntityType type,
             guint outer)
{
  guint last = last_token_within (x, at, s->first_token + s->n_tokens, body.end);
  if (last == at)
    return;
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (PxNameMatch));
  gsize covered = body.start;
  for (guint k = at; k <= last; k++)
    {
      const PxToken *t = token (x, k);
      if (t->kind == PX_TOKEN_WORD && t->span.start >= covered)
        covered = nest_listed_in (x, t->span.start,
                                  k == at ? token (x, last - 1)->span.end : body.end,
                                  covered, found, type, outer);
    }
}

#define NO_SHORT_NAME G_MAXUINT

/* Notes that the short name @name (which the table takes) names listed
 * entity @g, or nobody (NO_SHORT_NAME) once two entities have it. */
static void
note_short_name (GHashTable *names, char *name, guint g)
{
  gpointer had;
  if (g_hash_table_lookup_extended (names, name, NULL, &had) && GPOINTER_TO_UINT (had) != g)
    g = NO_SHORT_NAME;
  g_hash_table_insert (names, name, GUINT_TO_POINTER (g));
}

/* The listed entity that the short name @name names, or NO_SHORT_NAME. */
static guint
short_named (GHashTable *names, const char *name)
{
  gpointer g;
  return g_hash_table_lookup_extended (names, name, NULL, &g) ? GPOINTER_TO_UINT (g)
                                                              : NO_SHORT_NAME;
}

/* Notes the tails of listed event @g's name as written at @span, once
 * it is named: "World Cup" of "Rugby World Cup" -> the Rugby World Cup,
 * or NO_SHORT_NAME when two events named have it. */
static void
note_event_tails (const Extractor *x, guint g, PxSpan span, GHashTable *tails)
{
  if (px_gazetteer_entity_type (x->gaz, g) != PX_ENTITY_EVENT)
    return;
  for (gsize at = span.start; at < span.end; at++)
    {
      if (x->text[at] != ' ')
        continue;
      note_short_name (tails, g_strndup (x->text + at + 1, span.end - at - 1), g);
    }
}

/* The listed event named before whose name ends in the name of listed
 * event @m, written at @span ("World Cup" after "Rugby World Cup", not
 * the football one), or NO_SHORT_NAME. */
static guint
event_named_by_tail (const Extractor *x, PxSpan span, const PxNameMatch *m, GHashTable *tails)
{
  if (m->demonym || px_gazetteer_entity_type (x->gaz, m->entity) != PX_ENTITY_EVENT)
    return NO_SHORT_NAME;
  g_autofree char *text = span_text (x, span);
  guint event = short_named (tails, text);
  return event == m->entity ? NO_SHORT_NAME : event;
}

/* Whether @span names listed entity @g, an organisation whose name ends
 * in one of town_words, right before a body's or a place's word: inside
 * "Manchester City Council" or "Ipswich Town Hall" the word is the town's
 * council's or hall's, and the club (Manchester City, Ipswich Town) is
 * not named there, nor later by its town's name alone ("Manchester City
 * Football Club" is the club's, which the gazetteer lists whole). */
static gboolean
town_word_of_body (const Extractor *x, PxSpan span, guint g)
{
  if (px_gazetteer_entity_type (x->gaz, g) != PX_ENTITY_ORG)
    return FALSE;
  guint n = px_segmentation_n_tokens (x->seg);
  guint next = px_segmentation_token_from (x->seg, span.end, n);
  return next > 0 && next < n && token (x, next)->span.start == span.end + 1
         && word_in (x, next - 1, x->rules->town_words) && is_capitalised (x, next)
         && is_body_word (x, next);
}

/* Notes the words of listed sports club @g's name, once it is named:
 * word -> club, or NO_SHORT_NAME when two clubs have it ("Milan" of AC
 * Milan and Inter Milan). */
static void
note_club_words (const Extractor *x, guint g, GHashTable *clubs)
{
  const char *subtype = px_gazetteer_entity_field (x->gaz, g, "subtype");
  if (g_strcmp0 (subtype, "sport") != 0)
    return;
  g_auto(GStrv) words = g_strsplit (px_gazetteer_entity_field (x->gaz, g, "name"), " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strlen (words[i]) < 4 || !g_ascii_isupper (words[i][0]))
        continue;
      note_short_name (clubs, g_strdup (words[i]), g);
    }
}

/* "Bayern Munich ... gave Bayern the lead": a listed place of one word
 * that is a word of one sports club named before is that club, unless a
 * literal_place_cues word opens it ("in Munich") or it opens a longer
 * name, a capitalised word that is none of not_names right after it
 * ("Sheffield City Council" after "Sheffield United").  The club, or
 * NO_SHORT_NAME. */
static guint
club_named_place (const Extractor *x, const PxSentence *s, guint at, PxSpan span,
                  const PxNameMatch *m, GHashTable *clubs)
{
  guint end = s->first_token + s->n_tokens;
  if (m->demonym || px_gazetteer_entity_type (x->gaz, m->entity) != PX_ENTITY_PLACE
      || token (x, at)->span.end != span.end
      || (at > s->first_token && is_literal_cue (x, at - 1))
      || (at + 1 < end && token (x, at + 1)->span.start == span.end + 1
          && is_capitalised (x, at + 1) && !word_in (x, at + 1, x->rules->not_names)))
    return NO_SHORT_NAME;
  g_autofree char *word = span_text (x, span);
  return short_named (clubs, word);
}

static void
pass_gazetteer (Extractor *x)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (PxNameMatch));
  g_autoptr(GHashTable) families = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) clubs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) compounds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) tails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < px_segmentation_n_sentences (x->seg); i++)
    {
      const PxSentence *s = px_segmentation_get_sentence (x->seg, i);
      g_array_set_size (found, 0);
      px_gazetteer_match (x->gaz, x->text + s->span.start, s->span.end - s->span.start, found);
      guint at = s->first_token;
      for (guint k = 0; k < found->len; k++)
        {
          const PxNameMatch *m = &g_array_index (found, PxNameMatch, k);
          PxSpan span = { s->span.start + m->span.start, s->span.start + m->span.end };
          while (at < s->first_token + s->n_tokens && token (x, at)->span.start < span.start)
            at++;
          gsize next_start = k + 1 < found->len
                             ? s->span.start + g_array_index (found, PxNameMatch, k + 1).span.start
                             : G_MAXSIZE;
          if (surname_after_title (x, s, at, span, m))
            {
              /* "Prime Minister Luís Montenegro": a place's later mentions
               * are the person's too, as family_named_city () says. */
              if (px_gazetteer_entity_type (x->gaz, m->entity) == PX_ENTITY_PLACE)
                g_hash_table_add (families, GUINT_TO_POINTER (m->entity + 1));
              continue;
            }
          const PxNameMatch *next = k + 1 < found->len
                                      ? &g_array_index (found, PxNameMatch, k + 1) : NULL;
          if (city_of_other_country (x, s, at, span, m, next))
            {
              add_namesake (x, span, (PxSpan) { s->span.start + next->span.start,
                                                s->span.start + next->span.end });
              continue;
            }
          if (opens_title (x, at, span, m) || family_of_other (x, s, at, span, m)
              || inside_person_name (x, s, at, span, m, next_start, families)
              || family_of_thing (x, s, at, span, m)
              || given_after_title (x, s, at, span, m, next_start)
              || given_named_place (x, s, at, span, m, next_start)
              || family_named_city (x, s, at, span, m, families)
              || in_currency_sign (x, s, at, span)
              || opens_hyphened_name (x, s, at, span, m, next_start)
              || in_named_peoples_compound (x, s, at, span, m)
              || ends_hyphened_town (x, s, at)
              || body_named_as_place (x, s, at, span, m)
              || ends_hyphened_family (x, s, at, span, m, compounds)
              || ends_other_event (x, s, at, span, m) || ends_other_org (x, s, at, span, m)
              || completes_other_body (x, s, at, m) || opens_longer_name (x, s, at, span, m)
              || opens_particled_place (x, s, at, span, m)
              || opens_cued_place (x, s, at, span, m, next_start))
            continue;
          guint club = club_named_place (x, s, at, span, m, clubs);
          if (club == NO_SHORT_NAME)
            club = event_named_by_tail (x, span, m, tails);
          if (club != NO_SHORT_NAME)
            {
              add_mention (x, span, gazetteer_entity (x, club), "short-name", FALSE);
              continue;
            }
          if (!town_word_of_body (x, span, m->entity))
            note_club_words (x, m->entity, clubs);
          note_event_tails (x, m->entity, span, tails);
          guint apposed = m->demonym ? PX_NO_ENTITY : listed_after_comma (x, s, at, span);
          if (apposed != PX_NO_ENTITY)
            {
              add_mention (x, span, gazetteer_entity (x, apposed), "after-comma", FALSE);
              continue;
            }
          const PxMention *last_mention = x->out->mentions->len > 0
                                            ? mention_at (x, x->out->mentions->len - 1) : NULL;
          guint articled = m->demonym ? PX_NO_ENTITY
                                      : listed_after_article (x, s, at, span, last_mention);
          if (articled != PX_NO_ENTITY)
            {
              add_mention (x, span, gazetteer_entity (x, articled), "after-article", FALSE);
              continue;
            }
          gboolean adjective = m->demonym || after_attributive_prefix (x, s, at);
          add_mention (x, span, gazetteer_entity (x, m->entity), "gazetteer", adjective);
          note_homonym (x, m);
          PxMention *added = &g_array_index (x->out->mentions, PxMention,
                                             x->out->mentions->len - 1);
          added->metonymic = !adjective
                             && px_gazetteer_entity_metonym_of (x->gaz, m->entity) != PX_NO_ENTITY
                             && is_metonymic (x, s, span);
          PxEntityType type = px_gazetteer_entity_type (x->gaz, m->entity);
          if (!adjective && (type == PX_ENTITY_ORG || type == PX_ENTITY_OUTLET))
            nest_listed (x, s, at, span, PX_ENTITY_PLACE, m->entity);
          else if (!adjective && type == PX_ENTITY_PRODUCT)
            nest_listed (x, s, at, span, PX_ENTITY_ORG, m->entity);
        }
    }
}

static const PxMention *
mention_at (const Extractor *x, guint i)
{
  return &g_array_index (x->out->mentions, PxMention, i);
}

static gboolean
is_absorbed (const Extractor *x, guint i)
{
  return g_hash_table_contains (x->absorbed, GUINT_TO_POINTER (i + 1));
}

static const PxEntity *
entity_of (const Extractor *x, guint index)
{
  return x->out->entities->pdata[index];
}

/* The word of letters that ends one space before @at, or FALSE. */
static gboolean
word_before (const Extractor *x, gsize at, PxSpan *word)
{
  if (at < 2 || x->text[at - 1] != ' ')
    return FALSE;
  gsize start = at - 1;
  while (start > 0 && g_ascii_isalpha (x->text[start - 1]))
    start--;
  *word = (PxSpan) { start, at - 1 };
  return start < at - 1 && (start == 0 || !g_ascii_isalnum (x->text[start - 1]));
}

/* The word of letters that starts one space after @at, or FALSE. */
static gboolean
word_after (const Extractor *x, gsize at, PxSpan *word)
{
  if (at + 1 >= x->len || x->text[at] != ' ')
    return FALSE;
  gsize end = at + 1;
  while (end < x->len && g_ascii_isalpha (x->text[end]))
    end++;
  *word = (PxSpan) { at + 1, end };
  return end > at + 1 && (end == x->len || !g_ascii_isalnum (x->text[end]));
}

/* Whether @word is a free compass word ("Southern") as written. */
static gboolean
compass_word (const Extractor *x, PxSpan word)
{
  if (!is_free (x, word))
    return FALSE;
  g_autofree char *text = span_text (x, word);
  return g_hash_table_contains (x->rules->compass_words, text);
}

static gint mention_before (const Extractor *x, GHashTable *index, gsize at);
static GHashTable *mentions_by (const Extractor *x, gboolean by_end);
static gboolean cue_before (const Extractor *x, const PxSentence *s, guint k,
                            const GPtrArray *cues, gboolean after_person);
static gboolean workplace_cue_before (const Extractor *x, const PxSentence *s, guint k);
static gint indexed (GHashTable *index, gsize offset);

/* Mention @i becomes part of a longer name, @span, of @entity: it stays
 * named inside it (nest_absorbed ()). */
static void
wrap_mention (Extractor *x, guint i, PxSpan span, guint entity, const char *rule)
{
  g_hash_table_add (x->absorbed, GUINT_TO_POINTER (i + 1));
  add_mention (x, span, entity, rule, FALSE);
}

/* "Gyeonggi Province", "Rakhine State": a listed region's mention takes
 * in one of place_unit_words after it, when the gazetteer's subtype for
 * it is one of unit_subtypes (not after a city: "Lagos State" is another
 * place, which the runs of capitalised words find), and no capitalised
 * word follows ("Colorado State University" is a body's name). */
static void
pass_place_units (Extractor *x)
{
  for (guint i = 0; i < x->out->mentions->len; i++)
    {
      PxMention *m = &g_array_index (x->out->mentions, PxMention, i);
      const PxEntity *e = entity_of (x, m->entity);
      PxSpan word;
      if (m->demonym || is_absorbed (x, i) || e->type != PX_ENTITY_PLACE
          || e->gazetteer_entity == PX_NO_ENTITY || !word_after (x, m->span.end, &word)
          || !is_free (x, word))
        continue;
      if (!subtype_in (x, e->gazetteer_entity, x->rules->unit_subtypes))
        continue;
      g_autofree char *text = span_text (x, word);
      PxSpan next;
      if (!g_hash_table_contains (x->rules->place_unit_words, text)
          || (word_after (x, word.end, &next) && g_ascii_isupper (x->text[next.start])))
        continue;
      memset (x->taken + word.start, 1, word.end - word.start);
      m->span.end = word.end;
    }
}

/* Whether mention @i names a place by its name, neither by its people's
 * ("Japanese") nor inside another name. */
static gboolean
names_place_alone (const Extractor *x, guint i)
{
  const PxMention *m = mention_at (x, i);
  return !m->demonym && !is_absorbed (x, i) && entity_of (x, m->entity)->type == PX_ENTITY_PLACE;
}

/* The name of the region that the compass @word before (@before) or
 * after the place of mention @m names, with the @joiner between them
 * when there is one (an empty span when not): the word and the place's
 * canonical name, so that "East L.A." and "East Los Angeles" are one
 * region; the place as written when its canonical name is qualified
 * ("Washington, D.C."). */
static char *
region_name (const Extractor *x, const PxMention *m, PxSpan word, PxSpan joiner,
             gboolean before)
{
  g_autofree char *compass = span_text (x, word);
  g_autofree char *of = joiner.end > joiner.start ? span_text (x, joiner) : NULL;
  const char *canonical = entity_of (x, m->entity)->name;
  g_autofree char *place = strchr (canonical, ',') != NULL ? span_text (x, m->span)
                                                           : g_strdup (canonical);
  if (!before)
    return g_strconcat (place, " ", compass, NULL);
  return of != NULL ? g_strconcat (compass, " ", of, " ", place, NULL)
                    : g_strconcat (compass, " ", place, NULL);
}

/* Whether a compass word and one of place_joiners stand right before
 * @at ("West of England"); @word is set to the compass word, @joiner to
 * the joiner. */
static gboolean
compass_of_before (const Extractor *x, gsize at, PxSpan *word, PxSpan *joiner)
{
  if (!word_before (x, at, joiner) || !word_before (x, joiner->start, word)
      || !is_free (x, *joiner) || !compass_word (x, *word))
    return FALSE;
  g_autofree char *text = span_text (x, *joiner);
  return g_hash_table_contains (x->rules->place_joiners, text);
}

/* A compass word beside a gazetteer place names a region of it:
 * "Southern Indiana", "Kowloon East", "the West of England".  The
 * place's mention becomes the region's, a place named by its own
 * words. */
static void
pass_regions (Extractor *x)
{
  for (guint i = 0, n = x->out->mentions->len; i < n; i++)
    {
      const PxMention *m = mention_at (x, i);
      /* A place nested in a listed body's name is no region's. */
      if (!names_place_alone (x, i))
        continue;
      PxSpan word, next, joiner = { 0, 0 }, span = m->span;
      gboolean before = (word_before (x, span.start, &word) && compass_word (x, word))
                        || compass_of_before (x, span.start, &word, &joiner);
      if (before)
        span.start = word.start;
      /* "Kowloon East", but not "Seoul Central District Court": after the
       * place the compass word ends the name. */
      else if (word_after (x, span.end, &word) && compass_word (x, word)
               && !(word_after (x, word.end, &next) && g_ascii_isupper (x->text[next.start])))
        span.end = word.end;
      else
        continue;
      g_autofree char *name = region_name (x, m, word, joiner, before);
      wrap_mention (x, i, span, named_entity (x, name, PX_ENTITY_PLACE), "region");
    }
}

/* Whether @word, capitalised and in the plural, may be a team's name after
 * a place: no body's, place's or event's word ("Falkland Islands", "Paris
 * Olympics"), nor one of not_names. */
static gboolean
may_name_team (const Extractor *x, PxSpan word)
{
  const char *w = x->text + word.start;
  if (!g_ascii_isupper (w[0]) || !looks_plural (w, word.end - word.start) || !is_free (x, word))
    return FALSE;
  g_autofree char *text = span_text (x, word);
  return !g_hash_table_contains (x->rules->body_word_kinds, text)
         && !g_hash_table_contains (x->rules->not_names, text);
}

/* The words the document writes right after an article ("the Celtics"), as
 * it does before a team's name and not before a family name ("Austin
 * Roberts"): one walk of the tokens, so that a text of many teams costs
 * no more per team. */
static GHashTable *
words_after_the (const Extractor *x)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_tokens = px_segmentation_n_tokens (x->seg);
  for (guint k = 0; k + 1 < n_tokens; k++)
    if (is_article (x, k) && token (x, k + 1)->kind == PX_TOKEN_WORD)
      g_hash_table_add (set, token_text (x, k + 1));
  return set;
}

/* Whether the word at @span is one of definite_articles, in any case. */
static gboolean
is_definite_article (const Extractor *x, PxSpan span)
{
  g_autofree char *text = span_text (x, span);
  g_autofree char *lower = g_utf8_strdown (text, -1);
  return g_hash_table_contains (x->rules->definite_articles, lower);
}

/* Whether one of definite_articles, in any case, stands right before
 * @at: "the Philadelphia Phillies", where a town takes no article. */
static gboolean
definite_article_before (const Extractor *x, gsize at)
{
  PxSpan word;
  return word_before (x, at, &word) && is_definite_article (x, word);
}

/* Whether a connector and a capitalised word stand before @at: the name
 * from @at on ends a longer one ("Agency for Palestine Refugees"). */
static gboolean
ends_longer_run (const Extractor *x, gsize at)
{
  PxSpan joiner, word;
  if (!word_before (x, at, &joiner) || !word_before (x, joiner.start, &word)
      || !g_ascii_isupper (x->text[word.start]))
    return FALSE;
  g_autofree char *text = span_text (x, joiner);
  return g_hash_table_contains (x->rules->connectors, text);
}

/* "Boston Celtics", "Toronto Maple Leafs": a place's mention (of no
 * subtype of teamless_subtypes: "Pacific Palisades" is no team) followed by
 * one or two capitalised words, the last in the plural and ending the
 * name, is a team's (an organisation's), when that word is a common
 * noun ("Nets", "Giants"), the document writes "the" before it or "the"
 * stands before the place ("the Philadelphia Phillies"): a family name
 * in the plural after a city that is a given name as well ("Austin
 * Roberts") is none of these. */
static void
pass_teams (Extractor *x)
{
  g_autoptr(GHashTable) after_the = NULL;   /* words_after_the (), when first needed */
  for (guint i = 0, n = x->out->mentions->len; i < n; i++)
    {
      const PxMention *m = mention_at (x, i);
      guint listed = entity_of (x, m->entity)->gazetteer_entity;
      if (!names_place_alone (x, i) || ends_longer_run (x, m->span.start)
          || (listed != PX_NO_ENTITY && subtype_in (x, listed, x->rules->teamless_subtypes)))
        continue;
      PxSpan first, last, next;
      if (!word_after (x, m->span.end, &first) || !g_ascii_isupper (x->text[first.start]))
        continue;
      last = first;
      if (!may_name_team (x, last) && word_after (x, first.end, &next))
        {
          g_autofree char *text = span_text (x, first);
          if (!is_free (x, first) || g_hash_table_contains (x->rules->body_word_kinds, text))
            continue;
          last = next;
        }
      /* The name goes on after a plural's apostrophe too: "West Kowloon
       * Magistrates' Courts" (ingest folds every apostrophe to ASCII). */
      gsize end = last.end;
      if (end < x->len && x->text[end] == '\'')
        end++;
      if (!may_name_team (x, last)
          || (word_after (x, end, &next) && g_ascii_isupper (x->text[next.start])))
        continue;
      if (!lexicon_has (x, last.start, last.end) && !definite_article_before (x, m->span.start))
        {
          if (after_the == NULL)
            after_the = words_after_the (x);
          g_autofree char *plural = span_text (x, last);
          if (!g_hash_table_contains (after_the, plural))
            continue;
        }
      PxSpan span = { m->span.start, last.end };
      memset (x->taken + first.start, 1, last.end - first.start);
      g_autofree char *name = span_text (x, span);
      wrap_mention (x, i, span, named_entity (x, name, PX_ENTITY_ORG), "team");
    }
}

static gint place_mention_at (const Extractor *x, gsize at);
static PxSpan absorb (Extractor *x, guint i);

/* The listed club that the town, region or word written at @span names
 * in one of club_forms ("FC Barcelona", "Liverpool FC", "Celtic FC"), or
 * PX_NO_ENTITY. */
static guint
club_named (const Extractor *x, PxSpan span)
{
  g_autofree char *name = span_text (x, span);
  for (guint f = 0; f < x->rules->club_forms->len; f++)
    {
      /* Each form has a NAME (px_name_rules_load ()). */
      g_auto(GStrv) parts = g_strsplit (x->rules->club_forms->pdata[f], "NAME", 2);
      g_autofree char *form = g_strconcat (parts[0], name, parts[1], NULL);
      guint club = listed_as (x, form);
      if (club != PX_NO_ENTITY && px_gazetteer_entity_type (x->gaz, club) == PX_ENTITY_ORG)
        return club;
    }
  return PX_NO_ENTITY;
}

/* Whether a match is reported from token @k on: one score of a match
 * there ("Sevilla 3-0"), or a word of match_verbs that one follows within
 * match_max_tokens tokens ("beat Manchester United 2-0", "drew 1-1"). */
static gboolean
match_after (const Extractor *x, guint k, guint end)
{
  if (team_score_after (x, k, end))
    return TRUE;
  if (k >= end || !word_in (x, k, x->rules->match_verbs))
    return FALSE;
  for (guint j = k + 1; j < end && j <= k + x->rules->match_max_tokens; j++)
    if (team_score_after (x, j, end))
      return TRUE;
  return FALSE;
}

/* Whether a match is reported before token @first of sentence @s: a
 * score, perhaps a noun, and one of match_joiners ("drew 2-2 with", "a
 * 3-1 win over"); not a set's score after another ("lost 6-4, 6-3 to"). */
static gboolean
match_before (const Extractor *x, const PxSentence *s, guint first, guint end)
{
  if (first < s->first_token + 4 || !word_in (x, first - 1, x->rules->match_joiners))
    return FALSE;
  guint joiner = first - 1;
  if (joiner >= s->first_token + 4 && is_lower_word (x, joiner - 1))
    joiner--;
  guint score = joiner - 3;
  if (!team_score_after (x, score, end))
    return FALSE;
  guint before = score > s->first_token && token_is (x, score - 1, ",") ? score - 1 : score;
  return before < s->first_token + 3 || !is_score (x, before - 3, end);
}

/* "Liverpool won the Premier League": one of title_verbs at token @k,
 * and within match_max_tokens after it a league the gazetteer named (an
 * organisation of league_subtypes). */
static gboolean
league_won_after (const Extractor *x, guint k, guint end)
{
  if (k >= end || !word_in (x, k, x->rules->title_verbs))
    return FALSE;
  for (guint j = k + 1; j < end && j <= k + x->rules->match_max_tokens; j++)
    {
      gint i = indexed (x->namer_starts, token (x, j)->span.start);
      if (i >= 0)
        {
          guint g = entity_of (x, mention_at (x, (guint) i)->entity)->gazetteer_entity;
          return g != PX_NO_ENTITY && subtype_in (x, g, x->rules->league_subtypes);
        }
    }
  return FALSE;
}

/* "Celtic beat Rangers 2-1": a free capitalised word at token @k before
 * a match's report, or a league won, is the club the gazetteer lists
 * under it (club_named ()), whether the word is a name or not. */
static void
name_bare_club (Extractor *x, guint k, guint end)
{
  PxSpan span = px_token_span (token (x, k));
  if (!is_capitalised (x, k) || !is_free (x, span)
      || !(match_after (x, k + 1, end) || league_won_after (x, k + 1, end)))
    return;
  guint club = club_named (x, span);
  if (club != PX_NO_ENTITY)
    add_mention (x, span, gazetteer_entity (x, club), "team", FALSE);
}

/* "Barcelona beat Sevilla 3-0", "Real Madrid and Barcelona drew 1-1": a
 * listed place before a match's report (match_after ()) is the club the
 * gazetteer lists under its name (club_named ()); the town is then no
 * mention of its own.  A place no club is listed for stays a place; a
 * word that is no place may name a club too (name_bare_club ()). */
static void
pass_club_places (Extractor *x)
{
  if (x->rules->club_forms->len == 0)
    return;
  for (guint si = 0; si < px_segmentation_n_sentences (x->seg); si++)
    {
      const PxSentence *s = px_segmentation_get_sentence (x->seg, si);
      guint end = s->first_token + s->n_tokens;
      for (guint k = s->first_token; k < end; k++)
        {
          gint i = place_mention_at (x, token (x, k)->span.start);
          if (i < 0)
            name_bare_club (x, k, end);
          if (i < 0 || is_absorbed (x, (guint) i) || mention_at (x, (guint) i)->demonym)
            continue;
          PxSpan span = mention_at (x, (guint) i)->span;
          guint last = last_token_within (x, k, end, span.end);
          guint club = match_after (x, last + 1, end) || league_won_after (x, last + 1, end)
                         ? club_named (x, span)
                         : PX_NO_ENTITY;
          if (club == PX_NO_ENTITY)
            continue;
          absorb (x, (guint) i);
          g_hash_table_add (x->unnamed, GUINT_TO_POINTER ((guint) i + 1));
          add_mention (x, span, gazetteer_entity (x, club), "team", FALSE);
          k = last;
        }
    }
}

/* Whether the words of @span are all common words: "Premier League",
 * "World Cup" are names a qualifier before may make another's. */
static gboolean
common_words_only (const Extractor *x, PxSpan span)
{
  gsize start = span.start;
  for (gsize i = span.start; i <= span.end; i++)
    if (i == span.end || x->text[i] == ' ')
      {
        if (i == start || !lexicon_has (x, start, i))
          return FALSE;
        start = i + 1;
      }
  return TRUE;
}

/* The word that qualifies an event's name right before @at, no rule's
 * yet: a capitalised common word ("Hockey World Cup") or a code of
 * letters and digits ("U17 World Cup"), not one of not_names ("The
 * World Cup").  Its span in @word, or FALSE. */
static gboolean
event_qualifier_before (const Extractor *x, gsize at, PxSpan *word)
{
  if (at < 2 || x->text[at - 1] != ' ')
    return FALSE;
  gsize start = at - 1;
  gboolean digits = FALSE;
  while (start > 0 && g_ascii_isalnum (x->text[start - 1]))
    digits |= g_ascii_isdigit (x->text[--start]);
  *word = (PxSpan) { start, at - 1 };
  if (start == at - 1 || (start > 0 && x->text[start - 1] != ' ')
      || !g_ascii_isupper (x->text[start]) || !is_free (x, *word))
    return FALSE;
  g_autofree char *text = span_text (x, *word);
  return !g_hash_table_contains (x->rules->not_names, text)
         && (digits || lexicon_has (x, start, at - 1));
}

static gboolean is_country (const Extractor *x, guint g);

/* Whether listed place @place, named right before listed body @body of
 * regional_body_subtypes, makes another body of it: a region of the
 * body's country (body_place_subtypes, not the country itself) has its
 * own ("the Ohio Environmental Protection Agency", "the Scottish Labour
 * Party"). */
static gboolean
qualifies_as_region (const Extractor *x, guint place, guint body)
{
  const char *code = px_gazetteer_entity_field (x->gaz, place, "country");
  return code != NULL && g_strcmp0 (code, px_gazetteer_entity_field (x->gaz, body, "country")) == 0
         && !is_country (x, place) && subtype_in (x, place, x->rules->body_place_subtypes)
         && subtype_in (x, body, x->rules->regional_body_subtypes);
}

/* Whether the name ending at @end goes on into a longer one: free
 * capitalised words follow it, the last of which is a body word of
 * @kind.  An office that opens an organisation's name ("the Government Communications
 * Security Bureau", "the Senate Armed Services Committee"; not before a
 * person's name: "the Senate President Jane Roe") or a place's
 * ("Parliament Square") is no office there, nor a listed name of common
 * words, qualified by a place, that opens a body's ("the Texas Department
 * of State Health Services" names no US State Department; "the Indian
 * Premier League Final" is the league's); the runs of capitalised words
 * find the longer name whole. */
static gsize capitals_after (const Extractor *x, gsize end, PxBodyKind kind, gsize *kind_end);

static gboolean
goes_on_into (const Extractor *x, gsize end, PxBodyKind kind)
{
  gsize kind_end;
  gsize run_end = capitals_after (x, end, kind, &kind_end);
  return run_end > end && kind_end == run_end;
}

/* Where the free capitalised words written from @end on end (at most
 * max_name_words of them; @end if none), and in @kind_end where the
 * last of them that is a body word of @kind ends (@end if none). */
static gsize
capitals_after (const Extractor *x, gsize end, PxBodyKind kind, gsize *kind_end)
{
  PxSpan word;
  *kind_end = end;
  for (guint i = 0; i < x->rules->max_name_words && word_after (x, end, &word)
                    && is_free (x, word) && g_ascii_isupper (x->text[word.start]); i++)
    {
      g_autofree char *text = span_text (x, word);
      guintptr kinds = GPOINTER_TO_SIZE (g_hash_table_lookup (x->rules->body_word_kinds, text));
      end = word.end;
      if (kinds & kind)
        *kind_end = end;
    }
  return end;
}

/* A listed name of common words only, which no other body's name goes
 * on from (goes_on_into ()), is another entity's when what stands
 * right before it qualifies it so: a demonym of another country
 * than the listed organisation's ("Indian Premier League", not the
 * English one) or of a continent (people_of_other_country ()), a region
 * of its country (qualifies_as_region ()), or a capitalised common word
 * or a code before an event ("Hockey World Cup", "U17 World Cup", not
 * football's).  The qualifying place stays
 * named inside, as a place inside its region. */
static void
pass_qualified_names (Extractor *x)
{
  g_autoptr(GHashTable) ends = mentions_by (x, TRUE);
  for (guint i = 0, n = x->out->mentions->len; i < n; i++)
    {
      const PxMention *m = mention_at (x, i);
      const PxEntity *e = entity_of (x, m->entity);
      if (m->demonym || is_absorbed (x, i) || e->gazetteer_entity == PX_NO_ENTITY
          || (e->type != PX_ENTITY_ORG && e->type != PX_ENTITY_EVENT)
          || !common_words_only (x, m->span))
        continue;
      PxSpan span = m->span, word;
      gint d = mention_before (x, ends, span.start);
      guint place = d >= 0 ? entity_of (x, mention_at (x, (guint) d)->entity)->gazetteer_entity
                           : PX_NO_ENTITY;
      gboolean people = place != PX_NO_ENTITY && mention_at (x, (guint) d)->demonym;
      PxEntityType type = e->type;
      /* "the Japanese Toyota" is Toyota: the demonym of its own country. */
      if (place != PX_NO_ENTITY && type == PX_ENTITY_ORG
          && ((people && people_of_other_country (x, place, e->gazetteer_entity))
              || (px_gazetteer_entity_type (x->gaz, place) == PX_ENTITY_PLACE
                  && qualifies_as_region (x, place, e->gazetteer_entity))))
        {
          /* Qualified, but its words go on into another body's name:
           * they are that body's, no mention of their own there (where
           * "the United Nations Military Observer Group" names the UN). */
          if (goes_on_into (x, span.end, PX_BODY_ORG))
            {
              g_hash_table_add (x->unnamed, GUINT_TO_POINTER (i + 1));
              continue;
            }
          /* The places are indexed later: nothing to take out of them. */
          g_hash_table_add (x->absorbed, GUINT_TO_POINTER ((guint) d + 1));
          span.start = mention_at (x, (guint) d)->span.start;
        }
      else if (d < 0 && type == PX_ENTITY_EVENT && event_qualifier_before (x, span.start, &word))
        span.start = word.start;
      else
        continue;
      g_autofree char *name = span_text (x, span);
      guint entity = named_entity (x, name, type);
      /* The listed name inside names no entity of its own: the English
       * league is no part of the Indian one. */
      PxMention *w = &g_array_index (x->out->mentions, PxMention, i);
      w->span = span;
      w->entity = entity;
      w->rule = "qualified";
      memset (x->taken + span.start, 1, span.end - span.start);
    }
}

/* Whether gazetteer entity @g is a series of events (edition_subtypes,
 * undated), whose editions a year names. */
static gboolean
is_series (const Extractor *x, guint g)
{
  return px_gazetteer_entity_type (x->gaz, g) == PX_ENTITY_EVENT
         && subtype_in (x, g, x->rules->edition_subtypes)
         && px_gazetteer_entity_field (x->gaz, g, "from") == NULL;
}

/* Whether the four digits of a year, no rule's yet, end one space before
 * @at (or, @after, start one space after it), not as part of a longer
 * number ("12,018", "2018.5") or word. */
static gboolean
year_beside (const Extractor *x, gsize at, gboolean after, PxSpan *year)
{
  if (after ? at + 5 > x->len || x->text[at] != ' ' : at < 5 || x->text[at - 1] != ' ')
    return FALSE;
  *year = after ? (PxSpan) { at + 1, at + 5 } : (PxSpan) { at - 5, at - 1 };
  const char *y = x->text + year->start;
  if ((y[0] != '1' && y[0] != '2') || !g_ascii_isdigit (y[1]) || !g_ascii_isdigit (y[2])
      || !g_ascii_isdigit (y[3]) || !is_free (x, *year))
    return FALSE;
  gsize s = year->start, e = year->end;
  gboolean open = s == 0 || !(g_ascii_isalnum (x->text[s - 1])
                              || ((x->text[s - 1] == ',' || x->text[s - 1] == '.')
                                  && s > 1 && g_ascii_isdigit (x->text[s - 2])));
  gboolean closed = e == x->len || !(g_ascii_isalnum (x->text[e])
                                     || ((x->text[e] == ',' || x->text[e] == '.')
                                         && e + 1 < x->len && g_ascii_isdigit (x->text[e + 1])));
  return open && closed;
}

/* The organisation whose mention ends one space before @at, by
 * mentions_by () their @ends; -1 if none. */
static gint
org_before (const Extractor *x, GHashTable *ends, gsize at)
{
  gint o = mention_before (x, ends, at);
  return o >= 0 && !mention_at (x, (guint) o)->demonym
         && entity_of (x, mention_at (x, (guint) o)->entity)->type == PX_ENTITY_ORG ? o : -1;
}

/* The tokens of the words in capitals, none taken and none among
 * not_names, that open sentence @s ("CANNES", "SAN JOSE"), at most
 * dateline_max_words of them; 0 when there are none. */
static guint
capitals_opening (const Extractor *x, const PxSentence *s)
{
  guint end = s->first_token + s->n_tokens, n = 0;
  for (; n < x->rules->dateline_max_words && s->first_token + n < end; n++)
    {
      guint k = s->first_token + n;
      const PxToken *t = token (x, k);
      gboolean capital, all_caps;
      px_gazetteer_case (x->text + t->span.start, t->span.end - t->span.start, &capital,
                         &all_caps);
      if (t->kind != PX_TOKEN_WORD || !all_caps || !token_free (x, k)
          || word_in (x, k, x->rules->not_names))
        break;
    }
  return n;
}

/* "CANNES" as a place's name: "Cannes". */
static char *
title_cased (const Extractor *x, PxSpan span)
{
  g_autofree char *lower = g_utf8_strdown (x->text + span.start, (gssize) (span.end - span.start));
  GString *name = g_string_new (NULL);
  gboolean word_start = TRUE;
  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      g_string_append_unichar (name, word_start ? g_unichar_totitle (c) : c);
      word_start = c == ' ' || c == '-';
    }
  return g_string_free (name, FALSE);
}

/* "CANNES, France (AP) -", "LYON (Reuters) -": words in capitals that
 * open a paragraph, before a comma and a listed place or before a listed
 * outlet in brackets, name the place the story was filed from, which
 * the gazetteer may not list. */
static void
pass_datelines (Extractor *x)
{
  g_autoptr(GHashTable) starts = NULL;
  for (guint i = 0; i < px_segmentation_n_sentences (x->seg); i++)
    {
      const PxSentence *s = px_segmentation_get_sentence (x->seg, i);
      if (i > 0 && px_segmentation_get_sentence (x->seg, i - 1)->paragraph == s->paragraph)
        continue;
      guint n = capitals_opening (x, s), k = s->first_token + n;
      if (n == 0 || k + 1 >= s->first_token + s->n_tokens)
        continue;
      if (starts == NULL)
        starts = mentions_by (x, FALSE);
      gint m = indexed (starts, token (x, k + 1)->span.start);
      if (m < 0)
        continue;
      PxEntityType type = entity_of (x, mention_at (x, (guint) m)->entity)->type;
      if ((token_is (x, k, ",") && type == PX_ENTITY_PLACE && !mention_at (x, (guint) m)->demonym)
          || (token_is (x, k, "(") && type == PX_ENTITY_OUTLET))
        {
          PxSpan span = tokens_span (x, s->first_token, n);
          g_autofree char *name = title_cased (x, span);
          add_mention (x, span, named_entity (x, name, PX_ENTITY_PLACE), "dateline", FALSE);
        }
    }
}

/* A year beside a series of events names an edition: "the 1991 Hajj",
 * "FIFA World Cup 2018", and with its organiser's name between, "the
 * 2018 FIFA football World Cup".  The series (and the organiser) stay
 * named inside the edition's name, as a place inside its region's. */
static void
pass_editions (Extractor *x)
{
  g_autoptr(GHashTable) ends = mentions_by (x, TRUE);
  for (guint i = 0, n = x->out->mentions->len; i < n; i++)
    {
      const PxMention *m = mention_at (x, i);
      guint g = entity_of (x, m->entity)->gazetteer_entity;
      if (m->demonym || g == PX_NO_ENTITY || !is_series (x, g))
        continue;
      PxSpan year, span = m->span;
      gint org = org_before (x, ends, span.start);
      if (year_beside (x, span.start, FALSE, &year))
        span.start = year.start;
      else if (org >= 0 && year_beside (x, mention_at (x, (guint) org)->span.start, FALSE, &year))
        {
          span.start = year.start;
          g_hash_table_add (x->absorbed, GUINT_TO_POINTER ((guint) org + 1));
        }
      else if (year_beside (x, span.end, TRUE, &year))
        span.end = year.end;
      else
        continue;
      g_autofree char *digits = span_text (x, year);
      g_autofree char *name = g_strdup_printf ("%s %s", digits, entity_of (x, m->entity)->name);
      wrap_mention (x, i, span, named_entity (x, name, PX_ENTITY_EVENT), "edition");
    }
}

/* The first phrase of @index at token @i, in tokens; 0 if none. */
static guint
first_phrase_at (const Extractor *x, guint i, guint end, const PxPhraseIndex *index)
{
  const GPtrArray *phrases = index->by_byte[(guint8) x->text[token (x, i)->span.start]];
  for (guint h = 0; phrases != NULL && h < phrases->len; h++)
    {
      guint n = phrase_at (x, i, end, phrases->pdata[h]);
      if (n > 0)
        return n;
    }
  return 0;
}

/* Three passes ask for the title and the honorific at each token of a
 * sentence: they are found once, and only at tokens whose first byte
 * begins some title or honorific. */
static void
find_titles (Extractor *x)
{
  guint n_tokens = px_segmentation_n_tokens (x->seg);
  x->title_len = g_new0 (guint, n_tokens + 1);
  x->after_title = g_new0 (guint8, n_tokens + 1);
  x->honorific_len = g_new0 (guint, n_tokens + 1);
  for (guint i = 0; i < px_segmentation_n_sentences (x->seg); i++)
    {
      const PxSentence *s = px_segmentation_get_sentence (x->seg, i);
      guint end = s->first_token + s->n_tokens;
      for (guint k = s->first_token; k < end; k++)
        {
          x->title_len[k] = first_phrase_at (x, k, end, &x->rules->title_index);
          /* "King's College": a title's possessive names no one. */
          if (x->title_len[k] > 0 && possessive_after (x, k + x->title_len[k] - 1, end))
            x->title_len[k] = 0;
          if (x->title_len[k] > 0)
            x->after_title[k + x->title_len[k]] = TRUE;
          x->honorific_len[k] = first_phrase_at (x, k, end, &x->rules->honorific_index);
        }
    }
}

/* @end: the end of @i's sentence, as find_titles () read it. */
static guint
title_at (const Extractor *x, guint i, guint end)
{
  return i < end ? x->title_len[i] : 0;
}

/* The span of the name of @n tokens from @first, in a sentence ending at
 * @end.  A title's abbreviation that ends it is a name's word ("the
 * former leader Hun Sen."): its period is the sentence's, not the
 * name's. */
static PxSpan
name_span (const Extractor *x, guint first, guint n, guint end)
{
  PxSpan span = tokens_span (x, first, n);
  if (title_at (x, first + n - 1, end) == 1 && x->text[span.end - 1] == '.')
    span.end--;
  return span;
}

/* @end: the end of @i's sentence, as find_titles () read it. */
static guint
honorific_at (const Extractor *x, guint i, guint end)
{
  return i < end ? x->honorific_len[i] : 0;
}

/* Whether an honorific ends right before token @k: "Mr. Musk's
 * Department of Government Efficiency" is a person's possessive and a
 * body, where "King's College" is one name. */
static gboolean
after_honorific (const Extractor *x, guint k)
{
  for (guint t = 1; t <= 2 && t <= k; t++)
    if (honorific_at (x, k - t, k) == t)
      return TRUE;
  return FALSE;
}

/* ### Honorifics
 *
 * At each honorific the pass asks which mention starts right after it and
 * which person was named before with the word that ends the name; asking
 * the whole list of mentions each time would be quadratic in a long text.
 * PersonIndex answers both from tables the pass keeps up to date. */

typedef struct {
  guint entity;
  gsize first;                /* where its first mention starts */
} PersonSeen;

typedef struct {
  GHashTable *starts;         /* a mention's start -> its index + 1 */
  GHashTable *by_word;        /* a person's first or last word -> GArray of
                                 PersonSeen, by first mention */
  GArray *first;              /* per entity: its first mention, or G_MAXSIZE */
} PersonIndex;

static void
person_index_clear (PersonIndex *pi)
{
  g_clear_pointer (&pi->starts, g_hash_table_unref);
  g_clear_pointer (&pi->by_word, g_hash_table_unref);
  g_clear_pointer (&pi->first, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PersonIndex, person_index_clear)

/* How many elements of @array, sorted by the offset in the text each
 * holds at @key_offset (a gsize), hold one before @at. */
static guint
count_before (const GArray *array, gsize key_offset, gsize at)
{
  gsize size = g_array_get_element_size ((GArray *) array);
  guint lo = 0, hi = array->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      gsize key;
      memcpy (&key, array->data + mid * size + key_offset, sizeof key);
      if (key < at)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* How many people of @seen were first named before @at. */
static guint
seen_before (const GArray *seen, gsize at)
{
  return count_before (seen, G_STRUCT_OFFSET (PersonSeen, first), at);
}

/* Files @entity under @word, first named at @first instead of @was. */
static void
move_person (PersonIndex *pi, const char *word, guint entity, gsize was, gsize first)
{
  GArray *seen = g_hash_table_lookup (pi->by_word, word);
  if (seen == NULL)
    {
      seen = g_array_new (FALSE, FALSE, sizeof (PersonSeen));
      g_hash_table_insert (pi->by_word, g_strdup (word), seen);
    }
  if (was != G_MAXSIZE)
    for (guint k = seen_before (seen, was); k < seen->len; k++)
      if (g_array_index (seen, PersonSeen, k).entity == entity)
        {
          g_array_remove_index (seen, k);
          break;
        }
  PersonSeen entry = { entity, first };
  g_array_insert_val (seen, seen_before (seen, first), entry);
}

/* The family name among the @n @words of a person's name: the last
 * that is no name_suffixes word ("Whitaker" of "Daniel Whitaker Jr."). */
static const char *
family_name (const Extractor *x, char **words, guint n)
{
  while (n > 2 && g_hash_table_contains (x->rules->suffixes, words[n - 1]))
    n--;
  return words[n - 1];
}

/* Notes that @entity is mentioned at @start: a person of two words or
 * more is found by their first word and their family name. */
static void
note_person (PersonIndex *pi, const Extractor *x, guint entity, gsize start)
{
  const PxEntity *e = entity_of (x, entity);
  if (e->type != PX_ENTITY_PERSON)
    return;
  gsize never = G_MAXSIZE;
  while (pi->first->len <= entity)
    g_array_append_val (pi->first, never);
  gsize was = g_array_index (pi->first, gsize, entity);
  if (start >= was)
    return;
  g_array_index (pi->first, gsize, entity) = start;
  g_auto(GStrv) words = g_strsplit (e->name, " ", -1);
  guint n = g_strv_length (words);
  if (n < 2)
    return;
  move_person (pi, words[0], entity, was, start);
  const char *family = family_name (x, words, n);
  if (strcmp (words[0], family) != 0)
    move_person (pi, family, entity, was, start);
}

/* Notes mention @i in both tables. */
static void
note_mention (PersonIndex *pi, const Extractor *x, guint i)
{
  gsize start = mention_at (x, i)->span.start;
  gpointer key = GSIZE_TO_POINTER (start);
  if (!g_hash_table_contains (pi->starts, key))
    g_hash_table_insert (pi->starts, key, GUINT_TO_POINTER (i + 1));
  note_person (pi, x, mention_at (x, i)->entity, start);
}

static void
person_index_init (PersonIndex *pi, const Extractor *x)
{
  pi->starts = g_hash_table_new (g_direct_hash, g_direct_equal);
  pi->by_word = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) g_array_unref);
  pi->first = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (guint i = 0; i < x->out->mentions->len; i++)
    note_mention (pi, x, i);
}

static PxMention *
mention_starting_at (const PersonIndex *pi, Extractor *x, gsize start)
{
  guint i = GPOINTER_TO_UINT (g_hash_table_lookup (pi->starts, GSIZE_TO_POINTER (start)));
  return i ? &g_array_index (x->out->mentions, PxMention, i - 1) : NULL;
}

/* How many people of one family name an honorific's gender is tried on:
 * a family's few, named in one story. */
#define MAX_NAMESAKES 8

typedef enum {
  GENDER_NONE,
  GENDER_MALE,
  GENDER_FEMALE,
} Gender;

/* The gender the honorific @title says (male_honorifics,
 * female_honorifics), or GENDER_NONE. */
static Gender
honorific_gender (const Extractor *x, PxSpan title)
{
  g_autofree char *text = span_text (x, title);
  g_autofree char *lower = g_utf8_strdown (text, -1);
  gsize len = strlen (lower);
  if (px_lexicon_contains (x->rules->male_honorifics, lower, len))
    return GENDER_MALE;
  return px_lexicon_contains (x->rules->female_honorifics, lower, len) ? GENDER_FEMALE
                                                                       : GENDER_NONE;
}

/* The gender person @entity's first word says as a given name
 * (male_given_names, female_given_names), or GENDER_NONE. */
static Gender
given_name_gender (const Extractor *x, guint entity)
{
  const char *name = entity_of (x, entity)->name;
  const char *space = strchr (name, ' ');
  g_autofree char *given = g_utf8_strdown (name, space != NULL ? space - name : -1);
  gsize len = strlen (given);
  if (px_lexicon_contains (x->rules->male_given_names, given, len))
    return GENDER_MALE;
  return px_lexicon_contains (x->rules->female_given_names, given, len) ? GENDER_FEMALE
                                                                        : GENDER_NONE;
}

/* The person named before @before whose first or last word is @word;
 * when several are, the first named whose given name is of the
 * honorific's @gender, else the first whose given name is not of the
 * other ("Mrs Clinton" after "Bill Clinton and Hillary Clinton"), else
 * the first: "Ms Khan" after "Aisha Khan" and "her mother, Samina Khan"
 * is the woman the story is about, as news names a relative by her full
 * name.  G_MAXUINT when none is. */
static guint
earlier_person (const Extractor *x, const PersonIndex *pi, const char *word, gsize before,
                Gender gender)
{
  const GArray *seen = g_hash_table_lookup (pi->by_word, word);
  guint n = seen != NULL ? seen_before (seen, before) : 0;
  if (n == 0)
    return G_MAXUINT;
  guint fits = G_MAXUINT;
  for (guint k = 0; k < n && gender != GENDER_NONE && k < MAX_NAMESAKES; k++)
    {
      guint entity = g_array_index (seen, PersonSeen, k).entity;
      Gender given = given_name_gender (x, entity);
      if (given == gender)
        return entity;
      if (given == GENDER_NONE && fits == G_MAXUINT)
        fits = entity;
    }
  return fits != G_MAXUINT ? fits : g_array_index (seen, PersonSeen, 0).entity;
}

/* Whether the listed place or body of @m, right after the honorific of
 * @h tokens at @k, is a family name the gazetteer lists for something
 * else: "Mr. Jordan", "Ms. Florence", "Dr. Lyon" name people.  One word
 * only, as a family name is; after a pageant's honorific a place is the
 * pageant's ("Miss Texas"). */
static gboolean
is_family_name_listed (const Extractor *x, const PxMention *m, guint k, guint h, guint end)
{
  const PxEntity *e = entity_of (x, m->entity);
  if (e->gazetteer_entity == PX_NO_ENTITY || g_strcmp0 (m->rule, "gazetteer") != 0
      || m->span.end != token (x, k + h + word_tokens (x, k + h, end) - 1)->span.end)
    return FALSE;
  if (e->type == PX_ENTITY_PLACE && h == 1 && word_in (x, k, x->rules->pageant_honorifics))
    return FALSE;
  return TRUE;
}

/* The honorific at @title joins the mention @m that follows it. */
static void
extend_by_honorific (PersonIndex *pi, Extractor *x, PxMention *m, PxSpan title)
{
  guint i = m - &g_array_index (x->out->mentions, PxMention, 0);
  memset (x->taken + title.start, 1, title.end - title.start);
  g_hash_table_remove (pi->starts, GSIZE_TO_POINTER (m->span.start));
  m->span.start = title.start;
  m->rule = "honorific";
  note_mention (pi, x, i);
}

static void
pass_honorifics (Extractor *x)
{
  g_auto(PersonIndex) pi = { 0 };
  person_index_init (&pi, x);
  for (guint i = 0; i < px_segmentation_n_sentences (x->seg); i++)
    {
      const PxSentence *s = px_segmentation_get_sentence (x->seg, i);
      guint end = s->first_token + s->n_tokens;
      for (guint k = s->first_token; k < end; k++)
        {
          guint h = honorific_at (x, k, end);
          if (h == 0 || k + h >= end)
            continue;
          PxSpan title = tokens_span (x, k, h);
          PxMention *m = mention_starting_at (&pi, x, token (x, k + h)->span.start);
          /* Not a name that a longer one took in ("Mr. Osamu Izawa Hall"):
           * the honorific would reach out of it. */
          if (m && is_free (x, title)
              && !is_absorbed (x, (guint) (m - &g_array_index (x->out->mentions, PxMention, 0))))
            {
              if (entity_of (x, m->entity)->type == PX_ENTITY_PERSON)
                {
                  extend_by_honorific (&pi, x, m, title);
                  continue;
                }
              if (is_family_name_listed (x, m, k, h, end))
                {
                  g_autofree char *surname = span_text (x, m->span);
                  guint person = earlier_person (x, &pi, surname, title.start,
                                                 honorific_gender (x, title));
                  m->entity = person != G_MAXUINT
                                ? person
                                : unlisted_entity (x, surname, surname, PX_ENTITY_PERSON);
                  m->demonym = m->metonymic = FALSE;
                  extend_by_honorific (&pi, x, m, title);
                  continue;
                }
            }
          guint n = name_run (x, k + h, end);
          /* The honorific too: another name may have taken it.  A title
           * after it names an office, no one: "the Lord Mayor". */
          if (n == 0 || !is_free (x, tokens_span (x, k, h + n))
              || first_phrase_at (x, k + h, end, &x->rules->title_index) > 0)
            continue;
          PxSpan name = tokens_span (x, k + h, n);
          g_autofree char *bare = span_text (x, name);
          /* The name's last word, hyphens and all ("Ms. Neville-Jones"),
           * as the index files a person's family name. */
          const char *space = strrchr (bare, ' ');
          guint person = earlier_person (x, &pi, space != NULL ? space + 1 : bare, title.start,
                                         honorific_gender (x, title));
          if (person == G_MAXUINT)
            /* The honorific is no part of the name: "Mr. Toccafondi" is
             * Toccafondi, whom another report may name without it. */
            person = named_entity (x, bare, PX_ENTITY_PERSON);
          add_mention (x, tokens_span (x, k, h + n), person, "honorific", FALSE);
          note_mention (&pi, x, x->out->mentions->len - 1);
        }
    }
}

/* The occurrences of each of @n @surfaces in the sentences, with its
 * case except for the first letter, as whole words: @spans[i] (GArray
 * of PxSpan) gets those of @surfaces[i].  One walk of the tokens for
 * all of them, each token tried only against the surfaces its first
 * letter can start. */
static void
find_surfaces (const Extractor *x, const char *const *surfaces, guint n, GArray **spans)
{
  GArray *by_letter[256] = { NULL };
  g_autofree gsize *lengths = g_new (gsize, n + 1);
  for (guint i = 0; i < n; i++)
    {
      lengths[i] = strlen (surfaces[i]);
      guint8 b = (guint8) g_ascii_tolower (surfaces[i][0]);
      if (b == 0)
        continue;
      if (by_letter[b] == NULL)
        by_letter[b] = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (by_letter[b], i);
    }
  for (guint i = 0; i < px_segmentation_n_sentences (x->seg); i++)
    {
      const PxSentence *s = px_segmentation_get_sentence (x->seg, i);
      for (guint k = s->first_token; k < s->first_token + s->n_tokens; k++)
        {
          gsize at = token (x, k)->span.start;
          const GArray *candidates = by_letter[(guint8) g_ascii_tolower (x->text[at])];
          for (guint c = 0; candidates != NULL && c < candidates->len; c++)
            {
              guint which = g_array_index (candidates, guint, c);
              gsize len = lengths[which];
              if (at + len > s->span.end
                  || memcmp (x->text + at + 1, surfaces[which] + 1, len - 1) != 0
                  || (at + len < s->span.end
                      && g_unichar_isalnum (g_utf8_get_char (x->text + at + len))))
                continue;
              PxSpan span = { at, at + len };
              g_array_append_val (spans[which], span);
            }
        }
    }
  for (guint b = 0; b < G_N_ELEMENTS (by_letter); b++)
    if (by_letter[b] != NULL)
      g_array_unref (by_letter[b]);
}

static gboolean
document_names (const Extractor *x, const char *id)
{
  return g_hash_table_contains (x->out->by_id, id);
}

/* The occurrences of each phrase of @list (const char*), or of each
 * PxSurfaceRule's surface when @in_context, in @list's order and ended
 * by NULL; free with free_spans (). */
static GArray **
spans_of (const Extractor *x, const GPtrArray *list, gboolean in_context)
{
  g_autofree const char **surfaces = g_new (const char *, list->len + 1);
  GArray **spans = g_new0 (GArray *, list->len + 1);
  for (guint r = 0; r < list->len; r++)
    {
      surfaces[r] = in_context ? ((const PxSurfaceRule *) list->pdata[r])->surface
                               : list->pdata[r];
      spans[r] = g_array_new (FALSE, FALSE, sizeof (PxSpan));
    }
  find_surfaces (x, surfaces, list->len, spans);
  return spans;
}

static void
free_spans (GArray **spans)
{
  for (GArray **s = spans; *s != NULL; s++)
    g_array_unref (*s);
  g_free (spans);
}

typedef GArray *SpanLists;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpanLists, free_spans)

/* Whether a surface rule's match at @span stands for its entity. */
typedef gboolean (*SurfaceFits) (const Extractor *x, const PxSurfaceRule *rule, PxSpan span);

/* Adds a mention of its entity, by @source, at every free match of each
 * of the surface @rules that @fits. */
static void
add_surface_mentions (Extractor *x, const GPtrArray *rules, const char *source, SurfaceFits fits)
{
  g_autoptr(SpanLists) all = spans_of (x, rules, TRUE);
  for (guint r = 0; r < rules->len; r++)
    {
      const PxSurfaceRule *rule = rules->pdata[r];
      guint e = px_gazetteer_find (x->gaz, rule->entity);
      const GArray *spans = all[r];
      for (guint k = 0; e != PX_NO_ENTITY && k < spans->len; k++)
        {
          PxSpan span = g_array_index (spans, PxSpan, k);
          if (is_free (x, span) && fits (x, rule, span))
            add_mention (x, span, gazetteer_entity (x, e), source, FALSE);
        }
    }
}

static gsize start_of_sentence_at (const Extractor *x, gsize at);

/* Whether the capitalised word at @span stands as a name of its own:
 * written with its capital, in no compound ("X-ray") and after no
 * capitalised word ("Generation X") but one that opens its sentence
 * ("On X, users complained"). */
static gboolean
stands_alone (const Extractor *x, PxSpan span)
{
  PxSpan word;
  if (!g_ascii_isupper (x->text[span.start])
      || (span.start > 0 && x->text[span.start - 1] == '-')
      || (span.end < x->len && x->text[span.end] == '-'))
    return FALSE;
  return !word_before (x, span.start, &word) || !g_ascii_isupper (x->text[word.start])
         || start_of_sentence_at (x, word.start) == word.start;
}

/* "the North" stands for North Korea where the text names it; a surface
 * that is a capitalised word (Twitter's "X") only where it stands
 * alone (stands_alone ()). */
static gboolean
entity_named_elsewhere (const Extractor *x, const PxSurfaceRule *rule, PxSpan span)
{
  if (g_ascii_isupper (rule->surface[0]) && !stands_alone (x, span))
    return FALSE;
  return document_names (x, rule->entity);
}

static void
pass_in_context (Extractor *x)
{
  add_surface_mentions (x, x->rules->in_context, "in-context", entity_named_elsewhere);
}

/* Whether a party's letter and a hyphen stand right before @span, after
 * a space, a bracket or the text's start: "D-" of "D-Mass.". */
static gboolean
after_party_letter (const Extractor *x, const PxSurfaceRule *rule, PxSpan span)
{
  (void) rule;
  gsize at = span.start;
  return at >= 2 && x->text[at - 1] == '-' && g_ascii_isupper (x->text[at - 2])
         && (at == 2 || g_ascii_isspace (x->text[at - 3]) || x->text[at - 3] == '(');
}

/* The longest word, in bytes, read back as a town's before a state's
 * abbreviation: the walk stops there. */
#define MAX_TOWN_WORD_BYTES 64

/* Whether a state's abbreviation that ends in a full stop stands at
 * @span right after a capitalised word and a comma: "Jackson, Miss.",
 * "CAPE CANAVERAL, Fla. (AP)". */
static gboolean
after_town_comma (const Extractor *x, const PxSurfaceRule *rule, PxSpan span)
{
  (void) rule;
  gsize at = span.start;
  if (x->text[span.end - 1] != '.' || at < 3 || x->text[at - 1] != ' ' || x->text[at - 2] != ',')
    return FALSE;
  /* Back over the word's letters, a UTF-8 sequence's bytes among them. */
  gsize word = at - 2;
  while (word > 0 && at - word <= MAX_TOWN_WORD_BYTES
         && (g_ascii_isalpha (x->text[word - 1]) || (x->text[word - 1] & 0x80)))
    word--;
  return word < at - 2 && g_ascii_isupper (x->text[word]);
}

/* "Sen. Elizabeth Warren, D-Mass.", "Chuck Schumer (D-N.Y.)": a state's
 * abbreviation of state_abbreviations after a party's letter; and after
 * a town and a comma, where a dateline reads it as its place's state
 * (pass_datelines (), which comes after). */
static void
pass_state_abbreviations (Extractor *x)
{
  add_surface_mentions (x, x->rules->state_abbreviations, "party-state", after_party_letter);
  add_surface_mentions (x, x->rules->state_abbreviations, "town-state", after_town_comma);
}

/* Indexes the gazetteer's place mentions (pass 1, a metonym read
 * literally after a comma included: "Hanford, Washington,") by their
 * starts and ends, and its organisations', outlets', events' and
 * persons' by their ends. */
static void
index_places (Extractor *x)
{
  x->place_starts = g_hash_table_new (g_direct_hash, g_direct_equal);
  x->place_ends = g_hash_table_new (g_direct_hash, g_direct_equal);
  x->namer_starts = g_hash_table_new (g_direct_hash, g_direct_equal);
  x->namer_ends = g_hash_table_new (g_direct_hash, g_direct_equal);
  x->product_starts = g_hash_table_new (g_direct_hash, g_direct_equal);
  x->product_ends = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < x->out->mentions->len; i++)
    {
      const PxMention *m = mention_at (x, i);
      if (is_absorbed (x, i)
          || (g_strcmp0 (m->rule, "gazetteer") != 0 && g_strcmp0 (m->rule, "region") != 0
              && g_strcmp0 (m->rule, "after-comma") != 0))
        continue;
      PxEntityType type = entity_of (x, m->entity)->type;
      gpointer index = GUINT_TO_POINTER (i + 1);
      if (type == PX_ENTITY_PLACE)
        {
          g_hash_table_insert (x->place_starts, GSIZE_TO_POINTER (m->span.start), index);
          g_hash_table_insert (x->place_ends, GSIZE_TO_POINTER (m->span.end), index);
        }
      else if ((type == PX_ENTITY_ORG || type == PX_ENTITY_OUTLET || type == PX_ENTITY_EVENT
                || type == PX_ENTITY_PERSON)
               && !m->demonym)
        {
          g_hash_table_insert (x->namer_starts, GSIZE_TO_POINTER (m->span.start), index);
          g_hash_table_insert (x->namer_ends, GSIZE_TO_POINTER (m->span.end), index);
        }
      else if (type == PX_ENTITY_PRODUCT)
        {
          g_hash_table_insert (x->product_starts, GSIZE_TO_POINTER (m->span.start), index);
          g_hash_table_insert (x->product_ends, GSIZE_TO_POINTER (m->span.end), index);
        }
    }
}

static gint
indexed (GHashTable *index, gsize offset)
{
  return (gint) GPOINTER_TO_UINT (g_hash_table_lookup (index, GSIZE_TO_POINTER (offset))) - 1;
}

/* The mention of @index (by end offset) that ends one space before @at,
 * or -1. */
static gint
mention_before (const Extractor *x, GHashTable *index, gsize at)
{
  return at > 0 && x->text[at - 1] == ' ' ? indexed (index, at - 1) : -1;
}

/* The gazetteer mention of a place (or its people) that ends one space
 * before @at: "Colorado" of "Colorado State University". */
static gint
place_mention_before (const Extractor *x, gsize at)
{
  gint i = mention_before (x, x->place_ends, at);
  /* "pro-Beijing New People Party": the place is in a word of its own. */
  if (i >= 0 && mention_at (x, (guint) i)->span.start > 0
      && x->text[mention_at (x, (guint) i)->span.start - 1] == '-')
    return -1;
  return i;
}

/* The gazetteer mention a body's name may open with, ending one space
 * before @at: a place's ("Colorado State University") or, when the body's
 * name ends in a body word (@body_last), an organisation's or an event's
 * ("Google Science Fair", "BBC World Service", "Holocaust Museum"). */
static gint
namer_mention_before (const Extractor *x, gsize at, gboolean body_last)
{
  gint i = place_mention_before (x, at);
  return i >= 0 || !body_last ? i : mention_before (x, x->namer_ends, at);
}

/* Two listed places a hyphen joins, ending one space before @at:
 * "Dallas-Fort Worth" of "Dallas-Fort Worth International Airport".  The
 * second's mention, and in @first the first's; -1 if there are none. */
static gint
hyphened_places_before (const Extractor *x, gsize at, gint *first)
{
  gint i = mention_before (x, x->place_ends, at);
  if (i < 0 || mention_at (x, (guint) i)->demonym)
    return -1;
  gsize start = mention_at (x, (guint) i)->span.start;
  if (start < 2 || x->text[start - 1] != '-')
    return -1;
  *first = indexed (x->place_ends, start - 1);
  return *first >= 0 && !mention_at (x, (guint) *first)->demonym ? i : -1;
}

/* The gazetteer mention of an event or a person that ends one space
 * before @at: "Holocaust" of "Holocaust Museum", "Narendra Modi" of
 * "Narendra Modi Stadium"; with @orgs, of an organisation too: "Labour"
 * of "Nigeria Labour Congress".  Never an outlet's: "Rolling Stone
 * Magazine" is the magazine itself. */
static gint
namer_before (const Extractor *x, gsize at, gboolean orgs)
{
  gint i = mention_before (x, x->namer_ends, at);
  if (i < 0)
    return -1;
  PxEntityType type = entity_of (x, mention_at (x, (guint) i)->entity)->type;
  return type == PX_ENTITY_EVENT || type == PX_ENTITY_PERSON || (orgs && type == PX_ENTITY_ORG)
           ? i : -1;
}

/* The gazetteer mention of a place (not its people) that starts at @at. */
static gint
place_mention_at (const Extractor *x, gsize at)
{
  gint i = indexed (x->place_starts, at);
  return i >= 0 && !mention_at (x, (guint) i)->demonym ? i : -1;
}

/* The gazetteer mention of a place's people (a demonym) that starts at
 * @at; -1 also before the places are indexed. */
static gint
demonym_mention_at (const Extractor *x, gsize at)
{
  gint i = x->place_starts != NULL ? indexed (x->place_starts, at) : -1;
  return i >= 0 && mention_at (x, (guint) i)->demonym ? i : -1;
}

/* Joins mention @i into a body's name: it stays out of every later
 * lookup and is nested in the body at the end (nest_absorbed ()). */
static PxSpan
absorb (Extractor *x, guint i)
{
  const PxMention *m = mention_at (x, i);
  g_hash_table_remove (x->place_starts, GSIZE_TO_POINTER (m->span.start));
  g_hash_table_remove (x->place_ends, GSIZE_TO_POINTER (m->span.end));
  g_hash_table_remove (x->namer_starts, GSIZE_TO_POINTER (m->span.start));
  g_hash_table_remove (x->namer_ends, GSIZE_TO_POINTER (m->span.end));
  g_hash_table_add (x->absorbed, GUINT_TO_POINTER (i + 1));
  return m->span;
}

/* Whether mention @m is an organisation's name of one common word
 * ("Labour"), which inside another body's name is a word of it and
 * names nothing of its own. */
static gboolean
common_body_word (const Extractor *x, const PxMention *m)
{
  return entity_of (x, m->entity)->type == PX_ENTITY_ORG
         && memchr (x->text + m->span.start, ' ', m->span.end - m->span.start) == NULL
         && lexicon_has (x, m->span.start, m->span.end);
}

/* Whether mention @m names a listed club in a town's body's name
 * (town_word_of_body ()). */
static gboolean
listed_town_word_of_body (const Extractor *x, const PxMention *m)
{
  guint g = entity_of (x, m->entity)->gazetteer_entity;
  return g != PX_NO_ENTITY && town_word_of_body (x, m->span, g);
}

/* Moves the mentions absorb () joined into bodies to the nested ones, in
 * one pass: "Sheffield" is still named inside "University of Sheffield". */
static void
nest_absorbed (Extractor *x)
{
  GArray *mentions = x->out->mentions;
  guint kept = 0;
  for (guint i = 0; i < mentions->len; i++)
    {
      PxMention m = g_array_index (mentions, PxMention, i);
      m.nested = is_absorbed (x, i);
      if (m.nested && (common_body_word (x, &m) || listed_town_word_of_body (x, &m)
                       || g_hash_table_contains (x->unnamed, GUINT_TO_POINTER (i + 1))))
        continue;   /* "Labour" of "Nigeria Labour Congress" is no party */
      if (m.nested)
        g_array_append_val (x->out->nested, m);
      else
        g_array_index (mentions, PxMention, kept++) = m;
    }
  g_array_set_size (mentions, kept);
}

/* Whether place mention @i is written as an abbreviation: two capitals
 * or more, up to place_abbreviation_max_letters, with or without periods
 * ("US", "U.S.", "NSW"). */
static gboolean
abbreviated (const Extractor *x, gint i)
{
  if (i < 0 || entity_of (x, mention_at (x, (guint) i)->entity)->type != PX_ENTITY_PLACE)
    return FALSE;
  PxSpan span = mention_at (x, (guint) i)->span;
  guint letters = 0;
  for (gsize k = span.start; k < span.end; k++)
    {
      if (g_ascii_isupper (x->text[k]))
        letters++;
      else if (x->text[k] != '.')
        return FALSE;
    }
  return letters >= 2 && letters <= x->rules->place_abbreviation_max_letters;
}

/* The name of the body at @span, named after the @places absorb_place ()
 * joined, with a place written as an abbreviation written out: "University
 * of NSW" is known as "University of New South Wales" and "US Navy" as
 * "United States Navy", so that each is one body whichever a report
 * writes. */
static char *
written_out_name (const Extractor *x, PxSpan span, const gint places[2])
{
  GString *name = g_string_new (NULL);
  gsize from = span.start, to = span.end;
  if (abbreviated (x, places[0]))
    {
      g_string_append (name, entity_of (x, mention_at (x, (guint) places[0])->entity)->name);
      from = mention_at (x, (guint) places[0])->span.end;
    }
  if (abbreviated (x, places[1]))
    to = mention_at (x, (guint) places[1])->span.start;
  g_string_append_len (name, x->text + from, (gssize) (to - from));
  if (to < span.end)
    g_string_append (name, entity_of (x, mention_at (x, (guint) places[1])->entity)->name);
  return g_string_free (name, FALSE);
}

/* The gazetteer entity of mention @i when it is a country's (or its
 * people's), else PX_NO_ENTITY. */
static guint
listed_country (const Extractor *x, guint i)
{
  guint g = entity_of (x, mention_at (x, i)->entity)->gazetteer_entity;
  return g != PX_NO_ENTITY
         && g_strcmp0 (px_gazetteer_entity_field (x->gaz, g, "subtype"), "country") == 0 ? g
                                                                                        : PX_NO_ENTITY;
}

/* A country's mention: where it starts, the gazetteer entity, and
 * whether it is an adjective: the people's ("Japanese"), or the name's
 * before a hyphen ("its China-based parent", opens_compound_adjective ()). */
typedef struct {
  gsize start;
  guint country;
  gboolean demonym;
} CountrySeen;

static gint
compare_seen (gconstpointer a, gconstpointer b)
{
  const CountrySeen *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

static gint place_mention_at (const Extractor *x, gsize at);

/* Whether a slash at @end joins the dateline's place to a listed place
 * of a country other than @code's: "CAIRO/KHARTOUM" is filed from two
 * bureaus, and the story is no more Egypt's than Sudan's. */
static gboolean
filed_from_another_country (const Extractor *x, gsize end, const char *code)
{
  if (end + 1 >= x->len || x->text[end] != '/')
    return FALSE;
  gint i = place_mention_at (x, end + 1);
  if (i < 0)
    return FALSE;
  guint g = entity_of (x, mention_at (x, (guint) i)->entity)->gazetteer_entity;
  const char *other = g != PX_NO_ENTITY ? px_gazetteer_entity_field (x->gaz, g, "country") : NULL;
  return other != NULL && g_strcmp0 (other, code) != 0;
}

/* The country of the listed place in capitals that opens the story's
 * first sentence, a dateline's ("WASHINGTON (AP) -"), as it is seen
 * there: the story is filed from that country, and its offices before
 * another country is named are that country's.  FALSE when there is
 * none, or when the dateline joins places of two countries
 * (filed_from_another_country ()). */
static gboolean
dateline_country (const Extractor *x, CountrySeen *out)
{
  if (px_segmentation_n_sentences (x->seg) == 0)
    return FALSE;
  const PxSentence *s = px_segmentation_get_sentence (x->seg, 0);
  gint i = s->n_tokens > 0 ? place_mention_at (x, token (x, s->first_token)->span.start) : -1;
  if (i < 0)
    return FALSE;
  const PxMention *m = mention_at (x, (guint) i);
  guint g = entity_of (x, m->entity)->gazetteer_entity;
  gboolean capital, all_caps;
  px_gazetteer_case (x->text + m->span.start, m->span.end - m->span.start, &capital, &all_caps);
  const char *code = g != PX_NO_ENTITY ? px_gazetteer_entity_field (x->gaz, g, "country") : NULL;
  if (!all_caps || code == NULL || filed_from_another_country (x, m->span.end, code))
    return FALSE;
  out->start = m->span.start;
  out->country = px_gazetteer_country_of_code (x->gaz, code);
  return out->country != PX_NO_ENTITY;
}

static guint token_starting_at (const Extractor *x, gsize at);

static gsize start_of_sentence_at (const Extractor *x, gsize at);

/* The country mention @i names, as listed_country (), or the country of
 * the listed place it names after a literal_place_cues word: "her
 * residence in Dhaka" is in Bangladesh, but "the Paris climate
 * agreement" takes the story to no France, nor does a place after a
 * name inside a sentence and the cue, that name's seat: "a fellow at
 * the Royal United Services Institute in London". */
static guint
country_in_mention (const Extractor *x, guint i)
{
  guint g = listed_country (x, i);
  const PxEntity *e = entity_of (x, mention_at (x, i)->entity);
  if (g != PX_NO_ENTITY || e->type != PX_ENTITY_PLACE || e->gazetteer_entity == PX_NO_ENTITY)
    return g;
  guint k = token_starting_at (x, mention_at (x, i)->span.start);
  if (k == G_MAXUINT || k == 0 || !is_literal_cue (x, k - 1))
    return PX_NO_ENTITY;
  if (k >= 2 && is_capitalised (x, k - 2)
      && start_of_sentence_at (x, token (x, k - 2)->span.start) != token (x, k - 2)->span.start)
    return PX_NO_ENTITY;
  const char *code = px_gazetteer_entity_field (x->gaz, e->gazetteer_entity, "country");
  return code != NULL ? px_gazetteer_country_of_code (x->gaz, code) : PX_NO_ENTITY;
}

/* Whether the name at @span opens a compound adjective with a hyphen
 * ("China-based", "US-brokered", "Iran-backed"), which describes a thing
 * rather than names the country as an actor. */
static gboolean
opens_compound_adjective (const Extractor *x, PxSpan span)
{
  return span.end + 1 < x->len && x->text[span.end] == '-'
         && g_ascii_islower (x->text[span.end + 1]);
}

/* The countries mentioned so far, in text order, a dateline's among them,
 * by their names or their places' ("Crowds stormed her residence in
 * Dhaka. The Supreme Court ..." after "fled to India" is Bangladesh's
 * court): an office's country is looked up, not searched for, at each
 * office (a long text names many). */
static GArray *
country_mentions (const Extractor *x)
{
  GArray *seen = g_array_new (FALSE, FALSE, sizeof (CountrySeen));
  CountrySeen dateline = { G_MAXSIZE, PX_NO_ENTITY, FALSE };
  if (dateline_country (x, &dateline))
    g_array_append_val (seen, dateline);
  for (guint k = 0; k < x->out->mentions->len; k++)
    {
      guint g = country_in_mention (x, k);
      if (g == PX_NO_ENTITY || mention_at (x, k)->span.start == dateline.start)
        continue;
      const PxMention *m = mention_at (x, k);
      CountrySeen c = { m->span.start, g, m->demonym || opens_compound_adjective (x, m->span) };
      g_array_append_val (seen, c);
    }
  g_array_sort (seen, compare_seen);
  return seen;
}

/* The country of @countries mentioned last before @at, or first after it. */
static guint
country_in_view (const GArray *countries, gsize at)
{
  guint lo = count_before (countries, G_STRUCT_OFFSET (CountrySeen, start), at);
  if (lo > 0)
    return g_array_index (countries, CountrySeen, lo - 1).country;
  return lo < countries->len ? g_array_index (countries, CountrySeen, lo).country : PX_NO_ENTITY;
}

/* The gazetteer entity named "<a name of @country> @office" or "@office
 * of <a name of @country>". */
static guint
office_of (const Extractor *x, guint country, const char *office)
{
  guint n = px_gazetteer_entity_n_aliases (x->gaz, country);
  for (guint k = 0; k <= n; k++)
    {
      const char *name = k == n ? px_gazetteer_entity_field (x->gaz, country, "name")
                                : px_gazetteer_entity_alias (x->gaz, country, k, NULL);
      /* "Japanese Defense Ministry", "Ministry of Defense of Japan" */
      g_autofree char *before = g_strconcat (name, " ", office, NULL);
      g_autofree char *after = g_strconcat (office, " of ", name, NULL);
      guint e = listed_as (x, before);
      if (e == PX_NO_ENTITY)
        e = listed_as (x, after);
      if (e != PX_NO_ENTITY)
        return e;
    }
  return PX_NO_ENTITY;
}

/* office_of (), remembered in @cache (country -> office + 1, or 0). */
static guint
cached_office_of (const Extractor *x, GHashTable *cache, guint country, const char *office)
{
  gpointer known;
  if (g_hash_table_lookup_extended (cache, GUINT_TO_POINTER (country), NULL, &known))
    return GPOINTER_TO_UINT (known) ? GPOINTER_TO_UINT (known) - 1 : PX_NO_ENTITY;
  guint e = office_of (x, country, office);
  g_hash_table_insert (cache, GUINT_TO_POINTER (country),
                       GUINT_TO_POINTER (e == PX_NO_ENTITY ? 0 : e + 1));
  return e;
}

/* Whether the capitalised words from @word on, after a joiner, go on
 * with a field of the office's name, none a body's word: "Ministry of
 * Health and Family Welfare", not "the Foreign Ministry and Defence
 * Ministry" nor "the US Embassy and the United States Embassy". */
static gboolean
field_goes_on (const Extractor *x, PxSpan word)
{
  guint n = 0;
  for (; n < x->rules->max_name_words && g_ascii_isupper (x->text[word.start]); n++)
    {
      g_autofree char *text = span_text (x, word);
      if (g_hash_table_contains (x->rules->body_word_kinds, text)
          || g_hash_table_contains (x->rules->not_names, text))
        return FALSE;
      if (!word_after (x, word.end, &word))
        return TRUE;
    }
  return n > 0;
}

/* Whether a connector and a capitalised word follow @end: the office's
 * name goes on ("the Central Bank of Argentina", "the Parliament of
 * Victoria"), and the runs of capitalised words find it whole; not
 * before a word of not_names ("the Liberal Party on Saturday"). */
static gboolean
name_goes_on (const Extractor *x, gsize end)
{
  PxSpan joiner, word;
  if (!word_after (x, end, &joiner) || !word_after (x, joiner.end, &word))
    return FALSE;
  g_autofree char *text = span_text (x, joiner);
  if (g_hash_table_contains (x->rules->complement_joiners, text))
    return field_goes_on (x, word);
  g_autofree char *article = span_text (x, word);
  if (g_hash_table_contains (x->rules->definite_articles, article)
      && !word_after (x, word.end, &word))
    return FALSE;
  g_autofree char *next = span_text (x, word);
  return g_hash_table_contains (x->rules->connectors, text)
         && g_ascii_isupper (x->text[word.start])
         && !g_hash_table_contains (x->rules->not_names, next);
}

/* Whether the @span of text is one of @words. */
static gboolean
span_in (const Extractor *x, PxSpan span, GHashTable *words)
{
  g_autofree char *text = span_text (x, span);
  return g_hash_table_contains (words, text);
}

/* Whether the word that ends one space before @at (into @word) is one
 * of @set. */
static gboolean
word_before_in (const Extractor *x, gsize at, GHashTable *set, PxSpan *word)
{
  return word_before (x, at, word) && span_in (x, *word, set);
}

/* Whether a body's name opens before @at with a body word and a
 * connector, an article between ("the Department of the Air Force",
 * "Ministry of the Army"): the runs of capitalised words find it whole,
 * the office inside it.  A title so written was taken before
 * ("Secretary of the Navy"). */
static gboolean
name_opens_before (const Extractor *x, gsize at)
{
  PxSpan word;
  if (word_before_in (x, at, x->rules->definite_articles, &word))
    at = word.start;
  if (!word_before_in (x, at, x->rules->connectors, &word) || !word_before (x, word.start, &word)
      || !is_free (x, word))
    return FALSE;
  g_autofree char *body = span_text (x, word);
  return g_ascii_isupper (body[0]) && g_hash_table_contains (x->rules->body_word_kinds, body);
}

/* Whether a capitalised word no rule took, and no mere "The", comes
 * right before @at, or the end of a listed name that is no place's:
 * "Royal Navy", "Salvation Army", "Nigeria Labour Congress" are names of
 * their own, for the runs of capitalised words, not an office of a
 * country. */
static gboolean
named_before (const Extractor *x, gsize at)
{
  PxSpan word;
  if (!word_before (x, at, &word) || !g_ascii_isupper (x->text[word.start]))
    return FALSE;
  if (!is_free (x, word))
    return indexed (x->namer_ends, word.end) >= 0;
  g_autofree char *text = span_text (x, word);
  return !g_hash_table_contains (x->rules->not_names, text);
}

/* The token that starts at byte @at, or G_MAXUINT. */
static guint
token_starting_at (const Extractor *x, gsize at)
{
  guint n = px_segmentation_n_tokens (x->seg);
  guint k = px_segmentation_token_from (x->seg, at, n);
  return k < n && token (x, k)->span.start == at ? k : G_MAXUINT;
}

/* The most tokens of a title before a word inside it: "Chief Cabinet
 * Secretary" has one before "Cabinet". */
#define TITLE_MAX_TOKENS_BEFORE 4

/* Whether the @w tokens from @k are a word of a longer title of
 * person_titles: "Cabinet" in "Chief Cabinet Secretary" or "Cabinet
 * Secretary" is no office nor family name of its own; a title of that
 * word alone ("King said") may be a family name still. */
static gboolean
inside_title (const Extractor *x, guint k, guint w)
{
  for (guint j = k; j + TITLE_MAX_TOKENS_BEFORE >= k; j--)
    {
      guint t = x->title_len[j];
      if (t > 0 && j + t > k && (j < k || t > w))
        return TRUE;
      if (j == 0)
        break;
    }
  return FALSE;
}

/* Whether the office at @span is inside a longer title (inside_title ()). */
static gboolean
office_in_title (const Extractor *x, PxSpan span)
{
  guint k = token_starting_at (x, span.start);
  if (k == G_MAXUINT)
    return FALSE;
  guint last = last_token_within (x, k, px_segmentation_n_tokens (x->seg), span.end);
  return inside_title (x, k, last + 1 - k);
}

/* Whether the office at @span is part of a longer name, left to the runs
 * of capitalised words: "Royal Navy", "the Central Bank of Argentina",
 * "the Senate Armed Services Committee". */
static gboolean
in_longer_name (const Extractor *x, PxSpan span)
{
  return named_before (x, span.start) || name_goes_on (x, span.end)
         || name_opens_before (x, span.start)
         || goes_on_into (x, span.end, PX_BODY_ORG);
}

/* Whether one of office_members comes right after the office ending at
 * @end: "Senate Democrats" are a caucus, whose name leaves "the Senate"
 * the country's office; no longer body's short name. */
static gboolean
members_follow (const Extractor *x, gsize end)
{
  PxSpan word;
  return word_after (x, end, &word) && span_in (x, word, x->rules->office_members);
}

/* Whether one of office_qualifiers comes right before the office at @at:
 * "the state Senate" is Virginia's, not the country's. */
static gboolean
qualified_office (const Extractor *x, gsize at)
{
  PxSpan word;
  return word_before_in (x, at, x->rules->office_qualifiers, &word);
}

/* A body of its own for the office at @span of @country, which the
 * gazetteer does not list: "the Ministry of Defence" in a story about
 * Kenya is the "Ministry of Defence of Kenya", whatever another
 * country's is called.  Named @written when the text wrote the country
 * in it ("the Kenyan Ministry of Defence"), and so known, if the text
 * names it so first. */
static guint
unlisted_office (Extractor *x, PxSpan span, guint country, const char *written)
{
  g_autofree char *office = span_text (x, span);
  g_autofree char *name = g_strconcat (office, " of ",
                                       px_gazetteer_entity_field (x->gaz, country, "name"), NULL);
  return unlisted_entity (x, written != NULL ? written : name, name, PX_ENTITY_ORG);
}

static guint main_country (const Extractor *x);
static guint country_named_before (const Extractor *x, gsize at);

/* Where the sentence holding offset @at starts. */
static gsize
start_of_sentence_at (const Extractor *x, gsize at)
{
  guint lo = 0, hi = px_segmentation_n_sentences (x->seg);
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (px_segmentation_get_sentence (x->seg, mid)->span.start <= at)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo > 0 ? px_segmentation_get_sentence (x->seg, lo - 1)->span.start : 0;
}

/* The country that owns the office at @at: the one named right before
 * it ("Chile's Senate"), else the one named last before it in its own
 * sentence, by a name, not an adjective ("India's External Affairs
 * Minister told Parliament", but "the son of Japanese immigrants,
 * dissolved Congress"), else the country the document names most,
 * @main: a country of an earlier sentence may be named in passing ("the
 * Senate" in a story about Australia after a mention of Singapore; "The
 * Constitutional Court ordered his release" after "extradited from
 * Chile" in a story about Peru).  PX_NO_ENTITY when there is none. */
static guint
office_owner (const Extractor *x, const GArray *countries, guint main, gsize at)
{
  guint named = country_named_before (x, at);
  if (named != PX_NO_ENTITY)
    return named;
  guint lo = count_before (countries, G_STRUCT_OFFSET (CountrySeen, start), at);
  const CountrySeen *last = lo > 0 ? &g_array_index (countries, CountrySeen, lo - 1) : NULL;
  if (last != NULL && !last->demonym && last->start >= start_of_sentence_at (x, at))
    return last->country;
  return main;
}

/* "Pakistan's Foreign Office": an office the gazetteer lists under its
 * bare name for one country (the UK's "Foreign Office") is, right after
 * another country's name, that country's; and so, once that is so, is
 * the bare name later ("The Foreign Office added"), which *@rehomed
 * (an entity, or G_MAXUINT) keeps.  The gazetteer's mention at @span, if
 * any, moves to it. */
static void
rehome_listed_office (Extractor *x, PxSpan span, GHashTable *office_by_country,
                      const char *office, guint *rehomed)
{
  gint i = indexed (x->namer_starts, span.start);
  if (i < 0)
    return;
  PxMention *m = &g_array_index (x->out->mentions, PxMention, (guint) i);
  guint listed = entity_of (x, m->entity)->gazetteer_entity;
  if (m->span.end != span.end || g_strcmp0 (m->rule, "gazetteer") != 0 || listed == PX_NO_ENTITY)
    return;
  guint country = country_named_before (x, span.start);
  if (country == PX_NO_ENTITY)
    {
      if (*rehomed != G_MAXUINT)
        {
          m->entity = *rehomed;
          m->rule = "country-office";
        }
      return;
    }
  if (g_strcmp0 (px_gazetteer_entity_field (x->gaz, listed, "country"),
                 px_gazetteer_entity_field (x->gaz, country, "country")) == 0)
    return;
  guint owned = cached_office_of (x, office_by_country, country, office);
  m->entity = owned != PX_NO_ENTITY ? gazetteer_entity (x, owned)
                                    : unlisted_office (x, span, country, NULL);
  m->rule = "country-office";
  *rehomed = m->entity;
}

static void
pass_country_offices (Extractor *x)
{
  g_autoptr(SpanLists) all = spans_of (x, x->rules->offices, FALSE);
  /* This pass adds offices only, never a country. */
  g_autoptr(GArray) countries = country_mentions (x);
  guint main = main_country (x);
  for (guint r = 0; r < x->rules->offices->len; r++)
    {
      const char *office = x->rules->offices->pdata[r];
      const GArray *spans = all[r];
      /* Each country's office is looked up in the gazetteer once. */
      g_autoptr(GHashTable) office_by_country = g_hash_table_new (g_direct_hash, g_direct_equal);
      /* Once resolved, "the Foreign Ministry" keeps meaning the same
       * ministry, whichever country the text turns to next. */
      guint resolved = PX_NO_ENTITY;
      guint rehomed = G_MAXUINT;
      /* An office whose words are part of a longer name somewhere is that
       * name's short one when alone, which a later pass finds: "the
       * Supreme Court" after "the Italian Supreme Court of Cassation".
       * Past this, no capitalised span is in a longer name. */
      gboolean in_longer = FALSE;
      for (guint k = 0; k < spans->len && !in_longer; k++)
        {
          PxSpan span = g_array_index (spans, PxSpan, k);
          in_longer = g_ascii_isupper (x->text[span.start]) && !members_follow (x, span.end)
                      && in_longer_name (x, span);
        }
      for (guint k = 0; k < spans->len && !in_longer; k++)
        {
          PxSpan span = g_array_index (spans, PxSpan, k);
          /* Case matters after the first letter only; an office is a
           * capitalised name. */
          if (!g_ascii_isupper (x->text[span.start]) || qualified_office (x, span.start)
              || goes_on_into (x, span.end, PX_BODY_PLACE) || office_in_title (x, span)
              || members_follow (x, span.end))
            continue;
          if (!is_free (x, span))
            {
              rehome_listed_office (x, span, office_by_country, office, &rehomed);
              continue;
            }
          gint place = place_mention_before (x, span.start);
          /* "the Royal Canadian Air Force": a name of its own, which the
           * runs of capitalised words read. */
          if (place >= 0 && named_before (x, mention_at (x, (guint) place)->span.start))
            continue;
          /* "the Texas Senate", "the Delaware Supreme Court": a region's
           * own body, no office of the country in view. */
          gboolean regional = place >= 0 && listed_country (x, (guint) place) == PX_NO_ENTITY;
          if (resolved == PX_NO_ENTITY && !regional)
            {
              guint country = country_in_view (countries, span.start);
              if (country != PX_NO_ENTITY)
                resolved = cached_office_of (x, office_by_country, country, office);
              /* "passed by Congress" after "its China-based parent" in a
               * story about the US: the document's main country's, when
               * the one in view lists none and none is named right
               * before ("Chile's Senate" is Chile's or nobody's) or by
               * name earlier in its sentence ("Madagascar's President
               * ... and the National Assembly moved" in a story that
               * names France more is Madagascar's: office_owner ()). */
              if (resolved == PX_NO_ENTITY && main != PX_NO_ENTITY && country != main
                  && office_owner (x, countries, main, span.start) == main)
                resolved = cached_office_of (x, office_by_country, main, office);
            }
          guint owner = PX_NO_ENTITY;
          if (resolved != PX_NO_ENTITY && !regional)
            add_mention (x, span, gazetteer_entity (x, resolved), "country-office", FALSE);
          else if (place < 0 && !g_hash_table_contains (x->rules->hosted_offices, office)
                   && (owner = office_owner (x, countries, main, span.start)) != PX_NO_ENTITY)
            {
              guint listed = cached_office_of (x, office_by_country, owner, office);
              add_mention (x, span, listed != PX_NO_ENTITY ? gazetteer_entity (x, listed)
                                                           : unlisted_office (x, span, owner, NULL),
                           "country-office", FALSE);
            }
          else if (place >= 0)
            {
              /* "Indonesian Navy": an office the gazetteer does not list,
               * of the place named in it, is a body of its own; a
               * country's is the one its bare name means later ("the
               * Israeli Cabinet ... Cabinet"). */
              guint country = listed_country (x, (guint) place);
              PxSpan office_span = span;
              span.start = absorb (x, (guint) place).start;
              const gint places[2] = { place, -1 };
              g_autofree char *name = span_text (x, span);
              g_autofree char *known_as = written_out_name (x, span, places);
              add_mention (x, span,
                           country != PX_NO_ENTITY
                             ? unlisted_office (x, office_span, country, name)
                             : named_entity_as (x, name, known_as, PX_ENTITY_ORG, FALSE),
                           "country-office", FALSE);
            }
          else
            /* An office of no known country is no identity: keep it from
             * becoming a stranger's name in a later pass. */
            memset (x->taken + span.start, 1, span.end - span.start);
        }
    }
}

/* The country code the gazetteer gives mention @k's entity, or NULL; a
 * party's says nothing of where the story is (it may be another
 * country's, pass_foreign_parties ()). */
static const char *
mention_country_code (const Extractor *x, guint k)
{
  guint g = entity_of (x, mention_at (x, k)->entity)->gazetteer_entity;
  if (g == PX_NO_ENTITY || subtype_in (x, g, x->rules->party_subtypes))
    return NULL;
  return px_gazetteer_entity_field (x->gaz, g, "country");
}

/* The country the document's listed places give most, countries
 * included ("Bristol", "Leeds": GB), the first given of those given as
 * often; with !@places_only, its listed bodies' too.  PX_NO_ENTITY when
 * none gives one. */
static guint
country_of_places (const Extractor *x, gboolean places_only)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  const char *best = NULL;
  guint best_count = 0;
  for (guint k = 0; k < x->out->mentions->len; k++)
    {
      const char *code = mention_country_code (x, k);
      if (code == NULL
          || (places_only && entity_of (x, mention_at (x, k)->entity)->type != PX_ENTITY_PLACE))
        continue;
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, code)) + 1;
      g_hash_table_insert (counts, (gpointer) code, GUINT_TO_POINTER (n));
      if (n > best_count)
        {
          best = code;
          best_count = n;
        }
    }
  /* The gazetteer's country of the code, not the document's mention of
   * one that has it: "England" has GB too. */
  return best != NULL ? px_gazetteer_country_of_code (x->gaz, best) : PX_NO_ENTITY;
}

/* ### Places of one name */

/* Whether the listed @g is a country: its code's own entity. */
static gboolean
is_country (const Extractor *x, guint g)
{
  const char *code = g != PX_NO_ENTITY ? px_gazetteer_entity_field (x->gaz, g, "country") : NULL;
  return code != NULL && px_gazetteer_country_of_code (x->gaz, code) == g;
}

/* The mention of a listed country's name (not its people's) that starts
 * at @at, or -1. */
static gint
country_mention_at (const Extractor *x, gsize at)
{
  gint i = place_mention_at (x, at);
  return i >= 0
         && is_country (x, entity_of (x, mention_at (x, (guint) i)->entity)->gazetteer_entity)
           ? i : -1;
}

/* Whether a listed country's name (not its people's) follows token
 * @last, a space between. */
static gboolean
country_after (const Extractor *x, guint last)
{
  gsize at = token (x, last)->span.end + 1;
  return x->text[at - 1] == ' ' && country_mention_at (x, at) >= 0;
}

/* Whether token @k is all of a listed country's name: "the U.S. Capitol"
 * uses it as its people's name. */
static gboolean
is_country_word (const Extractor *x, guint k)
{
  PxSpan span = px_token_span (token (x, k));
  gint i = country_mention_at (x, span.start);
  return i >= 0 && mention_at (x, (guint) i)->span.end == span.end;
}

/* Whether the listed @g tells which country a story is in: a place of
 * a country ("Atlanta", "Tbilisi") that is neither the country itself
 * nor a seat of government that may stand for one ("Washington"). */
static gboolean
locates_story (const Extractor *x, guint g)
{
  return px_gazetteer_entity_field (x->gaz, g, "country") != NULL
         && px_gazetteer_entity_type (x->gaz, g) == PX_ENTITY_PLACE && !is_country (x, g)
         && px_gazetteer_entity_metonym_of (x->gaz, g) == PX_NO_ENTITY;
}

static guint
count_of (GHashTable *counts, const char *code)
{
  return code != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (counts, code)) : 0;
}

/* How many of the document's mentions, but those of shared names
 * (@shared) and demonyms, are of places of each country's code that
 * locates_story (). */
static GHashTable *
story_countries (const Extractor *x, GHashTable *shared)
{
  GHashTable *counts = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint k = 0; k < x->out->mentions->len; k++)
    {
      guint g = entity_of (x, mention_at (x, k)->entity)->gazetteer_entity;
      if (g == PX_NO_ENTITY || mention_at (x, k)->demonym
          || g_hash_table_contains (shared, GUINT_TO_POINTER (k + 1)) || !locates_story (x, g))
        continue;
      const char *code = px_gazetteer_entity_field (x->gaz, g, "country");
      g_hash_table_insert (counts, (gpointer) code,
                           GUINT_TO_POINTER (count_of (counts, code) + 1));
    }
  return counts;
}

/* "Winder, Georgia", in a story that names Atlanta, is the US state;
 * "Georgia" where Tbilisi is named, the country: a name that listed
 * places of several countries share names the one whose country the
 * document's other towns and regions (not its countries) name most, and
 * the one loaded first where none is named more than the others. */
static void
pass_homonyms (Extractor *x)
{
  if (x->homonym_mentions == NULL)
    return;
  g_autoptr(GHashTable) shared = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < x->homonym_mentions->len; i++)
    g_hash_table_add (shared, GUINT_TO_POINTER (
                                g_array_index (x->homonym_mentions, Homonym, i).mention + 1));
  g_autoptr(GHashTable) counts = story_countries (x, shared);
  x->homonyms = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < x->homonym_mentions->len; i++)
    {
      const Homonym *h = &g_array_index (x->homonym_mentions, Homonym, i);
      guint best = h->places[0];
      guint best_count = count_of (counts, px_gazetteer_entity_field (x->gaz, best, "country"));
      for (guint p = 1; p < h->n; p++)
        {
          guint n = count_of (counts, px_gazetteer_entity_field (x->gaz, h->places[p], "country"));
          if (n > best_count)
            {
              best = h->places[p];
              best_count = n;
            }
        }
      for (guint p = 0; p < h->n; p++)
        g_hash_table_insert (x->homonyms, GUINT_TO_POINTER (h->places[p] + 1),
                             GUINT_TO_POINTER (best + 1));
      g_array_index (x->out->mentions, PxMention, h->mention).entity = gazetteer_entity (x, best);
    }
}

/* country_of_places () of places and bodies, looked up once per
 * document. */
static guint
cached_country_of_places (const Extractor *x)
{
  if (!x->places_country->looked)
    {
      x->places_country->country = country_of_places (x, FALSE);
      x->places_country->looked = TRUE;
    }
  return x->places_country->country;
}

/* The document's main country: its dateline's, the country it is filed
 * from ("SEOUL (Yonhap) --" in a story that names the U.S. and
 * Washington more); else the one its listed places name most, a
 * mention of the country itself, of one of its towns or of its regions
 * each counting once ("Indianapolis", "Texas" and "Oregon" make a story
 * American that names Russia once); when it names no place with a
 * country, the one its bodies give (cached_country_of_places ()); else
 * PX_NO_ENTITY. */
static guint
main_country (const Extractor *x)
{
  if (!x->main_country->looked)
    {
      CountrySeen dateline;
      guint country = dateline_country (x, &dateline) ? dateline.country
                                                      : country_of_places (x, TRUE);
      x->main_country->country = country != PX_NO_ENTITY ? country
                                                         : cached_country_of_places (x);
      x->main_country->looked = TRUE;
    }
  return x->main_country->country;
}

/* The listed country named right before @at, by its name, its
 * demonym or its possessive ("New Zealand Labour Party", "Canadian
 * Liberal Party", "Canada's Liberal Party"), or PX_NO_ENTITY. */
static guint
country_named_before (const Extractor *x, gsize at)
{
  gint i = mention_before (x, x->place_ends, at);
  /* "Canada's": the possessive's two bytes between. */
  if (i < 0 && at >= 4 && x->text[at - 1] == ' ' && x->text[at - 2] == 's'
      && x->text[at - 3] == '\'')
    {
      i = indexed (x->place_ends, at - 3);
      if (i >= 0 && mention_at (x, (guint) i)->demonym)
        i = -1;
    }
  return i >= 0 ? listed_country (x, (guint) i) : PX_NO_ENTITY;
}

/* The mention of a listed country (not its people) after one of
 * place_joiners right after @at: "Ivory Coast" of "Democratic Party of
 * Ivory Coast"; -1 if none. */
static gint
country_mention_after_joiner (const Extractor *x, gsize at)
{
  PxSpan joiner;
  if (!word_after (x, at, &joiner))
    return -1;
  g_autofree char *text = span_text (x, joiner);
  if (!g_hash_table_contains (x->rules->place_joiners, text))
    return -1;
  gint i = joiner.end + 1 < x->len ? indexed (x->place_starts, joiner.end + 1) : -1;
  return i >= 0 && x->text[joiner.end] == ' ' && !mention_at (x, (guint) i)->demonym
             && listed_country (x, (guint) i) != PX_NO_ENTITY
           ? i : -1;
}

/* The party of country_parties whose name is @len bytes at @at, or NULL. */
static const char *
party_named (const Extractor *x, gsize at, gsize len)
{
  for (guint r = 0; r < x->rules->parties->len; r++)
    {
      const char *party = x->rules->parties->pdata[r];
      if (strlen (party) == len && memcmp (x->text + at, party, len) == 0)
        return party;
    }
  return NULL;
}

/* The gazetteer's entity for @party at @start: the party of the country
 * named right before it, else of the document's main country, when the
 * gazetteer lists one; or PX_NO_ENTITY. */
static guint
party_of_country (const Extractor *x, const char *party, gsize start)
{
  guint of = country_named_before (x, start);
  if (of == PX_NO_ENTITY)
    of = main_country (x);
  return of != PX_NO_ENTITY ? office_of (x, of, party) : PX_NO_ENTITY;
}

/* "the opposition Conservative Party" in a story about Canada: a name of
 * country_parties is that party of the country named right before it,
 * or else of the country the document names most, when the gazetteer
 * lists one ("Conservative Party of Canada"), whether the gazetteer lists
 * the bare name for another country (Britain's) or not at all ("Liberal
 * Party"); else it stays what the other passes make of it. */
static void
pass_parties (Extractor *x)
{
  g_autoptr(SpanLists) all = spans_of (x, x->rules->parties, FALSE);
  for (guint k = 0, n = x->out->mentions->len; k < n; k++)
    {
      PxMention *m = &g_array_index (x->out->mentions, PxMention, k);
      const char *party = party_named (x, m->span.start, m->span.end - m->span.start);
      if (party == NULL || m->demonym || g_strcmp0 (m->rule, "gazetteer") != 0
          || entity_of (x, m->entity)->type != PX_ENTITY_ORG)
        continue;
      guint e = party_of_country (x, party, m->span.start);
      if (e != PX_NO_ENTITY)
        {
          m->entity = gazetteer_entity (x, e);
          m->rule = "country-office";
        }
    }
  for (guint r = 0; r < x->rules->parties->len; r++)
    for (guint k = 0; k < all[r]->len; k++)
      {
        PxSpan span = g_array_index (all[r], PxSpan, k);
        if (!g_ascii_isupper (x->text[span.start]) || !is_free (x, span)
            || name_goes_on (x, span.end))
          continue;
        /* "Zorbia Liberal Party" is a name of its own; "Canada's Liberal
         * Party" is Canada's. */
        if (named_before (x, span.start)
            && country_named_before (x, span.start) == PX_NO_ENTITY)
          continue;
        guint e = party_of_country (x, x->rules->parties->pdata[r], span.start);
        if (e != PX_NO_ENTITY)
          add_mention (x, span, gazetteer_entity (x, e), "country-office", FALSE);
      }
}

/* The countries (ISO codes) of the listed entities other than parties
 * that the document names: a country's own, a city's, a ministry's. */
static GHashTable *
document_countries (const Extractor *x)
{
  GHashTable *codes = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint k = 0; k < x->out->mentions->len; k++)
    {
      const char *code = mention_country_code (x, k);
      if (code != NULL)
        g_hash_table_add (codes, (gpointer) code);
    }
  return codes;
}

/* Whether listed party @g, at a mention of it, is another country's
 * than the text means there: the country named right before the mention
 * (@before) is another, or none is and the document names the party's
 * country nowhere (@codes: document_countries ()), while it names
 * another most (@main). */
static gboolean
foreign_party (const Extractor *x, guint g, guint before, guint main, GHashTable *codes)
{
  if (before != PX_NO_ENTITY)
    return countries_differ (x, before, g);
  const char *code = px_gazetteer_entity_field (x->gaz, g, "country");
  return main != PX_NO_ENTITY && code != NULL && !g_hash_table_contains (codes, code)
         && countries_differ (x, main, g);
}

/* Mention @k names a body of its own, found by @rule, with the
 * country's name or demonym right before it, if any, joined to it and
 * nested in it: "the Malawi Congress Party", "the Kenya Red Cross". */
static void
join_country_before (Extractor *x, guint k, const char *rule)
{
  PxMention *m = &g_array_index (x->out->mentions, PxMention, k);
  PxSpan span = m->span;
  gint named = mention_before (x, x->place_ends, span.start);
  if (named >= 0)
    {
      g_hash_table_remove (x->namer_starts, GSIZE_TO_POINTER (span.start));
      span.start = absorb (x, (guint) named).start;
      g_hash_table_insert (x->namer_starts, GSIZE_TO_POINTER (span.start),
                           GUINT_TO_POINTER (k + 1));
    }
  g_autofree char *name = span_text (x, span);
  guint e = unlisted_entity (x, name, name, PX_ENTITY_ORG);
  m = &g_array_index (x->out->mentions, PxMention, k);
  m->span = span;
  m->entity = e;
  m->rule = rule;
}

/* Mention @k of listed party @g, which the text shows to be another
 * country's (foreign_party ()), names the party of the same name the
 * gazetteer lists for @country ("Labour" in a story about New Zealand
 * is the New Zealand Labour Party), else a party of its own: "the Malawi
 * Congress Party" (the country's name or demonym right before it joins
 * the name), "Democratic Party of Ivory Coast" (so does mention @after
 * of the country after a joiner, -1 for none), "Malawi's ... Democratic
 * Progressive Party" (no Taiwanese party). */
static void
rename_foreign_party (Extractor *x, guint k, guint g, guint country, gint after)
{
  PxMention *m = &g_array_index (x->out->mentions, PxMention, k);
  if (after >= 0)
    m->span.end = absorb (x, (guint) after).end;
  guint own = country != PX_NO_ENTITY
                ? office_of (x, country, px_gazetteer_entity_field (x->gaz, g, "name"))
                : PX_NO_ENTITY;
  if (own != PX_NO_ENTITY)
    {
      m->entity = gazetteer_entity (x, own);
      m->rule = "country-office";
      return;
    }
  join_country_before (x, k, "foreign-party");
}

/* The listed parties the text shows to be other countries' are parties
 * of their own or those countries' (rename_foreign_party ()); every
 * later mention of a party whose country the document never names, with
 * no country right before it, goes where the first went. */
static void
pass_foreign_parties (Extractor *x)
{
  g_autoptr(GHashTable) codes = NULL;
  /* listed party + 1 -> the renamed mention of it + 1 */
  g_autoptr(GHashTable) renamed = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint main = PX_NO_ENTITY;
  for (guint k = 0, n = x->out->mentions->len; k < n; k++)
    {
      const PxMention *m = mention_at (x, k);
      guint g = entity_of (x, m->entity)->gazetteer_entity;
      if (g == PX_NO_ENTITY || m->demonym || is_absorbed (x, k)
          || g_strcmp0 (m->rule, "gazetteer") != 0 || !subtype_in (x, g, x->rules->party_subtypes))
        continue;
      if (codes == NULL)
        {
          codes = document_countries (x);
          main = main_country (x);
        }
      /* "Nigeria Labour Congress": a party's name inside a longer one is
       * no mention of a party. */
      PxSpan next;
      if (word_after (x, m->span.end, &next) && g_ascii_isupper (x->text[next.start]))
        continue;
      gint after = country_mention_after_joiner (x, m->span.end);
      guint before = after >= 0 ? listed_country (x, (guint) after)
                                : country_named_before (x, m->span.start);
      guint first = GPOINTER_TO_UINT (g_hash_table_lookup (renamed, GUINT_TO_POINTER (g + 1)));
      if (first > 0 && before == PX_NO_ENTITY)
        {
          const PxMention *like = mention_at (x, first - 1);
          PxMention *w = &g_array_index (x->out->mentions, PxMention, k);
          w->entity = like->entity;
          w->rule = like->rule;
          continue;
        }
      if (!foreign_party (x, g, before, main, codes))
        continue;
      rename_foreign_party (x, k, g, before != PX_NO_ENTITY ? before : main, after);
      if (before == PX_NO_ENTITY)
        g_hash_table_insert (renamed, GUINT_TO_POINTER (g + 1), GUINT_TO_POINTER (k + 1));
    }
}

/* "the Kenya Red Cross", "the Ukrainian Red Cross": a listed body of
 * national_societies, matched whole, with a country named right before
 * it (by its name, its demonym or its possessive) is that country's
 * society, a body of its own (rule national-society). */
static void
pass_national_societies (Extractor *x)
{
  if (g_hash_table_size (x->rules->national_societies) == 0)
    return;
  for (guint k = 0, n = x->out->mentions->len; k < n; k++)
    {
      const PxMention *m = mention_at (x, k);
      guint g = entity_of (x, m->entity)->gazetteer_entity;
      if (g == PX_NO_ENTITY || m->demonym || is_absorbed (x, k)
          || g_strcmp0 (m->rule, "gazetteer") != 0
          || !g_hash_table_contains (x->rules->national_societies,
                                     px_gazetteer_entity_field (x->gaz, g, "id"))
          || country_named_before (x, m->span.start) == PX_NO_ENTITY)
        continue;
      join_country_before (x, k, "national-society");
    }
}

static guint
count_letters (const char *text, gsize len)
{
  guint n = 0;
  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    n += g_unichar_isalpha (g_utf8_get_char (p)) != 0;
  return n;
}

#define AMBIGUOUS G_MAXUINT

/* family name -> the person (entity index) whose first or last word it
 * is who is named first, where, and where another of that name is first
 * named (G_MAXSIZE: nowhere).  Until then the word alone is that person
 * ("Jimmy Lai ... Lai, 76, ... his son, Sebastien Lai"); after, anyone,
 * unless the first was named in the story's first paragraph and the
 * other after it (surname_owner ()). */
typedef struct {
  guint person;
  gsize first;
  gsize other;
} Surname;

static void
note_surname (GHashTable *surnames, const char *word, guint person, gsize first)
{
  Surname *s = g_hash_table_lookup (surnames, word);
  if (s == NULL)
    {
      s = g_new (Surname, 1);
      s->person = person;
      s->first = first;
      s->other = G_MAXSIZE;
      g_hash_table_insert (surnames, g_strdup (word), s);
    }
  else if (s->person == person)
    s->first = MIN (s->first, first);
  else if (first < s->first)
    {
      s->other = MIN (s->other, s->first);
      s->person = person;
      s->first = first;
    }
  else
    s->other = MIN (s->other, first);
}

/* The entity @s stands for at byte @at, after its first naming and
 * before another's of that name, or AMBIGUOUS.  A person named in the
 * story's first paragraph, which ends at @lead_end, and no other of that
 * name there, is the story's subject, whom the family name alone goes
 * on naming after a relative is named in full: "Jimmy Carter ... died"
 * then "Chip Carter, the former president's son" then "Carter, a
 * Democrat". */
static guint
surname_owner (const Surname *s, gsize at, gsize lead_end)
{
  if (s == NULL || at <= s->first)
    return AMBIGUOUS;
  return at < s->other || (s->first < lead_end && s->other >= lead_end) ? s->person : AMBIGUOUS;
}

/* The end of the story's first paragraph, the one its first sentence is
 * in; 0 when it has none. */
static gsize
lead_end (const Extractor *x)
{
  if (px_segmentation_n_sentences (x->seg) == 0)
    return 0;
  guint p = px_segmentation_get_sentence (x->seg, 0)->paragraph;
  return px_segmentation_get_paragraph (x->seg, p).end;
}

static gboolean is_common_word (const Extractor *x, const char *word);

/* A family name that a particle opens with a hyphen ("al-Sharaa") goes by
 * its word alone as well ("Sharaa said") and by the particle capitalised
 * where it opens a sentence ("Al-Sharaa, whose group ..."). */
static void
note_particled_family (const Extractor *x, GHashTable *surnames, const char *family,
                       guint person, gsize first)
{
  const char *hyphen = strchr (family, '-');
  if (hyphen == NULL || hyphen == family || !g_unichar_isupper (g_utf8_get_char (hyphen + 1)))
    return;
  g_autofree char *particle = g_strndup (family, (gsize) (hyphen - family));
  if (!g_hash_table_contains (x->rules->particles, particle))
    return;
  note_surname (surnames, hyphen + 1, person, first);
  g_autofree char *opening = g_strdup (family);
  opening[0] = g_ascii_toupper (opening[0]);
  note_surname (surnames, opening, person, first);
}

/* "Collor" of "Fernando Collor de Mello", "Lopez" of "Ana Lopez de la
 * Cruz": a word inside a person's name, right before a particle and a
 * word after it, is a first family name, which goes by itself too. */
static void
note_family_before_particle (const Extractor *x, GHashTable *surnames, char **words, guint n,
                             guint person, gsize first)
{
  for (guint i = 1; i + 2 < n; i++)
    if (g_hash_table_contains (x->rules->particles, words[i + 1])
        && !g_hash_table_contains (x->rules->particles, words[i]))
      note_surname (surnames, words[i], person, first);
}

/* "Oligui" of "Brice Oligui Nguema": the word before the family name of
 * a person's name of three words or more is a first family name too, as
 * many Spanish and African names have, unless it is a given name
 * ("Matthew" of "Thomas Matthew Crooks"), a common word or a particle. */
static void
note_first_family (const Extractor *x, GHashTable *surnames, char **words, guint n,
                   const char *family, guint person, gsize first)
{
  guint f = 0;
  while (f < n && words[f] != family)
    f++;
  if (n < 3 || f < 2 || f == n)
    return;
  const char *word = words[f - 1];
  g_autofree char *lower = g_utf8_strdown (word, -1);
  if (g_hash_table_contains (x->rules->particles, lower) || is_common_word (x, word)
      || (x->rules->given_names != NULL
          && px_lexicon_contains (x->rules->given_names, lower, strlen (lower))))
    return;
  note_surname (surnames, word, person, first);
}

/* Whether the word at token @k is a place's short name (@surnames, as
 * collect_surnames () notes them) written before the place is named in
 * full: "at Zandvoort" before "Circuit Zandvoort" names the town. */
static gboolean
place_word_before_place (const Extractor *x, GHashTable *surnames, guint k)
{
  g_autofree char *word = token_text (x, k);
  const Surname *s = g_hash_table_lookup (surnames, word);
  return s != NULL && s->other == G_MAXSIZE && s->first > token (x, k)->span.start
         && entity_of (x, s->person)->type == PX_ENTITY_PLACE;
}

static gboolean has_adjective_ending (const Extractor *x, const char *word, gsize len);

/* Whether the first of the @n @words of a body's name is its short name:
 * a company's ("Activision" of Activision Blizzard, "Zorbex" of Zorbex
 * Holdings), whose other words are no body's but its legal form's.  A
 * public body's first word is often a place's ("Brechin" of Brechin Town
 * Council), and a common word names no one alone, nor does an adjective
 * by its ending ("Georgian" of Georgian Dream: "Georgian officials").
 * A body's word is none either, but a club's ("Atletico" of Atletico
 * Madrid).  After a place cue it is the company still: "shares of Novo",
 * "a stake in Activision". */
static gboolean
first_word_is_short_name (const Extractor *x, char **words, guint n)
{
  if (n < 2 || is_common_word (x, words[0])
      || g_hash_table_contains (x->rules->not_names, words[0])
      || (g_hash_table_contains (x->rules->body_word_kinds, words[0])
          && !g_hash_table_contains (x->rules->club_words, words[0]))
      || has_adjective_ending (x, words[0], strlen (words[0])))
    return FALSE;
  for (guint i = 1; i < n; i++)
    if (g_hash_table_contains (x->rules->body_word_kinds, words[i])
        && !g_hash_table_contains (x->rules->same_body_words, words[i]))
      return FALSE;
  return TRUE;
}

static GHashTable *
collect_surnames (const Extractor *x)
{
  GHashTable *surnames = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint k = 0; k < x->out->mentions->len; k++)
    {
      const PxMention *m = &g_array_index (x->out->mentions, PxMention, k);
      const PxEntity *e = entity_of (x, m->entity);
      gboolean body = e->type == PX_ENTITY_ORG || e->type == PX_ENTITY_OUTLET;
      if (e->type != PX_ENTITY_PERSON && e->type != PX_ENTITY_EVENT && e->type != PX_ENTITY_PLACE
          && !body)
        continue;
      g_auto(GStrv) words = g_strsplit (e->name, " ", -1);
      guint n = g_strv_length (words);
      if (e->type == PX_ENTITY_PLACE)
        {
          /* "Skye" after "the Isle of Skye": a place word, a connector and
           * one word; "the Don" after "the River Don": a place word that
           * opens a name, and one word. */
          if (n == 3 && g_hash_table_contains (x->rules->place_words, words[0])
              && g_hash_table_contains (x->rules->connectors, words[1])
              && !is_common_word (x, words[2]))
            note_surname (surnames, words[2], m->entity, m->span.start);
          else if (n == 2 && g_hash_table_contains (x->rules->opening_place_words, words[0])
                   && !is_common_word (x, words[1]))
            note_surname (surnames, words[1], m->entity, m->span.start);
          continue;
        }
      if (body)
        {
          /* "the Celtics" after "the Boston Celtics"; "Rangers" after
           * "beat Rangers 2-1" named Rangers FC: the last word as
           * written. */
          if (g_strcmp0 (m->rule, "team") == 0)
            {
              g_autofree char *surface = span_text (x, m->span);
              const char *last = strrchr (surface, ' ');
              note_surname (surnames, last != NULL ? last + 1 : surface, m->entity,
                            m->span.start);
            }
          else
            {
              if (first_word_is_short_name (x, words, n))
                note_surname (surnames, words[0], m->entity, m->span.start);
              /* As written, too: "Atletico" of "Atletico Madrid", which
               * the gazetteer names "Atlético Madrid". */
              g_autofree char *surface = span_text (x, m->span);
              g_auto(GStrv) written = g_strsplit (surface, " ", -1);
              if (g_strcmp0 (written[0], words[0]) != 0
                  && first_word_is_short_name (x, written, g_strv_length (written)))
                note_surname (surnames, written[0], m->entity, m->span.start);
            }
          continue;
        }
      if (e->type == PX_ENTITY_EVENT)
        {
          /* A storm's name: "Freddy" after "Cyclone Freddy"; not a word
           * of a name such as "Olympic Games", "Election Results". */
          if (n == 2 && g_hash_table_contains (x->rules->event_words, words[0])
              && !g_hash_table_contains (x->rules->body_word_kinds, words[1])
              && !is_common_word (x, words[1]))
            note_surname (surnames, words[1], m->entity, m->span.start);
          continue;
        }
      /* "the Archbishop of Canterbury": a title named after a place has
       * no family name; "Canterbury" alone is the city. */
      if (n < 2 || g_strcmp0 (m->rule, "peerage") == 0)
        continue;
      /* A given name that is no name alone ("Roman" of Roman Abramovich)
       * does not stand for the person: "a Roman villa". */
      if (!g_hash_table_contains (x->rules->not_names, words[0]))
        note_surname (surnames, words[0], m->entity, m->span.start);
      const char *family = family_name (x, words, n);
      note_surname (surnames, family, m->entity, m->span.start);
      note_particled_family (x, surnames, family, m->entity, m->span.start);
      note_family_before_particle (x, surnames, words, n, m->entity, m->span.start);
      note_first_family (x, surnames, words, n, family, m->entity, m->span.start);
      /* As written, too: "Zelenskiy" after "Volodymyr Zelenskiy", an
       * alias of the one the gazetteer names "Volodymyr Zelensky". */
      g_autofree char *surface = span_text (x, m->span);
      if (g_strcmp0 (surface, e->name) == 0)
        continue;
      g_auto(GStrv) written = g_strsplit (surface, " ", -1);
      guint n_written = g_strv_length (written);
      const char *written_family = n_written >= 2 ? family_name (x, written, n_written) : NULL;
      if (written_family != NULL && g_strcmp0 (written_family, family) != 0)
        note_surname (surnames, written_family, m->entity, m->span.start);
      if (written_family != NULL)
        note_first_family (x, surnames, written, n_written, written_family, m->entity,
                           m->span.start);
    }
  return surnames;
}

static PxEntityType noun_before_type (const Extractor *x, const PxSentence *s, guint first,
                                      guint n, guint after);

/* Whether a body's kind noun right before the family name of @w tokens
 * at @k names a body, no person: "the construction company Odebrecht"
 * after "Marcelo Odebrecht".  Not one before a comma, which ends a phrase
 * as often as it opens an apposition: "In a video posted by her team,
 * Machado said" is the woman. */
static gboolean
kind_noun_claims_surname (const Extractor *x, const PxSentence *s, guint k, guint w)
{
  if (k > s->first_token && token_is (x, k - 1, ","))
    return FALSE;
  return noun_before_type (x, s, k, w, k + w) != PX_ENTITY_PERSON;
}

static void
pass_surnames (Extractor *x, GHashTable *surnames)
{
  gsize lead = lead_end (x);
  for (guint i = 0; i < px_segmentation_n_sentences (x->seg); i++)
    {
      const PxSentence *sent = px_segmentation_get_sentence (x->seg, i);
      guint end = sent->first_token + sent->n_tokens;
      for (guint k = sent->first_token; k < end; k++)
        {
          /* A hyphenated word is looked up whole ("Bankman-Fried"), never
           * by its parts. */
          guint w = word_tokens (x, k, end);
          PxSpan span = tokens_span (x, k, w);
          if (!is_capitalised (x, k) || !is_free (x, span)
              || count_letters (x->text + span.start, span.end - span.start)
                   < x->rules->surname_min_letters
              || inside_title (x, k, w))
            {
              k += w - 1;
              continue;
            }
          g_autofree char *word = span_text (x, span);
          const Surname *s = g_hash_table_lookup (surnames, word);
          /* "the West", "the King": a family name that is also a word of
           * not_names is no one after an article ("King said" is). */
          gboolean articled = k > 0 && is_article (x, k - 1)
                              && g_hash_table_contains (x->rules->not_names, word);
          guint owner = surname_owner (s, span.start, lead);
          if (owner != AMBIGUOUS && !articled)
            {
              gboolean person = entity_of (x, owner)->type == PX_ENTITY_PERSON;
              if (!person || !kind_noun_claims_surname (x, sent, k, w))
                add_mention (x, span, owner, person ? "surname" : "short-name", FALSE);
            }
          k += w - 1;
        }
    }
}

/* Gives every mention of an entity that @moved maps (entity + 1 -> the
 * entity + 1 it is) to that entity: a name found for one of its own
 * that was another's all along. */
static void
move_mentions (Extractor *x, GHashTable *moved)
{
  for (guint i = 0; i < x->out->mentions->len && g_hash_table_size (moved) > 0; i++)
    {
      PxMention *m = &g_array_index (x->out->mentions, PxMention, i);
      gpointer to = g_hash_table_lookup (moved, GUINT_TO_POINTER (m->entity + 1));
      if (to != NULL)
        m->entity = GPOINTER_TO_UINT (to) - 1;
    }
}

/* Notes in @parts the runs of two words or more that open or close
 * @words (@n of them, three or more), as note_surname () notes a family
 * name. */
static void
note_name_parts (GHashTable *parts, char **words, guint n, guint person, gsize first)
{
  for (guint len = 2; len < n; len++)
    {
      g_autofree char *closing = g_strjoinv (" ", words + n - len);
      char *held = words[len];
      words[len] = NULL;
      g_autofree char *opening = g_strjoinv (" ", words);
      words[len] = held;
      note_surname (parts, opening, person, first);
      note_surname (parts, closing, person, first);
    }
}

/* A name of several words that no rule but the capitals found, and that
 * opens or closes the name of a person of more words named before it,
 * is that person, as a family name alone is: "Sri Mulyani" after
 * "finance minister Sri Mulyani Indrawati".  A part that two such names
 * share (surname_owner ()) names neither.  The part's other mentions go
 * with it: it was never a person of its own. */
static void
pass_name_parts (Extractor *x)
{
  g_autoptr(GHashTable) parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < x->out->mentions->len; i++)
    {
      const PxMention *m = mention_at (x, i);
      const PxEntity *e = entity_of (x, m->entity);
      if (e->type != PX_ENTITY_PERSON)
        continue;
      g_auto(GStrv) words = g_strsplit (e->name, " ", -1);
      note_name_parts (parts, words, g_strv_length (words), m->entity, m->span.start);
      g_autofree char *surface = span_text (x, m->span);
      if (g_strcmp0 (surface, e->name) == 0)
        continue;
      g_auto(GStrv) written = g_strsplit (surface, " ", -1);
      note_name_parts (parts, written, g_strv_length (written), m->entity, m->span.start);
    }
  if (g_hash_table_size (parts) == 0)
    return;
  gsize lead = lead_end (x);
  g_autoptr(GHashTable) moved = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < x->out->mentions->len; i++)
    {
      const PxMention *m = mention_at (x, i);
      const PxEntity *e = entity_of (x, m->entity);
      if (e->type != PX_ENTITY_PERSON || e->gazetteer_entity != PX_NO_ENTITY
          || g_strcmp0 (m->rule, "capitalised") != 0)
        continue;
      g_autofree char *surface = span_text (x, m->span);
      guint owner = surname_owner (g_hash_table_lookup (parts, surface), m->span.start, lead);
      if (owner != AMBIGUOUS && owner != m->entity)
        g_hash_table_insert (moved, GUINT_TO_POINTER (m->entity + 1), GUINT_TO_POINTER (owner + 1));
    }
  move_mentions (x, moved);
}

/* ### Names nobody listed */

/* Token @k's word in @table: its value, or that of the word without its
 * final period ("Jan." is "Jan"), or both ORed; 0 if neither is there.
 * @set_only: only whether either is there (a set maps a word to itself). */
static guintptr
word_value (const Extractor *x, guint k, GHashTable *table, gboolean set_only)
{
  /* Asked at nearly every word: most words fit the buffer on the stack. */
  char buf[64];
  const PxToken *t = token (x, k);
  gsize len = t->span.end - t->span.start;
  g_autofree char *long_word = NULL;
  char *word = buf;
  if (len < sizeof buf)
    {
      memcpy (buf, x->text + t->span.start, len);
      buf[len] = '\0';
    }
  else
    word = long_word = token_text (x, k);
  gpointer value = NULL;
  gboolean found = g_hash_table_lookup_extended (table, word, NULL, &value);
  guintptr out = found ? (set_only ? 1 : GPOINTER_TO_SIZE (value)) : 0;
  if ((found && set_only) || len < 2 || word[len - 1] != '.')
    return out;
  word[len - 1] = '\0';
  if (g_hash_table_lookup_extended (table, word, NULL, &value))
    out |= set_only ? 1 : GPOINTER_TO_SIZE (value);
  return out;
}

static gboolean is_lower_word (const Extractor *x, guint k);

/* Whether token @k's word is in @set, with or without its final period
 * ("Jan." is "Jan"). */
static gboolean
word_in (const Extractor *x, guint k, GHashTable *set)
{
  return word_value (x, k, set, TRUE) != 0;
}

/* Whether token @k is a word @list spells as written. */
static gboolean
word_listed (const Extractor *x, guint k, const PxLexicon *list)
{
  const PxToken *t = token (x, k);
  return t->kind == PX_TOKEN_WORD
         && px_lexicon_contains (list, x->text + t->span.start, t->span.end - t->span.start);
}

static gboolean
token_free (const Extractor *x, guint k)
{
  return is_free (x, px_token_span (token (x, k)));
}

/* Whether tokens @k and @k + 1 are a period and a word written on to
 * the word before, and free. */
static gboolean
dot_word (const Extractor *x, guint k, guint end)
{
  return k + 1 < end && token_is (x, k, ".") && token (x, k)->joined && token (x, k + 1)->joined
         && token (x, k + 1)->kind == PX_TOKEN_WORD && token_free (x, k) && token_free (x, k + 1);
}

/* The tokens of a web site's ending at @k: a period and one of
 * web_domains, and maybe a country's two letters, ending the word (".com"
 * of "Secunia.com,", ".com.au").  0 if none. */
static guint
web_domain_at (const Extractor *x, guint k, guint end)
{
  if (!dot_word (x, k, end) || !word_in (x, k + 1, x->rules->web_domains))
    return 0;
  guint n = 2;
  if (dot_word (x, k + n, end)
      && token (x, k + n + 1)->span.end - token (x, k + n + 1)->span.start == 2)
    n += 2;
  if (k + n < end && token (x, k + n)->joined && token (x, k + n)->kind != PX_TOKEN_PUNCT)
    return 0;
  return n;
}

/* Whether the capitalised word of @w tokens at @k is a web site's name. */
static gboolean
is_web_name (const Extractor *x, guint k, guint w)
{
  return w >= 3 && token_is (x, k + w - 2, ".");
}

/* A capitalised word from @k, with hyphen-joined parts ("Kim Shin-Wook",
 * "Hewlett-Packard") and a web site's ending ("Secunia.com"); returns its
 * number of tokens, 0 if none. */
static gboolean ends_in_one_of (const char *word, gsize len, const GPtrArray *endings);

/* Whether token @i, after a hyphen that ends a run, makes the word an
 * adjective of the name before it: a participle (participle_endings) in
 * lower case, more than adjective_min_letters letters long ("-backed",
 * "-themed").  No syllable of a Korean or Chinese given name is one,
 * where common words are ("Lee Yue-shun", "Wong Kwok-hing"). */
static gboolean
describing_part (const Extractor *x, guint i)
{
  const PxToken *t = token (x, i);
  const char *word = x->text + t->span.start;
  gsize len = t->span.end - t->span.start;
  return is_lower_word (x, i) && count_letters (word, len) > x->rules->adjective_min_letters
         && ends_in_one_of (word, len, x->rules->participle_endings);
}

/* Whether the word at token @k is an amount, one of currency_prefixes
 * written on to a number: "Rmb2tn", "Rs1bn". */
static gboolean
amount_word (const Extractor *x, guint k)
{
  const PxToken *t = token (x, k);
  const char *w = x->text + t->span.start;
  gsize len = t->span.end - t->span.start, n = 0;
  while (n < len && g_ascii_isalpha (w[n]))
    n++;
  if (n == 0 || n == len || !g_ascii_isdigit (w[n]))
    return FALSE;
  g_autofree char *prefix = g_strndup (w, n);
  return g_hash_table_contains (x->rules->currency_prefixes, prefix);
}

static guint
capital_word (const Extractor *x, guint k, guint end)
{
  if (k >= end || !is_capitalised (x, k) || !token_free (x, k) || amount_word (x, k))
    return 0;
  /* An honorific opens the next name: "Minister of Education Mr. X" is
   * an office and a person, not one name. */
  if (honorific_at (x, k, end) > 0)
    return 0;
  /* "T-shirt", "X-ray", "U-turn": a letter and a hyphen make a common
   * word, not a name; but after a name, a syllable no dictionary holds
   * in lower case after them is a given name's ("Kim E-bae"). */
  if (k + 1 < end && token (x, k)->span.end - token (x, k)->span.start == 1
      && token_is (x, k + 1, "-") && token (x, k + 1)->joined
      && !(k > 0 && !token (x, k)->joined && is_capitalised (x, k - 1) && k + 2 < end
           && token (x, k + 2)->joined && is_lower_word (x, k + 2) && !common_word (x, k + 2, 1)))
    return 0;
  /* "Kepler-452b", "K2-18b": a word that a hyphen joins to a number
   * opens a designation, no name. */
  if (k + 2 < end && token_is (x, k + 1, "-") && token (x, k + 1)->joined
      && token (x, k + 2)->joined && g_ascii_isdigit (x->text[token (x, k + 2)->span.start]))
    return 0;
  /* "Lung-bin", and with a slash between capitals "Bodø/Glimt": one
   * word of the name; but after a capitalised word, a participle after
   * the hyphen that ends the run makes the whole an adjective of the
   * name before it: "a Taylor Swift-themed class" names Taylor Swift
   * (not "the Asteroid Terrestrial-impact Last Alert System"). */
  gboolean after_name = k > 0 && !token (x, k)->joined && is_capitalised (x, k - 1)
                        && token_free (x, k - 1);
  guint n = 1;
  while (k + n + 1 < end && token (x, k + n)->joined && token (x, k + n + 1)->joined
         && token (x, k + n + 1)->kind == PX_TOKEN_WORD && token_free (x, k + n + 1)
         && (token_is (x, k + n, "-")
             || (token_is (x, k + n, "/") && is_capitalised (x, k + n + 1)))
         && !(after_name && token_is (x, k + n, "-") && describing_part (x, k + n + 1)
              && !(k + n + 2 < end && is_capitalised (x, k + n + 2))))
    n += 2;
  /* "the NASA-funded Zorbex Alert System": such a word before a name is
   * its adjective, no word of it, at a sentence's start too. */
  if ((!after_name || word_in (x, k - 1, x->rules->not_names)) && n >= 3
      && describing_part (x, k + n - 1) && k + n < end && !token (x, k + n)->joined
      && is_capitalised (x, k + n))
    return 0;
  return n + web_domain_at (x, k + n, end);
}

/* Whether token @k's word is an organisation's, a place's, an event's or
 * a law's. */
static gboolean
is_body_word (const Extractor *x, guint k)
{
  return word_value (x, k, x->rules->body_word_kinds, FALSE) != 0;
}

static gboolean opens_event (const Extractor *x, const GArray *words, guint w);

/* Whether one of the run's first @n_words @words is a body word; an
 * event's word first that opens no event ("Election Results") is none. */
static gboolean
body_word_among (const Extractor *x, const GArray *words, guint n_words)
{
  for (guint i = 0; i < n_words; i++)
    {
      guint k = g_array_index (words, guint, i);
      guintptr kind = word_value (x, k, x->rules->body_word_kinds, FALSE);
      if (kind == PX_BODY_EVENT && i == 0
          && !opens_event (x, words, capital_word (x, k, px_segmentation_n_tokens (x->seg))))
        continue;
      if (kind != 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
names_a_body (const Extractor *x, const GArray *words)
{
  return body_word_among (x, words, words->len);
}

/* Whether the run's body words name a minister's portfolio before the
 * title: only its last word names a body, and it is a field's word ("Saudi
 * Health Minister"; not "Zorbex Ltd. Health Secretary"), or the run's
 * body words are all events' words, which name a portfolio there too
 * ("Climate Crisis Minister", "Disaster Minister"); one of
 * title_qualifying_body_words may open the run ("Union Home Minister"). */
static gboolean
body_words_name_portfolio (const Extractor *x, const GArray *words)
{
  guint first = words->len > 1 && word_in (x, g_array_index (words, guint, 0),
                                           x->rules->title_qualifying_body_words);
  guint last = words->len - 1;
  gboolean field = word_in (x, g_array_index (words, guint, last), x->rules->field_words);
  for (guint i = first; i < words->len; i++)
    {
      guintptr kind = word_value (x, g_array_index (words, guint, i), x->rules->body_word_kinds,
                                  FALSE);
      if (kind != 0 && kind != PX_BODY_EVENT && !(field && i == last))
        return FALSE;
    }
  return TRUE;
}

/* The tokens of a title that a capitalised common word at @k qualifies,
 * the word with it: "Assistant Commissioner", "Acting Director"; 0 when
 * none follows. */
static guint
qualified_title_at (const Extractor *x, guint k, guint end)
{
  if (k + 1 >= end || !is_capitalised (x, k) || token (x, k)->kind != PX_TOKEN_WORD
      || !common_word (x, k, 1))
    return 0;
  guint t = title_at (x, k + 1, end);
  return t > 0 ? t + 1 : 0;
}

/* The tokens of the titles that follow one ending at @k: "Chief
 * Minister", "Deputy Mayor": titles in a row are one, and so is a
 * capitalised common word before the next title ("spokesman Assistant
 * Commissioner Paul Nyathi").  At most MAX_TITLES_AFTER of them: every
 * word of a run asks, and a sentence of titles alone must not cost the
 * square of its length. */
#define MAX_TITLES_AFTER 4
static guint
titles_after (const Extractor *x, guint k, guint end)
{
  guint t = 0;
  for (guint i = 0, more; i < MAX_TITLES_AFTER
                          && ((more = title_at (x, k + t, end)) > 0
                              || (more = qualified_title_at (x, k + t, end)) > 0); i++)
    t += more;
  return t;
}

/* The next word of a run at @k, in tokens: a capitalised word or, after
 * the run's @first word, one with its particle ("al-Amr").  None at a
 * title whose person pass 2 found: "Monroe County District Attorney Mike
 * Mancuso" names a place and a person, and the title is neither's; nor
 * at a currency's letters ("pay Moffatt C$812"). */
static guint
next_run_word (const Extractor *x, guint k, gboolean first, guint end)
{
  /* "Security Council Deputy Chairman Dmitry Medvedev": a run ends
   * before titles in a row that a name follows. */
  guint t = first ? 0 : title_at (x, k, end);
  if (t > 0)
    t += titles_after (x, k + t, end);
  if (t > 0 && k + t < end && !token_free (x, k + t))
    return 0;
  guint w = capital_word (x, k, end);
  if (w > 0 && k + w < end && token (x, k + w)->joined
      && word_in (x, k + w, x->rules->currency_marks))
    return 0;
  if (w == 0 && !first && k < end && elided_particle (x, k) && token_free (x, k))
    return 1;
  /* "Chandra X-ray Observatory": a letter's compound, no name alone
   * (capital_word ()), inside one that a capitalised word goes on. */
  if (w == 0 && !first && k + 3 < end && token (x, k)->span.end - token (x, k)->span.start == 1
      && is_capitalised (x, k) && token_is (x, k + 1, "-") && token (x, k + 1)->joined
      && token (x, k + 2)->joined && token (x, k + 2)->kind == PX_TOKEN_WORD
      && token_free (x, k) && token_free (x, k + 2) && capital_word (x, k + 3, end) > 0)
    return 3;
  /* hyphened_particle () checks that @k is inside the sentence first. */
  if (w > 0 || first || !hyphened_particle (x, k, end) || !token_free (x, k))
    return w;
  w = capital_word (x, k + 2, end);
  return w > 0 ? w + 2 : 0;
}

/* Whether @word, in lower case, is one of common_words. */
static gboolean
is_common_word (const Extractor *x, const char *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);
  return px_lexicon_contains (x->rules->common_words, lower, strlen (lower));
}

static gboolean
lexicon_has (const Extractor *x, gsize start, gsize end)
{
  /* Asked of most capitalised words: an ASCII word is folded on the stack. */
  char buf[64];
  gsize len = end - start;
  gboolean ascii = len < sizeof buf;
  for (gsize i = 0; i < len && ascii; i++)
    {
      ascii = (guchar) x->text[start + i] < 0x80;
      buf[i] = g_ascii_tolower (x->text[start + i]);
    }
  if (ascii)
    return px_lexicon_contains (x->rules->common_words, buf, len);
  g_autofree char *word = g_strndup (x->text + start, len);
  return is_common_word (x, word);
}

/* Whether the capitalised word of @w tokens at @k is a common word.  A
 * hyphenated word counts only when listed whole ("Well-known"): its parts
 * may each be common and still make a name ("Hau Lung-bin"). */
static gboolean
common_word (const Extractor *x, guint k, guint w)
{
  PxSpan span = tokens_span (x, k, w);
  return lexicon_has (x, span.start, span.end);
}

/* The tokens of the word that starts at token @k of a run. */
static guint
word_tokens (const Extractor *x, guint k, guint end)
{
  guint n = 1;
  while (k + n + 1 < end && token_is (x, k + n, "-") && token (x, k + n)->joined
         && token (x, k + n + 1)->joined && token (x, k + n + 1)->kind == PX_TOKEN_WORD)
    n += 2;
  return n;
}

/* Whether a run's @words may open a body's name that goes on after "and":
 * the last is no name alone ("Police") or a common word that is no
 * organisation's word, which would end a name of its own ("Navy" of
 * "Navy and Marine Corps").  "Food", "United Food", "Hotel" (a place's
 * word) open one, and so do names before such a word: "Hotel and
 * Restaurant Workers Union", "South Yorkshire Fire and Rescue Service".
 * A place's word after a name ends that place's name: "Leith Walk and
 * Constitution Street" are two streets; an organisation's word that
 * names a field goes on too ("Research and Development Center").  What
 * follows "and" decides (joins_common_words ()). */
static gboolean
goes_on_over_joiner (const Extractor *x, const GArray *words, guint end)
{
  guint k = g_array_index (words, guint, words->len - 1);
  if (word_in (x, k, x->rules->not_names))
    return TRUE;
  guintptr kind = word_value (x, k, x->rules->body_word_kinds, FALSE);
  if (kind == PX_BODY_PLACE && words->len > 1)
    {
      guint before = g_array_index (words, guint, words->len - 2);
      if (!common_word (x, before, word_tokens (x, before, end)))
        return FALSE;
    }
  /* "the Truth and Reconciliation Commission": one word of no kind that
   * is no given name opens one too, though the dictionary capitalises
   * it somewhere (Sojourner Truth), before a common word that is no body
   * word ("Quintel and Bank of Varga" are two). */
  guint after = k + word_tokens (x, k, end) + 1;
  if (words->len == 1 && kind == 0 && !is_given_name (x, k) && after < end
      && capital_word (x, after, end) == 1 && common_word (x, after, 1)
      && !is_body_word (x, after))
    return TRUE;
  /* An organisation's word ends a name of its own, unless it names a
   * field: "Zorba Research and Development Center" is one body. */
  return common_word (x, k, word_tokens (x, k, end))
         && (!(kind & PX_BODY_ORG) || word_in (x, k, x->rules->field_words));
}

/* Whether the joiner at @k ("and") sits inside a body's name rather than
 * between two names: common words follow it, the last no body word (in
 * the complement of a body's connector: "Union of Rationalist Atheists
 * and Agnostics", "Alliance of Motion Picture and Television Producers")
 * unless it names a field ("Institute of Neuroscience and Mental
 * Health", "Ministry of Youth and Sports") or is a place's common word
 * ("University of the Highlands and Islands"), or common words up to a
 * body word that is no place's alone (@to_body, after a common word:
 * "Food and Drug Administration", "National Earthquake Monitoring and
 * Research Centre"; "Starboard Value and Third Point" are two).  A person
 * or another body after it starts a name of its own ("Institute of
 * Science and Varga University", "Ministry of Defence and Border
 * Police"). */
static gboolean
joins_common_words (const Extractor *x, guint k, guint end, gboolean to_body)
{
  if (k >= end || token (x, k)->kind != PX_TOKEN_WORD
      || !word_in (x, k, x->rules->complement_joiners) || !token_free (x, k))
    return FALSE;
  guint n = 1, w;
  gboolean body_last = FALSE;
  while ((w = capital_word (x, k + n, end)) > 0)
    {
      guintptr kind = word_value (x, k + n, x->rules->body_word_kinds, FALSE);
      /* A place's common word names no body of its own in a complement:
       * "University of the Highlands and Islands". */
      gboolean field = !to_body && w == 1
                       && (word_in (x, k + n, x->rules->field_words)
                           || (kind == PX_BODY_PLACE && common_word (x, k + n, w)));
      body_last = kind != 0 && !field;
      if (body_last && to_body)
        return kind != PX_BODY_PLACE;
      if (!body_last && !field && !common_word (x, k + n, w))
        return FALSE;
      n += w;
    }
  return !to_body && !body_last && n > 1;
}

/* Whether a comma at token @k goes on with a list of capitalised common
 * or body words that one of complement_joiners and common words end
 * ("Ministry of Economy, Trade and Industry", "Department for Digital,
 * Culture, Media and Sport", "Ministry of Land, Infrastructure,
 * Transport and Tourism": the word before the comma may be any but a
 * given name, capital_run () asks): the list is the complement of a
 * body's name.  Not before a name ("Ministry of Health, Education and
 * Jane Roe"). */
static gboolean
complement_list_at (const Extractor *x, guint k, guint end)
{
  for (guint i = 0; i < x->rules->max_name_words; i++)
    {
      if (k >= end || !token_is (x, k, ","))
        return FALSE;
      k++;
      guint w = capital_word (x, k, end);
      if (w == 0 || !(common_word (x, k, w) || is_body_word (x, k)))
        return FALSE;
      k += w;
      if (k < end && word_in (x, k, x->rules->complement_joiners))
        return joins_common_words (x, k, end, FALSE);
    }
  return FALSE;
}

/* Whether capitalised common words from token @k lead to a body word
 * within a name's length: "Consultative Assembly". */
static gboolean
common_words_to_body (const Extractor *x, guint k, guint end)
{
  guint w;
  for (guint i = 0; i < x->rules->max_name_words && (w = capital_word (x, k, end)) > 0; i++)
    {
      if (is_body_word (x, k))
        return i > 0;
      if (!common_word (x, k, w))
        return FALSE;
      k += w;
    }
  return FALSE;
}

/* Whether the digit at @k stands inside a name, between the word at @word
 * and a capitalised word: "Movimento 5 Stelle".  Not after a word that is
 * no name ("June 4 Kim"), nor in a score, where a number follows the
 * capitalised words after it ("Leeds United 2 Quinto City 1"). */
static gboolean
digit_inside_name (const Extractor *x, guint word, guint k, guint end)
{
  const PxToken *t = token (x, k);
  if (k + 1 >= end || t->kind != PX_TOKEN_NUMBER || t->span.end - t->span.start != 1
      || t->joined || !token_free (x, k) || word_in (x, word, x->rules->not_names)
      || token (x, k + 1)->joined)
    return FALSE;
  guint after = k + 1, w;
  while ((w = capital_word (x, after, end)) > 0)
    after += w;
  return after > k + 1 && (after >= end || token (x, after)->kind != PX_TOKEN_NUMBER);
}

/* Whether token @k, inside the sentence, is a number written apart and
 * free. */
static gboolean
numeral_at (const Extractor *x, guint k, guint end)
{
  return k < end && token (x, k)->kind == PX_TOKEN_NUMBER && !token (x, k)->joined
         && token_free (x, k);
}

static gboolean abbreviated_after (const Extractor *x, guint k, guint n, guint end);

/* Whether the complement_joiners word at token @at joins the body's name
 * that starts at @k to the capitalised words after it, because the
 * acronym in brackets after them abbreviates the whole: "Department of
 * Fire and Emergency Services (DFES)" is one body, where "Fire" alone
 * would end the name before the body word of the second part.  With no
 * @body word before the joiner, one after it: "Cybersecurity and
 * Infrastructure Security Agency (CISA)". */
static gboolean
joined_by_acronym (const Extractor *x, guint k, guint at, guint end, gboolean body)
{
  if (at >= end || !word_in (x, at, x->rules->complement_joiners) || !token_free (x, at))
    return FALSE;
  guint j = at + 1, w;
  while ((w = capital_word (x, j, end)) > 0)
    {
      body = body || is_body_word (x, j);
      j += w;
    }
  return j > at + 1 && body && abbreviated_after (x, k, j - k, end);
}

/* Whether token @k is a capital alone before a full stop: an initial. */
static gboolean
opens_with_initial (const Extractor *x, guint k)
{
  const PxToken *t = token (x, k);
  gsize end = t->span.end;
  if (end - t->span.start == 2 && x->text[end - 1] == '.')
    end--;
  return end - t->span.start == 1 && g_ascii_isupper (x->text[t->span.start])
         && end < x->len && x->text[end] == '.';
}

/* Whether the gazetteer lists the text of @span as a name, whatever a
 * rule made of it ("Washington" in "Mary Washington"). */
static gboolean
names_listed (const Extractor *x, PxSpan span)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (PxNameMatch));
  px_gazetteer_match (x->gaz, x->text + span.start, span.end - span.start, found);
  return found->len > 0;
}

/* Whether a person's name starts at token @k and ends the run: a listed
 * given name or an initial, then capitalised words that nothing listed
 * took and no body word, and then neither a capitalised word nor a
 * connector.  "the Telugu Desam Party of N. Chandrababu Naidu" is a
 * party and its leader; "University of Mary Washington" (a listed place,
 * whatever a rule made of it), "Church of Jesus Christ of Latter-day
 * Saints" (a connector after) and "Institute of Marine Science" (common
 * words only after the given name, a field) are one name each. */
static gboolean
person_ends_run (const Extractor *x, guint k, guint end)
{
  if (k >= end || !is_capitalised (x, k) || !token_free (x, k)
      || !(is_given_name (x, k) || opens_with_initial (x, k)))
    return FALSE;
  guint words = 0;
  gboolean family = FALSE;   /* a word no common word: a family name */
  for (k += MAX (capital_word (x, k, end), 1); k < end; words++)
    {
      guint w = capital_word (x, k, end);
      if (w == 0)
        break;
      if (!token_free (x, k) || is_body_word (x, k) || names_listed (x, tokens_span (x, k, w)))
        return FALSE;
      family = family || !common_word (x, k, w);
      k += w;
    }
  return words > 0 && family && (k >= end || !word_in (x, k, x->rules->connectors));
}

/* The tokens of the listed demonym that starts at token @k, when a
 * capitalised word follows it: the demonym is inside a name ("of British
 * Industry").  0 otherwise. */
static guint
demonym_inside (const Extractor *x, guint k, guint end)
{
  gint i = k < end ? demonym_mention_at (x, token (x, k)->span.start) : -1;
  if (i < 0)
    return 0;
  guint last = last_token_within (x, k, end, mention_at (x, (guint) i)->span.end);
  return capital_word (x, last + 1, end) > 0 ? last + 1 - k : 0;
}

/* The mentions of listed places and demonyms inside @span, a body's name
 * that holds them ("Confederation of British Industry"), join it, nested
 * (absorb ()).  With @place, the name is a place's: a demonym in it
 * names no people ("Indian River" is in Florida) and is no mention. */
static void
absorb_inside (Extractor *x, PxSpan span, gboolean place)
{
  for (gsize at = span.start + 1; at < span.end; at++)
    {
      if (x->text[at - 1] != ' ')
        continue;
      gint i = indexed (x->place_starts, at);
      if (i < 0 || mention_at (x, (guint) i)->span.end > span.end)
        continue;
      absorb (x, (guint) i);
      if (place && mention_at (x, (guint) i)->demonym)
        g_hash_table_add (x->unnamed, GUINT_TO_POINTER (i + 1));
    }
}

static gboolean all_common_words (const Extractor *x, const GArray *words, guint end);
static gboolean common_words_from (const Extractor *x, const GArray *words, guint from,
                                   guint end);

static gboolean is_acronym (const Extractor *x, guint k);

static PxEntityType apposition_type (const Extractor *x, guint k, guint end);

/* The connectors at token @k when capitalised common words after them
 * lead to a law's or an organisation's word that ends the name, the
 * run's @words before being common too: "Freedom of Information Act",
 * "Representation of the People Act" are one law's name, "Freedom of the
 * Press Foundation" one body's, as a body's word first would make them
 * ("Treaty of Versailles"); or when those words end the name before an
 * apposition that makes it a body's ("Defenders of Wildlife, a
 * conservation group,").  0 when they do not. */
static guint
connector_to_law_or_body (const Extractor *x, guint k, guint end, const GArray *words)
{
  guint c = 0;
  while (k + c < end && token (x, k + c)->kind == PX_TOKEN_WORD
         && word_in (x, k + c, x->rules->connectors) && token_free (x, k + c))
    c++;
  if (c == 0 || !all_common_words (x, words, end))
    return 0;
  guint w;
  for (guint i = 0, at = k + c; i < x->rules->max_name_words && (w = capital_word (x, at, end)) > 0;
       i++, at += w)
    {
      guintptr kind = word_value (x, at, x->rules->body_word_kinds, FALSE);
      gboolean last = capital_word (x, at + w, end) == 0;
      if (kind & PX_BODY_LAW)
        return last ? c : 0;
      /* An organisation's word ends the whole name (a mark or a word in
       * lower case after it), and no subject's connector comes before
       * it: not "Members of the International Association of
       * Machinists", "Deputies of Movimento 5 Stelle", nor "Democrat on
       * the Senate Banking Committee". */
      if (kind & PX_BODY_ORG)
        {
          if (!last)
            continue;   /* "Press" of "Freedom of the Press Foundation" */
          gboolean goes_on = at + w < end && token (x, at + w)->kind != PX_TOKEN_PUNCT
                             && (!is_lower_word (x, at + w)
                                 || word_in (x, at + w, x->rules->connectors));
          gboolean subject = FALSE;
          for (guint j = k; j < k + c; j++)
            subject = subject || word_in (x, j, x->rules->subject_connectors);
          return goes_on || subject ? 0 : c;
        }
      if (kind != 0 || !common_word (x, at, w))
        return 0;
      if (last)
        return apposition_type (x, at + w - 1, end) == PX_ENTITY_ORG ? c : 0;
    }
  return 0;
}

/* Whether the body word at token @k heads a name that goes on after it,
 * as Romance languages write a body's name, with a word no listed place
 * takes: after a name's possessive, "Arévalo's Movimiento Semilla" is a
 * person's party, where "Guy's Hospital" and "St Thomas' Hospital
 * London" are names whole (and so are a common word's, a title's or a
 * given name's: "King's College Zorbia"). */
static gboolean
body_word_heads_name (const Extractor *x, guint k, guint end)
{
  guint next = k + word_tokens (x, k, end);
  return next < end && capital_word (x, next, end) > 0
         && place_mention_at (x, token (x, next)->span.start) < 0;
}

/* Whether the run's @words are a person's given and family names and no
 * common or body word: their possessive names an owner ("Matteo
 * Salvini's League" is the man's party), where "King's College" and "St
 * Mary's Hospital" are one name. */
static gboolean
names_a_person (const Extractor *x, const GArray *words, guint end)
{
  if (words->len < 2 || !is_given_name (x, g_array_index (words, guint, 0)))
    return FALSE;
  for (guint i = 0; i < words->len; i++)
    {
      guint k = g_array_index (words, guint, i);
      if (is_body_word (x, k) || common_word (x, k, word_tokens (x, k, end)))
        return FALSE;
    }
  return TRUE;
}

/* The words of a run of capitalised words from @k, connectors allowed
 * between them; fills @words with each word's first token.  Returns the
 * number of tokens. */
static guint
capital_run (const Extractor *x, guint k, guint end, gboolean named_body, GArray *words)
{
  g_array_set_size (words, 0);
  guint n = 0, w;
  /* names_a_body (words), kept as words come; or a body's kind noun
   * before the run named it one. */
  gboolean body = named_body;
  gboolean org = FALSE;         /* an organisation's word among them */
  gboolean complement = FALSE;  /* past a body word's connector */
  guint on_n = 0, on_words = 0; /* the run before its first subject connector */
  while ((w = next_run_word (x, k + n, n == 0, end)) > 0)
    {
      /* "Council on Foreign Relations", but not "Zorbex Securities on
       * the Varga Expressway": a body's subject after a subject connector
       * holds no body word of its own, but a field's ("International
       * Conference on Robotics and Automation"). */
      if (on_n > 0 && is_body_word (x, k + n) && !word_in (x, k + n, x->rules->field_words))
        {
          g_array_set_size (words, on_words);
          return on_n;
        }
      guint at = k + n;
      g_array_append_val (words, at);
      body = body || is_body_word (x, at);
      org = org || (word_value (x, at, x->rules->body_word_kinds, FALSE) & PX_BODY_ORG);
      n += w;
      /* "of the" between "University" and "Southern California": only
       * after a word that makes the run an organisation, a place or an
       * event, so that "Leung Yiu-chung of NWSC" stays two names. */
      guint c = 0;
      if (body)
        while (k + n + c < end && token (x, k + n + c)->kind == PX_TOKEN_WORD
               && word_in (x, k + n + c, x->rules->connectors) && token_free (x, k + n + c))
          {
            if (on_n == 0 && word_in (x, k + n + c, x->rules->subject_connectors))
              {
                on_n = n;
                on_words = words->len;
              }
            c++;
          }
      if (c > 0 && person_ends_run (x, k + n + c, end))
        break;
      /* "King's College", "Children's Hospital": a possessive inside a
       * body's name, before its body word, or of a common word or a
       * saint's name before common words that lead to one ("People's
       * Consultative Assembly", "St Werburgh's Primary School").  Not
       * the possessive of a run an organisation's word is in: "Zorbia
       * University's Medical School", "the University of Exeter's
       * Peninsula Medical School" are the university's school, another
       * body; nor an acronym's, a body's name of its own: "NASA's
       * Operation IceBridge" is the agency's campaign.  Past a body's
       * connector, the possessive of one of irregular_plurals goes on
       * into the complement before any capitalised word ("Ministry of
       * Women's Affairs"), where a singular's names an owner ("the
       * Department of Energy's Office of Science"). */
      if (c == 0 && possessive_after (x, k + n - 1, end) && k + n + 1 < end
          && !(w == 1 && is_acronym (x, at)) && !after_honorific (x, k)
          && !names_a_person (x, words, end))
        {
          if (!org)
            c = (is_body_word (x, k + n + 1)
                 && (!body_word_heads_name (x, k + n + 1, end) || common_word (x, at, w)
                     || title_at (x, at, end) > 0 || is_given_name (x, at)))
                || ((common_word (x, at, w) || word_in (x, k, x->rules->saint_titles))
                    && common_words_to_body (x, k + n + 1, end));
          else
            c = complement && word_in (x, at, x->rules->irregular_plurals)
                && capital_word (x, k + n + 1, end) > 0;
        }
      /* "Procter & Gamble": an organisation's joiner joins any two. */
      if (c == 0 && k + n < end && word_in (x, k + n, x->rules->org_joiners)
          && token_free (x, k + n))
        c = 1;
      if (c == 0 && joins_common_words (x, k + n, end, !complement)
          && (complement || goes_on_over_joiner (x, words, end)))
        c = 1;
      if (c == 0 && complement && (common_word (x, at, w) || !is_given_name (x, at))
          && complement_list_at (x, k + n, end))
        c = 1;
      if (c == 0 && joined_by_acronym (x, k, k + n, end, body))
        c = 1;
      if (c == 0 && !body)
        c = connector_to_law_or_body (x, k + n, end, words);
      if (c == 0 && digit_inside_name (x, at, k + n, end))
        c = 1;
      /* "Hospital No. 1", "China Railway No. 10 Engineering Group": a
       * number sign after a name's word takes the number into the name,
       * which goes on if a capitalised word follows. */
      if (c == 0 && words->len > 1 && word_in (x, at, x->rules->number_signs)
          && numeral_at (x, k + n, end))
        {
          n++;
          continue;
        }
      /* "Pieter van der Berg": particles inside a person's name. */
      if (c == 0 && !body && k + n < end && token_free (x, k + n))
        c = particles_at (x, k + n, end);
      /* "Confederation of British Industry": a listed demonym after a
       * body's connector, before the name's next word. */
      guint demonym = c > 0 && body ? demonym_inside (x, k + n + c, end) : 0;
      if (demonym > 0)
        {
          guint at_demonym = k + n + c;
          g_array_append_val (words, at_demonym);
          n += c + demonym;
          continue;
        }
      /* "Gare de l'Est": an elided particle may follow the connector. */
      if (c > 0 && capital_word (x, k + n + c, end) == 0
          && !(k + n + c < end && elided_particle (x, k + n + c) && token_free (x, k + n + c)))
        break;
      complement = complement || (body && c > 0);
      n += c;
    }
  return n;
}


/* Whether a word of place_particles stands between tokens @first and
 * @last: "Bergen op Zoom" is a town's name. */
static gboolean
holds_place_particle (const Extractor *x, guint first, guint last)
{
  for (guint k = first + 1; k < last; k++)
    if (!token (x, k)->joined && is_lower_word (x, k) && word_in (x, k, x->rules->place_particles))
      return TRUE;
  return FALSE;
}

/* Whether an organisation's joiner stands between the run's words. */
static gboolean
has_org_joiner (const Extractor *x, const GArray *words)
{
  guint first = g_array_index (words, guint, 0), last = g_array_index (words, guint, words->len - 1);
  for (guint k = first + 1; k < last; k++)
    if (word_in (x, k, x->rules->org_joiners))
      return TRUE;
  return FALSE;
}

/* Whether an organisation's word of @words comes before a connector
 * between the words: the body is the name's head, and what follows its
 * complement ("Federal Office for the Protection of the Constitution"). */
static gboolean
body_before_connector (const Extractor *x, const GArray *words)
{
  for (guint i = 0; i + 1 < words->len; i++)
    {
      guint k = g_array_index (words, guint, i);
      if (!(word_value (x, k, x->rules->body_word_kinds, FALSE) & PX_BODY_ORG))
        continue;
      for (guint j = k + 1; j < g_array_index (words, guint, words->len - 1); j++)
        if (word_in (x, j, x->rules->connectors))
          return TRUE;
    }
  return FALSE;
}

/* Whether a run's @words name a law: its last word is one of law_words
 * ("Clean Air Act"), or its first is, followed by a connector ("Treaty
 * of Versailles"). */
static gboolean
names_a_law (const Extractor *x, const GArray *words)
{
  guint first = g_array_index (words, guint, 0);
  guint last = g_array_index (words, guint, words->len - 1);
  GHashTable *kinds = x->rules->body_word_kinds;
  if (word_value (x, last, kinds, FALSE) & PX_BODY_LAW)
    return !body_before_connector (x, words);
  return words->len > 1 && (word_value (x, first, kinds, FALSE) & PX_BODY_LAW)
         && word_in (x, first + 1, x->rules->connectors);
}

/* "near Siesta Key, Florida,": a name followed by an apposition_marks
 * mark and a listed place that ends the clause is a place in that place.
 * ("Ken Paxton, Texas attorney general" goes on after the place.) */
static gboolean
qualified_by_place (const Extractor *x, guint k, guint end)
{
  if (k + 2 >= end || !word_in (x, k + 1, x->rules->apposition_marks))
    return FALSE;
  gint place = place_mention_at (x, token (x, k + 2)->span.start);
  if (place < 0)
    return FALSE;
  gsize after = mention_at (x, (guint) place)->span.end;
  if (after >= x->len)
    return TRUE;
  /* Not before a possessive: "Xie Feng, China's ambassador," is no
   * place in China. */
  return g_ascii_ispunct (x->text[after])
         && !possessive_after (x, last_token_within (x, k + 2, end, after), end);
}

/* The mention that ends at @end, of an entity of @type (not a
 * demonym): a listed one (the indexes of pass 1), or one found before
 * among the last RECENT_MENTIONS (the pass that asks adds its mentions
 * in text order, so a name just before is among the last few; the bound
 * keeps a long list of names linear).  -1 if none. */
#define RECENT_MENTIONS 16
static gint
mention_ending_at (const Extractor *x, gsize end, PxEntityType type)
{
  gint listed = indexed (type == PX_ENTITY_PLACE ? x->place_ends : x->namer_ends, end);
  if (listed >= 0)
    return mention_at (x, (guint) listed)->demonym
             || entity_of (x, mention_at (x, (guint) listed)->entity)->type != type
             ? -1 : listed;
  guint n = x->out->mentions->len;
  for (guint i = n; i-- > 0 && n - i <= RECENT_MENTIONS;)
    {
      const PxMention *m = mention_at (x, i);
      if (m->span.end == end && !is_absorbed (x, i))
        return entity_of (x, m->entity)->type == type && !m->demonym ? (gint) i : -1;
    }
  return -1;
}

/* The first token of the name of @type that ends at token @k - 2 of
 * sentence @s, the token between being a list's joiner or comma;
 * G_MAXUINT when none does.  @k is at least two tokens into @s. */
static guint
name_before_separator (const Extractor *x, const PxSentence *s, guint k, PxEntityType type)
{
  gint head = mention_ending_at (x, token (x, k - 2)->span.end, type);
  if (head < 0)
    return G_MAXUINT;
  gsize start = mention_at (x, (guint) head)->span.start;
  guint first = k - 2;
  while (first > s->first_token && token (x, first)->span.start > start)
    first--;
  return first;
}

/* The first token of the name of @type that a place_list_joiners word
 * joins the single word at token @k to ("Kinshasa" in "to Kinshasa and
 * Goma"; a place's, one of definite_articles between or not: "the River
 * Severn and the Wye"), when a word stands before that name in the
 * sentence; G_MAXUINT otherwise. */
static guint
list_head (const Extractor *x, const PxSentence *s, guint k, PxEntityType type)
{
  if (type == PX_ENTITY_PLACE && k >= s->first_token + 3
      && is_definite_article (x, px_token_span (token (x, k - 1))))
    k--;
  if (k < s->first_token + 2 || !word_in (x, k - 1, x->rules->place_list_joiners))
    return G_MAXUINT;
  guint first = name_before_separator (x, s, k, type);
  return first != G_MAXUINT && first > s->first_token ? first : G_MAXUINT;
}

/* The first token of the place before a comma before token @k of
 * sentence @s, when one ends there ("Córdoba" in "Córdoba, Seville");
 * G_MAXUINT otherwise. */
static guint
place_before_comma (const Extractor *x, const PxSentence *s, guint k)
{
  if (k < s->first_token + 2 || !token_is (x, k - 1, ","))
    return G_MAXUINT;
  return name_before_separator (x, s, k, PX_ENTITY_PLACE);
}

/* Whether a listed place of list_place_subtypes that is no given name too
 * starts at token @k: "Bologna", not "Paris" ("Paris and Nicky"). */
static gboolean
is_listed_city (const Extractor *x, guint k)
{
  gint i = place_mention_at (x, token (x, k)->span.start);
  guint listed = i >= 0 ? entity_of (x, mention_at (x, (guint) i)->entity)->gazetteer_entity
                        : PX_NO_ENTITY;
  return listed != PX_NO_ENTITY && subtype_in (x, listed, x->rules->list_place_subtypes)
         && !is_given_name (x, k);
}

/* Whether the name at token @first, a place's, opens a list of places:
 * a literal_place_cues word or a place_cues phrase stands before it, one
 * of definite_articles between or not ("along the River Severn and the
 * Wye"), or it is a listed place of list_place_subtypes that is no given
 * name too ("between Bologna and Imola", "for Kozhikode, Malappuram and
 * Kannur"; not "Paris and Nicky"). */
static gboolean
opens_place_list (const Extractor *x, const PxSentence *s, guint first)
{
  guint named = first;
  if (first > s->first_token + 1 && is_definite_article (x, px_token_span (token (x, first - 1))))
    first--;
  if (first > s->first_token
      && (is_literal_cue (x, first - 1) || cue_before (x, s, first, x->rules->place_cues, FALSE)))
    return TRUE;
  return is_listed_city (x, named);
}

/* "between Yilan and Hualien": the single word at token @k joined by one
 * of place_list_joiners to a listed place of list_place_subtypes that is
 * no given name right after it, as opens_place_list () reads one before
 * it ("between Bologna and Imola"). */
static gboolean
joined_to_listed_city (const Extractor *x, const PxSentence *s, guint k)
{
  guint end = s->first_token + s->n_tokens;
  return k + 2 < end && word_in (x, k + 1, x->rules->place_list_joiners)
         && is_listed_city (x, k + 2);
}

/* "sent experts to Kinshasa and Goma", "schools in Brittany and
 * Normandy", "MP for Hampstead and Highgate": a single word joined to a
 * place (listed, or found so before) that a literal_place_cues word or a
 * place_cues phrase opens is a place of the same list, or one joined to
 * a listed place of list_place_subtypes whatever opens it ("between
 * Bologna and Imola"; not one that is a given name too, "Paris and
 * Nicky"); so is one that ends a list of places whatever
 * opens it ("warnings for Córdoba, Seville and Badajoz"). */
static gboolean
listed_with_place (const Extractor *x, const PxSentence *s, guint k)
{
  guint first = list_head (x, s, k, PX_ENTITY_PLACE);
  if (first == G_MAXUINT)
    return joined_to_listed_city (x, s, k);
  return opens_place_list (x, s, first) || place_before_comma (x, s, first) != G_MAXUINT;
}

/* Whether a clause may end at token @k of a sentence ending at @end: the
 * sentence's end, a mark or a literal_place_cues word. */
static gboolean
clause_may_end_at (const Extractor *x, guint k, guint end)
{
  return k >= end || token (x, k)->kind != PX_TOKEN_WORD || is_literal_cue (x, k);
}

/* Whether the clause may end right after token @k: in "in Hay River and
 * Fort Smith, towns nearby" and "farms in Friesland and North Brabant to
 * close" the name joined to a place ends the list, as in "in London and
 * Boris Johnson said" it does not, nor before one of residence_cues,
 * which says where a person is from ("Alex de Minaur of Australia and
 * Taylor Fritz of the United States"). */
static gboolean
mark_or_end_after (const Extractor *x, guint k, guint end)
{
  return clause_may_end_at (x, k + 1, end)
         && !(k + 1 < end && word_in (x, k + 1, x->rules->residence_cues));
}

/* Whether the single word at token @first of sentence @s comes after a
 * literal_place_cues word, with perhaps one word of place_qualifiers
 * between: "in Goma", "in nearby Pullman", "in the Bronx". */
static gboolean
after_place_cue (const Extractor *x, const PxSentence *s, guint first)
{
  if (first > s->first_token && is_literal_cue (x, first - 1))
    return TRUE;
  return first > s->first_token + 1 && word_in (x, first - 1, x->rules->place_qualifiers)
         && is_literal_cue (x, first - 2);
}

/* Whether the single word at token @first is a listed given name, no
 * common word, right after one of relation_cues: "the son of Abraham",
 * "the wife of Ahmed" name people, where "the people of Zorbington" a
 * place; or any word after such a cue that a noun of person_of_nouns
 * opens: "the tomb of Tutankhamun", "the reign of Zorbaxes". */
static gboolean
relative_of (const Extractor *x, const PxSentence *s, guint first)
{
  return after_person_of_noun (x, s, first)
         || (first > s->first_token && word_in (x, first - 1, x->rules->relation_cues)
             && is_given_name (x, first) && !common_word (x, first, 1));
}

/* The most tokens of a list of names read from one of them to its end
 * or to the phrase that opens it: a list of thousands stays linear. */
#define LIST_MAX_TOKENS 32

/* The token after the list from token @k (capitalised words, commas and
 * place_list_joiners words; after a joiner, one of definite_articles and
 * a noun of apposition_place_nouns may open the last name: "Chuadanga,
 * Jessore and the capital Dhaka"), and in @joined whether a joiner is in
 * it; G_MAXUINT when it runs past LIST_MAX_TOKENS. */
static guint
list_end (const Extractor *x, guint k, guint end, gboolean *joined)
{
  *joined = FALSE;
  for (guint from = k; k < end; k++)
    {
      if (k - from >= LIST_MAX_TOKENS)
        return G_MAXUINT;
      if (k > from && k + 2 < end && word_in (x, k - 1, x->rules->place_list_joiners)
          && is_definite_article (x, px_token_span (token (x, k))) && is_lower_word (x, k + 1)
          && word_in (x, k + 1, x->rules->apposition_place_nouns) && is_capitalised (x, k + 2))
        k += 2;
      if (word_in (x, k, x->rules->place_list_joiners))
        *joined = TRUE;
      else if (!is_capitalised (x, k) && !token_is (x, k, ",")
               /* "Eldorado do Sul": a connector inside a name */
               && !(k + 1 < end && word_in (x, k, x->rules->connectors)
                    && is_capitalised (x, k + 1)))
        break;
    }
  return k;
}

/* Whether the list from token @k (capitalised words, commas and
 * place_list_joiners words, one joiner at least) ends at its sentence's
 * end @end, at a mark or before a literal_place_cues word: "Kisumu and
 * Eldoret." does, "Macron and Merkel met" goes on with a verb; so does
 * one before a comma and an apposition's article ("Catarroja and
 * Alfafar, the towns south of the city"). */
static gboolean
list_ends_clause (const Extractor *x, guint k, guint end)
{
  gboolean joined;
  k = list_end (x, k, end, &joined);
  if (k == G_MAXUINT)
    return FALSE;
  gboolean apposed = k < end && token_is (x, k - 1, ",")
                     && word_in (x, k, x->rules->apposition_articles);
  return joined && (apposed || clause_may_end_at (x, k, end));
}

/* Whether a list that list_end () read, ending before token @after
 * (G_MAXUINT: too long) with a joiner in it (@joined), ends in a listed
 * place. */
static gboolean
joined_list_ends_in_place (const Extractor *x, guint after, gboolean joined)
{
  if (after == G_MAXUINT || !joined || !is_capitalised (x, after - 1))
    return FALSE;
  gint i = indexed (x->place_ends, token (x, after - 1)->span.end);
  return i >= 0 && !mention_at (x, (guint) i)->demonym;
}

/* Whether the list from token @k (as list_ends_clause () reads it) ends
 * in a listed place, whatever follows: "Croydon, Thurrock, Woking and
 * Nottingham have issued notices". */
static gboolean
list_ends_in_place (const Extractor *x, guint k, guint end)
{
  gboolean joined;
  guint after = list_end (x, k, end, &joined);
  return joined_list_ends_in_place (x, after, joined);
}

/* Whether the list from token @k (as list_ends_clause () reads it) has
 * a place_list_joiners word, whatever follows it. */
static gboolean
list_joined_after (const Extractor *x, guint k, guint end)
{
  gboolean joined;
  return list_end (x, k, end, &joined) != G_MAXUINT && joined;
}

/* "spread to Mombasa, Kisumu and Eldoret": a single word after a comma
 * after places a list opens (opens_place_list ()) is a place inside the
 * list, when the list ends its clause ("In Paris, Macron and Merkel met"
 * does not), a listed place ends the list ("in Croydon, Thurrock,
 * Woking and Nottingham have") or the cue that opens it stands inside
 * the sentence, where the comma after its place ends no opening phrase
 * ("Schools in Glasgow, Aberdeen and Dundee will close"). */
static gboolean
inside_place_list (const Extractor *x, const PxSentence *s, guint k)
{
  /* Back to the list's first place, a bounded way: a list of thousands
   * stays linear. */
  guint head = place_before_comma (x, s, k), before, steps = 0;
  while (head != G_MAXUINT && steps++ < RECENT_MENTIONS
         && (before = place_before_comma (x, s, head)) != G_MAXUINT)
    head = before;
  if (head == G_MAXUINT || !opens_place_list (x, s, head))
    return FALSE;
  guint end = s->first_token + s->n_tokens;
  gboolean cue_inside = head > s->first_token + 1 && is_literal_cue (x, head - 1);
  return list_ends_clause (x, k + 1, end) || list_ends_in_place (x, k + 1, end)
         || (cue_inside && list_joined_after (x, k + 1, end));
}

static gboolean person_ends_at (const Extractor *x, gsize end);

/* "including Chuadanga, Jessore and the capital Dhaka": whether the
 * single word at token @k, a comma before or after it, is one of a list
 * of names joined by a place_list_joiners word that ends in a listed
 * place (list_ends_in_place ()); two names with no comma are no such
 * list ("Barnier and Paris"). */
static gboolean
in_list_ending_in_place (const Extractor *x, const PxSentence *s, guint k, guint end)
{
  gboolean comma_before = k > s->first_token && token_is (x, k - 1, ",");
  gboolean comma_after = k + 1 < end && token_is (x, k + 1, ",");
  if (!comma_before && !comma_after)
    return FALSE;
  gboolean joined;
  guint last = list_end (x, k + 1, end, &joined);
  if (!joined_list_ends_in_place (x, last, joined))
    return FALSE;
  /* Nor one that names a person ("Barnier, Scholz and Paris"). */
  for (guint j = k + 1; j < last; j++)
    if (person_ends_at (x, token (x, j)->span.end))
      return FALSE;
  return TRUE;
}

/* Whether the gazetteer's mention at @i (-1: none) is an organisation's. */
static gboolean
is_listed_org (const Extractor *x, gint i)
{
  return i >= 0 && entity_of (x, mention_at (x, (guint) i)->entity)->type == PX_ENTITY_ORG;
}

/* "Microsoft, Quintex, Varga and Zorbco": after a body's name and a
 * comma, a single word at token @k that the list goes on after (a comma
 * or a joiner) is a body of the same list; so is the one that a joiner,
 * a comma perhaps before it, puts after such a body, itself after a
 * comma.  ("At Microsoft, Nadella said" lists nothing.) */
static gboolean
in_org_list (const Extractor *x, const PxSentence *s, guint k)
{
  guint end = s->first_token + s->n_tokens;
  if (k < s->first_token + 2 || k + 1 >= end)
    return FALSE;
  /* (A comma and a word in lower case end an apposition, no list: "at
   * Zorbek College, Zorbton, before".) */
  gboolean goes_on = word_in (x, k + 1, x->rules->place_list_joiners)
                     || (token_is (x, k + 1, ",") && k + 2 < end
                         && (is_capitalised (x, k + 2)
                             || word_in (x, k + 2, x->rules->place_list_joiners)));
  if (token_is (x, k - 1, ",") && goes_on)
    return mention_ending_at (x, token (x, k - 2)->span.end, PX_ENTITY_ORG) >= 0;
  if (!word_in (x, k - 1, x->rules->place_list_joiners))
    return FALSE;
  guint j = k - 2;
  if (token_is (x, j, ",") && j > s->first_token)
    j--;
  gint i = mention_ending_at (x, token (x, j)->span.end, PX_ENTITY_ORG);
  if (i < 0)
    return FALSE;
  gsize start = mention_at (x, (guint) i)->span.start;
  return start >= 2 && x->text[start - 1] == ' ' && x->text[start - 2] == ',';
}

/* The mention of @starts (an index of mentions by their starts) that a
 * comma or a list's joiner after the single word at token @k of sentence
 * @s joins it to: "Walmart, Target", "Mac and iPad".  -1 if none. */
static gint
listed_after (const Extractor *x, const PxSentence *s, guint k, GHashTable *starts)
{
  guint end = s->first_token + s->n_tokens;
  if (k + 2 >= end
      || !(token_is (x, k + 1, ",") || word_in (x, k + 1, x->rules->place_list_joiners)))
    return -1;
  return indexed (starts, token (x, k + 2)->span.start);
}

/* The mention of @ends (by their ends) that a list's joiner before the
 * word at token @k joins it to: "Shell and Statoil", "iPad and Mac"; a
 * comma alone may end the list ("the iPhone, Cook said").  -1 if none. */
static gint
listed_before (const Extractor *x, const PxSentence *s, guint k, GHashTable *ends)
{
  if (k < s->first_token + 2 || !word_in (x, k - 1, x->rules->place_list_joiners))
    return -1;
  return indexed (ends, token (x, k - 2)->span.end);
}

/* "its iPhone, iPad and Mac": a single word joined so to a product the
 * gazetteer lists is a product of the same list. */
static gboolean
listed_with_product (const Extractor *x, const PxSentence *s, guint k)
{
  return listed_after (x, s, k, x->product_starts) >= 0
         || listed_before (x, s, k, x->product_ends) >= 0;
}

/* "analysts at Goldman Sachs and Nomura", "Walmart, Target and Best Buy":
 * a single word joined to an organisation right after an org_cues
 * phrase, or to one the gazetteer lists, is an organisation of the same
 * list; so is one that opens a list whose next name the gazetteer lists
 * as an organisation ("contracts at Ford, General Motors and
 * Stellantis"). */
static gboolean
listed_with_org (const Extractor *x, const PxSentence *s, guint k)
{
  /* "Shell and Statoil said", the listed name opening the sentence. */
  if (is_listed_org (x, listed_after (x, s, k, x->namer_starts))
      || is_listed_org (x, listed_before (x, s, k, x->namer_ends)))
    return TRUE;
  if (in_org_list (x, s, k))
    return TRUE;
  guint first = list_head (x, s, k, PX_ENTITY_ORG);
  if (first == G_MAXUINT)
    return FALSE;
  return is_listed_org (x, indexed (x->namer_ends, token (x, k - 2)->span.end))
         || cue_before (x, s, first, x->rules->org_cues, FALSE);
}

/* The first token of the hyphenated word whose last part is token @k
 * ("start-up", "Hartsfield-Jackson"), none before token @floor; @k if
 * no hyphen joins it. */
static guint
hyphened_word_first (const Extractor *x, guint k, guint floor)
{
  while (k >= floor + 2 && token (x, k)->joined && token_is (x, k - 1, "-")
         && token (x, k - 1)->joined && token (x, k - 2)->kind == PX_TOKEN_WORD)
    k -= 2;
  return k;
}

/* The type the kind noun at token @k gives a name: one of
 * apposition_org_nouns, apposition_place_nouns, event_nouns or, when it
 * describes the name itself (@described: in apposition, before the name,
 * or after a name that something owns), apposition_product_nouns.
 * Otherwise a product's noun after a name is as often its maker's ("a
 * Zorbex drug"), so it says nothing there.  PX_ENTITY_PERSON for any
 * other word. */
static PxEntityType
kind_noun_type (const Extractor *x, guint k, gboolean described)
{
  /* "a start-up", "a think-tank": the noun is the hyphenated word whole. */
  guint first = hyphened_word_first (x, k, 0);
  g_autofree char *noun = span_text (x, tokens_span (x, first, k + 1 - first));
  if (g_hash_table_contains (x->rules->apposition_org_nouns, noun))
    return PX_ENTITY_ORG;
  if (g_hash_table_contains (x->rules->apposition_place_nouns, noun))
    return PX_ENTITY_PLACE;
  if (described && g_hash_table_contains (x->rules->apposition_product_nouns, noun))
    return PX_ENTITY_PRODUCT;
  if (g_hash_table_contains (x->rules->event_nouns, noun))
    return PX_ENTITY_EVENT;
  return PX_ENTITY_PERSON;
}

/* The token after the possessive of a listed place whose name starts
 * at token @k ("Ukraine's"), or G_MAXUINT when none does (or while the
 * gazetteer's mentions are not indexed yet). */
static guint
after_place_possessive (const Extractor *x, guint k, guint end)
{
  if (x->place_starts == NULL)
    return G_MAXUINT;
  gint place = place_mention_at (x, token (x, k)->span.start);
  if (place < 0)
    return G_MAXUINT;
  guint last = last_token_within (x, k, end, mention_at (x, (guint) place)->span.end);
  return possessive_after (x, last, end) ? last + 2 : G_MAXUINT;
}

static guint office_of (const Extractor *x, guint country, const char *office);

/* "Japan's Meteorological Agency": the listed body that the name @name,
 * unlisted as written, at token @at names after a listed country's
 * possessive, when the gazetteer lists it with the country's name
 * ("Japan Meteorological Agency", "Ministry of Commerce of China");
 * PX_NO_ENTITY otherwise. */
static guint
office_of_owner (const Extractor *x, const PxSentence *s, guint at, const char *name)
{
  if (at < s->first_token + 2 || token (x, at - 1)->kind != PX_TOKEN_POSSESSIVE)
    return PX_NO_ENTITY;
  gint i = mention_ending_at (x, token (x, at - 2)->span.end, PX_ENTITY_PLACE);
  guint country = i >= 0 ? listed_country (x, (guint) i) : PX_NO_ENTITY;
  return country != PX_NO_ENTITY ? office_of (x, country, name) : PX_NO_ENTITY;
}

/* Whether token @k is a word of more than three letters in -ly: an
 * adverb more often than not ("widely", "Domestically"). */
static gboolean
ly_adverb (const Extractor *x, guint k)
{
  const PxToken *t = token (x, k);
  return t->span.end - t->span.start > 3 && x->text[t->span.end - 2] == 'l'
         && x->text[t->span.end - 1] == 'y';
}

/* Whether token @i is an adverb before one of apposition_participles,
 * which ends an apposition as the participle does: "the coalition long
 * led by", "a group widely known as". */
static gboolean
adverb_before_participle (const Extractor *x, guint i, guint end)
{
  if (i + 1 >= end || !is_lower_word (x, i) || !word_in (x, i + 1, x->rules->apposition_participles))
    return FALSE;
  return word_in (x, i, x->rules->apposition_adverbs) || ly_adverb (x, i);
}

/* "IG Metall, the union,", "Goma, a city in the east", "Zorbix, the
 * country's largest bank", "DTEK, Ukraine's largest private energy
 * company,": the head noun of an apposition after the name at token @k.
 * The apposition is an apposition_marks mark, an apposition_articles
 * word, one of apposition_possessives ("her official residence"), a
 * listed place's or a name's possessive, and up to
 * apposition_max_words words; its head is the last of them before a mark
 * or an apposition_ends word.  G_MAXUINT when there is none. */
static guint
apposition_head (const Extractor *x, guint k, guint end)
{
  if (k + 3 >= end || !word_in (x, k + 1, x->rules->apposition_marks))
    return G_MAXUINT;
  /* "BR Distribuidora, then a subsidiary of Petrobras,": one of its
   * adverbs may open it before the article. */
  guint open = k + 2;
  if (word_in (x, open, x->rules->apposition_adverbs) && ++open + 1 >= end)
    return G_MAXUINT;
  guint i = open + 1;
  /* "Starlink, Musk's satellite internet company,": a name's possessive
   * opens it as an article does. */
  if (is_capitalised (x, open) && possessive_after (x, open, end))
    i = open + 2;
  else if (!word_in (x, open, x->rules->apposition_articles)
           && !word_in (x, open, x->rules->apposition_possessives)
           && (i = after_place_possessive (x, open, end)) == G_MAXUINT)
    return G_MAXUINT;
  guint head = 0, words = 0;
  for (; i < end; i++)
    {
      if (possessive_after (x, i - 1, end) && i == head + 1)
        continue;   /* "the country's largest bank" */
      /* "the party's 42-year-old leader", "a Russian-speaking criminal
       * group": the numbers and hyphens of a compound modifier, which
       * count as no words. */
      if (token (x, i)->kind == PX_TOKEN_NUMBER
          || (token_is (x, i, "-") && token (x, i)->joined && i + 1 < end
              && token (x, i + 1)->joined))
        continue;
      /* "a Paris-based developer": a compound's part is no end ("based"). */
      gboolean part = token (x, i)->joined && token_is (x, i - 1, "-");
      if (token (x, i)->kind != PX_TOKEN_WORD
          || (!part && (word_in (x, i, x->rules->apposition_ends)
                        || (words > 0 && (word_in (x, i, x->rules->apposition_participles)
                                          || adverb_before_participle (x, i, end)))))
          || words == x->rules->apposition_max_words)
        break;
      head = i;
      words++;
    }
  if (head == 0 || (i < end && token (x, i)->kind == PX_TOKEN_WORD
                    && !word_in (x, i, x->rules->apposition_ends)
                    && !word_in (x, i, x->rules->apposition_participles)
                    && !adverb_before_participle (x, i, end)))
    return G_MAXUINT;
  return head;
}

/* The type an apposition after the name at token @k gives it
 * (apposition_head ()): its head is a noun of apposition_org_nouns,
 * apposition_place_nouns... (kind_noun_type ()).  PX_ENTITY_PERSON when
 * none says otherwise. */
static PxEntityType
apposition_type (const Extractor *x, guint k, guint end)
{
  guint head = apposition_head (x, k, end);
  return head != G_MAXUINT ? kind_noun_type (x, head, TRUE) : PX_ENTITY_PERSON;
}

/* Whether token @k is a word in lower case. */
static gboolean
is_lower_word (const Extractor *x, guint k)
{
  return token (x, k)->kind == PX_TOKEN_WORD && g_ascii_islower (x->text[token (x, k)->span.start]);
}

/* The type kind_noun_type () gives the noun in the plural at token @k,
 * or its singular ("companies", "firms", "storms", "brands"):
 * organisations', places', events' and products' nouns only, and not
 * those of singular_only_nouns ("shipping lines").
 * PX_ENTITY_PERSON for any other word. */
static PxEntityType
plural_kind_type (const Extractor *x, guint k)
{
  g_autofree char *noun = g_ascii_strdown (x->text + token (x, k)->span.start,
                                           (gssize) (token (x, k)->span.end
                                                     - token (x, k)->span.start));
  gsize len = strlen (noun);
  if (!looks_plural (noun, len))
    return PX_ENTITY_PERSON;
  if (g_hash_table_contains (x->rules->apposition_place_nouns, noun))
    return PX_ENTITY_PLACE;
  g_autofree char *one = singular_of (noun, len);
  if (g_hash_table_contains (x->rules->singular_only_nouns, one))
    return PX_ENTITY_PERSON;
  if (g_hash_table_contains (x->rules->apposition_org_nouns, one))
    return PX_ENTITY_ORG;
  if (g_hash_table_contains (x->rules->apposition_place_nouns, one))
    return PX_ENTITY_PLACE;
  /* "hurricanes Helene and Milton". */
  if (g_hash_table_contains (x->rules->event_nouns, one))
    return PX_ENTITY_EVENT;
  /* "brands such as Lipton and Pukka". */
  return g_hash_table_contains (x->rules->apposition_product_nouns, noun)
             || g_hash_table_contains (x->rules->apposition_product_nouns, one)
           ? PX_ENTITY_PRODUCT : PX_ENTITY_PERSON;
}

static guint cue_words_before (const Extractor *x, const PxSentence *s, guint k,
                               const GPtrArray *cues);

/* Whether token @k is one of kind_noun_joiners after a place's noun,
 * singular or plural: "the town of", "the towns of". */
static gboolean
place_noun_opens (const Extractor *x, const PxSentence *s, guint k)
{
  return k > s->first_token + 1 && word_in (x, k, x->rules->kind_noun_joiners)
         && is_lower_word (x, k - 1)
         && (kind_noun_type (x, k - 1, FALSE) == PX_ENTITY_PLACE
             || plural_kind_type (x, k - 1) == PX_ENTITY_PLACE);
}

/* The first word token of @s, past opening quotes and brackets. */
static guint
sentence_start (const Extractor *x, const PxSentence *s)
{
  guint k = s->first_token, end = s->first_token + s->n_tokens;
  while (k < end && token (x, k)->kind == PX_TOKEN_PUNCT)
    k++;
  return k;
}

/* Whether token @k of sentence @s may be a kind noun: a word in lower
 * case, or the sentence's first word ("Regions such as Araucanía"). */
static gboolean
is_noun_word (const Extractor *x, const PxSentence *s, guint k)
{
  return is_lower_word (x, k)
         || (k == sentence_start (x, s) && token (x, k)->kind == PX_TOKEN_WORD);
}

/* Whether a listed organisation is named in the list from token @k,
 * one joiner at least in it: the examples of "rivals such as BYD, Nio
 * and Xpeng" are all companies. */
static gboolean
org_in_list (const Extractor *x, const PxSentence *s, guint k)
{
  gboolean joined;
  guint end = list_end (x, k, s->first_token + s->n_tokens, &joined);
  if (end == G_MAXUINT || !joined)
    return FALSE;
  for (guint i = k; i < end; i++)
    if (mention_ending_at (x, token (x, i)->span.end, PX_ENTITY_ORG) >= 0)
      return TRUE;
  return FALSE;
}

/* "regions such as Araucanía and Biobío", "firms including Zorbex,
 * Quintel and Bank of Varga": the type a kind noun in the plural gives
 * the names of the list that an example_cues phrase opens after it, the
 * name at token @first being one of them ("defectors from the
 * organization including Tom Devocht" are no organisation's).  A place
 * noun, singular or plural, does so before one of kind_noun_joiners
 * too: "the town of Villa El Chocon", "the towns of Halls Gap and
 * Pomonal" (not an organisation's: "the party of Nelson Mandela"); a
 * kind noun in the plural right before the list too, for a name of one
 * word (@single); with no kind noun, a listed organisation among the
 * examples (org_in_list ()).  PX_ENTITY_PERSON when there is none. */
static PxEntityType
example_kind_type (const Extractor *x, const PxSentence *s, guint first, gboolean single)
{
  guint k = first;
  gboolean comma = FALSE;
  /* A brand's possessive is part of its name: "Tesco, Sainsbury's and
   * Asda". */
  while (k > s->first_token && first - k < LIST_MAX_TOKENS
         && (is_capitalised (x, k - 1) || token_is (x, k - 1, ",")
             || (token_is (x, k - 1, "-") && token (x, k - 1)->joined)
             || (token (x, k - 1)->kind == PX_TOKEN_POSSESSIVE && k >= 2
                 && is_capitalised (x, k - 2))
             || word_in (x, k - 1, x->rules->place_list_joiners)
             || word_in (x, k - 1, x->rules->connectors)))
    comma |= token_is (x, --k, ",");
  /* Past a comma, a list only if a joiner ends it: "the towns of Bass,
   * Braddon and Lyons", not "the seat of Clark, Sue Hickey, spoke". */
  gboolean joined = TRUE;
  if (comma)
    list_end (x, k + 1, s->first_token + s->n_tokens, &joined);
  if (k < first && joined && place_noun_opens (x, s, k))
    return PX_ENTITY_PLACE;
  /* "the agrochemical companies Syngenta and Zorbex": a kind noun in the
   * plural right before the list, for a name of one word (the nouns of
   * publishers and producers are people's too: "publishers Carlo De
   * Benedetti and Jann Wenner").  The walk back took in a noun that opens
   * the sentence: "Pollsters Cadem and Criteria". */
  guint noun = k > s->first_token && is_capitalised (x, k) && is_lower_word (x, k - 1) ? k - 1
               : k < first && k == sentence_start (x, s) ? k : G_MAXUINT;
  if (single && noun != G_MAXUINT && plural_kind_type (x, noun) != PX_ENTITY_PERSON)
    return plural_kind_type (x, noun);
  guint words = cue_words_before (x, s, k, x->rules->example_cues);
  if (words == 0 || k < s->first_token + words + 1)
    return PX_ENTITY_PERSON;
  noun = k - words - 1;
  if (noun > s->first_token && token_is (x, noun, ","))
    noun--;
  PxEntityType kind = is_noun_word (x, s, noun) ? plural_kind_type (x, noun) : PX_ENTITY_PERSON;
  return kind == PX_ENTITY_PERSON && org_in_list (x, s, k) ? PX_ENTITY_ORG : kind;
}

static gboolean is_demonym (const Extractor *x, guint k);

/* Whether the name at token @first is owned: a possessive or one of
 * kind_noun_openers that is no article stands before it, perhaps with
 * two words in lower case between ("its", "Nvidia's new"), or an
 * organisation's name right before it, its maker's ("a United Launch
 * Alliance Atlas V rocket"). */
static gboolean
possessed (const Extractor *x, const PxSentence *s, guint first)
{
  if (first > s->first_token
      && token (x, first - 1)->span.end + 1 == token (x, first)->span.start)
    {
      if (mention_ending_at (x, token (x, first - 1)->span.end, PX_ENTITY_ORG) >= 0)
        return TRUE;
      /* A country's adjective owns as its possessive does: "Russian Soyuz
       * spacecraft". */
      if (is_demonym (x, first - 1))
        return TRUE;
    }
  /* The owner of a list owns each of its names: "its Blackwell and
   * Rubin chips". */
  guint head = first;
  while (head > s->first_token + 1 && first - head < LIST_MAX_TOKENS
         && (token_is (x, head - 1, ",") || word_in (x, head - 1, x->rules->place_list_joiners))
         && is_capitalised (x, head - 2))
    head -= 2;
  for (guint i = head; i > s->first_token && i + 3 > head; i--)
    {
      if (token (x, i - 1)->kind == PX_TOKEN_POSSESSIVE
          || (word_in (x, i - 1, x->rules->kind_noun_openers)
              && !word_in (x, i - 1, x->rules->apposition_articles)))
        return TRUE;
      if (!is_lower_word (x, i - 1) || word_in (x, i - 1, x->rules->apposition_articles))
        return FALSE;
    }
  return FALSE;
}

static gboolean bracketed_acronym (const Extractor *x, guint j, guint end);

/* The type that a noun of apposition_org_nouns, apposition_place_nouns
 * or event_nouns, written in lower case after the name ending at token
 * @k (its acronym in brackets between, perhaps), gives it: "the
 * Desnianskyi district", "the Wagner group", "the Wimbledon final".
 * After an article
 * (@articled), up to two words may qualify the noun ("the Olkiluoto
 * nuclear power plant"), which a person's name seldom has before it:
 * in "Doe told bank officials" the words after the name are no
 * description of it.  After a possessive (@possessed) as well, and a
 * product's noun there makes a product: the possessor is its maker ("its
 * Blackwell chips", "Nvidia's Blackwell chips").  PX_ENTITY_PERSON when
 * there is none. */
static PxEntityType
noun_after_type (const Extractor *x, guint k, guint end, gboolean articled, gboolean possessed)
{
  /* "the ruling Chama Cha Mapinduzi (CCM) party" */
  if (bracketed_acronym (x, k + 1, end))
    k += 3;
  guint last = articled || possessed ? k + 3 : k + 1;
  for (guint i = k + 1; i < end && i <= last && is_lower_word (x, i); i++)
    {
      /* "Alpro plant-based drinks": a compound's first part is no noun. */
      if (i + 2 < end && token_is (x, i + 1, "-") && token (x, i + 1)->joined)
        {
          i += 2;
          last += 2;
          continue;
        }
      /* "Tottenham's Ange Postecoglou said his team": a verb or a
       * determiner starts another phrase, whose noun is not the name's. */
      if (word_in (x, i, x->rules->kind_noun_verbs) || word_in (x, i, x->rules->kind_noun_openers))
        break;
      PxEntityType type = kind_noun_type (x, i, possessed);
      if (type != PX_ENTITY_PERSON)
        return type;
      if (word_in (x, i, x->rules->apposition_articles)
          || word_in (x, i, x->rules->apposition_ends))
        break;
    }
  return PX_ENTITY_PERSON;
}

/* Whether a title in lower case or in capitals follows token @k, and a
 * capitalised word it: the word at @k is the employer of the one the
 * title names ("Ookla analyst Luke Kehoe", "Zorbex CEO Jane Roe"), no
 * person. */
static gboolean
employer_before_title (const Extractor *x, guint k, guint end)
{
  guint t = k + 1 < end ? x->title_len[k + 1] : 0;
  return t > 0 && (is_lower_word (x, k + 1) || is_acronym (x, k + 1)) && k + 1 + t < end
         && is_capitalised (x, k + 1 + t);
}

/* The tokens of a court case's party that starts at token @k: capitalised
 * words, with connectors between them ("Board of Education"), at most
 * max_name_words words; 0 when no capitalised word starts there. */
static guint
case_party_after (const Extractor *x, guint k, guint end)
{
  guint n = 0, words = 0;
  for (guint i = k; i < end && words < x->rules->max_name_words; i++)
    {
      if (is_capitalised (x, i))
        n = i + 1 - k, words++;
      else if (!(i > k && word_in (x, i, x->rules->connectors)))
        break;
    }
  return n;
}

/* The first token of a court case's party that ends at token @k - 1, at
 * most max_name_words capitalised words back, connectors between; @k when
 * none ends there. */
static guint
case_party_before (const Extractor *x, guint first, guint k)
{
  guint start = k, words = 0;
  for (guint i = k; i > first && words < x->rules->max_name_words; i--)
    {
      if (is_capitalised (x, i - 1))
        start = i - 1, words++;
      else if (!(i < k && word_in (x, i - 1, x->rules->connectors)))
        break;
    }
  return start;
}

/* Whether the tokens [@k, @end_tok) are free but for listed names inside
 * them, which it absorbs when @take: a case's name nests its parties'. */
static gboolean
free_but_listed (Extractor *x, guint k, guint end_tok, gboolean take)
{
  gsize end = token (x, end_tok - 1)->span.end;
  for (guint i = k; i < end_tok; i++)
    {
      gsize at = token (x, i)->span.start;
      if (is_free (x, px_token_span (token (x, i))))
        continue;
      gint m = indexed (x->namer_starts, at);
      if (m < 0)
        m = indexed (x->place_starts, at);
      if (m < 0 || mention_at (x, (guint) m)->span.end > end)
        return FALSE;
      gsize inner_end = mention_at (x, (guint) m)->span.end;
      if (take)
        absorb (x, (guint) m);
      while (i + 1 < end_tok && token (x, i + 1)->span.start < inner_end)
        i++;
    }
  return TRUE;
}

/* "Moody v. NetChoice", "TikTok Inc. v. Garland": the parties of a court
 * case and one of case_joiners between them are one name, a law's, with
 * the listed names inside it nested; but two listed places ("Texas v.
 * Pennsylvania" as sport writes a match) are left alone. */
static void
pass_case_names (Extractor *x)
{
  if (g_hash_table_size (x->rules->case_joiners) == 0)
    return;
  for (guint si = 0; si < px_segmentation_n_sentences (x->seg); si++)
    {
      const PxSentence *s = px_segmentation_get_sentence (x->seg, si);
      guint end = s->first_token + s->n_tokens;
      for (guint k = s->first_token + 1; k + 1 < end; k++)
        {
          if (!word_in (x, k, x->rules->case_joiners))
            continue;
          guint left = case_party_before (x, s->first_token, k);
          guint n = case_party_after (x, k + 1, end);
          if (left == k || n == 0 || !free_but_listed (x, left, k + 1 + n, FALSE))
            continue;
          PxSpan first = tokens_span (x, left, k - left);
          PxSpan second = tokens_span (x, k + 1, n);
          gint a = place_mention_at (x, first.start), b = place_mention_at (x, second.start);
          if (a >= 0 && b >= 0 && mention_at (x, (guint) a)->span.end == first.end
              && mention_at (x, (guint) b)->span.end == second.end)
            continue;
          free_but_listed (x, left, k + 1 + n, TRUE);
          PxSpan span = { first.start, second.end };
          g_autofree char *name = span_text (x, span);
          add_mention (x, span, named_entity (x, name, PX_ENTITY_LAW), "case", FALSE);
          k += n;
        }
    }
}

/* Whether the name from token @first to @last, which one of
 * owner_articles opens, is followed by a noun of @nouns, at most two
 * words that qualify it between: "a Zorbex plant in Ohio", "an Abbott
 * Nutrition baby-formula factory" name the site's owner, where "the
 * Olkiluoto plant" names its place; "a Zorbex drug" names its maker. */
static gboolean
owns_thing_after (const Extractor *x, const PxSentence *s, guint first, guint last, guint end,
                  GHashTable *nouns)
{
  if (first == s->first_token || !word_in (x, first - 1, x->rules->owner_articles))
    return FALSE;
  for (guint i = last + 1; i < end && i <= last + 3 && is_lower_word (x, i); i++)
    if (word_in (x, i, nouns))
      return TRUE;
  return FALSE;
}

/* Whether token @k is a listed place's demonym ("Peruvian"); FALSE
 * while the gazetteer's mentions are still being read (pass 1 asks for
 * kind nouns too), before they are indexed. */
static gboolean
is_demonym (const Extractor *x, guint k)
{
  return demonym_mention_at (x, token (x, k)->span.start) >= 0;
}

/* The token of the kind_noun_openers word or the possessive that opens
 * the noun at token @noun of sentence @s, at most two words that qualify
 * the noun between; with @comma (a comma follows the noun), only words in
 * lower case and demonyms ("the Peruvian highway regulator, Sutran").
 * G_MAXUINT when none does. */
static guint
noun_opener (const Extractor *x, const PxSentence *s, guint noun, gboolean comma)
{
  guint qualifiers = 0;
  for (guint i = noun - 1; qualifiers <= 2; i--)
    {
      if (word_in (x, i, x->rules->kind_noun_openers)
          || token (x, i)->kind == PX_TOKEN_POSSESSIVE)
        return i;
      if (i == s->first_token || (comma && !is_lower_word (x, i) && !is_demonym (x, i))
          || (token (x, i)->kind != PX_TOKEN_WORD && token (x, i)->kind != PX_TOKEN_NUMBER
              && !token_is (x, i, "-")))
        break;
      /* Another kind noun and its name are no qualifier: in "the
       * newspaper Maariv show Naftali Bennett" the "show" is a verb. */
      if (is_capitalised (x, i + 1) && is_lower_word (x, i)
          && (kind_noun_type (x, i, TRUE) != PX_ENTITY_PERSON
              || word_listed (x, i, x->rules->work_nouns)))
        break;
      /* A compound's parts before its hyphens qualify as one word. */
      if (!token_is (x, i, "-") && !token_is (x, i + 1, "-"))
        qualifiers++;
    }
  return G_MAXUINT;
}

/* The kind noun before the name at token @first, perhaps with a comma
 * between, that a kind_noun_openers word or a possessive opens, at most
 * two words that qualify the noun between: "the grid operator Enedis",
 * "a new album, The Tortured Poets Department", "Spain's weather agency,
 * Aemet".  Without the comma a qualifier may be a hyphenated compound or
 * a capitalised word ("the Leeds-based energy firm Brackwell Power");
 * with it, such a noun is as often inside a longer description that the
 * name is apposed to ("the president of the Lombardy region, Roberto
 * Maroni"), and a noun after "of" is no head: in "the only manufacturer
 * of the vaccine, EuBiologics" the noun is "manufacturer" ("on" or "in"
 * follow verbs as often: "lived on the cruise ship, Freewinds").
 * G_MAXUINT when there is none. */
static guint
kind_noun_before (const Extractor *x, const PxSentence *s, guint first)
{
  if (first < s->first_token + 2)
    return G_MAXUINT;
  gboolean comma = token_is (x, first - 1, ",");
  /* "a criminal group called Qilin", "a group called the Kashmir
   * Resistance": a verb of naming between, an article after it or not. */
  guint verb = first - 1;
  if (!comma && verb > s->first_token + 1 && word_in (x, verb, x->rules->definite_articles)
      && word_in (x, verb - 1, x->rules->naming_verbs))
    verb--;
  gboolean named = !comma && word_in (x, verb, x->rules->naming_verbs);
  guint noun = comma ? first - 2 : named ? verb - 1 : first - 1;
  if (noun <= s->first_token || !is_lower_word (x, noun))
    return G_MAXUINT;
  guint opener = noun_opener (x, s, noun, comma);
  if (opener == G_MAXUINT)
    return G_MAXUINT;
  if (comma && opener >= s->first_token + 3 && token_is (x, opener - 1, "of")
      && is_lower_word (x, opener - 2))
    return noun_opener (x, s, opener - 2, TRUE) != G_MAXUINT ? opener - 2 : G_MAXUINT;
  return noun;
}

/* Whether an organisation's kind noun right before the run at token @k
 * names it a body whose first word is a common word: the connectors
 * after go on with its name as after a body word ("the group Voices of
 * Warringah", "the charity Friends of the Zorb"), where "the company
 * Zorbex of Delaware" stays two names. */
static gboolean
body_kind_before (const Extractor *x, const PxSentence *s, guint k, guint end)
{
  if (k < s->first_token + 2 || token_is (x, k - 1, ",")
      || !common_word (x, k, word_tokens (x, k, end)))
    return FALSE;
  guint noun = kind_noun_before (x, s, k);
  return noun != G_MAXUINT && kind_noun_type (x, noun, TRUE) == PX_ENTITY_ORG;
}

/* The type a noun of apposition_org_nouns or apposition_place_nouns
 * gives the name of @n words at token @first when it is the kind noun
 * before it (kind_noun_before ()): "the grid operator Enedis", "the port
 * city Quintobo", "Spain's weather agency, Aemet".  A name of several
 * words only before a mark ("the retailer John Lewis,") or, with no
 * comma before, before one of apposition_ends or kind_noun_verbs ("the
 * firm Greenwell Power in March", "the group Transport Focus said"; "the
 * localist camp, Lau Siu-lai and ..." lists people) or before any word
 * when no given name opens it and no apposition_participles word follows
 * ("the coalition Fuerza Patria took 31%", but "the company Elon Musk
 * founded", "the company Quinta Varga founded"), unless the noun is a
 * publication's ("the journal Nature Medicine found") or a common word
 * opens the name (no person's: "the group Mothers of Zorbia marched");
 * after a comma, never one a given name opens.  PX_ENTITY_PERSON when
 * there is none. */
static PxEntityType
noun_before_type (const Extractor *x, const PxSentence *s, guint first, guint n, guint after)
{
  guint end = s->first_token + s->n_tokens;
  guint k = kind_noun_before (x, s, first);
  /* Wire copy drops the article before a body's noun: "state broadcaster
   * RUV said", "operator Isavia said".  Taken for a single word only: a
   * name of two is as often a person's ("producer Quincy Jones"). */
  if (k == G_MAXUINT && n == 1 && first > s->first_token + 1 && is_lower_word (x, first - 1)
      && kind_noun_type (x, first - 1, FALSE) != PX_ENTITY_PERSON)
    k = first - 1;
  gboolean comma = k != G_MAXUINT && token_is (x, first - 1, ",");
  /* "A list was found in his car, Drew Evans, superintendent of the
   * bureau, said": the car's name is seldom a person's. */
  if (k == G_MAXUINT || (comma && n > 1 && is_given_name (x, first))
      || (n > 1 && after < end && token (x, after)->kind == PX_TOKEN_WORD
          && (comma || ((is_given_name (x, first)
                         || word_in (x, after, x->rules->apposition_participles))
                        && !word_in (x, after, x->rules->apposition_ends)
                        && !word_in (x, after, x->rules->kind_noun_verbs)))
          && !word_in (x, k, x->rules->publication_nouns)
          && !body_kind_before (x, s, first, end)))
    return PX_ENTITY_PERSON;
  return kind_noun_type (x, k, TRUE);
}

/* Whether token @k is a word of title_minor_words. */
static gboolean
is_title_minor (const Extractor *x, guint k)
{
  return word_listed (x, k, x->rules->title_minor_words);
}

/* Whether the name at token @first is a work's title: its kind noun
 * (kind_noun_before ()) is one of work_nouns: "the single Flowers", "a
 * new album, The Tortured Poets Department"; or the name ends a title
 * in title case that such a noun opens, at most quoted_title_max_words
 * words: "the book Blown for Good" (whose "Blown" is a common word). */
static gboolean
names_a_work (const Extractor *x, const PxSentence *s, guint first)
{
  guint start = first;
  for (guint k = first; k > s->first_token && first - k < x->rules->quoted_title_max_words
                        && (is_capitalised (x, k - 1) || is_title_minor (x, k - 1));
       k--)
    if (is_capitalised (x, k - 1))
      start = k - 1;
  guint noun = kind_noun_before (x, s, start);
  return noun != G_MAXUINT && word_listed (x, noun, x->rules->work_nouns);
}

/* Counts token @k into a title in quotes: a word capitalised or of
 * title_minor_words, a number, a possessive, or a colon or hyphen inside
 * it ("Star Wars: A New Hope").  FALSE for anything else. */
static gboolean
title_token (const Extractor *x, guint k, guint *words, guint *capitals)
{
  const PxToken *t = token (x, k);
  if (t->kind == PX_TOKEN_POSSESSIVE || token_is (x, k, ":") || token_is (x, k, "-"))
    return TRUE;
  if (is_capitalised (x, k))
    (*capitals)++;
  else if (t->kind != PX_TOKEN_NUMBER && !is_title_minor (x, k))
    return FALSE;
  (*words)++;
  return TRUE;
}

/* Whether the run of tokens from @first on lies in a title written in
 * quotes: a quotation of at most quoted_title_max_words words, two of
 * them capitalised at least and the others title_minor_words ("Girl with
 * a Pearl Earring"; "Les Enfants du Nord"), perhaps a mark of the
 * sentence's before the closing quote.  News quotes a film's, a book's
 * or a report's title, seldom a name: a name alone in quotes
 * ("Anonymous") has one capitalised word. */
static gboolean
in_quoted_title (const Extractor *x, const PxSentence *s, guint first)
{
  const guint begin = s->first_token, end = s->first_token + s->n_tokens;
  guint words = 0, capitals = 0, open = first, close = first;
  /* Bounded by the title's length, so that a long text of such words
   * is read once per run, not from its start. */
  do
    {
      if (open == begin || words > x->rules->quoted_title_max_words)
        return FALSE;
      open--;
    }
  while (!token_is (x, open, "\"") && title_token (x, open, &words, &capitals));
  /* An opening quote is written on to the word after it. */
  if (!token_is (x, open, "\"") || !token (x, open + 1)->joined)
    return FALSE;
  for (; close < end && !token_is (x, close, "\"") && words <= x->rules->quoted_title_max_words;
       close++)
    if (!title_token (x, close, &words, &capitals)
        && !(close + 1 < end && token_is (x, close + 1, "\"") && token (x, close)->joined
             && token (x, close)->kind == PX_TOKEN_PUNCT))
      return FALSE;
  return close < end && token (x, close)->joined && capitals >= 2
         && words <= x->rules->quoted_title_max_words;
}

/* "Mandi, Kullu and Kangra districts", "Quang Ngai and Gia Lai
 * provinces": the type a kind noun in the plural gives every name of a
 * list it ends, the name ending at token @k being one of them but the
 * last; a product's noun too when something owns the
 * list (@possessed: "its Blackwell and Rubin chips").  PX_ENTITY_PERSON
 * when there is none, when the list goes on past LIST_MAX_TOKENS, or
 * when no place_list_joiners word joins it: "Jane Roe, Malawi programme
 * manager" is a name and its apposition, no list of programmes. */
static PxEntityType
list_kind_type (const Extractor *x, guint k, guint end, gboolean possessed)
{
  guint last = k;
  gboolean joined = FALSE;
  for (;;)
    {
      if (last - k >= LIST_MAX_TOKENS)
        return PX_ENTITY_PERSON;
      guint j = last + 1;
      if (j < end && token_is (x, j, ","))
        j++;
      if (j < end && word_in (x, j, x->rules->place_list_joiners))
        {
          j++;
          joined = TRUE;
        }
      guint w = j > last + 1 ? capital_word (x, j, end) : 0;
      if (w == 0 && j < end && j > last + 1 && is_capitalised (x, j))
        w = 1;   /* a listed name in the list */
      if (w == 0)
        break;
      last = j + w - 1;
      /* A name of several words in the list: "Quang Ngai and Gia Lai
       * provinces". */
      while (last + 1 < end && last - k < LIST_MAX_TOKENS && is_capitalised (x, last + 1))
        last++;
    }
  return last > k && joined ? noun_after_type (x, last, end, FALSE, possessed)
                            : PX_ENTITY_PERSON;
}

/* Whether the word at token @k, no given name and no verb of saying's
 * subject, follows the possessive of a listed organisation of
 * maker_subtypes: "Takeda's Qdenga", "Sanofi's Dengvaxia" name the
 * company's products (its people are named in full before a family name
 * alone stands for them, and "Toyota's Akio said" is someone). */
static gboolean
made_by_company (const Extractor *x, const PxSentence *s, guint k)
{
  guint end = s->first_token + s->n_tokens;
  if (k < s->first_token + 2 || token (x, k - 1)->kind != PX_TOKEN_POSSESSIVE
      || is_given_name (x, k) || (k + 1 < end && word_in (x, k + 1, x->rules->kind_noun_verbs)))
    return FALSE;
  gint i = mention_ending_at (x, token (x, k - 2)->span.end, PX_ENTITY_ORG);
  guint g = i >= 0 ? entity_of (x, mention_at (x, (guint) i)->entity)->gazetteer_entity
                   : PX_NO_ENTITY;
  return g != PX_NO_ENTITY && subtype_in (x, g, x->rules->maker_subtypes);
}

/* Whether the single word of @words, ending at token @k, owns a name of
 * two capitalised words after its possessive: "Demosisto's Nathan Law",
 * "Zorbex's Jane Doe".  Its owner is more often a body than a person
 * (places are listed), so the name is an organisation's until a stronger
 * sign says otherwise.  Not a name of two words, which is as often a
 * person's ("Taylor Swift's Eras Tour"), nor before a title ("Zorbia's
 * Prime Minister") or a body's or an event's word, which no person's
 * name holds. */
static gboolean
possessor_of_name (const Extractor *x, const GArray *words, guint k, guint end)
{
  return words->len == 1 && possessive_after (x, k, end) && k + 3 < end
         && token (x, k + 2)->kind == PX_TOKEN_WORD && token (x, k + 3)->kind == PX_TOKEN_WORD
         && is_capitalised (x, k + 2) && is_capitalised (x, k + 3)
         && !word_in (x, k + 2, x->rules->not_names) && title_at (x, k + 2, end) == 0
         && !is_body_word (x, k + 2) && !is_body_word (x, k + 3);
}

/* Whether the first of @words, a place word of @w tokens, makes the run a
 * place: one of opening_place_words, a connector after it, or the run's
 * only word. */
static gboolean
opens_place (const Extractor *x, const GArray *words, guint w)
{
  guint k = g_array_index (words, guint, 0);
  return words->len == 1 || word_in (x, k, x->rules->opening_place_words)
         || word_in (x, k + w, x->rules->connectors);
}

/* The same for an event word (opening_event_words): "Storm Daniel", "Tour
 * de France", "Battle of Hastings", but not "Fair Admissions"; a listed
 * place before the run opens it ("Edinburgh Festival Fringe"). */
static gboolean
opens_event (const Extractor *x, const GArray *words, guint w)
{
  guint k = g_array_index (words, guint, 0);
  return words->len == 1 || word_in (x, k, x->rules->opening_event_words)
         || word_in (x, k + w, x->rules->connectors)
         || place_mention_before (x, token (x, k)->span.start) >= 0;
}

/* Whether the run of @words ending at token @last ends in one of
 * venue_names: "the Metro Toronto Convention Centre" is a place though
 * "Centre" alone is a body's word. */
static gboolean
ends_in_venue (const Extractor *x, const GArray *words, guint last)
{
  if (words->len < 2)
    return FALSE;
  guint k = g_array_index (words, guint, words->len - 2);
  for (guint p = 0; p < x->rules->venue_names->len; p++)
    if (phrase_at (x, k, last + 1, x->rules->venue_names->pdata[p]) == last + 1 - k)
      return TRUE;
  return FALSE;
}

/* Whether a person's mention ends at @end: by the index of the persons
 * named so far (index_person_ends (), built before the runs of
 * capitalised words that ask), which a mention some pass found long
 * before is in too ("musician Nick Rhodes", a title's). */
static gboolean
person_ends_at (const Extractor *x, gsize end)
{
  return g_hash_table_contains (x->person_ends, GSIZE_TO_POINTER (end));
}

/* "Daniel Okafor, of Moss Side, admitted": a name right after a person's
 * name (listed, or found just before), a comma and one of residence_cues
 * is where the person lives; the person's age may come between ("Karen
 * Hollis, 54, of Hazel Grove"). */
static gboolean
residence_after_person (const Extractor *x, const PxSentence *s, guint first)
{
  if (first < s->first_token + 3 || !word_in (x, first - 1, x->rules->residence_cues)
      || !token_is (x, first - 2, ","))
    return FALSE;
  guint comma = first - 2;
  if (comma >= s->first_token + 3 && token (x, comma - 1)->kind == PX_TOKEN_NUMBER
      && token_is (x, comma - 2, ","))
    comma -= 2;
  return person_ends_at (x, token (x, comma)->span.start);
}

/* "studied at Newnham College, Cambridge, before": a single name after
 * a body's name and a comma is where the body is, when a mark, or a
 * comma and a word in lower case that goes on with no list, follows it
 * ("Acme, Zorbco, Quintex and Varga" lists bodies). */
static gboolean
seat_after_body (const Extractor *x, const PxSentence *s, guint first, guint end)
{
  if (first < s->first_token + 2 || first + 1 >= end || !token_is (x, first - 1, ",")
      || mention_ending_at (x, token (x, first - 2)->span.end, PX_ENTITY_ORG) < 0)
    return FALSE;
  guint next = first + 1;
  if (token_is (x, next, ".") || token_is (x, next, ";") || token_is (x, next, ")"))
    return TRUE;
  return token_is (x, next, ",") && next + 1 < end && token (x, next + 1)->kind == PX_TOKEN_WORD
         && !is_capitalised (x, next + 1) && !word_in (x, next + 1, x->rules->place_list_joiners);
}

/* Whether the run at token @first of sentence @s opens, inside the
 * sentence, with a definite article written with a capital: "on The
 * Solent", "for The Zorbex Group" name no person. */
static gboolean
opens_with_article (const Extractor *x, const PxSentence *s, guint first)
{
  return first > s->first_token && is_capitalised (x, first)
         && is_definite_article (x, px_token_span (token (x, first)));
}

/* "Cheng Chung-tai of Civic Passion", "Nick Rhodes of Duran Duran": a
 * name right after a person's name and one of residence_cues is what the
 * person belongs to or comes from; so is one "the" opens there ("Sajith
 * Premadasa of the Samagi Jana Balawegaya"). */
static gboolean
after_person_of (const Extractor *x, const PxSentence *s, guint first)
{
  if (first > s->first_token && is_definite_article (x, px_token_span (token (x, first - 1))))
    first--;
  return first >= s->first_token + 2 && word_in (x, first - 1, x->rules->residence_cues)
         && person_ends_at (x, token (x, first - 2)->span.end);
}

/* "GreenLeft", "SpaceIL", "GeoCities": a word with a capital after a
 * small letter inside is a company's, a party's or a site's, no
 * person's, unless what comes before that capital is one of
 * camel_name_prefixes ("McDonald", "DeSantis", "LaToya"). */
static gboolean
is_brand_word (const Extractor *x, guint k)
{
  const PxToken *t = token (x, k);
  const char *w = x->text + t->span.start;
  gsize n = t->span.end - t->span.start;
  for (gsize i = 1; i + 1 < n; i++)
    if (g_ascii_islower (w[i]) && g_ascii_isupper (w[i + 1]))
      {
        g_autofree char *prefix = g_strndup (w, i + 1);
        return !g_hash_table_contains (x->rules->camel_name_prefixes, prefix);
      }
  return FALSE;
}

/* Whether the run of two @words is a word that is no given name and a
 * compass word after it: a region of a place nothing lists ("Galway
 * West", "Rukum West"), not a person ("Adam West"). */
static gboolean
compass_region_after (const Extractor *x, const GArray *words)
{
  return words->len == 2 && word_in (x, g_array_index (words, guint, 1), x->rules->compass_words)
         && !is_given_name (x, g_array_index (words, guint, 0));
}

/* Whether the word at token @k is two capitalised names joined by a
 * hyphen, alone a company's more often than a person's ("Harley-Davidson",
 * "Hapag-Lloyd": a person with a double-barrelled name is named in full
 * first, and later by the family name of that person): not two given
 * names ("Jean-Pierre", "Anne-Marie"), nor a part that is a common word
 * ("Spider-Man", a character), nor a name that a prefix of
 * camel_name_prefixes ("Al-Sisi") or one of place_articles
 * ("Saint-Denis") opens. */
static gboolean
joined_names (const Extractor *x, guint k, guint end)
{
  return capital_word (x, k, end) == 3 && token_is (x, k + 1, "-") && is_capitalised (x, k + 2)
         && !word_in (x, k, x->rules->camel_name_prefixes)
         && !word_in (x, k, x->rules->place_articles)
         && !common_word (x, k, 1) && !common_word (x, k + 2, 1)
         && !(is_given_name (x, k) && is_given_name (x, k + 2));
}

/* Whether one of @cues, perhaps after a comma, starts at token @k of a
 * sentence ending at @end: "the Samagi Jana Balawegaya, led by"
 * (org_after_cues), "Casgevy, made by" (product_after_cues). */
static gboolean
cue_after (const Extractor *x, guint k, guint end, const GPtrArray *cues)
{
  if (k < end && token_is (x, k, ","))
    k++;
  for (guint c = 0; c < cues->len; c++)
    if (phrase_at (x, k, end, cues->pdata[c]) > 0)
      return TRUE;
  return FALSE;
}

/* Whether the place_list_joiners word or comma at token @k ends a list
 * of capitalised names (articles allowed) that a literal_place_cues word
 * opens, of three names or more: "in Burgundy, the Loire Valley and (the
 * Jura)".  With two, the cue may be the first name's own: "Naidu in
 * Andhra Pradesh and the Janata Dal".  The walk back is bounded: a list
 * of thousands stays linear. */
static gboolean
list_after_place_cue (const Extractor *x, const PxSentence *s, guint k)
{
  if (!token_is (x, k, ",") && !word_in (x, k, x->rules->place_list_joiners))
    return FALSE;
  gboolean comma = token_is (x, k, ",");
  for (guint steps = 0; k > s->first_token && steps < LIST_MAX_TOKENS; steps++)
    {
      k--;
      comma = comma || token_is (x, k, ",");
      if (is_literal_cue (x, k))
        return comma;
      if (!is_capitalised (x, k) && !token_is (x, k, ",")
          && !word_in (x, k, x->rules->place_list_joiners)
          && !word_in (x, k, x->rules->definite_articles))
        return FALSE;
    }
  return FALSE;
}

/* Whether a word from token @first to @last is a common word. */
static gboolean
holds_common_word (const Extractor *x, guint first, guint last)
{
  for (guint k = first; k <= last; k++)
    if (token (x, k)->kind == PX_TOKEN_WORD && common_word (x, k, 1))
      return TRUE;
  return FALSE;
}

/* "the Eredivisie on Sunday", "over the Riverland.": a name after one
 * of definite_articles that ends its phrase (a mark, the sentence's end,
 * an apposition_ends word) is a body's or, after a literal_place_cues
 * word or before one of place_relatives, a place's: people are seldom
 * named so.  A demonym or a country's name of one word may stand between
 * ("the Scottish Premiership", "at the U.S. Capitol"), but not before a
 * person's name of two words ("the American Noah Lyles").
 * A word in lower case
 * after the name may be its noun ("the Trump campaign"), so it says
 * nothing there.  PX_ENTITY_PERSON when the name is no such. */
static PxEntityType
definite_name_type (const Extractor *x, const PxSentence *s, guint first, guint last, guint end)
{
  if (first > s->first_token + 1 && (is_demonym (x, first - 1) || is_country_word (x, first - 1)))
    {
      /* "the American Noah Lyles": a given name and more after a
       * people's name is a person's, as sports news names athletes, and
       * so are two words or more no dictionary holds ("the American
       * Sha'Carri Richardson"). */
      if (last > first && is_demonym (x, first - 1)
          && (is_given_name (x, first) || !holds_common_word (x, first, last)))
        return PX_ENTITY_PERSON;
      first--;
    }
  if (first == s->first_token || !word_in (x, first - 1, x->rules->definite_articles))
    return PX_ENTITY_PERSON;
  guint after = last + 1;
  if (after < end && token (x, after)->kind == PX_TOKEN_POSSESSIVE)
    after++;
  if (after < end && token (x, after)->kind == PX_TOKEN_WORD
      && !word_in (x, after, x->rules->apposition_ends)
      && !word_in (x, after, x->rules->phrase_end_verbs))
    return PX_ENTITY_PERSON;
  /* "on the Gareloch where the fleet is kept": a place's relative. */
  gboolean place = (after < end && word_in (x, after, x->rules->place_relatives))
                   || (first > s->first_token + 1
                       && (is_literal_cue (x, first - 2) || list_after_place_cue (x, s, first - 2)));
  return place ? PX_ENTITY_PLACE : PX_ENTITY_ORG;
}

/* Whether what stands before the name at token @first of sentence @s
 * makes a name of several words a place: one of sure_place_cues, "the"
 * between or not ("near Zorbo Quinta", "along the Nysa Klodzka"), or one
 * of site_joiners after a site's noun ("the dam at Stronie Slaskie"). */
static gboolean
sure_place_before (const Extractor *x, const PxSentence *s, guint first)
{
  if (first < s->first_token + 1)
    return FALSE;
  guint k = first - 1;
  if (word_in (x, k, x->rules->sure_place_cues))
    return TRUE;
  if (k < s->first_token + 1)
    return FALSE;
  if (word_in (x, k, x->rules->definite_articles))
    return word_in (x, k - 1, x->rules->sure_place_cues);
  return word_in (x, k, x->rules->site_joiners) && is_lower_word (x, k - 1)
         && (kind_noun_type (x, k - 1, FALSE) == PX_ENTITY_PLACE
             || plural_kind_type (x, k - 1) == PX_ENTITY_PLACE);
}

/* Whether the run of two or three @words from token @first of sentence
 * @s is one or two listed given names and a word that is no common word
 * (a family name as often as a place's word: "Hall", "Park"; "Ana Paola
 * Hall"), with neither a literal_place_cues word nor an article before
 * it. */
static gboolean
given_before_family_word (const Extractor *x, const PxSentence *s, const GArray *words,
                          guint first)
{
  if (words->len != 2 && words->len != 3)
    return FALSE;
  for (guint i = 0; i + 1 < words->len; i++)
    {
      guint given = g_array_index (words, guint, i);
      if (!is_given_name (x, given) || common_word (x, given, 1))
        return FALSE;
    }
  guint family = g_array_index (words, guint, words->len - 1);
  if (common_word (x, family, 1))
    return FALSE;
  return first == s->first_token
         || (!is_literal_cue (x, first - 1) && !word_in (x, first - 1,
                                                          x->rules->apposition_articles));
}

/* Whether a comma and a word of @relatives follow token @last, the end
 * of a name: "Woolwich, where", "Pharmavite, which". */
static gboolean
relative_after (const Extractor *x, guint last, guint end, GHashTable *relatives)
{
  return last + 2 < end && token_is (x, last + 1, ",") && word_in (x, last + 2, relatives);
}

static gboolean word_ends_in (const Extractor *x, guint k, const GPtrArray *endings);

/* The type of a name no rule above claimed, of @words from token @first;
 * *@guessed says whether only a weak sign gave it: none (a person) or a
 * literal_place_cues word before a single word (a place). */
static PxEntityType
unknown_type (const Extractor *x, const PxSentence *s, const GArray *words, guint first,
              gboolean *guessed)
{
  *guessed = FALSE;
  guint end = s->first_token + s->n_tokens;
  /* The run's last token ("Lung-bin" is three, "al-Sham" too). */
  guint last = g_array_index (words, guint, words->len - 1);
  if (hyphened_particle (x, last, end))
    last += 2;
  last += MAX (capital_word (x, last, end), 1) - 1;
  /* A kind noun before the name says what it is, whatever its words:
   * "the campaign group Open Rights" is no event, "the band Weather
   * Report" no law. */
  PxEntityType noun_says = noun_before_type (x, s, first, words->len, last + 1);
  if (noun_says != PX_ENTITY_PERSON)
    return noun_says;
  /* "the Micronutrient Initiative, a Canadian charity,": an apposition
   * says a law's word names a body. */
  if (names_a_law (x, words))
    return apposition_type (x, last, end) == PX_ENTITY_ORG ? PX_ENTITY_ORG : PX_ENTITY_LAW;
  /* "Economic Freedom Fighters (EFF)": common words that an acronym
   * names are a body's; a person's name is no common words ("John
   * Fitzgerald Kennedy (JFK)"). */
  if (all_common_words (x, words, end) && abbreviated_after (x, first, last + 1 - first, end))
    return PX_ENTITY_ORG;
  /* "Bergen op Zoom" is a town, "the Museum am Rothenbaum" a museum. */
  if (holds_place_particle (x, first, last)
      && !(word_value (x, first, x->rules->body_word_kinds, FALSE) & PX_BODY_ORG))
    return PX_ENTITY_PLACE;
  /* "the MV Merdi", "HMS Victory": a ship. */
  if (words->len > 1 && word_in (x, first, x->rules->vessel_prefixes))
    return PX_ENTITY_PRODUCT;
  /* "beating Zorbia Quintar 5-0": a name before a score is a team's,
   * and so is one before a match's report ("Chapecoense drew 2-2") or
   * after its score ("drew 2-2 with Palmeiras"), unless a given name
   * opens it ("beating Carlos Alcaraz 4-6") and no body's or place's
   * word is in it ("beat Crystal Palace 3-1"), or sets follow (a
   * player's: "Daniil Medvedev 3-6, 3-6, 6-4"). */
  if ((match_after (x, last + 1, end) || match_before (x, s, first, end))
      && (!is_given_name (x, first) || body_word_among (x, words, words->len)))
    return PX_ENTITY_ORG;
  gboolean joined = has_org_joiner (x, words);
  gboolean org = joined, place = FALSE, event = FALSE, product = FALSE;
  gboolean place_head = FALSE, event_head = FALSE, connected = FALSE;
  guintptr kind_before = 0;
  for (guint i = 0; i < words->len; i++)
    {
      guint k = g_array_index (words, guint, i);
      guint w = capital_word (x, k, s->first_token + s->n_tokens);
      org = org || is_web_name (x, k, w);
      guintptr kind = word_value (x, k, x->rules->body_word_kinds, FALSE);
      /* "the Quai François-Mitterrand", but "Juan Pont Ferrer". */
      if (i == 0 && kind == 0 && word_in (x, k, x->rules->opening_place_words))
        kind = PX_BODY_PLACE;
      /* "Corneliusgasse", "Wiener Neustadt": a place's word written on to
       * the name, as German and Dutch write streets and towns. */
      gboolean suffixed = kind == 0 && w == 1
                          && word_ends_in (x, k, x->rules->place_word_endings);
      if (suffixed)
        kind = PX_BODY_PLACE;
      /* "WBNS-TV": a hyphenated word's last part may be a body's word;
       * an event's word a hyphen joins to a name is no event's
       * ("Copa-Cogeca" is no cup; "Booker Prize-winner" joins a
       * common word). */
      if (w > 2)
        {
          org = org || (word_value (x, k + w - 1, x->rules->body_word_kinds, FALSE) & PX_BODY_ORG);
          if (is_capitalised (x, k + w - 1) && !common_word (x, k + w - 1, 1))
            kind &= ~(guintptr) PX_BODY_EVENT;
        }
      gboolean placed = (kind & PX_BODY_PLACE) && (i > 0 || suffixed || opens_place (x, words, w));
      gboolean evented = (kind & PX_BODY_EVENT) && (i > 0 || opens_event (x, words, w));
      org = org || (kind & PX_BODY_ORG);
      place = place || placed;
      event = event || evented;
      product = product || (kind & PX_BODY_PRODUCT);
      if (!connected && (kind & (PX_BODY_ORG | PX_BODY_PLACE | PX_BODY_EVENT)))
        {
          /* "Irving Independent School District": a unit of
           * body_unit_words after a body's word is the body's. */
          place_head = placed && !(kind & (PX_BODY_ORG | PX_BODY_EVENT))
                       && !((kind_before & PX_BODY_ORG)
                            && word_in (x, k, x->rules->body_unit_words));
          /* "Epic Games" is a company, "the Munich Games" an event: a
           * word of both kinds after a listed place is the event's. */
          event_head = evented
                       && (!(kind & PX_BODY_ORG)
                           || (i == 0 && place_mention_before (x, token (x, k)->span.start) >= 0));
        }
      connected = connected || (i + 1 < words->len && g_array_index (words, guint, i + 1) != k + w
                                && word_in (x, k + w, x->rules->connectors));
      kind_before = kind;
    }
  /* The last kind word before any connector is the head noun: "Hampton
   * Court Palace", "War Memorial Hall", "Times Square" are places;
   * "Edinburgh International Festival", "Academy Awards" events.  But a
   * given name before a place word that the dictionary capitalises too
   * is a person's, unless a place's cue or an article opens it ("the
   * candidate Susan Hall", "Kim Park"; "in Victoria Park", "the Albert
   * Hall"). */
  if (!connected && !joined && ends_in_venue (x, words, last))
    return PX_ENTITY_PLACE;
  /* "Turning Point USA": a place's name sets its country off with a
   * comma; a country's name right after a place's word ends a body's
   * name, its branch in that country. */
  if (place_head && !joined && country_after (x, last))
    return PX_ENTITY_ORG;
  /* "City of London Police", "Isle of Wight Council": past the place's
   * connected name, an organisation's word that ends the run is the
   * body's of that place. */
  if (place_head && !joined && connected
      && word_value (x, g_array_index (words, guint, words->len - 1), x->rules->body_word_kinds,
                     FALSE) == PX_BODY_ORG)
    return PX_ENTITY_ORG;
  if (place_head && !joined)
    return given_before_family_word (x, s, words, first) ? PX_ENTITY_PERSON : PX_ENTITY_PLACE;
  /* "the Federal Students' Conference, a body that represents pupils":
   * an apposition says a conference is a body, not a meeting. */
  if (event_head && !joined)
    {
      /* "Richard Masters", "Jason Day": a given name before an event word
       * that the dictionary capitalises too is a person's, as before a
       * place word; a date's "on" opens a day's name ("on Victoria
       * Day"). */
      if (given_before_family_word (x, s, words, first)
          && (first == s->first_token || !word_in (x, first - 1, x->rules->day_name_openers)))
        return PX_ENTITY_PERSON;
      return apposition_type (x, last, end) == PX_ENTITY_ORG ? PX_ENTITY_ORG : PX_ENTITY_EVENT;
    }
  /* "Transiting Exoplanet Survey Satellite": a product's word that ends
   * the name heads it, whatever body word comes before ("Space Telescope
   * Science Institute" ends in the body's). */
  if (product && !connected && !joined
      && word_value (x, g_array_index (words, guint, words->len - 1), x->rules->body_word_kinds,
                     FALSE) == PX_BODY_PRODUCT)
    return PX_ENTITY_PRODUCT;
  if (org)
    return PX_ENTITY_ORG;
  if (event)
    return PX_ENTITY_EVENT;
  if (product)
    return PX_ENTITY_PRODUCT;
  /* "members of the Rajapaksa family": a family's name, wherever it is;
   * "J. D. Vance of Ohio": so is a name that an initial opens, when its
   * last word is no common word ("on X. Companies ..." is no name), and
   * one that a suffix of name_suffixes ends ("the temple of Ramses III",
   * a regnal number). */
  guint family = g_array_index (words, guint, words->len - 1);
  /* ... but a kind noun after a numeral says what it names: a model
   * ("the Atlas V rocket"), a mission ("the Artemis II mission"). */
  gboolean numeral = words->len > 1 && word_in (x, family, x->rules->suffixes);
  if (!place && ((last + 1 < end && word_in (x, last + 1, x->rules->family_nouns))
                 || (numeral && noun_after_type (x, last, end, FALSE, TRUE) == PX_ENTITY_PERSON)
                 || (words->len > 1 && opens_with_initial (x, first)
                     && !common_word (x, family, last + 1 - family))))
    return PX_ENTITY_PERSON;
  PxEntityType apposed = place ? PX_ENTITY_PLACE : apposition_type (x, last, end);
  /* "Malik Riaz, the developer at the centre of the case": a person's
   * name (a given name, no body word) keeps its type before a noun of
   * person_role_nouns, a person's role as often as a body's. */
  if (apposed == PX_ENTITY_ORG && words->len > 1 && !org && is_given_name (x, first)
      && word_in (x, apposition_head (x, last, end), x->rules->person_role_nouns))
    apposed = PX_ENTITY_PERSON;
  gboolean articled = first > s->first_token
                      && word_in (x, first - 1, x->rules->apposition_articles);
  /* A product's noun after a name makes it the product after a
   * possessive ("its Blackwell chips"), and after an article when the
   * name is a common word, seldom a maker's ("the Curiosity rover"), or
   * ends in a numeral, a model's ("the Atlas V rocket"). */
  gboolean owned = articled ? common_word (x, first, last + 1 - first) || numeral
                            : possessed (x, s, first);
  if (apposed == PX_ENTITY_PERSON)
    apposed = noun_after_type (x, last, end, articled, owned);
  if (apposed == PX_ENTITY_PLACE
      && owns_thing_after (x, s, first, last, end, x->rules->facility_nouns))
    apposed = PX_ENTITY_ORG;
  /* "a Zorbex drug" is its maker's, "the Starliner capsule" the thing
   * itself; a name a given name opens is left to the rules below, unless
   * the given name is all of it ("the Rosetta orbiter": no one is "the
   * Rosetta"). */
  gboolean given = is_given_name (x, first);
  if (apposed == PX_ENTITY_PERSON && articled && (!given || words->len == 1))
    {
      if (!given && owns_thing_after (x, s, first, last, end, x->rules->apposition_product_nouns))
        apposed = PX_ENTITY_ORG;
      else if (word_in (x, first - 1, x->rules->definite_articles))
        apposed = noun_after_type (x, last, end, TRUE, TRUE) == PX_ENTITY_PRODUCT
                    ? PX_ENTITY_PRODUCT : PX_ENTITY_PERSON;
    }
  /* Without an article too, one word that is no given name right before
   * a product's noun names no one: "danced on stage with Optimus robots",
   * "sold Zorbex phones" (the maker, as "a Zorbex drug"). */
  if (apposed == PX_ENTITY_PERSON && !articled && words->len == 1 && !given && last + 1 < end
      && word_in (x, last + 1, x->rules->apposition_product_nouns))
    apposed = PX_ENTITY_ORG;
  if (apposed == PX_ENTITY_PERSON && words->len == 1 && !given
      && employer_before_title (x, last, end))
    apposed = PX_ENTITY_ORG;
  if (apposed == PX_ENTITY_PERSON)
    apposed = list_kind_type (x, last, end, owned);
  if (apposed == PX_ENTITY_PERSON)
    apposed = example_kind_type (x, s, first, words->len == 1);
  if (apposed != PX_ENTITY_PERSON)
    return apposed;
  /* A list of places lends its type to a name, not to a company's word
   * ("offers from Cleveland-Cliffs and ArcelorMittal"), nor to one of
   * several words that a given name opens ("ahead of Zrinka Ljutić of
   * Croatia and Paula Moltzan, also of the US"). */
  gboolean brand = words->len == 1 && is_brand_word (x, first);
  /* "West Kelowna", "North Zorbton": a compass word before one name is
   * a place's (regions of listed places are found whole, pass_regions ()). */
  if (qualified_by_place (x, last, end)
      || (!brand
          && (words->len == 1
              || (mark_or_end_after (x, last, end) && !is_given_name (x, first)))
          && listed_with_place (x, s, first))
      || (words->len == 1 && !brand && inside_place_list (x, s, first))
      || (words->len == 1 && !brand && !is_given_name (x, first)
          && in_list_ending_in_place (x, s, first, end))
      || (words->len >= 2 && word_in (x, first, x->rules->compass_words))
      || compass_region_after (x, words))
    return PX_ENTITY_PLACE;
  /* "shares in Elon Musk's Tesla", "its merger with David Ellison's
   * Skydance": the cue's object is what the person owns, not the
   * person. */
  gboolean owner = possessive_after (x, last, end) && is_given_name (x, first);
  if ((!owner && cue_before (x, s, first, x->rules->product_cues, FALSE))
      || cue_after (x, last + 1, end, x->rules->product_after_cues)
      || (words->len == 1 && listed_with_product (x, s, first)))
    return PX_ENTITY_PRODUCT;
  if ((!owner && cue_before (x, s, first, x->rules->org_cues, FALSE))
      || cue_after (x, last + 1, end, x->rules->org_after_cues)
      || (words->len == 1 && listed_with_org (x, s, first)))
    return PX_ENTITY_ORG;
  /* "won the Australian Open and Wimbledon this year": a single word
   * joined to an event is one of the list (a person named by one word
   * was named in full before, and is that person). */
  if (words->len == 1 && list_head (x, s, first, PX_ENTITY_EVENT) != G_MAXUINT)
    return PX_ENTITY_EVENT;
  if (cue_before (x, s, first, x->rules->place_cues, FALSE)
      || residence_after_person (x, s, first)
      || (words->len == 1 && first == last && seat_after_body (x, s, first, end))
      || (words->len > 1 && word_in (x, first, x->rules->place_articles)
          && first > s->first_token && is_literal_cue (x, first - 1))
      || (words->len > 1 && word_in (x, first, x->rules->saint_titles)))
    return PX_ENTITY_PLACE;
  /* "National Grid said": common words only, which something around
   * kept as a name, are a body's, and so are they after an acronym ("LG
   * Display", "SK Hynix" is no such); so are several words no word types
   * after a person's "of" (after_person_of ()): a band, a party, a
   * firm more often than a town. */
  if (words->len > 1
      && (all_common_words (x, words, end)
          || (is_acronym (x, first) && common_words_from (x, words, 1, end))
          || after_person_of (x, s, first)))
    return PX_ENTITY_ORG;
  if (opens_with_article (x, s, first))
    return is_literal_cue (x, first - 1) ? PX_ENTITY_PLACE : PX_ENTITY_ORG;
  *guessed = TRUE;
  PxEntityType defined = definite_name_type (x, s, first, last, end);
  if (defined != PX_ENTITY_PERSON)
    return defined;
  if (possessor_of_name (x, words, last, end) || brand)
    return PX_ENTITY_ORG;
  if (words->len == 1 && made_by_company (x, s, first))
    return PX_ENTITY_PRODUCT;
  if ((words->len == 1 && after_place_cue (x, s, first) && !relative_of (x, s, first))
      || (words->len > 1 && sure_place_before (x, s, first) && !is_given_name (x, first))
      || relative_after (x, last, end, x->rules->place_relatives))
    return PX_ENTITY_PLACE;
  if (relative_after (x, last, end, x->rules->body_relatives))
    return PX_ENTITY_ORG;
  return words->len == 1 && joined_names (x, first, end) ? PX_ENTITY_ORG : PX_ENTITY_PERSON;
}

/* Whether an apposition after the word at token @k, a word no
 * dictionary has that opens a sentence, says it is a name: "Goma, a city
 * in the east," by its noun, and "Boiron, the world leader in
 * homeopathic products, said" whatever the noun, unless the word is an
 * adverb in -ly ("Domestically, the rebels in Goma"), which only a
 * body's or a place's noun makes a name. */
static gboolean
named_by_apposition (const Extractor *x, guint k, guint end)
{
  guint head = apposition_head (x, k, end);
  if (head == G_MAXUINT)
    return FALSE;
  return !ly_adverb (x, k) || kind_noun_type (x, head, TRUE) != PX_ENTITY_PERSON;
}

/* Words the document capitalises inside a sentence (with @alone, only
 * where no capitalised word stands beside them, the sentence's first
 * aside): at a sentence's start a word is a name only if it is one of
 * these. */
static GHashTable *
capitalised_inside (const Extractor *x, gboolean alone)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < px_segmentation_n_sentences (x->seg); i++)
    {
      const PxSentence *s = px_segmentation_get_sentence (x->seg, i);
      guint end = s->first_token + s->n_tokens;
      for (guint k = s->first_token + 1; k < end; k++)
        {
          gboolean beside = (k - 1 > s->first_token && is_capitalised (x, k - 1))
                            || (k + 1 < end && is_capitalised (x, k + 1));
          if (is_capitalised (x, k) && token (x, k - 1)->kind == PX_TOKEN_WORD
              && !(alone && beside))
            g_hash_table_add (set, token_text (x, k));
        }
    }
  return set;
}

/* "Afghans": the gazetteer lists demonyms in the singular; their plural
 * names the same people. */
static guint
plural_demonym (const Extractor *x, PxSpan span)
{
  gsize len = span.end - span.start;
  if (len < 4 || x->text[span.end - 1] != 's')
    return PX_NO_ENTITY;
  return listed_whole (x, x->text + span.start, len - 1, TRUE);
}

/* "Ukrainians fled", "exempting Brazilians", "South Africans": the
 * plural of a listed demonym at @span names its place, at a clause's
 * start too and whatever its ending (adjective_by_ending () would take
 * "Brazilians" for an adjective's).  FALSE when it is none. */
static gboolean
add_plural_demonym (Extractor *x, PxSpan span)
{
  guint people = plural_demonym (x, span);
  if (people == PX_NO_ENTITY)
    return FALSE;
  add_mention (x, span, gazetteer_entity (x, people), "gazetteer", TRUE);
  return TRUE;
}

/* Whether @k opens a clause: the sentence's first word, or the first after
 * an opening quote, a colon, a list item's "a)" or a dash. */
static gboolean
at_opener (const Extractor *x, const PxSentence *s, guint k)
{
  if (k == sentence_start (x, s))
    return TRUE;
  return k > s->first_token && token (x, k - 1)->kind == PX_TOKEN_PUNCT
         && word_in (x, k - 1, x->rules->opener_marks)
         && !(token_is (x, k - 1, "-") && token (x, k)->joined);  /* a hyphen */
}

/* After a title, its portfolio: "Secretary-General for Political Affairs
 * and Security Policy" is an office, not two names.  Returns the tokens
 * to skip from @k. */
static guint
portfolio (const Extractor *x, guint k, guint end)
{
  if (k >= end || !word_in (x, k, x->rules->portfolio_openers))
    return 0;
  guint n = 1;
  gboolean joined = FALSE;
  for (;;)
    {
      /* The office's words are common words; a name starts after them
       * ("Minister of Education Stefania Giannini").  After a joiner, an
       * acronym is one too: "Minister of Science and ICT". */
      guint w = capital_word (x, k + n, end);
      if (w == 0 || !(common_word (x, k + n, w) || (joined && w == 1 && is_acronym (x, k + n))))
        break;
      n += w;
      joined = k + n < end && word_in (x, k + n, x->rules->portfolio_joiners)
               && capital_word (x, k + n + 1, end) > 0;
      if (joined)
        n++;
    }
  return n > 1 ? n : 0;
}

/* Whether a title of portfolio_titles starts at @k: the unclaimed words
 * before it are its portfolio ("Cyber Security Minister"), even where a
 * field's word would end a body's name ("Saudi Health Minister"). */
static gboolean
portfolio_title_at (const Extractor *x, guint k, guint end)
{
  guint t = title_at (x, k, end);
  return t > 0 && word_in (x, k + t - 1, x->rules->portfolio_titles);
}

/* Whether the name of @n tokens at @k ends in an organisation's, an
 * event's or a law's body word that is a common word, never a family name
 * ("University", "Hospital", "Regulation"; not "Hall", which the dictionary also
 * writes capitalised), or an organisation's that the dictionary writes
 * capitalised only and that is no given name ("General Industrial
 * Workers Union"), or in a place's word that is also the noun of a
 * building or a site in apposition_place_nouns ("Theatre", "Stadium";
 * not "Street": "Mayor Andy Street", nor "Hill": "professor Marc Lamont
 * Hill"). */
static gboolean
ends_in_body_noun (const Extractor *x, guint k, guint n)
{
  guint last = k + n - 1;
  if (token (x, last)->kind != PX_TOKEN_WORD)
    return FALSE;
  guintptr kind = word_value (x, last, x->rules->body_word_kinds, FALSE);
  if (!common_word (x, last, 1))
    return (kind & PX_BODY_ORG) && !is_given_name (x, last);
  if (kind & (PX_BODY_ORG | PX_BODY_EVENT | PX_BODY_LAW))
    return TRUE;
  if (!(kind & PX_BODY_PLACE))
    return FALSE;
  g_autofree char *word = token_text (x, last);
  g_autofree char *noun = g_utf8_strdown (word, -1);
  return g_hash_table_contains (x->rules->apposition_place_nouns, noun);
}

/* Whether token @k is an organisation's word that no English dictionary
 * writes and no given name is, the head of a Romance or German body's
 * name, which comes first: "lithium producer Sociedad Química y Minera"
 * names a company, no producer. */
static gboolean
foreign_body_head (const Extractor *x, guint k)
{
  return (word_value (x, k, x->rules->body_word_kinds, FALSE) & PX_BODY_ORG)
         && !common_word (x, k, 1) && !is_given_name (x, k) && !is_acronym (x, k);
}

/* Whether a body's noun ends the words from token @k on before a title
 * among the @n: "King County Superior Court Judge Jane Roe" names a
 * court, then its judge, not a person "County Superior Court Judge". */
static gboolean
body_before_title (const Extractor *x, guint k, guint n, guint end)
{
  for (guint i = 1; i < n; i++)
    if (title_at (x, k + i, end) > 0 && ends_in_body_noun (x, k, i))
      return TRUE;
  return FALSE;
}

/* An office's words the title list does not hold, between a title and
 * a name: "Chief Financial Officer Yoichi Miyazaki", "General Manager
 * Jane Fraser".  Capitalised common words, at most MAX_OFFICE_WORDS, the
 * last one of office_nouns, and a capitalised word after them.  Returns
 * the tokens to skip from @k. */
#define MAX_OFFICE_WORDS 3
static guint
office_words (const Extractor *x, guint k, guint end)
{
  guint n = 0;
  guint office = 0;
  for (guint words = 0; words < MAX_OFFICE_WORDS; words++)
    {
      guint w = capital_word (x, k + n, end);
      if (w == 0 || !common_word (x, k + n, w))
        break;
      n += w;
      if (word_in (x, k + n - 1, x->rules->office_nouns))
        office = n;
    }
  return office > 0 && capital_word (x, k + office, end) > 0 ? office : 0;
}

/* The tokens after the title of @t tokens at @title before its person's
 * name: a portfolio and the office's other words.  A title in lower case
 * holds none: "the founder of Turning Point USA" names the body. */
static guint
office_after_title (const Extractor *x, guint title, guint t, guint end)
{
  if (is_lower_word (x, title))
    return 0;
  guint k = title + t;
  guint p = portfolio (x, k, end);
  return p + office_words (x, k + p, end);
}

/* The tokens of a seat's name that open the @n tokens of a name run at
 * @k right after a title that ends in one of abbreviated_place_joiners
 * ("Member for"): the words before the first given name that a
 * capitalised word follows ("Lismore" of "Member for Lismore Janelle
 * Saffin"); 0 when there is none. */
static guint
seat_before_name (const Extractor *x, guint k, guint n)
{
  if (k == 0 || !word_in (x, k - 1, x->rules->abbreviated_place_joiners))
    return 0;
  for (guint i = k + 1; i + 1 < k + n; i++)
    if (is_given_name (x, i) && is_capitalised (x, i + 1) && !is_given_name (x, i - 1))
      return i - k;
  return 0;
}

/* The seat's name of @n tokens at @k (seat_before_name ()): a listed
 * place's mention if the gazetteer found one, else a place of its own. */
static void
add_seat (Extractor *x, guint k, guint n)
{
  PxSpan span = tokens_span (x, k, n);
  if (!is_free (x, span))
    return;
  g_autofree char *name = span_text (x, span);
  add_mention (x, span, named_entity (x, name, PX_ENTITY_PLACE), "seat", FALSE);
}

static void
pass_titles (Extractor *x)
{
  for (guint i = 0; i < px_segmentation_n_sentences (x->seg); i++)
    {
      const PxSentence *s = px_segmentation_get_sentence (x->seg, i);
      guint end = s->first_token + s->n_tokens;
      for (guint k = s->first_token; k < end; k++)
        {
          guint t = title_at (x, k, end);
          /* "City Librarian Vickery Bowles", "Executive Producer Jane
           * Roe": an office's words no title opens are one, outside a
           * name (a listed place's before them is the office's country:
           * "U.S. National Security Adviser Jake Sullivan"); once a name
           * follows, a title as the list's are. */
          guint office = t == 0 && (k == s->first_token || !is_capitalised (x, k - 1)
                                    || place_mention_before (x, token (x, k)->span.start) >= 0)
                           ? office_words (x, k, end) : 0;
          t = MAX (t, office);
          if (t == 0 || k + t >= end)
            continue;
          t += titles_after (x, k + t, end);
          /* "planetary scientist Dr. Shuai Li": the honorific is no name's. */
          t += honorific_at (x, k + t, end);
          guint office_words_after = office_after_title (x, k, t, end);
          t += office_words_after;
          /* "the Minister of Health and Social Welfare, Prof. Muhammad Ali
           * Pate": a title after the portfolio is no name's either. */
          if (office_words_after > 0)
            t += titles_after (x, k + t, end);
          guint n = name_run (x, k + t, end);
          if (n == 0 || !is_free (x, tokens_span (x, k + t, n)))
            continue;
          /* "Member for Lismore Janelle Saffin": after a title that ends
           * in a place joiner, the seat's name, then its member's. */
          guint seat = seat_before_name (x, k + t, n);
          if (seat > 0)
            {
              add_seat (x, k + t, seat);
              t += seat;
              n -= seat;
            }
          if (ends_in_body_noun (x, k + t, n) || body_before_title (x, k + t, n, end)
              || foreign_body_head (x, k + t))
            {
              /* "Queen Mary University", "Massachusetts General Hospital":
               * no title, but a word of a body's name, which the runs of
               * capitalised words read. */
              x->after_title[k + x->title_len[k]] = FALSE;
              x->title_len[k] = 0;
              continue;
            }
          /* "its Chief Technology Officer said": an office, no one's
           * name; the dictionary writes no family name in lower case. */
          if (common_words_only (x, tokens_span (x, k + t, n)))
            continue;
          /* One capitalised word after a title is a surname at best
           * ("President Biden"): only the gazetteer may claim it. */
          if (n < 2)
            continue;
          PxSpan name = name_span (x, k + t, n, end);
          g_autofree char *text = span_text (x, name);
          add_mention (x, name, named_entity (x, text, PX_ENTITY_PERSON), "title", FALSE);
          if (office > 0)
            {
              x->title_len[k] = office;
              x->after_title[k + office] = TRUE;
            }
          k += t + n - 1;
        }
    }
}

/* Whether a capitalised body's word is among the @n tokens of a peer's
 * seat at @k or right after them: "the Countess of Chester Hospital" is
 * a hospital, whose name the runs of capitalised words read. */
static gboolean
body_word_in_seat (const Extractor *x, guint k, guint n, guint end)
{
  for (guint i = k; i <= k + n && i < end; i++)
    if (is_capitalised (x, i) && is_body_word (x, i))
      return TRUE;
  return FALSE;
}

/* "the Duke of Sussex", "the Prince of Wales", "the Archbishop of
 * Canterbury": one of peerage_titles, one of place_joiners ("of") and a
 * place's name (a listed
 * place's, or capitalised words no pass took, up to a given name) name a
 * person, the place nested in the mention (rule peerage); before a given
 * name they are that person's title, and only the place is named
 * ("Archbishop of Canterbury Justin Welby" is Justin Welby). */
static void
pass_peerages (Extractor *x)
{
  for (guint i = 0; i < px_segmentation_n_sentences (x->seg); i++)
    {
      const PxSentence *s = px_segmentation_get_sentence (x->seg, i);
      guint end = s->first_token + s->n_tokens;
      for (guint k = s->first_token; k + 2 < end; k++)
        {
          if (!is_capitalised (x, k) || !token_free (x, k)
              || !word_in (x, k, x->rules->peerage_titles)
              || !word_in (x, k + 1, x->rules->place_joiners))
            continue;
          PxSpan span = px_token_span (token (x, k));
          gint place = place_mention_at (x, token (x, k + 2)->span.start);
          guint n = 0;
          if (place >= 0)
            n = last_token_within (x, k + 2, end, mention_at (x, (guint) place)->span.end) - (k + 1);
          else
            while (k + 2 + n < end && is_capitalised (x, k + 2 + n) && token_free (x, k + 2 + n)
                   && !word_in (x, k + 2 + n, x->rules->not_names)
                   && !(n > 0 && is_given_name (x, k + 2 + n)))
              n++;
          if (n == 0 || body_word_in_seat (x, k + 2, n, end))
            continue;
          PxSpan seat = tokens_span (x, k + 2, n);
          if (k + 2 + n < end && token (x, k + 2 + n)->span.start == seat.end + 1
              && is_given_name (x, k + 2 + n))
            {
              if (place < 0)
                {
                  g_autofree char *name = span_text (x, seat);
                  add_mention (x, seat, named_entity (x, name, PX_ENTITY_PLACE), "peerage", FALSE);
                }
              continue;
            }
          span.end = place >= 0 ? absorb (x, (guint) place).end : seat.end;
          g_autofree char *name = span_text (x, span);
          add_mention (x, span, named_entity (x, name, PX_ENTITY_PERSON), "peerage", FALSE);
        }
    }
}

/* The entity (index + 1) of the person whose mention starts at @at, or
 * 0; @starts maps person mentions' starts to their index + 1, built on
 * the first call. */
static guint
person_starting_at (const Extractor *x, GHashTable **starts, gsize at)
{
  if (*starts == NULL)
    {
      *starts = g_hash_table_new (g_direct_hash, g_direct_equal);
      for (guint j = 0; j < x->out->mentions->len; j++)
        if (entity_of (x, mention_at (x, j)->entity)->type == PX_ENTITY_PERSON
            && !is_absorbed (x, j))
          g_hash_table_insert (*starts, GSIZE_TO_POINTER (mention_at (x, j)->span.start),
                               GUINT_TO_POINTER (j + 1));
    }
  guint j = GPOINTER_TO_UINT (g_hash_table_lookup (*starts, GSIZE_TO_POINTER (at)));
  return j > 0 ? mention_at (x, j - 1)->entity + 1 : 0;
}

/* "The Archbishop of Canterbury, Justin Welby, said": a peerage's title
 * (pass_peerages ()) with a person's name apposed right after it names
 * that person, there and wherever else the text writes it. */
static void
pass_apposed_peerages (Extractor *x)
{
  g_autoptr(GHashTable) starts = NULL;
  g_autoptr(GHashTable) holders = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < x->out->mentions->len; i++)
    {
      const PxMention *m = mention_at (x, i);
      gsize after = m->span.end;
      if (g_strcmp0 (m->rule, "peerage") != 0 || after + 2 >= x->len
          || x->text[after] != ',' || x->text[after + 1] != ' ')
        continue;
      guint person = person_starting_at (x, &starts, after + 2);
      if (person > 0 && person - 1 != m->entity)
        g_hash_table_insert (holders, GUINT_TO_POINTER (m->entity + 1), GUINT_TO_POINTER (person));
    }
  if (g_hash_table_size (holders) == 0)
    return;
  for (guint i = 0; i < x->out->mentions->len; i++)
    {
      PxMention *m = &g_array_index (x->out->mentions, PxMention, i);
      guint person = GPOINTER_TO_UINT (g_hash_table_lookup (holders,
                                                            GUINT_TO_POINTER (m->entity + 1)));
      if (person > 0 && g_strcmp0 (m->rule, "peerage") == 0)
        m->entity = person - 1;
    }
}

/* Whether the single word of @w tokens at @k has fewer letters than a
 * name alone must ("X"). */
static gboolean
too_short (const Extractor *x, guint k, guint w)
{
  PxSpan span = tokens_span (x, k, w);
  return count_letters (x->text + span.start, span.end - span.start)
         < x->rules->name_min_letters;
}

/* A hyphenated word whose last part is written in lower case describes
 * rather than names: "Pan-democrat Gary Fan", "Scientology-related".
 * ("Hau Lung-bin": a given name's parts come after the family name.) */
static gboolean
descriptor (const Extractor *x, guint k, guint w)
{
  return w > 1 && g_ascii_islower (x->text[token (x, k + w - 1)->span.start]);
}

/* Whether token @i is a common word of at least adjective_min_letters
 * letters, a part of a hyphenated word that describes rather than names. */
static gboolean
long_common_part (const Extractor *x, guint i)
{
  const PxToken *t = token (x, i);
  return count_letters (x->text + t->span.start, t->span.end - t->span.start)
           >= x->rules->adjective_min_letters
         && lexicon_has (x, t->span.start, t->span.end);
}

/* Whether the single hyphenated word of @w tokens at @k is only such
 * parts, whatever their case: a label ("Lifestyle-Religion"), not a name
 * ("Spider-Man", "Rolls-Royce"). */
static gboolean
common_compound (const Extractor *x, guint k, guint w)
{
  if (w < 3)
    return FALSE;
  for (guint i = k; i < k + w; i += 2)
    if (!long_common_part (x, i))
      return FALSE;
  return TRUE;
}

/* Whether the word at token @k is one of combining_forms before a
 * hyphen and another word ("Anglo-Ashanti", "Franco-German", whatever
 * matched the part after it): the compound describes peoples. */
static gboolean
peoples_compound (const Extractor *x, guint k, guint end)
{
  return k + 2 < end && token_is (x, k + 1, "-") && token (x, k + 1)->joined
         && token (x, k + 2)->joined && word_in (x, k, x->rules->combining_forms);
}

/* Whether the single word of @w tokens at @k names what it is the
 * eponym of, not a person: one of eponym_nouns in lower case follows,
 * after a possessive or right after it ("Alzheimer's disease", "Moore's
 * law", "the Avogadro constant", "the Doppler effect"). */
static gboolean
eponym_of_thing (const Extractor *x, guint k, guint w, guint end)
{
  guint noun = k + w + (possessive_after (x, k + w - 1, end) ? 1 : 0);
  return noun < end && is_lower_word (x, noun) && word_in (x, noun, x->rules->eponym_nouns);
}

/* A single hyphenated word that ends in a common word of at least
 * adjective_min_letters letters, written in lower case, is an adjective:
 * "Scientology-related", "Ground-level" (not "Lung-bin"). */
static gboolean
adjective_compound (const Extractor *x, guint k, guint w)
{
  return descriptor (x, k, w) && long_common_part (x, k + w - 1);
}

/* Whether the @len bytes of @word end in one of @endings (char*), and
 * are more than it. */
static gboolean
ends_in_one_of (const char *word, gsize len, const GPtrArray *endings)
{
  for (guint i = 0; i < endings->len; i++)
    {
      const char *ending = g_ptr_array_index (endings, i);
      gsize n = strlen (ending);
      if (n < len && memcmp (word + len - n, ending, n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether the word at token @k ends, as written, in one of @endings,
 * with more than the ending before it: a contracted word
 * (contraction_endings: "They'll", "Couldn't") or a place's word written
 * on (place_word_endings, in lower case after the word's capital:
 * "Corneliusgasse", "Neustadt"). */
static gboolean
word_ends_in (const Extractor *x, guint k, const GPtrArray *endings)
{
  const PxToken *t = token (x, k);
  return t->kind == PX_TOKEN_WORD
         && ends_in_one_of (x->text + t->span.start, t->span.end - t->span.start, endings);
}

/* Whether the @len bytes of @word, adjective_suffix_min_letters letters
 * at least, end in one of adjective_suffixes. */
static gboolean
has_adjective_ending (const Extractor *x, const char *word, gsize len)
{
  return count_letters (word, len) >= x->rules->adjective_suffix_min_letters
         && ends_in_one_of (word, len, x->rules->adjective_suffixes);
}

/* A single word of at least adjective_suffix_min_letters letters with a
 * demonym's or an adjective's ending describes rather than names:
 * "Gabonese", "Hellenic", "Scientologist".  The gazetteer's demonyms
 * ("Japanese") are matched before this rule sees them. */
static gboolean
adjective_by_ending (const Extractor *x, guint k, guint w, guint end)
{
  /* "in the Peloponnese.", "across the Adriatic,": a place's cue and
   * "the" before, the phrase's end after, make a word with one of
   * place_name_endings a noun, a place's name ("of the Victorians." are
   * people, "of the Zeitgeist." a spirit). */
  PxSpan span = tokens_span (x, k, w);
  const char *word = x->text + span.start;
  gsize len = span.end - span.start;
  if (k >= 2 && ends_in_one_of (word, len, x->rules->place_name_endings)
      && is_literal_cue (x, k - 2) && word_in (x, k - 1, x->rules->definite_articles)
      && (k + w >= end || token (x, k + w)->kind != PX_TOKEN_WORD
          || word_in (x, k + w, x->rules->apposition_ends)))
    return FALSE;
  /* An adjective takes no possessive: "the Smithsonian's museum". */
  return w == 1 && !possessive_after (x, k, end) && has_adjective_ending (x, word, len);
}

/* Whether every one of @words from the @from-th is a common word or one
 * of not_names. */
static gboolean
common_words_from (const Extractor *x, const GArray *words, guint from, guint end)
{
  for (guint i = from; i < words->len; i++)
    {
      guint w = g_array_index (words, guint, i);
      if (!common_word (x, w, word_tokens (x, w, end)) && !word_in (x, w, x->rules->not_names))
        return FALSE;
    }
  return TRUE;
}

/* Whether every one of @words is a common word or one of not_names. */
static gboolean
all_common_words (const Extractor *x, const GArray *words, guint end)
{
  return common_words_from (x, words, 0, end);
}

/* Whether an acronym in brackets right after the run of @n tokens at @k
 * abbreviates it: "Economic Freedom Fighters (EFF)" is a name, common
 * words though its words are. */
static gboolean
abbreviated_after (const Extractor *x, guint k, guint n, guint end)
{
  guint j = k + n;
  if (!bracketed_acronym (x, j, end))
    return FALSE;
  g_autofree char *name = span_text (x, tokens_span (x, k, n));
  const PxToken *t = token (x, j + 1);
  return abbreviates (x->text + t->span.start, t->span.end - t->span.start, name);
}

/* Whether the run of three @words at @k (@n tokens) is a word that ends
 * another name, a common word or a listed place's, and then a person's
 * given and family names, before a lower-case word: "Council on
 * American - Islamic Relations Alia Salem said".  Not "the Royal Albert
 * Hall said", whose last word is common, nor "Sydney Alia Salem", whose
 * first is a given name. */
static gboolean
opens_before_person (const Extractor *x, guint k, guint n, guint end, const GArray *words)
{
  if (words->len != 3 || is_given_name (x, k) || word_tokens (x, k, end) != 1)
    return FALSE;
  if (!common_word (x, k, 1) && place_mention_at (x, token (x, k)->span.start) < 0)
    return FALSE;
  guint given = g_array_index (words, guint, 1);
  guint family = g_array_index (words, guint, 2);
  guint after = family + word_tokens (x, family, end);
  return given == k + 1 && family == given + 1 && is_given_name (x, given)
         && !common_word (x, given, 1) && !common_word (x, family, after - family)
         && !is_body_word (x, family) && after == k + n && after < end
         && token (x, after)->kind == PX_TOKEN_WORD
         && g_ascii_islower (x->text[token (x, after)->span.start]);
}

/* Whether a noun of publication_nouns, in lower case, follows the run of
 * @n tokens at @k directly: common words before it are the title of the
 * paper it names ("told Time magazine", "People magazine"), though no
 * weekday or other word of not_names is ("a Sunday newspaper"). */
static gboolean
publication_after (const Extractor *x, guint k, guint n, guint end)
{
  guint after = k + n;
  if (after >= end || !is_lower_word (x, after)
      || !word_in (x, after, x->rules->publication_nouns))
    return FALSE;
  for (guint i = k; i < after; i++)
    if (token (x, i)->kind == PX_TOKEN_WORD && word_in (x, i, x->rules->not_names))
      return FALSE;
  return TRUE;
}

static gboolean names_a_group (const Extractor *x, PxSpan span);

/* Whether "the" stands before the run of @words at token @k of sentence
 * @s (written "The" only where it opens the sentence: inside one it
 * opens a title, "Batman: The Animated Series"), a word in the plural
 * ends the run and the run ends its phrase, before a mark, the
 * sentence's end or a verb of kind_noun_verbs at @after: "the Economic
 * Freedom Fighters," is a party, a band or a team, no slogan nor a
 * work's name before its noun ("the Silver Clouds installation"); a
 * body's word among them types them otherwise. */
static gboolean
group_after_article (const Extractor *x, const PxSentence *s, guint k, const GArray *words,
                     guint after, guint end)
{
  if (k <= s->first_token
      || !(k - 1 == s->first_token ? is_definite_article (x, px_token_span (token (x, k - 1)))
                                   : word_in (x, k - 1, x->rules->definite_articles)))
    return FALSE;
  if (after < end && token (x, after)->kind != PX_TOKEN_PUNCT
      && !word_in (x, after, x->rules->kind_noun_verbs))
    return FALSE;
  for (guint i = 0; i < words->len; i++)
    if (is_body_word (x, g_array_index (words, guint, i)))
      return FALSE;   /* "the Election Results": a body's word says more */
  guint last = g_array_index (words, guint, words->len - 1);
  return names_a_group (x, tokens_span (x, last, word_tokens (x, last, end)));
}

/* Whether the run's two @words, the second no common word nor one of
 * not_names, end at @after before an apposition that a person's role in
 * lower case heads: "Taco Dibbits, the museum's general director," is a
 * man, whose given name is a common word. */
static gboolean
role_apposed (const Extractor *x, const GArray *words, guint after, guint end)
{
  guint second = words->len == 2 ? g_array_index (words, guint, 1) : G_MAXUINT;
  if (second == G_MAXUINT || common_word (x, second, after - second)
      || word_in (x, second, x->rules->not_names))
    return FALSE;
  guint head = apposition_head (x, after - 1, end);
  return head != G_MAXUINT && is_lower_word (x, head) && x->title_len[head] > 0;
}

/* A run with no body word is a person's name at best.  At a clause's
 * start, a common word the document never capitalises inside a sentence
 * is capitalised for the clause, not the name ("Though YouTube"); a run
 * of common words and not_names only is a title, a slogan or a time
 * ("Social Welfare", "Saturday Night"), unless a kind noun before it or
 * in apposition says what it names ("the passenger group Transport
 * Focus", "Fresh Express, the supplier,"), which keeps its first word at
 * a clause's start too, and so does a person's role in apposition
 * (role_apposed ()); a
 * descriptor, an adjective or a word that is no name before a name of two
 * words is no part of it ("Pan-democrat Gary Fan", "Scientologist Tom
 * Cruise", "Democrat Nancy Pelosi"), but a given name ending as an
 * adjective does ("Kristian Coates Ulrichsen").  Updates
 * @words and returns the run's new first token and (in @n) its tokens;
 * @n is 0 when no name is left. */
static guint
trim_common (const Extractor *x, const PxSentence *s, gboolean opener, GHashTable *inside,
             guint k, guint end, GArray *words, guint *n)
{
  gboolean all_common = all_common_words (x, words, end);
  guint first = word_tokens (x, k, end);
  gboolean common_opener = opener && common_word (x, k, first) && !word_in (x, k, inside);
  /* An acronym in brackets that abbreviates the whole run names it whole. */
  gboolean abbreviated = abbreviated_after (x, k, *n, end);
  /* Asked only of the few runs it may save.  Common words alone open a
   * clause as a name when a verb of saying follows: "National Grid
   * said" (inside a sentence, "chief executive Hock Tan said" may be a
   * person's name as well). */
  /* "the Economic Freedom Fighters": named whole, as an acronym would. */
  gboolean grouped = all_common && words->len > 1
                     && group_after_article (x, s, k, words, k + *n, end);
  gboolean kind_named = (all_common || common_opener)
                        && (abbreviated || grouped || workplace_cue_before (x, s, k)
                            || (all_common && opener && words->len > 1 && k + *n < end
                                && word_in (x, k + *n, x->rules->kind_noun_verbs))
                            || noun_before_type (x, s, k, words->len, k + *n) != PX_ENTITY_PERSON
                            || apposition_type (x, k + *n - 1, end) != PX_ENTITY_PERSON
                            || publication_after (x, k, *n, end));
  if (all_common && !kind_named)
    {
      *n = 0;
      return k;
    }
  /* "Jan Peter Balkenende": a word of not_names that is a given name
   * too ("Jan", "May") opens a name before another given name; "A. S.
   * Bopanna": an initial, the article's letter though it is, before
   * another initial. */
  guint second = words->len > 1 ? g_array_index (words, guint, 1) : k;
  gboolean given_pair = words->len > 1
                        && ((is_given_name (x, k) && is_given_name (x, second))
                            || (opens_with_initial (x, k) && opens_with_initial (x, second)));
  /* "North Penajam Paser": a compass word before a name no given name
   * opens is a region's or a town's first word. */
  gboolean compass = word_in (x, k, x->rules->compass_words) && !is_given_name (x, second);
  if ((common_opener && !kind_named && !role_apposed (x, words, k + *n, end))
      || opens_before_person (x, k, *n, end, words)
      || ((descriptor (x, k, first)
           || (adjective_by_ending (x, k, first, end) && !is_given_name (x, k))
           || (word_in (x, k, x->rules->not_names) && !given_pair && !compass))
          && words->len > 2 && !abbreviated && !grouped))
    {
      guint next = g_array_index (words, guint, 1);
      *n -= next - k;
      g_array_remove_index (words, 0);
      return next;
    }
  return k;
}

/* A body's name ends at its last body word when a name of two words or
 * more follows it directly, nothing between its words: "Refugee Council
 * Enver Solomon" is the council and its chief, "Department of
 * International Relations and Cooperation" one name; and at a legal form
 * of same_body_words whatever follows.
 * Returns the run's tokens. */
static guint
split_after_body (const Extractor *x, guint k, guint n, guint end, GArray *words)
{
  guint last_body = G_MAXUINT;
  for (guint i = 0; i < words->len; i++)
    {
      guint w = g_array_index (words, guint, i);
      if (i > 0 && i + 1 < words->len && word_in (x, w, x->rules->same_body_words)
          && g_array_index (words, guint, i + 1) == w + word_tokens (x, w, end))
        {
          /* "Sir Robert McAlpine Ltd. Health Secretary ...": a legal
           * form ends a company's name, whatever capitalised words follow
           * it; not a connector ("the Strategic Advisory Group of
           * Experts on Immunization"). */
          guint form_end = w + word_tokens (x, w, end);
          g_array_set_size (words, i + 1);
          return form_end - k;
        }
      /* An organisation's word: an event's ends no body's name
       * ("National Institute for Disaster Risk Management"). */
      if (is_body_word (x, w) && (word_value (x, w, x->rules->body_word_kinds, FALSE)
                                  & PX_BODY_ORG))
        last_body = i;
    }
  /* "Partido Accion Nacional", "Banco Santander": a body word first is
   * the head of the name that follows, as Romance languages write it. */
  if (last_body == G_MAXUINT || last_body == 0 || words->len - last_body - 1 < 2)
    return n;
  guint body = g_array_index (words, guint, last_body);
  guint body_end = body + word_tokens (x, body, end);
  if (g_array_index (words, guint, last_body + 1) != body_end)
    return n;   /* "Foundation for the Visual Arts": one name */
  /* "Department of International Relations and Cooperation": a joiner
   * between the words after it makes them a complement, no person. */
  for (guint i = last_body + 1; i + 1 < words->len; i++)
    {
      guint w = g_array_index (words, guint, i);
      if (w + word_tokens (x, w, end) != g_array_index (words, guint, i + 1))
        return n;
    }
  g_array_set_size (words, last_body + 1);
  return body_end - k;
}

/* The mention of a place that completes a body's name ending at @end:
 * right after it ("Fan Expo Canada", "Team Estonia") or after one of
 * place_joiners ("University of Sheffield"), and with @articled after
 * one of definite_articles too ("Central Bank of the Argentine
 * Republic"). */
static gint
place_mention_after (const Extractor *x, gsize end, gboolean articled)
{
  if (end + 1 >= x->len || x->text[end] != ' ')
    return -1;
  gint i = place_mention_at (x, end + 1);
  if (i >= 0)
    return i;
  PxSpan word;
  if (!word_after (x, end, &word) || word.end + 1 >= x->len || x->text[word.end] != ' ')
    return -1;
  g_autofree char *joiner = span_text (x, word);
  if (!g_hash_table_contains (x->rules->place_joiners, joiner))
    return -1;
  i = place_mention_at (x, word.end + 1);
  if (i >= 0)
    return i;
  /* "the Central Bank of the Argentine Republic" */
  PxSpan article;
  if (!articled || !word_after (x, word.end, &article) || article.end + 1 >= x->len
      || x->text[article.end] != ' ')
    return -1;
  g_autofree char *text = span_text (x, article);
  return g_hash_table_contains (x->rules->definite_articles, text)
         ? place_mention_at (x, article.end + 1) : -1;
}

/* Whether a listed place's mention starts inside @span at a word's start
 * ("Colorado" in "Colorado State University"). */
static gboolean
holds_place (const Extractor *x, PxSpan span)
{
  for (gsize at = span.start; at < span.end; at++)
    if ((at == span.start || x->text[at - 1] == ' ') && place_mention_at (x, at) >= 0)
      return TRUE;
  return FALSE;
}

/* Whether the name at @span ends in a legal form of same_body_words
 * written short (an abbreviation: "Ltd.", "Inc", "LLC", "GmbH"), after
 * which nothing belongs to it: "Grace Ocean Private Ltd. of Singapore"
 * is the company and the country.  Not a word written out, which may be
 * the body's head noun: "Municipal Corporation of Delhi". */
static gboolean
ends_in_legal_form (const Extractor *x, PxSpan span)
{
  gsize start = span.end;
  while (start > span.start && x->text[start - 1] != ' ')
    start--;
  gsize len = span.end - start;
  g_autofree char *last = g_strndup (x->text + start, len);
  return g_hash_table_contains (x->rules->same_body_words, last)
         && (len <= 4 || last[len - 1] == '.');
}

/* Where a body's name that opens with a place's at @at starts: at the
 * word of place_body_openers one space before it, if any ("All India
 * Radio"), else at @at. */
static gsize
body_opener_before (const Extractor *x, gsize at)
{
  PxSpan word;
  if (!word_before (x, at, &word) || !is_free (x, word))
    return at;
  g_autofree char *text = span_text (x, word);
  return g_hash_table_contains (x->rules->place_body_openers, text) ? word.start : at;
}

/* The gazetteer entity of @place, one of absorb_place ()'s mentions,
 * when it is a listed place; PX_NO_ENTITY otherwise. */
static guint
listed_place (const Extractor *x, gint place)
{
  const PxEntity *e = place >= 0 ? entity_of (x, mention_at (x, (guint) place)->entity) : NULL;
  return e != NULL && e->type == PX_ENTITY_PLACE ? e->gazetteer_entity : PX_NO_ENTITY;
}

/* A place of namesake_subtypes that absorb_place () joined to the
 * start of a body's name (@places[0]) is a word of it, no mention:
 * "Europa League", "Annapurna Pictures"; "Friends of the Earth" still
 * names the planet, and "Everest Base Camp", a place, the mountain.  So
 * is any listed place in a place's name that a word of
 * namesake_place_words heads (@words: the name's, or NULL for a body's):
 * "Lebanon Township", "Dallas County", "London Road", "Place du
 * Luxembourg" name neither the country nor the cities. */
static void
unname_namesake (Extractor *x, const gint places[2], const GArray *words)
{
  guint before = listed_place (x, places[0]);
  gboolean namesake_before
    = before != PX_NO_ENTITY
      && (words == NULL ? subtype_in (x, before, x->rules->namesake_subtypes)
                        : word_in (x, g_array_index (words, guint, words->len - 1),
                                   x->rules->namesake_place_words));
  if (namesake_before)
    g_hash_table_add (x->unnamed, GUINT_TO_POINTER (places[0] + 1));
  if (words != NULL && listed_place (x, places[1]) != PX_NO_ENTITY
      && word_in (x, g_array_index (words, guint, 0), x->rules->namesake_place_words))
    g_hash_table_add (x->unnamed, GUINT_TO_POINTER (places[1] + 1));
}

/* A listed place's rank: 2 a country, 1 a town (list_place_subtypes),
 * 0 anything else (a region, a county, a state). */
static guint
place_rank (const Extractor *x, guint g)
{
  return is_country (x, g) ? 2 : subtype_in (x, g, x->rules->list_place_subtypes) ? 1 : 0;
}

/* The last word of @span, as written. */
static char *
last_word_of (const Extractor *x, PxSpan span)
{
  gsize start = span.end;
  while (start > span.start && x->text[start - 1] != ' ')
    start--;
  return g_strndup (x->text + start, span.end - start);
}

/* Whether the last word of @span is a body's word, as written, and no
 * field's, which ends a company's name as often ("Zorbitest and Osaka
 * Gas" are two companies). */
static gboolean
ends_in_body_word (const Extractor *x, PxSpan span)
{
  g_autofree char *last = last_word_of (x, span);
  return g_hash_table_contains (x->rules->body_word_kinds, last)
         && !g_hash_table_contains (x->rules->field_words, last);
}

/* "Avon and Somerset Police", "Devon and Cornwall Police": where a place
 * joined by a word of complement_joiners to the place at @at (listed
 * @opener) that opens a body's name starts: one named already, listed
 * with the rank of @opener or not at all ("England and Wales Cricket
 * Board", not "Kenya and Addis Ababa University"), absorbed;
 * or a capitalised word of its own that nothing took, after no other
 * capitalised word, and that is no common word, given name or word of
 * not_names.  @at when there is none. */
static gsize
paired_place_start (Extractor *x, gsize at, guint opener)
{
  PxSpan joiner, other, before;
  if (!word_before_in (x, at, x->rules->complement_joiners, &joiner)
      || !word_before (x, joiner.start, &other) || !g_ascii_isupper (x->text[other.start]))
    return at;
  gint named = mention_ending_at (x, other.end, PX_ENTITY_PLACE);
  if (named >= 0)
    {
      /* "the National Museums of Kenya and Addis Ababa University",
       * "Texas State and Chicago State": a country and a town, a state
       * and a town are no pair. */
      guint g = entity_of (x, mention_at (x, (guint) named)->entity)->gazetteer_entity;
      return g == PX_NO_ENTITY || place_rank (x, g) == place_rank (x, opener)
               ? absorb (x, (guint) named).start : at;
    }
  if (!is_free (x, other) || lexicon_has (x, other.start, other.end)
      || span_in (x, other, x->rules->not_names)
      || (word_before (x, other.start, &before) && g_ascii_isupper (x->text[before.start]))
      || given_name_at (x, other))
    return at;
  return other.start;
}

static gboolean abbreviates (const char *acronym, gsize len, const char *name);

/* The mention of the listed place after one of abbreviated_place_joiners
 * that completes the name of a body at @span: the acronym in brackets
 * right after the place abbreviates the whole, and not the name without
 * it ("Board of Control for Cricket in India (BCCI)").  -1 when there is
 * none. */
static gint
abbreviated_place_after (const Extractor *x, PxSpan span)
{
  PxSpan joiner;
  if (!word_after (x, span.end, &joiner) || !span_in (x, joiner, x->rules->abbreviated_place_joiners))
    return -1;
  gint i = place_mention_after (x, joiner.end, FALSE);
  if (i < 0 || mention_at (x, (guint) i)->span.start != joiner.end + 1)
    return -1;
  gsize end = mention_at (x, (guint) i)->span.end, a = end + 2, e = a;
  if (a >= x->len || x->text[end] != ' ' || x->text[end + 1] != '(')
    return -1;
  while (e < x->len && (g_ascii_isupper (x->text[e]) || g_ascii_isdigit (x->text[e])))
    e++;
  if (e - a < 2 || e >= x->len || x->text[e] != ')')
    return -1;
  g_autofree char *name = g_strndup (x->text + span.start, end - span.start);
  g_autofree char *without = g_strndup (x->text + span.start, span.end - span.start);
  return abbreviates (x->text + a, e - a, name) && !abbreviates (x->text + a, e - a, without)
           ? i : -1;
}

/* A body named after its place ("Massachusetts Institute of Technology",
 * "Saudi Interior Ministry", "University of Sheffield") is one name: the
 * place's mention joins it, and so does an organisation's that opens it
 * ("Google Science Fair").  @body_last: whether the run ends in a body
 * word, without which nothing after it belongs to the name, nor an
 * organisation before it.  @places gets the mentions joined before and
 * after (-1: none).  A place after "of the" joins only a name that holds
 * no place yet: "Colorado State University of the US" is the university
 * and the country. */
static PxSpan
absorb_place (Extractor *x, PxSpan span, gboolean body_last, gint places[2])
{
  places[0] = namer_mention_before (x, span.start, body_last);
  /* "the Spanish Vox party": a demonym qualifies a name that no body word
   * ends ("Saudi Interior Ministry" is one name). */
  if (places[0] >= 0 && !body_last && mention_at (x, (guint) places[0])->demonym)
    places[0] = -1;
  /* An airport of two towns names both ("Seattle-Tacoma International
   * Airport"); one place alone after a hyphen qualifies a name of its
   * own word ("pro-Beijing New People Party"). */
  gint first = -1;
  if (places[0] < 0 && body_last)
    places[0] = hyphened_places_before (x, span.start, &first);
  if (places[0] >= 0)
    {
      span.start = absorb (x, (guint) places[0]).start;
      if (first >= 0)
        span.start = absorb (x, (guint) first).start;
      /* Paired places share a body's word, not a company's common word:
       * "Advantest and Tokyo Electron" are two companies. */
      if (body_last && !mention_at (x, (guint) places[0])->demonym
          && entity_of (x, mention_at (x, (guint) places[0])->entity)->type == PX_ENTITY_PLACE
          && ends_in_body_word (x, span))
        span.start = paired_place_start (x, span.start,
                                         entity_of (x, mention_at (x, (guint) places[0])->entity)
                                           ->gazetteer_entity);
      span.start = body_opener_before (x, span.start);
    }
  places[1] = body_last && !ends_in_legal_form (x, span)
                ? place_mention_after (x, span.end, places[0] < 0 && !holds_place (x, span))
                : -1;
  if (places[1] < 0 && body_last)
    places[1] = abbreviated_place_after (x, span);
  if (places[1] >= 0)
    {
      span.end = absorb (x, (guint) places[1]).end;
      memset (x->taken + span.start, 1, span.end - span.start);
    }
  return span;
}

/* The end of an organisation's words right after the place that ends
 * the body's name at @span ("the City of London" before "Police", "the
 * Port of London" before "Authority"): the place closed the run of
 * capitalised words, and the words after it, up to the last
 * organisation's word among them, name a body of their own ("the City
 * of London Police Commissioner" ends at "Police").  @span.end if none. */
static gsize
org_words_after_place (Extractor *x, PxSpan span)
{
  gsize org_end;
  capitals_after (x, span.end, PX_BODY_ORG, &org_end);
  memset (x->taken + span.end, 1, org_end - span.end);
  return org_end;
}

/* Whether the head of a run's @words, its last word or the last before a
 * connector, is a body word: "Medical School", "School of Medicine",
 * whose names a listed body before opens ("Yale School of Medicine").  A
 * body word first, and none after it, is the head as the Romance
 * languages write it: "Universidad Nacional (del Perú)". */
static gboolean
head_is_body_word (const Extractor *x, const GArray *words, guint end)
{
  if (is_body_word (x, g_array_index (words, guint, 0)))
    {
      guint i = 1;
      while (i < words->len && !is_body_word (x, g_array_index (words, guint, i)))
        i++;
      if (i == words->len)
        return TRUE;
    }
  for (guint i = 0; i + 1 < words->len; i++)
    {
      guint k = g_array_index (words, guint, i);
      guint after = k + MAX (capital_word (x, k, end), 1);
      if (g_array_index (words, guint, i + 1) != after && word_in (x, after, x->rules->connectors))
        return is_body_word (x, k);
    }
  return is_body_word (x, g_array_index (words, guint, words->len - 1));
}

/* "NPP", "IE9": text in capitals (digits allowed), two letters or more. */
static gboolean
in_capitals (const Extractor *x, PxSpan span)
{
  guint letters = 0;
  for (gsize i = span.start; i < span.end; i++)
    {
      if (g_ascii_isupper (x->text[i]))
        letters++;
      else if (!g_ascii_isdigit (x->text[i]))
        return FALSE;
    }
  return letters >= 2;
}

/* Whether token @k is an acronym (in_capitals ()). */
static gboolean
is_acronym (const Extractor *x, guint k)
{
  return in_capitals (x, px_token_span (token (x, k)));
}

/* Whether tokens @j to @j + 2, in a sentence ending at @end, are an
 * acronym in brackets: "(EFF)", "(CCM)". */
static gboolean
bracketed_acronym (const Extractor *x, guint j, guint end)
{
  return j + 2 < end && token_is (x, j, "(") && token_is (x, j + 2, ")") && is_acronym (x, j + 1);
}

/* "SUVs", "NGOs": capitals, two or more, and a plural's "s". */
static gboolean
is_plural_acronym (const Extractor *x, guint k)
{
  const PxToken *t = token (x, k);
  gsize n = t->span.end - t->span.start;
  if (n < 3 || x->text[t->span.end - 1] != 's')
    return FALSE;
  for (gsize i = t->span.start; i + 1 < t->span.end; i++)
    if (!g_ascii_isupper (x->text[i]))
      return FALSE;
  return TRUE;
}

/* A word in capitals that is no regnal number ("Henry VIII"): an acronym
 * or a model's letters ("NASA", "VR", "XP"). */
static gboolean
is_capitals_code (const Extractor *x, guint k)
{
  if (!is_acronym (x, k))
    return FALSE;
  const PxToken *t = token (x, k);
  for (gsize i = t->span.start; i < t->span.end; i++)
    if (!strchr ("IVXLCDM", x->text[i]))
      return TRUE;
  return FALSE;
}

/* Whether the last of @words, more than one, is a single capital letter,
 * as a grade, a plan or a generation is named and a family name never
 * (an initial stands before one): "Gen Z", "Plan B", "Hepatitis C". */
static gboolean
ends_in_letter (const Extractor *x, const GArray *words, guint end)
{
  if (words->len < 2)
    return FALSE;
  guint k = g_array_index (words, guint, words->len - 1);
  if (word_tokens (x, k, end) != 1)
    return FALSE;   /* "Zorb E-bae" */
  const PxToken *t = token (x, k);
  gsize len = t->span.end - t->span.start;
  return (len == 1 || (len == 2 && x->text[t->span.start + 1] == '.'))
         && g_ascii_isupper (x->text[t->span.start]);
}

/* Whether a word of the text in @span mixes letters and digits, as a
 * model's name does and a person's never: "Galaxy Z Fold6", "Airbus
 * A320neo". */
static gboolean
has_model_word (const Extractor *x, PxSpan span)
{
  gboolean letter = FALSE, digit = FALSE;
  for (gsize i = span.start; i <= span.end; i++)
    {
      if (i == span.end || x->text[i] == ' ')
        {
          if (letter && digit)
            return TRUE;
          letter = digit = FALSE;
        }
      else if (g_ascii_isdigit (x->text[i]))
        digit = TRUE;
      else if (g_ascii_isalpha (x->text[i]))
        letter = TRUE;
    }
  return FALSE;
}

/* Whether the last of the run's @words is a common word in the plural
 * ("Multilayer Resources", "AMC Theatres"), which is seldom a family
 * name (the common words leave out those that are names as often:
 * "Gates", "Banks", "Waters"). */
static gboolean
ends_in_common_plural (const Extractor *x, const GArray *words, guint end)
{
  guint last = g_array_index (words, guint, words->len - 1);
  guint w = word_tokens (x, last, end);
  return common_word (x, last, w) && names_a_group (x, tokens_span (x, last, w));
}

/* Whether the run of @words is an acronym and a common word in the
 * plural: "AMC Theatres", "UPS Airlines" name one company, where "HMC
 * Searcher" is a body and a ship. */
static gboolean
acronym_and_plural (const Extractor *x, const GArray *words, guint end)
{
  return words->len == 2 && ends_in_common_plural (x, words, end);
}

/* An acronym long enough to be a body of its own when it opens a run
 * (opening_acronym_min_letters). */
static gboolean
opening_acronym (const Extractor *x, guint k)
{
  const PxToken *t = token (x, k);
  return is_capitals_code (x, k) && !word_in (x, k, x->rules->vessel_prefixes)
         && count_letters (x->text + t->span.start, t->span.end - t->span.start)
              >= x->rules->opening_acronym_min_letters;
}

/* Whether the capitals of @acronym are, in order, initials of the words of
 * @name, the first of them the first word's: "DAB" of "Democratic Alliance
 * for the Betterment and Progress of Hong Kong". */
static gboolean
abbreviates (const char *acronym, gsize len, const char *name)
{
  gsize a = 0;
  gboolean first = TRUE;
  for (const char *p = name; *p != '\0' && a < len;)
    {
      while (*p == ' ' || *p == '-')
        p++;
      if (*p == '\0')
        break;
      if (g_ascii_isdigit (acronym[a]))
        a++;
      else if (g_ascii_toupper (*p) == acronym[a])
        a++;
      else if (first)
        return FALSE;
      first = FALSE;
      while (*p != '\0' && *p != ' ' && *p != '-')
        p++;
    }
  return a == len;
}

/* The initials of @name's capitalised words, a hyphen's parts counted
 * apart: "NHTSA" of "National Highway Traffic Safety Administration",
 * "FDA" of "Food and Drug Administration", "J&J" of "Johnson & Johnson"
 * (an ampersand is kept); with @kept (or NULL), the
 * words of that set too, in capitals: "DOC" of "Department of
 * Conservation". */
static char *
initials_of (const char *name, GHashTable *kept)
{
  GString *out = g_string_new (NULL);
  for (const char *p = name; *p != '\0';)
    {
      while (*p == ' ' || *p == '-')
        p++;
      const char *start = p;
      while (*p != '\0' && *p != ' ' && *p != '-')
        p++;
      if (g_ascii_isupper (*start) || (*start == '&' && p == start + 1))
        g_string_append_c (out, *start);
      else if (kept != NULL && p > start)
        {
          g_autofree char *word = g_strndup (start, (gsize) (p - start));
          if (g_hash_table_contains (kept, word))
            g_string_append_c (out, g_ascii_toupper (*start));
        }
    }
  return g_string_free (out, FALSE);
}

/* The body named before @at whose initials @acronym is, when one body
 * of the document has them (index_mentions ()): "NHTSA" after "the
 * National Highway Traffic Safety Administration".  Stricter than
 * abbreviates (), for an acronym nothing in the text defines.
 * PX_NO_ENTITY when none is, or two. */
static guint
body_abbreviated_before (const Extractor *x, const char *acronym, gsize at)
{
  const Initialled *named = g_hash_table_lookup (x->initials, acronym);
  return named != NULL && named->first < at ? named->entity : PX_NO_ENTITY;
}

/* The mentions no body absorbed, by their end (@by_end) or start
 * offset: index + 1. */
static GHashTable *
mentions_by (const Extractor *x, gboolean by_end)
{
  GHashTable *index = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < x->out->mentions->len; i++)
    if (!is_absorbed (x, i))
      {
        const PxMention *m = mention_at (x, i);
        g_hash_table_insert (index, GSIZE_TO_POINTER (by_end ? m->span.end : m->span.start),
                             GUINT_TO_POINTER (i + 1));
      }
  return index;
}

/* Whether the acronym at token @k stands between commas in apposition,
 * a word in lower case going on after it ("the International Chess
 * Federation, FIDE, said"), not inside a list ("Google, IBM, and Meta",
 * "Google, IBM, Meta"). */
static gboolean
apposed_acronym (const Extractor *x, guint k)
{
  return k + 2 < px_segmentation_n_tokens (x->seg) && token_is (x, k - 1, ",")
         && token_is (x, k + 1, ",") && is_lower_word (x, k + 2)
         && !word_in (x, k + 2, x->rules->place_list_joiners);
}

/* The mention of the name an acronym in brackets at token @k defines: the
 * one that ends a token before the "(" and whose name the acronym's
 * capitals abbreviate, in order ("New People's Party (NPP)"), or a body's
 * whatever the acronym's letters: a body's acronym is often in its own
 * language ("the Centre for Volcanology (PVMBG)", "Doctors Without
 * Borders (MSF)").  A body's acronym between commas after its name
 * defines it too (apposed_acronym ()).  Its index, or -1.  @ends:
 * mentions_by () their end. */
static gint
defining_mention (const Extractor *x, GHashTable *ends, guint k)
{
  if (k < 2 || !is_acronym (x, k))
    return -1;
  gboolean bracketed = token_is (x, k - 1, "(") && token_is (x, k + 1, ")");
  if (!bracketed && !apposed_acronym (x, k))
    return -1;
  gint i = indexed (ends, token (x, k - 2)->span.end);
  if (i < 0)
    return -1;
  const PxToken *t = token (x, k);
  const PxEntity *named = entity_of (x, mention_at (x, (guint) i)->entity);
  if (named->type == PX_ENTITY_ORG || named->type == PX_ENTITY_OUTLET)
    return i;
  return bracketed && abbreviates (x->text + t->span.start, t->span.end - t->span.start,
                                   named->name) ? i : -1;
}

/* Acronyms the document defines (defining_mention ()).  Returns acronym
 * -> entity + 1. */
static GHashTable *
defined_acronyms (const Extractor *x)
{
  GHashTable *defs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) ends = mentions_by (x, TRUE);
  guint n_tokens = px_segmentation_n_tokens (x->seg);
  for (guint k = 2; k + 1 < n_tokens; k++)
    {
      gint i = defining_mention (x, ends, k);
      if (i >= 0)
        g_hash_table_insert (defs, token_text (x, k),
                             GUINT_TO_POINTER (mention_at (x, (guint) i)->entity + 1));
    }
  return defs;
}

/* Whether token @k may sit between the capitalised words of a name that
 * an acronym spells out, giving it no letter: a connector or a joiner in
 * lower case ("for", "of the", "and", "&"), or a hyphen. */
static gboolean
spelled_out_joiner (const Extractor *x, guint k)
{
  if (token_is (x, k, "-") || word_in (x, k, x->rules->org_joiners))
    return TRUE;
  return is_lower_word (x, k)
         && (word_in (x, k, x->rules->connectors) || word_in (x, k, x->rules->complement_joiners));
}

/* The first token of the name that the acronym in brackets at token @k
 * of sentence @s spells out: read back from the "(", each capitalised
 * word gives the acronym's next letter from its end, and the joiners
 * between them none (spelled_out_joiner ()): "Umbrella for Democratic
 * Change (UDC)", "Botswana Democratic Party (BDP)".  G_MAXUINT unless
 * every letter is given, by two words at least, and a capitalised word
 * is right before the "(". */
static guint
spelled_out_before (const Extractor *x, const PxSentence *s, guint k)
{
  const guint end = s->first_token + s->n_tokens;
  if (k < s->first_token + 3 || k + 1 >= end || !token_is (x, k - 1, "(")
      || !token_is (x, k + 1, ")") || !is_acronym (x, k) || !is_capitalised (x, k - 2))
    return G_MAXUINT;
  const PxToken *t = token (x, k);
  const char *acronym = x->text + t->span.start;
  gsize left = t->span.end - t->span.start;
  for (gsize i = 0; i < left; i++)
    if (!g_ascii_isupper (acronym[i]))
      return G_MAXUINT;
  guint words = 0;
  for (guint i = k - 2;; i--)
    {
      if (is_capitalised (x, i))
        {
          if (x->text[token (x, i)->span.start] != acronym[left - 1])
            return G_MAXUINT;
          words++;
          if (--left == 0)
            return words >= 2 ? i : G_MAXUINT;
        }
      else if (!spelled_out_joiner (x, i))
        return G_MAXUINT;
      if (i == s->first_token)
        return G_MAXUINT;
    }
}

/* Whether the spelled-out name of the tokens from @first to @last needs
 * naming before the runs of capitalised words: a mention of an earlier
 * pass lies inside it ("Botswana Democratic Party" is not the listed
 * Democratic Party), or it has joiners but no body word to hold them
 * ("Umbrella for Democratic Change"); not when a mention crosses its
 * edges or is it.  @starts, @ends: mentions_by () their start and end (a
 * mention holds whole tokens, and none holds a "(").  Mentions inside it
 * are added to @inside. */
static gboolean
spelled_out_needs_naming (const Extractor *x, GHashTable *starts, GHashTable *ends, guint first,
                          guint last, GArray *inside)
{
  PxSpan span = tokens_span (x, first, last + 1 - first);
  gboolean joiners = FALSE, body = FALSE;
  g_array_set_size (inside, 0);
  for (guint k = first; k <= last; k++)
    {
      PxSpan t = px_token_span (token (x, k));
      gint i = indexed (starts, t.start), j = indexed (ends, t.end);
      if ((i >= 0 && mention_at (x, (guint) i)->span.end > span.end)
          || (j >= 0 && mention_at (x, (guint) j)->span.start < span.start)
          || (i >= 0 && mention_at (x, (guint) i)->span.end == span.end && k == first))
        return FALSE;
      if (i >= 0 && !is_absorbed (x, (guint) i))
        g_array_append_val (inside, i);
      joiners = joiners || (!is_capitalised (x, k) && !token_is (x, k, "-"));
      body = body || is_body_word (x, k);
    }
  return inside->len > 0 || (joiners && !body);
}

/* Names spelled out by an acronym in brackets after them, as one body,
 * the mentions inside nested in it (spelled_out_before ()), except a
 * body's that ends it: "the Botswana Democratic Party (BDP)" names
 * Botswana and not the listed Democratic Party; "the Southern African
 * Development Community (SADC)".  Left to the runs of capitalised words
 * when they name it whole. */
static void
pass_spelled_out (Extractor *x)
{
  g_autoptr(GHashTable) starts = mentions_by (x, FALSE);
  g_autoptr(GHashTable) ends = mentions_by (x, TRUE);
  g_autoptr(GArray) inside = g_array_new (FALSE, FALSE, sizeof (gint));
  for (guint n = 0; n < px_segmentation_n_sentences (x->seg); n++)
    {
      const PxSentence *s = px_segmentation_get_sentence (x->seg, n);
      for (guint k = s->first_token; k < s->first_token + s->n_tokens; k++)
        {
          guint first = spelled_out_before (x, s, k);
          if (first == G_MAXUINT
              || !spelled_out_needs_naming (x, starts, ends, first, k - 2, inside))
            continue;
          PxSpan span = tokens_span (x, first, k - 1 - first);
          for (guint j = 0; j < inside->len; j++)
            {
              guint i = (guint) g_array_index (inside, gint, j);
              absorb (x, i);
              /* A body's name that ends it is a part of it, no other body. */
              const PxMention *m = mention_at (x, i);
              PxEntityType type = entity_of (x, m->entity)->type;
              if (m->span.end == span.end && (type == PX_ENTITY_ORG || type == PX_ENTITY_OUTLET))
                g_hash_table_add (x->unnamed, GUINT_TO_POINTER (i + 1));
            }
          memset (x->taken + span.start, 1, span.end - span.start);
          g_autofree char *name = span_text (x, span);
          add_mention (x, span, named_entity (x, name, PX_ENTITY_ORG), "spelled-out", FALSE);
        }
    }
}

/* Whether a name or alias (no demonym) of gazetteer entity @g
 * abbreviates @acronym (@len bytes): "Reporters sans frontieres" of
 * "RSF". */
static gboolean
listed_names_abbreviate (const Extractor *x, guint g, const char *acronym, gsize len)
{
  if (abbreviates (acronym, len, px_gazetteer_entity_field (x->gaz, g, "name")))
    return TRUE;
  for (guint i = 0; i < px_gazetteer_entity_n_aliases (x->gaz, g); i++)
    {
      gboolean demonym;
      const char *alias = px_gazetteer_entity_alias (x->gaz, g, i, &demonym);
      if (!demonym && abbreviates (acronym, len, alias))
        return TRUE;
    }
  return FALSE;
}

/* Every mention of entity @from written as the acronym at @span becomes
 * one of entity @to. */
static void
rename_acronym (Extractor *x, guint from, PxSpan span, guint to)
{
  gsize len = span.end - span.start;
  for (guint i = 0; i < x->out->mentions->len; i++)
    {
      PxMention *m = &g_array_index (x->out->mentions, PxMention, i);
      if (m->entity == from && m->span.end - m->span.start == len
          && memcmp (x->text + m->span.start, x->text + span.start, len) == 0)
        {
          m->entity = to;
          m->rule = "acronym";
        }
    }
}

/* "Movimento 5 Stelle (M5S)": a name no list holds, followed by a listed
 * body's acronym in brackets that abbreviates it, is that body's name in
 * the document's language: every mention of the name becomes one of the
 * body.  Unless the body's own names abbreviate the acronym: "Rapid
 * Support Forces (RSF)" is no Reporters sans frontieres, and the
 * document's "RSF" is then the forces; so for a listed name too. */
static void
pass_listed_acronyms (Extractor *x)
{
  g_autoptr(GHashTable) ends = mentions_by (x, TRUE);
  g_autoptr(GHashTable) starts = mentions_by (x, FALSE);
  guint n_tokens = px_segmentation_n_tokens (x->seg);
  for (guint k = 2; k + 1 < n_tokens; k++)
    {
      gint name = defining_mention (x, ends, k);
      gint listed = name >= 0 ? indexed (starts, token (x, k)->span.start) : -1;
      if (listed < 0)
        continue;
      const PxMention *m = mention_at (x, (guint) name), *g = mention_at (x, (guint) listed);
      PxEntityType type = entity_of (x, g->entity)->type;
      if (g_strcmp0 (g->rule, "gazetteer") != 0 || g->span.end != token (x, k)->span.end
          || (type != PX_ENTITY_ORG && type != PX_ENTITY_OUTLET) || m->entity == g->entity)
        continue;
      guint from = m->entity, to = g->entity;
      const PxToken *t = token (x, k);
      if (listed_names_abbreviate (x, entity_of (x, to)->gazetteer_entity,
                                   x->text + t->span.start, t->span.end - t->span.start))
        {
          /* Two bodies share the letters: in this document they are the
           * one it spells out, listed or not ("Pakistan Tehreek-e-Insaf
           * (PTI)" is no Press Trust of India). */
          rename_acronym (x, to, px_token_span (t), from);
          continue;
        }
      if (entity_of (x, from)->gazetteer_entity != PX_NO_ENTITY)
        continue;
      for (guint i = 0; i < x->out->mentions->len; i++)
        if (mention_at (x, i)->entity == from)
          {
            PxMention *renamed = &g_array_index (x->out->mentions, PxMention, i);
            renamed->entity = to;
            renamed->rule = "acronym";
          }
    }
}

/* Whether the text in @span is capitals joined by ampersands, as a
 * body's initials are written when its name has one: "J&J" of "Johnson
 * & Johnson", "M&S". */
static gboolean
ampersand_initials (const Extractor *x, PxSpan span)
{
  guint capitals = 0, ampersands = 0;
  for (gsize i = span.start; i < span.end; i++)
    {
      if (g_ascii_isupper (x->text[i]))
        capitals++;
      else if (x->text[i] == '&')
        ampersands++;
      else
        return FALSE;
    }
  return capitals >= 2 && ampersands > 0;
}

/* "The RSF" after "the paramilitary Rapid Support Forces": a listed
 * acronym no bracket defines is the body the document named before it
 * by those initials, when one is (and only one) and no list holds it,
 * listed or not; the listed body of those letters ("RSF", Reporters sans
 * frontières) is not the one the story speaks of there.  So are initials joined by an
 * ampersand, which the gazetteer lacks, of any body named before: "J&J"
 * after "Johnson & Johnson". */
static void
pass_acronyms_of_named_bodies (Extractor *x)
{
  for (guint i = 0; i < x->out->mentions->len; i++)
    {
      const PxMention *m = mention_at (x, i);
      PxEntityType type = entity_of (x, m->entity)->type;
      gboolean gazetteer = g_strcmp0 (m->rule, "gazetteer") == 0;
      gboolean listed = gazetteer && !m->demonym && in_capitals (x, m->span);
      if ((type != PX_ENTITY_ORG && type != PX_ENTITY_OUTLET)
          || (!listed && (gazetteer || !ampersand_initials (x, m->span))))
        continue;
      g_autofree char *acronym = span_text (x, m->span);
      guint body = body_abbreviated_before (x, acronym, m->span.start);
      if (body == PX_NO_ENTITY || body == m->entity)
        continue;
      PxMention *renamed = &g_array_index (x->out->mentions, PxMention, i);
      renamed->entity = body;
      renamed->rule = "acronym";
    }
}

/* Whether a person's mention ends one space before @at. */
static gboolean
person_ends_before (const Extractor *x, gsize at)
{
  return at > 0 && g_hash_table_contains (x->person_ends, GSIZE_TO_POINTER (at - 1));
}

/* The number of tokens of the phrase @cue when it ends right before token
 * @k of sentence @s, at its start capitalised too ("Shares in Zorbex");
 * 0 when it does not. */
static guint
cue_ends_at (const Extractor *x, const PxSentence *s, guint k, const char *cue)
{
  guint words = 1;
  for (const char *p = cue; *p; p++)
    words += *p == ' ';
  if (k < s->first_token + words)
    return 0;
  if (phrase_at (x, k - words, k, cue) == words)
    return words;
  if (k - words != s->first_token)
    return 0;
  g_autofree char *capitalised = g_strdup (cue);
  capitalised[0] = g_ascii_toupper (capitalised[0]);
  return phrase_at (x, k - words, k, capitalised) == words ? words : 0;
}

/* Whether one of @cues ends right before token @k; with @after_person,
 * only right after a person's name. */
static gboolean
cue_before (const Extractor *x, const PxSentence *s, guint k, const GPtrArray *cues,
            gboolean after_person)
{
  for (guint c = 0; c < cues->len; c++)
    {
      guint words = cue_ends_at (x, s, k, cues->pdata[c]);
      if (words > 0
          && (!after_person || person_ends_before (x, token (x, k - words)->span.start)))
        return TRUE;
    }
  return FALSE;
}

/* Whether a workplace's org_cues phrase, one that ends in one of
 * workplace_joiners, ends right before token @k of sentence @s: "lead
 * analyst at". */
static gboolean
workplace_cue_before (const Extractor *x, const PxSentence *s, guint k)
{
  return k > s->first_token && word_in (x, k - 1, x->rules->workplace_joiners)
         && cue_before (x, s, k, x->rules->org_cues, FALSE);
}

/* The tokens of the longest of @cues that ends right before token @k
 * ("also known as", not "known as"); 0 when none does. */
static guint
cue_words_before (const Extractor *x, const PxSentence *s, guint k, const GPtrArray *cues)
{
  guint longest = 0;
  for (guint c = 0; c < cues->len; c++)
    longest = MAX (longest, cue_ends_at (x, s, k, cues->pdata[c]));
  return longest;
}

/* The entity @e is merged into, following @merged (entity + 1 -> entity
 * + 1) to its end. */
static guint
merged_into (GHashTable *merged, guint e)
{
  gpointer to;
  while ((to = g_hash_table_lookup (merged, GUINT_TO_POINTER (e + 1))) != NULL)
    e = GPOINTER_TO_UINT (to) - 1;
  return e;
}

/* The mention, in @ends, of a body or an event named right before the
 * brackets around the single word at token @k of sentence @s: "the
 * National Mining Service (Sernageomin)", "the Global Anglican Future
 * Conference (Gafcon)".  Its index, or -1.  A person's name in brackets
 * after a person is often a party or a place, so only a body's or an
 * event's short name counts. */
static gint
body_before_brackets (const Extractor *x, GHashTable *ends, const PxSentence *s, guint k)
{
  guint end = s->first_token + s->n_tokens;
  if (k < s->first_token + 2 || k + 1 >= end || !token_is (x, k - 1, "(")
      || !token_is (x, k + 1, ")"))
    return -1;
  gint named = indexed (ends, token (x, k - 2)->span.end);
  if (named < 0)
    return -1;
  PxEntityType type = entity_of (x, mention_at (x, (guint) named)->entity)->type;
  return type == PX_ENTITY_ORG || type == PX_ENTITY_OUTLET || type == PX_ENTITY_EVENT ? named
                                                                                       : -1;
}

/* "Mohamed Hamdan Dagalo, known as Hemedti": an unlisted name right after
 * one of alias_cues, itself right after a mention (and a comma), is
 * another name of that mention's entity, whose mentions its own become;
 * and so is one of a single word in brackets right after a body's name
 * (body_before_brackets ()). */
static void
pass_aliases (Extractor *x)
{
  g_autoptr(GHashTable) starts = mentions_by (x, FALSE);
  g_autoptr(GHashTable) ends = mentions_by (x, TRUE);
  g_autoptr(GHashTable) merged = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < px_segmentation_n_sentences (x->seg); i++)
    {
      const PxSentence *s = px_segmentation_get_sentence (x->seg, i);
      for (guint k = s->first_token; k < s->first_token + s->n_tokens; k++)
        {
          gint alias = indexed (starts, token (x, k)->span.start);
          if (alias < 0)
            continue;
          gint named = -1;
          guint words = cue_words_before (x, s, k, x->rules->alias_cues);
          if (words > 0)
            {
              guint c = k - words;
              if (c > s->first_token && token_is (x, c - 1, ","))
                c--;
              named = c > s->first_token ? indexed (ends, token (x, c - 1)->span.end) : -1;
            }
          else if (mention_at (x, (guint) alias)->span.end == token (x, k)->span.end
                   && entity_of (x, mention_at (x, (guint) alias)->entity)->type
                      != PX_ENTITY_PLACE)
            named = body_before_brackets (x, ends, s, k);
          if (named < 0)
            continue;
          guint from = merged_into (merged, mention_at (x, (guint) alias)->entity);
          guint to = merged_into (merged, mention_at (x, (guint) named)->entity);
          if (from != to && entity_of (x, from)->gazetteer_entity == PX_NO_ENTITY)
            g_hash_table_insert (merged, GUINT_TO_POINTER (from + 1), GUINT_TO_POINTER (to + 1));
        }
    }
  for (guint i = 0; i < x->out->mentions->len && g_hash_table_size (merged) > 0; i++)
    {
      PxMention *m = &g_array_index (x->out->mentions, PxMention, i);
      m->entity = merged_into (merged, m->entity);
    }
}

/* The words of @name from its first particle of name_particles after its
 * first word, in lower case ("van der plas" of "Caroline van der Plas"),
 * or NULL when it has none. */
static char *
particle_tail (const Extractor *x, const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  for (guint i = 1; words[i] != NULL && words[i + 1] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_strdown (words[i], -1);
      if (g_hash_table_contains (x->rules->particles, lower))
        {
          g_autofree char *tail = g_strjoinv (" ", words + i);
          return g_utf8_strdown (tail, -1);
        }
    }
  return NULL;
}

/* "Caroline van der Plas ... Van der Plas told supporters": a person
 * whose name opens with a particle, capitalised at a sentence's start, is
 * the one other person whose full name ends with the same words; its
 * mentions become that person's. */
static void
pass_particle_names (Extractor *x)
{
  g_autoptr(GHashTable) tails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = x->out->entities->len;
  for (guint e = 0; e < n; e++)
    {
      if (entity_of (x, e)->type != PX_ENTITY_PERSON)
        continue;
      char *tail = particle_tail (x, entity_of (x, e)->name);
      if (tail == NULL)
        continue;
      /* Two persons with those words: neither is meant. */
      gpointer had = g_hash_table_lookup (tails, tail);
      g_hash_table_insert (tails, tail, GUINT_TO_POINTER (had != NULL ? G_MAXUINT : e + 1));
    }
  if (g_hash_table_size (tails) == 0)
    return;
  g_autofree guint *into = g_new (guint, n + 1);
  for (guint e = 0; e < n; e++)
    {
      into[e] = e;
      const char *name = entity_of (x, e)->name;
      const char *space = strchr (name, ' ');
      if (entity_of (x, e)->type != PX_ENTITY_PERSON || space == NULL)
        continue;
      g_autofree char *first = g_utf8_strdown (name, space - name);
      if (!g_hash_table_contains (x->rules->particles, first))
        continue;
      g_autofree char *lower = g_utf8_strdown (name, -1);
      guint to = GPOINTER_TO_UINT (g_hash_table_lookup (tails, lower));
      if (to != 0 && to != G_MAXUINT && to - 1 != e)
        into[e] = to - 1;
    }
  for (guint i = 0; i < x->out->mentions->len; i++)
    {
      PxMention *m = &g_array_index (x->out->mentions, PxMention, i);
      m->entity = into[m->entity];
    }
}

/* The person's mention of a given name and a family name, two words,
 * that starts at token @k (@starts: mentions_by () their starts); -1
 * when there is none. */
static gint
given_and_family_at (const Extractor *x, GHashTable *starts, guint k, guint end)
{
  if (k + 1 >= end || !is_given_name (x, k))
    return -1;
  gint i = indexed (starts, token (x, k)->span.start);
  if (i < 0)
    return -1;
  const PxMention *m = mention_at (x, (guint) i);
  guint family = k + word_tokens (x, k, end);
  if (entity_of (x, m->entity)->type != PX_ENTITY_PERSON || family >= end
      || token (x, family)->span.start != token (x, k)->span.end + 1
      || token (x, family + word_tokens (x, family, end) - 1)->span.end != m->span.end)
    return -1;
  return i;
}

/* The last words of the names of the persons found so far, in lower
 * case. */
static GHashTable *
person_family_names (const Extractor *x)
{
  GHashTable *families = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint e = 0; e < x->out->entities->len; e++)
    {
      const char *space = strrchr (entity_of (x, e)->name, ' ');
      if (entity_of (x, e)->type == PX_ENTITY_PERSON && space != NULL)
        g_hash_table_add (families, g_utf8_strdown (space + 1, -1));
    }
  return families;
}

/* "Orville and Wilbur Wright": a given name alone, free, before one of
 * complement_joiners and a person named by a given name and a family
 * name, shares the family name: it is Orville Wright (rule
 * `shared-surname`).  Not a word the gazetteer or another rule took
 * ("Jordan and Jane Roe"), nor a common word, nor the last of a list
 * ("Gareth Bale, Marcelo and Cristiano Ronaldo"), nor another person's
 * family name ("Andy Byron ... showed Byron and Kristin Cabot"). */
static void
pass_shared_surnames (Extractor *x)
{
  g_autoptr(GHashTable) starts = NULL;
  g_autoptr(GHashTable) families = NULL;
  for (guint i = 0; i < px_segmentation_n_sentences (x->seg); i++)
    {
      const PxSentence *s = px_segmentation_get_sentence (x->seg, i);
      guint end = s->first_token + s->n_tokens;
      for (guint k = s->first_token; k + 3 < end; k++)
        {
          PxSpan span = px_token_span (token (x, k));
          if (!is_capitalised (x, k) || word_tokens (x, k, end) != 1 || !is_free (x, span)
              || !is_given_name (x, k) || common_word (x, k, 1)
              || (k > s->first_token && (is_capitalised (x, k - 1) || token_is (x, k - 1, ",")))
              || !word_in (x, k + 1, x->rules->complement_joiners))
            continue;
          if (starts == NULL)
            starts = mentions_by (x, FALSE);   /* once, and only where needed */
          gint m = given_and_family_at (x, starts, k + 2, end);
          if (m < 0)
            continue;
          const PxMention *pair = mention_at (x, (guint) m);
          const char *family = strrchr (entity_of (x, pair->entity)->name, ' ');
          if (family == NULL)
            continue;
          g_autofree char *given = span_text (x, span);
          g_autofree char *lower = g_utf8_strdown (given, -1);
          if (families == NULL)
            families = person_family_names (x);   /* once, and only where needed */
          if (g_hash_table_contains (families, lower))
            continue;
          g_autofree char *name = g_strconcat (given, family, NULL);
          add_mention (x, span, named_entity (x, name, PX_ENTITY_PERSON), "shared-surname", FALSE);
        }
    }
}

/* Whether a capitalised title and a name the passes before took follow
 * token @k, so that the word at @k is the body the title serves: "ZBMA
 * Administrator Jane Roe", "ZBMA Chief Executive Jane Roe". */
static gboolean
employs_titled_person (const Extractor *x, guint k, guint end)
{
  guint t = k + 1 < end ? x->title_len[k + 1] : 0;
  return t > 0 && is_capitalised (x, k + 1) && k + 1 + t < end
         && is_capitalised (x, k + 1 + t) && !token_free (x, k + 1 + t);
}

/* Whether the acronym at @k is used as a body is: possessive, of
 * initials_min_letters capitals ("FTU's Alice Mak") or before a
 * capitalised title and its holder's name ("NASA Administrator Bill
 * Nelson", employs_titled_person ()), before one of acronym_body_nouns ("the CGT union") or a
 * body's apposition ("the NASUWT, a smaller teachers' union,"), after
 * a body's kind noun ("the exchange FTX"), perhaps with a comma and an
 * article between ("the train drivers' union, the GDL,"), after one of
 * acronym_body_cues ("Wong Kwok-kin of the FTU", initials_min_letters
 * capitals again) or of org_cues ("researchers at CERN")
 * or, after a person's name, one of acronym_member_cues ("Leung
 * Yiu-chung of NWSC"). */
static gboolean
body_context (const Extractor *x, const PxSentence *s, guint k)
{
  guint end = s->first_token + s->n_tokens;
  /* "The ZBMA said", "ZBMA said on Tuesday": after an article or opening
   * its sentence or clause (past a dateline: "LOS ANGELES (Reuters) - ABC
   * said", or a comma: "a comet was found, ZBMA said"), the subject of a
   * verb of saying, of
   * initials_min_letters capitals at least (a thing's acronym seldom
   * speaks, "the AI said" may; after a possessive, "the firm's CEO
   * said", it is a person's role). */
  const PxToken *t = token (x, k);
  gboolean initials = count_letters (x->text + t->span.start, t->span.end - t->span.start)
                      >= x->rules->initials_min_letters;
  gboolean speaks = (k == s->first_token || at_opener (x, s, k)
                     || word_in (x, k - 1, x->rules->kind_noun_openers)
                     || token_is (x, k - 1, ","))
                    && k + 1 < end && word_in (x, k + 1, x->rules->kind_noun_verbs) && initials;
  /* "the ZBMA's chief"; but "AI's Sputnik moment", "GDP's fall": two
   * letters are a thing's as often. */
  if ((possessive_after (x, k, end) && initials) || speaks
      || (initials && employs_titled_person (x, k, end))
      || (k + 1 < end && is_lower_word (x, k + 1)
          && word_in (x, k + 1, x->rules->acronym_body_nouns))
      || noun_before_type (x, s, k, 1, k + 1) == PX_ENTITY_ORG
      || (k >= s->first_token + 2 && token_is (x, k - 2, ",")
          && word_in (x, k - 1, x->rules->apposition_articles)
          && noun_before_type (x, s, k - 1, 1, k + 1) == PX_ENTITY_ORG)
      || apposition_type (x, k, end) == PX_ENTITY_ORG)
    return TRUE;
  /* "Wong Kwok-kin of the FTU"; but "the pick and shovel of the AI gold
   * rush": two letters after "of the" are a thing's as often. */
  return (initials && cue_before (x, s, k, x->rules->acronym_body_cues, FALSE))
         || cue_before (x, s, k, x->rules->org_cues, FALSE)
         || cue_before (x, s, k, x->rules->acronym_member_cues, TRUE);
}

/* An acronym is the entity the document defined it for, or else the body
 * named before whose initials it is; an undefined one used as a body's
 * name is an organisation of its own, and so is every use of it after
 * that ("the exchange FTX" ... "FTX customers"); any other names nobody
 * we can tell ("VIP", "GMT").  @acronyms: the defined ones, and those
 * used as a body so far. */
static void
add_acronym (Extractor *x, const PxSentence *s, guint k, GHashTable *acronyms)
{
  g_autofree char *word = token_text (x, k);
  gpointer defined = g_hash_table_lookup (acronyms, word);
  PxSpan span = px_token_span (token (x, k));
  guint body;
  if (defined != NULL)
    add_mention (x, span, GPOINTER_TO_UINT (defined) - 1, "acronym", FALSE);
  else if ((body = body_abbreviated_before (x, word, span.start)) != PX_NO_ENTITY)
    add_mention (x, span, body, "acronym", FALSE);
  else if (body_context (x, s, k) || cue_words_before (x, s, k, x->rules->alias_cues) > 0)
    {
      /* After an alias cue ("the Grand Ethiopian Renaissance Dam, known as
       * GERD") the acronym is another name of what was named before it,
       * whose entity its own joins (pass_aliases ()). */
      guint e = named_entity (x, word, PX_ENTITY_ORG);
      add_mention (x, span, e, "acronym", FALSE);
      g_hash_table_insert (acronyms, g_steal_pointer (&word), GUINT_TO_POINTER (e + 1));
    }
}

/* Whether the run of two @words is a given name and a family name that
 * is also a word of not_names: a short function word ("James To",
 * "Wilson Or"; nothing else capitalises "To" inside a sentence), or any
 * after a listed given name ("Stephen King", "Mae West", "Theresa
 * May"). */
static gboolean
short_family_name (const Extractor *x, const GArray *words)
{
  guint given = g_array_index (words, guint, 0);
  if (words->len != 2 || word_in (x, given, x->rules->not_names))
    return FALSE;
  const PxToken *t = token (x, g_array_index (words, guint, 1));
  return count_letters (x->text + t->span.start, t->span.end - t->span.start) == 2
         || is_given_name (x, given);
}

/* Whether the run's last word follows a listed demonym inside it
 * (demonym_inside ()): "National Council of Canadian Muslims". */
static gboolean
after_inner_demonym (const Extractor *x, const GArray *words)
{
  return is_demonym (x, g_array_index (words, guint, words->len - 2));
}

/* Drops trailing words that are no names ("Kevin Allton Monday") and
 * post_nominals ("Jane Roe MP") from the run of @n tokens at @k and its
 * @words; returns its new length.  A body
 * word stays: alone it is no name ("Police said"), but it ends one ("West
 * Yorkshire Police"), and so does a region's compass word ("Galway
 * West"). */
static guint
drop_trailing_not_names (const Extractor *x, guint k, guint n, GArray *words)
{
  /* A run ends in a number only after a sign of number_signs, which
   * the number keeps: "Hospital No. 1". */
  while (words->len > 1 && token (x, k + n - 1)->kind != PX_TOKEN_NUMBER
         && !after_inner_demonym (x, words)
         && ((word_in (x, g_array_index (words, guint, words->len - 1), x->rules->not_names)
              && !is_body_word (x, g_array_index (words, guint, words->len - 1))
              && !short_family_name (x, words) && !compass_region_after (x, words))
             || word_in (x, g_array_index (words, guint, words->len - 1),
                         x->rules->post_nominals)))
    {
      n = g_array_index (words, guint, words->len - 1) - k;
      g_array_set_size (words, words->len - 1);
      while (n > 0 && token (x, k + n - 1)->kind == PX_TOKEN_WORD
             && word_in (x, k + n - 1, x->rules->connectors))
        n--;
    }
  return n;
}

/* Whether the place named from token @k on is followed by one of
 * kind_noun_verbs, by an apposition that says it ends a body's name or
 * by a comma and one of body_relatives: "Swimming Australia said",
 * "Equality Ohio, an LGBTQ rights group,", "Dairy UK, which represents
 * milk producers," open a sentence with a body's name, as "Floods hit
 * England" does not. */
static gboolean
says_after_place (const Extractor *x, guint k, guint end)
{
  if (k >= end)
    return FALSE;
  gint i = place_mention_at (x, token (x, k)->span.start);
  if (i < 0)
    return FALSE;
  k = last_token_within (x, k, end, mention_at (x, (guint) i)->span.end) + 1;
  return k < end && (word_in (x, k, x->rules->kind_noun_verbs)
                     || apposition_type (x, k - 1, end) == PX_ENTITY_ORG
                     || relative_after (x, k - 1, end, x->rules->body_relatives));
}

/* Whether the run of @words, @n tokens from @k, is common words only
 * (no title, no not_names or body word: "Fan Expo Canada" is an event's
 * name, which the body words type) written right before a listed place of
 * body_place_subtypes: the two name a body, a public agency as often as
 * not ("Sport England", "Statistics Canada", "Emergency Management
 * Victoria"), and the words alone are none. */
static gboolean
names_body_of_place (const Extractor *x, const GArray *words, guint k, guint n, guint end)
{
  for (guint i = 0; i < words->len; i++)
    {
      guint w = g_array_index (words, guint, i);
      if (!common_word (x, w, word_tokens (x, w, end)) || word_in (x, w, x->rules->not_names)
          || title_at (x, w, end) > 0 || is_body_word (x, w))
        return FALSE;
    }
  gsize after = tokens_span (x, k, n).end;
  if (after + 1 >= x->len || x->text[after] != ' ')
    return FALSE;
  gint i = place_mention_at (x, after + 1);
  if (i < 0)
    return FALSE;
  const PxEntity *e = entity_of (x, mention_at (x, (guint) i)->entity);
  return e->gazetteer_entity != PX_NO_ENTITY
         && subtype_in (x, e->gazetteer_entity, x->rules->body_place_subtypes);
}

/* Whether the run of @n tokens at @k, right before a listed place, names
 * a team with it: a match's score follows the place ("beating Werder
 * Bremen 5-0"). */
static gboolean
team_before_score (const Extractor *x, guint k, guint n, guint end)
{
  if (k + n >= end)
    return FALSE;
  gint i = place_mention_at (x, token (x, k + n)->span.start);
  if (i < 0 || token (x, k + n - 1)->span.end + 1 != token (x, k + n)->span.start)
    return FALSE;
  guint last = last_token_within (x, k + n, end, mention_at (x, (guint) i)->span.end);
  return team_score_after (x, last + 1, end);
}

/* Names the body of the run of @n tokens at @k and the place after it
 * (names_body_of_place (), team_before_score ()). */
static void
add_body_of_place (Extractor *x, guint k, guint n)
{
  gint places[2];
  PxSpan span = absorb_place (x, tokens_span (x, k, n), TRUE, places);
  unname_namesake (x, places, NULL);
  g_autofree char *name = span_text (x, span);
  add_mention (x, span, named_entity (x, name, PX_ENTITY_ORG), "capitalised", FALSE);
}

/* The singular of the capitalised plural at token @k when it is an
 * organisation's word ("Departments", "Ministries", "Committees"), else
 * NULL. */
static char *
plural_body_word (const Extractor *x, guint k)
{
  g_autofree char *word = token_text (x, k);
  gsize len = strlen (word);
  if (len < 4 || word[len - 1] != 's' || !is_capitalised (x, k))
    return NULL;
  g_autofree char *singular = singular_of (word, len);
  gpointer kind = g_hash_table_lookup (x->rules->body_word_kinds, singular);
  return (GPOINTER_TO_SIZE (kind) & PX_BODY_ORG) ? g_steal_pointer (&singular) : NULL;
}

/* The listed organisation the @n words from token @k name with
 * @singular, an organisation's word, after them ("State" and
 * "Department"), or PX_NO_ENTITY. */
static guint
listed_with_body_word (const Extractor *x, guint k, guint n, const char *singular)
{
  g_autofree char *words = span_text (x, tokens_span (x, k, n));
  g_autofree char *name = g_strconcat (words, " ", singular, NULL);
  guint listed = listed_as (x, name);
  return listed != PX_NO_ENTITY && px_gazetteer_entity_type (x->gaz, listed) == PX_ENTITY_ORG
           ? listed : PX_NO_ENTITY;
}

/* "the State and Homeland Security Departments", "the State and Defense
 * Departments": capitalised words, one of place_list_joiners,
 * capitalised words and an organisation's word in the plural that ends
 * the run of @n tokens at @k name two bodies when the gazetteer lists
 * each, its words and the word in the singular ("State Department",
 * "Homeland Security Department"), as mentions of those words (rule
 * coordinated).  Other such runs stay one name: "the Defence and Foreign
 * Ministries" are two offices of a country no run can tell.  Whether it
 * named them. */
static gboolean
add_coordinated_bodies (Extractor *x, guint k, guint n)
{
  guint last = k + n - 1, joiner = G_MAXUINT;
  for (guint j = k; j < last; j++)
    {
      if (j > k && j + 1 < last && joiner == G_MAXUINT
          && word_in (x, j, x->rules->place_list_joiners) && !is_capitalised (x, j))
        joiner = j;
      else if (token (x, j)->kind != PX_TOKEN_WORD || !is_capitalised (x, j))
        return FALSE;
    }
  g_autofree char *singular = joiner != G_MAXUINT ? plural_body_word (x, last) : NULL;
  if (singular == NULL)
    return FALSE;
  guint first = listed_with_body_word (x, k, joiner - k, singular);
  guint second = listed_with_body_word (x, joiner + 1, last - joiner - 1, singular);
  if (first == PX_NO_ENTITY || second == PX_NO_ENTITY)
    return FALSE;
  add_mention (x, tokens_span (x, k, joiner - k), gazetteer_entity (x, first), "coordinated",
               FALSE);
  add_mention (x, tokens_span (x, joiner + 1, last - joiner), gazetteer_entity (x, second),
               "coordinated", FALSE);
  return TRUE;
}

/* trim_common () on the run of @n tokens at @k, marking what it sheds as
 * taken: the clause's words, or the whole run when no name is left. */
static guint
shape_person_run (Extractor *x, const PxSentence *s, gboolean opener, GHashTable *inside, guint k,
                  guint n, guint end, GArray *words, guint *span_n)
{
  *span_n = n;
  guint at = trim_common (x, s, opener, inside, k, end, words, span_n);
  /* "Runway C remained closed": a letter left alone is no name. */
  if (*span_n == 1 && too_short (x, at, 1))
    *span_n = 0;
  guint shed = *span_n == 0 ? n : at - k;
  if (shed > 0)
    {
      PxSpan span = tokens_span (x, k, shed);
      memset (x->taken + span.start, 1, span.end - span.start);
    }
  return at;
}

/* Whether the number at token @k opens a score ("6-3", "2-1"): two
 * numbers of at most two digits joined by a hyphen.  A model's number
 * may have a hyphen too, but longer numbers ("Boeing 737-800"). */
static gboolean
is_score (const Extractor *x, guint k, guint end)
{
  return k + 2 < end && token_is (x, k + 1, "-") && token (x, k + 1)->joined
         && token (x, k + 2)->joined && token (x, k + 2)->kind == PX_TOKEN_NUMBER
         && token (x, k)->span.end - token (x, k)->span.start <= 2
         && token (x, k + 2)->span.end - token (x, k + 2)->span.start <= 2;
}

/* Whether one score of a match stands at token @k: a score with no
 * other before or after it, as a set's would have ("5-0", not "3-6,
 * 3-6, 6-4" nor the last of "routed Anisimova 6-0 6-0"). */
static gboolean
team_score_after (const Extractor *x, guint k, guint end)
{
  if (k >= end || token (x, k)->kind != PX_TOKEN_NUMBER || !is_score (x, k, end))
    return FALSE;
  guint before = k > 0 && token_is (x, k - 1, ",") ? k - 1 : k;
  if (before >= 3 && is_score (x, before - 3, end))
    return FALSE;
  guint next = k + 3;
  if (next < end && token_is (x, next, ","))
    next++;
  return !is_score (x, next, end);
}

/* Whether a number joined by a hyphen follows token @k: "Su-24". */
static gboolean
hyphened_number_after (const Extractor *x, guint k, guint n_tokens)
{
  return k + 2 < n_tokens && token_is (x, k + 1, "-") && token (x, k + 1)->joined
         && token (x, k + 2)->joined && token (x, k + 2)->kind == PX_TOKEN_NUMBER;
}

/* Whether a code of one capital, a hyphen and a number follows token @k
 * as a word of its own: "Bill C-5", "Route A-7". */
static gboolean
code_after (const Extractor *x, guint k, guint n_tokens)
{
  if (k + 1 >= n_tokens || token (x, k + 1)->joined || token (x, k + 1)->kind != PX_TOKEN_WORD)
    return FALSE;
  const PxToken *t = token (x, k + 1);
  return t->span.end - t->span.start == 1 && g_ascii_isupper (x->text[t->span.start])
         && hyphened_number_after (x, k + 1, n_tokens);
}

/* Whether the number at token @k counts the word after it, a noun in
 * the plural ("gave Lai 12 months", "scored 41 points") or one of
 * quantity_words ("Malema 9.5 percent", "9.5%"): a quantity, not a
 * model's number ("Apollo 11 mission"). */
static gboolean
counts_a_plural (const Extractor *x, guint k, guint n_tokens)
{
  if (k + 1 < n_tokens && word_in (x, k + 1, x->rules->quantity_words))
    return TRUE;
  if (k + 1 >= n_tokens || !is_lower_word (x, k + 1))
    return FALSE;
  const PxToken *t = token (x, k + 1);
  return looks_plural (x->text + t->span.start, t->span.end - t->span.start);
}

/* What thing_words () says a word names. */
enum {
  THING_MODEL = 1 << 0,
  THING_DISEASE = 1 << 1,
  THING_SPECIES = 1 << 2,
};

/* Whether the word at token @k is a species' epithet: in lower case, in
 * no dictionary, ending in one of epithet_endings ("kolymaensis"), and
 * no particle of a person's name ("Lula da Silva", "Piero della
 * Francesca"). */
static gboolean
is_epithet (const Extractor *x, guint k)
{
  if (!is_lower_word (x, k) || common_word (x, k, 1) || word_in (x, k, x->rules->connectors)
      || word_in (x, k, x->rules->particles))
    return FALSE;
  const PxToken *t = token (x, k);
  return ends_in_one_of (x->text + t->span.start, t->span.end - t->span.start,
                         x->rules->epithet_endings);
}

/* The thing the capitalised word at token @k of sentence @s names, by
 * what stands around it (thing_words ()): THING_* bits, 0 for none. */
static guint
thing_at (const Extractor *x, const PxSentence *s, guint k, guint n_tokens)
{
  if (k + 1 < n_tokens
      && ((token (x, k + 1)->kind == PX_TOKEN_NUMBER && !token (x, k + 1)->joined
           && !is_score (x, k + 1, n_tokens) && !counts_a_plural (x, k + 1, n_tokens))
          || hyphened_number_after (x, k, n_tokens) || code_after (x, k, n_tokens)))
    return THING_MODEL;
  if ((k + 1 < n_tokens && is_lower_word (x, k + 1)
       && word_in (x, k + 1, x->rules->disease_nouns))
      || cue_before (x, s, k, x->rules->disease_cues, FALSE))
    return THING_DISEASE;
  if (k + 1 < n_tokens && token (x, k + 1)->kind == PX_TOKEN_WORD && !token (x, k + 1)->joined
      && is_epithet (x, k + 1))
    return THING_SPECIES;
  const PxToken *t = token (x, k);
  if (ends_in_one_of (x->text + t->span.start, t->span.end - t->span.start,
                      x->rules->genus_endings))
    return THING_SPECIES;   /* "made by Megalosaurus" */
  return 0;
}

/* The words that end a name followed by a number, as a model's or a
 * version's name is ("Internet Explorer 6", "Apollo 11", "Su-24", and a
 * bill's, "Bill C-5") unless
 * the number counts something (counts_a_plural ()), those
 * followed by one of disease_nouns ("an Ebola outbreak", "Lassa fever")
 * or after one of disease_cues ("an outbreak of Ebola"),
 * and a species' genus ("Homo sapiens", and alone with one of
 * genus_endings: "Megalosaurus"): any name ending in one of them
 * names a thing in this document, not a person ("who helped discover
 * Ebola").  Word -> THING_* bits. */
static GHashTable *
thing_words (const Extractor *x)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_tokens = px_segmentation_n_tokens (x->seg);
  for (guint i = 0; i < px_segmentation_n_sentences (x->seg); i++)
    {
      const PxSentence *s = px_segmentation_get_sentence (x->seg, i);
      for (guint k = s->first_token; k < s->first_token + s->n_tokens; k++)
        {
          if (!is_capitalised (x, k) || is_acronym (x, k))
            continue;
          guint thing = thing_at (x, s, k, n_tokens);
          if (thing == 0)
            continue;
          char *word = token_text (x, k);
          thing |= GPOINTER_TO_UINT (g_hash_table_lookup (set, word));
          g_hash_table_insert (set, word, GUINT_TO_POINTER (thing));
        }
    }
  return set;
}

/* The mentions of bodies whose names have a word: those named before
 * the single words' pass, and those it adds, each in text order (the
 * pass reads the text in order, so that an addition is an append, and a
 * text of many bodies sharing a word costs no move of the earlier
 * ones).  GArrays of mention indices. */
typedef struct {
  GArray *before;
  GArray *added;
} BodyWord;

static BodyWord *
body_word_new (void)
{
  BodyWord *w = g_new (BodyWord, 1);
  w->before = g_array_new (FALSE, FALSE, sizeof (guint));
  w->added = g_array_new (FALSE, FALSE, sizeof (guint));
  return w;
}

static void
body_word_free (BodyWord *w)
{
  g_array_unref (w->before);
  g_array_unref (w->added);
  g_free (w);
}

/* How many of the mentions @found (indices, in text order) start
 * before @at. */
static guint
starting_before (const Extractor *x, const GArray *found, gsize at)
{
  guint lo = 0, hi = found->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (mention_at (x, g_array_index (found, guint, mid))->span.start < at)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void index_initials_as (Extractor *x, char *taken, guint entity, gsize start);

/* Notes the initials of @name, for the body @entity mentioned at
 * @start, in the index of initials, with and without the
 * acronym_connectors' ("DOC", "DC"). */
static void
index_initials_of (Extractor *x, const char *name, guint entity, gsize start)
{
  g_autofree char *initials = initials_of (name, NULL);
  g_autofree char *kept = initials_of (name, x->rules->acronym_connectors);
  if (strchr (initials, '&') != NULL)
    {
      /* "FDA" of "Food & Drug Administration" as of "Food and ...". */
      g_autoptr(GString) letters = g_string_new (initials);
      g_string_replace (letters, "&", "", 0);
      index_initials_as (x, g_string_free (g_steal_pointer (&letters), FALSE), entity, start);
    }
  if (strcmp (kept, initials) != 0)
    index_initials_as (x, g_steal_pointer (&kept), entity, start);
  index_initials_as (x, g_steal_pointer (&initials), entity, start);
}

/* Notes the body's mention @m in the index of initials: its name's, and
 * those of the name as written, when another of its names ("CSU" after
 * "Christian Social Union", which the gazetteer names "Christian Social
 * Union in Bavaria"). */
static void
index_initials (Extractor *x, const PxMention *m)
{
  const char *name = entity_of (x, m->entity)->name;
  index_initials_of (x, name, m->entity, m->span.start);
  g_autofree char *written = span_text (x, m->span);
  if (strcmp (written, name) != 0 && strchr (written, ' ') != NULL)
    index_initials_of (x, written, m->entity, m->span.start);
}

/* index_initials () under @taken, which it takes. */
static void
index_initials_as (Extractor *x, char *taken, guint entity, gsize start)
{
  g_autofree char *initials = taken;
  if (strlen (initials) < x->rules->initials_min_letters)
    return;
  Initialled *named = g_hash_table_lookup (x->initials, initials);
  if (named == NULL)
    {
      named = g_new (Initialled, 1);
      *named = (Initialled) { entity, start };
      g_hash_table_insert (x->initials, g_steal_pointer (&initials), named);
    }
  else if (named->entity == entity)
    named->first = MIN (named->first, start);
  else
    named->entity = PX_NO_ENTITY;
}

/* Notes mention @i under @word in @index (of index_mentions ()); unless
 * @in_order, the index is sorted later. */
static void
index_under (Extractor *x, GHashTable *index, const char *word, guint i, gboolean in_order)
{
  const PxMention *m = mention_at (x, i);
  BodyWord *found = g_hash_table_lookup (index, word);
  if (found == NULL)
    {
      found = body_word_new ();
      g_hash_table_insert (index, g_strdup (word), found);
    }
  GArray *added = found->added;
  if (!in_order || added->len == 0
      || mention_at (x, g_array_index (added, guint, added->len - 1))->span.start
           <= m->span.start)
    g_array_append_val (added, i);
  else
    g_array_insert_val (added, starting_before (x, added, m->span.start + 1), i);
}

/* The head of the name of @words, which "the" and it alone names again:
 * the word before the first of connectors past the first word ("Church"
 * of "Church of Scientology", "House" of "Texas House of
 * Representatives"), else the last ("Caucus" of "House Democratic
 * Caucus"). */
static guint
name_head (const Extractor *x, char **words)
{
  guint w = 1;
  while (words[w] != NULL && !g_hash_table_contains (x->rules->connectors, words[w]))
    w++;
  return w - 1;
}

/* Notes mention @i in the indices of index_mentions (); unless
 * @in_order, they are sorted later. */
static void
index_mention (Extractor *x, guint i, gboolean in_order)
{
  const PxMention *m = mention_at (x, i);
  const PxEntity *e = entity_of (x, m->entity);
  if (e->type == PX_ENTITY_PERSON)
    {
      g_hash_table_add (x->person_ends, GSIZE_TO_POINTER (m->span.end));
      return;
    }
  if ((e->type == PX_ENTITY_ORG || e->type == PX_ENTITY_OUTLET) && !m->demonym)
    index_initials (x, m);
  g_auto(GStrv) words = g_strsplit (e->name, " ", -1);
  if (words[0] == NULL)
    return;
  for (guint w = 0; words[w] != NULL; w++)
    index_under (x, x->body_words, words[w], i, in_order);
  index_under (x, x->body_heads, words[name_head (x, words)], i, in_order);
}

static gint compare_starts (gconstpointer a, gconstpointer b, gpointer x);

/* The last mention in @found that starts before @at and that no longer
 * name has absorbed, or -1. */
static gint
body_mention_before (const Extractor *x, const BodyWord *found, gsize at)
{
  gint best = -1;
  const GArray *arrays[] = { found->before, found->added };
  for (guint a = 0; a < G_N_ELEMENTS (arrays); a++)
    {
      guint n = starting_before (x, arrays[a], at);
      while (n > 0 && is_absorbed (x, g_array_index (arrays[a], guint, n - 1)))
        n--;
      if (n == 0)
        continue;
      guint i = g_array_index (arrays[a], guint, n - 1);
      if (best < 0 || mention_at (x, i)->span.start > mention_at (x, (guint) best)->span.start)
        best = (gint) i;
    }
  return best;
}

/* Indexes the ends of the persons' mentions so far, which add_mention ()
 * then keeps up to date: the runs of capitalised words ask whether a
 * person's name ends before a cue (person_ends_at ()). */
static void
index_person_ends (Extractor *x)
{
  x->person_ends = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < x->out->mentions->len; i++)
    if (!is_absorbed (x, i) && entity_of (x, mention_at (x, i)->entity)->type == PX_ENTITY_PERSON)
      g_hash_table_add (x->person_ends, GSIZE_TO_POINTER (mention_at (x, i)->span.end));
}

/* The single words' pass asks, at each word, what was named before it;
 * asking the whole list of mentions each time would be quadratic in a
 * long text.  This indexes the mentions so far, and add_mention () keeps
 * the index up to date from now on. */
static void
index_mentions (Extractor *x)
{
  if (x->person_ends == NULL)
    x->person_ends = g_hash_table_new (g_direct_hash, g_direct_equal);
  x->body_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) body_word_free);
  x->body_heads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) body_word_free);
  x->initials = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < x->out->mentions->len; i++)
    index_mention (x, i, FALSE);
  /* Sorted once: the mentions so far are in the order of the passes. */
  GHashTable *indices[] = { x->body_words, x->body_heads };
  for (guint n = 0; n < G_N_ELEMENTS (indices); n++)
    {
      GHashTableIter iter;
      BodyWord *found;
      g_hash_table_iter_init (&iter, indices[n]);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &found))
        {
          GArray *t = found->before;
          found->before = found->added;
          found->added = t;
          g_array_sort_with_data (found->before, compare_starts, x);
        }
    }
}

/* The mention of the body named last before @at whose name has the
 * word at token @k (@index: x->body_words), or whose name's head it is
 * (x->body_heads); -1 if none. */
static gint
body_word_mention_before (const Extractor *x, GHashTable *index, guint k, gsize at)
{
  g_autofree char *word = token_text (x, k);
  const BodyWord *found = g_hash_table_lookup (index, word);
  return found ? body_mention_before (x, found, at) : -1;
}

/* The body named last before @at whose name has the body word at token
 * @k ("United" after "United Airlines"), as its head (name_head ()) after
 * a definite article: "the Church" after "the Church of Scientology",
 * "the Arena" after "Volgograd Arena"; "the House" after "the Texas House
 * of Representatives", not after "the House Democratic Caucus" that
 * follows it.  PX_NO_ENTITY if none, or if that name is a place's
 * and the word no place's word: "the House" after "the White House" is
 * no White House. */
static guint
body_named_before (const Extractor *x, guint k, gsize at)
{
  GHashTable *index = definite_article_before (x, token (x, k)->span.start) ? x->body_heads
                                                                             : x->body_words;
  gint i = body_word_mention_before (x, index, k, at);
  if (i < 0)
    return PX_NO_ENTITY;
  guint entity = mention_at (x, (guint) i)->entity;
  if (entity_of (x, entity)->type == PX_ENTITY_PLACE
      && !(word_value (x, k, x->rules->body_word_kinds, FALSE) & PX_BODY_PLACE))
    return PX_NO_ENTITY;
  return entity;
}

/* Whether the last word of @span, in any case, is one of product_words:
 * "Space Telescope", "Hubble telescope". */
static gboolean
ends_in_product_word (const Extractor *x, PxSpan span)
{
  g_autofree char *last = last_word_of (x, span);
  if (g_hash_table_contains (x->rules->product_words, last))
    return TRUE;
  last[0] = g_ascii_toupper (last[0]);
  return g_hash_table_contains (x->rules->product_words, last);
}

/* Whether product mention @m ends in the @len bytes at @word after a
 * listed organisation's whole name, its maker's: "Windows" of "Microsoft
 * Windows", "Chrome" of "Google Chrome". */
static gboolean
maker_then_word (const Extractor *x, const PxMention *m, const char *word, gsize len)
{
  if (m->span.end - m->span.start < len + 2)
    return FALSE;
  gsize maker_end = m->span.end - len - 1;
  if (x->text[maker_end] != ' ' || memcmp (x->text + maker_end + 1, word, len) != 0)
    return FALSE;
  guint maker = listed_whole (x, x->text + m->span.start, maker_end - m->span.start, FALSE);
  return maker != PX_NO_ENTITY && px_gazetteer_entity_type (x->gaz, maker) == PX_ENTITY_ORG;
}

/* The organisation named last before token @k in two words, the word
 * at @k and a body's word, an acronym or a listed name ("Labor" after
 * "the Labor Party", "Reform" after "Reform UK", "Real" after "Real
 * Madrid"): its short name, though a common word.  Not the first word of
 * a longer name ("Doctor" of "Doctor Who Society of Canada") nor of two
 * common words ("Georgian Dream", where "Georgian" is a people's), nor
 * one of not_names.  So is the product named last before whose name the
 * word opens and a word of product_words ends ("with Hubble's
 * spectrograph" after "the Hubble Space Telescope"), or whose name is
 * its maker's and the word ("of Windows machines" after "Microsoft
 * Windows").  PX_NO_ENTITY if none. */
static guint
opened_body_before (const Extractor *x, guint k)
{
  if (word_in (x, k, x->rules->not_names))
    return PX_NO_ENTITY;
  gint i = body_word_mention_before (x, x->body_words, k, token (x, k)->span.start);
  if (i < 0)
    return PX_NO_ENTITY;
  const PxMention *m = mention_at (x, (guint) i);
  const PxToken *t = token (x, k);
  const char *word = x->text + t->span.start;
  gsize len = t->span.end - t->span.start;
  PxSpan rest = { m->span.start + len + 1, m->span.end };
  PxEntityType type = entity_of (x, m->entity)->type;
  if (type == PX_ENTITY_PRODUCT && maker_then_word (x, m, word, len))
    return m->entity;
  if ((type != PX_ENTITY_ORG && type != PX_ENTITY_PRODUCT) || rest.start >= rest.end
      || memcmp (x->text + m->span.start, word, len) != 0 || x->text[m->span.start + len] != ' ')
    return PX_NO_ENTITY;
  if (type == PX_ENTITY_PRODUCT)
    return ends_in_product_word (x, rest) ? m->entity : PX_NO_ENTITY;
  if (memchr (x->text + rest.start, ' ', rest.end - rest.start) != NULL)
    return PX_NO_ENTITY;
  g_autofree char *second = span_text (x, rest);
  gboolean capital, all_caps;
  px_gazetteer_case (second, strlen (second), &capital, &all_caps);
  return all_caps || g_hash_table_contains (x->rules->body_word_kinds, second)
           || names_listed (x, rest)
         ? m->entity : PX_NO_ENTITY;
}

/* Whether @name holds @part as whole words: "Italian Supreme Court of
 * Cassation" holds "Supreme Court", not "Court of C". */
static gboolean
holds_words (const char *name, const char *part)
{
  gsize len = strlen (part);
  for (const char *at = strstr (name, part); at != NULL; at = strstr (at + 1, part))
    if ((at == name || at[-1] == ' ') && (at[len] == '\0' || at[len] == ' '))
      return TRUE;
  return FALSE;
}

/* Whether @name is @surface and a legal form of same_body_words or
 * another organisation's word: "Nippon Steel" is "Nippon Steel
 * Corporation" named short, "Live Nation" "Live Nation Entertainment". */
static gboolean
short_of_company (const Extractor *x, const char *name, const char *surface)
{
  gsize len = strlen (surface);
  if (!g_str_has_prefix (name, surface) || name[len] != ' ')
    return FALSE;
  const char *rest = name + len + 1;
  return g_hash_table_contains (x->rules->same_body_words, rest)
         || (GPOINTER_TO_UINT (g_hash_table_lookup (x->rules->body_word_kinds, rest))
             & PX_BODY_ORG);
}

/* Whether the two words at @span, the first @first_len bytes long, are
 * a listed given name and a word no dictionary holds: a person's, whom
 * the body named after them keeps ("Kofi Annan" after "the Kofi Annan
 * Foundation"), where "Nippon Steel" is the company's short name. */
static gboolean
names_founder (const Extractor *x, PxSpan span, gsize first_len)
{
  gsize second = span.start + first_len + 1;
  return given_name_at (x, (PxSpan) { span.start, span.start + first_len })
         && memchr (x->text + second, ' ', span.end - second) == NULL
         && !lexicon_has (x, second, span.end);
}

/* The body named last before mention @i with @i's first word, when its
 * name holds all of @i's words and is longer: "the Supreme Court" after
 * "the Italian Supreme Court of Cassation"; for a person's name that
 * company's name less its legal form only ("Nippon Steel president Eiji
 * Hashimoto" after "Nippon Steel Corporation").  PX_NO_ENTITY otherwise, as
 * when that body is @i's own.  Only the last is asked, as
 * body_named_before () asks it: a walk further back would make a text of
 * many bodies sharing a word quadratic. */
static guint
longer_body_before (const Extractor *x, guint i)
{
  const PxMention *m = mention_at (x, i);
  const PxEntity *e = entity_of (x, m->entity);
  g_autofree char *surface = span_text (x, m->span);
  g_autofree char *first = g_strndup (surface, strcspn (surface, " "));
  const BodyWord *found = g_hash_table_lookup (x->body_words, first);
  gint before = found ? body_mention_before (x, found, m->span.start) : -1;
  if (before < 0)
    return PX_NO_ENTITY;
  guint body = mention_at (x, (guint) before)->entity;
  const PxEntity *other = entity_of (x, body);
  if (e->type == PX_ENTITY_PERSON)
    return other->type == PX_ENTITY_ORG && short_of_company (x, other->name, surface)
             && !names_founder (x, m->span, strlen (first))
           ? body : PX_NO_ENTITY;
  if (other == e || other->type != e->type || strlen (other->name) <= strlen (surface)
      || !holds_words (other->name, surface))
    return PX_NO_ENTITY;
  return body;
}

static gint
compare_starts (gconstpointer a, gconstpointer b, gpointer x)
{
  gsize sa = mention_at (x, *(const guint *) a)->span.start;
  gsize sb = mention_at (x, *(const guint *) b)->span.start;
  return sa < sb ? -1 : sa > sb;
}

/* An organisation or event of two words or more that no list holds,
 * named by part of the name of one named before it, is that one: "the
 * Supreme Court" after "the Italian Supreme Court of Cassation" is one
 * court, as "Mr. Ishiba" is Shigeru Ishiba; so is a name taken for a
 * person's that is a company's less its legal form ("Nippon Steel").  In
 * text order, so that the second "Supreme Court" finds the court the
 * first was found to be. */
static void
pass_short_names (Extractor *x)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GHashTable) people = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < x->out->mentions->len; i++)
    {
      const PxMention *m = mention_at (x, i);
      const PxEntity *e = entity_of (x, m->entity);
      if ((e->type == PX_ENTITY_ORG || e->type == PX_ENTITY_EVENT
           || e->type == PX_ENTITY_PERSON)
          && e->gazetteer_entity == PX_NO_ENTITY && g_strcmp0 (m->rule, "capitalised") == 0
          && memchr (x->text + m->span.start, ' ', m->span.end - m->span.start) != NULL)
        g_array_append_val (order, i);
    }
  g_array_sort_with_data (order, compare_starts, x);
  for (guint n = 0; n < order->len; n++)
    {
      guint i = g_array_index (order, guint, n);
      guint body = longer_body_before (x, i);
      if (body == PX_NO_ENTITY)
        continue;
      PxMention *m = &g_array_index (x->out->mentions, PxMention, i);
      if (entity_of (x, m->entity)->type == PX_ENTITY_PERSON)
        g_hash_table_insert (people, GUINT_TO_POINTER (m->entity + 1), GUINT_TO_POINTER (body + 1));
      m->entity = body;
      m->rule = "short-name";
    }
  /* A person so found was never one: its other mentions ("Steel" alone,
   * read as the family name) are the company's too. */
  move_mentions (x, people);
}

/* Whether token @k is written right after "#" or "@": a hashtag or a
 * handle ("#IStandWithAhmed"), which is no name as written. */
static gboolean
hashtag_or_handle (const Extractor *x, const PxSentence *s, guint k)
{
  return k > s->first_token && token (x, k)->joined
         && (token_is (x, k - 1, "#") || token_is (x, k - 1, "@"));
}

/* Whether a number that is no year stands right before token @k of
 * sentence @s: a single word after it is a model's or a thing's ("the
 * 737 Max", "iPhone 15 Pro") or a people's ("200 Rohingya"), no
 * person's name ("In 1998 Ortberg joined" keeps its year); so is one
 * after an ordinal of count_ordinals, a thing counted ("her second
 * Oscar"), or of possessed_ordinals after a possessive ("the country's
 * first Oscar"; "the first Kennedy to run" is a person), or a single
 * word after one of owner_articles, one thing of its kind ("won an Oscar
 * for directing", "became a Democrat in 2010"), unless a noun follows
 * that the name qualifies ("her first Wimbledon title", "a Zorbex
 * spokesman"). */
static gboolean
after_count (const Extractor *x, const PxSentence *s, guint k)
{
  PxSpan year;
  guint end = s->first_token + s->n_tokens;
  /* Not before a noun the name qualifies ("his second Wimbledon title"),
   * a word in lower case that no title leaves so ("an Oscar in 2003"). */
  gboolean noun_after = k + 1 < end && is_lower_word (x, k + 1) && !is_title_minor (x, k + 1);
  if (k > s->first_token && !noun_after && word_in (x, k - 1, x->rules->count_ordinals))
    return TRUE;
  if (k > s->first_token && !noun_after && (k + 1 >= end || !is_capitalised (x, k + 1))
      && word_in (x, k - 1, x->rules->owner_articles))
    return TRUE;
  if (k > s->first_token + 1 && !noun_after && word_in (x, k - 1, x->rules->possessed_ordinals)
      && (token (x, k - 2)->kind == PX_TOKEN_POSSESSIVE
          || word_in (x, k - 2, x->rules->apposition_possessives)))
    return TRUE;
  return k > s->first_token && token (x, k - 1)->kind == PX_TOKEN_NUMBER
         && !year_beside (x, token (x, k)->span.start, FALSE, &year);
}

/* Whether token @k is a free capitalised word that may open a body's
 * name: not one that is no name, but a compass word, which alone is none
 * and before a demonym opens a place's name ("the North Anatolian
 * Fault"); nor one that opens the clause unless the document capitalises
 * it @inside a sentence. */
static gboolean
may_open_body (const Extractor *x, const PxSentence *s, GHashTable *inside, guint k)
{
  const PxToken *t = token (x, k);
  return t->kind == PX_TOKEN_WORD && is_capitalised (x, k) && token_free (x, k)
         && (!word_in (x, k, x->rules->not_names) || compass_word (x, px_token_span (t)))
         && (!at_opener (x, s, k) || word_in (x, k, inside));
}

/* Whether token @k ends one space before @at. */
static gboolean
ends_before (const Extractor *x, guint k, gsize at)
{
  const PxToken *t = token (x, k);
  return t->span.end + 1 == at && x->text[t->span.end] == ' ';
}

/* The start of the body whose name a place completes, when that name goes
 * on after the place ("University of Texas Arlington Muslim Student
 * Association"): the body word before one of place_joiners before
 * token @k, the place's first, and the capitalised words no rule took
 * before that body word, when no rule took the body word or the joiner
 * either.  @start if there is none. */
static gsize
body_before_place (const Extractor *x, const PxSentence *s, guint k, gsize start)
{
  if (k < s->first_token + 2 || !ends_before (x, k - 1, start)
      || !word_in (x, k - 1, x->rules->place_joiners)
      || !ends_before (x, k - 2, token (x, k - 1)->span.start) || !is_body_word (x, k - 2)
      || !token_free (x, k - 2) || !token_free (x, k - 1))
    return start;
  guint first = k - 2;
  while (first > s->first_token && ends_before (x, first - 1, token (x, first)->span.start)
         && is_capitalised (x, first - 1) && token_free (x, first - 1)
         && !word_in (x, first - 1, x->rules->not_names))
    first--;
  return token (x, first)->span.start;
}

/* The start of a body's name that opens with the place or organisation
 * ending at @start, the run's first token being @at: a listed place right
 * before it opens the name ("Nigeria Labour Congress"), and so does a
 * capitalised word no rule took ("Metro Toronto Convention Centre"),
 * unless may_open_body () says it may not; so does the body a place
 * completes (body_before_place ()). */
static gsize
word_before_namer (Extractor *x, const PxSentence *s, GHashTable *inside, guint at, gsize start)
{
  gint place = place_mention_before (x, start);
  if (place >= 0 && !is_absorbed (x, (guint) place))
    return absorb (x, (guint) place).start;
  guint k = at;
  while (k > s->first_token && token (x, k - 1)->span.start >= start)
    k--;
  if (k == s->first_token)
    return start;
  gsize from = body_before_place (x, s, k, start);
  if (from == start && ends_before (x, k - 1, start) && may_open_body (x, s, inside, k - 1))
    {
      /* "Hartsfield-Jackson Atlanta International Airport": the word
       * whole, its first part free too. */
      guint first = hyphened_word_first (x, k - 1, s->first_token);
      if (!is_capitalised (x, first) || !token_free (x, first))
        first = k - 1;
      from = token (x, first)->span.start;
    }
  memset (x->taken + from, 1, start - from);
  return from;
}

/* The start of an ordinal in figures (a number and one of
 * ordinal_suffixes) right before the body's name at @start ("the 82nd
 * Airborne Division"): it tells one unit from the
 * others, and is part of the name.  Not an event's: "the 25th
 * International AIDS Conference" is the series' edition, which another
 * outlet names without the number.  @start if there is none. */
static gsize
ordinal_before (Extractor *x, const PxSentence *s, gsize start)
{
  guint k = token_starting_at (x, start);
  if (k == G_MAXUINT || k == s->first_token || !ends_before (x, k - 1, start))
    return start;
  const PxToken *t = token (x, k - 1);
  const char *text = x->text + t->span.start;
  gsize len = t->span.end - t->span.start, digits = 0;
  while (digits < len && g_ascii_isdigit (text[digits]))
    digits++;
  if (t->kind != PX_TOKEN_NUMBER || digits == 0 || digits == len
      || !is_free (x, px_token_span (t)))
    return start;
  g_autofree char *suffix = g_ascii_strdown (text + digits, (gssize) (len - digits));
  if (!g_hash_table_contains (x->rules->ordinal_suffixes, suffix))
    return start;
  memset (x->taken + t->span.start, 1, start - t->span.start);
  return t->span.start;
}

/* Whether the single word at token @k is a body word that, with the
 * listed place, event or person beside it, names a body: "Hong Kong
 * Island", "University of Sheffield", "Holocaust Museum", "Narendra Modi
 * Stadium". */
static gboolean
names_body_beside (const Extractor *x, guint k)
{
  const PxToken *t = token (x, k);
  if (!is_body_word (x, k))
    return FALSE;
  if (place_mention_before (x, t->span.start) >= 0
      || place_mention_after (x, t->span.end, TRUE) >= 0)
    return TRUE;
  gint i = namer_before (x, t->span.start, !word_in (x, k, x->rules->same_body_words));
  /* "Likud Party" is Likud. */
  return i >= 0
         && !(word_in (x, k, x->rules->party_words)
              && subtype_in (x, entity_of (x, mention_at (x, (guint) i)->entity)->gazetteer_entity,
                             x->rules->party_subtypes));
}

/* "Tokyo Electron", "Osaka Gas": whether the capitalised common word of
 * @n tokens at @k, right after a listed place of one of
 * company_city_subtypes and ending the name, names a company with it.
 * Body, place and event words make names of their own ("Tokyo Tower"),
 * and not_names words none ("Paris Monday"); nor is a city inside a
 * longer name ("Agency for Boston Refugees", "the Boston Magistrates'
 * Courts") a company's. */
static gboolean
names_company_of_city (const Extractor *x, guint k, guint n, guint end)
{
  if (!common_word (x, k, n) || word_in (x, k, x->rules->not_names)
      || word_value (x, k, x->rules->body_word_kinds, FALSE) != 0
      || (k + n < end && (is_capitalised (x, k + n)
                          || (token (x, k + n)->joined
                              && (token_is (x, k + n, "'") || token_is (x, k + n, "-"))))))
    return FALSE;
  gint i = place_mention_before (x, token (x, k)->span.start);
  if (i < 0)
    return FALSE;
  const PxMention *m = mention_at (x, (guint) i);
  const PxEntity *e = entity_of (x, m->entity);
  return !m->demonym && e->gazetteer_entity != PX_NO_ENTITY
         && subtype_in (x, e->gazetteer_entity, x->rules->company_city_subtypes)
         && !ends_longer_run (x, m->span.start);
}

/* Whether the word at token @k of sentence @s comes after a capitalised
 * word and a connector, a joiner or a title's minor word ("Mass Eye and
 * Ear", "It Was Just an Accident"): the end of a longer name, no name
 * alone.  Any other word between is a clause's ("He told Time
 * magazine"), and so is a minor word after a clause's first word
 * ("Campaigners from Reprieve, a legal charity,"). */
static gboolean
ends_longer_name (const Extractor *x, const PxSentence *s, guint k)
{
  if (k < s->first_token + 2 || token (x, k - 1)->kind != PX_TOKEN_WORD
      || is_capitalised (x, k - 1) || !is_capitalised (x, k - 2))
    return FALSE;
  return word_in (x, k - 1, x->rules->connectors)
         || word_in (x, k - 1, x->rules->complement_joiners)
         || (is_title_minor (x, k - 1) && !at_opener (x, s, k - 2));
}

/* Whether the single word @span is in the plural ("Ghostbusters",
 * "Stormtroopers"): a group's name or a people's, no person's, when
 * nothing but the lack of another type made it one (a family name alone,
 * "Adams", is the person named in full before, found earlier). */
static gboolean
names_a_group (const Extractor *x, PxSpan span)
{
  /* Five letters at least: a short word in -s ("Ames", "Reis") is as
   * often a family name. */
  return span.end - span.start >= 5 && looks_plural (x->text + span.start, span.end - span.start);
}

/* Whether the name @span of @words ends in a group's word: a single
 * word in the plural (names_a_group ()), or after other words a common
 * word in the plural (ends_in_common_plural ()), unless a listed given
 * name or a particle opens the name ("John Stones", "De Beers"). */
static gboolean
ends_in_group (const Extractor *x, const GArray *words, PxSpan span, guint end)
{
  if (words->len == 1)
    return names_a_group (x, span);
  guint first = g_array_index (words, guint, 0);
  g_autofree char *opener = g_utf8_strdown (x->text + token (x, first)->span.start,
                                            (gssize) (token (x, first)->span.end
                                                      - token (x, first)->span.start));
  if (is_given_name (x, first) || g_hash_table_contains (x->rules->particles, opener))
    return FALSE;
  /* "Economic Freedom Fighters (EFF)": an acronym says it is a body. */
  guint last = g_array_index (words, guint, words->len - 1);
  return ends_in_common_plural (x, words, end)
         && !abbreviated_after (x, first, last + word_tokens (x, last, end) - first, end);
}

/* Keeps @type, as unknown_type () gave it (@guessed) to a mention of
 * entity @e, which the mention @created: "made by Biogen" makes a person
 * by default, "shares in Biogen" later an organisation. */
static void
settle_type (Extractor *x, guint e, PxEntityType type, gboolean guessed, gboolean created)
{
  PxEntity *entity = g_ptr_array_index (x->out->entities, e);
  gpointer key = GUINT_TO_POINTER (e + 1);
  if (entity->gazetteer_entity != PX_NO_ENTITY)
    return;
  if (created && guessed)
    g_hash_table_add (x->guessed, key);
  else if (!guessed && g_hash_table_remove (x->guessed, key))
    entity->type = type;
}

/* Whether token @k is a capitalised word no rule took that may be part of
 * a person's name (no word of not_names). */
static gboolean
name_word (const Extractor *x, guint k)
{
  return is_capitalised (x, k) && token_free (x, k) && !word_in (x, k, x->rules->not_names);
}

/* The closing quote of a nickname opened by the quote at token @q: at
 * most three words, the first capitalised, written on to the quotes, and
 * a name word after it, a space between ("Jimmy "Barbecue" Cherizier",
 * "Joaquin "El Chapo" Guzman").  0 when there is none. */
static guint
nickname_end (const Extractor *x, guint q, guint end)
{
  if (!token_is (x, q, "\"") || token (x, q)->joined || q + 3 >= end
      || !token (x, q + 1)->joined || !is_capitalised (x, q + 1))
    return 0;
  for (guint c = q + 2; c < end && c <= q + 4; c++)
    {
      if (token_is (x, c, "\""))
        return token (x, c)->joined && c + 1 < end && !token (x, c + 1)->joined
                   && name_word (x, c + 1) ? c : 0;
      if (token (x, c)->kind != PX_TOKEN_WORD)
        return 0;
    }
  return 0;
}

/* A nickname in quotes between a person's given and family names: the
 * mention spans all of it, and the person's name is the names around
 * the nickname ("Jimmy Cherizier"), which later mentions use. */
static void
pass_nicknames (Extractor *x)
{
  for (guint i = 0; i < px_segmentation_n_sentences (x->seg); i++)
    {
      const PxSentence *s = px_segmentation_get_sentence (x->seg, i);
      guint end = s->first_token + s->n_tokens;
      for (guint q = s->first_token + 1; q < end; q++)
        {
          guint c = nickname_end (x, q, end);
          if (c == 0 || !name_word (x, q - 1))
            continue;
          /* The given names go back to a title, which is no part of
           * them: "Astronaut Barry "Butch" Wilmore". */
          guint first = q - 1;
          while (first > s->first_token && q - first < x->rules->max_name_words - 1
                 && !x->after_title[first] && name_word (x, first - 1))
            first--;
          guint family = capital_word (x, c + 1, end);
          if (family == 0)
            continue;
          PxSpan given = tokens_span (x, first, q - first);
          PxSpan last = tokens_span (x, c + 1, family);
          g_autofree char *given_text = span_text (x, given);
          g_autofree char *last_text = span_text (x, last);
          g_autofree char *name = g_strconcat (given_text, " ", last_text, NULL);
          add_mention (x, (PxSpan) { given.start, last.end },
                       named_entity (x, name, PX_ENTITY_PERSON), "nickname", FALSE);
          q = c + family;
        }
    }
}

/* Whether the single word at token @k opens a body's name that a listed
 * place or demonym right after it goes on with, a body word after that:
 * "Anglo Irish Bank" is one name, which the body word's turn finds
 * whole (word_before_namer ()). */
static gboolean
opens_body_of_place (const Extractor *x, guint k, guint end)
{
  if (k + 1 >= end || !ends_before (x, k, token (x, k + 1)->span.start))
    return FALSE;
  gint i = indexed (x->place_starts, token (x, k + 1)->span.start);
  if (i < 0)
    return FALSE;
  PxSpan word;
  PxSpan place = mention_at (x, (guint) i)->span;
  if (!word_after (x, place.end, &word) || !is_free (x, word))
    return FALSE;
  guint b = k + 1;
  while (b < end && token (x, b)->span.start < word.start)
    b++;
  return b < end && token (x, b)->span.start == word.start && is_capitalised (x, b)
         && (word_value (x, b, x->rules->body_word_kinds, FALSE) & PX_BODY_ORG);
}

/* Whether a rule named an entity of its own, no person, by the words
 * of the @n tokens at @k written as they are: "Astronomer" after "the
 * data software company Astronomer" names the company wherever else it
 * stands. */
static gboolean
named_so_before (const Extractor *x, guint k, guint n)
{
  g_autofree char *name = span_text (x, tokens_span (x, k, n));
  g_autofree char *id = id_from_name (name);
  guint slot = GPOINTER_TO_UINT (g_hash_table_lookup (x->out->by_id, id));
  if (slot == 0)
    return FALSE;
  const PxEntity *e = entity_of (x, slot - 1);
  return e->gazetteer_entity == PX_NO_ENTITY && e->type != PX_ENTITY_PERSON
         && g_str_equal (e->name, name);
}

/* Whether something types the common word of @n tokens at @k as a
 * name: an apposition ("Unite, the British union,"), a kind noun before
 * it ("the journal Science") or before the list it is in ("companies
 * including Adobe"), a place's noun and "of" ("the town of
 * Tempi"), or after an article, a possessive or a kind noun's opener a
 * kind noun after it ("the Champagne region", "its Perseverance
 * rover": a maker is seldom named by a common word, so a product's noun
 * there names the product); not after a common word's possessive, which
 * the name may go on from ("National People's Power coalition").  Or
 * something typed it so before (named_so_before ()). */
static gboolean
common_word_typed (const Extractor *x, const PxSentence *s, guint k, guint n, guint end)
{
  return apposition_type (x, k + n - 1, end) != PX_ENTITY_PERSON
         || publication_after (x, k, n, end)
         || (k > s->first_token && place_noun_opens (x, s, k - 1))
         || noun_before_type (x, s, k, n, k + n) != PX_ENTITY_PERSON
         || (k > s->first_token
             && (word_in (x, k - 1, x->rules->apposition_articles)
                 || word_in (x, k - 1, x->rules->kind_noun_openers)
                 || (token (x, k - 1)->kind == PX_TOKEN_POSSESSIVE && k >= 2
                     && !common_word (x, k - 2, 1)))
             && noun_after_type (x, k + n - 1, end, TRUE, TRUE) != PX_ENTITY_PERSON)
         /* Last, as it walks back over a list: "companies, including
          * Adobe, Amazon and Zorbex". */
         || example_kind_type (x, s, k, TRUE) != PX_ENTITY_PERSON
         || named_so_before (x, k, n);
}

/* The listed organisation's mention of one word that ends one space
 * before the name @span of @words, when no word of the name is a common
 * word or a given name: "Bayer Leverkusen", "Google DeepMind" name
 * another body, which the company's name opens.  -1 when there is none. */
static gint
brand_before (const Extractor *x, PxSpan span, const GArray *words, guint end)
{
  gint i = namer_before (x, span.start, TRUE);
  if (i < 0)
    return -1;
  const PxMention *m = mention_at (x, (guint) i);
  const PxEntity *e = entity_of (x, m->entity);
  if (e->type != PX_ENTITY_ORG || e->gazetteer_entity == PX_NO_ENTITY || m->demonym
      || memchr (x->text + m->span.start, ' ', m->span.end - m->span.start) != NULL)
    return -1;
  for (guint w = 0; w < words->len; w++)
    {
      guint k = g_array_index (words, guint, w);
      if (common_word (x, k, word_tokens (x, k, end)) || is_given_name (x, k))
        return -1;
    }
  return i;
}

/* Whether something around the run of @n tokens at @k says it names an
 * organisation: one of org_cues before it ("shares of"), or an
 * apposition after it ("Zorbex AI, a Tokyo-based developer,"). */
static gboolean
body_signed (const Extractor *x, const PxSentence *s, guint k, guint n, guint end)
{
  return cue_before (x, s, k, x->rules->org_cues, FALSE)
         || apposition_type (x, k + n - 1, end) == PX_ENTITY_ORG;
}

/* Notes @span, a work's title (names_a_work ()) opening at token @at,
 * so that it names the work alone later ("the film Oppenheimer won ...
 * Oppenheimer took $950 million"); not a title that a given name opens,
 * a person's name as often ("the album Taylor Swift"). */
static void
note_work (Extractor *x, guint at, PxSpan span)
{
  if (!is_given_name (x, at))
    g_hash_table_add (x->works, span_text (x, span));
}

/* Whether @span is the title of a work named before (note_work ()),
 * and not the family name of a person the text names (@surnames, in
 * the single words' pass), whom it would name as well. */
static gboolean
titles_work (const Extractor *x, PxSpan span, GHashTable *surnames)
{
  if (g_hash_table_size (x->works) == 0)
    return FALSE;
  g_autofree char *title = span_text (x, span);
  return g_hash_table_contains (x->works, title)
         && (surnames == NULL || !g_hash_table_contains (surnames, title));
}

/* @multi: runs of two words or more; else single words.  @inside: the
 * words the document capitalises inside a sentence.  @surnames:
 * family names of the persons named, which a single word never claims
 * for a stranger ("Kim" where two Kims are named).  @acronyms: those the
 * document defines; an acronym it does not define names nobody we can
 * tell ("VIP", "GMT"). */
static void
pass_unknown (Extractor *x, gboolean multi, GHashTable *inside, GHashTable *things,
              GHashTable *surnames, GHashTable *acronyms)
{
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < px_segmentation_n_sentences (x->seg); i++)
    {
      const PxSentence *s = px_segmentation_get_sentence (x->seg, i);
      guint end = s->first_token + s->n_tokens;
      /* The token after the last honorific: a name there is a person's,
       * whatever its words ("Dr. Adrian Hill", "Mr. Frank Church"). */
      guint after_honorific = G_MAXUINT;
      for (guint k = s->first_token; k < end; k++)
        {
          guint t = title_at (x, k, end);
          /* "King Road", "Queen Street": a title of street_titles before
           * a place's word alone opens the place's name ("Senator Park"
           * is a person). */
          if (t == 1 && k + 1 < end && word_in (x, k, x->rules->street_titles)
              && is_capitalised (x, k + t)
              && word_value (x, k + t, x->rules->body_word_kinds, FALSE) == PX_BODY_PLACE
              && (k + t + 1 >= end || !is_capitalised (x, k + t + 1)))
            t = 0;
          /* "the Commission's Executive Vice-President", "the
           * Coordinating Minister of Health": a title a capitalised
           * common word qualifies is no name either; a body's word is
           * no qualifier ("Directorate General of Civil Aviation",
           * "Board President Jackie Goldberg"), but one of
           * title_qualifying_body_words ("Group Chief Executive"). */
          if (t == 0 && (!is_body_word (x, k)
                         || word_in (x, k, x->rules->title_qualifying_body_words)))
            t = qualified_title_at (x, k, end);
          if (t == 0 && (t = honorific_at (x, k, end)) > 0)
            after_honorific = k + t;
          if (t > 0)
            {
              k += t + office_after_title (x, k, t, end) - 1;
              continue;
            }
          if (hashtag_or_handle (x, s, k))
            continue;
          gboolean opener = at_opener (x, s, k);
          guint short_body;
          /* A word that is no name may open a longer one ("North
           * Carolina", "General Motors"), except at a sentence's start
           * unless it is a compass word ("South Zorbia Police said"),
           * and is none alone, unless it is a body word after a place
           * ("Police" is no name, "Greater Manchester Police" one). */
          if (!is_capitalised (x, k) || word_ends_in (x, k, x->rules->contraction_endings)
              || (word_in (x, k, x->rules->not_names)
                  && ((opener && !(multi && word_in (x, k, x->rules->compass_words))) || !multi)
                  && (multi || !is_body_word (x, k)
                      || place_mention_before (x, token (x, k)->span.start) < 0)))
            continue;
          /* A family name alone is the surnames pass's, unless a body's
           * kind noun names it (kind_noun_claims_surname ()), or it is a
           * place's word written before the place ("at Zandvoort" before
           * "Circuit Zandvoort"). */
          if (!multi && surnames && word_in (x, k, surnames)
              && !kind_noun_claims_surname (x, s, k, 1)
              && !place_word_before_place (x, surnames, k))
            continue;
          guint n = drop_trailing_not_names (x, k,
                                             capital_run (x, k, end, body_kind_before (x, s, k, end),
                                                          words),
                                             words);
          if (words->len == 0 || (words->len > 1) != multi)
            {
              k += n > 0 ? n - 1 : 0;
              continue;
            }
          if (portfolio_title_at (x, k + n, end) && !is_given_name (x, k)
              && (!names_a_body (x, words) || body_words_name_portfolio (x, words))
              && !ends_in_legal_form (x, tokens_span (x, k, n)))
            {
              k += n - 1;
              continue;
            }
          guint at = k, span_n = n;
          if (((!opener || word_in (x, k, inside) || says_after_place (x, k + n, end))
               && names_body_of_place (x, words, k, n, end))
              || team_before_score (x, k, n, end))
            {
              add_body_of_place (x, k, n);
              k += n - 1;
              continue;
            }
          if (multi && add_coordinated_bodies (x, k, n))
            {
              k += n - 1;
              continue;
            }
          if (multi && names_a_body (x, words))
            span_n = n = split_after_body (x, k, n, end, words);
          else if (multi && opening_acronym (x, k) && !acronym_and_plural (x, words, end))
            continue;   /* "HMC Searcher": the body, then the rest */
          else if (multi && (is_capitals_code (x, g_array_index (words, guint, words->len - 1))
                             || has_model_word (x, tokens_span (x, k, n)))
                   && !body_signed (x, s, k, n, end))
            {
              /* "PlayStation VR", "Windows XP", "Galaxy Z Fold6": a
               * product, not a person; but "shares of Zorbex AI" are a
               * company's. */
              PxSpan span = tokens_span (x, k, n);
              memset (x->taken + span.start, 1, span.end - span.start);
              k += n - 1;
              continue;
            }
          else if (multi)
            {
              at = shape_person_run (x, s, opener, inside, k, n, end, words, &span_n);
              if (span_n == 0)
                {
                  k += n - 1;
                  continue;
                }
            }
          else if (n == 1 && is_acronym (x, k))
            {
              add_acronym (x, s, k, acronyms);
              continue;
            }
          else if (n == 1 && is_plural_acronym (x, k))
            continue;   /* "SUVs", "NGOs": things of a kind, not a name */
          else if (!multi && !in_quoted_title (x, s, k) && !names_a_work (x, s, k)
                   && add_plural_demonym (x, tokens_span (x, k, n)))
            continue;   /* no title's word: "Cowboys and Indians" */
          else if (n == 1 && (word_in (x, k, x->rules->post_nominals)
                              || word_in (x, k, x->rules->capitalised_adjectives)))
            continue;   /* "admitted to a PhD", "the first Black woman" */
          else if (!multi && opens_body_of_place (x, k, end))
            continue;   /* "Anglo" of "Anglo Irish Bank": the bank's turn */
          else if (!multi && peoples_compound (x, k, end))
            {
              k += n - 1;   /* "the Anglo-Ashanti wars": no one's name */
              continue;
            }
          else if (!multi && names_company_of_city (x, k, n, end))
            {
              add_body_of_place (x, k, n);
              continue;
            }
          else if (!multi && names_body_beside (x, k))
            ;   /* "Hong Kong Island", "University of Sheffield": a body of
                 * the place, below; "Holocaust Museum", of the event.  Not
                 * after an organisation: "Rolling Stone Magazine" is the
                 * magazine itself. */
          else if (!multi && is_body_word (x, k) && word_tokens (x, k, end) == 1)
            {
              /* A body word alone names the body named before with it
               * ("the Church"), else nobody we can tell; not one that a
               * hyphen joins to a name ("Copa-Cogeca"). */
              guint body = body_named_before (x, k, token (x, k)->span.start);
              if (body != PX_NO_ENTITY)
                add_mention (x, px_token_span (token (x, k)), body, "body-word", FALSE);
              continue;
            }
          else if (!multi && !opener && (short_body = opened_body_before (x, k)) != PX_NO_ENTITY)
            {
              /* "with Labor" after "the Labor Party": a common word too. */
              add_mention (x, px_token_span (token (x, k)), short_body, "short-name", FALSE);
              continue;
            }
          else if (cue_before (x, s, k, x->rules->disease_cues, FALSE))
            {
              k += n - 1;   /* "an outbreak of Ebola": a disease, no place */
              continue;
            }
          else if (!is_web_name (x, k, n)
                   && (too_short (x, k, n)
                       /* A common word is a name only where something
                        * types it, unless it ends a longer one ("Mass Eye
                        * and Ear, a teaching hospital"). */
                       || (common_word (x, k, n)
                           && (!common_word_typed (x, s, k, n, end)
                               || ends_longer_name (x, s, k)))
                       || adjective_compound (x, k, n) || eponym_of_thing (x, k, n, end)
                       || common_compound (x, k, n) || after_count (x, s, k)
                       || adjective_by_ending (x, k, n, end)
                       || (opener && !word_in (x, k, inside)
                           && !named_by_apposition (x, k + n - 1, end)
                           && !(k + n < end && word_in (x, k + n, x->rules->kind_noun_verbs))
                           && !relative_after (x, k + n - 1, end, x->rules->body_relatives)
                           && !cue_after (x, k + n, end, x->rules->org_after_cues)
                           && !listed_with_org (x, s, k))))
            continue;   /* "Goma, a city in the east," opens a sentence as a name */
          PxSpan span = name_span (x, at, span_n, end);
          gboolean work = names_a_work (x, s, at);
          if (work || in_quoted_title (x, s, k) || titles_work (x, span, surnames))
            {
              /* A title names no entity, and no word of it is one. */
              if (work)
                note_work (x, at, span);
              memset (x->taken + span.start, 1, span.end - span.start);
              k += n - 1;
              continue;
            }
          if (add_plural_demonym (x, span))
            continue;
          gboolean guessed = FALSE;
          /* After an honorific a name is a person's, unless a legal form
           * ends it: "Sir Robert McAlpine Ltd." is a company. */
          gboolean honoured = at == after_honorific
                              && !word_in (x, g_array_index (words, guint, words->len - 1),
                                           x->rules->same_body_words);
          PxEntityType type = honoured ? PX_ENTITY_PERSON
                                       : unknown_type (x, s, words, at, &guessed);
          /* A model's name ("Su-24", "A321neo") is no person's, nor a
           * name only guessed at; a disease's or a genus' is no
           * person's, nor a guessed one that ends in a letter. */
          guintptr thing = word_value (x, g_array_index (words, guint, words->len - 1), things,
                                       FALSE);
          gboolean group = type == PX_ENTITY_PERSON && guessed
                           && ends_in_group (x, words, span, end);
          if (((thing & THING_MODEL) && (type == PX_ENTITY_PERSON || guessed))
              || (type == PX_ENTITY_PERSON && has_model_word (x, span))
              || ((thing & (THING_DISEASE | THING_SPECIES)) && type == PX_ENTITY_PERSON)
              || (type == PX_ENTITY_PERSON && guessed && ends_in_letter (x, words, end))
              || (group && words->len == 1))
            {
              k += n - 1;
              continue;
            }
          /* "Penguin Books", "Arctic Monkeys", "Zorbex Cinemas": a name of
           * several words that ends in a common word in the plural is a
           * group's, a company's, a band's or a team's, an organisation. */
          if (group)
            {
              type = PX_ENTITY_ORG;
              guessed = FALSE;
            }
          gint brand = type == PX_ENTITY_PERSON && guessed ? brand_before (x, span, words, end)
                                                           : -1;
          if (brand >= 0)
            {
              /* "Bayer Leverkusen", "Google DeepMind": the company's
               * name opens another body's. */
              type = PX_ENTITY_ORG;
              guessed = FALSE;
              span.start = absorb (x, (guint) brand).start;
            }
          gint places[2] = { -1, -1 };
          if (type != PX_ENTITY_PERSON)
            {
              absorb_inside (x, span, type == PX_ENTITY_PLACE);
              span = absorb_place (x, span, head_is_body_word (x, words, end), places);
              gsize org_end = places[1] >= 0 ? org_words_after_place (x, span) : span.end;
              if (org_end > span.end)
                {
                  span.end = org_end;
                  type = PX_ENTITY_ORG;
                  guessed = FALSE;
                }
              unname_namesake (x, places, type == PX_ENTITY_PLACE ? words : NULL);
              if (type == PX_ENTITY_PLACE && places[0] >= 0
                  && mention_at (x, (guint) places[0])->demonym)
                g_hash_table_add (x->unnamed, GUINT_TO_POINTER (places[0] + 1));
            }
          if (places[0] >= 0)
            span.start = word_before_namer (x, s, inside, at, span.start);
          if (type == PX_ENTITY_ORG)
            span.start = ordinal_before (x, s, span.start);
          g_autofree char *name = span_text (x, span);
          guint office = type != PX_ENTITY_PERSON && span.start == token (x, at)->span.start
                           ? office_of_owner (x, s, at, name) : PX_NO_ENTITY;
          if (office != PX_NO_ENTITY)
            {
              add_mention (x, span, gazetteer_entity (x, office), "country-office", FALSE);
              k += n - 1;
              continue;
            }
          g_autofree char *known_as = written_out_name (x, span, places);
          guint before = x->out->entities->len;
          guint e = named_entity_as (x, name, known_as, type, TRUE);
          settle_type (x, e, type, guessed, x->out->entities->len > before);
          add_mention (x, span, e, "capitalised", FALSE);
          k += n - 1;
        }
    }
}


static int
compare_mentions (gconstpointer a, gconstpointer b)
{
  const PxMention *x = a, *y = b;
  return x->span.start < y->span.start ? -1 : x->span.start > y->span.start;
}

/* Gives @m's entity the next number in @order, unless it has one, and
 * renumbers @m. */
static void
renumber (PxEntities *out, guint *order, GPtrArray *sorted, PxMention *m)
{
  if (order[m->entity] == G_MAXUINT)
    {
      order[m->entity] = sorted->len;
      g_ptr_array_add (sorted, out->entities->pdata[m->entity]);
      out->entities->pdata[m->entity] = NULL;
    }
  m->entity = order[m->entity];
}

/* Renumbers the entities in order of first mention, a nested one
 * included. */
static void
order_entities (PxEntities *out)
{
  g_array_sort (out->mentions, compare_mentions);
  g_array_sort (out->nested, compare_mentions);
  guint n = out->entities->len;
  g_autofree guint *order = g_new (guint, n + 1);
  for (guint k = 0; k < n; k++)
    order[k] = G_MAXUINT;
  GPtrArray *sorted = g_ptr_array_new_with_free_func ((GDestroyNotify) entity_free);
  for (guint a = 0, b = 0; a < out->mentions->len || b < out->nested->len;)
    {
      PxMention *m = a < out->mentions->len ? &g_array_index (out->mentions, PxMention, a) : NULL;
      PxMention *inner = b < out->nested->len ? &g_array_index (out->nested, PxMention, b) : NULL;
      /* A body's mention comes before the names inside it. */
      if (m != NULL && (inner == NULL || m->span.start <= inner->span.start))
        renumber (out, order, sorted, m), a++;
      else
        renumber (out, order, sorted, inner), b++;
    }
  /* Entities no mention refers to any more are dropped. */
  for (guint k = 0; k < n; k++)
    if (out->entities->pdata[k])
      entity_free (out->entities->pdata[k]);
  g_ptr_array_set_free_func (out->entities, NULL);
  g_ptr_array_unref (out->entities);
  out->entities = sorted;
  g_hash_table_remove_all (out->by_id);
  for (guint k = 0; k < sorted->len; k++)
    g_hash_table_insert (out->by_id, ((PxEntity *) sorted->pdata[k])->id,
                         GUINT_TO_POINTER (k + 1));
}

PxEntities *
px_extract_entities (const PxNameRules *rules, const PxGazetteer *gazetteer, const PxText *text,
                     const PxSegmentation *seg)
{
  g_return_val_if_fail (rules && gazetteer && text && seg, NULL);
  PxEntities *out = g_new0 (PxEntities, 1);
  out->entities = g_ptr_array_new_with_free_func ((GDestroyNotify) entity_free);
  out->mentions = g_array_new (FALSE, FALSE, sizeof (PxMention));
  out->nested = g_array_new (FALSE, FALSE, sizeof (PxMention));
  out->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  MainCountry places_country = { FALSE, PX_NO_ENTITY }, main = { FALSE, PX_NO_ENTITY };
  Extractor x = { .rules = rules, .gaz = gazetteer, .seg = seg, .out = out,
                  .places_country = &places_country, .main_country = &main };
  x.text = px_text_get_normalized (text, &x.len);
  if (px_segmentation_n_tokens (seg) > 0)
    x.tokens = px_segmentation_get_token (seg, 0);
  x.taken = g_malloc0 (x.len + 1);
  x.absorbed = g_hash_table_new (g_direct_hash, g_direct_equal);
  x.unnamed = g_hash_table_new (g_direct_hash, g_direct_equal);
  x.guessed = g_hash_table_new (g_direct_hash, g_direct_equal);
  x.works = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  find_titles (&x);
  pass_gazetteer (&x);
  pass_homonyms (&x);
  pass_regions (&x);
  pass_teams (&x);
  pass_place_units (&x);
  pass_editions (&x);
  pass_qualified_names (&x);
  index_places (&x);
  pass_case_names (&x);
  pass_club_places (&x);
  pass_state_abbreviations (&x);
  pass_datelines (&x);
  pass_titles (&x);
  pass_peerages (&x);
  pass_in_context (&x);
  pass_country_offices (&x);
  pass_parties (&x);
  pass_foreign_parties (&x);
  pass_national_societies (&x);
  pass_nicknames (&x);
  g_autoptr(GHashTable) inside = capitalised_inside (&x, FALSE);
  /* A single word opening a sentence is a name only if the document
   * writes it as one alone inside a sentence: "Small" of "Alliance of
   * Small Island States" does not make "Small island states said" one. */
  g_autoptr(GHashTable) alone = capitalised_inside (&x, TRUE);
  g_autoptr(GHashTable) things = thing_words (&x);
  pass_spelled_out (&x);
  index_person_ends (&x);
  pass_unknown (&x, TRUE, inside, things, NULL, NULL);
  pass_particle_names (&x);
  pass_shared_surnames (&x);
  /* After every full name is known: "Mr Key" is the "Prime Minister John
   * Key" the title pass found. */
  pass_honorifics (&x);
  pass_listed_acronyms (&x);
  pass_name_parts (&x);
  g_autoptr(GHashTable) surnames = collect_surnames (&x);
  pass_surnames (&x, surnames);
  g_autoptr(GHashTable) acronyms = defined_acronyms (&x);
  index_mentions (&x);
  pass_acronyms_of_named_bodies (&x);
  pass_short_names (&x);
  pass_unknown (&x, FALSE, alone, things, surnames, acronyms);
  pass_aliases (&x);
  pass_apposed_peerages (&x);
  nest_absorbed (&x);
  order_entities (out);
  g_free (x.taken);
  g_free (x.title_len);
  g_free (x.after_title);
  g_free (x.honorific_len);
  g_hash_table_unref (x.place_starts);
  g_hash_table_unref (x.place_ends);
  g_hash_table_unref (x.namer_starts);
  g_hash_table_unref (x.namer_ends);
  g_hash_table_unref (x.product_starts);
  g_hash_table_unref (x.product_ends);
  g_hash_table_unref (x.absorbed);
  g_hash_table_unref (x.unnamed);
  g_hash_table_unref (x.guessed);
  g_hash_table_unref (x.works);
  g_hash_table_unref (x.person_ends);
  g_hash_table_unref (x.body_words);
  g_hash_table_unref (x.body_heads);
  g_hash_table_unref (x.initials);
  if (x.homonym_mentions != NULL)
    g_array_unref (x.homonym_mentions);
  if (x.homonyms != NULL)
    g_hash_table_unref (x.homonyms);
  return out;
}
