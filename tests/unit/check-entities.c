/* check-entities.c: entity extraction, on the corpus and on the rules'
 * edge cases. */
#include "config.h"

#include <string.h>

#include "extract/extract.h"
#include "px-test.h"

static PxGazetteer *gazetteer;
static PxNameRules *name_rules;

static void
setup (void)
{
  g_autofree char *dir = px_test_src_path ("data/gazetteer");
  g_autofree char *rules = px_test_src_path ("rules/names.yaml");
  const char *paths[] = { dir, NULL };
  g_autoptr(GError) error = NULL;
  name_rules = px_name_rules_load (rules, &error);
  ck_assert_msg (name_rules != NULL, "%s", error ? error->message : "");
  PxGazetteerOptions options = { px_name_rules_caps_only_max_letters (name_rules) };
  gazetteer = px_gazetteer_load (paths, &options, &error);
  ck_assert_msg (gazetteer != NULL, "%s", error ? error->message : "");
  ck_assert (px_name_rules_check (name_rules, gazetteer, &error));
}

static void
teardown (void)
{
  g_clear_pointer (&gazetteer, px_gazetteer_unref);
  g_clear_pointer (&name_rules, px_name_rules_free);
}

static PxEntities *
extract_text (PxText *text, gboolean clean)
{
  gsize len = 0;
  px_text_get_normalized (text, &len);
  g_autoptr(PxCleaned) cleaned = NULL;
  g_autofree PxSpan *kept = g_new (PxSpan, 1);
  guint n = 1;
  kept[0] = (PxSpan) { 0, len };
  if (clean)
    {
      g_autoptr(GError) error = NULL;
      cleaned = px_clean (px_test_clean_rules (), text, &error);
      ck_assert_ptr_nonnull (cleaned);
      n = px_cleaned_n_kept (cleaned);
      kept = g_renew (PxSpan, kept, MAX (n, 1));
      for (guint i = 0; i < n; i++)
        kept[i] = px_cleaned_get_kept (cleaned, i);
    }
  g_autoptr(PxSegmentation) seg = px_segment (px_test_segment_rules (), text, kept, n);
  return px_extract_entities (name_rules, gazetteer, text, seg);
}

static PxEntities *
extract_string (const char *s)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxText) text = px_text_new ("test", s, strlen (s), NULL, &error);
  ck_assert_ptr_nonnull (text);
  return extract_text (text, FALSE);
}

static void
describe_mention (GString *out, const PxEntities *entities, const PxMention *m, const char *s)
{
  const PxEntity *e = px_entities_get_entity (entities, m->entity);
  g_string_append_printf (out, "%s%.*s=%s/%s%s", out->len ? " " : "",
                          (int) (m->span.end - m->span.start), s + m->span.start, e->id,
                          m->rule, m->metonymic ? "/m" : "");
}

/* "surface=id/rule" for each mention, joined by spaces; then the nested
 * mentions the same way, after "inside:". */
static char *
describe (const PxEntities *entities, const char *s)
{
  GString *out = g_string_new (NULL);
  for (guint k = 0; k < px_entities_n_mentions (entities); k++)
    describe_mention (out, entities, px_entities_get_mention (entities, k), s);
  if (px_entities_n_nested (entities) > 0)
    g_string_append (out, " inside:");
  for (guint k = 0; k < px_entities_n_nested (entities); k++)
    {
      const PxMention *m = px_entities_get_nested (entities, k);
      ck_assert (m->nested);
      describe_mention (out, entities, m, s);
    }
  return g_string_free (out, FALSE);
}

static void
assert_mentions (const char *s, const char *expected)
{
  g_autoptr(PxEntities) entities = extract_string (s);
  g_autofree char *got = describe (entities, s);
  ck_assert_msg (g_str_equal (got, expected), "in '%s':\n got '%s'\nwant '%s'", s, got, expected);
}

/* That the entity @id found in @s has @type. */
static void
assert_type (const char *s, const char *id, PxEntityType type)
{
  g_autoptr(PxEntities) entities = extract_string (s);
  for (guint k = 0; k < px_entities_n_entities (entities); k++)
    {
      const PxEntity *e = px_entities_get_entity (entities, k);
      if (g_str_equal (e->id, id))
        {
          ck_assert_msg (e->type == type, "in '%s': %s is a %s, not a %s", s, id,
                         px_entity_type_name (e->type), px_entity_type_name (type));
          return;
        }
    }
  ck_abort_msg ("in '%s': no %s", s, id);
}

/* That the entity @id found in @s is named @name. */
static void
assert_canonical (const char *s, const char *id, const char *name)
{
  g_autoptr(PxEntities) entities = extract_string (s);
  for (guint k = 0; k < px_entities_n_entities (entities); k++)
    {
      const PxEntity *e = px_entities_get_entity (entities, k);
      if (g_str_equal (e->id, id))
        {
          ck_assert_msg (g_str_equal (e->name, name), "in '%s': %s is named '%s', not '%s'", s,
                         id, e->name, name);
          return;
        }
    }
  ck_abort_msg ("in '%s': no %s", s, id);
}

START_TEST (test_titles)
{
  assert_mentions ("Chief Cabinet Secretary Quinto Zorbashi spoke.",
                   "Quinto Zorbashi=quinto_zorbashi/title");
  assert_mentions ("Zorbex Steel Vice Chairman Quinto Zorbashi spoke.",
                   "Zorbex Steel=zorbex_steel/capitalised Quinto Zorbashi=quinto_zorbashi/title");
  assert_mentions ("Ambassador Jane Qwerty arrived. Qwerty spoke.",
                   "Jane Qwerty=jane_qwerty/title Qwerty=jane_qwerty/surname");
  /* A first family name before a particle goes by itself. */
  assert_mentions ("Ambassador Jane Qwerty de Zorb arrived. A plea from Qwerty failed.",
                   "Jane Qwerty de Zorb=jane_qwerty_de_zorb/title "
                   "Qwerty=jane_qwerty_de_zorb/surname");
  /* "Former" opening a sentence is no name's word before a title. */
  assert_mentions ("Former House Speaker Quinto Zorbashi spoke.",
                   "Quinto Zorbashi=quinto_zorbashi/title");
  /* An honour before a name is its title. */
  assert_mentions ("Zorbic Hall of Famer Quinto Zorbashi spoke.",
                   "Quinto Zorbashi=quinto_zorbashi/title");
  /* British abbreviations with no stop are titles too. */
  assert_mentions ("Prof Quinto Zorbashi and Cllr Jane Qwerty spoke.",
                   "Quinto Zorbashi=quinto_zorbashi/title Jane Qwerty=jane_qwerty/title");
  /* A region listed whole is no shorter listed name inside it. */
  assert_mentions ("The storm spared the Tampa Bay area.",
                   "Tampa Bay area=tampa_bay_area/gazetteer");
  /* A state's and a city's people name them, as "Japanese" does Japan. */
  assert_mentions ("A Texan met a fellow Chicagoan.",
                   "Texan=us_texas/gazetteer Chicagoan=chicago/gazetteer");
  /* A demonym's plural, whatever its ending, at a sentence's start too;
   * no title's word. */
  assert_mentions ("Ukrainians fled, and the law exempts Brazilians. He sang "
                   "“Cowboys and Indians” later.",
                   "Ukrainians=ukraine/gazetteer Brazilians=brazil/gazetteer");
  assert_mentions ("Talks aboard Air Force One touched on the Himalayan border.",
                   "Air Force One=air_force_one/gazetteer Himalayan=himalayas/gazetteer");
  assert_mentions ("He joined the Rock and Roll Hall of Fame.",
                   "Rock and Roll Hall of Fame=rock_and_roll_hall_of_fame/gazetteer");
  /* The Arabic article joined by a hyphen, in lower case too. */
  assert_mentions ("The army left el-Obeid for El-Fasher.",
                   "el-Obeid=sd_el_obeid/gazetteer El-Fasher=sd_el_fasher/gazetteer");
  assert_mentions ("He joined Norges Bank Investment Management.",
                   "Norges Bank Investment Management=norges_bank_investment_management/gazetteer");
  /* The family name as an alias writes it, too. */
  assert_mentions ("President Volodymyr Zelenskiy arrived. Zelenskiy spoke.",
                   "Volodymyr Zelenskiy=volodymyr_zelensky/gazetteer "
                   "Zelenskiy=volodymyr_zelensky/surname");
  /* A listed family name after an unlisted given name is another
   * person's; after a title, or alone, the listed person's. */
  assert_mentions ("Zora Trump met President Trump. Later Trump left.",
                   "Zora Trump=zora_trump/capitalised Trump=donald_trump/gazetteer "
                   "Trump=donald_trump/gazetteer");
  /* A single word after a title is a name only as a capitalised word;
   * a listed name wins. */
  assert_mentions ("President Zork left. President Donald Trump stayed.",
                   "Zork=zork/capitalised Donald Trump=donald_trump/gazetteer");
  assert_mentions ("Foreign Minister Abdul bin Zayed Qwerty spoke.",
                   "Abdul bin Zayed Qwerty=abdul_bin_zayed_qwerty/title");
  assert_mentions ("Summit President Andre Qwerty do Zorb spoke.",
                   "Andre Qwerty do Zorb=andre_qwerty_do_zorb/title");
  /* A particle written with a capital counts for no word of
   * max_name_words. */
  assert_mentions ("Prime Minister Zorb Abdul bin Zayed Al Qwerty spoke.",
                   "Zorb Abdul bin Zayed Al Qwerty=zorb_abdul_bin_zayed_al_qwerty/title");
  /* A role in lower case before a name ending in a place's word that is
   * also a family name: a person. */
  assert_type ("The academic and professor Quinto Lamont Hill commented.", "quinto_lamont_hill",
               PX_ENTITY_PERSON);
  /* After a title, a listed name of one word that is no person's is the
   * family name ("Paris" the city, "Christmas" the holiday). */
  assert_mentions ("The spokesman Jane Paris met illustrator Quinto Christmas in Paris.",
                   "Jane Paris=jane_paris/title Quinto Christmas=quinto_christmas/title "
                   "Paris=paris/gazetteer");
  /* Without a title too, a listed city after a given name is a family
   * name, and so is that city later, unless a place cue opens it. */
  assert_mentions ("Later Quinta Paris left. Paris was born in Paris.",
                   "Quinta Paris=quinta_paris/capitalised Paris=quinta_paris/surname "
                   "Paris=paris/gazetteer");
  /* A country too, after a listed given name only. */
  assert_mentions ("Later Quinta Wales left. Later Jimmy Wales spoke.",
                   "Quinta=quinta/capitalised Wales=wales/gazetteer "
                   "Jimmy Wales=jimmy_wales/capitalised");
  /* And a demonym that ends the name, not after a place's cue (a month
   * may be a given name). */
  assert_mentions ("The head, Jimmy Welsh, left. Welsh said so.",
                   "Jimmy Welsh=jimmy_welsh/capitalised Welsh=jimmy_welsh/surname");
  assert_mentions ("In June British troops left.", "British=uk/gazetteer");
  /* A listed name that opens with a particle in lower case. */
  assert_mentions ("It cut its ties with al Qaeda.", "al Qaeda=al_qaeda/gazetteer");
  /* A place that a hyphen joins to a capitalised word nothing lists
   * opens a compound name; two places so joined stay two. */
  assert_mentions ("Offers came from Boston-Zorbcliffs and QuintelMittal.",
                   "Boston-Zorbcliffs=boston_zorbcliffs/capitalised "
                   "QuintelMittal=quintelmittal/capitalised");
  assert_mentions ("The Seoul-Tokyo flight left.",
                   "Seoul=seoul/gazetteer/m Tokyo=tokyo/gazetteer/m");
  /* A hyphen and a number make a designation, unless the name ends in a
   * number, a model's. */
  assert_mentions ("Later the planet Seoul-18b rose.", "");
  assert_mentions ("Later the planet Zorbeth-452b rose.", "");
  /* A place joined by a hyphen to a family name after a given name is
   * part of that name, and of the same compound later. */
  assert_mentions ("Later Jimmy Qwerty-Ireland spoke. Qwerty-Ireland left Ireland.",
                   "Jimmy Qwerty-Ireland=jimmy_qwerty_ireland/capitalised "
                   "Qwerty-Ireland=jimmy_qwerty_ireland/surname Ireland=ireland/gazetteer");
  /* A family name alone is the person named first with it until another
   * of that name is named; after, it is no one's. */
  assert_mentions ("Later Zorbi Quintar spoke. Quintar, 76, left. His son, Ana Quintar, "
                   "stayed. Quintar said so.",
                   "Zorbi Quintar=zorbi_quintar/capitalised Quintar=zorbi_quintar/surname "
                   "Ana Quintar=ana_quintar/capitalised");
  /* ... unless the first was named in the story's first paragraph, and
   * the other after it: the story's subject keeps it. */
  assert_mentions ("Later Zorbi Quintar died.\n\nHis son, Ana Quintar, spoke. Quintar was 76.",
                   "Zorbi Quintar=zorbi_quintar/capitalised Ana Quintar=ana_quintar/capitalised "
                   "Quintar=zorbi_quintar/surname");
  /* A family name a particle opens with a hyphen goes by its word alone
   * and by the particle capitalised. */
  assert_mentions ("Later Zorbi al-Quintar met him. Then Quintar said no. Al-Quintar left.",
                   "Zorbi al-Quintar=zorbi_al_quintar/capitalised "
                   "Quintar=zorbi_al_quintar/surname Al-Quintar=zorbi_al_quintar/surname");
  /* A kind noun after such a name types it. */
  assert_type ("Later Zorb, whose Hayat Zorbir al-Quinta group led it, spoke.",
               "hayat_zorbir_al_quinta", PX_ENTITY_ORG);
  /* A state's abbreviation after a party's letter; "Mass." alone is
   * none. */
  assert_mentions ("Sen. Jane Zorb, D-Mass., spoke. Quinto Varga (R-N.Y.) went to Mass.",
                   "Jane Zorb=jane_zorb/title Mass.=us_massachusetts/party-state "
                   "Quinto Varga=quinto_varga/capitalised N.Y.=new_york/party-state");
  /* The AP's abbreviation after a town and a comma is its state, and a
   * dateline's town in capitals is a place before it; "OK" is a word. */
  assert_mentions ("ZORBTON BAY, Fla. (AP) - Rain fell in Quintoville, Miss., on Monday. Well, OK.",
                   "ZORBTON BAY=zorbton_bay/dateline Fla.=us_florida/town-state AP=ap/gazetteer "
                   "Quintoville=quintoville/capitalised Miss.=us_mississippi/town-state");
  /* A portfolio's secretary: the name, not the office; the Treasury
   * alone names no one. */
  assert_mentions ("Health Secretary Jane F. Qwerty Jr. met the Secretary of the Treasury.",
                   "Jane F. Qwerty Jr.=jane_f_qwerty_jr/title");
  /* A title named after a place is a person, the place nested. */
  assert_mentions ("Later the Duke of Zorbsex met the Prince of Wales.",
                   "Duke of Zorbsex=duke_of_zorbsex/peerage Prince of Wales=prince_of_wales/peerage "
                   "inside: Wales=wales/gazetteer");
  /* A Chicago alderman, abbreviated. */
  assert_mentions ("It is wrong, said Ald. Quinto Zorbathi on Monday.",
                   "Quinto Zorbathi=quinto_zorbathi/title");
  /* An agency's administrator. */
  assert_mentions ("Later Administrator Quinto Varga spoke.",
                   "Quinto Varga=quinto_varga/title");
  /* After an honorific a possessive ends the person's name. */
  assert_mentions ("She worked for Mr. Zorbia's Department of Quinto Affairs.",
                   "Mr. Zorbia=zorbia/honorific "
                   "Department of Quinto Affairs=department_of_quinto_affairs/capitalised");
  /* A legal form ends a company's name, even after an honorific. */
  assert_type ("It was built by Sir Quinto Zorbpine Ltd. Later it was sold.",
               "quinto_zorbpine_ltd", PX_ENTITY_ORG);
  assert_mentions ("It was built by Quinto Zorbpine Ltd. Health Secretary Zora Qwerty said.",
                   "Quinto Zorbpine Ltd.=quinto_zorbpine_ltd/capitalised "
                   "Zora Qwerty=zora_qwerty/title");
  /* Titles in a row are one title. */
  assert_mentions ("Later Chief Minister Jane Qwerty spoke.", "Jane Qwerty=jane_qwerty/title");
  /* Legislators' titles. */
  assert_mentions ("Later Speaker Quinto Varga met MP Jane Qwerty.",
                   "Quinto Varga=quinto_varga/title Jane Qwerty=jane_qwerty/title");
  /* A party's member is no part of the name after it, nor a name alone. */
  assert_mentions ("Later Democrat Quinto Varga met a Republican.",
                   "Quinto Varga=quinto_varga/capitalised");
  /* Nor is a church's adjective. */
  assert_mentions ("The Episcopal bishop of Zorbia, Quinto Varga, met a Methodist.",
                   "Zorbia=zorbia/capitalised Quinto Varga=quinto_varga/capitalised");
  assert_mentions ("He lost his seat to Liberal Quinto Varga, not Conservative Jane Qwerty.",
                   "Quinto Varga=quinto_varga/capitalised Jane Qwerty=jane_qwerty/capitalised");
  /* Nor a rank opening a sentence, nor a people's member. */
  assert_mentions ("Quinto Varga spoke. Senior Varga administration officials met the Pole.",
                   "Quinto Varga=quinto_varga/capitalised Varga=quinto_varga/surname");
  /* A title with a possessive, or before a name that ends in a body's
   * noun, opens a body's name; a family name that is a body word ("Hall")
   * does not stop a person's. */
  assert_mentions ("She taught at King's College Zorbia and Queen Quinta University.",
                   "King's College Zorbia=king_college_zorbia/capitalised "
                   "Queen Quinta University=queen_quinta_university/capitalised");
  assert_mentions ("Ambassador Jane Hall arrived.", "Jane Hall=jane_hall/title");
  /* A law's word ends no person's name either: "General" is a title, but
   * not here. */
  assert_type ("It broke the General Zorb Protection Regulation.",
               "general_zorb_protection_regulation", PX_ENTITY_LAW);
  /* A common word's possessive opens a body's name before common words
   * that lead to a body word; a name's does not. */
  assert_mentions ("Later the People's Consultative Assembly met Zorbo's National Zorb Council.",
                   "People's Consultative Assembly=people_consultative_assembly/capitalised "
                   "Zorbo=zorbo/capitalised National Zorb Council=national_zorb_council/capitalised");
  /* Nor does a body's: its school is another body. */
  assert_mentions ("Later the University of Zorbia's Peninsula Medical School and Quintex "
                   "University's Zorb School met.",
                   "University of Zorbia=university_of_zorbia/capitalised "
                   "Peninsula Medical School=peninsula_medical_school/capitalised "
                   "Quintex University=quintex_university/capitalised "
                   "Zorb School=zorb_school/capitalised");
  /* Nor does an acronym's, a body's name of its own. */
  assert_mentions ("Later, ZORBA's Operation Quintbridge flew there.",
                   "ZORBA=zorba/acronym Operation Quintbridge=operation_quintbridge/capitalised");
  /* Offices of faiths and legislatures; after a title, a listed name of
   * one word before a capitalised word is a given name. */
  assert_mentions ("Later Archbishop Quinto Varga met Deputy Sofia Qwerty.",
                   "Quinto Varga=quinto_varga/title Sofia Qwerty=sofia_qwerty/title");
  /* So is a country's name that is a listed given name; another stays
   * the country. */
  assert_mentions ("He told Le Parisien so.", "Le Parisien=le_parisien/gazetteer");
  /* A listed group where a kind noun and a verb would leave a person. */
  assert_mentions ("The militant group Hayat Tahrir al-Sham swept into Aleppo.",
                   "Hayat Tahrir al-Sham=hayat_tahrir_al_sham/gazetteer Aleppo=sy_aleppo/gazetteer");
  /* A listed island where a person's name would be read. */
  assert_mentions ("The ferry left for Crete.", "Crete=crete/gazetteer");
  /* A listed name whose first word is a common word. */
  assert_mentions ("Vietnam's leader To Lam met him.",
                   "Vietnam=vietnam/gazetteer To Lam=to_lam/gazetteer");
  assert_mentions ("Foreign Minister Israel Qwerty met Ambassador Japan Qwerty.",
                   "Israel Qwerty=israel_qwerty/title Japan=japan/gazetteer "
                   "Qwerty=israel_qwerty/surname");
  assert_mentions ("A bench of Justices Quinto Varga and Jane Qwerty said Maoist rebels fled.",
                   "Quinto Varga=quinto_varga/title Jane Qwerty=jane_qwerty/capitalised");
  /* A priest's or a nun's title before a name of two words. */
  assert_mentions ("Later Father Quinto Varga met Sister Zora Qwerty.",
                   "Quinto Varga=quinto_varga/title Zora Qwerty=zora_qwerty/title");
  /* British police ranks as abbreviated without periods. */
  assert_mentions ("Later Det Insp Quinto Varga met Supt Zora Qwerty.",
                   "Quinto Varga=quinto_varga/title Zora Qwerty=zora_qwerty/title");
  /* A title's abbreviation ending a name leaves its period to the
   * sentence. */
  assert_mentions ("They met the former leader Quinto Sen. Later it rained.",
                   "Quinto Sen=quinto_sen/title");
  /* An honorific after a title is no part of the name; a family name
   * of two letters alone is the person's. */
  assert_mentions ("It was led by planetary scientist Dr. Zorbo Li. Then Li said so.",
                   "Dr. Zorbo Li=zorbo_li/honorific Li=zorbo_li/surname");
}
END_TEST

START_TEST (test_honorifics)
{
  assert_mentions ("Shigeru Ishiba spoke. Mr. Ishiba left.",
                   "Shigeru Ishiba=shigeru_ishiba/gazetteer Mr. Ishiba=shigeru_ishiba/honorific");
  assert_mentions ("Yoon Suk Yeol was impeached. Mr. Yoon denied it.",
                   "Yoon Suk Yeol=yoon_suk_yeol/gazetteer Mr. Yoon=yoon_suk_yeol/honorific");
  /* Nobody named earlier: the name is a person, without the honorific. */
  assert_mentions ("Ms. Qwerty agreed.", "Ms. Qwerty=qwerty/honorific");
  /* A full name a title or a run of capitals gave counts as named. */
  assert_mentions ("Prime Minister Jon Qwerty spoke. Mr Qwerty left.",
                   "Jon Qwerty=jon_qwerty/title Mr Qwerty=jon_qwerty/honorific");
  assert_mentions ("The Zorb Council Mr. Qwerty spoke.",
                   "Zorb Council=zorb_council/capitalised Mr. Qwerty=qwerty/honorific");
  assert_mentions ("Jon Qwerty spoke. Mr. Qwerty left.",
                   "Jon Qwerty=jon_qwerty/capitalised Mr. Qwerty=jon_qwerty/honorific");
  /* Two named so: the first, whom the story is about. */
  assert_mentions ("Ann Qwerty died. Her mother, Mary Qwerty, spoke. Ms Qwerty was 20.",
                   "Ann Qwerty=ann_qwerty/capitalised Mary Qwerty=mary_qwerty/capitalised "
                   "Ms Qwerty=ann_qwerty/honorific");
  /* An honorific ends a title's name and opens the next; once taken, no
   * name overlaps it. */
  assert_mentions ("Ambassador Jon Qwerty Ann Mr. Zorbik spoke.",
                   "Jon Qwerty Ann=jon_qwerty_ann/title Mr. Zorbik=zorbik/honorific");
  /* A knighthood's honorific, after a title too. */
  assert_mentions ("Professor Sir Jon Qwerty and Dame Zora Varga spoke.",
                   "Sir Jon Qwerty=jon_qwerty/honorific Dame Zora Varga=zora_varga/honorific");
  assert_mentions ("Later the Rt Hon Zora Varga MP spoke.", "Rt Hon Zora Varga=zora_varga/honorific");
  /* A listed place's or body's single word after an honorific is a
   * family name, no one's full name being known; after a pageant's
   * honorific a place stays one. */
  assert_mentions ("Mr. Cleveland said so, and Dr Lyon agreed.",
                   "Mr. Cleveland=cleveland/honorific Dr Lyon=lyon/honorific");
  assert_mentions ("Mr Jordan spoke. Jordan is dry.",
                   "Mr Jordan=jordan_unlisted/honorific Jordan=jordan/gazetteer");
  assert_mentions ("Lisa Paris arrived. Ms. Paris spoke.",
                   "Lisa Paris=lisa_paris/capitalised Ms. Paris=lisa_paris/honorific");
  assert_type ("Miss Texas won the crown.", "us_texas", PX_ENTITY_PLACE);
  /* Letters after a name are no part of it, nor make it a product's. */
  assert_mentions ("Later Zora Varga MP met Judge Quinto Zorbel KC.",
                   "Zora Varga=zora_varga/capitalised Quinto Zorbel=quinto_zorbel/title");
}
END_TEST

START_TEST (test_surnames)
{
  /* Two words or more that open or close a longer name named before are
   * that person's, unless another's name has them too. */
  assert_mentions ("Minister Quinto Zorb Varga left. Later Quinto Zorb spoke, and Zorb Varga.",
                   "Quinto Zorb Varga=quinto_zorb_varga/title "
                   "Quinto Zorb=quinto_zorb_varga/capitalised "
                   "Zorb Varga=quinto_zorb_varga/capitalised");
  assert_mentions ("Quinto Zorb Varga and Quinto Zorb Lamont met. Later Quinto Zorb spoke.",
                   "Quinto Zorb Varga=quinto_zorb_varga/capitalised "
                   "Quinto Zorb Lamont=quinto_zorb_lamont/capitalised "
                   "Quinto Zorb=quinto_zorb/capitalised");
  /* Two persons share the family name: "Kim" alone stays unresolved. */
  assert_mentions ("Kim Seol-hwa and Kim Jong Un met. Kim spoke.",
                   "Kim Seol-hwa=kim_seol_hwa/gazetteer Kim Jong Un=kim_jong_un/gazetteer");
  assert_mentions ("Kim spoke before Kim Seol-hwa arrived.",
                   "Kim Seol-hwa=kim_seol_hwa/gazetteer");
  /* A hyphenated family name is looked up whole, never by its parts. */
  assert_mentions ("Quinto Zorb-Varga spoke. Later Zorb-Varga left.",
                   "Quinto Zorb-Varga=quinto_zorb_varga/capitalised "
                   "Zorb-Varga=quinto_zorb_varga/surname");
  /* A family name that is a word of not_names stays after a listed given
   * name; alone it is the person, but not after an article. */
  assert_mentions ("Later Mary King wrote. The King spoke. Then King left.",
                   "Mary King=mary_king/capitalised King=mary_king/surname");
  /* A family name before "Jr." stands for the person alone, and after
   * "Mr.". */
  assert_mentions ("Quinto J. Zorbek Jr. spoke. Later Zorbek and Mr. Zorbek left.",
                   "Quinto J. Zorbek Jr.=quinto_j_zorbek_jr/capitalised "
                   "Zorbek=quinto_j_zorbek_jr/surname Mr. Zorbek=quinto_j_zorbek_jr/honorific");
  /* A hyphenated family name after an honorific, a life peer's too. */
  assert_mentions ("Baroness Zorbia Quint-Varga spoke. Later Ms. Quint-Varga left.",
                   "Baroness Zorbia Quint-Varga=zorbia_quint_varga/honorific "
                   "Ms. Quint-Varga=zorbia_quint_varga/honorific");
  /* Of two people of one family name, an honorific stands for the one
   * whose given name is of its gender. */
  assert_mentions ("John Quintel and Mary Quintel came. Later Mrs Quintel and Mr Quintel left.",
                   "John Quintel=john_quintel/capitalised Mary Quintel=mary_quintel/capitalised "
                   "Mrs Quintel=mary_quintel/honorific Mr Quintel=john_quintel/honorific");
  /* A participle after a hyphen that ends a name is no part of it. */
  assert_mentions ("It was a Quinto Zorbel-themed class; Lee Yue-shun came.",
                   "Quinto Zorbel=quinto_zorbel/capitalised Lee Yue-shun=lee_yue_shun/capitalised");
  /* The French honorifics too. */
  assert_mentions ("Zorbia Quintel spoke. Later Mme Quintel left.",
                   "Zorbia Quintel=zorbia_quintel/capitalised Mme Quintel=zorbia_quintel/honorific");
  /* A nickname in quotes between the names: one person, named without it,
   * whose family name alone is then the person's. */
  assert_mentions ("Gangs led by Quinto \"Barbecue\" Zorbier rule. Zorbier said so.",
                   "Quinto \"Barbecue\" Zorbier=quinto_zorbier/nickname "
                   "Zorbier=quinto_zorbier/surname");
  assert_mentions ("He read \"Quinto\" Zorbier's book.", "");
  /* The given names go back to a title, no further. */
  assert_mentions ("Astronaut Quinto \"Butch\" Zorbier flew.",
                   "Quinto \"Butch\" Zorbier=quinto_zorbier/nickname");
  /* A given name that is no name alone stands for nobody: "Roman" is a
   * people's adjective, and so are "Ottoman" and "Aztec". */
  assert_mentions ("They met Roman Qwerty near a Roman villa with Ottoman and Aztec coins.",
                   "Roman Qwerty=roman_qwerty/capitalised");
  /* Nor are a religious order's members and a rite. */
  assert_mentions ("Quinto Varga, a Dominican friar, spoke.", "Quinto Varga=quinto_varga/capitalised");
  assert_mentions ("Quinto Varga, a Jesuit, celebrated Mass at St. Zorb's Basilica.",
                   "Quinto Varga=quinto_varga/capitalised "
                   "St. Zorb's Basilica=st_zorb_basilica/capitalised");
}
END_TEST

START_TEST (test_context)
{
  /* "the North" only where North Korea is named. */
  assert_mentions ("The North fired. The north wind blew.", "");
  assert_mentions ("North Korea said the North would respond.",
                   "North Korea=dprk/gazetteer the North=dprk/in-context");
  /* An office of the country in view. */
  assert_mentions ("South Korea's Foreign Ministry said.",
                   "South Korea=south_korea/gazetteer Foreign Ministry=rok_foreign_ministry/country-office");
  assert_mentions ("The Foreign Ministry said.", "");
  /* An office the gazetteer lists for no country in view is a body of
   * its own of the country named right before it, or of the one in view
   * when the document names that one most; an embassy may be another
   * country's. */
  assert_mentions ("Kenya's Senate met.",
                   "Kenya=kenya/gazetteer Senate=senate_of_kenya/country-office");
  assert_mentions ("Kenya and Kenya. The Senate met. Uganda said so. The Senate met.",
                   "Kenya=kenya/gazetteer Kenya=kenya/gazetteer "
                   "Senate=senate_of_kenya/country-office Uganda=uganda/gazetteer "
                   "Senate=senate_of_kenya/country-office");
  /* A country named in the office's own sentence owns it, unless by its
   * adjective only ("the son of Ugandan immigrants"). */
  assert_mentions ("Kenya and Kenya. Uganda's minister told the Senate.",
                   "Kenya=kenya/gazetteer Kenya=kenya/gazetteer Uganda=uganda/gazetteer "
                   "Senate=senate_of_uganda/country-office");
  assert_mentions ("Kenya and Kenya. A Ugandan minister told the Senate.",
                   "Kenya=kenya/gazetteer Kenya=kenya/gazetteer Ugandan=uganda/gazetteer "
                   "Senate=senate_of_kenya/country-office");
  /* So even where the document names another country more, whose
   * office is listed; a name before a hyphen is an adjective there. */
  assert_mentions ("Kenya's president fled, and the National Assembly met. France and France.",
                   "Kenya=kenya/gazetteer "
                   "National Assembly=national_assembly_of_kenya/country-office "
                   "France=france/gazetteer France=france/gazetteer");
  assert_mentions ("The United States and the United States. A law on its China-based owner "
                   "passed Congress.",
                   "United States=usa/gazetteer United States=usa/gazetteer "
                   "China=china/gazetteer Congress=us_congress/country-office");
  /* A dateline's country is the story's, however often another is
   * named. */
  assert_mentions ("NAIROBI (AP) - Uganda and Uganda spoke. The Senate met.",
                   "NAIROBI=nairobi/gazetteer AP=ap/gazetteer Uganda=uganda/gazetteer "
                   "Uganda=uganda/gazetteer Senate=senate_of_kenya/country-office");
  /* ... unless it joins two countries' towns: the story is filed from
   * both. */
  assert_mentions ("NAIROBI/KAMPALA (AP) - Uganda and Uganda spoke. The Senate met.",
                   "NAIROBI=nairobi/gazetteer KAMPALA=ug_kampala/gazetteer AP=ap/gazetteer "
                   "Uganda=uganda/gazetteer Uganda=uganda/gazetteer "
                   "Senate=senate_of_uganda/country-office");
  /* A listed town puts its country in view where the text is there, not
   * where it names a thing. */
  assert_mentions ("The U.S. left the Paris climate agreement. The Senate met.",
                   "U.S.=usa/gazetteer Paris=paris/gazetteer/m Senate=us_senate/country-office");
  /* A listed town puts its country in view. */
  assert_mentions ("Japan's envoy flew to China. He landed in Seoul. The Foreign Ministry said.",
                   "Japan=japan/gazetteer China=china/gazetteer Seoul=seoul/gazetteer "
                   "Foreign Ministry=rok_foreign_ministry/country-office");
  /* A constitutional court and a national assembly are offices. */
  assert_mentions ("South Korea voted. The National Assembly and the Constitutional Court met.",
                   "South Korea=south_korea/gazetteer "
                   "National Assembly=rok_national_assembly/country-office "
                   "Constitutional Court=constitutional_court_korea/country-office");
  assert_mentions ("Kenya said so. The Embassy met.", "Kenya=kenya/gazetteer");
  /* An office listed under its bare name for one country is another's
   * right after its name, and then alone, but not after its own. */
  assert_mentions ("Pakistan's Foreign Office said so. The Foreign Office added that "
                   "Britain's Foreign Office erred.",
                   "Pakistan=pakistan/gazetteer "
                   "Foreign Office=foreign_office_of_pakistan/country-office "
                   "Foreign Office=foreign_office_of_pakistan/country-office "
                   "Britain=uk/gazetteer Foreign Office=fcdo/gazetteer");
  /* An office inside a body's name that opens before it is the runs'. */
  assert_mentions ("An inquiry by the Department of the Air Force ended.",
                   "Department of the Air Force=department_of_the_air_force/capitalised");
  /* The gazetteer may list the office after the country ("Ministry of
   * Defense of Japan"). */
  assert_mentions ("Japan's Ministry of Defense said.",
                   "Japan=japan/gazetteer Ministry of Defense=japan_mod/country-office");
  /* A legislature's houses too. */
  assert_mentions ("The U.S. Senate voted. The House of Representatives and the Senate agreed.",
                   "U.S. Senate=us_senate/gazetteer "
                   "House of Representatives=us_house/country-office "
                   "Senate=us_senate/country-office inside: U.S.=usa/gazetteer");
  /* A caucus's name leaves the bare office the country's; a party's
   * leader's title takes no part of it. */
  assert_mentions ("The U.S. Senate voted. Eight Senate Democrats broke ranks, and the Senate "
                   "agreed. Senate Minority Leader Zorba Quint spoke.",
                   "U.S. Senate=us_senate/gazetteer Senate Democrats=senate_democrats/capitalised "
                   "Senate=us_senate/country-office Senate=us_senate/country-office "
                   "Zorba Quint=zorba_quint/title inside: U.S.=usa/gazetteer");
  /* An unlisted office with its country's name or demonym is the one
   * its bare name means later. */
  assert_mentions ("The UK Government agreed.",
                   "UK Government=government_of_united_kingdom/country-office "
                   "inside: UK=uk/gazetteer");
  assert_mentions ("The Kenyan Cabinet met. Later Cabinet agreed.",
                   "Kenyan Cabinet=cabinet_of_kenya/country-office "
                   "Cabinet=cabinet_of_kenya/country-office inside: Kenyan=kenya/gazetteer");
  /* A region's name before an office makes the region's own body; a
   * capitalised word before a country's, a name of its own. */
  assert_mentions ("The Texas Senate voted. Later the U.S. Senate voted.",
                   "Texas Senate=texas_senate/country-office U.S. Senate=us_senate/gazetteer "
                   "inside: Texas=us_texas/gazetteer U.S.=usa/gazetteer");
  assert_mentions ("It was flown by the Royal Kenyan Air Force.",
                   "Royal Kenyan Air Force=royal_kenyan_air_force/capitalised "
                   "inside: Kenyan=kenya/gazetteer");
  /* A word of a longer title is no office nor family name. */
  assert_mentions ("The Kenyan Cabinet met. Chief Cabinet Secretary Quinto Varga spoke.",
                   "Kenyan Cabinet=cabinet_of_kenya/country-office "
                   "Quinto Varga=quinto_varga/title inside: Kenyan=kenya/gazetteer");
  /* A service's word before "Secretary" is the title's, no army of the
   * country in view. */
  assert_mentions ("Talks ended in Moscow. Army Secretary Quinto Varga left.",
                   "Moscow=moscow/gazetteer Quinto Varga=quinto_varga/title");
  /* A place after a name and "in" is that name's seat, not where the
   * story is. */
  assert_mentions ("Protests grew in Georgia. Jane Roe, a fellow at the Zorbian Institute in "
                   "London, spoke. Parliament met.",
                   "Georgia=georgia/gazetteer Jane Roe=jane_roe/capitalised "
                   "Zorbian Institute=zorbian_institute/capitalised London=london/gazetteer "
                   "Parliament=parliament_of_georgia/country-office");
  /* "Congress" alone is the country's, where the gazetteer lists one. */
  assert_mentions ("The United States will act. Later Congress must pass it.",
                   "United States=usa/gazetteer Congress=us_congress/country-office");
  /* A dateline's place is where the story's country is first in view;
   * an office the country in view lists none of is the main country's,
   * when no country is named right before it. */
  assert_mentions ("WASHINGTON (AP) - The Supreme Court upheld it. Its owner is Chinese. "
                   "Congress in Texas passed it.",
                   "WASHINGTON=washington/gazetteer AP=ap/gazetteer "
                   "Supreme Court=us_supreme_court/country-office Chinese=china/gazetteer "
                   "Congress=us_congress/country-office Texas=us_texas/gazetteer");
}
END_TEST

START_TEST (test_unknown_names)
{
  /* Runs of capitalised words, typed by the words in them. */
  assert_mentions ("Yesterday Kevin Allton visited the Fisht Stadium with the University of "
                   "Wakanda Arlington team.",
                   "Kevin Allton=kevin_allton/capitalised Fisht Stadium=fisht_stadium/capitalised "
                   "University of Wakanda Arlington=university_of_wakanda_arlington/capitalised");
  /* Two names joined by "of" stay two; the family name alone is the
   * person named before. */
  assert_mentions ("They elected Leung Yiu-chung of NWSC. Then Leung spoke.",
                   "Leung Yiu-chung=leung_yiu_chung/capitalised NWSC=nwsc/acronym "
                   "Leung=leung_yiu_chung/surname");
  /* A title's portfolio is no name. */
  assert_mentions ("The Secretary-General for Political Affairs and Security Policy spoke.", "");
  /* The portfolio is common words; the name after it is the person. */
  assert_mentions ("The Minister of Education Quinto Varga spoke.",
                   "Quinto Varga=quinto_varga/title");
  /* At a sentence's start, a word is a name only if the document also
   * capitalises it inside a sentence. */
  assert_mentions ("Refusing was easy. Quinto left. Then Quinto came back.",
                   "Quinto=quinto/capitalised Quinto=quinto/capitalised");
  /* Or when a verb of saying follows it: the word is its subject. */
  assert_mentions ("Ships waited. Zorbsk said delays were short.", "Zorbsk=zorbsk/capitalised");
  /* So it is after a dash (the text's dashes folded to "-"), not after
   * a hyphen. */
  assert_mentions ("PARIS (AFP) — Zorbex fell.", "PARIS=paris/gazetteer AFP=afp/gazetteer");
  /* So it is after an opening quote, a colon or a list item's mark. */
  assert_mentions ("He said \"Hoping is all\" and listed: a) Leaving early. Then Quinto left.",
                   "Quinto=quinto/capitalised");
  assert_mentions ("Then Quinto said \"Quinto is here\".",
                   "Quinto=quinto/capitalised Quinto=quinto/capitalised");
  /* A law is named by a law word at its end, or at its start before a
   * connector; the word alone is the law named before with it. */
  const char *laws = "The Zorbian Air Act passed; the Act and the Treaty of Quintonia hold.";
  assert_mentions (laws, "Zorbian Air Act=zorbian_air_act/capitalised "
                   "Act=zorbian_air_act/body-word "
                   "Treaty of Quintonia=treaty_of_quintonia/capitalised");
  assert_type (laws, "zorbian_air_act", PX_ENTITY_LAW);
  assert_type (laws, "treaty_of_quintonia", PX_ENTITY_LAW);
  /* So is a bill, where "Bill" opening a name is a given name. */
  assert_type ("Later Zorb withdrew the Quintar Bill.", "quintar_bill", PX_ENTITY_LAW);
  assert_type ("Later Bill Zorbin said so.", "bill_zorbin", PX_ENTITY_PERSON);
  /* An apposition may say a law's word names a body. */
  assert_type ("It is run by the Zorbic Initiative, a Canadian charity.", "zorbic_initiative",
               PX_ENTITY_ORG);
  assert_type ("It backed the Zorbic Initiative.", "zorbic_initiative", PX_ENTITY_LAW);
  /* An industry's noun in apposition says a company. */
  assert_type ("It was made with Zorbitsu Kosan, Japan's second-largest oil refiner.",
               "zorbitsu_kosan", PX_ENTITY_ORG);
  /* A given name before "and" and a person's full name shares its
   * family name, which alone then names neither; not a place's name. */
  assert_mentions ("They thanked Mary and John Zorbity. Zorbity left.",
                   "Mary=mary_zorbity/shared-surname John Zorbity=john_zorbity/capitalised");
  assert_mentions ("They thanked Jordan and John Zorbity.",
                   "Jordan=jordan/gazetteer John Zorbity=john_zorbity/capitalised");
  /* The word before the family name of three is a family name too, no
   * given name. */
  assert_mentions ("Brice Zorbo Nguema won. Zorbo spoke.",
                   "Brice Zorbo Nguema=brice_zorbo_nguema/capitalised "
                   "Zorbo=brice_zorbo_nguema/surname");
  /* Nor another person's family name. */
  assert_mentions ("Andy Byron quit. It showed Byron and Kristin Zorbity.",
                   "Andy Byron=andy_byron/capitalised Byron=andy_byron/surname "
                   "Kristin Zorbity=kristin_zorbity/capitalised");
  assert_mentions ("Goals came from Quinto Varga, Mary and John Zorbity.",
                   "Quinto Varga=quinto_varga/capitalised Mary=mary/capitalised "
                   "John Zorbity=john_zorbity/capitalised");
  /* Common words before a connector join a law whose word ends it; not
   * a name after the connector that no law word ends. */
  assert_mentions ("It cited the Freedom of Information Act.",
                   "Freedom of Information Act=freedom_of_information_act/capitalised");
  /* ... and so do they an organisation's word that ends the name, no
   * subject's connector before it. */
  assert_mentions ("The Freedom of the Press Foundation sued.",
                   "Freedom of the Press Foundation=freedom_of_the_press_foundation/capitalised");
  assert_mentions ("She is the top Democrat on the Senate Banking Committee.",
                   "Senate Banking Committee=senate_banking_committee/capitalised");
  assert_mentions ("The Chair of the Zorbian Reserve spoke.",
                   "Zorbian Reserve=zorbian_reserve/capitalised");
  /* A constitution and a scripture are texts, no one's name. */
  assert_mentions ("Later the Constitution and the Bible were read.", "");
  /* A people's noun for one of them is nobody's name. */
  assert_mentions ("Later the Scot and the Kiwi lost.", "");
  /* A peer's title alone is nobody's name. */
  assert_mentions ("Later the Duke and the Duchess left.", "");
  /* Gardens and an Indonesian regency are places. */
  assert_type ("Later Zorbia Gardens and Quinto Regency agreed.", "zorbia_gardens",
               PX_ENTITY_PLACE);
  assert_type ("Later Zorbia Gardens and Quinto Regency agreed.", "quinto_regency",
               PX_ENTITY_PLACE);
  /* A body word that is no name alone still ends one, after a place too,
   * and a police rank is a title. */
  assert_mentions ("Later Zorbia Valley Police and Greater Quintobo Police said so, "
                   "Detective Inspector Jane Qwerty said.",
                   "Zorbia Valley Police=zorbia_valley_police/capitalised "
                   "Greater Quintobo Police=greater_quintobo_police/capitalised "
                   "Jane Qwerty=jane_qwerty/title");
  /* Airlines whose names hold no body word are listed. */
  assert_mentions ("Later Jetstar and Air Canada cancelled flights.",
                   "Jetstar=jetstar/gazetteer Air Canada=air_canada/gazetteer "
                   "inside: Canada=canada/gazetteer");
  /* A town of another country in a listed body's name is a word of it. */
  assert_mentions ("Argentina voted. La Libertad Avanza won.",
                   "Argentina=argentina/gazetteer La Libertad Avanza=la_libertad_avanza/gazetteer");
  /* A listed body opens the name of a body whose head noun comes before
   * a connector; a currency's letters end a name. */
  assert_mentions ("Later Harvard School of Zorbology agreed to pay Quinto Varga C$812.",
                   "Harvard School of Zorbology=harvard_school_of_zorbology/capitalised "
                   "Quinto Varga=quinto_varga/capitalised "
                   "inside: Harvard=harvard_university/gazetteer");
  /* A title between a place's name and its person's is neither's. */
  assert_mentions ("Later Zorbia County District Attorney Jane Qwerty spoke.",
                   "Zorbia County=zorbia_county/capitalised Jane Qwerty=jane_qwerty/title");
  assert_mentions ("Crowds filled the Makkah Masjid in Leeds. Greater Leeds Police came.",
                   "Makkah Masjid=makkah_masjid/capitalised Leeds=gb_leeds/gazetteer "
                   "Greater Leeds Police=greater_leeds_police/capitalised "
                   "inside: Greater Leeds=greater_leeds/region Leeds=gb_leeds/gazetteer");
  /* Bodies "on" a subject, companies' suffixes without a period, roads,
   * storms and the name a storm goes by after it. */
  assert_mentions ("The Zorbian Council on Foreign Relations met Quinto Motors Corp and "
                   "Zorbex Securities on the Varga Expressway.",
                   "Zorbian Council on Foreign Relations="
                   "zorbian_council_on_foreign_relations/capitalised "
                   "Quinto Motors Corp=quinto_motors_corp/capitalised "
                   "Zorbex Securities=zorbex_securities/capitalised "
                   "Varga Expressway=varga_expressway/capitalised");
  /* A field's word is a subject too, though a body's word. */
  assert_mentions ("Later the Zorbian Conference on Robotics and Automation met.",
                   "Zorbian Conference on Robotics and Automation="
                   "zorbian_conference_on_robotics_and_automation/capitalised");
  /* A capitalised preposition inside a body's name. */
  assert_mentions ("The Zorbian Commission Against Corruption met.",
                   "Zorbian Commission Against Corruption="
                   "zorbian_commission_against_corruption/capitalised");
  assert_type ("Then Cyclone Quintia hit. Quintia killed 12.", "cyclone_quintia",
               PX_ENTITY_EVENT);
  assert_mentions ("Then Cyclone Quintia hit. Quintia killed 12.",
                   "Cyclone Quintia=cyclone_quintia/capitalised Quintia=cyclone_quintia/short-name");
  /* "Election" opens no event (opening_event_words): "Election Results"
   * is common words, no name, and "Results" alone no storm's. */
  assert_mentions ("They read the Election Results. Later Results fell.", "");
  /* A company's first word is its short name, after a place cue too;
   * not a public body's. */
  assert_mentions ("Zorbex Holdings rose. Later Zorbex said so, and shares of Zorbex fell.",
                   "Zorbex Holdings=zorbex_holdings/capitalised "
                   "Zorbex=zorbex_holdings/short-name Zorbex=zorbex_holdings/short-name");
  /* A listed club's first word as written, without the accent its
   * listed name has. */
  assert_mentions ("Atletico Madrid lost. Later Atletico said so.",
                   "Atletico Madrid=atletico_madrid/gazetteer "
                   "Atletico=atletico_madrid/short-name inside: Madrid=madrid/gazetteer");
  /* A club's town that opens a longer name is the town in that name. */
  assert_mentions ("Sheffield United won. Sheffield Zorbic Council said so.",
                   "Sheffield United=sheffield_united/gazetteer "
                   "Sheffield Zorbic Council=sheffield_zorbic_council/capitalised "
                   "inside: Sheffield=gb_sheffield/gazetteer Sheffield=gb_sheffield/gazetteer");
  assert_mentions ("The Quintobo Town Council met. Later Quintobo residents left.",
                   "Quintobo Town Council=quintobo_town_council/capitalised "
                   "Quintobo=quintobo/capitalised");
  /* Court and local officials' titles. */
  assert_mentions ("Later U.S. District Judge Jane Qwerty and Sheriff Quinto Varga spoke.",
                   "U.S.=usa/gazetteer Jane Qwerty=jane_qwerty/title "
                   "Quinto Varga=quinto_varga/title");
  /* A kind's noun right after a name types it. */
  assert_type ("Debris fell in the Quintobo district.", "quintobo", PX_ENTITY_PLACE);
  assert_type ("Fighters of the Zorbex group left.", "zorbex", PX_ENTITY_ORG);
  /* A name after one of org_cues is an organisation's, not a place's,
   * at a sentence's start too. */
  assert_type ("Analysts at Quintell said so.", "quintell", PX_ENTITY_ORG);
  assert_type ("Later shares in Zorbex Varga rose.", "zorbex_varga", PX_ENTITY_ORG);
  assert_type ("It opened in Quintell.", "quintell", PX_ENTITY_PLACE);
  /* A name after "the" that ends its phrase is no person's: a place
   * after a place's cue, a body otherwise; before a word in lower case
   * the word may be its noun, and the name stays a person's. */
  assert_type ("Storms hit the Quintland.", "quintland", PX_ENTITY_ORG);
  assert_type ("They played at the Zorbo Veste in May.", "zorbo_veste", PX_ENTITY_PLACE);
  assert_type ("Later the Quinto Varga campaign ended.", "quinto_varga", PX_ENTITY_PERSON);
  /* ... but an auxiliary is no noun of the name; after a kind noun it
   * is the name's verb still. */
  assert_type ("Later the Quinto Varga had closed.", "quinto_varga", PX_ENTITY_ORG);
  assert_type ("He left the company Jane Qwerty had founded.", "jane_qwerty",
               PX_ENTITY_PERSON);
  /* Common words alone open a sentence as a body's name before a verb
   * of saying, but not inside a sentence. */
  assert_type ("National Grid said engineers were busy.", "national_grid", PX_ENTITY_ORG);
  assert_mentions ("Its chief executive Great Grid said so.", "");
  /* Common words after a workplace's cue name a body; studios and
   * productions are bodies; a listed outlet whose name ends a longer
   * body's is no mention of the outlet. */
  assert_type ("Ana Varga, an analyst at Global Digital Insights, said so.",
               "global_digital_insights", PX_ENTITY_ORG);
  assert_type ("Ana Varga, a scientific adviser at Zorbex Biotherapeutics, said so.",
               "zorbex_biotherapeutics", PX_ENTITY_ORG);
  assert_type ("Later Quinto Varga Productions said so.", "quinto_varga_productions",
               PX_ENTITY_ORG);
  assert_mentions ("The Zorbian Foreign Press Association met.",
                   "Zorbian Foreign Press Association="
                   "zorbian_foreign_press_association/capitalised");
  /* A single word joined to a listed organisation is one too; a listed
   * place after an organisation's kind noun names a body of its own. */
  assert_type ("Later Microsoft and Zorbex agreed.", "zorbex", PX_ENTITY_ORG);
  /* A list that ends in a listed place, "the capital" before it or not,
   * is of places, when a comma shows it a list and no person is in it. */
  assert_type ("The heat hit the country, including Zorbanga, Quintore and the capital Dhaka.",
               "zorbanga", PX_ENTITY_PLACE);
  assert_type ("The heat hit the country, including Zorbanga, Quintore and the capital Dhaka.",
               "quintore", PX_ENTITY_PLACE);
  assert_type ("Later Zorbanga, Scholz and Paris agreed.", "zorbanga", PX_ENTITY_PERSON);
  /* "the" may open either name of a list of places. */
  assert_type ("Warnings were issued along the River Zorb and the Quintye on Sunday.",
               "quintye", PX_ENTITY_PLACE);
  assert_type ("They sold it to the clothing company Patagonia.", "patagonia_unlisted",
               PX_ENTITY_ORG);
  /* A name that initials open is a person's, whatever list it is in. */
  assert_type ("They met Varga of Pennsylvania and J. D. Zorbance.", "j_d_zorbance",
               PX_ENTITY_PERSON);
  /* A company's name less its legal form is that company, not a
   * person, and so is its last word alone then. */
  assert_mentions ("Later Quintex Zorb Corporation agreed. Quintex Zorb president Ana Varga "
                   "spoke. Zorb left.",
                   "Quintex Zorb Corporation=quintex_zorb_corporation/capitalised "
                   "Quintex Zorb=quintex_zorb_corporation/short-name "
                   "Ana Varga=ana_varga/capitalised Zorb=quintex_zorb_corporation/surname");
  /* So is it less another organisation's word. */
  assert_mentions ("Tickets are sold by Quintex Zorb Entertainment. Later Quintex Zorb agreed.",
                   "Quintex Zorb Entertainment=quintex_zorb_entertainment/capitalised "
                   "Quintex Zorb=quintex_zorb_entertainment/short-name");
  /* A title before a name that a building's noun ends opens a place's
   * name; a street's word is a family name as often. */
  assert_type ("It moved to the Prince Zorbard Theatre.", "prince_zorbard_theatre",
               PX_ENTITY_PLACE);
  assert_type ("Later Mayor Andy Street spoke.", "andy_street", PX_ENTITY_PERSON);
  /* A given name before a place word the dictionary capitalises too is a
   * person's, but not after a place's cue or an article. */
  assert_type ("The candidate Susan Hall lost.", "susan_hall", PX_ENTITY_PERSON);
  assert_type ("Council president Ana Paola Hall urged patience.", "ana_paola_hall",
               PX_ENTITY_PERSON);
  assert_type ("They walked in Victoria Park.", "victoria_park", PX_ENTITY_PLACE);
  /* So before an event's word; a date's "on" opens a day's name. */
  assert_type ("Later Richard Masters declined.", "richard_masters", PX_ENTITY_PERSON);
  assert_type ("Shops closed on Martin Day.", "martin_day", PX_ENTITY_EVENT);
  assert_type ("Later the Zorbia Masters began.", "zorbia_masters", PX_ENTITY_EVENT);
  /* A law word after a body's word and a connector ends the body's
   * complement, not a law's name. */
  assert_type ("The Zorbian Office for the Protection of the Constitution warned.",
               "zorbian_office_for_the_protection_of_the_constitution", PX_ENTITY_ORG);
  assert_type ("Farmers blocked the Zorbe Tunnel.", "zorbe_tunnel", PX_ENTITY_PLACE);
  /* even after a given name, which a place's cue went before */
  assert_type ("A man was stabbed in Martin Junction.", "martin_junction", PX_ENTITY_PLACE);
  assert_type ("Migrants crossed the Zorbek Gap on foot.", "zorbek_gap", PX_ENTITY_PLACE);
  assert_type ("They walked the Zorbek Trail for a week.", "zorbek_trail", PX_ENTITY_PLACE);
  assert_type ("A helicopter crashed in Zorbano del Sur.", "zorbano_del_sur", PX_ENTITY_PLACE);
  /* A polity's word makes a state of its own of a listed place, unless
   * the gazetteer lists the whole ("Kingdom of Spain"). */
  assert_mentions ("It was taken from the Kingdom of Benin in 1897.",
                   "Kingdom of Benin=kingdom_of_benin/capitalised inside: Benin=benin/gazetteer");
  assert_mentions ("The Kingdom of Spain signed.", "Kingdom of Spain=spain/gazetteer");
  assert_type ("Fans filled Zorbing Meadows and Zorbton Heath.", "zorbing_meadows",
               PX_ENTITY_PLACE);
  assert_type ("Fans filled Zorbing Meadows and Zorbton Heath.", "zorbton_heath",
               PX_ENTITY_PLACE);
  assert_type ("Later Mark Meadows testified.", "mark_meadows", PX_ENTITY_PERSON);
  assert_type ("It destroyed the ZTV Building, where many died.", "ztv_building",
               PX_ENTITY_PLACE);
  /* A people's noun is no name ("Serb" as "Briton"). */
  assert_mentions ("The 36-year-old Serb beat two Poles.", "");
  assert_type ("Guardiola told QZ Sport.", "qz_sport", PX_ENTITY_ORG);
  assert_type ("A tornado hit the parish of St Zorbelade.", "st_zorbelade", PX_ENTITY_PLACE);
  assert_type ("Oil reached the Zorbon Reserved Zone and Quinty Farm.", "zorbon_reserved_zone",
               PX_ENTITY_PLACE);
  assert_type ("Later the Great Zorbern Railway cancelled trains.", "great_zorbern_railway",
               PX_ENTITY_ORG);
  /* Grounds and circuits are places; a demonym may qualify a kind
   * noun before a comma. */
  assert_type ("They played at the Quintobo Oval.", "quintobo_oval", PX_ENTITY_PLACE);
  assert_type ("Later Circuit Zorbvoort hosted it.", "circuit_zorbvoort", PX_ENTITY_PLACE);
  assert_type ("The Canadian highway regulator, Zorbtran, said so.", "zorbtran", PX_ENTITY_ORG);
  /* A listed place there is asked before the demonyms are indexed: no
   * critical, and the place stays listed. */
  assert_mentions ("The Peruvian highway regulator, Lima, said so.",
                   "Peruvian=peru/gazetteer Lima=pe_lima/gazetteer");
  /* A family's name is a person's, even after a place's cue; a name
   * before ", led by" a body's; "Lower" makes a region of a place. */
  assert_type ("Members of the Quintaksa family left.", "quintaksa", PX_ENTITY_PERSON);
  assert_type ("Later the Zorba Jana Quintaya, led by Ana Varga, won.", "zorba_jana_quintaya",
               PX_ENTITY_ORG);
  /* ... and before ", made by" a product's, its maker a company. */
  assert_type ("Later Zorbegy, made by Quintex Bio, was approved.", "zorbegy", PX_ENTITY_PRODUCT);
  assert_type ("Later Zorbegy, made by Quintex Bio, was approved.", "quintex_bio", PX_ENTITY_ORG);
  /* A court case's parties and "v." are one name, a law's; listed
   * names inside it are nested; two listed places are a match. */
  assert_mentions ("It follows the ruling in Zorbex Inc. v. Quinto Varga last year.",
                   "Zorbex Inc. v. Quinto Varga=zorbex_inc_v_quinto_varga/case");
  assert_mentions ("They cited Zorbia v. Board of Education and United States v. Varga.",
                   "Zorbia v. Board of Education=zorbia_v_board_of_education/case "
                   "United States v. Varga=united_states_v_varga/case "
                   "inside: United States=usa/gazetteer");
  assert_mentions ("England v. Australia starts on Thursday.",
                   "England=england/gazetteer Australia=australia/gazetteer");
  /* A product's noun after an unlisted name and "the": the thing
   * itself. */
  assert_type ("Later the Zorbia Clipper spacecraft left.", "zorbia_clipper",
               PX_ENTITY_PRODUCT);
  /* A single word in a list with a listed product is a product. */
  assert_type ("Apple updated its iPhone, iPad and Zorbac.", "zorbac", PX_ENTITY_PRODUCT);
  assert_type ("Apple updated its Zorbac and iPad.", "zorbac", PX_ENTITY_PRODUCT);
  assert_type ("He grew up in Lower Austria.", "lower_austria", PX_ENTITY_PLACE);
  /* A plural's possessive inside a body's name, before its body word. */
  assert_mentions ("The Zorbian Nurses' Union met.",
                   "Zorbian Nurses' Union=zorbian_nurses_union/capitalised");
  /* A single word opening a sentence is a name when an apposition says
   * what it is. */
  assert_type ("Quintova, a city in the east, fell.", "quintova", PX_ENTITY_PLACE);
  assert_type ("Zorbix, the vaccine alliance, paid.", "zorbix", PX_ENTITY_ORG);
  assert_type ("Later Quintex, a drugmaker based in Lyon, agreed.", "quintex", PX_ENTITY_ORG);
  /* The apposition's noun may come before a participle that ends it. */
  assert_type ("It sent images through Zorbqiao, a relay satellite launched in May.",
               "zorbqiao", PX_ENTITY_PRODUCT);
  assert_type ("It used Zorbflake, a cloud storage provider used by banks.", "zorbflake",
               PX_ENTITY_ORG);
  assert_type ("They met Quintelo, a nonprofit group linked to the church.", "quintelo",
               PX_ENTITY_ORG);
  /* "between", "until" and the like end an apposition, and a name
   * after "the" that ends its phrase. */
  assert_type ("Later Quintelo, a joint venture between two firms, cut output.", "quintelo",
               PX_ENTITY_ORG);
  assert_type ("The fair runs on the Zorbido until May.", "zorbido", PX_ENTITY_ORG);
  assert_type ("Later Zorbalang, a small island north of the capital, was evacuated.",
               "zorbalang", PX_ENTITY_PLACE);
  assert_type ("Later the National Endowment for the Zorbs gave grants.",
               "national_endowment_for_the_zorbs", PX_ENTITY_ORG);
  assert_type ("Later she received a Grammy for it.", "grammy_awards", PX_ENTITY_EVENT);
  /* A thing counted after an ordinal is no one; "first" counts only
   * after a possessive. */
  assert_mentions ("She won her second Zorbie, the country's first Quintar.", "");
  assert_mentions ("The first Quintar to run won.", "Quintar=quintar/capitalised");
  assert_mentions ("She won the country's first Quintar in May.", "");
  /* So is one after "a" or "an", one thing of its kind. */
  assert_mentions ("Later he won an Oscar for directing.", "");
  /* ... but not one that qualifies a noun after it. */
  assert_type ("He won his second Wimbledon title.", "wimbledon", PX_ENTITY_EVENT);
  /* Two places joined by "and" open a body's name together, when they
   * are of one rank. */
  assert_type ("Later Devon and Cornwall Police said so.", "devon_and_cornwall_police",
               PX_ENTITY_ORG);
  assert_type ("Officers of Zorbon and Somerset Police said so.", "zorbon_and_somerset_police",
               PX_ENTITY_ORG);
  assert_type ("It worked with the Museums of Kenya and Addis Ababa University.",
               "addis_ababa_university", PX_ENTITY_ORG);
  /* A saint's possessive before common words that lead to a body word
   * is inside the body's name. */
  assert_type ("She taught at St Zorbburgh's Primary School in the city.",
               "st_zorbburgh_primary_school", PX_ENTITY_ORG);
  /* A country before a national society's body names the society. */
  assert_mentions ("Later the Kenya Red Cross and the Red Cross sent aid.",
                   "Kenya Red Cross=kenya_red_cross/national-society "
                   "Red Cross=icrc/gazetteer inside: Kenya=kenya/gazetteer");
  assert_type ("Later the Turkish Red Crescent sent tents.", "turkish_red_crescent",
               PX_ENTITY_ORG);
  /* A listed organisation among the examples makes the others
   * organisations, with no kind noun before them. */
  assert_type ("It lost share to rivals such as Volkswagen, Zorbio and Quintpeng.", "zorbio",
               PX_ENTITY_ORG);
  assert_type ("It lost share to rivals such as Zorbio and Quintpeng.", "zorbio",
               PX_ENTITY_PERSON);
  /* Common words joined by a connector before an apposition that makes
   * them a body's name are one name. */
  assert_mentions ("They joined Defenders of Wildlife, a conservation group, in court.",
                   "Defenders of Wildlife=defenders_of_wildlife/capitalised");
  /* The poles are listed: a people's noun ("Pole") is no word of
   * not_names. */
  /* A field marshal's title is no part of his name. */
  assert_mentions ("Later Field Marshal Quinto Varga spoke.", "Quinto Varga=quinto_varga/title");
  assert_mentions ("Later the South Pole and the North Pole froze.",
                   "South Pole=south_pole/gazetteer North Pole=north_pole/gazetteer");
  assert_mentions ("Refusing, the last resort, was easy.", "");
  /* A kind noun in the plural types every name of the list it ends. */
  assert_type ("Fighting raged in the Quintova, Zorbia and Gorvan regions.", "quintova",
               PX_ENTITY_PLACE);
  assert_type ("Fighting raged in the Quintova, Zorbia and Gorvan regions.", "gorvan",
               PX_ENTITY_PLACE);
  assert_type ("Later Quintova and Zorbia met.", "quintova", PX_ENTITY_PERSON);
  /* Passes, dams and glaciers are places. */
  assert_type ("They crossed the Quintova Pass near the Zorba Dam.", "quintova_pass",
               PX_ENTITY_PLACE);
  /* Sites named by a plural noun after a list are places, the given
   * name among them too. */
  assert_type ("Workers went back to the Zorbton and Everett plants.", "everett",
               PX_ENTITY_PLACE);
  /* Roads and squares of other tongues are places. */
  assert_type ("Crowds met on Quinto Zorba Marg.", "quinto_zorba_marg", PX_ENTITY_PLACE);
  assert_type ("Crowds met at Zorbaer Platz.", "zorbaer_platz", PX_ENTITY_PLACE);
  /* A camp named by its noun is a place. */
  assert_type ("A spokesman for the Quintova camp said so.", "quintova", PX_ENTITY_PLACE);
  /* A chamber named "House of ..." is a body; a person may be named House. */
  assert_type ("The bill passed the House of Quintos.", "house_of_quintos", PX_ENTITY_ORG);
  assert_type ("Later Dr. Quinto House spoke.", "quinto_house", PX_ENTITY_PERSON);
  /* Detention sites are places; foreign newspapers and gangs bodies. */
  assert_type ("They sat in the Quinto Detention Facility.", "quinto_detention_facility",
               PX_ENTITY_PLACE);
  assert_type ("He told the Quintoer Zeitung so.", "quintoer_zeitung", PX_ENTITY_ORG);
  assert_type ("Members of the Zorbex gang fled.", "zorbex", PX_ENTITY_ORG);
  /* After an article, up to two words may qualify the noun. */
  assert_type ("Staff at the Quintobo nuclear power plant left.", "quintobo", PX_ENTITY_PLACE);
  assert_type ("Fighters of the Zorbex mercenary group left.", "zorbex", PX_ENTITY_ORG);
  assert_type ("Later Quinto Varga told bank officials to go.", "quinto_varga",
               PX_ENTITY_PERSON);
  assert_type ("Later Quinto Varga said the company left.", "quinto_varga", PX_ENTITY_PERSON);
  /* So are agreements and initiatives. */
  assert_type ("They quit the Zorbia Grain Initiative.", "zorbia_grain_initiative",
               PX_ENTITY_LAW);
  assert_type ("They signed the Zorbia Framework and the Quintonia Agreement.",
               "zorbia_framework", PX_ENTITY_LAW);
  assert_type ("They signed the Zorbia Framework and the Quintonia Agreement.",
               "quintonia_agreement", PX_ENTITY_LAW);
  /* A digit between two capitalised words joins them into one name, not
   * after a word that is no name, nor in a score. */
  assert_mentions ("Deputies of Zorbia 5 Quinto (Z5Q) voted; later Z5Q left.",
                   "Zorbia 5 Quinto=zorbia_5_quinto/capitalised Z5Q=zorbia_5_quinto/acronym "
                   "Z5Q=zorbia_5_quinto/acronym");
  assert_mentions ("It ended Zorbia Harbour 2 Quintonia City 1 at night.",
                   "Zorbia Harbour=zorbia_harbour/capitalised "
                   "Quintonia City=quintonia_city/capitalised");
  /* A possessive inside a body's name, before its body word; the body
   * is the same without it.  A listed name's possessive is its own. */
  assert_mentions ("Quinto's Hospital of Zorbia and Quinto Hospital of Zorbia met Japan's "
                   "Foreign Ministry.",
                   "Quinto's Hospital of Zorbia=quinto_hospital_of_zorbia/capitalised "
                   "Quinto Hospital of Zorbia=quinto_hospital_of_zorbia/capitalised "
                   "Japan=japan/gazetteer Foreign Ministry=japan_mofa/country-office");
  /* A letter alone names nobody we can tell. */
  assert_mentions ("He posted on X, and then Quinto Varga spoke.",
                   "Quinto Varga=quinto_varga/capitalised");
  /* A name before a listed place that ends the clause, or listed with
   * one after a place cue, is a place; not a person before an office. */
  /* After an honorific, a name is a person's whatever its words. */
  assert_type ("Later Dr. Quinto Hill spoke.", "quinto_hill", PX_ENTITY_PERSON);
  /* A place word first makes a place only if it opens places' names or
   * a connector follows it; else it may be a given or family name. */
  assert_type ("Later Temple Qwerty met Park Zorb-won.", "temple_qwerty", PX_ENTITY_PERSON);
  assert_type ("Later Temple Qwerty met Park Zorb-won.", "park_zorb_won", PX_ENTITY_PERSON);
  assert_type ("They climbed Mount Zorbia and sailed the Bay of Quintobo.", "mount_zorbia",
               PX_ENTITY_PLACE);
  assert_type ("They sailed on Loch Zorbia and walked the Quinto Glen Way.", "loch_zorbia",
               PX_ENTITY_PLACE);
  assert_type ("They sailed on Loch Zorbia and walked the Quinto Glen Way.",
               "quinto_glen_way", PX_ENTITY_PLACE);
  assert_type ("Later River Zorbia burst its banks near Fort Quinto.", "river_zorbia",
               PX_ENTITY_PLACE);
  assert_type ("Later River Zorbia burst its banks near Fort Quinto.", "fort_quinto",
               PX_ENTITY_PLACE);
  /* A temperature's scale names nobody. */
  assert_mentions ("It was 31 degrees Celsius when Quinto Varga won.",
                   "Quinto Varga=quinto_varga/capitalised");
  assert_type ("They climbed Mount Zorbia and sailed the Bay of Quintobo.", "bay_of_quintobo",
               PX_ENTITY_PLACE);
  /* A prefecture and the features of the sea floor are places. */
  assert_type ("Eight were hurt in Zorbazaki Prefecture near the Quinkai Trough.",
               "zorbazaki_prefecture", PX_ENTITY_PLACE);
  assert_type ("Eight were hurt in Zorbazaki Prefecture near the Quinkai Trough.",
               "quinkai_trough", PX_ENTITY_PLACE);
  /* The last kind word before a connector is the head noun: a place's
   * word after a body's or an event's makes a place. */
  assert_type ("Crowds filled the Quinto War Memorial Hall.", "quinto_war_memorial_hall",
               PX_ENTITY_PLACE);
  assert_type ("They walked down Zorbia Museum Street.", "zorbia_museum_street",
               PX_ENTITY_PLACE);
  assert_type ("She spoke at the Zorbia Street Museum of Quintobo.",
               "zorbia_street_museum_of_quintobo", PX_ENTITY_ORG);
  /* Landmarks are places, a memorial included. */
  assert_type ("Crowds filled the Quinto Varga Memorial on Monday.", "quinto_varga_memorial",
               PX_ENTITY_PLACE);
  assert_type ("Pilgrims prayed at the Zorbia Mosque and the Plains of Quintobo.",
               "plains_of_quintobo", PX_ENTITY_PLACE);
  assert_type ("Storms hit Zorbia Key, Florida, on Monday.", "zorbia_key", PX_ENTITY_PLACE);
  assert_type ("Experts flew to Kinshasa and Quintobo.", "quintobo", PX_ENTITY_PLACE);
  assert_type ("Quinto Varga, Texas attorney general, spoke.", "quinto_varga",
               PX_ENTITY_PERSON);
  assert_type ("They met Japan and Quintobo.", "quintobo", PX_ENTITY_PERSON);
  /* A list of places makes its last name a place whatever opens it; one
   * listed place alone does not, unless it is a city that is no given
   * name ("between Bologna and Imola"). */
  assert_type ("They issued warnings for Kinshasa, Paris and Quintobo.", "quintobo",
               PX_ENTITY_PLACE);
  assert_type ("They issued warnings for Paris and Quintobo.", "quintobo", PX_ENTITY_PERSON);
  assert_type ("A slide blocked the road between Quintobo and Hualien.", "quintobo",
               PX_ENTITY_PLACE);
  /* A utility's kind noun before a name. */
  assert_type ("Power was cut, the utility Quintopower said.", "quintopower", PX_ENTITY_ORG);
  /* A Spanish or Italian article opens a place's name after a place cue. */
  assert_type ("It was 46C in El Quintobo on Friday.", "el_quintobo", PX_ENTITY_PLACE);
  assert_type ("He died at the jail in Del Quintobo.", "del_quintobo", PX_ENTITY_PLACE);
  /* A place's noun after "the" and a name: a peninsula, a river. */
  assert_type ("A volcano erupted on the Zorbanes peninsula.", "zorbanes", PX_ENTITY_PLACE);
  assert_type ("Troops crossed the Quintobo river.", "quintobo", PX_ENTITY_PLACE);
  assert_type ("She is held in Zorbia's Quinvin prison.", "quinvin", PX_ENTITY_PLACE);
  /* A single word in the plural that only lack of another type would
   * make a person is a group's name: no entity. */
  assert_mentions ("Fans dressed as Zorbtroopers and Quinto Varga met.",
                   "Quinto Varga=quinto_varga/capitalised");
  /* A name a given name opens is a person's, though it ends in a
   * plural; the given names are those of babies born since 1960 too. */
  assert_type ("Jalen Hurts threw two passes.", "jalen_hurts", PX_ENTITY_PERSON);
  /* A capital inside a word after a small letter: a body's name, unless
   * a name's prefix comes before it. */
  assert_type ("Voters backed ZorbLeft on Monday.", "zorbleft", PX_ENTITY_ORG);
  assert_type ("Voters backed McZorbin on Monday.", "mczorbin", PX_ENTITY_PERSON);
  /* A listed place that is a word of a listed club named before is the
   * club, but not after a place cue. */
  assert_mentions ("Real Madrid won in Madrid. Later Madrid lost.",
                   "Real Madrid=real_madrid/gazetteer Madrid=madrid/gazetteer "
                   "Madrid=real_madrid/short-name inside: Madrid=madrid/gazetteer");
  /* The plural of a listed demonym of several words names its place. */
  assert_mentions ("Later South Africans celebrated.",
                   "South Africans=south_africa/gazetteer");
  /* A listed event's name that ends a listed event's named before is
   * that event ("World Cup" after "Rugby World Cup", not football's). */
  assert_mentions ("The Rugby World Cup ended. A World Cup final is rare.",
                   "Rugby World Cup=rugby_world_cup/gazetteer "
                   "World Cup=rugby_world_cup/short-name");
  assert_mentions ("The World Cup ended.", "World Cup=fifa_world_cup/gazetteer");
  /* A common word that an apposition types is a name, not the last word
   * of a longer one. */
  assert_type ("Unite, the British union, said so.", "unite", PX_ENTITY_ORG);
  assert_mentions ("Jane Qwerty of Mass Zorb and Ear, a teaching hospital, spoke.",
                   "Jane Qwerty=jane_qwerty/capitalised Mass Zorb=mass_zorb/capitalised");
  /* A faith's adjective is no name; a homeland in apposition is a place. */
  assert_mentions ("He was a Sikh leader.", "");
  assert_type ("They fought for Zorbistan, a Zorbian homeland.", "zorbistan", PX_ENTITY_PLACE);
  /* A demonym's ending describes, but after a place's cue and "the" at
   * a phrase's end it ends a place's name. */
  assert_mentions ("The Quintanese minister left.", "");
  assert_type ("Fires burned in the Quintonnese.", "quintonnese", PX_ENTITY_PLACE);
  /* A band, a label, an orchestra: bodies. */
  assert_type ("Thom Qwerty, the singer of the British band Zorbhead, left.", "zorbhead",
               PX_ENTITY_ORG);
  assert_type ("It went to the Royal Zorbian National Orchestra.",
               "royal_zorbian_national_orchestra", PX_ENTITY_ORG);
  /* A compass word before one unlisted name: a place; so is a creek. */
  assert_type ("Residents of West Zorbton fled.", "west_zorbton", PX_ENTITY_PLACE);
  /* ... or before two, no given name first; a regency is a place. */
  assert_mentions ("It lies in the regencies of North Zorb Quintar and Zorbai Lenn.",
                   "North Zorb Quintar=north_zorb_quintar/capitalised "
                   "Zorbai Lenn=zorbai_lenn/capitalised");
  assert_type ("It lies in the regencies of North Zorb Quintar and Zorbai Lenn.",
               "north_zorb_quintar", PX_ENTITY_PLACE);
  assert_type ("It lies in the regencies of North Zorb Quintar and Zorbai Lenn.",
               "zorbai_lenn", PX_ENTITY_PLACE);
  /* An acronym before common words names a company. */
  assert_type ("Later ZX Display said so.", "zx_display", PX_ENTITY_ORG);
  /* An adjective in -ean is no name. */
  assert_mentions ("The Zorbilean philosopher wrote it.", "");
  /* A style's adjective is no name. */
  assert_mentions ("The fire ravaged the Gothic landmark near the Alpine village.", "");
  assert_type ("The Zorbdougall Creek fire grew.", "zorbdougall_creek", PX_ENTITY_PLACE);
  /* A reading room, a mountain range, a church in French. */
  assert_type ("The papers are in the Zorbian Reading Room.", "zorbian_reading_room",
               PX_ENTITY_PLACE);
  assert_type ("It runs through the Cordillera del Quintobo.", "cordillera_del_quintobo",
               PX_ENTITY_PLACE);
  assert_type ("A fire destroyed the Église Saint-Quinto.", "eglise_saint_quinto",
               PX_ENTITY_PLACE);
  assert_type ("They trust in Quinto Varga.", "quinto_varga", PX_ENTITY_PERSON);
  /* So does a saint's title. */
  assert_type ("He is from San Quintobo, near the border.", "san_quintobo", PX_ENTITY_PLACE);
  /* ... which makes a place of a name with no cue before it at all. */
  assert_type ("Later Santa Quintobo voted.", "santa_quintobo", PX_ENTITY_PLACE);
  assert_type ("She taught at Zorb University, Santa Quintobo.", "santa_quintobo",
               PX_ENTITY_PLACE);
  /* A single word after a place cue and a word that places it. */
  assert_type ("He studied in nearby Quintobo.", "quintobo", PX_ENTITY_PLACE);
  assert_type ("Fighting spread in northern Zorbia.", "zorbia", PX_ENTITY_PLACE);
  assert_type ("Games were postponed in the Zorbonx.", "zorbonx", PX_ENTITY_PLACE);
  assert_type ("Rebels besieged Quintobo and Zorbiano.", "zorbiano", PX_ENTITY_PLACE);
  assert_type ("The coral off Zorbstone was bleached.", "zorbstone", PX_ENTITY_PLACE);
  /* The names a kind noun in the plural lists after "such as" or
   * "including", whatever opens the sentence; not after a noun in the
   * singular, which may be another's complement. */
  assert_type ("Regions such as Quintobo and Zorbiano voted no.", "quintobo", PX_ENTITY_PLACE);
  assert_type ("Regions such as Quintobo and Zorbiano voted no.", "zorbiano", PX_ENTITY_PLACE);
  assert_type ("Most cantons, including Quintobo, voted no.", "quintobo", PX_ENTITY_PLACE);
  assert_type ("They met on the Zorbdown campus.", "zorbdown", PX_ENTITY_PLACE);
  assert_type ("Later firms including Zorbex, Quintel and Bank of Varga fell.", "quintel",
               PX_ENTITY_ORG);
  assert_type ("Defectors from the organization including Zora Qwerty left.", "zora_qwerty",
               PX_ENTITY_PERSON);
  /* A place noun and "of" before names, in the singular or the plural;
   * not an organisation's noun. */
  assert_type ("Lava neared the town of Villa Zorbón.", "villa_zorbon", PX_ENTITY_PLACE);
  assert_type ("Fire neared the towns of Halls Quint and Zorbonal.", "halls_quint",
               PX_ENTITY_PLACE);
  assert_type ("Fire neared the towns of Halls Quint and Zorbonal.", "zorbonal",
               PX_ENTITY_PLACE);
  assert_type ("He joined the party of Zora Qwerty.", "zora_qwerty", PX_ENTITY_PERSON);
  /* An electorate is a place; a name after a comma is in its list only
   * if a joiner ends the list. */
  assert_type ("Voters in the electorates of Zorb, Quintell and Franklin chose.", "franklin",
               PX_ENTITY_PLACE);
  assert_type ("The candidate for the town of Zorbton, Quinto Varga, spoke.", "quinto_varga",
               PX_ENTITY_PERSON);
  /* A word before a comma and a state ending the phrase is a town of it,
   * the state read literally after the comma ("Washington") too; not
   * before the state's possessive. */
  assert_type ("Detectors in Zorbton, Louisiana, and Quintford, Washington, saw it.",
               "quintford", PX_ENTITY_PLACE);
  assert_type ("He thanked Zorbton, Texas's senator.", "zorbton", PX_ENTITY_PERSON);
  /* After "of", a given name alone is a person's. */
  assert_type ("It is the birthplace of Abraham.", "abraham", PX_ENTITY_PERSON);
  /* Any word after "of" that a person's noun opens names a person. */
  assert_type ("It lies near the tomb of Zorbankhamun.", "zorbankhamun", PX_ENTITY_PERSON);
  assert_type ("It lies near the capital of Zorbankhamun.", "zorbankhamun", PX_ENTITY_PLACE);
  /* A kind noun in the plural right before a list types its names of
   * one word; a common word after a kind noun is a name. */
  assert_type ("Later the firms Zorbenta and Quintex sued.", "zorbenta", PX_ENTITY_ORG);
  assert_type ("Later the firms Zorbenta and Quintex sued.", "quintex", PX_ENTITY_ORG);
  assert_type ("Later publishers Quinto Varga and Zora Qwerty met.", "zora_qwerty",
               PX_ENTITY_PERSON);
  assert_type ("It was published in the journal Science.", "science", PX_ENTITY_ORG);
  /* ... and where it stands alone after that. */
  assert_mentions ("He runs the software company Astronomer. Astronomer said so.",
                   "Astronomer=astronomer/capitalised Astronomer=astronomer/capitalised");
  assert_type ("Growers in the Champagne region lost less.", "champagne", PX_ENTITY_PLACE);
  assert_mentions ("Growers in Champagne lost less.", "");
  /* A common word there too ("tempi" is a plural of "tempo"). */
  assert_type ("Trains collided near the town of Tempi.", "tempi", PX_ENTITY_PLACE);
  /* After "the", a body's noun after the name. */
  assert_type ("The Zorbel electoral service said so.", "zorbel", PX_ENTITY_ORG);
  assert_type ("He led the Dicastery for the Doctrine of the Zorb.",
               "dicastery_for_the_doctrine_of_the_zorb", PX_ENTITY_ORG);
  /* A word before one of disease_nouns names a disease in the whole
   * document, no person; a place found so stays one. */
  assert_mentions ("Later an Ebolo outbreak began. Officials said Ebolo spread.", "");
  assert_type ("Cases rose in Quintobo, and the Quintobo outbreak grew.", "quintobo",
               PX_ENTITY_PLACE);
  /* So does a genus before its species' epithet, but a name's particle
   * is no epithet. */
  assert_mentions ("Later the frog Zorbaster quintensis was found. Zorbaster hides.", "");
  /* A genus' ending says so alone. */
  assert_mentions ("Later Quinto Varga said Zorbosaurus made the tracks.",
                   "Quinto Varga=quinto_varga/capitalised");
  assert_mentions ("Later Quinto della Zorba spoke. Quinto left.",
                   "Quinto della Zorba=quinto_della_zorba/capitalised "
                   "Quinto=quinto_della_zorba/surname");
  /* The news' short form of a country's name. */
  assert_mentions ("Later the Democratic Republic of Congo voted.",
                   "Democratic Republic of Congo=dr_congo/gazetteer");
  /* An apposition says what a name is. */
  assert_type ("Later Quinto Varga, the union, and Zorbia Key, a town, agreed.", "quinto_varga",
               PX_ENTITY_ORG);
  assert_type ("Later Quinto Varga, the union, and Zorbia Key, a town, agreed.", "zorbia_key",
               PX_ENTITY_PLACE);
  assert_type ("Later Quinto Varga, the mayor, spoke.", "quinto_varga", PX_ENTITY_PERSON);
  assert_type ("Later Quinto Varga, the country's largest bank, fell.", "quinto_varga",
               PX_ENTITY_ORG);
  assert_type ("Later Quinto Varga, a state-owned bank, fell.", "quinto_varga", PX_ENTITY_ORG);
  /* A French or Italian place's word opens a place's name, and is a
   * family name inside a run. */
  assert_mentions ("A lift on the Quai Zorbin-Varga rose, and Juan Pont Ferrer spoke.",
                   "Quai Zorbin-Varga=quai_zorbin_varga/capitalised "
                   "Juan Pont Ferrer=juan_pont_ferrer/capitalised");
  assert_type ("A lift on the Quai Zorbin-Varga rose.", "quai_zorbin_varga", PX_ENTITY_PLACE);
  /* The regional governments of Spain are bodies. */
  assert_mentions ("Later the Generalitat de Catalunya and the Xunta de Galicia spoke.",
                   "Generalitat de Catalunya=generalitat_de_catalunya/capitalised "
                   "Xunta de Galicia=xunta_de_galicia/capitalised "
                   "inside: Catalunya=es_catalonia/gazetteer");
  assert_type ("Later the Generalitat Valenciana spoke.", "generalitat_valenciana", PX_ENTITY_ORG);
  /* A possessive pronoun opens an apposition as an article does. */
  assert_type ("Crowds stormed Zorbabhaban, her official residence in Dhaka.", "zorbabhaban",
               PX_ENTITY_PLACE);
  assert_type ("Later Quinto Varga, his lawyer, spoke.", "quinto_varga", PX_ENTITY_PERSON);
  /* A listed district after a capitalised word is a family name. */
  assert_mentions ("It was started by Zorbippa Langley of a society.",
                   "Zorbippa Langley=zorbippa_langley/capitalised");
  /* A name of several words after a site's noun and "at", or after a
   * sure place cue and "the", is a place's; after a workplace's "at" a
   * body's. */
  assert_type ("The dam at Zorbo Quinta gave way.", "zorbo_quinta", PX_ENTITY_PLACE);
  assert_type ("Flooding along the Zorbo Quinta rose.", "zorbo_quinta", PX_ENTITY_PLACE);
  assert_type ("An analyst at Zorbo Quinta said so.", "zorbo_quinta", PX_ENTITY_ORG);
  /* A list after an example cue types a name past a brand's possessive,
   * and a common word too. */
  assert_type ("Supermarkets including Zorbco, Quinbury's and Varda grew.", "varda",
               PX_ENTITY_ORG);
  assert_type ("Companies, including Adobe and Zorbex, signed.", "adobe", PX_ENTITY_ORG);
  /* A body's part is a body. */
  assert_type ("Later Zorbensie, the Dutch branch of a charity, sued.", "zorbensie",
               PX_ENTITY_ORG);
  /* A possessor and four words: "the country's largest private health
   * insurer". */
  assert_type ("Later Zorbibank, the country's largest private health insurer, fell.",
               "zorbibank", PX_ENTITY_ORG);
  assert_type ("It blamed Zorbix, a Russian-speaking criminal group, for it.", "zorbix",
               PX_ENTITY_ORG);
  assert_type ("The police said its Zorbia Crime Unit was investigating.", "zorbia_crime_unit",
               PX_ENTITY_ORG);
  assert_type ("Later Quinto Varga, the party's 42-year-old leader, spoke.", "quinto_varga",
               PX_ENTITY_PERSON);
  assert_type ("She ran the trading firm Zorbix Research and left.", "zorbix_research",
               PX_ENTITY_ORG);
  assert_type ("Later Quinto Varga, the state broadcaster, aired it.", "quinto_varga",
               PX_ENTITY_ORG);
  assert_type ("Later Quinto Varga, the company said, left.", "quinto_varga", PX_ENTITY_PERSON);
  /* So does a kind noun right before it, after an article; a name of
   * several words only before a mark. */
  assert_type ("The grid operator Zorbex said power was back.", "zorbex", PX_ENTITY_ORG);
  assert_type ("The nonprofit Zorbodu said so.", "zorbodu", PX_ENTITY_ORG);
  /* Without the article, for a single word only. */
  assert_type ("Flights were normal, operator Zorbavia said.", "zorbavia", PX_ENTITY_ORG);
  assert_type ("He told state broadcaster ZUV so.", "zuv", PX_ENTITY_ORG);
  assert_type ("Ask producer Quinto Zorbones.", "quinto_zorbones", PX_ENTITY_PERSON);
  assert_type ("Prices rose in the port city Quintobo.", "quintobo", PX_ENTITY_PLACE);
  assert_type ("Spain's weather agency, Zorbet, said so.", "zorbet", PX_ENTITY_ORG);
  /* Before a comma, a noun after "of" is no head: the one before is. */
  assert_type ("The only manufacturer of the vaccine, Zorbex, said so.", "zorbex",
               PX_ENTITY_ORG);
  assert_type ("The head of the agency, Zora Qwerty, said so.", "zora_qwerty",
               PX_ENTITY_PERSON);
  assert_type ("It was published in the journal The Zorbosphere.", "the_zorbosphere",
               PX_ENTITY_ORG);
  assert_type ("Samples came from the Quinto Ice Shelf.", "quinto_ice_shelf", PX_ENTITY_PLACE);
  assert_type ("The retailer Quinto Varga, which has 30 shops, fell.", "quinto_varga",
               PX_ENTITY_ORG);
  assert_type ("The company Quinto Varga founded grew.", "quinto_varga", PX_ENTITY_PERSON);
  /* A verb of saying after the name is the clause's own, not a relative
   * clause's; and the kind noun says more than the name's words. */
  assert_type ("The passenger group Zorba Qwerty said so.", "zorba_qwerty", PX_ENTITY_ORG);
  /* An organisation's cue before a person's possessive types what the
   * person owns, not the person. */
  assert_type ("He bought shares in Jane Qwerty's Zorbex.", "jane_qwerty", PX_ENTITY_PERSON);
  /* ... and so is any verb after a name no given name opens. */
  assert_type ("The Peronist coalition Zorba Qwerty took 31%.", "zorba_qwerty", PX_ENTITY_ORG);
  assert_type ("The campaign group Open Zorbia warned us.", "open_zorbia", PX_ENTITY_ORG);
  /* After such a noun, common words are a name, not a slogan. */
  assert_type ("Rail users' group Transport Focus said so.", "transport_focus", PX_ENTITY_ORG);
  assert_type ("Fresh Express, the supplier, said so.", "fresh_express", PX_ENTITY_ORG);
  /* So do they before a publication's noun, after a clause's verb as
   * after a subject; a title's minor word between capitals still joins
   * them into one longer name ("Just an Accident"), and a weekday is no
   * paper's name. */
  assert_type ("He told Time magazine that it was over.", "time", PX_ENTITY_ORG);
  assert_type ("Quinto Varga told People magazine so.", "people", PX_ENTITY_ORG);
  assert_mentions ("It won for It Was Just an Accident, a thriller.", "");
  assert_type ("Campaigners from Respite, a legal charity, met.", "respite", PX_ENTITY_ORG);
  /* A relative ends the apposition's noun ("a news website where"); a
   * place's relative after a name "the" opens makes it a place. */
  assert_type ("He launched Zorbune, a news website where editors work.", "zorbune",
               PX_ENTITY_ORG);
  assert_type ("They swam off Faslane on the Zorbloch where the fleet is kept.", "zorbloch",
               PX_ENTITY_PLACE);
  /* A party's word after a listed party's name is no other body. */
  assert_mentions ("The Likud Party won.", "Likud=likud/gazetteer");
  assert_mentions ("He read it in a Sunday newspaper.", "");
  /* A person's home after a comma and "of", as courts write it; a body's
   * name there stays a body. */
  assert_type ("Quinto Varga, of Zorba Side, admitted it.", "zorba_side", PX_ENTITY_PLACE);
  assert_type ("Quinto Varga, of Zorba University, said so.", "zorba_university",
               PX_ENTITY_ORG);
  /* Before a preposition too, and after a compound or a demonym that
   * qualifies the noun; not after a comma, where the name may be apposed
   * to a longer description. */
  assert_type ("It was built by the Leeds-based energy firm Zorbix Power in May.",
               "zorbix_power", PX_ENTITY_ORG);
  assert_type ("It was built by the Zorbian firm Zorbix Power in May.", "zorbix_power",
               PX_ENTITY_ORG);
  assert_type ("They came from the localist camp, Quinto Varga and Jane Qwerty.",
               "quinto_varga", PX_ENTITY_PERSON);
  assert_type ("The head of the Zorbia region, Quinto Varga, spoke.", "quinto_varga",
               PX_ENTITY_PERSON);
  assert_type ("Later Zorbic Renewables, an industry body, said so.", "zorbic_renewables",
               PX_ENTITY_ORG);
  assert_type ("Shares fell 3% on the Quintobo Stock Exchange.", "quintobo_stock_exchange",
               PX_ENTITY_ORG);
  assert_type ("She worked as a journalist for El Quintobo in 1960.", "el_quintobo",
               PX_ENTITY_ORG);
  assert_type ("He won the Zorbel Prize in 1990.", "zorbel_prize", PX_ENTITY_EVENT);
  assert_type ("He won the Zorbel Medal of Honour.", "zorbel_medal_of_honour", PX_ENTITY_EVENT);
  assert_type ("Varga shared the Golden Zorb Boot.", "golden_zorb_boot", PX_ENTITY_EVENT);
  /* The place words of Romance languages come first. */
  assert_type ("Crowds gathered in Piazza Zorbia and at the Palacio de Quintobo.",
               "piazza_zorbia", PX_ENTITY_PLACE);
  assert_type ("Crowds gathered in Piazza Zorbia and at the Palacio de Quintobo.",
               "palacio_de_quintobo", PX_ENTITY_PLACE);
  assert_type ("A study in the journal Zorbology Reports found a link.", "zorbology_reports",
               PX_ENTITY_ORG);
  assert_type ("The party leader Quinto Varga spoke.", "quinto_varga", PX_ENTITY_PERSON);
  /* A product's noun in apposition or before the name makes a product;
   * after it and "a", the name is the maker's. */
  assert_type ("Later Zorbix, a browser from Oslo, grew.", "zorbix", PX_ENTITY_PRODUCT);
  assert_type ("Sales of the drug Quinavex rose.", "quinavex", PX_ENTITY_PRODUCT);
  assert_type ("She lived on the cruise ship, Freewinds, for years.", "freewinds",
               PX_ENTITY_PRODUCT);
  /* ... but not one a given name opens. */
  assert_type ("A list was found in his car, Jane Qwerty, head of the bureau, said.",
               "jane_qwerty", PX_ENTITY_PERSON);
  assert_type ("He took a Zorbex drug every day.", "zorbex", PX_ENTITY_ORG);
  /* ... and without an article. */
  assert_type ("He danced on stage with Zorbex robots.", "zorbex", PX_ENTITY_ORG);
  /* One word before a title in lower case and a name is the employer. */
  assert_type ("It was, said Zorbex economist Jane Qwerty, a surprise.", "zorbex",
               PX_ENTITY_ORG);
  /* After "the" and a country's name of one word, a name that ends its
   * phrase is no person's either. */
  assert_type ("They toured the U.S. Quorbex on Monday.", "united_states_quorbex",
               PX_ENTITY_ORG);
  /* A company's head in lower case or in capitals: the same. */
  assert_type ("He met Jim Roe and Quorix founder Jane Qwerty.", "quorix", PX_ENTITY_ORG);
  assert_type ("He met Jim Roe and Zendra CEO Jane Qwerty.", "zendra", PX_ENTITY_ORG);
  /* A title in lower case holds no portfolio: "of" and common words
   * after it name the body. */
  assert_type ("Jane Qwerty, the founder of Turning Point USA, was there.",
               "turning_point_united_states", PX_ENTITY_ORG);
  assert_type ("Nvidia said its Quintara chips sold out.", "quintara", PX_ENTITY_PRODUCT);
  assert_type ("Demand for Nvidia's new Quintara chips grew.", "quintara", PX_ENTITY_PRODUCT);
  assert_type ("Zorbex, a firm whose Quintara lander tipped over, said so.", "quintara",
               PX_ENTITY_PRODUCT);
  assert_type ("The crew flew on Boeing's Quintara capsule.", "quintara", PX_ENTITY_PRODUCT);
  /* A maker's name right before the name owns it too, and a numeral
   * ending a name before a product's noun is a model's. */
  assert_type ("They sat atop a Boeing Quintara rocket.", "quintara", PX_ENTITY_PRODUCT);
  assert_type ("They sat atop the Quintara V rocket.", "quintara_v", PX_ENTITY_PRODUCT);
  assert_type ("They saw the tomb of Zorbses III.", "zorbses_iii", PX_ENTITY_PERSON);
  /* A common word so placed is a name, and after an article too: a
   * maker is seldom named by one. */
  assert_type ("NASA said its Perseverance rover found rocks.", "perseverance",
               PX_ENTITY_PRODUCT);
  /* A listed company's possessive before one word, no given name and no
   * speaker, makes it a product. */
  assert_type ("Takeda's Zorbenga was approved.", "zorbenga", PX_ENTITY_PRODUCT);
  assert_type ("Later Toyota's Zorbaki said so.", "zorbaki", PX_ENTITY_PERSON);
  assert_type ("NASA said the Curiosity rover found rocks.", "curiosity", PX_ENTITY_PRODUCT);
  /* A currency of code is a product. */
  assert_type ("A ransom was paid in the cryptocurrency Zorbero.", "zorbero", PX_ENTITY_PRODUCT);
  /* A country's adjective owns a product as its possessive does. */
  assert_type ("They flew on Russian Zorbyuz spacecraft.", "zorbyuz", PX_ENTITY_PRODUCT);
  /* A listed product's first word alone, after it, is the product. */
  assert_mentions ("They used the Hubble Space Telescope and Hubble's camera.",
                   "Hubble Space Telescope=hubble_space_telescope/gazetteer "
                   "Hubble=hubble_space_telescope/short-name");
  /* A listed product named by its maker and a word is that word later,
   * a common word too; not before it is named so. */
  assert_mentions ("Few use Windows. It runs Microsoft Windows, and most Windows machines crashed.",
                   "Microsoft Windows=microsoft_windows/gazetteer "
                   "Windows=microsoft_windows/short-name inside: Microsoft=microsoft/gazetteer");
  /* A given name alone after "the" is no one's before a product's noun. */
  assert_type ("It separated from the Rosetta orbiter.", "rosetta", PX_ENTITY_PRODUCT);
  assert_type ("Images came from the Quinto Space Telescope on Monday.",
               "quinto_space_telescope", PX_ENTITY_PRODUCT);
  assert_type ("Staff of the Space Telescope Quinto Institute met.",
               "space_telescope_quinto_institute", PX_ENTITY_ORG);
  /* A product's word that ends the name heads it, a body's word before
   * it or not. */
  assert_type ("Later the Zorbic Survey Satellite failed.", "zorbic_survey_satellite",
               PX_ENTITY_PRODUCT);
  /* Bodies in the sky are places. */
  assert_type ("It orbits a star in the constellation Zorbus.", "zorbus", PX_ENTITY_PLACE);
  /* The owner of a name of two capitalised words is a body, by a guess;
   * a title after the possessive says nothing. */
  assert_type ("Later Zorbisto's Quinto Varga won a seat.", "zorbisto", PX_ENTITY_ORG);
  assert_type ("Later Zorbisto's Prime Minister Quinto Varga spoke.", "zorbisto",
               PX_ENTITY_PERSON);
  /* Not an owner of two words, nor before an event's words. */
  assert_type ("Later Zora Qwerty's Quinto Varga won.", "zora_qwerty", PX_ENTITY_PERSON);
  assert_type ("Later Zorbisto's Quinto Tour sold out.", "zorbisto", PX_ENTITY_PERSON);
  assert_type ("Later Zorbisto's Quinto Tour sold out.", "quinto_tour", PX_ENTITY_EVENT);
  /* A theatre is a place; a name after a publication's noun is an
   * organisation's. */
  assert_type ("Later the Zorba Theatre and the trade publication Quintstar agreed.",
               "zorba_theatre", PX_ENTITY_PLACE);
  assert_type ("Later the Zorba Hotel gave the Quinto Lifetime Award.", "zorba_hotel",
               PX_ENTITY_PLACE);
  assert_type ("Later the Zorba Hotel gave the Quinto Lifetime Award.", "quinto_lifetime_award",
               PX_ENTITY_EVENT);
  assert_type ("Later the Zorba Theatre and the trade publication Quintstar agreed.",
               "quintstar", PX_ENTITY_ORG);
  /* A type given by default yields to a later mention's sign; a sign
   * stays. */
  assert_type ("The pill was made by Zorbex. Shares in Zorbex rose.", "zorbex", PX_ENTITY_ORG);
  assert_type ("Shares in Zorbex rose. Later Zorbex spoke.", "zorbex", PX_ENTITY_ORG);
  assert_type ("Polls by Zorbem gave him a lead.", "zorbem", PX_ENTITY_ORG);
  /* Single words listed after a body are bodies; not one after a body
   * and a comma that no list goes on from. */
  assert_type ("Shares of Zorbek Corp, Quintex, Zorbco, and Varga rose.", "quintex",
               PX_ENTITY_ORG);
  assert_type ("Shares of Zorbek Corp, Quintex, Zorbco, and Varga rose.", "varga",
               PX_ENTITY_ORG);
  assert_type ("At Zorbek Corp, Varga said so.", "varga", PX_ENTITY_PERSON);
  /* Several words no word types, after a person's "of", are a body. */
  assert_type ("Later Quinto Varga of Zorbic Passion spoke.", "zorbic_passion", PX_ENTITY_ORG);
  /* ...though many names stand between the person's mention, a title's,
   * and the body's in the order they are found. */
  assert_type ("Ambassador Quinto Varga of Zorbic Passion spoke. Ambassador Aa Zorb, Ambassador "
               "Bb Zorb, Ambassador Cc Zorb, Ambassador Dd Zorb, Ambassador Ee Zorb, Ambassador "
               "Ff Zorb, Ambassador Gg Zorb, Ambassador Hh Zorb, Ambassador Ii Zorb, Ambassador "
               "Jj Zorb, Ambassador Kk Zorb, Ambassador Ll Zorb, Ambassador Mm Zorb, Ambassador "
               "Nn Zorb, Ambassador Oo Zorb, Ambassador Pp Zorb and Ambassador Qq Zorb met.",
               "zorbic_passion", PX_ENTITY_ORG);
  assert_type ("Shares of ZPF jumped on Monday.", "zpf", PX_ENTITY_ORG);
  assert_type ("Later Zorbex spoke. He flew to Zorbex.", "zorbex", PX_ENTITY_PERSON);
  /* A list after a place cue is of places, the first unlisted too. */
  assert_type ("Schools in Quintobo and Zorbiano closed.", "zorbiano", PX_ENTITY_PLACE);
  /* A name of several words too, where a mark or the sentence's end
   * closes the list; a name a verb follows opens a clause of its own. */
  assert_type ("In Paris and Zorba Quinta, towns, crews worked.", "zorba_quinta",
               PX_ENTITY_PLACE);
  assert_type ("Schools closed in Paris and Zorba Quinta.", "zorba_quinta", PX_ENTITY_PLACE);
  assert_type ("He told farms in Paris and Zorba Quinta to close.", "zorba_quinta",
               PX_ENTITY_PLACE);
  assert_type ("Riots broke out in Paris and Zorba Quinta condemned them.", "zorba_quinta",
               PX_ENTITY_PERSON);
  /* The words inside a list a place opens after a place cue, where the
   * list ends its clause. */
  assert_type ("Riots spread to Paris, Zorbo, Quinto and Varga.", "zorbo", PX_ENTITY_PLACE);
  assert_type ("Riots spread to Paris, Zorbo, Quinto and Varga.", "varga", PX_ENTITY_PLACE);
  assert_type ("Riots spread to Paris, Zorbo and Varga in May.", "zorbo", PX_ENTITY_PLACE);
  assert_type ("In Paris, Zorbo and Varga met.", "zorbo", PX_ENTITY_PERSON);
  /* ... or where a listed place ends it, whatever follows. */
  assert_type ("Councils in Paris, Zorbo, Quinto and Berlin have met.", "zorbo",
               PX_ENTITY_PLACE);
  assert_type ("In Paris, Zorbo, Quinto and Varga met.", "zorbo", PX_ENTITY_PERSON);
  /* ... or where its cue stands inside the sentence: the comma after
   * the first place then ends no opening phrase. */
  assert_type ("Schools in Paris, Zorbo and Varga will close.", "zorbo", PX_ENTITY_PLACE);
  assert_type ("Schools in Paris, Zorbo and Varga will close.", "varga", PX_ENTITY_PLACE);
  /* A list ends before a comma and an apposition's article too. */
  assert_type ("Many came from Paris, Zorbo and Varga, the towns nearby.", "zorbo",
               PX_ENTITY_PLACE);
  assert_type ("Many came from Paris, Zorbo and Varga, the towns nearby.", "varga",
               PX_ENTITY_PLACE);
  assert_type ("In Paris, Zorbo and Varga, who met, spoke.", "zorbo", PX_ENTITY_PERSON);
  /* A place cue of people who live there, for a list too. */
  assert_type ("Residents of Zorba Quinta and Varga left.", "zorba_quinta", PX_ENTITY_PLACE);
  assert_type ("Residents of Zorba Quinta and Varga left.", "varga", PX_ENTITY_PLACE);
  /* A name before a comma and "where" is a place's; so is one after
   * "along", and a line's. */
  assert_type ("By then it had reached Zorbwich, where crowds gathered.", "zorbwich",
               PX_ENTITY_PLACE);
  /* "which" after a name and a comma makes it a body's, even where it
   * opens a sentence and is written nowhere else. */
  assert_type ("Zorbavite, which makes vitamins, said so.", "zorbavite", PX_ENTITY_ORG);
  /* So does a phrase of org_after_cues after the comma. */
  assert_type ("Zorbomaster, owned by Quintex, apologised.", "zorbomaster", PX_ENTITY_ORG);
  assert_type ("It said Zorbavite, which makes vitamins, agreed.", "zorbavite", PX_ENTITY_ORG);
  assert_type ("Shops closed along Zorbwich.", "zorbwich", PX_ENTITY_PLACE);
  assert_type ("The Zorby Crosstown light rail line opened.", "zorby_crosstown",
               PX_ENTITY_PLACE);
  assert_type ("They drew at Zorb Moor.", "zorb_moor", PX_ENTITY_PLACE);
  assert_type ("They entered Zorb Cavern.", "zorb_cavern", PX_ENTITY_PLACE);
  /* A hyphenated name inside a list after a kind noun. */
  assert_type ("It hired the engineering firms SNC-Zorbin and Quintec.", "quintec",
               PX_ENTITY_ORG);
  /* A rescue service is a body. */
  assert_type ("Divers from Zorbian Marine Life Rescue came.", "zorbian_marine_life_rescue",
               PX_ENTITY_ORG);
  /* Nothing after a legal form belongs to the name. */
  assert_mentions ("It is owned by Grace Zorbean Private Ltd. of Singapore.",
                   "Grace Zorbean Private Ltd.=grace_zorbean_private_ltd/capitalised "
                   "Singapore=singapore/gazetteer");
  assert_type ("The Zorbuza reservoir fell to 15 percent.", "zorbuza", PX_ENTITY_PLACE);
  /* A legal form written out may be the head noun, which the place
   * completes. */
  assert_mentions ("The Municipal Corporation of Delhi must build shelters.",
                   "Municipal Corporation of Delhi=municipal_corporation_of_delhi/capitalised "
                   "inside: Delhi=in_delhi/gazetteer");
  /* A compass word after a word that is no given name makes a region;
   * after a given name it is a family name. */
  assert_type ("She represented Zorbway West for years.", "zorbway_west", PX_ENTITY_PLACE);
  assert_type ("Later Adam West spoke.", "adam_west", PX_ENTITY_PERSON);
  /* "of" after a name says where a person is from: the name ends no list
   * of places. */
  assert_type ("Zorba Quinta of Australia and Taylor Qwerty of the United States lost.",
               "taylor_qwerty", PX_ENTITY_PERSON);
  /* A single word joined to an event is one. */
  assert_type ("She won the Australian Open and Zorbledon this year.", "zorbledon",
               PX_ENTITY_EVENT);
  /* A military exercise's noun after a name makes it an event's. */
  assert_type ("Troops cancelled the Zorbak Vila exercise in May.", "zorbak_vila",
               PX_ENTITY_EVENT);
  /* So does an operation's, after its name or before it and a verb of
   * naming. */
  assert_type ("The operation codenamed Zorbweb took a year.", "zorbweb", PX_ENTITY_EVENT);
  /* So does a competition's prize. */
  assert_type ("She was the first to win the Zorbledon singles title.", "zorbledon",
               PX_ENTITY_EVENT);
  /* A listed place's possessive after a comma qualifies what follows,
   * not the name before: "Zorb Feng, China's ambassador," is no place. */
  assert_type ("Zorb Feng, China's ambassador to the United States, said so.", "zorb_feng",
               PX_ENTITY_PERSON);
  /* A title before a body's name that ends in an organisation's word the
   * dictionary capitalises ("Union") is no person's. */
  assert_type ("He leads the General Zorbian Workers Union now.", "general_zorbian_workers_union",
               PX_ENTITY_ORG);
  /* Names of several words in a list that a kind noun in the plural
   * ends. */
  assert_type ("Rivers in Quang Zorbai and Gia Quinta provinces rose.", "quang_zorbai",
               PX_ENTITY_PLACE);
  /* After a cue no person follows, a name of several words is a place;
   * not one a given name opens. */
  assert_type ("It made landfall near Quy Zorbon with strong winds.", "quy_zorbon",
               PX_ENTITY_PLACE);
  assert_type ("Crowds gathered around Jane Qwerty on Sunday.", "jane_qwerty",
               PX_ENTITY_PERSON);
  /* A regnal number ends a person's name, after a place's cue too. */
  assert_type ("They found the temple of Zorbses III at dawn.", "zorbses_iii",
               PX_ENTITY_PERSON);
  /* A person's home after the person's age; a lodge is a place. */
  assert_type ("Karen Qwerty, 54, of Zorbley Grove, admitted it.", "zorbley_grove",
               PX_ENTITY_PLACE);
  assert_type ("He died at Zorbside Lodge in March.", "zorbside_lodge", PX_ENTITY_PLACE);
  /* A place's noun in lower case after a name and its article. */
  assert_type ("Later the Quintobo ravine burst its banks.", "quintobo", PX_ENTITY_PLACE);
  /* After a role "of" or "at", a name is a body's. */
  assert_type ("Later the former head of Zorbo Quinta spoke.", "zorbo_quinta", PX_ENTITY_ORG);
  /* A list after an org cue is of bodies. */
  assert_type ("Economists at Goldman Sachs and Quintova said so.", "quintova", PX_ENTITY_ORG);
  /* So is a list whose next name the gazetteer lists as a body, after
   * a place cue too. */
  assert_type ("He signed contracts at Zorbex, General Motors and Stellantis.", "zorbex",
               PX_ENTITY_ORG);
  /* And a word joined to a listed body that opens the sentence. */
  assert_type ("Shell and Zorboil said they cut output.", "zorboil", PX_ENTITY_ORG);
  /* Or one opening the sentence before a listed body: a name, though
   * the story writes it nowhere else. */
  assert_type ("Zorboil, General Motors and Honda said so.", "zorboil", PX_ENTITY_ORG);
  /* What a site is operated by is a body. */
  assert_type ("Camps operated by Quintar Varga filled up.", "quintar_varga", PX_ENTITY_ORG);
  /* A plural kind noun opening the sentence before the list. */
  assert_type ("Pollsters Zorbex and Quintel give him a lead.", "zorbex", PX_ENTITY_ORG);
  /* What a body owns in a list before a product's noun: products. */
  assert_type ("It sold its Zorbo and Quinta chips.", "zorbo", PX_ENTITY_PRODUCT);
  assert_type ("It sold its Zorbo and Quinta chips.", "quinta", PX_ENTITY_PRODUCT);
  /* "and" between common words (an event's word among them) leads to a
   * body's word, not to a place's alone. */
  assert_type ("The National Earthquake Monitoring and Research Centre said so.",
               "national_earthquake_monitoring_and_research_centre", PX_ENTITY_ORG);
  assert_mentions ("Investors including Starboard Value and Third Point agreed.",
                   "Third Point=third_point/capitalised");
  /* Two names joined by a hyphen are a company's, alone; not two given
   * names, nor a common word's compound. */
  assert_type ("Later Zorbex-Quintel agreed.", "zorbex_quintel", PX_ENTITY_ORG);
  assert_type ("Later Jean-Pierre agreed.", "jean_pierre", PX_ENTITY_PERSON);
  assert_type ("Later Spider-Man agreed.", "spider_man", PX_ENTITY_PERSON);
  /* A combining form makes a compound of peoples, no name. */
  assert_mentions ("Gold was taken in the Anglo-Zorbian wars before Franco-German talks.",
                   "German=germany/gazetteer");
  /* Nor is an adjective of race or origin, which may still open a name. */
  assert_mentions ("Later she became the first Black woman on the board.", "");
  assert_type ("Later she met Jack Black.", "jack_black", PX_ENTITY_PERSON);
  /* "Chair" is a title. */
  assert_mentions ("Later Fed Chair Zorba Quinta spoke.",
                   "Fed=us_federal_reserve/gazetteer Zorba Quinta=zorba_quinta/title");
  /* Letters after a name are no name alone. */
  assert_mentions ("She was admitted to a PhD there.", "");
  /* An undefined acronym with a body's apposition is a body; so is a
   * store, and a branch. */
  assert_type ("The ZNUT, a smaller teachers' union, said it would ballot members.", "znut",
               PX_ENTITY_ORG);
  assert_type ("Zorbods, the department store in Paris, reported an attempt.", "zorbods",
               PX_ENTITY_ORG);
  assert_type ("The UK's Air Accidents Zorbation Branch took part.",
               "air_accidents_zorbation_branch", PX_ENTITY_ORG);
  /* An apposition makes a conference a body, not a meeting; an opera
   * company is a body. */
  assert_type ("Quentin Qwerty of the Federal Zorbian Conference, a body that represents "
               "pupils, spoke.", "federal_zorbian_conference", PX_ENTITY_ORG);
  assert_type ("Later the Zorbian Opera said so.", "zorbian_opera", PX_ENTITY_ORG);
  /* An apposition may open with a listed place's possessive. */
  assert_type ("It cited ZTEK, Ukraine's largest private energy company, on Monday.", "ztek",
               PX_ENTITY_ORG);
  assert_type ("It cited Zorbex, Ukraine's largest private energy company, on Monday.",
               "zorbex", PX_ENTITY_ORG);
  /* A name of several words after a kind noun takes its type before a
   * preposition of time too; a fund is a body. */
  assert_type ("It sold its stake in the water company Zorbex Water after months of talks.",
               "zorbex_water", PX_ENTITY_ORG);
  assert_type ("Later the hedge fund Quintel Zorbing, with others, spoke.", "quintel_zorbing",
               PX_ENTITY_ORG);
  /* A kind noun and its name are no qualifier of a work's noun: "show"
   * is a verb there. */
  assert_type ("Polls by the newspaper Zorbiv show Quinto Varga leading.", "quinto_varga",
               PX_ENTITY_PERSON);
  /* A consultancy is a body. */
  assert_type ("Later the consultancy Zorbexa said so.", "zorbexa", PX_ENTITY_ORG);
  /* A broadcaster named by its medium. */
  assert_type ("He spoke to al-Zorbiya television on Monday.", "zorbiya", PX_ENTITY_ORG);
  /* An industry's word ends a company's name. */
  assert_type ("Analysts said Zorbex Automotive agreed.", "zorbex_automotive", PX_ENTITY_ORG);
  /* A constituency. */
  assert_type ("She was MP for Quintobo and Zorbiano.", "quintobo", PX_ENTITY_PLACE);
  assert_type ("She was MP for Quintobo and Zorbiano.", "zorbiano", PX_ENTITY_PLACE);
  assert_type ("A ferry left bound for Quintobo.", "quintobo", PX_ENTITY_PLACE);
  /* After a place's cue, a listed town and one more word name a
   * constituency, but not a town and a person. */
  assert_mentions ("She is the MP for Sheffield Zorbley since 2015.",
                   "Sheffield Zorbley=sheffield_zorbley/capitalised");
  assert_mentions ("The mayor of London Quinto Varga spoke.",
                   "London=london/gazetteer Quinto Varga=quinto_varga/capitalised");
  assert_type ("We met at the Hôtel de Zorb.", "hotel_de_zorb", PX_ENTITY_PLACE);
  assert_type ("He was arrested at The Zorbek Inn.", "the_zorbek_inn", PX_ENTITY_PLACE);
  /* A royal title before a place's word names the place. */
  assert_type ("The house on King Road was demolished.", "king_road", PX_ENTITY_PLACE);
  /* A run that opens with "The" inside a sentence names no person. */
  assert_type ("The ship sailed on The Zorbent that day.", "the_zorbent", PX_ENTITY_ORG);
  /* A web site's name is one name, wherever it stands; a period and a
   * word that is no web_domains word end the name before them. */
  assert_mentions ("Power was out, according to Zorbwatch.us.",
                   "Zorbwatch.us=zorbwatch_us/capitalised");
  assert_mentions ("Zorbix.com, a site, agreed with Quinto-Varga.org.au and Zorb.company.",
                   "Zorbix.com=zorbix_com/capitalised "
                   "Quinto-Varga.org.au=quinto_varga_org_au/capitalised Zorb=zorb/capitalised");
}
END_TEST

/* data/lexicon/common-words.txt: common words are no names alone. */
START_TEST (test_common_words)
{
  /* A single common word capitalised inside a sentence is a title's word. */
  assert_mentions ("They read Science and History at home.", "");
  /* A run of common words only is a title or a slogan. */
  assert_mentions ("She joined the Social Welfare panel.", "");
  assert_mentions ("It opened on Saturday Night in Zorbia City.",
                   "Zorbia City=zorbia_city/capitalised");
  /* At a clause's start, a common word the text never capitalises inside
   * a sentence opens the clause, not the name. */
  assert_mentions ("Though Quinto Varga left, he wrote.",
                   "Quinto Varga=quinto_varga/capitalised");
  /* A single word after a number that is no year names a model or a
   * people, no person. */
  assert_mentions ("They halted the 737 Zorbmax and rescued 200 Qwertoni.", "");
  assert_mentions ("They said that in 1998 Zorbo joined.", "Zorbo=zorbo/capitalised");
  /* British spellings are common words too. */
  assert_mentions ("Organisers Quinto Varga and Zora Qwerty agreed.",
                   "Quinto Varga=quinto_varga/capitalised Zora Qwerty=zora_qwerty/capitalised");
  /* Inside a sentence, a common word may be a given or family name. */
  assert_mentions ("They met Chuck Varga and Andrew Wan.",
                   "Chuck Varga=chuck_varga/capitalised Andrew Wan=andrew_wan/capitalised");
  /* A hyphenated descriptor is no part of a name; alone it is an adjective. */
  assert_mentions ("They met Pan-democrat Gary Qwerty and Hau Lung-bin.",
                   "Gary Qwerty=gary_qwerty/capitalised Hau Lung-bin=hau_lung_bin/capitalised");
  /* A letter and a hyphen open a given name after a family name when no
   * dictionary holds the syllable after them; "X-ray" stays a word. */
  assert_mentions ("Later Zorb E-bae bowed after an X-ray.", "Zorb E-bae=zorb_e_bae/capitalised");
  /* A slash between capitals too: one name, not two. */
  assert_mentions ("Later they faced Zorbø/Quint in the final.",
                   "Zorbø/Quint=zorbo_quint/capitalised");
  assert_mentions ("They studied Zorbia-related topics.", "");
  /* A long word with a demonym's or adjective's ending describes; with a
   * possessive it names. */
  assert_mentions ("The Zorbonese envoy met a Qwertian and a Zorbologist.", "");
  /* Their plurals name groups of people. */
  assert_mentions ("Later the Quintonists and the Zorbovians marched.", "");
  /* So does the noun of a creed, a fear or a field of study, even after
   * "to" or "in". */
  assert_mentions ("He was subject to Zorbophobia and Qwertanism.", "");
  assert_mentions ("She is a professor in Zorbology.", "");
  assert_mentions ("They filmed Zorbologist Quinto Varga.", "Quinto Varga=quinto_varga/capitalised");
  assert_mentions ("They visited the Qwertonian's museum.",
                   "Qwertonian=qwertonian/capitalised");
  /* A particle joined by a hyphen belongs to the name. */
  assert_mentions ("They met Suleiman al-Qwerty on Monday.",
                   "Suleiman al-Qwerty=suleiman_al_qwerty/capitalised");
  /* A body's name keeps its common words. */
  assert_mentions ("She joined the Joint Council of Zorbia.",
                   "Joint Council of Zorbia=joint_council_of_zorbia/capitalised");
}
END_TEST

/* Runs that are no person's name, or more than one name. */
START_TEST (test_run_shapes)
{
  /* A compass word beside a listed place names a region, a place of its
   * own; a listed name is matched whole first. */
  /* A listed state's unit word is part of its name; a city's is not. */
  assert_mentions ("Floods hit Texas State and Chicago State.",
                   "Texas State=us_texas/gazetteer Chicago State=chicago_state/capitalised "
                   "inside: Chicago=chicago/gazetteer");
  assert_mentions ("They moved from Southern Indiana to the Texas Northwest.",
                   "Southern Indiana=southern_indiana/region "
                   "Texas Northwest=texas_northwest/region "
                   "inside: Indiana=us_indiana/gazetteer Texas=us_texas/gazetteer");
  assert_mentions ("They flew over North Korea.", "North Korea=dprk/gazetteer");
  /* An old quarter or ground of a listed place is a place of its own. */
  assert_mentions ("They played at Old Trafford.",
                   "Old Trafford=old_trafford/region inside: Trafford=gb_trafford/gazetteer");
  /* A compass word and "of" before the place name one too, which a
   * body's name may hold; not in lower case. */
  assert_mentions ("The West of England Zorb Authority met in the west of England.",
                   "West of England Zorb Authority=west_of_england_zorb_authority/capitalised "
                   "England=england/gazetteer "
                   "inside: West of England=west_of_england/region England=england/gazetteer");
  /* Words in capitals opening a paragraph before a comma and a listed
   * place, or a listed outlet in brackets, are a dateline's place; not
   * elsewhere, nor before an unlisted name. */
  assert_mentions ("QUINTOVA, France (AP) - It rained.\n\nZORBA BAY (Reuters) - It snowed.",
                   "QUINTOVA=quintova/dateline France=france/gazetteer AP=ap/gazetteer "
                   "ZORBA BAY=zorba_bay/dateline Reuters=reuters/gazetteer");
  assert_type ("QUINTOVA, France - It rained.", "quintova", PX_ENTITY_PLACE);
  assert_mentions ("It rained. QUINTOVA, France said, was wet.", "France=france/gazetteer");
  assert_mentions ("QUINTOVA, Zorbia - It rained.", "Zorbia=zorbia/capitalised");
  /* A name after one of alias_cues is another name of the entity named
   * before it, unless the gazetteer lists it; chains end at the first. */
  assert_mentions ("Quinto Varga, known as Zorbo, spoke. Zorbo left.",
                   "Quinto Varga=quinto_varga/capitalised Zorbo=quinto_varga/capitalised "
                   "Zorbo=quinto_varga/capitalised");
  assert_mentions ("Quinto Varga, nicknamed Zorbo, also known as Quintissimo, left.",
                   "Quinto Varga=quinto_varga/capitalised Zorbo=quinto_varga/capitalised "
                   "Quintissimo=quinto_varga/capitalised");
  assert_mentions ("Storm Zorbami, known locally as Quinty, hit.",
                   "Storm Zorbami=storm_zorbami/capitalised Quinty=storm_zorbami/capitalised");
  /* A body's new or old name, too. */
  assert_mentions ("Later Zorbrecht, now called Quintonor, paid.",
                   "Zorbrecht=zorbrecht/capitalised Quintonor=zorbrecht/capitalised");
  /* A name that opens with its particle at a sentence's start is the
   * person named before with those words last. */
  assert_mentions ("Later Zora van der Qwerty spoke. Van der Qwerty left.",
                   "Zora van der Qwerty=zora_van_der_qwerty/capitalised "
                   "Van der Qwerty=zora_van_der_qwerty/capitalised");
  /* A nationality's noun is no one's name. */
  assert_mentions ("Quinto Varga won, and the Dutchman and a Spaniard left.",
                   "Quinto Varga=quinto_varga/capitalised");
  /* "Born" opens no name. */
  assert_mentions ("Born Quinto Zorba Varga in Paris, he left.",
                   "Quinto Zorba Varga=quinto_zorba_varga/capitalised Paris=paris/gazetteer");
  assert_mentions ("Quinto Varga, known as Paris, left.",
                   "Quinto Varga=quinto_varga/capitalised Paris=paris/gazetteer/m");
  /* A single unlisted word in brackets right after a body's name is its
   * short name, then and later; after a person it is not (a party, a
   * place), nor is a place after a body. */
  assert_mentions ("The Zorbian Mining Service (Zorbamin) said so. Then Zorbamin left.",
                   "Zorbian Mining Service=zorbian_mining_service/capitalised "
                   "Zorbamin=zorbian_mining_service/capitalised "
                   "Zorbamin=zorbian_mining_service/capitalised");
  assert_mentions ("Quinto Varga (Zorbamin) spoke.",
                   "Quinto Varga=quinto_varga/capitalised Zorbamin=zorbamin/capitalised");
  assert_mentions ("The Zorbian Mining Service (Paris) said so.",
                   "Zorbian Mining Service=zorbian_mining_service/capitalised "
                   "Paris=paris/gazetteer/m");
  /* Particles in lower case inside a name, one or two, with or without
   * a title before it. */
  assert_mentions ("Quinto van der Varga met Zora de la Quinta.",
                   "Quinto van der Varga=quinto_van_der_varga/capitalised "
                   "Zora de la Quinta=zora_de_la_quinta/capitalised");
  assert_mentions ("Ambassador Quinto van der Varga arrived.",
                   "Quinto van der Varga=quinto_van_der_varga/title");
  /* A particle elided on to the next word is inside the name too. */
  assert_mentions ("Later Quinto Giscard d'Zorba met Ambassador Jane d'Varga.",
                   "Quinto Giscard d'Zorba=quinto_giscard_d_zorba/capitalised "
                   "Jane d'Varga=jane_d_varga/title");
  /* A body's name in a Romance language: its word first, connectors of
   * that language inside, and no split before the words that follow. */
  assert_mentions ("The Banco de la Zorbia and Unión por la Quinta met Partido Acción Zorbista.",
                   "Banco de la Zorbia=banco_de_la_zorbia/capitalised "
                   "Unión por la Quinta=union_por_la_quinta/capitalised "
                   "Partido Acción Zorbista=partido_accion_zorbista/capitalised");
  assert_type ("They met Partido Acción Zorbista.", "partido_accion_zorbista", PX_ENTITY_ORG);
  /* So is a family firm's short word. */
  assert_type ("He worked at Zorbling Bros. for years.", "zorbling_bros", PX_ENTITY_ORG);
  /* So is a school's, whose word no place's is. */
  assert_type ("She teaches at the Collège de Zorbia.", "college_de_zorbia", PX_ENTITY_ORG);
  /* An acronym opening a run is a body of its own: the run after it is
   * the name ("QZA Administrator" sheds its common word at a clause's
   * start only, so here the person is named after the acronym). */
  assert_mentions ("Photo: QZA Quinto Varga.", "Quinto Varga=quinto_varga/capitalised");
  /* Letters in capitals at the end make a product's name, not a person's;
   * a regnal number does not. */
  assert_mentions ("They played Zorbstation VR on Quintix XP with Henry VIII.",
                   "Henry VIII=henry_viii/capitalised");
  assert_mentions ("Quinto Varga showed the Zorbax Z Fold6 and Zorbax Q7x Pro.",
                   "Quinto Varga=quinto_varga/capitalised");
  /* So does a single word of letters and digits. */
  assert_mentions ("Quinto Varga said the Z321neo backlog grew.",
                   "Quinto Varga=quinto_varga/capitalised");
  /* Unless something says it is a company: a cue, an apposition (whose
   * compound's parts end nothing: "Paris-based"). */
  assert_type ("Shares of Zorbex AI rose.", "zorbex_ai", PX_ENTITY_ORG);
  assert_type ("They met Zorbex AI, a Paris-based developer of models, on Monday.",
               "zorbex_ai", PX_ENTITY_ORG);
  /* A family name alone after a body's kind noun is that body's, not
   * the person's the family name is, named before or after. */
  assert_mentions ("Later Quinto Zorbrecht left. The company Zorbrecht paid.",
                   "Quinto Zorbrecht=quinto_zorbrecht/capitalised "
                   "Zorbrecht=zorbrecht/capitalised");
  assert_mentions ("The company Zorbrecht paid. Later Quinto Zorbrecht left.",
                   "Zorbrecht=zorbrecht/capitalised "
                   "Quinto Zorbrecht=quinto_zorbrecht/capitalised");
  /* Not one before a comma, which ends an opening phrase as often. */
  assert_mentions ("Later Quinto Zorbrecht left. In a video posted by his team, Zorbrecht spoke.",
                   "Quinto Zorbrecht=quinto_zorbrecht/capitalised "
                   "Zorbrecht=quinto_zorbrecht/surname");
  /* An organisation's kind noun before a name a common word opens makes
   * a body of it, whose connectors go on with its name. */
  assert_mentions ("Later the union Mothers of Zorbia marched.",
                   "Mothers of Zorbia=mothers_of_zorbia/capitalised");
  assert_type ("Later the union Mothers of Zorbia marched.", "mothers_of_zorbia",
               PX_ENTITY_ORG);
  /* A single body word after a listed place makes a body of it; so does
   * an office the gazetteer does not list for that country. */
  assert_mentions ("She studied at the University of Sheffield.",
                   "University of Sheffield=university_of_sheffield/capitalised "
                   "inside: Sheffield=gb_sheffield/gazetteer");
  /* A planet or a moon that opens a body's name only lends it a word;
   * after "of" it is named still. */
  assert_mentions ("He played in the Europa Zorbia League.",
                   "Europa Zorbia League=europa_zorbia_league/capitalised");
  assert_mentions ("Saturn Systems sued Friends of the Earth.",
                   "Saturn Systems=saturn_systems/capitalised "
                   "Friends of the Earth=friends_of_the_earth/gazetteer "
                   "inside: Earth=earth/gazetteer");
  assert_type ("The probe will fly past Ganymede, Callisto and Europa.", "callisto",
               PX_ENTITY_PLACE);
  /* So does a mountain; a place's name keeps it. */
  assert_mentions ("Matterhorn Capital reached Everest Base Camp.",
                   "Matterhorn Capital=matterhorn_capital/capitalised "
                   "Everest Base Camp=everest_base_camp/capitalised "
                   "inside: Everest=mount_everest/gazetteer");
  /* A county, a township or a street named after a place names no
   * place but itself; a river may still name the country. */
  assert_mentions ("She lives in Lebanon Township, off London Road.",
                   "Lebanon Township=lebanon_township/capitalised "
                   "London Road=london_road/capitalised");
  assert_mentions ("Police met near Place du Luxembourg.",
                   "Place du Luxembourg=place_du_luxembourg/capitalised");
  assert_mentions ("They swam in the Jordan River.",
                   "Jordan River=jordan_river/capitalised inside: Jordan=jordan/gazetteer");
  assert_type ("Later they flew to Camp Quintar.", "camp_quintar", PX_ENTITY_PLACE);
  assert_type ("The trial moved to Quinto Varga Courthouse.", "quinto_varga_courthouse",
               PX_ENTITY_PLACE);
  assert_mentions ("They sailed to Singapore Island with the Indonesian Navy.",
                   "Singapore Island=singapore_island/capitalised "
                   "Indonesian Navy=navy_of_indonesia/country-office "
                   "inside: Singapore=singapore/gazetteer Indonesian=indonesia/gazetteer");
  /* Common words right before a listed country or region name a body of
   * it, but not at a sentence's start (unless a verb of saying follows),
   * nor before a city. */
  assert_mentions ("Funds came from Sport England and Transport Paris.",
                   "Sport England=sport_england/capitalised Paris=paris/gazetteer/m "
                   "inside: England=england/gazetteer");
  assert_mentions ("Floods hit England.", "England=england/gazetteer");
  assert_mentions ("Rowing England said so.",
                   "Rowing England=rowing_england/capitalised inside: England=england/gazetteer");
  /* An acronym in brackets spells out the name before it, across a listed
   * place and a listed body's name, which is no mention of its own, and
   * across words in lower case. */
  assert_mentions ("Voters backed the Botswana Democratic Party (BDP) and the Quint for "
                   "Zorbic Change (QZC).",
                   "Botswana Democratic Party=botswana_democratic_party/foreign-party "
                   "BDP=botswana_democratic_party/acronym "
                   "Quint for Zorbic Change=quint_for_zorbic_change/spelled-out "
                   "QZC=quint_for_zorbic_change/acronym inside: Botswana=botswana/gazetteer");
  /* An undefined acronym after "of" is a body only after a person's name. */
  assert_mentions ("They feared a loss of QZX, said Quinto Varga of ZBQ.",
                   "Quinto Varga=quinto_varga/capitalised ZBQ=zbq/acronym");
  /* A place in a hyphenated word is no part of the body after it. */
  assert_mentions ("They backed the pro-Japan Quinto Party.",
                   "Japan=japan/gazetteer Quinto Party=quinto_party/capitalised");
  /* A body word alone is the body named before with it, or nobody. */
  assert_mentions ("Then the Church spoke. They joined the Church of Zorbia, and the Church "
                   "grew.",
                   "Church of Zorbia=church_of_zorbia/capitalised "
                   "Church=church_of_zorbia/body-word");
  /* After "the", the word is the head of the body's name, the word
   * before its first connector or its last. */
  assert_mentions ("The Zorbian House of Quints met, and the House Zorbian Caucus left. "
                   "Later the House voted.",
                   "Zorbian House of Quints=zorbian_house_of_quints/capitalised "
                   "House Zorbian Caucus=house_zorbian_caucus/capitalised "
                   "House=zorbian_house_of_quints/body-word");
  /* ... and a place's name holds a building's word. */
  assert_mentions ("He served at the White House. Later he ran for the House.",
                   "White House=white_house/gazetteer/m");
  /* The first of two words of a body's name alone is the body named
   * before, a common word too, when the second is a body's word. */
  assert_mentions ("Later the Labor Party won. They would talk with Labor on climate.",
                   "Labor Party=labor_party/capitalised Labor=labor_party/short-name");
  /* So is part of a longer body's name, of two words or more; not
   * before the longer name, nor one of another kind. */
  assert_mentions ("The Zorbian Supreme Court of Appeals ruled, and the Supreme Court "
                   "was right.",
                   "Zorbian Supreme Court of Appeals=zorbian_supreme_court_of_appeals/capitalised "
                   "Supreme Court=zorbian_supreme_court_of_appeals/short-name");
  assert_mentions ("The Supreme Court spoke. The Zorbian Supreme Court of Appeals "
                   "ruled.",
                   "Supreme Court=supreme_court/capitalised "
                   "Zorbian Supreme Court of Appeals=zorbian_supreme_court_of_appeals/capitalised");
  assert_mentions ("The Quinto Varga Cup began. Quinto Varga won it.",
                   "Quinto Varga Cup=quinto_varga_cup/capitalised "
                   "Quinto Varga=quinto_varga/capitalised");
  /* A name followed by a number is a model's or a version's, in the
   * whole document. */
  assert_mentions ("Users of Zorbix Navigator left. Zorbix Navigator 6 is old, said Quinto "
                   "Varga.",
                   "Quinto Varga=quinto_varga/capitalised");
  /* So is one followed by a code of a capital, a hyphen and a number. */
  assert_mentions ("Later Bill C-5 passed, said Quinto Varga.",
                   "Quinto Varga=quinto_varga/capitalised");
  /* A word opening a sentence is a name only if the document writes it
   * alone inside one, not only inside a longer name. */
  assert_mentions ("Smallo island states left. The Alliance of Smallo Island States met.",
                   "Alliance of Smallo Island States=alliance_of_smallo_island_states/capitalised");
  assert_mentions ("Smallo left. Then Smallo spoke.",
                   "Smallo=smallo/capitalised Smallo=smallo/capitalised");
  /* A work's title after its kind names no entity, nor do its words. */
  assert_mentions ("Quinto Varga sang the single Zorbflowers and announced a new album, The "
                   "Quintovan Poets Department.",
                   "Quinto Varga=quinto_varga/capitalised");
  /* Named once after its kind, a title is the work's alone too, unless
   * a person the text names has it as a family name. */
  assert_mentions ("The film Zorbheimer won seven awards. Later Zorbheimer took $9 million.",
                   "");
  assert_mentions ("The film Zorbheimer is about Quinto Zorbheimer. Later Zorbheimer spoke.",
                   "Quinto Zorbheimer=quinto_zorbheimer/capitalised "
                   "Zorbheimer=quinto_zorbheimer/surname");
  /* A title in title case whose first word is a common word: the name
   * that ends it is no person. */
  assert_mentions ("Quinto Varga held the book Blown for Zorbity, then left.",
                   "Quinto Varga=quinto_varga/capitalised");
  /* So is a title in quotes, its small words in lower case; a name
   * alone in quotes stays one. */
  assert_mentions ("Quinto Varga won for \"The Last Zorbroad\", and lent \"Girl with a "
                   "Quintovan Earring,\" to a show.",
                   "Quinto Varga=quinto_varga/capitalised");
  assert_mentions ("Quinto Varga said \"Zorbia Quintana must go\" on Monday.",
                   "Quinto Varga=quinto_varga/capitalised Zorbia Quintana=zorbia_quintana/capitalised");
  /* A hyphenated word of common words is a label, not a name. */
  assert_mentions ("Filed under Lifestyle-Religion by Quinto Varga.",
                   "Quinto Varga=quinto_varga/capitalised");
  /* An eponym's possessive before a disease or a law names no person. */
  assert_mentions ("Zorbheimer's disease and Quintor's law, said Quinto Varga.",
                   "Quinto Varga=quinto_varga/capitalised");
  /* So does a word right before one: a constant, an effect. */
  assert_mentions ("It fixed the Zorbadro constant and the Quintler effect, said Quinto Varga.",
                   "Quinto Varga=quinto_varga/capitalised");
  /* A people's name before "people" or "tribe" is no place. */
  assert_mentions ("Quinto Varga of the Zorbapo people marched.",
                   "Quinto Varga=quinto_varga/capitalised");
  /* A counted thing after an ordinal names no one. */
  assert_mentions ("She won her second Zorbar, said Quinto Varga.",
                   "Quinto Varga=quinto_varga/capitalised");
  assert_mentions ("Two Zorbov-24 jets were shot down, said Quinto Varga.",
                   "Quinto Varga=quinto_varga/capitalised");
  /* A party named by its members in the plural is a body; its word
   * alone makes no person either. */
  assert_type ("The Zorbian Democrats and the Quintovan Greens split.", "zorbian_democrats",
               PX_ENTITY_ORG);
  assert_mentions ("Later Republicans said no.", "");
  assert_mentions ("Two Arab diplomats said so.", "");
  /* A name that ends in a common word in the plural is a group's, an
   * organisation, unless a given name or a particle opens it. */
  assert_type ("Donations went to Zorbix Collections.", "zorbix_collections", PX_ENTITY_ORG);
  assert_type ("Later Zorbex Books said so.", "zorbex_books", PX_ENTITY_ORG);
  assert_mentions ("Later Mary Stones scored.", "Mary Stones=mary_stones/capitalised");
  /* A faith's adjective opens a party's name, whose last word is a body's:
   * it is not shed as before a person's name. */
  assert_type ("Voters backed the Christian Zorbist Appeal and the Quinta Bloc.",
               "christian_zorbist_appeal", PX_ENTITY_ORG);
  /* A call sign's "-TV" is a body's word; a division, a factory. */
  assert_type ("Witnesses told ZQBS-TV so.", "zqbs_tv", PX_ENTITY_ORG);
  assert_type ("It said the Quintovan Division of Police.", "quintovan_division_of_police",
               PX_ENTITY_ORG);
  assert_type ("Shots were fired near the Zorbcake Factory.", "zorbcake_factory",
               PX_ENTITY_PLACE);
  assert_type ("Pandas were born at the Zorbon Zoo.", "zorbon_zoo", PX_ENTITY_PLACE);
  assert_type ("India won the Zorbion Trophy.", "zorbion_trophy", PX_ENTITY_EVENT);
  assert_type ("It was published on World Zorb Freedom Day.", "world_zorb_freedom_day",
               PX_ENTITY_EVENT);
  assert_type ("Trains ran on the Zorbxi Line.", "zorbxi_line", PX_ENTITY_PLACE);
  assert_type ("Farmers met on the Place du Zorbourg.", "place_du_zorbourg", PX_ENTITY_PLACE);
  assert_type ("Later Zorbta Air Lines halted flights.", "zorbta_air_lines", PX_ENTITY_ORG);
  assert_type ("Boys were trapped in the Quint Zorbang cave.", "quint_zorbang", PX_ENTITY_PLACE);
  /* Straits, roads, fleets. */
  assert_type ("Troops crossed the Zorbia Strait.", "zorbia_strait", PX_ENTITY_PLACE);
  assert_type ("Police closed Quinto Shore Drive.", "quinto_shore_drive", PX_ENTITY_PLACE);
  assert_type ("It hit the Zorbian Sea Fleet.", "zorbian_sea_fleet", PX_ENTITY_ORG);
  assert_type ("The Zorbian Sumud Flotilla set sail.", "zorbian_sumud_flotilla", PX_ENTITY_ORG);
  /* A score after a name is no model's number; a long one may be. */
  assert_mentions ("Jane Qwerty beat Quinto Varga 6-3, 7-5 on Sunday.",
                   "Jane Qwerty=jane_qwerty/capitalised Quinto Varga=quinto_varga/capitalised");
  assert_mentions ("Zorbix Navigator 737-800 jets flew, said Quinto Varga. Zorbix Navigator left.",
                   "Quinto Varga=quinto_varga/capitalised");
  /* A place's name and a capitalised plural name a team, when "the"
   * comes before the plural somewhere or it is a common noun; the
   * plural alone is the team then. */
  assert_mentions ("Fans of the Boston Zorbicks cheered. The Zorbicks lost to the Brooklyn Nets.",
                   "Boston Zorbicks=boston_zorbicks/team Zorbicks=boston_zorbicks/short-name "
                   "Brooklyn Nets=brooklyn_nets/team "
                   "inside: Boston=us_boston/gazetteer Brooklyn=us_brooklyn/gazetteer");
  assert_mentions ("Austin Zorbeks said so.", "Austin Zorbeks=austin_zorbeks/capitalised");
  /* Clubs' and cups' words in other languages. */
  assert_type ("Deportivo Zorbia beat them.", "deportivo_zorbia", PX_ENTITY_ORG);
  assert_type ("They won the Copa Zorbiana.", "copa_zorbiana", PX_ENTITY_EVENT);
  assert_type ("They asked Zorbiol, the football confederation, to act.", "zorbiol",
               PX_ENTITY_ORG);
  /* An event's word a hyphen joins to a name is no event's, nor a body
   * word alone. */
  assert_mentions ("The farm lobby Copa-Zorbeca said so.",
                   "Copa-Zorbeca=copa_zorbeca/capitalised");
  assert_type ("The farm lobby Copa-Zorbeca said so.", "copa_zorbeca", PX_ENTITY_ORG);
  /* So they do when "the" stands before the place, which a town takes
   * no more than a family name does. */
  assert_mentions ("The game against the Boston Zorbicks was put off.",
                   "Boston Zorbicks=boston_zorbicks/team inside: Boston=us_boston/gazetteer");
  /* A listed town before a match's report is the club the gazetteer
   * lists under its name; elsewhere the town. */
  assert_mentions ("Barcelona beat Sevilla 3-0, and Real Madrid and Barcelona drew 1-1.",
                   "Barcelona=fc_barcelona/team Sevilla=sevilla_fc/team "
                   "Real Madrid=real_madrid/gazetteer Barcelona=fc_barcelona/team "
                   "inside: Madrid=madrid/gazetteer");
  assert_mentions ("Prices in Barcelona rose 2-3 percent.", "Barcelona=es_barcelona/gazetteer");
  /* So is one that wins a listed league; not one that wins the games. */
  assert_mentions ("Barcelona won La Liga again.",
                   "Barcelona=fc_barcelona/team La Liga=la_liga/gazetteer");
  assert_mentions ("Barcelona won the Olympics.",
                   "Barcelona=es_barcelona/gazetteer Olympics=olympic_games/gazetteer");
  /* A club named after its town and a town word: that word before a
   * body's or a place's word is the town's council or hall. */
  assert_mentions ("Manchester City Council met.",
                   "Manchester City Council=manchester_city_council/capitalised "
                   "inside: Manchester=gb_manchester/gazetteer");
  assert_mentions ("Bristol City Council met. Prices in Bristol rose.",
                   "Bristol City Council=bristol_city_council/capitalised "
                   "Bristol=gb_bristol/gazetteer inside: Bristol=gb_bristol/gazetteer");
  assert_mentions ("Bristol City won 2-1. Bristol had led.",
                   "Bristol City=bristol_city/gazetteer Bristol=bristol_city/short-name "
                   "inside: Bristol=gb_bristol/gazetteer");
  /* So is a word that is no place, and alone later it is the club. */
  assert_mentions ("Celtic beat Rangers 2-1. Rangers had levelled.",
                   "Celtic=celtic_fc/team Rangers=rangers_fc/team Rangers=rangers_fc/short-name");
  /* Legal forms and trades' words end a company's name. */
  assert_type ("It has a deal with Dow Chemical to build a plant.", "dow_chemical",
               PX_ENTITY_ORG);
  assert_type ("Shares of Mitsubishi Electric rose.", "mitsubishi_electric", PX_ENTITY_ORG);
  /* Not a place inside a longer name, after a connector. */
  assert_mentions ("The Zorb Agency for Boston Refugees met.",
                   "Zorb Agency=zorb_agency/capitalised Boston=us_boston/gazetteer");
  /* Not a plural that is an event's word, a text's, or one before a
   * plural's apostrophe and a name. */
  assert_type ("He won the Paris Zorbmasters and the Paris Masters.", "paris_masters",
               PX_ENTITY_EVENT);
  /* (a body word after the plural's apostrophe makes a body of the
   * whole, no team) */
  assert_mentions ("Fans met outside the Boston Magistrates' Courts.",
                   "Boston Magistrates' Courts=boston_magistrates_courts/capitalised "
                   "inside: Boston=us_boston/gazetteer");
  /* A listed place that is a given name, before a family name, names a
   * person; not after a place cue. */
  assert_mentions ("It went to Jane Qwerty and Jordan Zorbek.",
                   "Jane Qwerty=jane_qwerty/capitalised Jordan Zorbek=jordan_zorbek/capitalised");
  assert_mentions ("He flew to Jordan Zorbek.", "Jordan=jordan/gazetteer Zorbek=zorbek/capitalised");
  /* An event's word first opens an event only if it is one of
   * opening_event_words, a connector follows it or a listed place comes
   * before it. */
  assert_mentions ("See the Election Results page.", "");
  assert_type ("Storm Zorbia hit.", "storm_zorbia", PX_ENTITY_EVENT);
  assert_type ("Visitors came to the Zorbsea Flower Show.", "zorbsea_flower_show",
               PX_ENTITY_EVENT);
  assert_type ("The Quintfus Affair shaped politics.", "quintfus_affair", PX_ENTITY_EVENT);
  assert_type ("The Oslo Festival Zorbinge opened.", "oslo_festival_zorbinge", PX_ENTITY_EVENT);
  /* An event's word last before any connector is the head. */
  assert_type ("The Zorbian International Festival opened.", "zorbian_international_festival",
               PX_ENTITY_EVENT);
  /* An archive, a diocese, a company Limited, a body International. */
  assert_type ("The Zorbian Archive said so.", "zorbian_archive", PX_ENTITY_ORG);
  assert_type ("The Archdiocese of Quinto said so.", "archdiocese_of_quinto", PX_ENTITY_ORG);
  assert_type ("He ran Zorbix Limited.", "zorbix_limited", PX_ENTITY_ORG);
  assert_type ("Conservation Zorbia International said so.",
               "conservation_zorbia_international", PX_ENTITY_ORG);
  /* Nor one before "percent". */
  assert_mentions ("The party of Quinto Malema 9.5 percent.", "Quinto Malema=quinto_malema/capitalised");
  /* Common words that the acronym after them abbreviates name a body,
   * an adjective first and all. */
  assert_mentions ("The Economic Zorbia Fighters (EZF) won. The EZF said so.",
                   "Economic Zorbia Fighters=economic_zorbia_fighters/capitalised "
                   "EZF=economic_zorbia_fighters/acronym EZF=economic_zorbia_fighters/acronym");
  assert_type ("Later the Economic Freedom Fighters (EFF) won.", "economic_freedom_fighters",
               PX_ENTITY_ORG);
  /* A number that counts a noun in the plural is no model's. */
  assert_mentions ("The court jailed Quinto Varga. It gave Varga 12 months.",
                   "Quinto Varga=quinto_varga/capitalised Varga=quinto_varga/surname");
  /* A watchdog's "Watch" ends its name; alone it is no name. */
  assert_mentions ("Watch it. Later Quintova Watch said so.",
                   "Quintova Watch=quintova_watch/capitalised");
  /* A community of states is a body. */
  assert_type ("He attended a summit of the Zorbian Economic Community.",
               "zorbian_economic_community", PX_ENTITY_ORG);
  /* Clubs: listed ones by their names, others by a club's word. */
  assert_mentions ("Quinto United beat Real Madrid 2-0.",
                   "Quinto United=quinto_united/capitalised Real Madrid=real_madrid/gazetteer "
                   "inside: Madrid=madrid/gazetteer");
  /* "Open" after a place names a tournament. */
  assert_type ("She won the Zorbian Open.", "zorbian_open", PX_ENTITY_EVENT);
  /* A hashtag or a handle is no name as written. */
  assert_mentions ("She chose the hashtag #IStandWithQuinto and wrote to @ZorbNews about "
                   "Quinto Varga.",
                   "Quinto Varga=quinto_varga/capitalised");
  /* "To" is capitalised inside a sentence only as a name. */
  assert_mentions ("Voters chose James To over Wilson Or and went to Quinto.",
                   "James To=james_to/capitalised Wilson Or=wilson_or/capitalised "
                   "Quinto=quinto/capitalised");
}
END_TEST

/* names.yaml with @line (which it must hold) replaced by @replacement. */
static PxNameRules *
rules_edited (const char *line, const char *replacement, GError **error)
{
  g_autofree char *src = px_test_src_path ("rules/names.yaml");
  g_autofree char *yaml = NULL;
  g_assert (g_file_get_contents (src, &yaml, NULL, NULL));
  g_auto(GStrv) parts = g_strsplit (yaml, line, 2);
  ck_assert_uint_eq (g_strv_length (parts), 2);
  g_autofree char *edited = g_strjoin (replacement, parts[0], parts[1], NULL);
  g_autofree char *path = px_test_write ("names.yaml", edited, -1);
  return px_name_rules_load (path, error);
}

/* names.yaml with its common_words pointing at @list (a path). */
static PxNameRules *
rules_with_word_list (const char *list, GError **error)
{
  g_autofree char *line = g_strdup_printf ("common_words: %s", list);
  return rules_edited ("common_words: data/lexicon/common-words.txt", line, error);
}

START_TEST (test_word_list_errors)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *unsorted = px_test_write ("words.txt", "# header\nbeta\nalpha\n", -1);
  g_autoptr(PxNameRules) bad = rules_with_word_list (unsorted, &error);
  ck_assert_ptr_null (bad);
  px_test_assert_error (error, PX_ERROR_RULE_SYNTAX, "names.yaml:", "words.txt:3",
                        "'alpha' is out of order", NULL);
  g_clear_error (&error);
  g_autoptr(PxNameRules) missing = rules_with_word_list ("/nonexistent/words.txt", &error);
  ck_assert_ptr_null (missing);
  px_test_assert_error (error, PX_ERROR_RULE_SYNTAX, "common_words", "/nonexistent/words.txt",
                        NULL);
  g_clear_error (&error);
  g_autofree char *good = px_test_write ("words.txt", "alpha\r\n\nbeta\n", -1);
  g_autoptr(PxNameRules) rules = rules_with_word_list (good, &error);
  ck_assert_ptr_nonnull (rules);
  /* An id of national_societies that the gazetteer lacks is an error. */
  g_autoptr(PxNameRules) unknown = rules_edited ("national_societies: [icrc,",
                                                 "national_societies: [no_such_body, icrc,",
                                                 &error);
  ck_assert_ptr_nonnull (unknown);
  ck_assert (!px_name_rules_check (unknown, gazetteer, &error));
  px_test_assert_error (error, PX_ERROR_RULE_SYNTAX, "names.yaml", "national_societies",
                        "'no_such_body'", NULL);
  g_clear_error (&error);
  /* So is a club's form with no NAME in it, at the key's line. */
  g_autoptr(PxNameRules) formless = rules_edited ("club_forms: [\"FC NAME\",",
                                                  "club_forms: [\"FC Town\",", &error);
  ck_assert_ptr_null (formless);
  px_test_assert_error (error, PX_ERROR_RULE_SYNTAX, "names.yaml:", "club_forms",
                        "'FC Town' has no NAME", NULL);
  g_clear_error (&error);
  /* The keys this file must hold are missed by name. */
  static const char *const keys[] = {
    "currency_prefixes: [Rmb, Rs, Rp, Tk, Sh, Ksh, Dh, Dhs]",
    "title_qualifying_body_words: [Group, Union]",
    "ordinal_suffixes: [st, nd, rd, th]",
  };
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autoptr(PxNameRules) keyless = rules_edited (keys[i], "", &error);
      ck_assert_ptr_null (keyless);
      g_autofree char *key = g_strndup (keys[i], strcspn (keys[i], ":"));
      g_autofree char *missing_key = g_strdup_printf ("missing key '%s'", key);
      px_test_assert_error (error, PX_ERROR_RULE_SYNTAX, "names.yaml:", missing_key, NULL);
      g_clear_error (&error);
    }
  /* A gender's honorifics and a work's nouns (which rules/attribution.yaml
   * reads too) are a word list's path, and the list must open. */
  static const char *const lists[][2] = {
    { "male_honorifics", "data/lexicon/honorifics-male.txt" },
    { "work_nouns", "data/lexicon/work-nouns.txt" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autofree char *from = g_strdup_printf ("%s: %s", lists[i][0], lists[i][1]);
      g_autofree char *to = g_strdup_printf ("%s: data/lexicon/no-such-list.txt", lists[i][0]);
      g_autoptr(PxNameRules) unlisted = rules_edited (from, to, &error);
      ck_assert_ptr_null (unlisted);
      px_test_assert_error (error, PX_ERROR_RULE_SYNTAX, "names.yaml:", lists[i][0],
                            "no-such-list.txt", NULL);
      g_clear_error (&error);
    }
}
END_TEST

START_TEST (test_bodies)
{
  /* A body named after a listed place is one name; the place is still
   * named inside it. */
  assert_mentions ("He studied at the Colorado State University.",
                   "Colorado State University=colorado_state_university/capitalised "
                   "inside: Colorado=us_colorado/gazetteer");
  assert_mentions ("The Japanese Fisheries Agency said so.",
                   "Japanese Fisheries Agency=japanese_fisheries_agency/capitalised "
                   "inside: Japanese=japan/gazetteer");
  /* A capitalised word no rule took before the place opens the name. */
  assert_mentions ("It met at the Metro Toronto Convention Centre.",
                   "Metro Toronto Convention Centre=metro_toronto_convention_centre/capitalised "
                   "inside: Toronto=toronto/gazetteer");
  /* And before a demonym, after a place cue too, where the word alone
   * would be a place. */
  assert_mentions ("He ran the bank of Zorbo Irish Bank.",
                   "Zorbo Irish Bank=zorbo_irish_bank/capitalised inside: Irish=ireland/gazetteer");
  /* So does the body the place completes, when the name goes on. */
  assert_mentions ("University of Colorado Zorbton Chess Club members met.",
                   "University of Colorado Zorbton Chess Club="
                   "university_of_colorado_zorbton_chess_club/capitalised "
                   "inside: Colorado=us_colorado/gazetteer");
  /* Not when another name took the body word. */
  assert_mentions ("Ambassador Jon Qwerty Hall of Colorado Zorbton Chess Club met.",
                   "Jon Qwerty Hall=jon_qwerty_hall/title "
                   "Colorado Zorbton Chess Club=colorado_zorbton_chess_club/capitalised "
                   "inside: Colorado=us_colorado/gazetteer");
  assert_mentions ("He said Monday Toronto Police Service was ready.",
                   "Toronto Police Service=toronto_police_service/capitalised "
                   "inside: Toronto=toronto/gazetteer");
  /* So is one named after a place that follows it. */
  assert_mentions ("She studied at the Zorb Institute of Japan.",
                   "Zorb Institute of Japan=zorb_institute_of_japan/capitalised "
                   "inside: Japan=japan/gazetteer");
  /* A name of two words after a body's name is someone else's. */
  assert_mentions ("The Refugee Council Enver Qwerty spoke.",
                   "Refugee Council=refugee_council/capitalised "
                   "Enver Qwerty=enver_qwerty/capitalised");
  /* Words a joiner parts after a body word in the complement are the
   * body's. */
  assert_mentions ("The Zorb Department of International Relations and Cooperation met.",
                   "Zorb Department of International Relations and Cooperation="
                   "zorb_department_of_international_relations_and_cooperation/capitalised");
  /* "&" joins any two capitalised words into one organisation. */
  assert_mentions ("Shares of Qwert & Zorb rose at the Varga Aviation & Space Museum.",
                   "Qwert & Zorb=qwert_zorb/capitalised "
                   "Varga Aviation & Space Museum=varga_aviation_space_museum/capitalised");
  /* A place written as an abbreviation is written out in the body's id. */
  assert_mentions ("The US Embassy and the United States Embassy met.",
                   "US Embassy=embassy_of_united_states/country-office "
                   "United States Embassy=embassy_of_united_states/country-office "
                   "inside: US=usa/gazetteer United States=usa/gazetteer");
  assert_mentions ("The US Zorb Agency and the United States Zorb Agency met.",
                   "US Zorb Agency=united_states_zorb_agency/capitalised "
                   "United States Zorb Agency=united_states_zorb_agency/capitalised "
                   "inside: US=usa/gazetteer United States=usa/gazetteer");
  /* How long an abbreviation may be is the rules': with none written
   * out, "US Zorb Agency" is a body of its own. */
  g_autoptr(GError) error = NULL;
  g_autoptr(PxNameRules) strict = rules_edited ("place_abbreviation_max_letters: 4",
                                                "place_abbreviation_max_letters: 1", &error);
  ck_assert_msg (strict != NULL, "%s", error ? error->message : "");
  PxNameRules *saved = name_rules;
  name_rules = strict;
  g_autoptr(PxEntities) entities = extract_string ("The US Zorb Agency met.");
  name_rules = saved;
  g_autofree char *got = describe (entities, "The US Zorb Agency met.");
  ck_assert_str_eq (got, "US Zorb Agency=us_zorb_agency/capitalised inside: US=usa/gazetteer");
  /* An office after a capitalised word is a name of its own. */
  assert_mentions ("The Salvation Army met.", "Salvation Army=salvation_army/capitalised");
  assert_mentions ("The Zorb Foundation for the Visual Arts opened.",
                   "Zorb Foundation for the Visual Arts="
                   "zorb_foundation_for_the_visual_arts/capitalised");
  /* A listed organisation opens the name of a body that ends in a body
   * word, and is nested in it; before other words it is a name alone. */
  assert_mentions ("She won the Google Science Fair.",
                   "Google Science Fair=google_science_fair/capitalised "
                   "inside: Google=google/gazetteer");
  assert_mentions ("She used Google Science Tools.",
                   "Google=google/gazetteer");
  /* Before a name of uncommon words that nothing else types, a listed
   * company's one word opens another body's name. */
  assert_mentions ("She joined Bayer Zorbkusen on Monday.",
                   "Bayer Zorbkusen=bayer_zorbkusen/capitalised inside: Bayer=bayer/gazetteer");
  /* "and" goes on with a body's complement of common words only. */
  assert_mentions ("The Zorb Ministry of Agriculture and Forestry met.",
                   "Zorb Ministry of Agriculture and Forestry="
                   "zorb_ministry_of_agriculture_and_forestry/capitalised");
  assert_mentions ("The Zorb Institute of Science and Enver Qwerty met.",
                   "Zorb Institute of Science=zorb_institute_of_science/capitalised "
                   "Enver Qwerty=enver_qwerty/capitalised");
  assert_mentions ("The Zorb Institute of Science and Varga University met.",
                   "Zorb Institute of Science=zorb_institute_of_science/capitalised "
                   "Varga University=varga_university/capitalised");
  assert_mentions ("The Zorb Council and Agriculture met.",
                   "Zorb Council=zorb_council/capitalised");
  /* A body word that also names a field may end that complement; any
   * other starts a second name. */
  assert_mentions ("The Zorb Institute of Neuroscience and Mental Health met.",
                   "Zorb Institute of Neuroscience and Mental Health="
                   "zorb_institute_of_neuroscience_and_mental_health/capitalised");
  assert_mentions ("The Zorb Ministry of Health and Wellness met.",
                   "Zorb Ministry of Health and Wellness="
                   "zorb_ministry_of_health_and_wellness/capitalised");
  assert_mentions ("The Zorb Ministry of Defence and Border Police met.",
                   "Zorb Ministry of Defence=zorb_ministry_of_defence/capitalised "
                   "Border Police=border_police/capitalised");
  /* An irregular plural's possessive goes on into the complement; a
   * singular's names the owner. */
  assert_mentions ("The Zorb Ministry of Women's Affairs met.",
                   "Zorb Ministry of Women's Affairs=zorb_ministry_of_women_affairs/capitalised");
  assert_mentions ("The Zorb Department of Energy's Office of Science met.",
                   "Zorb Department of Energy=zorb_department_of_energy/capitalised "
                   "Office of Science=office_of_science/capitalised");
  /* A listed body after a body word and a connector completes that
   * body's name; a person's name after them ends it. */
  assert_mentions ("The Zorb Ministry of Labour met.",
                   "Zorb Ministry of Labour=zorb_ministry_of_labour/capitalised");
  /* A listed name that opens with "the" opens a longer one before a
   * capitalised word: the Moon is no part of a president's name. */
  assert_mentions ("Rocks from the moon came back.", "the moon=moon/gazetteer");
  assert_mentions ("Ties grew under the Moon Jae-in government.",
                   "Moon Jae-in=moon_jae_in/capitalised");
  /* A country's name right after a place's word ends a body's name: a
   * place's would take a comma. */
  assert_mentions ("He founded Zorb Point USA in 2012.",
                   "Zorb Point USA=zorb_point_united_states/capitalised inside: USA=usa/gazetteer");
  assert_type ("He founded Zorb Point USA in 2012.", "zorb_point_united_states", PX_ENTITY_ORG);
  assert_mentions ("They walked to Zorb Point, Canada.",
                   "Zorb Point=zorb_point/capitalised Canada=canada/gazetteer");
  /* A kind noun names what a naming verb and an article name. */
  assert_mentions ("A group called the Zorb Resistance claimed it.",
                   "Zorb Resistance=zorb_resistance/capitalised");
  assert_type ("A group called the Zorb Resistance claimed it.", "zorb_resistance",
               PX_ENTITY_ORG);
  /* An adverb may open an apposition before its article. */
  assert_mentions ("He paid Zorb Distribuidora, then a subsidiary of Petrobras.",
                   "Zorb Distribuidora=zorb_distribuidora/capitalised Petrobras=petrobras/gazetteer");
  assert_type ("He paid Zorb Distribuidora, then a subsidiary of Petrobras.", "zorb_distribuidora",
               PX_ENTITY_ORG);
  /* A hyphened participle makes an adjective of a word before a name;
   * a name ending in "System" is a product's. */
  assert_mentions ("It was seen by the NASA-funded Zorb Alert System.",
                   "Zorb Alert System=zorb_alert_system/capitalised");
  assert_type ("It was seen by the NASA-funded Zorb Alert System.", "zorb_alert_system",
               PX_ENTITY_PRODUCT);
  assert_mentions ("It left the Solar System.", "Solar System=solar_system/gazetteer");
  /* An industry's word names a company. */
  assert_type ("Quinto Oil said it cut jobs.", "quinto_oil", PX_ENTITY_ORG);
  assert_mentions ("She arrived in what was then Tanganyika.", "Tanganyika=tanganyika/gazetteer");
  assert_mentions ("The Zorb-based Quinto Bank said so.", "Quinto Bank=quinto_bank/capitalised");
  /* A number sign takes its number into the name, which may go on. */
  assert_mentions ("He was taken to Zorb Hospital No. 1 in May.",
                   "Zorb Hospital No. 1=zorb_hospital_no_1/capitalised");
  assert_mentions ("Zorb Railway No. 10 Engineering Group built it.",
                   "Zorb Railway No. 10 Engineering Group=zorb_railway_no_10_engineering_group/capitalised");
  /* The article is one in any case: a sentence opens with it too. */
  assert_mentions ("The Moon Jae-in government fell.", "Moon Jae-in=moon_jae_in/capitalised");
  assert_mentions ("The Caribbean Zorb Agency said so.",
                   "Caribbean Zorb Agency=caribbean_zorb_agency/capitalised");
  assert_mentions ("The Zorb Party of J. Quinto Varga won.",
                   "Zorb Party=zorb_party/capitalised J. Quinto Varga=j_quinto_varga/capitalised");
  assert_mentions ("He studied at the University of Mary Washington.",
                   "University of Mary Washington=university_of_mary_washington/capitalised");
  /* A given name before common words only is a field's word. */
  assert_mentions ("Staff at the Zorb Institute of Marine Science left.",
                   "Zorb Institute of Marine Science=zorb_institute_of_marine_science/capitalised");
  /* An office of a country's whose name goes on ("of ...") is left to
   * the runs of capitalised words, which join a place after "of the" to
   * a body's name that holds none yet. */
  assert_mentions ("He led the Central Bank of Uruguay.",
                   "Central Bank of Uruguay=central_bank_of_uruguay/capitalised "
                   "inside: Uruguay=uruguay/gazetteer");
  /* So is one that capitalised words ending in a body word follow; not
   * one before a person's name. */
  assert_mentions ("New Zealand's Government Quintar Security Bureau spoke.",
                   "New Zealand=new_zealand/gazetteer "
                   "Government Quintar Security Bureau=government_quintar_security_bureau/"
                   "capitalised");
  /* Courts and the common ministries are offices too; a country's
   * office goes on over a joiner into a longer name; a story naming no
   * country has its places' country; a state's office is no country's. */
  assert_mentions ("In Kenya, the Ministry of Health said so.",
                   "Kenya=kenya/gazetteer "
                   "Ministry of Health=ministry_of_health_of_kenya/country-office");
  assert_mentions ("In Kenya, the Ministry of Health and Family Welfare said so.",
                   "Kenya=kenya/gazetteer Ministry of Health and Family Welfare="
                   "ministry_of_health_and_family_welfare/capitalised");
  assert_mentions ("Voters in Ohio and Texas waited. The Supreme Court ruled.",
                   "Ohio=us_ohio/gazetteer Texas=us_texas/gazetteer "
                   "Supreme Court=us_supreme_court/country-office");
  assert_mentions ("In Virginia, the state Senate voted.", "Virginia=us_virginia/gazetteer");
  assert_mentions ("In Chile, the Senate President Quinto Varga spoke.",
                   "Chile=chile/gazetteer Senate=senate_of_chile/country-office "
                   "Quinto Varga=quinto_varga/title");
  assert_mentions ("Later the Zorb Bank of the Argentine Republic and Colorado Zorb "
                   "University of the US spoke.",
                   "Zorb Bank of the Argentine Republic=zorb_bank_of_the_argentine_republic/"
                   "capitalised Colorado Zorb University=colorado_zorb_university/capitalised "
                   "US=usa/gazetteer inside: Argentine Republic=argentina/gazetteer "
                   "Colorado=us_colorado/gazetteer");
  /* A common word after a listed city names a company with it; a place
   * word a place, and a date word nothing. */
  assert_mentions ("Later Osaka Gas and the Tokyo Tower and Paris Monday.",
                   "Osaka Gas=osaka_gas/capitalised Tokyo Tower=tokyo_tower/capitalised "
                   "Paris=paris/gazetteer inside: Osaka=osaka/gazetteer Tokyo=tokyo/gazetteer");
  /* Such a company pairs with no place before it, as a body's word
   * would ("Avon and Somerset Police"). */
  assert_mentions ("Shares such as Zorbitest and Osaka Gas rose.",
                   "Zorbitest=zorbitest/capitalised Osaka Gas=osaka_gas/capitalised "
                   "inside: Osaka=osaka/gazetteer");
  /* A demonym before a body's name that no body word ends qualifies it. */
  assert_mentions ("Later the Spanish Zorbox party leader spoke.",
                   "Spanish=spain/gazetteer Zorbox=zorbox/capitalised");
  /* A body word inside that complement, not last, keeps it one name. */
  assert_mentions ("The Zorb Alliance of Motion Picture and Television Producers met.",
                   "Zorb Alliance of Motion Picture and Television Producers="
                   "zorb_alliance_of_motion_picture_and_television_producers/capitalised");
  /* ... and between common words before a body word. */
  assert_mentions ("The Food and Water Administration agreed.",
                   "Food and Water Administration=food_and_water_administration/capitalised");
  assert_mentions ("The Police and Fire Department came.",
                   "Police and Fire Department=police_and_fire_department/capitalised");
  /* A place's word may open such a name, and so may an organisation's
   * word that does not end what comes before "and"; one that does ends a
   * name of its own. */
  /* A body word in the plural: common words alone, they name courts. */
  assert_mentions ("He met them at the Criminal Courts of Justice.",
                   "Criminal Courts of Justice=criminal_courts_of_justice/capitalised");
  assert_mentions ("The Faculty of Zorbopathy met.",
                   "Faculty of Zorbopathy=faculty_of_zorbopathy/capitalised");
  assert_mentions ("The Hotel and Restaurant Workers Union agreed.",
                   "Hotel and Restaurant Workers Union="
                   "hotel_and_restaurant_workers_union/capitalised");
  assert_mentions ("The United Food and Commercial Workers Union agreed.",
                   "United Food and Commercial Workers Union="
                   "united_food_and_commercial_workers_union/capitalised");
  assert_mentions ("The Navy and Marine Corps came.", "Marine Corps=marine_corps/capitalised");
  assert_mentions ("The Zorbshire Fire and Rescue Service came.",
                   "Zorbshire Fire and Rescue Service=zorbshire_fire_and_rescue_service/capitalised");
  /* A place's common word may end the complement after "and". */
  assert_mentions ("The Zorb University of the Highlands and Islands met.",
                   "Zorb University of the Highlands and Islands="
                   "zorb_university_of_the_highlands_and_islands/capitalised");
  /* The commas of such a complement, when a joiner and common words end
   * it; not before a name. */
  assert_mentions ("The Zorb Ministry of Economy, Trade and Industry met.",
                   "Zorb Ministry of Economy, Trade and Industry="
                   "zorb_ministry_of_economy_trade_and_industry/capitalised");
  assert_mentions ("The Zorb Ministry of Health, Education and Jane Qwerty met.",
                   "Zorb Ministry of Health=zorb_ministry_of_health/capitalised "
                   "Jane Qwerty=jane_qwerty/capitalised");
  assert_mentions ("Enver Qwerty and Space Museum staff came.",
                   "Enver Qwerty=enver_qwerty/capitalised Space Museum=space_museum/capitalised");
  /* ... and before a body word when an acronym after abbreviates the
   * whole. */
  assert_mentions ("The Department of Fire and Zorb Services (DFZS) said so.",
                   "Department of Fire and Zorb Services="
                   "department_of_fire_and_zorb_services/capitalised "
                   "DFZS=department_of_fire_and_zorb_services/acronym");
  assert_mentions ("The Department of Fire and Zorb Services said so.",
                   "Department of Fire=department_of_fire/capitalised "
                   "Zorb Services=zorb_services/capitalised");
}
END_TEST

START_TEST (test_acronyms)
{
  /* Defined in brackets after the name, an acronym is that entity. */
  assert_mentions ("The Zorbian Workers Party (ZWP) won. Then ZWP spoke.",
                   "Zorbian Workers Party=zorbian_workers_party/capitalised "
                   "ZWP=zorbian_workers_party/acronym ZWP=zorbian_workers_party/acronym");
  /* After a body's name, whatever its letters: it may be in the body's
   * own language.  After a person's, only one that abbreviates it. */
  assert_mentions ("The Zorbian Centre for Volcanology (PVZB) said so. PVZB staff left.",
                   "Zorbian Centre for Volcanology=zorbian_centre_for_volcanology/capitalised "
                   "PVZB=zorbian_centre_for_volcanology/acronym "
                   "PVZB=zorbian_centre_for_volcanology/acronym");
  assert_mentions ("Quinto Varga (PVZB) said so.", "Quinto Varga=quinto_varga/capitalised");
  /* Between commas after a body's name, before a word in lower case;
   * not inside a list. */
  assert_mentions ("The Zorbian Chess Federation, FIDZ, said so. FIDZ staff left.",
                   "Zorbian Chess Federation=zorbian_chess_federation/capitalised "
                   "FIDZ=zorbian_chess_federation/acronym "
                   "FIDZ=zorbian_chess_federation/acronym");
  assert_mentions ("Analysts at Google, ZQX, and Meta agreed.",
                   "Google=google/gazetteer Meta=meta_platforms/gazetteer");
  /* Undefined, it is a body only where used as one. */
  assert_mentions ("Wong Qwerty of the ZTU spoke. ZTU's Mak left.",
                   "Wong Qwerty=wong_qwerty/capitalised ZTU=ztu/acronym ZTU=ztu/acronym "
                   "Mak=mak/capitalised");
  /* So is one before a body's noun, but not a maker's. */
  assert_mentions ("The ZGT union said so, and the ZV maker agreed.", "ZGT=zgt/acronym");
  assert_mentions ("ZBMA officials agreed.", "ZBMA=zbma/acronym");
  /* So is one of three capitals or more after an article before a verb
   * of saying; not one of two. */
  assert_mentions ("The ZBMA said so, and the ZQ said it too.", "ZBMA=zbma/acronym");
  /* Or opening the sentence; not after a possessive, a person's role. */
  assert_mentions ("ZBMA said so. The firm's ZXO said it too.", "ZBMA=zbma/acronym");
  /* ... and so after a dateline, or a comma; and a source after
   * "according to", of three capitals or more. */
  assert_mentions ("ZORBTON (Reuters) - ZBMA said so.",
                   "ZORBTON=zorbton/dateline Reuters=reuters/gazetteer ZBMA=zbma/acronym");
  assert_mentions ("A comet was found, ZBMA said, and ZQ said so too.", "ZBMA=zbma/acronym");
  assert_mentions ("According to ZBMA, it rained. According to ZQ, it did not.",
                   "ZBMA=zbma/acronym");
  /* The same for a possessive: "AI's Sputnik moment" names no body. */
  assert_mentions ("The ZBMA's chief quit over ZQ's rise.", "ZBMA=zbma/acronym");
  /* And for "of the": "the pick and shovel of the AI gold rush". */
  assert_mentions ("It is the shovel of the ZQ gold rush, said Wong Qwerty of the ZTU.",
                   "Wong Qwerty=wong_qwerty/capitalised ZTU=ztu/acronym");
  /* So is one after a body's kind noun, and every use of it after. */
  assert_mentions ("The exchange ZTX failed. ZTX customers lost money.",
                   "ZTX=ztx/acronym ZTX=ztx/acronym");
  /* So is one after an org_cues phrase. */
  assert_mentions ("Researchers at ZERN in Geneva said so.",
                   "ZERN=zern/acronym Geneva=geneva/gazetteer");
  /* After an alias cue it is another name of what was named before. */
  assert_mentions ("The Zorbian Dam, known as ZGD, opened. ZGD works.",
                   "Zorbian Dam=zorbian_dam/capitalised ZGD=zorbian_dam/acronym "
                   "ZGD=zorbian_dam/acronym");
  /* Otherwise it names nobody we can tell. */
  assert_mentions ("The VIP arrived at 18:00 GMT.", "");
  /* Undefined, it is the body named before whose initials it is, its
   * capitalised words' one by one; not a looser abbreviation of it. */
  assert_mentions ("The Zorbian Highway Traffic Safety Administration met. The ZHTSA and the "
                   "ZHA left.",
                   "Zorbian Highway Traffic Safety Administration="
                   "zorbian_highway_traffic_safety_administration/capitalised "
                   "ZHTSA=zorbian_highway_traffic_safety_administration/acronym");
  /* An "of" may keep its initial. */
  assert_mentions ("The Department of Zorbation met. The DOZ left.",
                   "Department of Zorbation=department_of_zorbation/capitalised "
                   "DOZ=department_of_zorbation/acronym");
  /* Or the initials of another of its names, as written. */
  assert_mentions ("The Christian Social Union met. The CSU left.",
                   "Christian Social Union=csu/gazetteer CSU=csu/acronym");
  /* Not when two bodies of the document have those initials. */
  assert_mentions ("The Zorbian Rail Board and the Zorbian Road Bureau met. The ZRB left.",
                   "Zorbian Rail Board=zorbian_rail_board/capitalised "
                   "Zorbian Road Bureau=zorbian_road_bureau/capitalised");
  /* A title before a body's noun is a word of the body's name. */
  assert_mentions ("She was taken to Toronto General Hospital and General Quinto Varga left.",
                   "Toronto General Hospital=toronto_general_hospital/capitalised "
                   "Quinto Varga=quinto_varga/title inside: Toronto=toronto/gazetteer");
  assert_type ("The pill was made by Zorbia Therapeutics.", "zorbia_therapeutics",
               PX_ENTITY_ORG);
  /* Capitals in the plural are things of a kind; a company's suffix is
   * part of its name. */
  assert_mentions ("Quinto Motors Co. recalled SUVs and NGOs objected.",
                   "Quinto Motors Co.=quinto_motors_co/capitalised");
}
END_TEST

START_TEST (test_owners_particles_and_openers)
{
  /* After "a", a plant names its owner; a museum is a body. */
  assert_type ("Workers at a Zorbex plant in Ohio struck.", "zorbex", PX_ENTITY_ORG);
  /* A facility is a site as a plant is: the site's after "the", its
   * owner's after "a". */
  assert_type ("They toured the Pine Qwerty facility.", "pine_qwerty", PX_ENTITY_PLACE);
  /* The Latin words of features on planets and moons are places'. */
  assert_type ("The rover will land in Zorba Planitia.", "zorba_planitia", PX_ENTITY_PLACE);
  assert_type ("Valles Zorbaris is a canyon.", "valles_zorbaris", PX_ENTITY_PLACE);
  assert_type ("Workers at a Zorbex facility in Ohio struck.", "zorbex", PX_ENTITY_ORG);
  assert_type ("Visitors went to the Quintar museum.", "quintar", PX_ENTITY_ORG);
  /* A word of not_names that is a given name opens a name before
   * another given name. */
  assert_mentions ("The talks, said Jan Peter Qwerty, failed.",
                   "Jan Peter Qwerty=jan_peter_qwerty/capitalised");
  /* So does the initial "A." before another initial. */
  assert_mentions ("The judges, Quinto Varga and A. S. Zorbanna, ruled.",
                   "Quinto Varga=quinto_varga/capitalised "
                   "A. S. Zorbanna=a_s_zorbanna/capitalised");
  /* An acronym apposed to a body's noun, or before a leader's, is a
   * body. */
  assert_mentions ("Germany's train drivers' union, the ZDL, began a strike.",
                   "Germany=germany/gazetteer ZDL=zdl/acronym");
  assert_mentions ("ZQL leader Quinto Varga spoke.",
                   "ZQL=zql/acronym Quinto Varga=quinto_varga/title");
  /* "All" opens a body's name that opens with a place; a Romance body
   * word first is the head, and the place after "del" belongs to it. */
  assert_mentions ("He spoke on All India Radio.",
                   "All India Radio=all_india_radio/capitalised inside: India=india/gazetteer");
  assert_mentions ("Officials of the Universidad Nacional del Perú spoke.",
                   "Universidad Nacional del Perú=universidad_nacional_del_peru/capitalised "
                   "inside: Perú=peru/gazetteer");
  /* Particles of places join a town's name; a hyphenated word holds
   * none ("Co-op"). */
  assert_mentions ("They flew to Bergen op Zoom and Alphen aan den Rijn, and the Co-op Group, "
                   "which owns shops, said so.",
                   "Bergen op Zoom=bergen_op_zoom/capitalised "
                   "Alphen aan den Rijn=alphen_aan_den_rijn/capitalised "
                   "Co-op Group=co_op_group/capitalised");
  assert_type ("They flew to Bergen op Zoom.", "bergen_op_zoom", PX_ENTITY_PLACE);
  /* After an organisation's word the particle is a body's connector. */
  assert_type ("They came from the Museum am Zorbbaum in Hamburg.", "museum_am_zorbbaum",
               PX_ENTITY_ORG);
  /* Two listed bodies that share their plural organisation's word. */
  assert_mentions ("Talks between the State and Homeland Security Departments ended.",
                   "State=us_state_department/coordinated "
                   "Homeland Security Departments=dhs/coordinated");
  /* An adverb before a participle ends an apposition as the participle
   * does. */
  assert_type ("They allied with Zorbisan Quintal, the coalition long led by his party.",
               "zorbisan_quintal", PX_ENTITY_ORG);
  /* A guard in Italian or Spanish is a body's word. */
  assert_type ("Later the Guardia di Zorbanza said so.", "guardia_di_zorbanza", PX_ENTITY_ORG);
  /* A campaigning group is a body. */
  assert_type ("It was backed by the London Cycling Campaign.", "london_cycling_campaign",
               PX_ENTITY_ORG);
  /* Conservation trusts, music schools, police forces and a
   * legislature's groups are bodies. */
  assert_type ("It is run by Zorbanos Conservancy.", "zorbanos_conservancy", PX_ENTITY_ORG);
  assert_type ("She studied at the Zorbling Conservatory.", "zorbling_conservatory",
               PX_ENTITY_ORG);
  assert_type ("Officers of the Royal Zorbster Constabulary attended.",
               "royal_zorbster_constabulary", PX_ENTITY_ORG);
  assert_type ("The Zorbanic Caucus met.", "zorbanic_caucus", PX_ENTITY_ORG);
  /* A word no dictionary has that opens a sentence is a name when an
   * apposition follows it, whatever its noun; an adverb is none. */
  assert_mentions ("Zorbanet, the world leader in remedies, said so.",
                   "Zorbanet=zorbanet/capitalised");
  assert_mentions ("Zorbanly, the rebels in Goma fled.", "Goma=cd_goma/gazetteer");
  /* A carrier in apposition is an airline. */
  assert_type ("Pilots at Zorbwings, the group's low-cost carrier, voted to strike.",
               "zorbwings", PX_ENTITY_ORG);
  assert_type ("The Co-op Group, which owns shops, said so.", "co_op_group", PX_ENTITY_ORG);
  /* A people's name is nobody's. */
  assert_mentions ("Seven Māori electorates voted.", "");
  /* A sports role in lower case is a title: "Jos" is no city there. */
  assert_mentions ("England captain Jos Qwerty said so.",
                   "England=england/gazetteer Jos Qwerty=jos_qwerty/title");
  /* A rank of two words is one title. */
  assert_mentions ("It was led by Major General Quinto Varga.",
                   "Quinto Varga=quinto_varga/title");
  /* "Inner" makes a region; a geological period is nobody. */
  assert_type ("The Inner Hebrides are remote.", "inner_hebrides", PX_ENTITY_PLACE);
  assert_mentions ("The rocks date from the Middle Jurassic.", "");
  /* The last word of a place word's "of" name is its short name. */
  assert_mentions ("They found tracks on the Isle of Zorba. Zorba is remote.",
                   "Isle of Zorba=isle_of_zorba/capitalised Zorba=isle_of_zorba/short-name");
  /* A letter's compound inside a name that goes on after it. */
  assert_mentions ("Images came from the Zorbra X-ray Observatory.",
                   "Zorbra X-ray Observatory=zorbra_x_ray_observatory/capitalised");
  assert_mentions ("The River Zorbon burst. Later the Zorbon fell.",
                   "River Zorbon=river_zorbon/capitalised Zorbon=river_zorbon/short-name");
  /* Written before the place is named in full, the word is a place of
   * its own. */
  assert_type ("They raced at Zorbvoort. The Circuit Zorbvoort is old.", "zorbvoort",
               PX_ENTITY_PLACE);
  /* A report is a document; a kind noun before it says otherwise. */
  assert_type ("The Quintar Report was published.", "quintar_report", PX_ENTITY_LAW);
  assert_type ("He played with the band Quintar Report.", "quintar_report", PX_ENTITY_ORG);
  /* An airline's trade word is its legal form: the first word alone is
   * the company. */
  assert_mentions ("Zorbex Airlines grew, and Zorbex said so.",
                   "Zorbex Airlines=zorbex_airlines/capitalised Zorbex=zorbex_airlines/short-name");
  /* A noun of an event after a name makes it an event's. */
  assert_type ("He lost the Zorbledon final in July.", "zorbledon", PX_ENTITY_EVENT);
  /* So does a mission's or a programme's, after a numeral too. */
  assert_type ("The Zorbis II mission will fly.", "zorbis_ii", PX_ENTITY_EVENT);
  assert_type ("During the Zorbini program, they tested it.", "zorbini", PX_ENTITY_EVENT);
  assert_type ("Later Zorbis II married again.", "zorbis_ii", PX_ENTITY_PERSON);
  assert_mentions ("He won Roland Garros in South Tyrol.",
                   "Roland Garros=french_open/gazetteer South Tyrol=it_south_tyrol/gazetteer");
  /* "lines" in the plural are no places: a listed shipping line types
   * the list. */
  assert_type ("Shipping lines including Maersk and Zorbex-Lloyd raised fees.", "zorbex_lloyd",
               PX_ENTITY_ORG);
  assert_mentions ("They flew to Panama City and Port of Spain.",
                   "Panama City=panama_city/gazetteer Port of Spain=port_of_spain/gazetteer");
  /* After a maker's cue a name is a product, and so is a brand its owner
   * sells; a compound's first part is no kind noun ("plant-based"). */
  assert_type ("Epic Games, the maker of Zorbnite, sued.", "zorbnite", PX_ENTITY_PRODUCT);
  assert_type ("The firm sells its Quintia yoghurts in Paris.", "quintia", PX_ENTITY_PRODUCT);
  assert_type ("She drank Zorbro plant-based drinks.", "zorbro", PX_ENTITY_PERSON);
  /* A word of an event and of a body after a listed place is the event. */
  assert_type ("He won gold at the 1972 Munich Games.", "munich_games", PX_ENTITY_EVENT);
  assert_mentions ("He will play at the Club World Cup.",
                   "Club World Cup=fifa_club_world_cup/gazetteer");
  /* "called" between a kind noun and the name; a school district is a
   * body; an apposition makes a body of words before a place at a
   * sentence's start; a hyphenated noun is read whole ("start-up"). */
  assert_type ("It was hit by a criminal group called Zorbin.", "zorbin", PX_ENTITY_ORG);
  assert_type ("The Quintar Local School District settled.", "quintar_local_school_district",
               PX_ENTITY_ORG);
  assert_type ("Equality Ohio, an LGBTQ rights group, said so.", "equality_ohio", PX_ENTITY_ORG);
  assert_type ("Dairy Ohio, which represents farmers, said so.", "dairy_ohio", PX_ENTITY_ORG);
  assert_type ("Zorbex AI, the Paris-based start-up founded a year ago, said so.", "zorbex_ai",
               PX_ENTITY_ORG);
  /* A storm in apposition is an event; a single word in brackets after
   * an event is its short name; a title named after a place gives no
   * family name ("at Canterbury" is the city). */
  assert_type ("Power failed after Zorfred, a former tropical cyclone, crossed the coast.",
               "zorfred", PX_ENTITY_EVENT);
  assert_mentions ("The Quintar Anglican Future Conference (Quinfcon) met. Quinfcon said so.",
                   "Quintar Anglican Future Conference=quintar_anglican_future_conference/"
                   "capitalised Quinfcon=quintar_anglican_future_conference/capitalised "
                   "Quinfcon=quintar_anglican_future_conference/capitalised");
  assert_mentions ("The Archbishop of Canterbury spoke at a press conference at Canterbury.",
                   "Archbishop of Canterbury=archbishop_of_canterbury/peerage "
                   "Canterbury=canterbury/capitalised");
  /* With a person's name apposed to it, the title names that person,
   * there and later. */
  assert_mentions ("The Archbishop of Zorbury, Quinto Varga, spoke. The Archbishop of Zorbury "
                   "left.",
                   "Archbishop of Zorbury=quinto_varga/peerage Quinto Varga=quinto_varga/capitalised "
                   "Archbishop of Zorbury=quinto_varga/peerage");
  /* Right before a given name, the title is that person's, and only the
   * place is named. */
  assert_mentions ("Archbishop of Zorbury John Varga spoke with Bishop of London Jane Qwerty.",
                   "Zorbury=zorbury/peerage John Varga=john_varga/capitalised "
                   "London=london/gazetteer Jane Qwerty=jane_qwerty/capitalised");
  /* So does a traditional ruler's. */
  assert_mentions ("The Oba of Zorbury, Quinto Varga, spoke.",
                   "Oba of Zorbury=quinto_varga/peerage Quinto Varga=quinto_varga/capitalised");
  /* "the X" ending a list of three places that a place's cue opens is
   * a place. */
  assert_type ("Prices rose in Burgundy, the Loire Valley and the Zorba.", "zorba",
               PX_ENTITY_PLACE);
  /* A name before a match's score is a team's; before sets, a player's. */
  assert_type ("They beat Zorbia Quintar 5-0 on Sunday.", "zorbia_quintar", PX_ENTITY_ORG);
  /* ... a given name opening it, when a body's or a place's word is in
   * it. */
  assert_type ("They beat Crystal Zorbace Palace 3-1 away.", "crystal_zorbace_palace",
               PX_ENTITY_ORG);
  assert_type ("She beat Jane Zorbova 2-1 in the final.", "jane_zorbova", PX_ENTITY_PERSON);
  /* Common words after "the" ending in a plural and ending the phrase
   * are a group's name; not before a noun. */
  assert_mentions ("He leads the Radical Freedom Fighters, which won.",
                   "Radical Freedom Fighters=radical_freedom_fighters/capitalised");
  assert_type ("He leads the Radical Freedom Fighters, which won.", "radical_freedom_fighters",
               PX_ENTITY_ORG);
  assert_mentions ("He saw the Silver Clouds installation.", "");
  /* So is one after a score and a joiner, a plural's looks aside. */
  assert_type ("They drew 2-2 with Zorbeiras at home.", "zorbeiras", PX_ENTITY_ORG);
  assert_type ("It was a 3-1 win over Quintaria on Sunday.", "quintaria", PX_ENTITY_ORG);
  /* A noun after a verb or a determiner after the name is not its kind
   * noun. */
  assert_type ("Later Zorbex's Ange Quintaglou said his team lost.", "ange_quintaglou",
               PX_ENTITY_PERSON);
  /* A name after "the" that ends its phrase is no person's, a demonym
   * between or not. */
  assert_type ("They lead the Zorbedivisie.", "zorbedivisie", PX_ENTITY_ORG);
  assert_type ("They lead the Dutch Zorbedivisie.", "zorbedivisie", PX_ENTITY_ORG);
  /* (Leverkusen, a town the gazetteer lists, is the town here: a town's
   * name for its club is not told apart.) */
  assert_mentions ("Leverkusen beat Eintracht Bremen 5-0 on Sunday.",
                   "Leverkusen=de_leverkusen/gazetteer "
                   "Eintracht Bremen=eintracht_bremen/capitalised "
                   "inside: Bremen=de_bremen/gazetteer");
  assert_type ("He beat Zorbo Quintov 3-6, 6-4, 6-3.", "zorbo_quintov", PX_ENTITY_PERSON);
  assert_type ("Later Zorbia Quintar routed Quinto Lamont 6-0 6-0 to win.", "zorbia_quintar",
               PX_ENTITY_PERSON);
  /* "St." opens a place's name after a place's cue. */
  assert_type ("Officials met in St. Zorben on Monday.", "st_zorben", PX_ENTITY_PLACE);
  /* Stations and fields are places, an elided particle after "de" part
   * of the name; ranks of two words are titles; a listed weapon's name
   * after a capitalised word is a family name; a joint venture is a
   * body. */
  assert_mentions ("The train left the Gare de l'Est on Monday.",
                   "Gare de l'Est=gare_de_l_est/capitalised");
  assert_type ("He was stationed at Zorbert Field in Florida.", "zorbert_field",
               PX_ENTITY_PLACE);
  assert_mentions ("Senior Airman Quinto Varga was shot. Varga died.",
                   "Quinto Varga=quinto_varga/title Varga=quinto_varga/surname");
  assert_mentions ("Zorbia Iskander said so.", "Zorbia Iskander=zorbia_iskander/capitalised");
  assert_type ("Zorbwana, a joint venture with Quintex, grew.", "zorbwana", PX_ENTITY_ORG);
  /* After a town and a comma, "Washington" is the state. */
  assert_mentions ("He lives in Everett, Washington, with his wife.",
                   "Everett=everett/capitalised Washington=us_washington/after-comma");
  /* After "the", a demonym or a word in lower case perhaps between,
   * "Amazon" is the rainforest; not before a noun, nor alone. */
  assert_mentions ("Fires spread in the Brazilian Amazon and the Amazon.",
                   "Brazilian=brazil/gazetteer Amazon=amazon_rainforest/after-article "
                   "Amazon=amazon_rainforest/after-article");
  assert_mentions ("The Amazon deal closed, Amazon said.",
                   "Amazon=amazon_com/gazetteer Amazon=amazon_com/gazetteer");
  assert_mentions ("Emirates flew him to the Emirates.",
                   "Emirates=emirates_airline/gazetteer Emirates=united_arab_emirates/after-article");
  assert_type ("Jets were shown at the Zorbton Airshow.", "zorbton_airshow", PX_ENTITY_EVENT);
  assert_type ("Netflix and HBO announced documentaries.", "hbo", PX_ENTITY_OUTLET);
  /* A central bank and a company the gazetteer lists by one word. */
  assert_mentions ("Bundesbank President Zorbek Quintar thanked Safran.",
                   "Bundesbank=deutsche_bundesbank/gazetteer "
                   "Zorbek Quintar=zorbek_quintar/title Safran=safran/gazetteer");
  assert_mentions ("Met Éireann issued a red warning.", "Met Éireann=met_eireann/gazetteer");
  assert_mentions ("Te Whatu Ora said so.", "Te Whatu Ora=health_new_zealand/gazetteer");
  assert_type ("He kept his title at the ZTP Finals.", "ztp_finals", PX_ENTITY_EVENT);
  assert_type ("She will play at the Zorbia Chess Olympiad.", "zorbia_chess_olympiad",
               PX_ENTITY_EVENT);
  /* A compass word after a place ends the name, or makes no region. */
  assert_mentions ("He was tried at the Seoul Central District Court.",
                   "Seoul Central District Court=seoul_central_district_court/capitalised "
                   "inside: Seoul=seoul/gazetteer");
  assert_type ("Whales swam in Zorbet Sound.", "zorbet_sound", PX_ENTITY_PLACE);
  assert_type ("Zorbco, a subsidiary of Quintelon, paid them.", "quintelon", PX_ENTITY_ORG);
  /* Where someone was born or something is, a name of several words is
   * a place's ("in" alone is not enough). */
  assert_type ("He was born in Labuan Zorbaj.", "labuan_zorbaj", PX_ENTITY_PLACE);
  assert_type ("He had confidence in Labuan Zorbaj.", "labuan_zorbaj", PX_ENTITY_PERSON);
  /* A place after "in" completes a body's name that the acronym after it
   * abbreviates whole. */
  assert_mentions ("The Board of Zorbian Cricket in India (BZCI) refused.",
                   "Board of Zorbian Cricket in India=board_of_zorbian_cricket_in_india/capitalised "
                   "BZCI=board_of_zorbian_cricket_in_india/acronym inside: India=india/gazetteer");
  assert_mentions ("The Board of Zorbian Cricket in India (BZC) refused.",
                   "Board of Zorbian Cricket=board_of_zorbian_cricket/capitalised "
                   "India=india/gazetteer BZC=board_of_zorbian_cricket/acronym");
  assert_type ("The Zorbex Consortium won the bid.", "zorbex_consortium", PX_ENTITY_ORG);
  assert_type ("He died at Zorbton Hospice.", "zorbton_hospice", PX_ENTITY_ORG);
  assert_type ("Zorbex is developing a robot called Quintimus.", "quintimus", PX_ENTITY_PRODUCT);
  assert_mentions ("Cases rose in a Quintonite community.", "");
  assert_mentions ("It was led by Zorbel laureate Quinto Varga.",
                   "Quinto Varga=quinto_varga/capitalised");
  /* A listed name of common words that goes on into another body's is
   * a word of it, not qualified by the place before. */
  assert_mentions ("She joined the Texas Department of State Zorbian Services.",
                   "Texas Department of State Zorbian Services="
                   "texas_department_of_state_zorbian_services/capitalised "
                   "inside: Texas=us_texas/gazetteer");
  /* A body's first word that is an adjective by its ending is no short
   * name of it. */
  assert_mentions ("The Zorbanian Quintex Group won. It hired Zorbanian officials.",
                   "Zorbanian Quintex Group=zorbanian_quintex_group/capitalised");
  assert_mentions ("Police spokesman Assistant Commissioner Quinto Zorbathi spoke.",
                   "Quinto Zorbathi=quinto_zorbathi/title");
  /* A body's run ends before titles in a row that a name follows. */
  assert_mentions ("Zorbian Security Council Deputy Chairman Quinto Zorbathi spoke.",
                   "Zorbian Security Council=zorbian_security_council/capitalised "
                   "Quinto Zorbathi=quinto_zorbathi/title");
  /* The rest of an office between a title and a name, ending in one of
   * office_nouns, is no part of the name; an office alone names no one. */
  assert_mentions ("Chief Financial Officer Quinto Zorbathi spoke.",
                   "Quinto Zorbathi=quinto_zorbathi/title");
  assert_mentions ("Its Chief Executive Officer Zorbathi spoke.", "Zorbathi=zorbathi/capitalised");
  assert_mentions ("Its Chief Technology Officer spoke.", "");
  /* A field's word before a title is its portfolio, after a sentence's
   * first word too. */
  assert_mentions ("Former Treasury Secretary Quinto Zorbathi spoke.",
                   "Quinto Zorbathi=quinto_zorbathi/title");
  /* So is such an office no title opens, before a name. */
  assert_mentions ("City Librarian Quinto Zorbathi spoke. Zorbathi left.",
                   "Quinto Zorbathi=quinto_zorbathi/title Zorbathi=quinto_zorbathi/surname");
  assert_type ("Miners died at the Zorbek Mine.", "zorbek_mine", PX_ENTITY_PLACE);
  assert_type ("He was buried at Zorbton Cemetery.", "zorbton_cemetery", PX_ENTITY_PLACE);
  assert_type ("The Jardín Botánico Zorbal burned.", "jardin_botanico_zorbal", PX_ENTITY_PLACE);
  assert_type ("The Zorbex Brewery closed.", "zorbex_brewery", PX_ENTITY_ORG);
  assert_type ("The bones are held by Museums Zorbia.", "museums_zorbia", PX_ENTITY_ORG);
  assert_type ("Chief Allan Quint of the Zorbipewyan First Nation spoke.",
               "zorbipewyan_first_nation", PX_ENTITY_ORG);
  /* An acronym and a common word in the plural name one company. */
  assert_type ("He went to ZQX Theatres.", "zqx_theatres", PX_ENTITY_ORG);
  assert_mentions ("They sailed on Lake Washington.",
                   "Lake Washington=lake_washington/capitalised");
  assert_type ("Protesters met on Parliament Square.", "parliament_square", PX_ENTITY_PLACE);
  assert_type ("The oath was moved indoors to the Zorbitol Rotunda because of cold.",
               "zorbitol_rotunda",
               PX_ENTITY_PLACE);
  assert_type ("The floods swept through the Texas Hill Country.", "texas_hill_country",
               PX_ENTITY_PLACE);
  assert_type ("He toured the Zorbaflores Locks of the canal.", "zorbaflores_locks",
               PX_ENTITY_PLACE);
  assert_type ("A tree fell on his car in County Zorbegal, police said.", "county_zorbegal",
               PX_ENTITY_PLACE);
  assert_mentions ("County Executive Zorb Quintara spoke.", "Zorb Quintara=zorb_quintara/title");
  assert_mentions ("They live in Zorbville. Zorbville City Manager Zorb Quintara spoke.",
                   "Zorbville=zorbville/capitalised Zorbville=zorbville/capitalised "
                   "Zorb Quintara=zorb_quintara/title");
  assert_mentions ("He quoted Kristian Zorbes Quintarsen.",
                   "Kristian Zorbes Quintarsen=kristian_zorbes_quintarsen/capitalised");
  assert_mentions ("Climate Crisis Minister Zorb Quintakis spoke.",
                   "Zorb Quintakis=zorb_quintakis/title");
  assert_mentions ("He was tried for the death of Jordan Quintely.",
                   "Jordan Quintely=jordan_quintely/capitalised");
  /* A kind noun after the name's acronym in brackets types it. */
  assert_type ("The ruling Zorba Quinta (ZQ) party won.", "zorba_quinta", PX_ENTITY_ORG);
  /* An acronym in brackets that spells a name over "and" joins it, a
   * body's word after "and" only. */
  assert_mentions ("Later the Zorbic and Quintar Safety Agency (ZQSA) warned.",
                   "Zorbic and Quintar Safety Agency=zorbic_and_quintar_safety_agency/"
                   "capitalised ZQSA=zorbic_and_quintar_safety_agency/acronym");
  /* A compass word before a demonym opens the place's name. */
  assert_mentions ("Trucks used the North Kenyan Highway.",
                   "North Kenyan Highway=north_kenyan_highway/capitalised");
  /* A fire is an event; an ocean names no team (the listed district
   * Pacific Palisades aside); a prayer is an event; "Fire Chief" is a
   * title. */
  assert_mentions ("Fires burned homes in the Pacific Palisades. The Palisades Fire spread.",
                   "Pacific Palisades=pacific_palisades/gazetteer "
                   "Palisades Fire=palisades_fire/capitalised");
  assert_mentions ("Boats crossed the Pacific Zorbades.", "Pacific=pacific/gazetteer");
  assert_type ("The Zorbades Fire spread across 5,000 acres.", "zorbades_fire", PX_ENTITY_EVENT);
  assert_type ("He spoke after the Zorbelus prayer.", "zorbelus", PX_ENTITY_EVENT);
  assert_mentions ("Los Angeles Fire Chief Quinto Varga spoke.",
                   "Los Angeles=los_angeles/gazetteer Quinto Varga=quinto_varga/title");
  /* A ship's prefix makes a product; a country's web domain a site's
   * name. */
  assert_type ("The MV Zorbia capsized.", "mv_zorbia", PX_ENTITY_PRODUCT);
  assert_type ("A ship rammed the BRP Zorbia Quinta near Quinta Shoal.", "brp_zorbia_quinta",
               PX_ENTITY_PRODUCT);
  assert_type ("Ships patrolled Zorbina Shoal daily.", "zorbina_shoal", PX_ENTITY_PLACE);
  assert_type ("They met at Piazzale Zorbo, the bus terminal.", "piazzale_zorbo",
               PX_ENTITY_PLACE);
  assert_type ("He wrote for HMS Quintar yesterday.", "hms_quintar", PX_ENTITY_PRODUCT);
  assert_type ("The KM Zorbia Quintar was carrying 140 people.", "km_zorbia_quintar",
               PX_ENTITY_PRODUCT);
  /* Unclaimed words before a minister's title are its portfolio. */
  assert_mentions ("Cyber Zorbity Minister Clare Quintar told Parliament.",
                   "Clare Quintar=clare_quintar/title");
  /* even a field's word that would end a body's name ("Sutter Health") */
  assert_mentions ("The Kenyan Health Minister Clare Zorbar spoke.",
                   "Kenyan=kenya/gazetteer Clare Zorbar=clare_zorbar/title");
  /* "wa" and "y" join a person's name. */
  assert_mentions ("He met Ngugi wa Zorbiongo and Jose Quintar y Gasset.",
                   "Ngugi wa Zorbiongo=ngugi_wa_zorbiongo/capitalised "
                   "Jose Quintar y Gasset=jose_quintar_y_gasset/capitalised");
  /* A listed company's one-word name between a given name and another
   * name is inside a person's name. */
  assert_mentions ("Its chief Kelly Bayer Zorbmarin said so.",
                   "Kelly Bayer Zorbmarin=kelly_bayer_zorbmarin/capitalised");
  /* ... and one that ends it after a given name no dictionary has. */
  assert_mentions ("His editor, Angus Cargill, said so.", "Angus Cargill=angus_cargill/capitalised");
  /* An unlisted name after a country's possessive is the body the
   * gazetteer lists with the country's name. */
  assert_mentions ("Japan's Meteorological Agency warned of waves.",
                   "Japan=japan/gazetteer "
                   "Meteorological Agency=japan_meteorological_agency/country-office");
  /* A listed town before a comma and a state of another country is a
   * namesake there. */
  assert_mentions ("Shares of the Santa Clara, California-based firm rose in Paris, Texas, "
                   "not in Paris, France.",
                   "Santa Clara=santa_clara_california/namesake California=us_california/gazetteer "
                   "Paris=paris_texas/namesake Texas=us_texas/gazetteer Paris=paris/gazetteer "
                   "France=france/gazetteer");
  /* In a dateline, in capitals, it is named as the town is. */
  assert_canonical ("CAMBRIDGE, Massachusetts (Reuters) - Harvard said no.",
                    "cambridge_massachusetts_unlisted", "Cambridge");
  /* A listed party after another country's name, demonym or possessive,
   * or in a document that names its country nowhere, is another party:
   * the other country's of the same name, or one of its own. */
  assert_mentions ("Zambia voted. The Zambia Democratic Party lost; Zambia's Democratic Party "
                   "and the Maltese Labour Party agreed.",
                   "Zambia=zambia/gazetteer Zambia Democratic Party=zambia_democratic_party/foreign-party "
                   "Zambia=zambia/gazetteer Democratic Party=democratic_party/foreign-party "
                   "Maltese Labour Party=maltese_labour_party/qualified "
                   "inside: Zambia=zambia/gazetteer Maltese=malta/gazetteer");
  assert_mentions ("Malawi voted. Mutharika of the Democratic Progressive Party (DPP) won. "
                   "The DPP said so.",
                   "Malawi=malawi/gazetteer "
                   "Democratic Progressive Party=democratic_progressive_party/foreign-party "
                   "DPP=democratic_progressive_party/acronym DPP=democratic_progressive_party/acronym");
  /* So is one that a joiner and another country's name follow. */
  assert_mentions ("Zambia voted. The Democratic Party of Zambia lost.",
                   "Zambia=zambia/gazetteer "
                   "Democratic Party of Zambia=democratic_party_of_zambia/foreign-party "
                   "inside: Zambia=zambia/gazetteer");
  assert_mentions ("New Zealand voted. Labour lost in Auckland.",
                   "New Zealand=new_zealand/gazetteer Labour=new_zealand_labour_party/country-office "
                   "Auckland=nz_auckland/gazetteer");
  /* A listed town opens a list of places, with no cue before it. */
  assert_type ("It issued an alert for Kozhikode, Zorbola and Quintana.", "zorbola",
               PX_ENTITY_PLACE);
  assert_type ("It issued an alert for Kozhikode, Zorbola and Quintana.", "quintana",
               PX_ENTITY_PLACE);
  /* A demonym inside a place's name names no people; inside a body's it
   * does. */
  assert_mentions ("Crowds lined the Indian River near the Indian Army base.",
                   "Indian River=indian_river/capitalised Indian Army=army_of_india/country-office "
                   "inside: Indian=india/gazetteer");
  assert_type ("Space Shuttle Zorbis landed.", "space_shuttle_zorbis", PX_ENTITY_PRODUCT);
  /* A disease's cue before a word makes it no place, though "of" ends
   * it. */
  assert_mentions ("They declared an outbreak of Zorbola in Quintana on Thursday.",
                   "Quintana=quintana/capitalised");
  /* ... and the word a disease's name in the whole document. */
  assert_mentions ("They declared an outbreak of Zorbola. Quinto Varga, who found Zorbola, "
                   "spoke.",
                   "Quinto Varga=quinto_varga/capitalised");
  /* A product's noun in the plural before a list types its names. */
  assert_type ("The deal includes brands such as Zorbon, Quint Tips and Pukkaz.", "zorbon",
               PX_ENTITY_PRODUCT);
  assert_type ("The deal includes brands such as Zorbon, Quint Tips and Pukkaz.", "quint_tips",
               PX_ENTITY_PRODUCT);
  assert_type ("They fled beach resorts including Zorbari, Lardoz and Lindoz.", "zorbari",
               PX_ENTITY_PLACE);
  /* An operation is an event; a Spanish river's name a place. */
  assert_type ("The case grew out of Operation Zorb Wash, a probe.", "operation_zorb_wash",
               PX_ENTITY_EVENT);
  assert_type ("The telescope at Río Zorbado spotted it.", "rio_zorbado", PX_ENTITY_PLACE);
  assert_mentions ("He told the news site Zorbalite.cd so.",
                   "Zorbalite.cd=zorbalite_cd/capitalised");
  /* A name a given name opens is no place of a list; a body's "arm" is
   * a body. */
  assert_type ("She finished ahead of Zrinka Qwerty of Croatia and Paula Quintov, also of the US.",
               "paula_quintov", PX_ENTITY_PERSON);
  assert_type ("Zorbedefensie, the Dutch arm of Friends of the Earth, sued.", "zorbedefensie",
               PX_ENTITY_ORG);
  /* An event's noun in the plural before a list; "sold as" a product;
   * "Health" a body's word. */
  assert_mentions ("States hit by storms Zorbena and Quintoh got aid.",
                   "Zorbena=zorbena/capitalised Quintoh=quintoh/capitalised");
  assert_type ("States hit by storms Zorbena and Quintoh got aid.", "quintoh", PX_ENTITY_EVENT);
  assert_type ("It will be sold as Zorbuvae by Quintex.", "zorbuvae", PX_ENTITY_PRODUCT);
  assert_type ("Dr. Jane Roe of Zorbwell Health led the trial.", "zorbwell_health",
               PX_ENTITY_ORG);
  /* A listed demonym after a body's connector is inside its name, and
   * so is a word of not_names after it. */
  assert_mentions ("The Confederation of British Zorbians said firms were worried.",
                   "Confederation of British Zorbians=confederation_of_british_zorbians/"
                   "capitalised inside: British=uk/gazetteer");
  assert_type ("It was brought by the National Council of Canadian Muslims.",
               "national_council_of_canadian_muslims", PX_ENTITY_ORG);
  /* A single name after a body's name and a comma is the body's seat,
   * unless a list goes on. */
  assert_type ("She studied at Zorbek College, Zorbton, before the war.", "zorbton",
               PX_ENTITY_PLACE);
  assert_type ("He joined the Zorbek Institute, Zorbton.", "zorbton", PX_ENTITY_PLACE);
  assert_type ("According to the Zorbek Institute, Varga was right.", "varga",
               PX_ENTITY_PERSON);
  /* A mansion, and a residence in apposition, are places. */
  assert_type ("He spoke at Zorbie Mansion, the mayor's official residence.", "zorbie_mansion",
               PX_ENTITY_PLACE);
  /* A merger's names are companies; a metal ends a company's name. */
  assert_mentions ("Zorbadium, formed by the merger of Allzem and Quintent, grew.",
                   "Allzem=allzem/capitalised Quintent=quintent/capitalised");
  assert_type ("Zorbadium, formed by the merger of Allzem and Quintent, grew.", "quintent",
               PX_ENTITY_ORG);
  assert_type ("Rio Tinto will buy Zorbadium Lithium for cash.", "zorbadium_lithium",
               PX_ENTITY_ORG);
  /* A venue's name is a place's though its last word is a body's. */
  assert_type ("Fans filled the Zorbia Convention Centre on Friday.", "zorbia_convention_centre",
               PX_ENTITY_PLACE);
  assert_type ("The Zorbia Research Centre said so.", "zorbia_research_centre", PX_ENTITY_ORG);
  /* A common word before a given and a family name ends another name;
   * not when the last word is common too. */
  assert_mentions ("The director of the Council on Zorbian - Islamic Relations Alia Qwerty "
                   "said the group would sue.",
                   "Council on Zorbian=council_on_zorbian/capitalised "
                   "Alia Qwerty=alia_qwerty/capitalised");
  assert_type ("Fans at the Royal Albert Hall said it was loud.", "royal_albert_hall",
               PX_ENTITY_PLACE);
  /* A bare party name the gazetteer gives one country is the party of
   * the country the document names most, when that one is listed. */
  assert_mentions ("Canada voted. In Canada and the US, the Conservative Party won.",
                   "Canada=canada/gazetteer Canada=canada/gazetteer US=usa/gazetteer "
                   "Conservative Party=conservative_party_of_canada/country-office");
  assert_mentions ("Britain voted, and the Conservative Party won.",
                   "Britain=uk/gazetteer Conservative Party=conservative_party_uk/gazetteer");
  assert_mentions ("Australia voted. The Greens' leader lost.",
                   "Australia=australia/gazetteer Greens=australian_greens/country-office");
  assert_mentions ("Spain voted. Spain's opposition People's Party won.",
                   "Spain=spain/gazetteer Spain=spain/gazetteer "
                   "People's Party=partido_popular/country-office");
  /* A party name the gazetteer lists for no country alone is the party
   * of the country the document names most, or of the possessive's. */
  assert_mentions ("Australia voted, and the Liberal Party won.",
                   "Australia=australia/gazetteer "
                   "Liberal Party=liberal_party_of_australia/country-office");
  assert_mentions ("Australia voted. In Australia, Canada's Liberal Party took notes.",
                   "Australia=australia/gazetteer Australia=australia/gazetteer "
                   "Canada=canada/gazetteer Liberal Party=liberal_party_of_canada/country-office");
  /* The members' plural names a party only through a name the gazetteer
   * gives it with its country's ("Canadian Liberals"). */
  assert_mentions ("Canada voted, and the Liberals beat the Conservatives.",
                   "Canada=canada/gazetteer Liberals=liberal_party_of_canada/country-office "
                   "Conservatives=conservative_party_of_canada/country-office");
  assert_mentions ("Britain voted, and the Conservatives won.",
                   "Britain=uk/gazetteer Conservatives=conservative_party_uk/country-office");
  assert_mentions ("America voted, and Conservatives won.", "America=usa/gazetteer");
  /* With no country named, the country of the listed places. */
  assert_mentions ("Leeds voted, and the Liberal Party won.",
                   "Leeds=gb_leeds/gazetteer Liberal Party=liberal_party/capitalised");
  assert_mentions ("Brisbane voted for the Liberal Party on Saturday.",
                   "Brisbane=au_brisbane/gazetteer "
                   "Liberal Party=liberal_party_of_australia/country-office");
  /* The towns count with the countries: three British towns outweigh a
   * country named once. */
  assert_mentions ("Servers in Russia failed. Leeds, Bristol and York backed the Conservatives.",
                   "Russia=russia/gazetteer Leeds=gb_leeds/gazetteer "
                   "Bristol=gb_bristol/gazetteer York=gb_york/gazetteer "
                   "Conservatives=conservative_party_uk/country-office");
  assert_mentions ("New Zealand voted, and the Labour Party won.",
                   "New Zealand=new_zealand/gazetteer "
                   "Labour Party=new_zealand_labour_party/country-office");
  assert_mentions ("Australia voted. In Australia, the Canadian Liberal Party took notes.",
                   "Australia=australia/gazetteer Australia=australia/gazetteer "
                   "Canadian=canada/gazetteer Liberal Party=liberal_party_of_canada/country-office");
  assert_mentions ("Canada voted. In Canada, Britain's Conservative Party took notes.",
                   "Canada=canada/gazetteer Canada=canada/gazetteer Britain=uk/gazetteer "
                   "Conservative Party=conservative_party_uk/gazetteer");
  /* An apposition may open with a name's possessive. */
  assert_type ("Zorblink, Musk's satellite internet company, froze accounts.", "zorblink",
               PX_ENTITY_ORG);
  assert_type ("Zorbelft, Vermeer's home town, held a show.", "zorbelft", PX_ENTITY_PLACE);
  /* A person's role in apposition leaves a person's name a person's. */
  assert_type ("Malik Qwerty, the developer at the centre of the case, lives in Dubai.",
               "malik_qwerty", PX_ENTITY_PERSON);
  assert_type ("Zorbex, the developer at the centre of the case, is in Dubai.", "zorbex",
               PX_ENTITY_ORG);
  /* "des" is a particle of a name; an emperor a title. */
  assert_mentions ("Emperor Quinto Zorbito spoke.", "Quinto Zorbito=quinto_zorbito/title");
  assert_mentions ("Its director, Laurence des Qwerty, spoke.",
                   "Laurence des Qwerty=laurence_des_qwerty/capitalised");
  /* Italy's railway group and Iceland's broadcaster are listed; a
   * Romance railway's word is a body's. */
  assert_mentions ("Hellenic Train is owned by Ferrovie dello Stato, RÚV said.",
                   "Hellenic Train=hellenic_train/capitalised "
                   "Ferrovie dello Stato=ferrovie_dello_stato/gazetteer RÚV=ruv/gazetteer");
  assert_type ("It was run by Ferrocarriles del Zorbia.", "ferrocarriles_del_zorbia",
               PX_ENTITY_ORG);
  /* The US networks' bare names are their news outlets'. */
  assert_mentions ("The show was broadcast by CBS, and NBC said so.",
                   "CBS=cbs_news/gazetteer NBC=nbc_news/gazetteer");
  /* A listed city lists places with no cue before it. */
  assert_type ("The road between Bologna and Zorbola closed.", "zorbola", PX_ENTITY_PLACE);
  /* A place that is the family name of a person a title named is that
   * person's later on, unless a place's cue opens it. */
  assert_mentions ("Prime Minister Luís Montenegro spoke. Montenegro flew to Montenegro.",
                   "Luís Montenegro=luis_montenegro/title Montenegro=luis_montenegro/surname "
                   "Montenegro=montenegro/gazetteer");
}
END_TEST

START_TEST (test_metonyms)
{
  assert_mentions ("SEOUL, South Korea - Tokyo opened a mission in Tokyo.",
                   "SEOUL=seoul/gazetteer South Korea=south_korea/gazetteer "
                   "Tokyo=tokyo/gazetteer/m Tokyo=tokyo/gazetteer");
  /* Before a capitalised word it qualifies another name: the city's. */
  assert_mentions ("The Tokyo Olympics began as Tokyo Governor Yuriko Koike spoke.",
                   "Tokyo=tokyo/gazetteer Olympics=olympic_games/gazetteer "
                   "Tokyo=tokyo/gazetteer Yuriko Koike=yuriko_koike/title");
  /* A list after a place's cue is literal throughout; two names and a
   * comma with no joiner are no list ("In Beijing," opens the clause). */
  const char *listed = "They flew to Paris and Berlin. In Beijing, Washington said no.";
  g_autoptr(PxEntities) places = extract_string (listed);
  ck_assert_uint_eq (px_entities_n_mentions (places), 4);
  ck_assert (!px_entities_get_mention (places, 1)->metonymic);
  ck_assert (px_entities_get_mention (places, 3)->metonymic);
  /* Hyphened to "pro-", a listed name is an adjective, as a demonym is,
   * and stands for no government. */
  const char *pro = "The pro-Beijing camp won, and Beijing said nothing.";
  g_autoptr(PxEntities) entities = extract_string (pro);
  ck_assert_uint_eq (px_entities_n_mentions (entities), 2);
  ck_assert (px_entities_get_mention (entities, 0)->demonym);
  ck_assert (!px_entities_get_mention (entities, 0)->metonymic);
  ck_assert (!px_entities_get_mention (entities, 1)->demonym);
  /* India's "Congress" is its party, its legislature being Parliament. */
  assert_mentions ("India voted. Congress lost.",
                   "India=india/gazetteer Congress=indian_national_congress/country-office");
  /* A party named after its country is the party. */
  assert_mentions ("Labour lost to New Zealand First.",
                   "Labour=new_zealand_labour_party/country-office New Zealand First=nz_first/gazetteer "
                   "inside: New Zealand=new_zealand/gazetteer");
  /* A competition authority by its own name, in lower case after the
   * first word. */
  assert_mentions ("The Autorité de la concurrence fined it.",
                   "Autorité de la concurrence=autorite_de_la_concurrence/gazetteer");
  /* "Bayern" is the club, "Bavaria" the region. */
  assert_mentions ("Bayern won in Bavaria.",
                   "Bayern=bayern_munich/gazetteer Bavaria=de_bavaria/gazetteer");
  /* A legislature's seat stands for it. */
  assert_mentions ("The bill passed by Holyrood last month fell short.",
                   "Holyrood=holyrood/gazetteer/m");
  /* A statistics office and a UK department. */
  assert_mentions ("The ONS and the Department for Education agreed.",
                   "ONS=ons/gazetteer Department for Education=department_for_education/gazetteer");
  /* An armed group and a UN mission by their acronyms. */
  assert_mentions ("M23 rebels took the city as MONUSCO withdrew.",
                   "M23=march_23_movement/gazetteer MONUSCO=monusco/gazetteer");
  /* A football league is a body, a cup an event. */
  assert_mentions ("They topped La Liga and lost the Copa del Rey final.",
                   "La Liga=la_liga/gazetteer Copa del Rey=copa_del_rey/gazetteer");
  /* A US court of appeals by its circuit. */
  assert_mentions ("It will appeal to the Third Circuit.",
                   "Third Circuit=us_court_of_appeals_third_circuit/gazetteer");
  /* A stock index is a product, a rating agency a company; the
   * retailer keeps its "Fitch". */
  assert_mentions ("The Dow Jones Industrial Average fell after Standard & Poor's warned. "
                   "Abercrombie & Fitch fell too.",
                   "Dow Jones Industrial Average=dow_jones_industrial_average/gazetteer "
                   "Standard & Poor's=sp_global/gazetteer "
                   "Abercrombie & Fitch=abercrombie_and_fitch/gazetteer");
  /* A university town under the cities' size is listed: its possessive
   * is no part of a body's name; of two such towns, the story's country
   * chooses. */
  assert_mentions ("Researchers at Cambridge's Institute of Astronomy met in Oxford.",
                   "Cambridge=cambridge/gazetteer "
                   "Institute of Astronomy=institute_of_astronomy/capitalised "
                   "Oxford=oxford/gazetteer");
  assert_mentions ("Researchers in Cambridge met in Palo Alto.",
                   "Cambridge=cambridge_massachusetts/gazetteer Palo Alto=palo_alto/gazetteer");
  /* A name that ends in a single capital letter is no person's: a
   * generation's, a plan's; one the gazetteer lists is. */
  assert_mentions ("Thousands joined the Gen Z protests in Kathmandu.",
                   "Kathmandu=kathmandu/gazetteer");
  assert_mentions ("Jane Roe took Plan B and met Malcolm X in 1964.",
                   "Jane Roe=jane_roe/capitalised Malcolm X=malcolm_x/gazetteer");
  assert_mentions ("They are Gen Z. They vote.", "");
  /* A device by its model's name is a product, not a person. */
  assert_mentions ("Apple launched new AirPods Pro.",
                   "Apple=apple_inc/gazetteer AirPods Pro=airpods/gazetteer");
  /* A studio, and a streaming service, whose short word is no given
   * name's. */
  assert_mentions ("Netflix bought Warner Bros. and HBO Max.",
                   "Netflix=netflix/gazetteer Warner Bros.=warner_bros/gazetteer "
                   "HBO Max=hbo_max/gazetteer");
  /* So is an airport operator; the president's office is a place. */
  assert_mentions ("Aena said so in the Oval Office.",
                   "Aena=aena/gazetteer Oval Office=oval_office/gazetteer");
  /* A grid operator is a company. */
  assert_mentions ("The chief executive of National Grid spoke.",
                   "National Grid=national_grid/gazetteer");
  /* A crude oil benchmark is a product, not a person. */
  assert_mentions ("Oil jumped, with Brent crude trading near $75.",
                   "Brent crude=brent_crude/gazetteer");
}
END_TEST

START_TEST (test_currency_signs)
{
  /* Written on to the dollar sign, the country's code is the currency's;
   * apart from it, it is the country. */
  assert_mentions ("He paid US$ 20,000 bail; in the US $5 billion went to Japan.",
                   "US=usa/gazetteer Japan=japan/gazetteer");
}
END_TEST

START_TEST (test_listed_names_win)
{
  assert_mentions ("Ambassador Korea Mission spoke.", "Korea Mission=korea_mission/title");
  /* A listed name inside a title's run keeps its identity. */
  assert_mentions ("Ambassador Japan Qwerty spoke.",
                   "Japan=japan/gazetteer Qwerty=qwerty/capitalised");
  /* The longer listed name wins: the rainforest, then the company. */
  assert_mentions ("Fires spread in the Amazon rainforest, Amazon said.",
                   "Amazon rainforest=amazon_rainforest/gazetteer Amazon=amazon_com/gazetteer");
  /* A regnal number ends a name as a suffix does: "Leo" is the pope. */
  assert_mentions ("Pope Leo XIV spoke. Later Leo said so.",
                   "Pope Leo XIV=pope_leo_xiv/gazetteer Leo=pope_leo_xiv/surname");
  /* Railways are listed; a Romance body word alone names nobody. */
  assert_mentions ("It faces Trenitalia and Renfe, and the Autorité de régulation spoke.",
                   "Trenitalia=trenitalia/gazetteer Renfe=renfe/gazetteer");
  /* A listed body that opens a title is its portfolio, no mention of the
   * body; before a title of its own it is the body. */
  assert_mentions ("Labour Minister Yolanda Qwerty spoke, and Labour MP Jess Qwerty left.",
                   "Yolanda Qwerty=yolanda_qwerty/title Labour=labour_party_uk/gazetteer "
                   "Jess Qwerty=jess_qwerty/title");
  /* "the Reserve Bank" is an office of the country in view. */
  assert_mentions ("Australia's Reserve Bank held its rate.",
                   "Australia=australia/gazetteer "
                   "Reserve Bank=reserve_bank_of_australia/country-office");
  /* Ireland's parties and parliament. */
  assert_mentions ("Heather Qwerty of Fine Gael sat in the Dáil.",
                   "Heather Qwerty=heather_qwerty/capitalised Fine Gael=fine_gael/gazetteer "
                   "Dáil=dail_eireann/gazetteer");
  /* Filipino particles inside a person's name. */
  assert_mentions ("Later Randy delos Zorbos spoke.",
                   "Randy delos Zorbos=randy_delos_zorbos/capitalised");
  /* Airports by their short names. */
  assert_mentions ("Flights from Heathrow and London Gatwick were cancelled.",
                   "Heathrow=heathrow/gazetteer London Gatwick=gatwick/gazetteer");
  /* A region is named by its compass word and its place's canonical
   * name, however the place is written. */
  assert_mentions ("Rents rose in South L.A. and in South Los Angeles.",
                   "South L.A.=south_los_angeles/region South Los Angeles=south_los_angeles/region "
                   "inside: L.A.=los_angeles/gazetteer Los Angeles=los_angeles/gazetteer");
  /* One the gazetteer lists, a town of its own, is that town. */
  assert_mentions ("Rents rose in East L.A. and in East Los Angeles.",
                   "East L.A.=us_east_los_angeles/region "
                   "East Los Angeles=us_east_los_angeles/gazetteer "
                   "inside: L.A.=los_angeles/gazetteer");
  /* Climate patterns are listed, no people. */
  assert_mentions ("Rains came with El Niño and then La Nina.",
                   "El Niño=el_nino/gazetteer La Nina=la_nina/gazetteer");
  /* "and" inside a listed name, and a short form with "&". */
  assert_mentions ("The Victoria and Albert Museum, or V&A, lent them.",
                   "Victoria and Albert Museum=victoria_and_albert_museum/gazetteer "
                   "V&A=victoria_and_albert_museum/gazetteer");
}
END_TEST

START_TEST (test_events_in_names)
{
  /* A listed event's one event word after an unlisted capitalised word
   * ends another event's name; after a listed place it is the event. */
  assert_mentions ("Teams met at the Global Robot Olympics before the Sapporo Olympics.",
                   "Global Robot Olympics=global_robot_olympics/capitalised "
                   "Sapporo=jp_sapporo/gazetteer Olympics=olympic_games/gazetteer");
  /* A body's name may open with a listed event, as with a place. */
  assert_mentions ("They met at the Holocaust Museum and the Cold War Memorial Hall.",
                   "Holocaust Museum=holocaust_museum/capitalised "
                   "Cold War Memorial Hall=cold_war_memorial_hall/capitalised "
                   "inside: Holocaust=holocaust/gazetteer Cold War=cold_war/gazetteer");
  /* A listed party's name after an unlisted capitalised word ends
   * another party's name. */
  assert_mentions ("He left the Zorbexian Labour Party for the Labour Party.",
                   "Zorbexian Labour Party=zorbexian_labour_party/capitalised "
                   "Labour Party=labour_party_uk/gazetteer");
  /* A body word after a listed organisation makes another body that
   * holds its name, a place before it too; a legal form is the body.
   * An organisation named by one common word is no body inside it. */
  assert_mentions ("The Nigeria Labour Congress met.",
                   "Nigeria Labour Congress=nigeria_labour_congress/capitalised "
                   "inside: Nigeria=nigeria/gazetteer");
  assert_mentions ("Microsoft Corporation and Rolling Stone Magazine met.",
                   "Microsoft Corporation=microsoft/gazetteer "
                   "Rolling Stone=rolling_stone/gazetteer");
  /* And with a listed person's: the stadium is a place, with the person
   * named inside its name. */
  assert_mentions ("They played at the Narendra Modi Stadium; Narendra Modi watched.",
                   "Narendra Modi Stadium=narendra_modi_stadium/capitalised "
                   "Narendra Modi=narendra_modi/gazetteer "
                   "inside: Narendra Modi=narendra_modi/gazetteer");
  assert_type ("They played at the Narendra Modi Stadium.", "narendra_modi_stadium",
               PX_ENTITY_PLACE);
}
END_TEST

START_TEST (test_editions)
{
  /* A year beside a series of events names that year's edition, in
   * which the series (and an organiser between) stays named. */
  assert_mentions ("Many died during the 1991 Hajj. FIFA World Cup 2018 went on.",
                   "1991 Hajj=1991_hajj/edition "
                   "FIFA World Cup 2018=2018_fifa_world_cup/edition "
                   "inside: Hajj=hajj/gazetteer FIFA World Cup=fifa_world_cup/gazetteer");
  assert_mentions ("Day five of the 2018 FIFA football World Cup began.",
                   "2018 FIFA football World Cup=2018_fifa_world_cup/edition "
                   "inside: FIFA=fifa/gazetteer football World Cup=fifa_world_cup/gazetteer");
  /* Not a number that is no year, nor a dated event, which is one
   * occurrence. */
  assert_mentions ("At the Hajj 2,000 fell ill. The 2018 Singapore summit ended.",
                   "Hajj=hajj/gazetteer 2018 Singapore summit=singapore_summit_2018/gazetteer");
}
END_TEST

START_TEST (test_qualified_names)
{
  /* A listed name of common words is another's after a demonym of
   * another country than its own, or after a word or a code that
   * qualifies an event; the listed one is then no part of it. */
  assert_mentions ("He joined the Indian Premier League.",
                   "Indian Premier League=indian_premier_league/qualified "
                   "inside: Indian=india/gazetteer");
  /* A continent's people are no country's. */
  assert_mentions ("He joined the European Environment Agency.",
                   "European Environment Agency=european_environment_agency/qualified "
                   "inside: European=europe/gazetteer");
  assert_mentions ("They won the Hockey World Cup and the U17 World Cup.",
                   "Hockey World Cup=hockey_world_cup/qualified "
                   "U17 World Cup=u17_world_cup/qualified");
  /* Not after the listed one's own country, nor after a word that names
   * nothing, nor before a name that is no common words. */
  assert_mentions ("The British Premier League began. The World Cup began.",
                   "British=uk/gazetteer Premier League=premier_league/gazetteer "
                   "World Cup=fifa_world_cup/gazetteer");
  assert_mentions ("The Japanese Toyota plant shut.",
                   "Japanese=japan/gazetteer Toyota=toyota/gazetteer");
  /* A region of its own country makes another body of a national one,
   * by name or by demonym; a company stays the company. */
  assert_mentions ("The Ohio Environmental Protection Agency and the Scottish Labour Party "
                   "met.",
                   "Ohio Environmental Protection Agency=ohio_environmental_protection_agency/"
                   "qualified Scottish Labour Party=scottish_labour_party/qualified "
                   "inside: Ohio=us_ohio/gazetteer Scottish=scotland/gazetteer");
  assert_mentions ("The US Environmental Protection Agency visited a Michigan General Motors "
                   "plant.",
                   "US Environmental Protection Agency=epa/gazetteer "
                   "Michigan=us_michigan/gazetteer General Motors=general_motors/gazetteer "
                   "inside: US=usa/gazetteer");
}
END_TEST

START_TEST (test_places_in_listed_bodies)
{
  /* A listed body names the listed place it is named after; a demonym
   * names none. */
  assert_mentions ("Massachusetts Institute of Technology and Bank of England staff met.",
                   "Massachusetts Institute of Technology=mit/gazetteer "
                   "Bank of England=bank_of_england/gazetteer "
                   "inside: Massachusetts=us_massachusetts/gazetteer England=england/gazetteer");
  assert_mentions ("The Korean Central News Agency said so.",
                   "Korean Central News Agency=kcna/gazetteer");
  /* A compass word before it makes no region of the nested place. */
  assert_mentions ("They wrote to the Southern DPRK Foreign Ministry.",
                   "DPRK Foreign Ministry=dprk_foreign_ministry/gazetteer "
                   "inside: DPRK=dprk/gazetteer");
  /* Nor does a word of a place found: "York" of "New York". */
  assert_mentions ("She studied at New York University.",
                   "New York University=nyu/gazetteer inside: New York=new_york/gazetteer");
  /* A listed product names its maker, a listed organisation. */
  assert_mentions ("Users of Google Chrome and Internet Explorer were told to update.",
                   "Google Chrome=google_chrome/gazetteer "
                   "Internet Explorer=internet_explorer/gazetteer "
                   "inside: Google=google/gazetteer");
}
END_TEST

START_TEST (test_listed_acronyms)
{
  /* A name followed by a listed body's acronym that abbreviates it is
   * that body's name, wherever the document writes it. */
  assert_mentions ("Deputies of Movimento 5 Stelle (M5S) voted. Movimento 5 Stelle won.",
                   "Movimento 5 Stelle=five_star_movement/acronym "
                   "M5S=five_star_movement/gazetteer "
                   "Movimento 5 Stelle=five_star_movement/acronym");
  /* So is a body's name the acronym does not abbreviate, which may be
   * its name in another language; any other name stays its own. */
  assert_mentions ("The Workers' Party of Zorbistan (M5S) voted.",
                   "Workers' Party of Zorbistan=five_star_movement/acronym "
                   "M5S=five_star_movement/gazetteer");
  /* Not when the listed body's own names spell the acronym out: the
   * document's name and all its mentions of the acronym are another
   * body's. */
  assert_mentions ("The Rapid Zorb Forces (RSF) fought. RSF fighters left.",
                   "Rapid Zorb Forces=rapid_zorb_forces/capitalised "
                   "RSF=rapid_zorb_forces/acronym RSF=rapid_zorb_forces/acronym");
  /* So for a listed name: its own acronym is then its. */
  assert_mentions ("Pakistan Tehreek-e-Insaf (PTI) met. PTI won.",
                   "Pakistan Tehreek-e-Insaf=pakistan_tehreek_e_insaf/gazetteer "
                   "PTI=pakistan_tehreek_e_insaf/acronym PTI=pakistan_tehreek_e_insaf/acronym "
                   "inside: Pakistan=pakistan/gazetteer");
  assert_mentions ("Deputies of Liga Zorba (M5S) voted.",
                   "Liga Zorba=liga_zorba/capitalised "
                   "M5S=five_star_movement/gazetteer");
  /* With no brackets, a listed acronym is the body named before it by
   * those initials, if any; not before it is named. */
  assert_mentions ("RSF staff left. The Rapid Sorb Forces fought. The RSF left.",
                   "RSF=rsf/gazetteer Rapid Sorb Forces=rapid_sorb_forces/capitalised "
                   "RSF=rapid_sorb_forces/acronym");
  /* A listed body's too, whose listed names leave the acronym out. */
  assert_mentions ("The paramilitary Rapid Support Forces fought. The RSF left.",
                   "Rapid Support Forces=rapid_support_forces/gazetteer "
                   "RSF=rapid_support_forces/acronym");
  /* So are initials an ampersand joins, of a name that has one. */
  assert_mentions ("Later Zorb & Quint sued. Shares in Z&Q rose.",
                   "Zorb & Quint=zorb_quint/capitalised Z&Q=zorb_quint/acronym");
  /* Plain initials of such a name still name it. */
  assert_mentions ("Later the Zorbian Food & Drug Administration ruled. The ZFDA said so.",
                   "Zorbian Food & Drug Administration=zorbian_food_drug_administration/"
                   "capitalised ZFDA=zorbian_food_drug_administration/acronym");
}
END_TEST

START_TEST (test_shared_body_names)
{
  /* The gazetteer lists US and British bodies by the names only they
   * bear: a state's or another city's body of the same kind stays its
   * own, the place nested in it. */
  assert_mentions ("The Justice Department and the Texas Department of Transportation "
                   "disagreed, and the Las Vegas Metropolitan Police Department said so.",
                   "Justice Department=us_justice_department/gazetteer "
                   "Texas Department of Transportation="
                   "texas_department_of_transportation/capitalised "
                   "Las Vegas Metropolitan Police Department="
                   "las_vegas_metropolitan_police_department/capitalised "
                   "inside: Texas=us_texas/gazetteer Las Vegas=us_las_vegas/gazetteer");
}
END_TEST

/* The gold entity ids of each capture of the corpus, in order of first
 * mention (from the project's hand-checked annotation). */
static const struct {
  const char *file;
  const char *ids;
} gold[] = {
  { "kcna-2025-01-20.txt",
    "kim_ryo_won dprk japan nato indo_pacific europe atlantic asia_pacific usa nato_summit "
    "japanese_archipelago pacific tomahawk" },
  { "firstpost-2025-01-20.txt",
    "dprk japan nato kcna indo_pacific china usa asia_pacific europe south_korea russia ukraine "
    "asia" },
  { "hotaaj-2025-01.txt",
    "dprk japan nato kcna indo_pacific china usa asia_pacific europe south_korea russia ukraine "
    "asia" },
  { "rt-2023-05-16.txt",
    "dprk dprk_foreign_ministry nato asia japan kcna japan_research_center kim_seol_hwa "
    "washington usa asia_pacific south_korea australia new_zealand nikkei quad beijing "
    "asian_nato aukus london canberra nato_csd jens_stoltenberg yoshimasa_hayashi brussels "
    "fumio_kishida china russia" },
  { "washingtontimes-2025-01-20.txt",
    "seoul south_korea dprk russia ukraine korean_war japan nato indo_pacific tokyo brussels "
    "donald_trump white_house asia_pacific usa kcna moscow cold_war eastern_europe "
    "vladimir_putin atlantic osamu_izawa boris_ruge asia china senkaku_islands taiwan beijing "
    "shigeru_ishiba asian_nato ldp diet washington takeshi_iwaya australia india quad "
    "joe_biden yoon_suk_yeol lee_jae_myung" },
};

/* A name listed places of two countries share is the place of the
 * country the document's towns and regions name most; the one listed
 * first (the country Georgia) where none tells, and a country or a seat
 * of government standing for one ("Washington") tells nothing. */
START_TEST (test_places_of_one_name)
{
  assert_mentions ("Voters in Winder, Georgia, and in Atlanta queued.",
                   "Winder=winder/capitalised Georgia=us_georgia/gazetteer "
                   "Atlanta=us_atlanta/gazetteer");
  assert_mentions ("Crowds in Tbilisi said Georgia and the US differ.",
                   "Tbilisi=tbilisi/gazetteer Georgia=georgia/gazetteer US=usa/gazetteer");
  assert_mentions ("Georgia voted.", "Georgia=georgia/gazetteer");
  assert_type ("Floods hit Lahore, the capital of Punjab.", "pk_punjab", PX_ENTITY_PLACE);
  assert_type ("Farmers in Punjab marched on Chandigarh.", "in_punjab", PX_ENTITY_PLACE);
  /* A city's name too. */
  assert_type ("Floods hit Kochi, a port in Kerala.", "in_kochi", PX_ENTITY_PLACE);
  assert_type ("Floods hit Kochi and Osaka.", "jp_kochi", PX_ENTITY_PLACE);
  /* A country's second town is listed whatever its size. */
  assert_mentions ("A canopy collapsed in Novi Sad, and Porto mourned.",
                   "Novi Sad=rs_novi_sad/gazetteer Porto=pt_porto/gazetteer");
  assert_type ("The United States and Washington criticised Georgia.", "georgia",
               PX_ENTITY_PLACE);
  /* the possessive too */
  assert_type ("Georgia's governor spoke in Savannah and Atlanta.", "us_georgia",
               PX_ENTITY_PLACE);
}
END_TEST

/* A title in the plural before a list of names, and an office of
 * several words, open the names after them; a body's noun before a
 * title ends the body's name, not a person's. */
START_TEST (test_titles_of_lists_and_courts)
{
  assert_mentions ("Deputy Governors Sarah Breeden and Dave Ramsden backed it.",
                   "Sarah Breeden=sarah_breeden/title Dave Ramsden=dave_ramsden/capitalised");
  assert_mentions ("Chancellor of the Exchequer Rachel Reeves spoke.",
                   "Rachel Reeves=rachel_reeves/title");
  assert_mentions ("On Monday, King County Superior Court Judge Jane Roe ruled.",
                   "King County Superior Court=king_county_superior_court/capitalised "
                   "Jane Roe=jane_roe/title");
}
END_TEST

/* A peer's title names a person, but not before another title; a
 * contracted word opening a quote is no name; streets, markets and
 * valleys are places; an inquiry is a body; towns of 100,000 are
 * listed. */
START_TEST (test_peers_contractions_and_towns)
{
  assert_mentions ("The inquiry, chaired by Lord Hardie, met.", "Lord Hardie=hardie/honorific");
  assert_type ("The inquiry, chaired by Lord Hardie, met.", "hardie", PX_ENTITY_PERSON);
  assert_mentions ("Crowds gathered at the Lord Mayor's Show.", "");
  assert_mentions ("He said, \u2018They\u2019ll go,\u2019 and left.", "");
  assert_mentions ("She wrote, \u2018Couldn\u2019t be better.\u2019", "");
  assert_type ("Trams ran down Leith Walk to the market.", "leith_walk", PX_ENTITY_PLACE);
  assert_type ("Traders at Balogun Market closed.", "balogun_market", PX_ENTITY_PLACE);
  assert_type ("Two dams on the Wadi Derna collapsed.", "wadi_derna", PX_ENTITY_PLACE);
  assert_type ("The Edinburgh Tram Inquiry reported.", "edinburgh_tram_inquiry", PX_ENTITY_ORG);
  assert_mentions ("Services between Dundee and Aberdeen stopped.",
                   "Dundee=gb_dundee/gazetteer Aberdeen=gb_aberdeen/gazetteer");
}
END_TEST

/* A name and its apposition are no list: no kind noun of the
 * apposition types the name. */
START_TEST (test_apposition_no_list)
{
  assert_type ("Aid was slow, said Jane Roe, Malawi programme manager for Zorbaid.", "jane_roe",
               PX_ENTITY_PERSON);
  assert_type ("Floods hit Mandi, Zorbu and Kangra districts.", "zorbu", PX_ENTITY_PLACE);
}
END_TEST

/* Words no word types after a person's "of", "the" between or not, are
 * what the person belongs to: a party, a band, a firm. */
START_TEST (test_member_of)
{
  assert_type ("Opposition leader Jane Roe of Zorbo Quinta Balawegaya spoke.",
               "zorbo_quinta_balawegaya", PX_ENTITY_ORG);
  assert_type ("Opposition leader Jane Roe of the Zorbo Quinta Balawegaya spoke.",
               "zorbo_quinta_balawegaya", PX_ENTITY_ORG);
}
END_TEST

/* An event's word inside a body's name does not end it, where an
 * organisation's word heads the words after it ("Banco Santander"). */
START_TEST (test_event_word_in_body)
{
  assert_mentions ("The Department of Disaster Management Affairs had recorded deaths.",
                   "Department of Disaster Management Affairs="
                   "department_of_disaster_management_affairs/capitalised");
  assert_mentions ("The Partido Zorba Nacional won.",
                   "Partido Zorba Nacional=partido_zorba_nacional/capitalised");
}
END_TEST

/* Streets and towns with their place's word written on; a body listed
 * by a founder's family name after a given name is the founder; a title
 * a common word qualifies, or one after a portfolio, is no name. */
START_TEST (test_written_on_places_founders_and_offices)
{
  assert_type ("Fans gathered on Zorbengasse, a narrow street.", "zorbengasse", PX_ENTITY_PLACE);
  assert_type ("Prosecutors in Wiener Zorbstadt said so.", "wiener_zorbstadt", PX_ENTITY_PLACE);
  assert_mentions ("Jane Roe met Michael Bloomberg. Later Bloomberg left.",
                   "Jane Roe=jane_roe/capitalised Michael Bloomberg=michael_bloomberg/capitalised "
                   "Bloomberg=michael_bloomberg/surname");
  assert_mentions ("Elaine Cargill, 62, left. Later Cargill stood in her doorway.",
                   "Elaine Cargill=elaine_cargill/capitalised Cargill=elaine_cargill/surname");
  assert_type ("Will Apple rise? Apple said no.", "apple_inc", PX_ENTITY_ORG);
  assert_mentions ("She is its Executive Vice-President now.", "");
  assert_mentions ("The Minister of Health and Social Welfare, Prof. Jane Roe, spoke.",
                   "Jane Roe=jane_roe/title");
  /* A possessive before a body word that heads a name going on after it
   * is an owner's, no part of the name. */
  assert_type ("Jane Quintar won. The deputy from Quintar's Movimiento Zorba party spoke.",
               "movimiento_zorba", PX_ENTITY_ORG);
  /* A sports society's word and a collection's make bodies. */
  assert_type ("The fans of Dinamo Quintar sang.", "dinamo_quintar", PX_ENTITY_ORG);
  assert_type ("The Zorbick Collection lent the painting.", "zorbick_collection", PX_ENTITY_ORG);
  assert_type ("The Independent Panel for Zorbian Preparedness said so.",
               "independent_panel_for_zorbian_preparedness", PX_ENTITY_ORG);
  assert_type ("The Zorbian Negotiating Body met.", "zorbian_negotiating_body", PX_ENTITY_ORG);
  /* Streets abbreviated, and a French street's word first. */
  assert_type ("Officers were called near Zorba St. and Quintar Ave. that evening.", "quintar_ave",
               PX_ENTITY_PLACE);
  assert_type ("The office is on Avenue Zorba in Geneva.", "avenue_zorba", PX_ENTITY_PLACE);
  /* A legal form ends a name before capitalised words, not before a
   * connector. */
  assert_mentions ("The Strategic Advisory Group of Experts on Zorbology met.",
                   "Strategic Advisory Group of Experts on Zorbology="
                   "strategic_advisory_group_of_experts_on_zorbology/capitalised");
  /* A body's word before a title qualifies no title. */
  assert_type ("The Directorate General of Zorbian Aviation said so.",
               "directorate_general_of_zorbian_aviation", PX_ENTITY_ORG);
}
END_TEST

START_TEST (test_short_forms_ranks_and_forces)
{
  /* Initials before a title and its holder's name are the body the
   * title serves. */
  assert_type ("ZBMA Administrator Jane Roe congratulated the team.", "zbma", PX_ENTITY_ORG);
  assert_type ("On Monday, ZBMA Chief Executive Jane Roe resigned.", "zbma", PX_ENTITY_ORG);
  /* A state's short form names the state. */
  assert_type ("NSW Premier Jane Roe spoke.", "au_new_south_wales", PX_ENTITY_PLACE);
  /* Ranks written without stops, and a legislator's title. */
  assert_mentions ("Lt Gen Jane Roe warned.", "Jane Roe=jane_roe/title");
  assert_mentions ("Assemblymember Jane Roe said no.", "Jane Roe=jane_roe/title");
  assert_mentions ("Garda Jane Roe arrived.", "Jane Roe=jane_roe/title");
  /* A cleric's style is an honorific. */
  assert_mentions ("The Rt Rev Jane Roe spoke.", "Rt Rev Jane Roe=jane_roe/honorific");
  assert_mentions ("The Rt. Rev. Jane Roe spoke.", "Rt. Rev. Jane Roe=jane_roe/honorific");
  /* Twitter's one-letter name, where Twitter is named and the letter
   * stands alone. */
  assert_mentions ("Twitter was renamed. On X, users left; an X-ray of Generation X followed.",
                   "Twitter=twitter/gazetteer X=twitter/in-context");
  /* A listed town's name after an honorific and before a family name is
   * a given name ("Shashi" is a Chinese city). */
  assert_mentions ("He said Dr. Shashi Zorbar held on.",
                   "Dr. Shashi Zorbar=shashi_zorbar/honorific");
  /* A person's possessive before a body's word names an owner. */
  assert_type ("It includes Matteo Zorbini's League.", "matteo_zorbini", PX_ENTITY_PERSON);
  /* A common word opening a sentence opens a name a person's role is
   * apposed to. */
  assert_mentions ("Taco Zorbar, the museum's general director, spoke.",
                   "Taco Zorbar=taco_zorbar/capitalised");
  assert_mentions ("Oba Zorbare II thanked them.", "Zorbare II=zorbare_ii/title");
  /* A particle between a given name and a listed town: a family name. */
  assert_mentions ("Jean de Castries, the chairman, spoke.",
                   "Jean de Castries=jean_de_castries/capitalised");
  /* A body's word after a peer's seat: no peer. */
  assert_mentions ("Staff at the Countess of Zorba Hospital said.",
                   "Zorba Hospital=zorba_hospital/capitalised");
  /* A constituency's member: the seat, then the name. */
  assert_mentions ("Member for Zorbton Jane Roe said so.",
                   "Zorbton=zorbton/seat Jane Roe=jane_roe/title");
  assert_mentions ("Leader of the Opposition Jane Roe, who had proposed it, said so.",
                   "Jane Roe=jane_roe/title");
  /* A word the dictionary capitalises somewhere opens a body's name
   * before "and". */
  assert_type ("A report by the Truth and Reconciliation Commission followed.",
               "truth_and_reconciliation_commission", PX_ENTITY_ORG);
  /* Companies' heads in Romance names, their "and" inside; a legal form
   * written out; a club's letters. */
  assert_type ("Sociedad Zorbica y Minera de Quintar said so.",
               "sociedad_zorbica_y_minera_de_quintar", PX_ENTITY_ORG);
  assert_type ("Codelco and lithium producer Sociedad Zorbica y Minera signed it.",
               "sociedad_zorbica_y_minera", PX_ENTITY_ORG);
  assert_type ("Zorba Quintar Incorporated said so.", "zorba_quintar_incorporated",
               PX_ENTITY_ORG);
  assert_type ("Members of Zorba GAA cheered.", "zorba_gaa", PX_ENTITY_ORG);
  assert_type ("Algae was found at Zorba Strand.", "zorba_strand", PX_ENTITY_PLACE);
  /* Words added to the rules' lists: a town's ending, an avenue's word, a
   * councillor's and a legislator's titles, a rank with its stop. */
  assert_type ("The boat left Zorbahaven on Monday.", "zorbahaven", PX_ENTITY_PLACE);
  assert_type ("His shop on the widened Zorba Path was demolished.", "zorba_path",
               PX_ENTITY_PLACE);
  assert_mentions ("Coun Jane Roe said so.", "Jane Roe=jane_roe/title");
  assert_mentions ("Zorbia West MLA Jane Roe said so.",
                   "Zorbia West=zorbia_west/capitalised Jane Roe=jane_roe/title");
  assert_mentions ("Cpl. Jane Roe said so.", "Jane Roe=jane_roe/title");
  /* Hong Kong's districts. */
  assert_type ("Voters in Sha Tin queued.", "hk_sha_tin", PX_ENTITY_PLACE);
  /* A police force named with no body's word. */
  assert_type ("The Garda Síochána said so.", "garda_siochana", PX_ENTITY_ORG);
  /* A compass word opening a sentence opens a name. */
  assert_type ("South Zorbia Fire and Rescue Service said so.",
               "south_zorbia_fire_and_rescue_service", PX_ENTITY_ORG);
  /* A place's word after a name ends the place before "and". */
  assert_mentions ("Trams run between Zorba Walk and Constitution Street.",
                   "Zorba Walk=zorba_walk/capitalised "
                   "Constitution Street=constitution_street/capitalised");
}
END_TEST

START_TEST (test_names_after_places)
{
  /* An organisation's words after a body's place ("City of London")
   * name a body of their own, up to the last of them. */
  assert_type ("Officers of the City of London Police said so.", "city_of_london_police",
               PX_ENTITY_ORG);
  assert_mentions ("The Port of Cardiff Authority Chair Jane Roe spoke.",
                   "Port of Cardiff Authority=port_of_cardiff_authority/capitalised "
                   "Jane Roe=jane_roe/title inside: Cardiff=gb_cardiff/gazetteer");
  /* Two towns a hyphen joins both name the airport after them. */
  assert_type ("Flights left Seattle-Tacoma International Airport.",
               "seattle_tacoma_international_airport", PX_ENTITY_PLACE);
  /* A hyphenated word before a place opens the name whole. */
  assert_type ("Passengers at Zorbfield-Quint Atlanta International Airport waited.",
               "zorbfield_quint_atlanta_international_airport", PX_ENTITY_PLACE);
}
END_TEST

START_TEST (test_qualified_titles_and_letters)
{
  /* A company's "Group" and India's "Union" qualify the title after them. */
  assert_mentions ("Its Group Chief Executive Officer, Jane Roe, said so.",
                   "Jane Roe=jane_roe/capitalised");
  assert_mentions ("Union Home Minister Jane Roe visited.", "Jane Roe=jane_roe/title");
  /* South Asian and West African styles, a university's head, a junior
   * minister. */
  assert_mentions ("Barrister Jane Roe said so.", "Barrister Jane Roe=jane_roe/honorific");
  assert_mentions ("Alhaji Jane Roe said so.", "Alhaji Jane Roe=jane_roe/honorific");
  assert_mentions ("Zorba University Vice-Chancellor Jane Roe said so.",
                   "Zorba University=zorba_university/capitalised Jane Roe=jane_roe/title");
  assert_mentions ("Minister of State for Home Affairs Jane Roe said so.",
                   "Jane Roe=jane_roe/title");
  /* City councils' members and acting heads. */
  assert_mentions ("Council Member Jane Roe said so.", "Jane Roe=jane_roe/title");
  assert_mentions ("Council President Pro Tem Jane Roe said so.", "Jane Roe=jane_roe/title");
  /* A count opening a sentence opens no name. */
  assert_mentions ("Several Republicans joined.", "");
  /* An acronym after a portfolio's joiner is the portfolio's. */
  assert_mentions ("Minister of Science and ICT Jane Roe said so.", "Jane Roe=jane_roe/title");
  /* A letter its run's common opener leaves alone is no name. */
  assert_mentions ("Runway Q remained closed.", "");
  /* An office's words after its country's name are a title. */
  assert_mentions ("Then British National Security Adviser Jane Roe spoke.",
                   "British=uk/gazetteer Jane Roe=jane_roe/title");
  /* A founder named after the body named after him is a person. */
  assert_type ("The Kofi Zorbanan Foundation said Kofi Zorbanan had died.", "kofi_zorbanan",
               PX_ENTITY_PERSON);
  /* An ordinal before a body's name numbers it; not an event's. */
  assert_type ("Soldiers of the 82nd Zorbian Division arrived.", "82nd_zorbian_division",
               PX_ENTITY_ORG);
  assert_type ("Delegates met at the 12th Zorbian Conference.", "zorbian_conference",
               PX_ENTITY_EVENT);
  /* A listed bank's name after an unlisted capitalised word ends
   * another's. */
  assert_type ("The Industrial Bank of Korea lent money.", "industrial_bank_of_korea",
               PX_ENTITY_ORG);
  assert_type ("The Export-Import Bank of Korea lent money.", "export_import_bank_of_korea",
               PX_ENTITY_ORG);
  assert_type ("Prime Minister Jane Roe's Social Democratic Party came third.",
               "social_democratic_party", PX_ENTITY_ORG);
  /* A peoples' compound before a body's word opens a name. */
  assert_mentions ("He fought in the Second Sino-Japanese War.",
                   "Second Sino-Japanese War=second_sino_japanese_war/capitalised");
  /* A field's word goes on over "and" into a body's name. */
  assert_type ("He led the Zorba Research and Development Center.",
               "zorba_research_and_development_center", PX_ENTITY_ORG);
  /* After "the" and a demonym, a person's name of two words. */
  assert_type ("She won ahead of the American Jane Zorbson.", "jane_zorbson", PX_ENTITY_PERSON);
  assert_type ("She won ahead of the American Qwerta Zorbson.", "qwerta_zorbson",
               PX_ENTITY_PERSON);
  /* A listed name that ends a hyphenated town's name is part of it. */
  assert_mentions ("Fans gathered in Zorbury-on-Thames on Sunday.",
                   "Zorbury-on-Thames=zorbury_on_thames/capitalised");
  /* A complement's list may open with a word no dictionary holds. */
  assert_type ("The Ministry of Land, Infrastructure, Transport and Tourism said so.",
               "ministry_of_land_infrastructure_transport_and_tourism", PX_ENTITY_ORG);
  /* A currency's letters on a number make an amount. */
  assert_mentions ("Estimates ranged from Rmb2tn to Rmb3tn.", "");
  /* A god's name is none of the entities here. */
  assert_mentions ("He called it a gift of God.", "");
}
END_TEST

START_TEST (test_corpus)
{
  g_autoptr(PxText) text = px_test_load_corpus (gold[_i].file);
  g_autoptr(PxEntities) entities = extract_text (text, TRUE);
  GString *got = g_string_new (NULL);
  for (guint k = 0; k < px_entities_n_entities (entities); k++)
    g_string_append_printf (got, "%s%s", k ? " " : "", px_entities_get_entity (entities, k)->id);
  g_autofree char *ids = g_string_free (got, FALSE);
  ck_assert_msg (g_str_equal (ids, gold[_i].ids), "%s:\n got %s\nwant %s", gold[_i].file, ids,
                 gold[_i].ids);
  /* Every mention is a name of the story, never page chrome: a range of
   * the body with a capital in it ("the North" has one too). */
  gsize len = 0;
  const char *normalized = px_text_get_normalized (text, &len);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxCleaned) cleaned = px_clean (px_test_clean_rules (), text, &error);
  PxSpan body = px_cleaned_get_body (cleaned);
  for (guint k = 0; k < px_entities_n_mentions (entities); k++)
    {
      const PxMention *m = px_entities_get_mention (entities, k);
      ck_assert (m->span.start < m->span.end && m->span.end <= len);
      ck_assert_msg (m->span.start >= body.start && m->span.end <= body.end,
                     "%s: mention at %zu outside the body", gold[_i].file, m->span.start);
      gboolean capital = FALSE;
      for (gsize i = m->span.start; i < m->span.end; i++)
        capital = capital || g_ascii_isupper (normalized[i]);
      ck_assert_msg (capital, "%s: mention at %zu has no capital", gold[_i].file, m->span.start);
    }
}
END_TEST

Suite *
px_test_entities_suite (void)
{
  Suite *s = suite_create ("entities");
  TCase *tc = tcase_create ("rules");
  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_test (tc, test_titles);
  tcase_add_test (tc, test_honorifics);
  tcase_add_test (tc, test_surnames);
  tcase_add_test (tc, test_context);
  tcase_add_test (tc, test_unknown_names);
  tcase_add_test (tc, test_run_shapes);
  tcase_add_test (tc, test_common_words);
  tcase_add_test (tc, test_bodies);
  tcase_add_test (tc, test_acronyms);
  tcase_add_test (tc, test_word_list_errors);
  tcase_add_test (tc, test_metonyms);
  tcase_add_test (tc, test_currency_signs);
  tcase_add_test (tc, test_listed_names_win);
  tcase_add_test (tc, test_shared_body_names);
  tcase_add_test (tc, test_places_in_listed_bodies);
  tcase_add_test (tc, test_listed_acronyms);
  tcase_add_test (tc, test_events_in_names);
  tcase_add_test (tc, test_editions);
  tcase_add_test (tc, test_qualified_names);
  tcase_add_test (tc, test_owners_particles_and_openers);
  tcase_add_test (tc, test_places_of_one_name);
  tcase_add_test (tc, test_titles_of_lists_and_courts);
  tcase_add_test (tc, test_peers_contractions_and_towns);
  tcase_add_test (tc, test_apposition_no_list);
  tcase_add_test (tc, test_event_word_in_body);
  tcase_add_test (tc, test_member_of);
  tcase_add_test (tc, test_written_on_places_founders_and_offices);
  tcase_add_test (tc, test_short_forms_ranks_and_forces);
  tcase_add_test (tc, test_names_after_places);
  tcase_add_test (tc, test_qualified_titles_and_letters);
  suite_add_tcase (s, tc);
  tc = tcase_create ("corpus");
  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_loop_test (tc, test_corpus, 0, G_N_ELEMENTS (gold));
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return px_test_run (px_test_entities_suite ());
}
