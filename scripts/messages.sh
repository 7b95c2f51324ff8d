#!/bin/sh
# Refresh the Spanish catalog from the code and templates, then compile it.
# Needs GNU gettext (xgettext, msgmerge, msgfmt; scripts/system-deps.sh installs it).
# Translate the new entries in src/endqi/locale/es/LC_MESSAGES/django.po, then run again
# so django.mo matches (tests/web/test_spanish.py checks both).
set -eu
cd "$(dirname "$0")/../src/endqi"
../../.venv/bin/django-admin makemessages --locale es --no-location --no-obsolete \
    --ignore 'tests/*' --settings endqi.web.settings
# A guessed ("fuzzy") translation is worse than none: empty it so it shows as untranslated.
po=locale/es/LC_MESSAGES/django.po
msgattrib --clear-fuzzy --empty --clear-previous -o "$po" "$po"
../../.venv/bin/django-admin compilemessages --locale es --settings endqi.web.settings
