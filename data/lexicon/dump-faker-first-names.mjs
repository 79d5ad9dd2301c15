// Prints the first names of some of @faker-js/faker's locales as JSON,
// {locale: [name, ...]}, for build-given-names.py --world.
//   npm install @faker-js/faker@10.6.0 && node dump-faker-first-names.mjs > faker.json
// The locales are those whose lists are their own (many others fall back
// on English's) and written in the Latin alphabet.
import * as faker from '@faker-js/faker';

const LOCALES = ['af_ZA', 'az', 'cs_CZ', 'da', 'de', 'de_CH', 'en_AU', 'en_GH', 'en_IN', 'en_NG',
  'en_ZA', 'es', 'es_MX', 'fi', 'fr', 'fr_BE', 'fr_SN', 'hr', 'hu', 'id_ID', 'it', 'lv', 'nb_NO',
  'nl', 'pl', 'pt_BR', 'pt_PT', 'ro', 'sk', 'sl_SI', 'sr_RS_latin', 'sv', 'tr', 'uz_UZ_latin',
  'yo_NG', 'zu_ZA'];

function collect(node, into) {
  if (typeof node === 'string')
    into.add(node);
  else if (Array.isArray(node))
    node.forEach((n) => collect(n, into));
  else if (node && typeof node === 'object')
    Object.values(node).forEach((n) => collect(n, into));
}

const out = {};
for (const locale of LOCALES) {
  const key = 'faker' + locale.toUpperCase().replace(/_LATIN$/, '_latin');
  const definitions = faker[key]?.rawDefinitions?.person?.first_name;
  if (!definitions)
    throw new Error(`no first names for locale ${locale} (${key})`);
  const names = new Set();
  collect(definitions, names);
  out[locale] = [...names].sort();
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
