#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (and, for the Firefox flows, firefox-esr).
# On a fresh Debian machine as root, install them; elsewhere, say what is missing.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -f /usr/lib/chromium/locales/fr.pak ] || need+=(chromium-l10n) # French UI: the extension speaks French first
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
[ -f /usr/lib/firefox-esr/browser/extensions/langpack-fr@firefox-esr.mozilla.org.xpi ] || need+=(firefox-esr-l10n-fr) # same, in Firefox
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installation des navigateurs de test : ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "Paquets manquants pour les tests de bout en bout : ${need[*]} (apt-get install -y ${need[*]})" >&2
  exit 1
fi
