/* fold.c: the tokenizer that names and texts share, so that a name always
 * meets a text in the same form. */
#include "config.h"

#include <string.h>

#include "gazetteer/tables.h"

static inline gunichar
char_at (const char *text, gsize len, gsize i)
{
  if ((guchar) text[i] < 0x80)
    return (guchar) text[i];
  gunichar c = g_utf8_get_char_validated (text + i, (gssize) (len - i));
  return (c == (gunichar) -1 || c == (gunichar) -2) ? 0xFFFD : c;
}

static inline gboolean
is_space (gunichar c)
{
  return c < 0x80 ? g_ascii_isspace (c) : g_unichar_isspace (c);
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

static gboolean
is_dash (gunichar c)
{
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

/* Letters that do not decompose into a base letter and a mark. */
static const char *
fold_special (gunichar c)
{
  switch (c)
    {
    case 0x00DF: return "ss";  /* ß */
    case 0x00E6: return "ae";  /* æ */
    case 0x0153: return "oe";  /* œ */
    case 0x00F8: return "o";   /* ø */
    case 0x0111: return "d";   /* đ */
    case 0x0142: return "l";   /* ł */
    case 0x0131: return "i";   /* dotless ı */
    case 0x00FE: return "th";  /* þ */
    case 0x00F0: return "d";   /* ð */
    default: return NULL;
    }
}

/* Appends @c in lower case without diacritics. */
static void
fold_char (GString *out, gunichar c)
{
  if (c < 0x80)
    {
      g_string_append_c (out, g_ascii_tolower ((char) c));
      return;
    }
  c = g_unichar_tolower (c);
  const char *special = fold_special (c);
  if (special)
    {
      g_string_append (out, special);
      return;
    }
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n = g_unichar_fully_decompose (c, FALSE, parts, G_N_ELEMENTS (parts));
  for (gsize k = 0; k < n; k++)
    if (!g_unichar_ismark (parts[k]))
      g_string_append_unichar (out, parts[k]);
}

void
px_name_tokens_init (PxNameTokens *t, const char *text, gsize len, GString *buffer)
{
  memset (t, 0, sizeof *t);
  t->text = text;
  t->len = len;
  t->folded = buffer;
}

/* The possessive "'s" at @i: an apostrophe, an s, and no more letters. */
static gboolean
is_possessive_s (const PxNameTokens *t, gsize i)
{
  if (!is_apostrophe (char_at (t->text, t->len, i)))
    return FALSE;
  gsize s = px_next_char (t->text, t->len, i);
  if (s >= t->len || (t->text[s] != 's' && t->text[s] != 'S'))
    return FALSE;
  return s + 1 >= t->len || !px_is_word_char (char_at (t->text, t->len, s + 1));
}

/* A word: letters, digits and marks; inner apostrophes ("O'Brien") but not
 * the possessive; inner periods of an abbreviation ("U.S.", "D.P.R.K.",
 * "S.Paulo") and the period after a single letter ("W."), which fold away.
 * A period after a longer part is a full stop: "Folha de S.Paulo." ends
 * before it; so is one after a single digit: "Ligue 1." */
static void
scan_word (PxNameTokens *t)
{
  const char *s = t->text;
  gsize i = t->start;
  guint letters = 0;
  gboolean dotted = FALSE, digit = FALSE;
  while (i < t->len)
    {
      gunichar c = char_at (s, t->len, i);
      gsize n = px_next_char (s, t->len, i);
      if (px_is_word_char (c))
        {
          fold_char (t->folded, c);
          digit = c < 0x80 && g_ascii_isdigit ((char) c);
          letters++;
        }
      else if (is_apostrophe (c) && n < t->len && px_is_word_char (char_at (s, t->len, n))
               && !is_possessive_s (t, i))
        g_string_append_c (t->folded, '\'');
      else if (c == '.' && ((letters == 1 && !digit) || dotted))
        {
          /* "U." or "U.S": the period belongs to the abbreviation when a
           * letter follows at once or when it closes one. */
          gboolean closes = letters == 1;
          dotted = TRUE;
          letters = 0;
          if (n < t->len && px_is_word_char (char_at (s, t->len, n)))
            {
              i = n;
              continue;
            }
          if (closes)
            i = n;
          break;
        }
      else
        break;
      i = n;
    }
  t->end = i;
}

gboolean
px_name_tokens_next (PxNameTokens *t)
{
  const char *s = t->text;
  gsize i = t->end > t->pos ? t->end : t->pos;
  gboolean spaced = FALSE;
  while (i < t->len && is_space (char_at (s, t->len, i)))
    {
      i = px_next_char (s, t->len, i);
      spaced = TRUE;
    }
  if (i >= t->len)
    {
      t->pos = t->end = t->len;
      return FALSE;
    }
  gboolean after_word = t->after_word && !spaced;
  g_string_truncate (t->folded, 0);
  t->start = i;
  gunichar c = char_at (s, t->len, i);
  t->after_word = FALSE;
  if (px_is_word_char (c))
    {
      scan_word (t);
      t->after_word = TRUE;
    }
  else if (after_word && is_possessive_s (t, i))
    {
      t->end = px_next_char (s, t->len, px_next_char (s, t->len, i)) ;
      g_string_append (t->folded, "'s");
    }
  else
    {
      t->end = px_next_char (s, t->len, i);
      if (is_apostrophe (c) || c == 0x2018)
        g_string_append_c (t->folded, '\'');
      else if (c == '"' || c == 0x201C || c == 0x201D)
        g_string_append_c (t->folded, '"');
      else if (is_dash (c))
        g_string_append_c (t->folded, '-');
      else
        fold_char (t->folded, c);
    }
  t->pos = t->end;
  return TRUE;
}

void
px_gazetteer_case (const char *text, gsize len, gboolean *capital, gboolean *all_caps)
{
  gboolean first = TRUE;
  *capital = FALSE;
  *all_caps = TRUE;
  for (gsize i = 0; i < len; i = px_next_char (text, len, i))
    {
      gunichar c = char_at (text, len, i);
      gboolean upper;
      if (c < 0x80)
        {
          if (!g_ascii_isalpha (c))
            continue;
          upper = g_ascii_isupper (c);
        }
      else if (!g_unichar_isalpha (c))
        continue;
      else
        upper = g_unichar_isupper (c) || g_unichar_istitle (c);
      if (first)
        *capital = upper;
      first = FALSE;
      if (!upper)
        *all_caps = FALSE;
    }
  if (first)
    *all_caps = FALSE;
}

guint
px_count_letters (const char *text, gsize len)
{
  guint n = 0;
  for (gsize i = 0; i < len; i = px_next_char (text, len, i))
    if (g_unichar_isalpha (char_at (text, len, i)))
      n++;
  return n;
}

char *
px_gazetteer_fold (const char *text, gsize len)
{
  g_autoptr(GString) buffer = g_string_new (NULL);
  GString *out = g_string_new (NULL);
  PxNameTokens t;
  px_name_tokens_init (&t, text, len, buffer);
  while (px_name_tokens_next (&t))
    {
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_len (out, buffer->str, buffer->len);
    }
  return g_string_free (out, FALSE);
}

static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
}

gboolean
px_name_token_next (const char *text, gsize len, gsize pos, gboolean after_word, GString *folded,
               PxNameToken *token)
{
  if (px_ascii_token (text, len, pos, token))
    return TRUE;
  PxNameTokens t;
  px_name_tokens_init (&t, text, len, folded);
  t.pos = t.end = pos;
  t.after_word = after_word;
  if (!px_name_tokens_next (&t))
    return FALSE;
  token->start = t.start;
  token->end = t.end;
  token->hash = px_token_hash (folded->str, folded->len);
  token->after_word = t.after_word;
  token->ascii = FALSE;
  return TRUE;
}

void
px_name_token_folded (const char *text, const PxNameToken *token, GString *folded)
{
  if (!token->ascii)
    return;
  g_string_set_size (folded, token->end - token->start);
  for (gsize k = token->start; k < token->end; k++)
    folded->str[k - token->start] = ascii_lower (text[k]);
}
