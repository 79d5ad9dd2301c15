# The bundled demo corpus, its run file and the gazetteer; installed under
# $(pkgdatadir)/data.
nobase_dist_pkgdata_DATA += \
	%reldir%/corpus/kcna-japan-nato.yaml \
	%reldir%/corpus/kcna-2025-01-20.txt \
	%reldir%/corpus/firstpost-2025-01-20.txt \
	%reldir%/corpus/hotaaj-2025-01.txt \
	%reldir%/corpus/rt-2023-05-16.txt \
	%reldir%/corpus/washingtontimes-2025-01-20.txt \
	%reldir%/gazetteer/SOURCES.md \
	%reldir%/gazetteer/countries.tsv \
	%reldir%/gazetteer/subdivisions.tsv \
	%reldir%/gazetteer/cities.tsv \
	%reldir%/gazetteer/places.yaml \
	%reldir%/gazetteer/orgs.yaml \
	%reldir%/gazetteer/outlets.yaml \
	%reldir%/gazetteer/people.yaml \
	%reldir%/gazetteer/events.yaml \
	%reldir%/gazetteer/weapons.yaml \
	%reldir%/gazetteer/products.yaml \
	%reldir%/lexicon/common-words.txt \
	%reldir%/lexicon/given-names.txt \
	%reldir%/lexicon/given-names-male.txt \
	%reldir%/lexicon/given-names-female.txt \
	%reldir%/lexicon/honorifics-male.txt \
	%reldir%/lexicon/honorifics-female.txt \
	%reldir%/lexicon/title-minor-words.txt \
	%reldir%/lexicon/work-nouns.txt \
	%reldir%/lexicon/SOURCES.md \
	%reldir%/lexicon/COPYING.SCOWL \
	%reldir%/lexicon/COPYING.faker
# The generators and the checker are for maintainers; they ship in the tarball.
EXTRA_DIST += \
	%reldir%/gazetteer/build-countries.py \
	%reldir%/gazetteer/build-subdivisions.py \
	%reldir%/gazetteer/build-cities.py \
	%reldir%/gazetteer/gazetteer_names.py \
	%reldir%/gazetteer/check.py \
	%reldir%/lexicon/build-common-words.py \
	%reldir%/lexicon/build-given-names.py \
	%reldir%/lexicon/dump-faker-first-names.mjs

# Bash completion, under the command's name where bash-completion looks.
bashcompletiondir = $(datadir)/bash-completion/completions
dist_bashcompletion_DATA = %reldir%/completion/parallax
