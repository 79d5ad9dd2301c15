/* names.c: loading rules/names.yaml (format: docs/entities.md). */
#include "config.h"

#include <string.h>

#include "extract/names.h"

#define CODE PX_ERROR_RULE_SYNTAX

static void
phrase_index_clear (PxPhraseIndex *index)
{
  for (guint b = 0; b < G_N_ELEMENTS (index->by_byte); b++)
    g_clear_pointer (&index->by_byte[b], g_ptr_array_unref);
}

static void
phrase_index_init (PxPhraseIndex *index, const GPtrArray *phrases)
{
  for (guint k = 0; k < phrases->len; k++)
    {
      guint8 b = *(const guint8 *) phrases->pdata[k];
      if (index->by_byte[b] == NULL)
        index->by_byte[b] = g_ptr_array_new ();
      g_ptr_array_add (index->by_byte[b], phrases->pdata[k]);
    }
}

/* A key of unknown_names in rules/names.yaml and the field of
 * PxNameRules it fills: reading, freeing and the list of keys walk one
 * table of each kind. */
typedef struct {
  const char *key;
  glong offset;
} RuleField;

/* The word sets. */
static const RuleField word_sets[] = {
  { "not_names", G_STRUCT_OFFSET (PxNameRules, not_names) },
  { "connectors", G_STRUCT_OFFSET (PxNameRules, connectors) },
  { "subject_connectors", G_STRUCT_OFFSET (PxNameRules, subject_connectors) },
  { "org_joiners", G_STRUCT_OFFSET (PxNameRules, org_joiners) },
  { "complement_joiners", G_STRUCT_OFFSET (PxNameRules, complement_joiners) },
  { "web_domains", G_STRUCT_OFFSET (PxNameRules, web_domains) },
  { "org_words", G_STRUCT_OFFSET (PxNameRules, org_words) },
  { "club_words", G_STRUCT_OFFSET (PxNameRules, club_words) },
  { "place_words", G_STRUCT_OFFSET (PxNameRules, place_words) },
  { "event_words", G_STRUCT_OFFSET (PxNameRules, event_words) },
  { "law_words", G_STRUCT_OFFSET (PxNameRules, law_words) },
  { "portfolio_openers", G_STRUCT_OFFSET (PxNameRules, portfolio_openers) },
  { "portfolio_joiners", G_STRUCT_OFFSET (PxNameRules, portfolio_joiners) },
  { "portfolio_titles", G_STRUCT_OFFSET (PxNameRules, portfolio_titles) },
  { "office_nouns", G_STRUCT_OFFSET (PxNameRules, office_nouns) },
  { "homonym_city_subtypes", G_STRUCT_OFFSET (PxNameRules, homonym_city_subtypes) },
  { "party_subtypes", G_STRUCT_OFFSET (PxNameRules, party_subtypes) },
  { "national_societies", G_STRUCT_OFFSET (PxNameRules, national_societies) },
  { "regional_body_subtypes", G_STRUCT_OFFSET (PxNameRules, regional_body_subtypes) },
  { "party_words", G_STRUCT_OFFSET (PxNameRules, party_words) },
  { "relation_cues", G_STRUCT_OFFSET (PxNameRules, relation_cues) },
  { "person_of_nouns", G_STRUCT_OFFSET (PxNameRules, person_of_nouns) },
  { "opener_marks", G_STRUCT_OFFSET (PxNameRules, opener_marks) },
  { "place_joiners", G_STRUCT_OFFSET (PxNameRules, place_joiners) },
  { "abbreviated_place_joiners", G_STRUCT_OFFSET (PxNameRules, abbreviated_place_joiners) },
  { "compass_words", G_STRUCT_OFFSET (PxNameRules, compass_words) },
  { "place_list_joiners", G_STRUCT_OFFSET (PxNameRules, place_list_joiners) },
  { "apposition_marks", G_STRUCT_OFFSET (PxNameRules, apposition_marks) },
  { "apposition_articles", G_STRUCT_OFFSET (PxNameRules, apposition_articles) },
  { "apposition_possessives", G_STRUCT_OFFSET (PxNameRules, apposition_possessives) },
  { "apposition_org_nouns", G_STRUCT_OFFSET (PxNameRules, apposition_org_nouns) },
  { "apposition_place_nouns", G_STRUCT_OFFSET (PxNameRules, apposition_place_nouns) },
  { "apposition_ends", G_STRUCT_OFFSET (PxNameRules, apposition_ends) },
  { "kind_noun_openers", G_STRUCT_OFFSET (PxNameRules, kind_noun_openers) },
  { "acronym_body_nouns", G_STRUCT_OFFSET (PxNameRules, acronym_body_nouns) },
  { "same_body_words", G_STRUCT_OFFSET (PxNameRules, same_body_words) },
  { "day_name_openers", G_STRUCT_OFFSET (PxNameRules, day_name_openers) },
  { "eponym_nouns", G_STRUCT_OFFSET (PxNameRules, eponym_nouns) },
  { "kind_noun_joiners", G_STRUCT_OFFSET (PxNameRules, kind_noun_joiners) },
  { "peerage_titles", G_STRUCT_OFFSET (PxNameRules, peerage_titles) },
  { "post_nominals", G_STRUCT_OFFSET (PxNameRules, post_nominals) },
  { "place_unit_words", G_STRUCT_OFFSET (PxNameRules, place_unit_words) },
  { "unit_subtypes", G_STRUCT_OFFSET (PxNameRules, unit_subtypes) },
  { "given_name_subtypes", G_STRUCT_OFFSET (PxNameRules, given_name_subtypes) },
  { "body_place_subtypes", G_STRUCT_OFFSET (PxNameRules, body_place_subtypes) },
  { "apposition_product_nouns", G_STRUCT_OFFSET (PxNameRules, apposition_product_nouns) },
  { "product_words", G_STRUCT_OFFSET (PxNameRules, product_words) },
  { "publication_nouns", G_STRUCT_OFFSET (PxNameRules, publication_nouns) },
  { "opening_place_words", G_STRUCT_OFFSET (PxNameRules, opening_place_words) },
  { "kind_noun_verbs", G_STRUCT_OFFSET (PxNameRules, kind_noun_verbs) },
  { "residence_cues", G_STRUCT_OFFSET (PxNameRules, residence_cues) },
  { "place_articles", G_STRUCT_OFFSET (PxNameRules, place_articles) },
  { "disease_nouns", G_STRUCT_OFFSET (PxNameRules, disease_nouns) },
  { "place_qualifiers", G_STRUCT_OFFSET (PxNameRules, place_qualifiers) },
  { "opening_event_words", G_STRUCT_OFFSET (PxNameRules, opening_event_words) },
  { "quantity_words", G_STRUCT_OFFSET (PxNameRules, quantity_words) },
  { "camel_name_prefixes", G_STRUCT_OFFSET (PxNameRules, camel_name_prefixes) },
  { "definite_articles", G_STRUCT_OFFSET (PxNameRules, definite_articles) },
  { "family_nouns", G_STRUCT_OFFSET (PxNameRules, family_nouns) },
  { "company_city_subtypes", G_STRUCT_OFFSET (PxNameRules, company_city_subtypes) },
  { "namesake_subtypes", G_STRUCT_OFFSET (PxNameRules, namesake_subtypes) },
  { "namesake_place_words", G_STRUCT_OFFSET (PxNameRules, namesake_place_words) },
  { "maker_subtypes", G_STRUCT_OFFSET (PxNameRules, maker_subtypes) },
  { "match_verbs", G_STRUCT_OFFSET (PxNameRules, match_verbs) },
  { "match_joiners", G_STRUCT_OFFSET (PxNameRules, match_joiners) },
  { "title_verbs", G_STRUCT_OFFSET (PxNameRules, title_verbs) },
  { "league_subtypes", G_STRUCT_OFFSET (PxNameRules, league_subtypes) },
  { "apposition_participles", G_STRUCT_OFFSET (PxNameRules, apposition_participles) },
  { "apposition_adverbs", G_STRUCT_OFFSET (PxNameRules, apposition_adverbs) },
  { "workplace_joiners", G_STRUCT_OFFSET (PxNameRules, workplace_joiners) },
  { "site_joiners", G_STRUCT_OFFSET (PxNameRules, site_joiners) },
  { "combining_forms", G_STRUCT_OFFSET (PxNameRules, combining_forms) },
  { "place_relatives", G_STRUCT_OFFSET (PxNameRules, place_relatives) },
  { "body_relatives", G_STRUCT_OFFSET (PxNameRules, body_relatives) },
  { "sure_place_cues", G_STRUCT_OFFSET (PxNameRules, sure_place_cues) },
  { "capitalised_adjectives", G_STRUCT_OFFSET (PxNameRules, capitalised_adjectives) },
  { "facility_nouns", G_STRUCT_OFFSET (PxNameRules, facility_nouns) },
  { "case_joiners", G_STRUCT_OFFSET (PxNameRules, case_joiners) },
  { "owner_articles", G_STRUCT_OFFSET (PxNameRules, owner_articles) },
  { "place_body_openers", G_STRUCT_OFFSET (PxNameRules, place_body_openers) },
  { "place_particles", G_STRUCT_OFFSET (PxNameRules, place_particles) },
  { "list_place_subtypes", G_STRUCT_OFFSET (PxNameRules, list_place_subtypes) },
  { "event_nouns", G_STRUCT_OFFSET (PxNameRules, event_nouns) },
  { "singular_only_nouns", G_STRUCT_OFFSET (PxNameRules, singular_only_nouns) },
  { "naming_verbs", G_STRUCT_OFFSET (PxNameRules, naming_verbs) },
  { "body_unit_words", G_STRUCT_OFFSET (PxNameRules, body_unit_words) },
  { "town_words", G_STRUCT_OFFSET (PxNameRules, town_words) },
  { "teamless_subtypes", G_STRUCT_OFFSET (PxNameRules, teamless_subtypes) },
  { "vessel_prefixes", G_STRUCT_OFFSET (PxNameRules, vessel_prefixes) },
  { "person_role_nouns", G_STRUCT_OFFSET (PxNameRules, person_role_nouns) },
  { "number_signs", G_STRUCT_OFFSET (PxNameRules, number_signs) },
  { "possessed_ordinals", G_STRUCT_OFFSET (PxNameRules, possessed_ordinals) },
  { "irregular_plurals", G_STRUCT_OFFSET (PxNameRules, irregular_plurals) },
  { "field_words", G_STRUCT_OFFSET (PxNameRules, field_words) },
  { "hosted_offices", G_STRUCT_OFFSET (PxNameRules, hosted_offices) },
  { "office_qualifiers", G_STRUCT_OFFSET (PxNameRules, office_qualifiers) },
  { "office_members", G_STRUCT_OFFSET (PxNameRules, office_members) },
  { "saint_titles", G_STRUCT_OFFSET (PxNameRules, saint_titles) },
  { "acronym_connectors", G_STRUCT_OFFSET (PxNameRules, acronym_connectors) },
  { "count_ordinals", G_STRUCT_OFFSET (PxNameRules, count_ordinals) },
  { "street_titles", G_STRUCT_OFFSET (PxNameRules, street_titles) },
  { "title_qualifying_body_words", G_STRUCT_OFFSET (PxNameRules, title_qualifying_body_words) },
  { "ordinal_suffixes", G_STRUCT_OFFSET (PxNameRules, ordinal_suffixes) },
  { "phrase_end_verbs", G_STRUCT_OFFSET (PxNameRules, phrase_end_verbs) },
};

#define WORD_SET(rules, i) G_STRUCT_MEMBER (GHashTable *, (rules), word_sets[i].offset)

/* The lists of phrases, several words allowed. */
static const RuleField phrase_lists[] = {
  { "acronym_body_cues", G_STRUCT_OFFSET (PxNameRules, acronym_body_cues) },
  { "acronym_member_cues", G_STRUCT_OFFSET (PxNameRules, acronym_member_cues) },
  { "org_cues", G_STRUCT_OFFSET (PxNameRules, org_cues) },
  { "place_cues", G_STRUCT_OFFSET (PxNameRules, place_cues) },
  { "product_cues", G_STRUCT_OFFSET (PxNameRules, product_cues) },
  { "disease_cues", G_STRUCT_OFFSET (PxNameRules, disease_cues) },
  { "venue_names", G_STRUCT_OFFSET (PxNameRules, venue_names) },
  { "alias_cues", G_STRUCT_OFFSET (PxNameRules, alias_cues) },
  { "example_cues", G_STRUCT_OFFSET (PxNameRules, example_cues) },
  { "org_after_cues", G_STRUCT_OFFSET (PxNameRules, org_after_cues) },
  { "product_after_cues", G_STRUCT_OFFSET (PxNameRules, product_after_cues) },
  { "club_forms", G_STRUCT_OFFSET (PxNameRules, club_forms) },
  { "adjective_suffixes", G_STRUCT_OFFSET (PxNameRules, adjective_suffixes) },
  { "epithet_endings", G_STRUCT_OFFSET (PxNameRules, epithet_endings) },
  { "genus_endings", G_STRUCT_OFFSET (PxNameRules, genus_endings) },
  { "participle_endings", G_STRUCT_OFFSET (PxNameRules, participle_endings) },
  { "contraction_endings", G_STRUCT_OFFSET (PxNameRules, contraction_endings) },
  { "place_word_endings", G_STRUCT_OFFSET (PxNameRules, place_word_endings) },
  { "place_name_endings", G_STRUCT_OFFSET (PxNameRules, place_name_endings) },
};

#define PHRASE_LIST(rules, i) G_STRUCT_MEMBER (GPtrArray *, (rules), phrase_lists[i].offset)

/* The counts and lengths of unknown_names, each at least 1 and at most
 * its bound. */
static const struct {
  const char *key;
  guint max;
  glong offset;
} limits[] = {
  { "apposition_max_words", 16, G_STRUCT_OFFSET (PxNameRules, apposition_max_words) },
  { "match_max_tokens", 32, G_STRUCT_OFFSET (PxNameRules, match_max_tokens) },
  { "quoted_title_max_words", 32, G_STRUCT_OFFSET (PxNameRules, quoted_title_max_words) },
  { "opening_acronym_min_letters", 64,
    G_STRUCT_OFFSET (PxNameRules, opening_acronym_min_letters) },
  { "initials_min_letters", 64, G_STRUCT_OFFSET (PxNameRules, initials_min_letters) },
  { "dateline_max_words", 16, G_STRUCT_OFFSET (PxNameRules, dateline_max_words) },
  { "place_abbreviation_max_letters", 64,
    G_STRUCT_OFFSET (PxNameRules, place_abbreviation_max_letters) },
  { "name_min_letters", 64, G_STRUCT_OFFSET (PxNameRules, name_min_letters) },
  { "adjective_min_letters", 64, G_STRUCT_OFFSET (PxNameRules, adjective_min_letters) },
  { "adjective_suffix_min_letters", 64,
    G_STRUCT_OFFSET (PxNameRules, adjective_suffix_min_letters) },
};

void
px_name_rules_free (PxNameRules *rules)
{
  if (rules == NULL)
    return;
  phrase_index_clear (&rules->title_index);
  phrase_index_clear (&rules->honorific_index);
  g_ptr_array_unref (rules->titles);
  g_ptr_array_unref (rules->honorifics);
  g_ptr_array_unref (rules->offices);
  g_ptr_array_unref (rules->parties);
  g_hash_table_unref (rules->particles);
  g_hash_table_unref (rules->suffixes);
  g_hash_table_unref (rules->literal_cues);
  g_hash_table_unref (rules->currency_marks);
  g_hash_table_unref (rules->currency_prefixes);
  g_hash_table_unref (rules->attributive_prefixes);
  g_hash_table_unref (rules->edition_subtypes);
  g_hash_table_unref (rules->pageant_honorifics);
  px_lexicon_free (rules->male_honorifics);
  px_lexicon_free (rules->female_honorifics);
  px_lexicon_free (rules->male_given_names);
  px_lexicon_free (rules->female_given_names);
  g_ptr_array_unref (rules->in_context);
  g_ptr_array_unref (rules->after_comma);
  g_ptr_array_unref (rules->after_article);
  g_ptr_array_unref (rules->state_abbreviations);
  if (rules->body_word_kinds)
    g_hash_table_unref (rules->body_word_kinds);
  for (guint i = 0; i < G_N_ELEMENTS (word_sets); i++)
    if (WORD_SET (rules, i) != NULL)
      g_hash_table_unref (WORD_SET (rules, i));
  px_lexicon_free (rules->common_words);
  px_lexicon_free (rules->title_minor_words);
  px_lexicon_free (rules->work_nouns);
  px_lexicon_free (rules->given_names);
  for (guint i = 0; i < G_N_ELEMENTS (phrase_lists); i++)
    if (PHRASE_LIST (rules, i) != NULL)
      g_ptr_array_unref (PHRASE_LIST (rules, i));
  g_free (rules->path);
  g_free (rules);
}

static void
surface_rule_free (PxSurfaceRule *rule)
{
  g_free (rule->surface);
  g_free (rule->entity);
  g_free (rule);
}

static gboolean
read_uint (const PxYaml *doc, const PxYamlNode *root, const char *key, guint max, guint *out,
           GError **error)
{
  const PxYamlNode *node = px_yaml_node_lookup (root, key);
  guint64 v = 0;
  if (node == NULL)
    return px_yaml_throw (doc, root, error, CODE, "missing key '%s'", key);
  if (!px_yaml_read_uint (doc, node, max, &v, CODE, error))
    return FALSE;
  if (v == 0)
    return px_yaml_throw (doc, node, error, CODE, "'%s' must be at least 1", key);
  *out = (guint) v;
  return TRUE;
}

/* Reads a list of phrases (titles, honorifics, offices: several words
 * allowed) into @array. */
static gboolean
read_phrases (const PxYaml *doc, const PxYamlNode *root, const char *key, GPtrArray *array,
              GError **error)
{
  const PxYamlNode *list = px_yaml_lookup_kind (doc, root, key, PX_YAML_SEQUENCE, CODE, error);
  if (list == NULL)
    return FALSE;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < px_yaml_node_n_children (list); i++)
    {
      const PxYamlNode *item = px_yaml_node_child (list, i);
      if (!px_yaml_expect_kind (doc, item, PX_YAML_SCALAR, CODE, error))
        return FALSE;
      const char *s = px_yaml_node_scalar (item);
      if (*s == '\0')
        return px_yaml_throw (doc, item, error, CODE, "%s: an empty phrase", key);
      if (!g_hash_table_add (seen, (gpointer) s))
        return px_yaml_throw (doc, item, error, CODE, "%s: '%s' is listed twice", key, s);
      g_ptr_array_add (array, g_strdup (s));
    }
  return TRUE;
}

/* A list @key of {surface, entity} rules (in_context, after_comma,
 * after_article, state_abbreviations) into @rules. */
static gboolean
read_surface_rules (GPtrArray *rules, const PxYaml *doc, const PxYamlNode *root, const char *key,
                    GError **error)
{
  static const char *const keys[] = { "surface", "entity", NULL };
  const PxYamlNode *list = px_yaml_lookup_kind (doc, root, key, PX_YAML_SEQUENCE, CODE, error);
  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < px_yaml_node_n_children (list); i++)
    {
      const PxYamlNode *item = px_yaml_node_child (list, i);
      if (!px_yaml_expect_kind (doc, item, PX_YAML_MAPPING, CODE, error)
          || !px_yaml_check_keys (doc, item, keys, CODE, error))
        return FALSE;
      const char *surface = px_yaml_lookup_string (doc, item, "surface", TRUE, CODE, error);
      const char *entity = surface ? px_yaml_lookup_string (doc, item, "entity", TRUE, CODE, error)
                                   : NULL;
      if (entity == NULL)
        return FALSE;
      PxSurfaceRule *rule = g_new0 (PxSurfaceRule, 1);
      rule->surface = g_strdup (surface);
      rule->entity = g_strdup (entity);
      rule->line = px_yaml_node_line (item);
      g_ptr_array_add (rules, rule);
    }
  return TRUE;
}

static GHashTable *
new_set (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* One lookup tells whether a word is a body's and which kinds. */
static void
index_body_words (PxNameRules *rules)
{
  GHashTable *sets[] = { rules->org_words, rules->club_words, rules->place_words,
                         rules->event_words, rules->law_words, rules->product_words };
  const PxBodyKind kinds[] = { PX_BODY_ORG, PX_BODY_ORG, PX_BODY_PLACE, PX_BODY_EVENT,
                               PX_BODY_LAW, PX_BODY_PRODUCT };
  rules->body_word_kinds = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
    {
      GHashTableIter it;
      gpointer word;
      g_hash_table_iter_init (&it, sets[i]);
      while (g_hash_table_iter_next (&it, &word, NULL))
        {
          guint had = GPOINTER_TO_UINT (g_hash_table_lookup (rules->body_word_kinds, word));
          g_hash_table_insert (rules->body_word_kinds, word, GUINT_TO_POINTER (had | kinds[i]));
        }
    }
}

static gboolean
read_unknown_names (PxNameRules *rules, const PxYaml *doc, const PxYamlNode *root,
                    GError **error)
{
  /* The keys of no table above: the paths of the word lists. */
  static const char *const others[] = {
    "common_words", "given_names", "title_minor_words", "work_nouns", NULL
  };
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (word_sets); i++)
    g_ptr_array_add (keys, (gpointer) word_sets[i].key);
  for (guint i = 0; i < G_N_ELEMENTS (phrase_lists); i++)
    g_ptr_array_add (keys, (gpointer) phrase_lists[i].key);
  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    g_ptr_array_add (keys, (gpointer) limits[i].key);
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    g_ptr_array_add (keys, (gpointer) others[i]);
  const PxYamlNode *node = px_yaml_lookup_kind (doc, root, "unknown_names", PX_YAML_MAPPING, CODE,
                                                error);
  if (node == NULL
      || !px_yaml_check_keys (doc, node, (const char *const *) keys->pdata, CODE, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (word_sets); i++)
    {
      WORD_SET (rules, i) = new_set ();
      if (!px_yaml_read_word_set (doc, node, word_sets[i].key, FALSE, WORD_SET (rules, i), CODE,
                                  error))
        return FALSE;
    }
  index_body_words (rules);
  for (guint i = 0; i < G_N_ELEMENTS (phrase_lists); i++)
    {
      PHRASE_LIST (rules, i) = g_ptr_array_new_with_free_func (g_free);
      if (!read_phrases (doc, node, phrase_lists[i].key, PHRASE_LIST (rules, i), error))
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    if (!read_uint (doc, node, limits[i].key, limits[i].max,
                    &G_STRUCT_MEMBER (guint, rules, limits[i].offset), error))
      return FALSE;
  for (guint i = 0; i < rules->club_forms->len; i++)
    if (strstr (rules->club_forms->pdata[i], "NAME") == NULL)
      return px_yaml_throw (doc, px_yaml_node_lookup (node, "club_forms"), error, CODE,
                            "club_forms: '%s' has no NAME where the town's name goes",
                            (const char *) rules->club_forms->pdata[i]);
  return px_lexicon_read (doc, node, "common_words", &rules->common_words, error)
         && px_lexicon_read (doc, node, "title_minor_words", &rules->title_minor_words, error)
         && px_lexicon_read (doc, node, "work_nouns", &rules->work_nouns, error)
         /* Optional: a rules file written before it has none. */
         && (px_yaml_node_lookup (node, "given_names") == NULL
             || px_lexicon_read (doc, node, "given_names", &rules->given_names, error));
}

static int
compare_longer_first (gconstpointer pa, gconstpointer pb)
{
  const char *a = *(const char *const *) pa, *b = *(const char *const *) pb;
  gsize la = strlen (a), lb = strlen (b);
  return la != lb ? (la > lb ? -1 : 1) : strcmp (a, b);
}

PxNameRules *
px_name_rules_load (const char *path, GError **error)
{
  static const char *const keys[] = {
    "version", "caps_only_max_letters", "person_titles", "max_name_words", "honorifics",
    "surname_min_letters", "name_particles", "name_suffixes", "in_context", "after_comma",
    "after_article", "state_abbreviations",
    "country_offices", "country_parties", "literal_place_cues", "currency_marks",
    "currency_prefixes",
    "attributive_prefixes", "edition_subtypes", "pageant_honorifics", "male_honorifics",
    "female_honorifics", "male_given_names", "female_given_names", "unknown_names", NULL
  };
  g_autoptr(PxYaml) doc = px_yaml_load_rules (path, keys, error);
  if (doc == NULL)
    return NULL;
  const PxYamlNode *root = px_yaml_root (doc);
  g_autoptr(PxNameRules) rules = g_new0 (PxNameRules, 1);
  rules->path = g_strdup (path);
  rules->titles = g_ptr_array_new_with_free_func (g_free);
  rules->honorifics = g_ptr_array_new_with_free_func (g_free);
  rules->offices = g_ptr_array_new_with_free_func (g_free);
  rules->parties = g_ptr_array_new_with_free_func (g_free);
  rules->particles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rules->suffixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rules->literal_cues = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rules->currency_marks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rules->currency_prefixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rules->attributive_prefixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rules->edition_subtypes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rules->pageant_honorifics = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rules->in_context = g_ptr_array_new_with_free_func ((GDestroyNotify) surface_rule_free);
  rules->after_comma = g_ptr_array_new_with_free_func ((GDestroyNotify) surface_rule_free);
  rules->after_article = g_ptr_array_new_with_free_func ((GDestroyNotify) surface_rule_free);
  rules->state_abbreviations = g_ptr_array_new_with_free_func ((GDestroyNotify) surface_rule_free);
  if (!read_uint (doc, root, "caps_only_max_letters", 64, &rules->caps_only_max_letters, error)
      || !read_uint (doc, root, "max_name_words", 16, &rules->max_name_words, error)
      || !read_uint (doc, root, "surname_min_letters", 64, &rules->surname_min_letters, error)
      || !read_phrases (doc, root, "person_titles", rules->titles, error)
      || !read_phrases (doc, root, "honorifics", rules->honorifics, error)
      || !read_phrases (doc, root, "country_offices", rules->offices, error)
      || !read_phrases (doc, root, "country_parties", rules->parties, error)
      || !px_yaml_read_word_set (doc, root, "name_particles", FALSE, rules->particles, CODE, error)
      || !px_yaml_read_word_set (doc, root, "name_suffixes", FALSE, rules->suffixes, CODE, error)
      || !px_yaml_read_word_set (doc, root, "literal_place_cues", FALSE, rules->literal_cues, CODE,
                                 error)
      || !px_yaml_read_word_set (doc, root, "currency_marks", FALSE, rules->currency_marks, CODE,
                                 error)
      || !px_yaml_read_word_set (doc, root, "currency_prefixes", FALSE, rules->currency_prefixes,
                                 CODE, error)
      || !px_yaml_read_word_set (doc, root, "attributive_prefixes", FALSE,
                                 rules->attributive_prefixes, CODE, error)
      || !px_yaml_read_word_set (doc, root, "edition_subtypes", FALSE, rules->edition_subtypes,
                                 CODE, error)
      || !px_yaml_read_word_set (doc, root, "pageant_honorifics", FALSE,
                                 rules->pageant_honorifics, CODE, error)
      || !px_lexicon_read (doc, root, "male_honorifics", &rules->male_honorifics, error)
      || !px_lexicon_read (doc, root, "female_honorifics", &rules->female_honorifics, error)
      || !px_lexicon_read (doc, root, "male_given_names", &rules->male_given_names, error)
      || !px_lexicon_read (doc, root, "female_given_names", &rules->female_given_names, error)
      || !read_surface_rules (rules->in_context, doc, root, "in_context", error)
      || !read_surface_rules (rules->after_comma, doc, root, "after_comma", error)
      || !read_surface_rules (rules->after_article, doc, root, "after_article", error)
      || !read_surface_rules (rules->state_abbreviations, doc, root, "state_abbreviations", error)
      || !read_unknown_names (rules, doc, root, error))
    return NULL;
  /* Longer titles first, so that "Assistant Secretary-General" wins over
   * "Secretary-General" at the same place. */
  g_ptr_array_sort (rules->titles, compare_longer_first);
  g_ptr_array_sort (rules->honorifics, compare_longer_first);
  phrase_index_init (&rules->title_index, rules->titles);
  phrase_index_init (&rules->honorific_index, rules->honorifics);
  return g_steal_pointer (&rules);
}

PxNameRules *
px_name_rules_load_default (GError **error)
{
  g_autofree char *path = px_data_path ("rules/names.yaml");
  return px_name_rules_load (path, error);
}

/* Whether every rule of @list (read from @key) names an entity of
 * @gazetteer. */
static gboolean
surface_rules_check (const PxNameRules *rules, const GPtrArray *list, const char *key,
                     const PxGazetteer *gazetteer, GError **error)
{
  for (guint i = 0; i < list->len; i++)
    {
      const PxSurfaceRule *rule = list->pdata[i];
      if (px_gazetteer_find (gazetteer, rule->entity) == PX_NO_ENTITY)
        return px_throw (error, CODE, "%s:%u: %s names entity '%s', which the "
                         "gazetteer does not have", rules->path, rule->line, key, rule->entity);
    }
  return TRUE;
}

/* Whether every id of @ids (read from @key) is an entity of
 * @gazetteer. */
static gboolean
ids_check (const PxNameRules *rules, GHashTable *ids, const char *key,
           const PxGazetteer *gazetteer, GError **error)
{
  GHashTableIter it;
  gpointer id;
  g_hash_table_iter_init (&it, ids);
  while (g_hash_table_iter_next (&it, &id, NULL))
    if (px_gazetteer_find (gazetteer, id) == PX_NO_ENTITY)
      return px_throw (error, CODE, "%s: %s names entity '%s', which the gazetteer does not "
                       "have", rules->path, key, (const char *) id);
  return TRUE;
}

gboolean
px_name_rules_check (const PxNameRules *rules, const PxGazetteer *gazetteer, GError **error)
{
  return surface_rules_check (rules, rules->in_context, "in_context", gazetteer, error)
         && surface_rules_check (rules, rules->after_comma, "after_comma", gazetteer, error)
         && surface_rules_check (rules, rules->state_abbreviations, "state_abbreviations",
                                 gazetteer, error)
         && surface_rules_check (rules, rules->after_article, "after_article", gazetteer, error)
         && ids_check (rules, rules->national_societies, "national_societies", gazetteer, error);
}

guint
px_name_rules_caps_only_max_letters (const PxNameRules *rules)
{
  return rules->caps_only_max_letters;
}
