/* names.h: private to src/extract; the loaded rules/names.yaml. */
#pragma once

#include "extract/extract.h"

G_BEGIN_DECLS

/* A sorted word list (data/lexicon/common-words.txt), mapped. */
typedef struct _PxLexicon PxLexicon;

/* @name: a path, relative to the data directory unless absolute, as the
 * rules name their lists. */
PxLexicon *px_lexicon_open     (const char *name, GError **error);
void       px_lexicon_free     (PxLexicon *lexicon);
/* Whether @word (@len bytes, as the list spells it) is listed. */
gboolean   px_lexicon_contains (const PxLexicon *lexicon, const char *word, gsize len);
/* Opens into @out the list whose path @key of the rules mapping @node
 * names: rules/names.yaml and rules/attribution.yaml share lists so
 * that the two extractors cannot disagree on a word. */
gboolean   px_lexicon_read     (const PxYaml *doc, const PxYamlNode *node, const char *key,
                                PxLexicon **out, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxLexicon, px_lexicon_free)

/* A rule of in_context, after_comma, after_article or state_abbreviations:
 * the surface and the gazetteer id it stands for, and its line in the
 * rules file. */
typedef struct {
  char *surface;
  char *entity;
  guint line;
} PxSurfaceRule;

/* Phrases (titles or honorifics) by their first byte, in their order
 * (longest first): a token is tried only against those it can start. */
typedef struct {
  GPtrArray *by_byte[256];    /* const char*, borrowed; NULL where none starts so */
} PxPhraseIndex;

/* What a body word (org_words, place_words, event_words, law_words,
 * product_words) may name. */
typedef enum {
  PX_BODY_ORG = 1 << 0,
  PX_BODY_PLACE = 1 << 1,
  PX_BODY_EVENT = 1 << 2,
  PX_BODY_LAW = 1 << 3,
  PX_BODY_PRODUCT = 1 << 4,
} PxBodyKind;

struct _PxNameRules {
  char *path;
  guint caps_only_max_letters;
  guint max_name_words;
  guint surname_min_letters;
  GPtrArray *titles;          /* char*, longest first */
  GPtrArray *honorifics;      /* char*, longest first */
  PxPhraseIndex title_index;  /* the two above by first byte */
  PxPhraseIndex honorific_index;
  GPtrArray *offices;         /* char* */
  GPtrArray *parties;         /* char*: "Conservative Party": the country's the story is about */
  GHashTable *particles;      /* set of char* */
  GHashTable *suffixes;       /* "Jr.": set of char* */
  GHashTable *literal_cues;   /* set of char* */
  GHashTable *currency_marks; /* "$": a name written on to one is a currency's sign */
  GHashTable *currency_prefixes;  /* "Rmb": before a number, an amount ("Rmb2tn") */
  GHashTable *attributive_prefixes; /* "pro-": a name hyphened to one is an adjective */
  GHashTable *edition_subtypes;  /* events whose year names an edition */
  GHashTable *pageant_honorifics;  /* "Miss": before a country, a pageant's title */
  PxLexicon *male_honorifics;      /* lower case: "mr", a man's honorific */
  PxLexicon *female_honorifics;    /* "mrs": a woman's */
  PxLexicon *male_given_names;     /* lower case: given names mostly men's */
  PxLexicon *female_given_names;   /* and mostly women's */
  GPtrArray *in_context;      /* PxSurfaceRule* */
  GPtrArray *after_comma;     /* PxSurfaceRule*: "Everett, Washington," is the state */
  GPtrArray *after_article;   /* PxSurfaceRule*: "the Amazon" is the rainforest */
  GPtrArray *state_abbreviations;  /* PxSurfaceRule*: "D-Mass.", "Boston, Mass." */
  /* unknown_names: sets of words */
  GHashTable *not_names;
  GHashTable *connectors;
  GHashTable *subject_connectors; /* "on": what follows holds no body word */
  GHashTable *org_joiners;    /* join any two capitalised words into a body */
  GHashTable *complement_joiners;  /* join common words inside a body's name */
  GHashTable *web_domains;    /* "com": after a period, end a web site's name */
  GHashTable *org_words;
  GHashTable *club_words;     /* "Atlético": an organisation's word, first a club's short name */
  GHashTable *place_words;
  GHashTable *opening_place_words;  /* "Mount Kenya": place words that make one first */
  GHashTable *opening_event_words;  /* "Storm Daniel": event words that make one first */
  GHashTable *quantity_words;  /* "percent": after a number, a quantity, no model's */
  GHashTable *camel_name_prefixes;  /* "Mc": a capital inside a person's name after them */
  GHashTable *company_city_subtypes;  /* "Tokyo Electron": a common word after one names a body */
  GHashTable *namesake_subtypes;  /* "Europa League": places a body's name holds as a word */
  GHashTable *match_verbs;    /* "Barcelona beat Sevilla 3-0": a town before one is a team */
  GHashTable *match_joiners;  /* "drew 2-2 with Palmeiras": after a score, a team */
  GHashTable *title_verbs;    /* "Liverpool won the Premier League": a town before one */
  GHashTable *league_subtypes;  /* the subtypes of listed leagues */
  GHashTable *maker_subtypes;  /* "Takeda's Qdenga": listed bodies whose possessive names
                               * a product before one word */
  GHashTable *namesake_place_words;  /* "Lebanon Township": the places a place's name with
                                     * one of these at its head holds as a word */
  GHashTable *workplace_joiners;  /* "analysts at": an org_cues phrase's workplace word */
  GHashTable *site_joiners;  /* "the dam at": between a site's noun and the place */
  GHashTable *apposition_participles;  /* "a group linked to": end an apposition only */
  GHashTable *apposition_adverbs;  /* "the coalition long led by": before such a participle */
  GHashTable *family_nouns;  /* "the Rajapaksa family": the name before one is a person's */
  GHashTable *combining_forms;  /* "Anglo-", "Sino-": a word they open names peoples, nobody */
  GHashTable *place_relatives;  /* "Woolwich, where": after a comma, they make a name a place */
  GHashTable *body_relatives;  /* "Pharmavite, which": after a comma, they make a name a thing's */
  GHashTable *sure_place_cues;  /* "near Quy Nhon": no person follows them */
  GHashTable *capitalised_adjectives;  /* "the first Black woman": no name alone */
  GHashTable *facility_nouns;  /* "a Zorbex plant": a site the name before owns */
  GHashTable *case_joiners;    /* "v.": between a court case's parties */
  GHashTable *owner_articles;  /* "a", "an": open a facility's owner */
  GHashTable *place_body_openers;  /* "All India Radio": open a body named after a place */
  GHashTable *place_particles;  /* "Wijk aan Zee": join a town's name, which is a place's */
  GHashTable *list_place_subtypes;  /* "Bologna and Imola": a listed city lists places */
  GHashTable *event_nouns;  /* "the Wimbledon final": the name before is an event */
  GHashTable *singular_only_nouns;  /* "line": a place's noun, but "shipping lines" are firms */
  GHashTable *naming_verbs;  /* "a group called Qilin": between a kind noun and its name */
  GHashTable *body_unit_words;  /* "School District": a place word a body's word makes a body */
  GHashTable *town_words;     /* "City" of "Manchester City": before a body's word, the town's */
  GHashTable *teamless_subtypes;  /* "Pacific": places no team is named after */
  GHashTable *vessel_prefixes;  /* "MV", "HMS": open a ship's name */
  GHashTable *person_role_nouns;  /* "the developer": a person's role as often as a body's */
  GHashTable *possessed_ordinals;  /* "first": counts after a possessive ("her first Oscar") */
  GHashTable *number_signs;  /* "No.": joins the number after it to a name ("Hospital No. 1") */
  GHashTable *irregular_plurals;  /* "Women": its possessive goes on into a body's complement */
  GHashTable *hosted_offices;  /* "Embassy": an office the country in view may host, not own */
  GHashTable *office_qualifiers;  /* "the state Senate": no country's office */
  GHashTable *office_members;  /* "Senate Democrats": an office's members, no longer name */
  GHashTable *field_words;  /* "and Mental Health": a body's word that also names its field */
  GHashTable *saint_titles;  /* "Santa Cruz": a run they open is a place's */
  GHashTable *acronym_connectors;  /* "of": "DOC", Department of Conservation */
  GHashTable *count_ordinals;  /* "her second Oscar": a thing counted, no one */
  GHashTable *street_titles;   /* "King Road": a title a place is named after */
  GHashTable *title_qualifying_body_words;  /* "Group Chief Executive": qualify a title */
  GHashTable *ordinal_suffixes;  /* "nd": "the 82nd Airborne Division" keeps its number */
  GHashTable *phrase_end_verbs;  /* "the Getty Villa had": no noun of the name before */
  GHashTable *definite_articles;  /* "the Riverland": an unknown name after one is no person's */
  GHashTable *event_words;
  GHashTable *law_words;
  GHashTable *product_words;
  /* The five above as one: word -> PxBodyKind flags, keys borrowed. */
  GHashTable *body_word_kinds;
  GHashTable *portfolio_openers;
  GHashTable *portfolio_joiners;
  GPtrArray *disease_cues;    /* "outbreak of": the capitalised word after is a disease */
  GHashTable *homonym_city_subtypes;  /* "Santa Clara, California": another country's namesake */
  GHashTable *party_subtypes;  /* "party": listed parties, which may be another country's */
  GHashTable *national_societies;  /* ids of listed international bodies a country's name
                                    * before makes its national society ("Kenya Red Cross") */
  GHashTable *regional_body_subtypes;  /* "Ohio Environmental Protection Agency": listed
                                        * national bodies a region has its own of */
  GHashTable *party_words;  /* "Likud Party": after a listed party, the party still */
  GHashTable *relation_cues;  /* "the son of Abraham": a given name after one, a person */
  GHashTable *person_of_nouns;  /* "the tomb of Tutankhamun": before a relation cue, the
                                * name after it a person's */
  GHashTable *portfolio_titles;  /* "Minister": unknown words before one are its portfolio */
  GHashTable *office_nouns;   /* "Officer": the last word of an office between title and name */
  GHashTable *opener_marks;   /* marks after which a capital opens a clause */
  GHashTable *place_joiners;  /* words between a body's name and its place */
  GHashTable *abbreviated_place_joiners;  /* "Board of Control for Cricket in India
                                          * (BCCI)": the same, with its acronym */
  GHashTable *compass_words;  /* words that make a region of a place beside them */
  GHashTable *place_list_joiners;   /* "to Kinshasa and Goma": join places in a list */
  GHashTable *apposition_marks;  /* "Siesta Key, Florida", "IG Metall, the union" */
  GHashTable *apposition_articles;
  GHashTable *apposition_possessives;  /* "Ganabhaban, her official residence" */
  GHashTable *apposition_org_nouns;   /* "the union": the name before is an organisation */
  GHashTable *apposition_place_nouns; /* "the town": the name before is a place */
  GHashTable *apposition_product_nouns;  /* "the browser": a product */
  GHashTable *apposition_ends;        /* "a city in ...": words after an apposition's head */
  guint apposition_max_words;
  guint match_max_tokens;     /* "beat Manchester United 2-0": a score this near the verb */
  GHashTable *kind_noun_openers;  /* "the grid operator Enedis": words before a kind noun */
  GHashTable *kind_noun_verbs;    /* "the group Transport Focus said": the name is the subject */
  GHashTable *residence_cues;     /* "Daniel Okafor, of Moss Side": the name after is a place */
  GHashTable *place_articles;     /* "in El Granado": articles that open a place's name */
  GHashTable *disease_nouns;      /* "an Ebola outbreak": the word before names a disease */
  GHashTable *place_qualifiers;   /* "in nearby Pullman": a place cue's name stays a place */
  GHashTable *acronym_body_nouns; /* "the CGT union": nouns that make an acronym a body */
  GHashTable *same_body_words;    /* "Microsoft Corporation": the listed body itself */
  GHashTable *day_name_openers;   /* "on Victoria Day": words before a day's name */
  GHashTable *eponym_nouns;       /* "Alzheimer's disease": the word before names a thing */
  PxLexicon *work_nouns;          /* "the album Midnights": the name after is a work's title */
  GHashTable *post_nominals;      /* "Jane Roe MP": letters after a name, no part of it */
  GHashTable *peerage_titles;     /* "the Duke of Sussex": a title named after a place */
  GHashTable *kind_noun_joiners;  /* "the town of Grindavik": a place noun, then its names */
  PxLexicon *title_minor_words;   /* "Girl with a Pearl Earring": lower case in a title */
  guint quoted_title_max_words;   /* the longest title in quotes read as one */
  GHashTable *publication_nouns;  /* "the journal Nature Medicine": all of it, a publication */
  GHashTable *place_unit_words;   /* "Gyeonggi Province": the listed region itself */
  GHashTable *unit_subtypes;      /* the gazetteer subtypes of such regions */
  GHashTable *body_place_subtypes;  /* "Sport England": places common words name a body of */
  GHashTable *given_name_subtypes;  /* "Deputy Sofia Qwerty": places named as people are */
  GPtrArray *acronym_body_cues;  /* char*: phrases that make an acronym a body */
  GPtrArray *acronym_member_cues;  /* char*: the same, right after a person's name */
  GPtrArray *org_cues;        /* char*: phrases after which a name is an organisation */
  GPtrArray *place_cues;      /* char*: phrases after which a name is a place ("MP for") */
  GPtrArray *product_cues;    /* char*: phrases after which a name is a product ("maker of") */
  GPtrArray *venue_names;     /* char*: a venue's last two words ("Convention Centre") */
  GPtrArray *org_after_cues;  /* char*: ", led by": the name before one is a body's */
  GPtrArray *product_after_cues;  /* char*: ", made by": the name before is a product's */
  GPtrArray *club_forms;      /* char*: "FC NAME": how a club named after a town is listed */
  GPtrArray *alias_cues;      /* char*: phrases between a name and another of its names */
  GPtrArray *example_cues;    /* char*: "such as": a plural kind noun's list follows */
  guint opening_acronym_min_letters;  /* an acronym this long opening a run is a body */
  guint initials_min_letters; /* an undefined acronym this long may be a body's initials */
  guint dateline_max_words;   /* words in capitals that may name a dateline's place */
  guint place_abbreviation_max_letters;  /* "US", "NSW": written out in a body's id */
  guint name_min_letters;     /* a single word of fewer letters is no name alone */
  guint adjective_min_letters;
  GPtrArray *adjective_suffixes;  /* char*: endings of demonyms and adjectives */
  GPtrArray *epithet_endings;     /* char*: endings of a species' second word */
  GPtrArray *genus_endings;       /* char*: endings of a genus' name alone */
  GPtrArray *participle_endings;  /* char*: "-themed": after a hyphen, no name's part */
  GPtrArray *contraction_endings; /* char*: "They'll", "Here's": no name */
  GPtrArray *place_word_endings;  /* char*: "Corneliusgasse": a place's word, written on */
  GPtrArray *place_name_endings;  /* char*: "in the Peloponnese": endings of a place's noun */
  guint adjective_suffix_min_letters;
  PxLexicon *common_words;    /* words that are never names alone */
  PxLexicon *given_names;     /* people's given names, lower case; NULL if none */
};

G_END_DECLS
